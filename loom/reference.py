"""`PlatformReference`: how app teams' Pulumi programs read Loom's outputs contract.

    from loom.reference import PlatformReference
    platform = PlatformReference.for_environment("aws", org="acme")   # StackReference acme/loom/aws
    platform = PlatformReference.for_environment("local")             # $LOOM_HOME/outputs.json
    url = platform.inference_http_url                                  # pulumi.Output[str] either way

Either way the accessors are typed `pulumi.Output`s, so the app program is the same code locally
and in every environment. The contract is checked on read: `contract_version` must have the
major version this Loom knows (minor versions only add keys), and every required key must be
there; anything else is one clear error naming the stack (or file) and the key.

Plain Python (no Pulumi) reads the local contract with `load_contract_file(path)`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, TypeVar, Union

from contract.outputs import CONTRACT_VERSION, OutputsContract
from loom.errors import LoomError

if TYPE_CHECKING:
    import pulumi

PROJECT = "loom"
LOCAL = "local"
"""The environment name that means "the local platform on this machine"."""
ENV_VAR = "LOOM_PLATFORM_ENV"
"""Default environment for `for_environment()` when none is passed (e.g. set per CI job)."""
ORG_VAR = "LOOM_PULUMI_ORG"

T = TypeVar("T")


class ContractError(LoomError):
    """The platform's outputs are not a contract this Loom can read (wrong major version, missing key)."""


def parse_contract(outputs: Mapping[str, Any], *, where: str) -> OutputsContract:
    """Check and type a contract from stack outputs or outputs.json; ContractError names what is wrong."""
    if not isinstance(outputs, Mapping):
        raise ContractError(f"{where}: outputs are {type(outputs).__name__}, expected an object with the contract's keys")
    if "contract_version" not in outputs:
        raise ContractError(
            f"{where}: no contract_version output; is this a Loom platform stack that has been deployed? "
            f"(this Loom reads contract {CONTRACT_VERSION.split('.')[0]}.x)"
        )
    try:
        return OutputsContract.from_dict(outputs, where=where)
    except ValueError as exc:
        raise ContractError(str(exc)) from None


def local_outputs_path(loom_home: Union[str, Path, None] = None) -> Path:
    """`$LOOM_HOME/outputs.json`, else `<repo>/.loom/outputs.json` (the local platform writes it)."""
    if loom_home is None:
        from loom.local.paths import loom_home as default_home

        loom_home = default_home()
    return Path(loom_home) / "outputs.json"


def load_contract_file(path: Union[str, Path]) -> OutputsContract:
    """Read an outputs.json (the local platform's, or one `loom stack outputs` wrote). No Pulumi needed."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContractError(f"{path}: not found; start the local platform (`loom up`) or pass the outputs file of a stack") from None
    except ValueError as exc:
        raise ContractError(f"{path}: not valid JSON ({exc})") from None
    return parse_contract(data, where=str(path))


class PlatformReference:
    """The platform's outputs contract as typed `pulumi.Output`s, from a stack or the local platform."""

    def __init__(self, contract: "pulumi.Output[OutputsContract]", *, source: str, known: Optional[OutputsContract] = None) -> None:
        self.contract = contract
        """The whole contract, checked (an error in it fails the deployment with the reason)."""
        self.source = source
        """`<org>/loom/<env>` or the path of the outputs file."""
        self.known = known
        """The contract itself when it is known now (local file), else None (a stack: known at deploy time)."""

    # -- constructors -----------------------------------------------------------------------

    @classmethod
    def from_stack(
        cls,
        env: str,
        *,
        org: Optional[str] = None,
        stack_name: Optional[str] = None,
        opts: "Optional[pulumi.ResourceOptions]" = None,
    ) -> "PlatformReference":
        """A `pulumi.StackReference` to `<org>/loom/<env>` (org: argument, else $LOOM_PULUMI_ORG)."""
        import pulumi

        if stack_name is None:
            org = org or os.environ.get(ORG_VAR)
            if not org:
                raise LoomError(f"PlatformReference.from_stack({env!r}): no organisation; pass org=... or set ${ORG_VAR}")
            stack_name = f"{org}/{PROJECT}/{env}"
        ref = pulumi.StackReference(f"loom-platform-{env}", stack_name=stack_name, opts=opts)
        where = f"stack {stack_name}"
        contract = ref.outputs.apply(lambda outputs: parse_contract(outputs, where=where))
        return cls(contract, source=stack_name)

    @classmethod
    def from_file(cls, path: Union[str, Path]) -> "PlatformReference":
        """The contract in an outputs.json, checked now (a bad file fails before any resource is declared)."""
        import pulumi

        contract = load_contract_file(path)
        return cls(pulumi.Output.from_input(contract), source=str(path), known=contract)

    @classmethod
    def local(cls, loom_home: Union[str, Path, None] = None) -> "PlatformReference":
        """The local platform's contract (`$LOOM_HOME/outputs.json` or `<repo>/.loom/outputs.json`)."""
        return cls.from_file(local_outputs_path(loom_home))

    @classmethod
    def for_environment(cls, env: Optional[str] = None, *, org: Optional[str] = None) -> "PlatformReference":
        """`local` reads the local platform; any other name references `<org>/loom/<env>`.
        env defaults to $LOOM_PLATFORM_ENV, so one program serves every environment unchanged."""
        env = env or os.environ.get(ENV_VAR)
        if not env:
            raise LoomError(f"PlatformReference.for_environment(): no environment; pass one or set ${ENV_VAR} (e.g. local, aws)")
        return cls.local() if env == LOCAL else cls.from_stack(env, org=org)

    # -- typed accessors --------------------------------------------------------------------

    def _get(self, pick: Callable[[OutputsContract], T]) -> "pulumi.Output[T]":
        return self.contract.apply(pick)

    @property
    def contract_version(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.contract_version)

    @property
    def environment(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.environment)

    @property
    def inference_http_url(self) -> "pulumi.Output[str]":
        """KServe v2 HTTP base URL of Triton (in-mesh), e.g. http://triton.loom-serving.svc.cluster.local:8000."""
        return self._get(lambda c: c.inference.http_url)

    @property
    def inference_grpc_url(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.inference.grpc_url)

    def model(self, role: str) -> "pulumi.Output[str]":
        """The Triton model name for a role (`embedder`, `generator`, `rag`, `guard`)."""
        def pick(c: OutputsContract) -> str:
            if role not in c.inference.models:
                raise ContractError(f"{self.source}: inference.models has no {role!r}; it has {sorted(c.inference.models)}")
            return c.inference.models[role]

        return self._get(pick)

    @property
    def vector_store_uri(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.vector_store.uri)

    @property
    def collection_prefix(self) -> "pulumi.Output[str]":
        """Prefix of the platform's Milvus collections; an app's own collections go under `<prefix><app>_`."""
        return self._get(lambda c: c.vector_store.collection_prefix)

    @property
    def tracking_uri(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.tracking.uri)

    @property
    def lake_uri(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.lake.uri)

    @property
    def lake_format(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.lake.format)

    @property
    def mesh_namespace(self) -> "pulumi.Output[str]":
        """The namespace inference is served from (callers' AuthorizationPolicies name it)."""
        return self._get(lambda c: c.mesh.namespace)

    @property
    def mtls_mode(self) -> "pulumi.Output[str]":
        return self._get(lambda c: c.mesh.mtls_mode)
