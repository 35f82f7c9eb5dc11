"""The policy check: the same calls, in the same order, as the engine makes during `pulumi preview`:
GetAnalyzerInfo, Configure, ConfigureStack, (Remediate,) Analyze per resource, AnalyzeStack once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Sequence

import grpc
from google.protobuf import empty_pb2, json_format

from loom.policycheck.config import PolicyConfig, load_config_file, parse_config, reconcile
from loom.policycheck.convert import LEVEL_NAMES, LEVEL_VALUES, SEVERITY_NAMES, Marshaller, to_struct
from loom.policycheck.model import PolicyInfo, PolicyReport, Remediation, Violation
from loom.policycheck.pack import PORT_TIMEOUT_S, PolicyPackProcess

DEFAULT_PACK_DIR = Path(__file__).resolve().parents[2] / "policy"
RPC_TIMEOUT_S = 60.0
_STACK_TYPE = "pulumi:pulumi:Stack"


def _policies(info) -> list[PolicyInfo]:
    from pulumi.runtime.proto import analyzer_pb2  # noqa: PLC0415 - heavy import, only when a pack runs

    out = []
    for p in info.policies:
        out.append(PolicyInfo(
            name=p.name, description=p.description,
            enforcement_level=LEVEL_NAMES.get(p.enforcementLevel, "advisory"),
            severity=SEVERITY_NAMES.get(p.severity, "unspecified"), tags=list(p.tags),
            config_schema=json_format.MessageToDict(p.configSchema.properties) if p.HasField("configSchema") else {},
            required=list(p.configSchema.required) if p.HasField("configSchema") else [],
            kind="stack" if p.policy_type == analyzer_pb2.POLICY_TYPE_STACK else "resource",
            remediation_steps=p.remediation_steps))
    return out


def _pack_version(pack_dir: Path) -> str | None:
    """Python packs always answer 0.0.1; the CLI takes the version from PulumiPolicy.yaml, so do we."""
    import yaml  # noqa: PLC0415 - only policy config files need it

    try:
        doc = yaml.safe_load((pack_dir / "PulumiPolicy.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    version = doc.get("version") if isinstance(doc, dict) else None
    return str(version) if version else None


def _initial(info, known: set[str]) -> dict[str, tuple[str | None, dict]]:
    doc: dict[str, Any] = {}
    for name, cfg in info.initialConfig.items():
        entry = json_format.MessageToDict(cfg.properties) if cfg.HasField("properties") else {}
        # ADVISORY is the proto's zero value, indistinguishable from "not set": only a non-zero level overrides.
        if cfg.enforcementLevel != 0:
            entry["enforcementLevel"] = LEVEL_NAMES.get(cfg.enforcementLevel, "advisory")
        doc[name] = entry
    return parse_config(doc, "the pack's initial config", known)


def describe_pack(pack_dir: str | Path = DEFAULT_PACK_DIR, *, timeout_s: float = PORT_TIMEOUT_S):
    """(name, version, [PolicyInfo]) from GetAnalyzerInfo: the pack's own metadata (docs use it)."""
    with PolicySession(pack_dir, timeout_s=timeout_s) as session:
        return session.info.name, session.version, session.policies


class PolicySession:
    """One running pack answering many checks (tests and benchmarks batch their graphs this way);
    each check configures the pack, then analyzes like a fresh `pulumi preview` would."""

    def __init__(self, pack_dir: str | Path = DEFAULT_PACK_DIR, *, project: str = "loom", stack: str = "preview",
                 timeout_s: float = PORT_TIMEOUT_S, python: str | None = None) -> None:
        self.process = PolicyPackProcess(Path(pack_dir), project=project, stack=stack, timeout_s=timeout_s,
                                         python=python)
        self.project = project
        self.info: Any = None  # the pack's AnalyzerInfo message, read on __enter__
        self.policies: list[PolicyInfo] = []
        self.version = "0.0.0"

    def spawn(self) -> "PolicySession":
        """Start the pack process without waiting for it (see PolicyPackProcess.spawn)."""
        self.process.spawn()
        return self

    def __enter__(self) -> "PolicySession":
        self.process.__enter__()
        try:
            self.info = self.process.stub.GetAnalyzerInfo(empty_pb2.Empty(), timeout=RPC_TIMEOUT_S)
        except grpc.RpcError as exc:
            failure = self.process.failure("GetAnalyzerInfo", exc)
            self.process.close()
            raise failure from None
        self.policies = _policies(self.info)
        self.version = _pack_version(Path(self.process.pack_dir)) or self.info.version or "0.0.0"
        return self

    def __exit__(self, *exc) -> None:
        self.process.close()

    def resolve(self, policy_config: str | Path | dict | None = None) -> dict[str, PolicyConfig]:
        """The configuration a check would send, validated against this pack's policies and their
        schemas: callers resolve it before slow work (a preview) so that bad input fails first."""
        known = {p.name for p in self.policies}
        if isinstance(policy_config, (str, Path)):
            given = load_config_file(policy_config, known)
        elif policy_config is not None:
            given = parse_config(policy_config, "policy config", known)
        else:
            given = {}
        return reconcile(self.policies, _initial(self.info, known), given,
                         str(policy_config) if isinstance(policy_config, (str, Path)) else "policy config")

    def check(self, resources: Sequence[Any], *, stack: str,
              policy_config: str | Path | dict | None = None,
              resolved: dict[str, PolicyConfig] | None = None) -> PolicyReport:
        """Analyze `resources` like a fresh preview with `policy_config` (or a configuration
        `resolve` already validated)."""
        from pulumi.runtime.proto import analyzer_pb2  # noqa: PLC0415 - heavy import, only when a pack runs

        pack = self.process
        stub = pack.stub
        timings: dict[str, float] = {"start_s": pack.start_s, "start_wait_s": pack.wait_s}
        t0 = time.perf_counter()
        config = resolved if resolved is not None else self.resolve(policy_config)
        _configure(pack, config)
        _configure_stack(pack, project=self.project, stack=stack)

        marshal = Marshaller(resources)
        by_urn = {r.urn: r for r in resources}
        remediations: list[Remediation] = []
        if any(c.enforcement_level == "remediate" for c in config.values()):
            t = time.perf_counter()
            remediations = _remediate(pack, resources, marshal)
            timings["remediate_s"] = time.perf_counter() - t

        violations: list[Violation] = []
        not_applicable = 0
        t = time.perf_counter()
        calls = [(r, stub.Analyze.future(marshal.analyze_request(r), timeout=RPC_TIMEOUT_S)) for r in resources]
        for r, fut in calls:
            try:
                resp = fut.result()
            except grpc.RpcError as exc:
                raise pack.failure(f"Analyze of {r.urn}", exc) from None
            not_applicable += len(resp.not_applicable)
            violations += [_violation(d, r.urn, by_urn) for d in resp.diagnostics]
        timings["analyze_s"] = time.perf_counter() - t

        t = time.perf_counter()
        try:
            resp = stub.AnalyzeStack(analyzer_pb2.AnalyzeStackRequest(
                resources=[marshal.stack_resource(r) for r in resources]), timeout=RPC_TIMEOUT_S)
        except grpc.RpcError as exc:
            raise pack.failure("AnalyzeStack", exc) from None
        stack_urn = next((r.urn for r in resources if r.type == _STACK_TYPE), "")
        violations += [_violation(d, stack_urn, by_urn) for d in resp.diagnostics]
        not_applicable += len(resp.not_applicable)
        timings["analyze_stack_s"] = time.perf_counter() - t
        timings["check_s"] = time.perf_counter() - t0

        return PolicyReport(
            stack=stack, pack_name=self.info.name, pack_version=self.version, policies=self.policies,
            policies_evaluated=sum(1 for c in config.values() if c.enforcement_level != "disabled"),
            resources_analyzed=len(resources), violations=violations, remediations=remediations,
            not_applicable=not_applicable, timings=timings)


