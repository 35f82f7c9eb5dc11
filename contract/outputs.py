"""The outputs contract: what every environment exports for app teams, in one shape.

The cloud stacks export it as stack outputs (infra/), the local platform writes it to
`.loom/outputs.json`, and `PlatformReference` reads either. Pure Python: no Pulumi import,
so app code and the local platform can use it without the SDKs. It lives in the neutral
`contract` package so the Pulumi program, the components and the CLI all read one definition.

Compatibility: a minor bump (1.0 -> 1.1) only adds keys; a major bump renames or removes.
Readers accept any minor version of the major they know.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

from contract.lake import LAKE_FORMAT
from contract.models import MODEL_NAMES

CONTRACT_VERSION = "1.0"


@dataclass(frozen=True)
class Inference:
    http_url: str
    """KServe v2 HTTP base URL, e.g. http://triton.loom-serving.svc.cluster.local:8000."""
    grpc_url: str
    """KServe v2 gRPC address, host:port."""
    models: Mapping[str, str] = field(default_factory=lambda: dict(MODEL_NAMES))


@dataclass(frozen=True)
class VectorStore:
    uri: str
    """Milvus endpoint, http://host:19530."""
    collection_prefix: str = "loom_"


@dataclass(frozen=True)
class Tracking:
    uri: str
    """MLflow tracking server URL."""


@dataclass(frozen=True)
class Lake:
    uri: str
    """Root of the lake: file:///..., s3://..., gs://..., abfss://..."""
    format: str = LAKE_FORMAT


@dataclass(frozen=True)
class Mesh:
    namespace: str
    """The namespace app teams call inference in."""
    mtls_mode: str = "STRICT"


@dataclass(frozen=True)
class OutputsContract:
    environment: str
    inference: Inference
    vector_store: VectorStore
    tracking: Tracking
    lake: Lake
    mesh: Mesh
    contract_version: str = CONTRACT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "outputs") -> "OutputsContract":
        """Parse and check a contract; raises ValueError naming the key that is wrong."""
        version = str(data.get("contract_version", ""))
        major = version.split(".", 1)[0]
        if major != CONTRACT_VERSION.split(".", 1)[0]:
            raise ValueError(
                f"{where}: contract_version = {version!r} is not supported; this Loom reads {CONTRACT_VERSION.split('.')[0]}.x"
            )

        def section(key: str) -> Mapping[str, Any]:
            value = data.get(key)
            if not isinstance(value, Mapping):
                raise ValueError(f"{where}: {key} = {value!r} is missing or not an object")
            return value

        def text(sec: Mapping[str, Any], parent: str, key: str) -> str:
            value = sec.get(key)
            if not isinstance(value, str) or not value:
                raise ValueError(f"{where}: {parent}.{key} = {value!r} must be a non-empty string")
            return value

        inf, vs, tr, lk, me = (section(k) for k in ("inference", "vector_store", "tracking", "lake", "mesh"))
        return cls(
            environment=str(data.get("environment", "")),
            inference=Inference(
                http_url=text(inf, "inference", "http_url"),
                grpc_url=text(inf, "inference", "grpc_url"),
                models=dict(inf.get("models") or MODEL_NAMES),
            ),
            vector_store=VectorStore(
                uri=text(vs, "vector_store", "uri"),
                collection_prefix=str(vs.get("collection_prefix", "loom_")),
            ),
            tracking=Tracking(uri=text(tr, "tracking", "uri")),
            lake=Lake(uri=text(lk, "lake", "uri"), format=str(lk.get("format", LAKE_FORMAT))),
            mesh=Mesh(namespace=text(me, "mesh", "namespace"), mtls_mode=str(me.get("mtls_mode", "STRICT"))),
            contract_version=version,
        )
