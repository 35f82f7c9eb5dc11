"""PlatformReference under the preview's mock engine (the StackReference answered with the platform's
`outputs`) and from a local outputs.json."""

from __future__ import annotations

import copy
import json

import pulumi
import pytest

from contract.outputs import OutputsContract
from loom.errors import LoomError
from loom.preview import run_program
from loom.reference import ContractError, PlatformReference, load_contract_file, local_outputs_path

from tests.automation.fakes import CONTRACT


def platform_stacks(stacks: dict[str, dict]):
    """Answers `pulumi:pulumi:StackReference` with `stacks[name]` as its outputs (what the platform stack exported)."""

    def answer(_name: str, inputs: dict) -> tuple[str, dict]:
        name = inputs["name"]
        return name, {"name": name, "outputs": stacks[name], "secretOutputNames": []}

    return {"pulumi:pulumi:StackReference": answer}


def run_app(program, stacks: dict[str, dict], *, project: str = "app", stack: str = "aws", config: dict | None = None):
    """Run an app team's `program` under the preview's mock engine against platform `stacks`."""
    return run_program(program, stack=stack, project=project, config=config or {}, resource_outputs=platform_stacks(stacks))


AWS = {"acme/loom/aws": dict(CONTRACT, environment="aws", contract_version="1.3")}


@pytest.fixture
def env(monkeypatch):
    monkeypatch.delenv("LOOM_PULUMI_ORG", raising=False)
    monkeypatch.delenv("LOOM_PLATFORM_ENV", raising=False)


def test_stack_reference_gives_typed_outputs(env):
    checked = []

    def program():
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
            checked.append(True)

        pulumi.Output.all(
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

    graph = run_app(program, AWS)
    assert checked == [True]
    assert [r.inputs["name"] for r in graph.of_type("pulumi:pulumi:StackReference")] == ["acme/loom/aws"]


@pytest.mark.parametrize(
    "outputs, message",
    [
        (dict(CONTRACT, contract_version="2.0"), "contract_version = '2.0' is not supported; this Loom reads 1.x"),
        ({k: v for k, v in CONTRACT.items() if k != "contract_version"}, "no contract_version output"),
        ({k: v for k, v in CONTRACT.items() if k != "tracking"}, "tracking = None is missing"),
    ],
)
def test_stack_reference_rejects_an_incompatible_contract(outputs, message):
    def program():
        PlatformReference.from_stack("gcp", org="acme").inference_http_url.apply(lambda _: None)

    with pytest.raises(ContractError, match="stack acme/loom/gcp: " + message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        run_app(program, {"acme/loom/gcp": outputs}, stack="gcp")


def test_from_stack_needs_an_organisation(env):
    with pytest.raises(LoomError, match=r"no organisation; pass org=\.\.\. or set \$LOOM_PULUMI_ORG"):
        PlatformReference.from_stack("aws")


def test_org_from_the_environment(env, monkeypatch):
    monkeypatch.setenv("LOOM_PULUMI_ORG", "acme")
    monkeypatch.setenv("LOOM_PLATFORM_ENV", "aws")
    seen = []

    def program():
        ref = PlatformReference.for_environment()
        assert ref.source == "acme/loom/aws" and ref.known is None
        ref.vector_store_uri.apply(seen.append)

    run_app(program, AWS)
    assert seen == [CONTRACT["vector_store"]["uri"]]


def test_local_platform_contract_through_the_same_accessors(env, tmp_path, monkeypatch):
    local = dict(copy.deepcopy(CONTRACT), environment="local")
    local["inference"]["http_url"] = "http://127.0.0.1:18000"
    (tmp_path / "outputs.json").write_text(json.dumps(local))
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    seen = []

    def program():
        ref = PlatformReference.for_environment("local")
        assert ref.source == str(tmp_path / "outputs.json")
        assert ref.known is not None and ref.known.inference.http_url == "http://127.0.0.1:18000"
        pulumi.Output.all(ref.inference_http_url, ref.environment).apply(seen.append)

    graph = run_app(program, {})
    assert seen == [["http://127.0.0.1:18000", "local"]]
    assert graph.of_type("pulumi:pulumi:StackReference") == []


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


def test_model_role_must_exist(env, tmp_path):
    (tmp_path / "outputs.json").write_text(json.dumps(CONTRACT))

    def program():
        PlatformReference.local(tmp_path).model("reranker").apply(lambda _: None)

    with pytest.raises(ContractError, match="inference.models has no 'reranker'"):
        run_app(program, {})
