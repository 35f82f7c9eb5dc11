"""The mesh check: flows decided as a sidecar would decide them, on small graphs and on the six stacks.

Defects of issue 10 this check finds on the graphs of the code that had them (tests/checks/frozen.py): 15 (dev, edge, onprem: MLflow -> Postgres and the
CloudNativePG operator -> its instances are denied in loom-data) and 5 (gcp: the control plane cannot open
istiod's webhook port 15017 or prometheus-adapter's 6443 on private nodes).
"""

from __future__ import annotations

import copy

import pytest

from loom.checks import mesh
from loom.checks.cluster import cluster_of
from loom.checks.istio import Decision
from tests.infra.conftest import preview_of

from .frozen import frozen

from .graphs import add, deployment, graph, istio_cr, istiod, mutate, namespace, res

ALLOW_WEB_FROM_CLIENT = {"selector": {"matchLabels": {"app": "web"}}, "action": "ALLOW",
                         "rules": [{"from": [{"source": {"principals": ["cluster.local/ns/apps/sa/client"]}}], "to": [{"operation": {"ports": ["8080"]}}]}]}


def small_mesh(*extra):
    return graph(
        istiod(),
        namespace("istio-system"),
        namespace("apps", **{"istio-injection": "enabled"}),
        namespace("plain"),
        istio_cr("PeerAuthentication", "default", "istio-system", {"mtls": {"mode": "STRICT"}}),
        deployment("web", "apps", {"app": "web"}, sa="web", ports=[8080]),
        deployment("client", "apps", {"app": "client"}, sa="client"),
        deployment("other", "apps", {"app": "other"}, sa="other"),
        deployment("outside", "plain", {"app": "outside"}),
        *extra,
    )


def flow(result, src_name, dst_name, port):
    c = cluster_of(result)
    m = mesh.Mesh(c)
    pods = {p.name: p for p in c.pods}
    src, dst = pods[src_name], pods[dst_name]
    return m.flow(src, src.namespace, src.service_account, dst, port)


def test_strict_refuses_a_client_without_a_sidecar_and_policies_decide_the_rest():
    g = small_mesh(istio_cr("AuthorizationPolicy", "web", "apps", ALLOW_WEB_FROM_CLIENT))
    assert flow(g, "outside", "web", 8080).decision is Decision.DENY
    assert "STRICT" in flow(g, "outside", "web", 8080).reason
    assert flow(g, "client", "web", 8080).decision is Decision.ALLOW
    assert flow(g, "other", "web", 8080).decision is Decision.DENY
    # The status port bypasses the sidecar: Prometheus without a sidecar scrapes it under STRICT.
    assert flow(g, "outside", "web", 15020).decision is Decision.ALLOW


def test_a_destination_without_a_sidecar_enforces_nothing():
    g = small_mesh()
    assert flow(g, "client", "outside", 80).decision is Decision.ALLOW


def test_permissive_port_and_disable_let_plaintext_in():
    port_open = {"selector": {"matchLabels": {"app": "web"}}, "mtls": {"mode": "UNSET"}, "portLevelMtls": {"8080": {"mode": "PERMISSIVE"}}}
    g = small_mesh(istio_cr("PeerAuthentication", "web", "apps", port_open))
    assert flow(g, "outside", "web", 8080).decision is Decision.ALLOW
    # ... but a plaintext caller has no identity, so an ALLOW by principal still refuses it.
    g2 = small_mesh(istio_cr("PeerAuthentication", "web", "apps", port_open), istio_cr("AuthorizationPolicy", "web", "apps", ALLOW_WEB_FROM_CLIENT))
    assert flow(g2, "outside", "web", 8080).decision is Decision.DENY


def test_a_destination_rule_disabling_tls_makes_a_meshed_client_plaintext():
    dr = istio_cr("DestinationRule", "web", "apps", {"host": "web.apps.svc.cluster.local", "trafficPolicy": {"tls": {"mode": "DISABLE"}}}, "networking.istio.io")
    svc = res("kubernetes:core/v1:Service", "svc-web", {"metadata": {"name": "web", "namespace": "apps"}, "spec": {"selector": {"app": "web"}, "ports": [{"port": 8080}]}})
    g = small_mesh(dr, svc)
    assert flow(g, "client", "web", 8080).decision is Decision.DENY


