"""Resources -> Analyzer protocol messages, as the engine marshals them (inputs as a Struct)."""

from __future__ import annotations

import json
from typing import Any, Iterable

from google.protobuf import json_format, struct_pb2
from pulumi.runtime.proto import analyzer_pb2

from loom.errors import LoomError

LEVEL_NAMES = {analyzer_pb2.ADVISORY: "advisory", analyzer_pb2.MANDATORY: "mandatory",
               analyzer_pb2.DISABLED: "disabled", analyzer_pb2.REMEDIATE: "remediate"}
LEVEL_VALUES = {v: k for k, v in LEVEL_NAMES.items()}
SEVERITY_NAMES = {analyzer_pb2.POLICY_SEVERITY_UNSPECIFIED: "unspecified", analyzer_pb2.POLICY_SEVERITY_LOW: "low",
                  analyzer_pb2.POLICY_SEVERITY_MEDIUM: "medium", analyzer_pb2.POLICY_SEVERITY_HIGH: "high",
                  analyzer_pb2.POLICY_SEVERITY_CRITICAL: "critical"}


def to_struct(value: dict, where: str) -> struct_pb2.Struct:
    s = struct_pb2.Struct()
    try:
        s.update(json.loads(json.dumps(value, default=str)))
    except (TypeError, ValueError) as exc:
        raise LoomError(f"{where}: inputs cannot be sent to the analyzer: {exc}") from None
    return s


def struct_to_dict(s: struct_pb2.Struct) -> dict:
    return json_format.MessageToDict(s)


class Marshaller:
    """Builds AnalyzeRequest / AnalyzerResource messages; looks providers up among the resources."""

    def __init__(self, resources: Iterable[Any]) -> None:
        self.by_urn = {r.urn: r for r in resources}
        self._structs: dict[str, struct_pb2.Struct] = {}

    def props(self, r: Any) -> struct_pb2.Struct:
        s = self._structs.get(r.urn)
        if s is None:
            s = self._structs[r.urn] = to_struct(r.inputs or {}, r.urn)
        return s

    def replace_props(self, urn: str, props: struct_pb2.Struct) -> None:
        self._structs[urn] = props

    def _provider(self, r: Any) -> analyzer_pb2.AnalyzerProviderResource | None:
        ref = getattr(r, "provider", None)
        if not ref:
            return None
        prov = self.by_urn.get(ref)
        if prov is None and "::" in ref:
            prov = self.by_urn.get(ref.rsplit("::", 1)[0])
        if prov is None:
            return None
        return analyzer_pb2.AnalyzerProviderResource(type=prov.type, properties=self.props(prov), urn=prov.urn,
                                                     name=prov.name)

    def _options(self, r: Any) -> analyzer_pb2.AnalyzerResourceOptions:
        return analyzer_pb2.AnalyzerResourceOptions(protect=bool(getattr(r, "protect", False)),
                                                    parent=getattr(r, "parent", None) or "")

    def analyze_request(self, r: Any) -> analyzer_pb2.AnalyzeRequest:
        req = analyzer_pb2.AnalyzeRequest(type=r.type, properties=self.props(r), urn=r.urn, name=r.name,
                                          options=self._options(r))
        prov = self._provider(r)
        if prov is not None:
            req.provider.CopyFrom(prov)
        return req

    def stack_resource(self, r: Any) -> analyzer_pb2.AnalyzerResource:
        msg = analyzer_pb2.AnalyzerResource(type=r.type, properties=self.props(r), urn=r.urn, name=r.name,
                                            options=self._options(r), parent=getattr(r, "parent", None) or "",
                                            dependencies=list(getattr(r, "dependencies", None) or []))
        prov = self._provider(r)
        if prov is not None:
            msg.provider.CopyFrom(prov)
        return msg