def run_policy_check(
    resources: Sequence[Any],
    *,
    stack: str,
    project: str = "loom",
    pack_dir: str | Path = DEFAULT_PACK_DIR,
    policy_config: str | Path | dict | None = None,
    timeout_s: float = PORT_TIMEOUT_S,
    python: str | None = None,
) -> PolicyReport:
    """Start the pack, analyze `resources` (PreviewResource-like objects), stop the pack. `python`:
    the interpreter for the pack (default: the pack's own virtualenv, as the CLI picks it)."""
    t0 = time.perf_counter()
    with PolicySession(pack_dir, project=project, stack=stack, timeout_s=timeout_s, python=python) as session:
        report = session.check(resources, stack=stack, policy_config=policy_config)
    report.timings["total_s"] = time.perf_counter() - t0
    return report


def _configure(pack: PolicyPackProcess, config: dict[str, PolicyConfig]) -> None:
    from pulumi.runtime.proto import analyzer_pb2  # noqa: PLC0415 - heavy import, only when a pack runs

    req = analyzer_pb2.ConfigureAnalyzerRequest()
    for name, cfg in config.items():
        entry = req.policyConfig[name]
        entry.enforcementLevel = LEVEL_VALUES[cfg.enforcement_level]
        entry.properties.CopyFrom(to_struct(cfg.properties, f"policy config for {name}"))
    try:
        pack.stub.Configure(req, timeout=RPC_TIMEOUT_S)
    except grpc.RpcError as exc:
        raise pack.failure("Configure", exc) from None


def _configure_stack(pack: PolicyPackProcess, *, project: str, stack: str) -> None:
    """The engine tells the analyzer which stack it is looking at (a preview: dry_run); packs built on
    an SDK without ConfigureStack answer UNIMPLEMENTED, which the engine tolerates and so do we."""
    from pulumi.runtime.proto import analyzer_pb2  # noqa: PLC0415 - heavy import, only when a pack runs

    req = analyzer_pb2.AnalyzerStackConfigureRequest(stack=stack, project=project, organization="organization",
                                                     dry_run=True)
    try:
        pack.stub.ConfigureStack(req, timeout=RPC_TIMEOUT_S)
    except grpc.RpcError as exc:
        if exc.code() != grpc.StatusCode.UNIMPLEMENTED:
            raise pack.failure("ConfigureStack", exc) from None


def _remediate(pack: PolicyPackProcess, resources: Sequence[Any], marshal: Marshaller) -> list[Remediation]:
    """As the engine does before Analyze: each remediation rewrites the inputs that are analyzed next."""
    out: list[Remediation] = []
    for r in resources:
        try:
            resp = pack.stub.Remediate(marshal.analyze_request(r), timeout=RPC_TIMEOUT_S)
        except grpc.RpcError as exc:
            raise pack.failure(f"Remediate of {r.urn}", exc) from None
        for rem in resp.remediations:
            if rem.diagnostic:
                continue
            if rem.HasField("properties"):
                marshal.replace_props(r.urn, rem.properties)
                out.append(Remediation(policy=rem.policyName, urn=r.urn, description=rem.description))
    return out


def _violation(d, default_urn: str, by_urn: dict) -> Violation:
    urn = d.urn or default_urn
    res = by_urn.get(urn)
    return Violation(policy=d.policyName, urn=urn, type=res.type if res is not None else _STACK_TYPE,
                     message=d.message, enforcementLevel=LEVEL_NAMES.get(d.enforcementLevel, "advisory"),
                     severity=SEVERITY_NAMES.get(d.severity, "unspecified"))
