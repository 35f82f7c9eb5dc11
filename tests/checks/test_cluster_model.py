"""The cluster model the checks share: every chart a stack installs has pod facts, and those facts agree with
what Loom's own objects expect of the charts (selectors, service accounts, ports)."""

from __future__ import annotations

import pytest

from loom.checks.chart_pods import merge
from loom.checks.cluster import cluster_of, labels_match, quantity, rolling_surge
from tests.infra.conftest import STACKS, preview_of

CHARTS_WITHOUT_POD_FACTS: dict[str, str] = {
    "cluster-autoscaler": "one small controller pod; its presence is what environment.py reads (managed node groups grow to maxSize)",
}
"""Charts a stack may install although loom/checks/chart_pods.py has no facts for them (chart -> why that is
acceptable). Their pods are invisible to the mesh, scheduling and readiness checks: prefer adding facts."""


@pytest.mark.parametrize("stack", STACKS)
def test_every_installed_chart_has_pod_facts(stack):
    missing = sorted({r.chart for r in cluster_of(preview_of(stack)).unmodeled} - set(CHARTS_WITHOUT_POD_FACTS))
    assert not missing, f"add what these charts render to loom/checks/chart_pods.py (read at the pinned tag), or list them in CHARTS_WITHOUT_POD_FACTS: {missing}"


@pytest.mark.parametrize("stack", ["dev", "aws"])
def test_loom_policies_select_the_pods_the_chart_facts_render(stack):
    c = cluster_of(preview_of(stack))
    for r in c.by_type("kubernetes:security.istio.io/v1:AuthorizationPolicy"):
        spec, meta = r.inputs.get("spec") or {}, r.inputs.get("metadata") or {}
        sel = (spec.get("selector") or {}).get("matchLabels")
        if not sel:
            continue
        pods = [p for p in c.pods if p.namespace == meta.get("namespace") and labels_match(sel, p.labels)]
        assert pods, f"{meta.get('name')} selects no pod: the chart facts' labels disagree with {sel}"
    by_name = {p.name: p for p in c.pods}
    assert by_name["otel-collector"].service_account == "otel-collector"
    assert by_name["istio-ingressgateway"].labels["istio"] == "ingressgateway"
    assert by_name["istio-ingressgateway"].service_account == "istio-ingressgateway"  # Triton's allowed principal
    assert 19530 in (by_name.get("milvus-proxy") or by_name["milvus-standalone"]).container_ports()


def test_helm_value_merging_keeps_maps_and_null_removes():
    defaults = {"affinity": {"nodeAffinity": {"x": 1}}, "tolerations": [{"a": 1}], "n": 1}
    assert merge(defaults, {"affinity": {}})["affinity"] == {"nodeAffinity": {"x": 1}}
    assert "affinity" not in merge(defaults, {"affinity": None})
    assert merge(defaults, {"tolerations": []})["tolerations"] == []
    assert merge(defaults, {"n": 2, "m": 3}) == {"affinity": {"nodeAffinity": {"x": 1}}, "tolerations": [{"a": 1}], "n": 2, "m": 3}


def test_quantities_and_surge_follow_kubernetes():
    assert quantity("500m") == 0.5 and quantity("2Gi") == 2 * 2**30 and quantity("1G") == 1e9 and quantity(2) == 2
    assert rolling_surge({"rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}, 2) == 1
    assert rolling_surge(None, 2) == 1  # 25% of 2: surge rounds up to 1, unavailable down to 0
    assert rolling_surge(None, 4) == 0  # 25% of 4: one may be unavailable, so nothing waits on a spare node
    assert rolling_surge({"type": "Recreate"}, 2) == 0


def test_oci_chart_references_name_the_chart():
    from loom.checks.chart_pods import chart_name

    assert chart_name({"chart": "oci://public.ecr.aws/karpenter/karpenter"}) == "karpenter"
    assert chart_name({"chart": "milvus"}) == "milvus"


@pytest.mark.parametrize("stack", STACKS)
def test_every_workload_requests_cpu_and_memory(stack):
    """Capacity planning counts requests; a chart default of `resources: {}` counts as nothing and is the first evicted.
    Every container of every pod the model knows (typed, chart-made, operator-made) requests CPU and memory."""
    missing = sorted(f"{p.ref} container {c.name} ({p.source})" for p in cluster_of(preview_of(stack)).pods
                     for c in [*p.containers, *p.init_containers] if not (c.requests.get("cpu") and c.requests.get("memory")))
    assert not missing, "no requests: " + "; ".join(missing)