def test_the_check_reports_a_denied_required_flow_and_a_leaking_forbidden_one():
    base = frozen("aws")
    assert not [f for f in mesh.check(base) if "required flow" in f.message]
    # Drop Triton's ALLOW: the gateway can no longer reach it.
    blocked = mutate(base, "loom-aws-triton-authz", lambda i: i["spec"].update({"rules": [{"from": [{"source": {"namespaces": ["nobody"]}}]}]}))
    found = [f.message for f in mesh.check(blocked)]
    assert any("the ingress gateway" in m and "Triton" in m and "denied" in m for m in found), found
    # Open Milvus to every namespace: the forbidden matrix catches it.
    leaking = mutate(base, "loom-aws-milvus-authz", lambda i: i["spec"].update({"rules": [{}]}))
    found = [f.message for f in mesh.check(leaking)]
    assert any(m.startswith("forbidden flow to Milvus") for m in found), found


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_defect_15_cnpg_in_a_strict_default_deny_namespace_is_unreachable(stack):
    """Defect 15: MLflow cannot reach Postgres, and the CNPG operator (no sidecar) cannot reach the instance manager."""
    found = [f.message for f in mesh.check(frozen(stack))]
    assert any("MLflow" in m and "-> Postgres" in m and "denied" in m for m in found), found
    assert any("CloudNativePG operator" in m and ":8000" in m and "STRICT" in m for m in found), found


def test_defect_15_is_cleared_by_an_allow_for_mlflow_and_a_permissive_status_port():
    base = frozen("dev")
    cluster_name = next(r for r in base.resources if r.type == "kubernetes:postgresql.cnpg.io/v1:Cluster").inputs["metadata"]["name"]
    fixed = add(base,
                istio_cr("AuthorizationPolicy", "postgres-allow", "loom-data", {
                    "selector": {"matchLabels": {"cnpg.io/cluster": cluster_name}},
                    "rules": [{"from": [{"source": {"principals": ["cluster.local/ns/loom-data/sa/mlflow"]}}], "to": [{"operation": {"ports": ["5432"]}}]},
                              {"to": [{"operation": {"ports": ["8000"]}}]}]}),
                istio_cr("PeerAuthentication", "postgres-status", "loom-data", {
                    "selector": {"matchLabels": {"cnpg.io/cluster": cluster_name}}, "mtls": {"mode": "STRICT"}, "portLevelMtls": {"8000": {"mode": "PERMISSIVE"}}}))
    found = [f.message for f in mesh.check(fixed)]
    assert not [m for m in found if "Postgres" in m or "CloudNativePG" in m], found


def test_defect_5_gke_private_nodes_block_the_webhook_ports():
    """Defect 5: no firewall rule from the GKE control plane to 15017 (injection) and 6443 (prometheus-adapter)."""
    found = [f.message for f in mesh.check(frozen("gcp"))]
    assert any("istio-sidecar-injector" in m and ":15017" in m and "172.16.0.0/28" in m for m in found), found
    assert any("custom.metrics.k8s.io" in m and ":6443" in m for m in found), found


def test_defect_5_is_cleared_by_a_firewall_rule_from_the_control_plane():
    base = frozen("gcp")
    rule = res("gcp:compute/firewall:Firewall", "cp-to-webhooks", {"direction": "INGRESS", "sourceRanges": ["172.16.0.0/28"],
                                                                    "allows": [{"protocol": "tcp", "ports": ["15017", "6443"]}]})
    found = [f.message for f in mesh.check(add(base, rule))]
    assert not [m for m in found if "API server" in m], found


@pytest.mark.parametrize("stack", ["dev", "onprem", "edge", "aws", "gcp", "azure"])
def test_forbidden_sources_are_denied_on_todays_graphs(stack):
    """The forbidden matrix holds today: spot-check a few sources explicitly (not only through the check)."""
    result = preview_of(stack)
    c = cluster_of(result)
    m = mesh.Mesh(c)
    triton = mesh.TRITON.pods(c)[0]
    milvus = mesh.MILVUS.pods(c)[0]
    mlflow = mesh.MLFLOW.pods(c)[0]
    gateway = mesh.GATEWAY.pods(c)[0]
    prometheus = next(p for p in c.pods if p.labels.get("app.kubernetes.io/name") == "prometheus")
    tenant = mesh._outsider("tenant")
    default = mesh._outsider("default")
    for src in (gateway, prometheus, tenant, default):
        assert m.flow(src, src.namespace, src.service_account, milvus, 19530).decision is Decision.DENY, src.ref
        assert m.flow(src, src.namespace, src.service_account, mlflow, 5000).decision is Decision.DENY, src.ref
    for src in (prometheus, tenant, default, milvus):
        assert m.flow(src, src.namespace, src.service_account, triton, 8000).decision is Decision.DENY, src.ref
    assert m.flow(gateway, gateway.namespace, gateway.service_account, triton, 8000).decision is Decision.ALLOW


