"""PlatformReference under the Pulumi SDK's mocks (the StackReference answered by Mocks.new_resource
with the platform's `outputs`) and from a local outputs.json."""

from __future__ import annotations

import copy
import json

import pulumi
import pytest

from contract.outputs import OutputsContract
from loom.errors import LoomError
from loom.reference import ContractError, PlatformReference, load_contract_file, local_outputs_path

from tests.automation.fakes import CONTRACT


class PlatformMocks(pulumi.runtime.Mocks):
    """Answers `pulumi:pulumi:StackReference` with `stacks[name]` as its outputs; records resources."""

    def __init__(self, stacks: dict[str, dict]):
        self.stacks = stacks
        self.resources: list[pulumi.runtime.MockResourceArgs] = []

    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        self.resources.append(args)
        if args.typ == "pulumi:pulumi:StackReference":
            name = args.inputs["name"]
            return name, {"name": name, "outputs": self.stacks[name], "secretOutputNames": []}
        return f"{args.name}-id", dict(args.inputs)

    def call(self, args: pulumi.runtime.MockCallArgs):
        return {}


def expect(value, want):
    assert value == want


@pytest.fixture
def mocks(monkeypatch):
    monkeypatch.delenv("LOOM_PULUMI_ORG", raising=False)
    monkeypatch.delenv("LOOM_PLATFORM_ENV", raising=False)
    m = PlatformMocks({"acme/loom/aws": dict(CONTRACT, environment="aws", contract_version="1.3")})
    pulumi.runtime.set_mocks(m, project="app", stack="aws", preview=False)
    return m


@pulumi.runtime.test
def test_stack_reference_gives_typed_outputs(mocks):
    ref = PlatformReference.from_stack("aws", org="acme")
    assert ref.source == "acme/loom/aws"

    def check(values):
        http, grpc, rag, guard, prefix, ns, mtls, version, env, contract = values
        assert http == "http://triton.loom-serving.svc.cluster.local:8000"
        assert grpc == "triton.loom-serving.svc.cluster.local:8001"
        assert (rag, guard) == ("rag", "output_guard")
        assert (prefix, ns, mtls) == ("loom_", "loom-serving", "STRICT")
        assert version == "1.3"  # any 1.x is read (minor versions only add keys)
        assert env == "aws"
        assert isinstance(contract, OutputsContract) and contract.lake.format == "delta"
        refs = [r for r in mocks.resources if r.typ == "pulumi:pulumi:StackReference"]
        assert [r.inputs["name"] for r in refs] == ["acme/loom/aws"]

    return pulumi.Output.all(
        ref.inference_http_url,
        ref.inference_grpc_url,
        ref.model("rag"),
        ref.model("guard"),
        ref.collection_prefix,
        ref.mesh_namespace,
        ref.mtls_mode,
        ref.contract_version,
        ref.environment,
        ref.contract,
    ).apply(check)


@pytest.mark.parametrize(
    "outputs, message",
    [
        (dict(CONTRACT, contract_version="2.0"), "contract_version = '2.0' is not supported; this Loom reads 1.x"),
        ({k: v for k, v in CONTRACT.items() if k != "contract_version"}, "no contract_version output"),
        ({k: v for k, v in CONTRACT.items() if k != "tracking"}, "tracking = None is missing"),
    ],
)
def test_stack_reference_rejects_an_incompatible_contract(outputs, message):
    pulumi.runtime.set_mocks(PlatformMocks({"acme/loom/gcp": outputs}), project="app", stack="gcp", preview=False)

    @pulumi.runtime.test
    def program():
        return PlatformReference.from_stack("gcp", org="acme").inference_http_url

    with pytest.raises(ContractError, match="stack acme/loom/gcp: " + message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        program()


def test_from_stack_needs_an_organisation(mocks):
    with pytest.raises(LoomError, match=r"no organisation; pass org=\.\.\. or set \$LOOM_PULUMI_ORG"):
        PlatformReference.from_stack("aws")


@pulumi.runtime.test
def test_org_from_the_environment(mocks, monkeypatch):
    monkeypatch.setenv("LOOM_PULUMI_ORG", "acme")
    monkeypatch.setenv("LOOM_PLATFORM_ENV", "aws")
    ref = PlatformReference.for_environment()
    assert ref.source == "acme/loom/aws" and ref.known is None
    return ref.vector_store_uri.apply(lambda uri: expect(uri, CONTRACT["vector_store"]["uri"]))


@pulumi.runtime.test
def test_local_platform_contract_through_the_same_accessors(mocks, tmp_path, monkeypatch):
    local = dict(copy.deepcopy(CONTRACT), environment="local")
    local["inference"]["http_url"] = "http://127.0.0.1:18000"
    (tmp_path / "outputs.json").write_text(json.dumps(local))
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    ref = PlatformReference.for_environment("local")
    assert ref.source == str(tmp_path / "outputs.json")
    assert ref.known is not None and ref.known.inference.http_url == "http://127.0.0.1:18000"
    return pulumi.Output.all(ref.inference_http_url, ref.environment).apply(lambda v: expect(v, ["http://127.0.0.1:18000", "local"]))


def test_local_outputs_path(monkeypatch, tmp_path):
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    assert local_outputs_path() == tmp_path / "outputs.json"
    monkeypatch.delenv("LOOM_HOME")
    assert local_outputs_path().parts[-2:] == (".loom", "outputs.json")


def test_local_file_problems_are_one_clear_error(tmp_path):
    with pytest.raises(ContractError, match="not found; start the local platform"):
        load_contract_file(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ContractError, match="bad.json: not valid JSON"):
        load_contract_file(bad)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(dict(CONTRACT, contract_version="0.9")))
    with pytest.raises(ContractError, match="contract_version = '0.9' is not supported"):
        PlatformReference.from_file(old)


def test_model_role_must_exist(mocks, tmp_path):
    (tmp_path / "outputs.json").write_text(json.dumps(CONTRACT))
    ref = PlatformReference.local(tmp_path)

    @pulumi.runtime.test
    def program():
        return ref.model("reranker")

    with pytest.raises(ContractError, match="inference.models has no 'reranker'"):
        program()
