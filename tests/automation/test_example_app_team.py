"""examples/app-team under the Pulumi SDK's mocks: the same program against a platform stack
(StackReference) and against the local platform (outputs.json)."""

from __future__ import annotations

import copy
import json
import runpy
import sys

import pulumi
import pytest

from tests.automation.fakes import CONTRACT, REPO_ROOT
from tests.automation.test_reference import run_app

EXAMPLE = REPO_ROOT / "examples" / "app-team"
PROJECT = "support-assistant"


@pytest.fixture
def example_path(monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLE))
    monkeypatch.delenv("LOOM_PULUMI_ORG", raising=False)
    yield
    sys.modules.pop("app_tenant", None)


def by_type(graph, typ):
    return [r for r in graph.resources if r.type == typ]


def run_example(stacks: dict[str, dict], config: dict[str, str]):
    """examples/app-team/__main__.py as `pulumi up` runs it, under the preview's mock engine."""
    return run_app(lambda: runpy.run_path(str(EXAMPLE / "__main__.py"), run_name="__main__"), stacks, project=PROJECT,
                   stack="test", config={f"{PROJECT}:{k}": v for k, v in config.items()})


def check_tenant(mocks, *, classification: str, prefix: str, inference_url: str):
    (ns,) = by_type(mocks, "kubernetes:core/v1:Namespace")
    assert ns.inputs["metadata"]["name"] == PROJECT
    assert ns.inputs["metadata"]["labels"]["istio-injection"] == "enabled"
    assert ns.inputs["metadata"]["labels"]["loom.io/data-classification"] == classification

    (sa,) = by_type(mocks, "kubernetes:core/v1:ServiceAccount")
    assert sa.inputs["metadata"]["namespace"] == PROJECT
    assert sa.inputs["metadata"]["annotations"]["loom.io/vector-store-collection-prefix"] == prefix

    (authz,) = by_type(mocks, "kubernetes:security.istio.io/v1:AuthorizationPolicy")
    assert authz.inputs["metadata"]["namespace"] == "loom-serving"  # the inference namespace from the contract
    spec = authz.inputs["spec"]
    assert spec["action"] == "ALLOW"
    assert spec["selector"]["matchLabels"]["app.kubernetes.io/name"] == "triton"
    (rule,) = spec["rules"]
    assert rule["from"] == [{"source": {"principals": [f"cluster.local/ns/{PROJECT}/sa/{PROJECT}"]}}]
    op = rule["to"][0]["operation"]
    assert op["ports"] == ["8000", "8001"]
    assert "/v2/models/*" in op["paths"] and not any(p.startswith("/v2/repository") for p in op["paths"])
    assert "/inference.GRPCInferenceService/RepositoryModelLoad" in op["notPaths"]

    (cm,) = by_type(mocks, "kubernetes:core/v1:ConfigMap")
    assert cm.inputs["data"]["LOOM_INFERENCE_HTTP_URL"] == inference_url
    assert cm.inputs["data"]["LOOM_RAG_MODEL"] == "rag"
    assert cm.inputs["data"]["LOOM_COLLECTION_PREFIX"] == prefix

    (tenant,) = by_type(mocks, "loom-example:app:AppTenant")
    providers = by_type(mocks, "pulumi:providers:kubernetes")
    assert len(providers) == 1
    for r in (ns, sa, authz, cm):
        assert r.provider and r.provider.startswith("urn:") and "pulumi:providers:kubernetes::cluster" in r.provider


def test_example_against_a_platform_stack(example_path):
    mocks = run_example({"acme/loom/aws": dict(CONTRACT, environment="aws")},
                        {"platformEnv": "aws", "platformOrg": "acme", "classification": "confidential"})
    assert [r.inputs["name"] for r in by_type(mocks, "pulumi:pulumi:StackReference")] == ["acme/loom/aws"]
    check_tenant(mocks, classification="confidential", prefix="loom_support_assistant_", inference_url=CONTRACT["inference"]["http_url"])


def test_example_against_the_local_platform_unchanged(example_path, tmp_path, monkeypatch):
    local = copy.deepcopy(CONTRACT)
    local.update(environment="local")
    local["inference"]["http_url"] = "http://127.0.0.1:18000"
    local["vector_store"]["collection_prefix"] = "dev_"
    (tmp_path / "outputs.json").write_text(json.dumps(local))
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    mocks = run_example({}, {"platformEnv": "local", "classification": "internal"})
    assert by_type(mocks, "pulumi:pulumi:StackReference") == []
    check_tenant(mocks, classification="internal", prefix="dev_support_assistant_", inference_url="http://127.0.0.1:18000")


def test_tenant_rejects_bad_arguments_early(example_path):
    from app_tenant import AppTenant, AppTenantArgs

    from loom.reference import PlatformReference

    def tenant(**kw):
        def program():
            ref = PlatformReference(pulumi.Output.from_input(None), source="x")  # never read: validation comes first
            AppTenant("t", AppTenantArgs(platform=ref, k8s_provider=None, **kw))  # type: ignore[arg-type]

        return program

    with pytest.raises(ValueError, match=r"AppTenantArgs.app = 'Support_Assistant': allowed: a DNS label"):
        run_app(tenant(app="Support_Assistant"), {}, project=PROJECT, stack="test")
    with pytest.raises(ValueError, match="classification = 'secret': allowed: public, internal, confidential, restricted"):
        run_app(tenant(app="ok", classification="secret"), {}, project=PROJECT, stack="test")
