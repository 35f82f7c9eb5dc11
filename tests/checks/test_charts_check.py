"""Check 1 (chart facts) over the six rendered graphs, and what it catches when a graph is wrong."""

from __future__ import annotations

import copy

import pytest

from components.kube import otel
from components.foundation.base import ObjectStoreKind
from components.foundation.stores import STORES
from components.mesh import IstioMeshArgs, istiod_values
from loom.checks import CHECKS, Finding, run_checks
from loom.checks.chartfacts import load_facts
from loom.checks.charts import check_charts, collector_problems
from loom.checks.collector import load_collector_facts
from loom.preview import PreviewResource, PreviewResult
from tests.infra.conftest import STACKS, preview_of

RELEASE = "kubernetes:helm.sh/v3:Release"


def one_release(result: PreviewResult, chart: str) -> PreviewResource:
    (r,) = [r for r in result.by_type(RELEASE) if str(r.inputs["chart"]).rsplit("/", 1)[-1] == chart]
    return r


def graph_with(result: PreviewResult, *resources: PreviewResource) -> PreviewResult:
    return PreviewResult(stack=result.stack, project=result.project, resources=list(resources), outputs={})


def mutated(resource: PreviewResource, change) -> PreviewResource:
    copy_ = copy.deepcopy(resource)
    change(copy_.inputs)
    return copy_


def messages(findings: list[Finding]) -> str:
    return "\n".join(f.line() for f in findings)


def test_the_check_is_registered_for_loom_preview():
    from loom.checks import _load

    _load()
    assert CHECKS["charts"] is check_charts


@pytest.mark.parametrize("stack", STACKS)
def test_every_release_and_custom_resource_matches_its_chart_facts(stack):
    """Issue 10, check 1, on all six stacks: every chart published and pinned with facts, every values path Loom
    sets (all components) is the chart's, every custom resource matches its CRD, and the collector's exporter
    keys exist at the pinned collector version."""
    findings = run_checks(preview_of(stack), only=["charts"])
    assert findings == [], messages(findings)


def test_unpublished_chart_version_is_reported():
    """Issue 10, defect 1: opentelemetry-collector 0.158.3 was never published (Helm: version not found)."""
    result = preview_of("aws")
    old = mutated(one_release(result, "opentelemetry-collector"), lambda i: i.__setitem__("version", "0.158.3"))
    (finding,) = check_charts(graph_with(result, old))
    assert "no facts for chart opentelemetry-collector 0.158.3" in finding.message and "unpublished" in finding.message


def test_istiod_pilot_block_is_reported_and_the_fix_is_clean():
    """Issue 10, defect 2: `pilot.autoscaleEnabled/autoscaleMin/replicaCount` are not istiod 1.27.3 values."""
    facts = load_facts("istiod", "1.27.3")
    old = {"pilot": {"autoscaleEnabled": True, "autoscaleMin": 2, "replicaCount": 2}}
    assert {p for p, _ in facts.check_values(old)} == {"pilot.autoscaleEnabled", "pilot.autoscaleMin", "pilot.replicaCount"}
    assert facts.check_values(istiod_values(IstioMeshArgs(k8s_provider=None, istiod_replicas=2))) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("change, expected", [
    (lambda v: v["etcd"]["persistence"].__setitem__("sizee", "10Gi"), "etcd.persistence.sizee is not a values path"),
    (lambda v: v["externalS3"].__setitem__("useIAM", "true"), "externalS3.useIAM is a boolean"),
    (lambda v: v.__setitem__("cluster", True), "cluster is a map in"),
    (lambda v: v["pulsarv3"].__setitem__("kube-prometheus-stack", {"grafana": {"enabled": True}}), "pulsarv3.kube-prometheus-stack.grafana"),
])
def test_values_the_chart_does_not_have_are_reported(change, expected):
    """A mock accepts any values key: the check does not (a typo, a string for a boolean, a scalar for a map, values
    of a dependency Loom keeps disabled)."""
    result = preview_of("aws")
    bad = mutated(one_release(result, "milvus"), lambda i: change(i["values"]))
    findings = check_charts(graph_with(result, bad))
    assert any(expected in f.message for f in findings), messages(findings)


def test_keys_inside_free_form_maps_are_accepted():
    result = preview_of("aws")
    ok = mutated(one_release(result, "milvus"), lambda i: i["values"]["labels"].__setitem__("team.example.com/owner", "ml"))
    assert check_charts(graph_with(result, ok)) == []