def test_prometheus_reaches_the_merged_metrics_port_of_meshed_pods():
    c = cluster_of(frozen("aws"))
    m = mesh.Mesh(c)
    triton = mesh.TRITON.pods(c)[0]
    monitor = next(x for x in c.monitors if "loom-mesh-workloads" in x.name)
    assert mesh._scrape_port(m, monitor, triton) == 15020  # prometheus.io/port 8002 rewritten by Istio's metrics merging
    prometheus = next(p for p in c.pods if p.labels.get("app.kubernetes.io/name") == "prometheus")
    assert m.flow(prometheus, prometheus.namespace, prometheus.service_account, triton, 15020).decision is Decision.ALLOW
    # Without metrics merging Prometheus would scrape 8002 in plaintext, which STRICT refuses.
    no_merge = mutate(frozen("aws"), "loom-aws-mesh-istiod", lambda i: i["values"]["meshConfig"].update({"enablePrometheusMerge": False}))
    found = [f.message for f in mesh.check(no_merge)]
    assert any("Prometheus" in f and ":8002" in f and "STRICT" in f for f in found), found


# --- NetworkPolicy (examples of kubernetes.io "Network Policies") --------------------------------

from loom.checks import netpol  # noqa: E402


def netpol_res(name, ns, spec):
    return res("kubernetes:networking.k8s.io/v1:NetworkPolicy", f"np-{ns}-{name}", {"metadata": {"name": name, "namespace": ns}, "spec": spec})


def np_flow(result, src_name, dst_name, port):
    c = cluster_of(result)
    pods = {p.name: p for p in c.pods}
    return netpol.decide(c, pods.get(src_name), pods.get(dst_name), port)[0]


def test_network_policies_isolate_and_allow_additively():
    deny_ingress = netpol_res("default-deny-ingress", "apps", {"podSelector": {}, "policyTypes": ["Ingress"]})
    g = small_mesh(deny_ingress)
    assert np_flow(g, "client", "web", 8080) is Decision.DENY
    assert np_flow(small_mesh(), "client", "web", 8080) is Decision.ALLOW
    allow = netpol_res("web-from-client", "apps", {"podSelector": {"matchLabels": {"app": "web"}},
                                                   "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "client"}}}], "ports": [{"port": 8080}]}]})
    g = small_mesh(deny_ingress, allow)
    assert np_flow(g, "client", "web", 8080) is Decision.ALLOW
    assert np_flow(g, "client", "web", 9090) is Decision.DENY
    assert np_flow(g, "other", "web", 8080) is Decision.DENY
    assert np_flow(g, "outside", "web", 8080) is Decision.DENY  # podSelector alone: the policy's own namespace
    by_ns = netpol_res("from-plain", "apps", {"podSelector": {"matchLabels": {"app": "web"}},
                                              "ingress": [{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "plain"}}}]}]})
    assert np_flow(small_mesh(deny_ingress, by_ns), "outside", "web", 8080) is Decision.ALLOW
    office = netpol_res("office", "apps", {"podSelector": {}, "ingress": [{"from": [{"ipBlock": {"cidr": "10.0.0.0/8"}}]}]})
    assert np_flow(small_mesh(deny_ingress, office), "outside", "web", 8080) is Decision.UNKNOWN


def test_network_policy_egress_and_the_mesh_decision_combine():
    deny_egress = netpol_res("no-egress", "plain", {"podSelector": {}, "policyTypes": ["Egress"]})
    g = small_mesh(deny_egress)
    assert np_flow(g, "outside", "web", 15020) is Decision.DENY
    assert flow(g, "outside", "web", 15020).decision is Decision.DENY  # the mesh would have let it through
    dns_only = netpol_res("dns", "plain", {"podSelector": {}, "egress": [{"ports": [{"port": 53, "protocol": "UDP"}]}]})
    assert np_flow(small_mesh(dns_only), "outside", "web", 8080) is Decision.DENY


# --- egress under REGISTRY_ONLY (Istio: ServiceEntry `hosts`, `ports`, `exportTo`; meshConfig.outboundTrafficPolicy) ---

def _registry_only(*extra):
    return graph(
        istiod({"meshConfig": {"outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"}}}),
        namespace("istio-system"),
        namespace("apps", **{"istio-injection": "enabled"}),
        namespace("plain"),
        deployment("client", "apps", {"app": "client"}, sa="client"),
        deployment("outside", "plain", {"app": "outside"}),
        *extra,
    )


def _egress(result, src_name, host, port=443, registered=None):
    c = cluster_of(result)
    (src,) = [p for p in c.pods if p.name == src_name]
    return mesh.Mesh(c).egress(src, host, port, registered).decision


def _se(name, ns, hosts, port=443, export=None):
    spec = {"hosts": hosts, "location": "MESH_EXTERNAL", "ports": [{"name": f"tls-{port}", "number": port, "protocol": "TLS"}]}
    if export is not None:
        spec["exportTo"] = export
    return istio_cr("ServiceEntry", name, ns, spec, group="networking.istio.io")


def test_registry_only_reaches_only_registered_hosts_on_declared_ports_where_exported():
    """REGISTRY_ONLY: a sidecar reaches a host only through a ServiceEntry visible in its namespace (exportTo:
    absent or "*" = everywhere, "." = its own namespace, names = those namespaces) that declares the port."""
    s3 = "loom-lake.s3.eu-west-1.amazonaws.com"
    assert _egress(_registry_only(), "client", s3) is Decision.DENY
    assert _egress(_registry_only(), "outside", s3) is Decision.ALLOW  # no sidecar: the mesh does not mediate it
    assert _egress(_registry_only(_se("s3", "istio-system", ["*.s3.eu-west-1.amazonaws.com"])), "client", s3) is Decision.ALLOW
    assert _egress(_registry_only(_se("s3", "istio-system", ["*.s3.us-east-1.amazonaws.com"])), "client", s3) is Decision.DENY
    assert _egress(_registry_only(_se("s3", "istio-system", ["*.s3.eu-west-1.amazonaws.com"], port=80)), "client", s3) is Decision.DENY
    assert _egress(_registry_only(_se("s3", "other", ["*.s3.eu-west-1.amazonaws.com"], export=["."])), "client", s3) is Decision.DENY
    assert _egress(_registry_only(_se("s3", "apps", ["*.s3.eu-west-1.amazonaws.com"], export=["."])), "client", s3) is Decision.ALLOW
    assert _egress(_registry_only(_se("s3", "other", ["*.s3.eu-west-1.amazonaws.com"], export=["apps"])), "client", s3) is Decision.ALLOW


def test_a_database_known_only_at_apply_needs_an_entry_in_its_domain_on_its_port():
    in_rds = lambda h: h.endswith(".rds.amazonaws.com")  # noqa: E731
    db = _se("db", "apps", ["mlflow.abc123.eu-west-1.rds.amazonaws.com"], port=5432, export=["."])
    assert _egress(_registry_only(db), "client", "*.rds.amazonaws.com", 5432, in_rds) is Decision.ALLOW
    assert _egress(_registry_only(), "client", "*.rds.amazonaws.com", 5432, in_rds) is Decision.DENY
    other = _se("db", "apps", ["db.example.com"], port=5432, export=["."])
    assert _egress(_registry_only(other), "client", "*.rds.amazonaws.com", 5432, in_rds) is Decision.DENY


@pytest.mark.parametrize("stack", ["aws", "gcp", "azure"])
def test_managed_stores_and_databases_stay_reachable_once_their_service_entries_are_gone(stack):
    """The shipped cloud stacks run REGISTRY_ONLY; without the foundation's egress ServiceEntries the
    required flows to the object store and the database are denied, and the check says so."""
    result = preview_of(stack)
    assert not [f for f in mesh.check(result) if "->" in f.message and "is denied" in f.message]
    stripped = copy.deepcopy(result)
    stripped.resources = [r for r in stripped.resources if not r.type.endswith(":ServiceEntry")]
    denied = [f.message for f in mesh.check(stripped) if "REGISTRY_ONLY" in f.message]
    assert any("-> PostgreSQL" in m or "-> RDS" in m or "-> Cloud SQL" in m for m in denied), denied
    assert any(store in m for store in ("-> S3", "-> Cloud Storage", "-> Blob storage") for m in denied), denied