def test_release_from_another_repository_is_reported():
    result = preview_of("onprem")
    ngc = mutated(one_release(result, "gpu-operator"), lambda i: i["repositoryOpts"].__setitem__("repo", "https://helm.ngc.nvidia.com/nvidia"))
    (finding,) = check_charts(graph_with(result, ngc))
    assert "its facts are for https://nvidia.github.io/gpu-operator/stable" in finding.message


@pytest.mark.parametrize("kind, change, expected", [
    ("karpenter.sh/v1:NodePool", lambda s: s["disruption"].__setitem__("consolidationPolicy", "Sometimes"), "not one of"),
    ("karpenter.sh/v1:NodePool", lambda s: s["template"]["spec"].__setitem__("nodeClass", {}), "spec.template.spec.nodeClass is not a field"),
    ("karpenter.sh/v1:NodePool", lambda s: s["template"]["spec"].pop("nodeClassRef"), "spec.template.spec.nodeClassRef is required"),
    ("karpenter.k8s.aws/v1:EC2NodeClass", lambda s: s["blockDeviceMappings"][0]["ebs"].__setitem__("size", "1Gi"), "spec.blockDeviceMappings[].ebs.size"),
    ("cert-manager.io/v1:Certificate", lambda s: s.__setitem__("dnsName", "x"), "spec.dnsName is not a field"),
    ("security.istio.io/v1:AuthorizationPolicy", lambda s: s.__setitem__("action", "PERMIT"), "not one of"),
])
def test_custom_resources_are_checked_against_the_crds_their_charts_ship(kind, change, expected):
    """Karpenter, cert-manager and Istio objects are typed in Loom but only a CRD knows their fields."""
    result = preview_of("aws")
    original = next(r for r in result.resources if r.type == f"kubernetes:{kind}")
    findings = check_charts(graph_with(result, mutated(original, lambda i: change(i["spec"]))))
    assert any(expected in f.message for f in findings), messages(findings)


# --- the collector's exporter keys (defect 3) -------------------------------------------------------


def test_azureblob_compression_is_reported_at_the_pinned_collector_version():
    """Issue 10, defect 3: the azureblob exporter of the pinned collector-contrib has no `compression` key; the
    collector rejects the config and the atomic release rolls back."""
    facts = load_collector_facts("0.144.0")
    exporter_id, exporter = STORES[ObjectStoreKind.AZURE_BLOB].lake_exporter("abfss://lake@acct.dfs.core.windows.net", "raw/otlp", None, None)
    assert facts.check_exporter(exporter_id, exporter) == []
    problems = facts.check_exporter(exporter_id, {**exporter, "compression": "gzip"})
    assert problems == ["exporters.azureblob/lake.compression: not a key of the exporter at collector-contrib 0.144.0"]


@pytest.mark.parametrize("kind, uri, endpoint", [
    (ObjectStoreKind.S3, "s3://lake", None),
    (ObjectStoreKind.S3_COMPATIBLE, "s3://lake", "https://minio.loom-storage.svc.cluster.local"),
    (ObjectStoreKind.AZURE_BLOB, "abfss://lake@acct.dfs.core.windows.net", None),
    (ObjectStoreKind.GCS, "gs://lake", None),
])
def test_every_lake_exporter_uses_only_keys_of_the_pinned_collector(kind, uri, endpoint):
    exporter_id, exporter = STORES[kind].lake_exporter(uri, "raw/otlp", "eu-west-1", endpoint)
    assert load_collector_facts("0.144.0").check_config({"exporters": {exporter_id: exporter, "debug": None}}) == []


def test_collector_version_comes_from_the_image_tag():
    config = {"exporters": {"awss3/lake": {"s3uploader": {"region": "x"}}}}
    assert collector_problems({"image": {"tag": "0.144.0"}, "config": config}) == []
    assert "image.tag is not set" in collector_problems({"image": {}, "config": config})[0]
    assert "no collector facts for collector-contrib 0.139.0" in collector_problems({"image": {"tag": "0.139.0"}, "config": config})[0]


def test_gcs_partition_was_added_after_the_previous_collector():
    """The gcp stack's lake exporter writes `bucket.partition`, which googlecloudstorage has only since 0.144.0
    (release notes: #44889); the previous otelcol 0.139.0 build had only the exporter's skeleton."""
    exporter_id, exporter = STORES[ObjectStoreKind.GCS].lake_exporter("gs://lake", "raw/otlp", "europe-west4", None)
    assert "partition" in exporter["bucket"]
    keys = load_collector_facts("0.144.0").exporters["googlecloudstorage"]
    assert ("bucket", "partition", "format") in keys
