"""IstioMesh under Pulumi mocks."""

import pytest

from components.kube.istio import ExternalService
from components.kube.labels import CLASSIFICATION_LABEL, INJECTION_LABEL, DataClassification
from components.kube.validation import ComponentArgsError
from components.mesh import GatewayTlsMode, IstioMesh, IstioMeshArgs, OutboundTrafficPolicy
from tests.components.fakes import FakeFoundation, render

OUTPUTS = ("mtls_mode", "namespace_names", "gateway_ref", "gateway_principal", "ingress_namespace")


def build(**kw):
    def make():
        f = FakeFoundation("f")
        return IstioMesh("mesh", IstioMeshArgs(k8s_provider=f.k8s_provider, **kw))

    return render(make, OUTPUTS)


@pytest.fixture(scope="module")
def mesh():
    return build(gateway_service_annotations={"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"})


def test_mesh_wide_peer_authentication_is_strict(mesh):
    pa = mesh.graph.of_type("kubernetes:security.istio.io/v1:PeerAuthentication")
    assert len(pa) == 1
    assert pa[0].inputs["metadata"] == {"name": "default", "namespace": "istio-system"}
    assert pa[0].inputs["spec"] == {"mtls": {"mode": "STRICT"}}
    assert mesh.outputs["mtls_mode"] == "STRICT"


def test_every_platform_namespace_is_injected_classified_and_denied_by_default(mesh):
    namespaces = {r.inputs["metadata"]["name"]: r.inputs["metadata"]["labels"] for r in mesh.graph.of_type("kubernetes:core/v1:Namespace")}
    deny = {
        r.inputs["metadata"]["namespace"]: r.inputs
        for r in mesh.graph.of_type("kubernetes:security.istio.io/v1:AuthorizationPolicy")
    }
    for ns in ("loom-serving", "loom-data", "loom-system"):
        assert namespaces[ns][INJECTION_LABEL] == "enabled"
        assert namespaces[ns][CLASSIFICATION_LABEL] == "confidential"
        assert deny[ns]["metadata"]["name"] == "deny-all"
        assert "spec" not in deny[ns] or deny[ns]["spec"] in ({}, None)
    assert set(deny) == {"loom-serving", "loom-data", "loom-system"}
    assert sorted(mesh.outputs["namespace_names"]) == ["loom-data", "loom-serving", "loom-system"]


def test_istio_charts_are_pinned_to_one_version(mesh):
    releases = {r.inputs["chart"]: r.inputs for r in mesh.graph.of_type("kubernetes:helm.sh/v3:Release")}
    assert set(releases) == {"base", "istiod", "gateway"}
    assert len({r["version"] for r in releases.values()}) == 1
    for r in releases.values():
        assert r["repositoryOpts"]["repo"] == "https://istio-release.storage.googleapis.com/charts"
        assert r["version"][0].isdigit()
    gw = releases["gateway"]
    assert gw["namespace"] == "istio-ingress"
    assert gw["values"]["service"]["type"] == "LoadBalancer"
    assert gw["values"]["service"]["annotations"] == {"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"}


def test_gateway_terminates_tls_with_a_credential(mesh):
    (gw,) = mesh.graph.of_type("kubernetes:networking.istio.io/v1:Gateway")
    https = gw.inputs["spec"]["servers"][0]
    assert https["port"]["protocol"] == "HTTPS"
    assert https["tls"]["credentialName"] == "loom-gateway-tls"
    assert gw.inputs["spec"]["selector"] == {"istio": "ingressgateway"}
    assert mesh.outputs["gateway_ref"] == "istio-ingress/loom-gateway"
    assert mesh.outputs["gateway_principal"] == "cluster.local/ns/istio-ingress/sa/istio-ingressgateway"


def test_children_are_parented_and_use_the_explicit_provider(mesh):
    for r in mesh.graph.resources:
        if r.type.startswith("kubernetes:"):
            assert r.provider and "f-k8s" in r.provider, r.name
            assert r.name.startswith("mesh-"), r.name


def test_mutual_tls_mode_and_custom_namespaces():
    r = build(gateway_tls_mode=GatewayTlsMode.MUTUAL, namespaces={"loom-serving": DataClassification.RESTRICTED})
    (gw,) = r.graph.of_type("kubernetes:networking.istio.io/v1:Gateway")
    assert gw.inputs["spec"]["servers"][0]["tls"]["mode"] == "MUTUAL"
    ns = {x.inputs["metadata"]["name"]: x.inputs["metadata"]["labels"] for x in r.graph.of_type("kubernetes:core/v1:Namespace")}
    assert ns["loom-serving"][CLASSIFICATION_LABEL] == "restricted"
    assert "loom-data" not in ns


def test_egress_is_registry_only_with_a_service_entry_per_external_service():
    """Sidecars reach only registered hosts; each external service the foundation declares is registered
    mesh-wide (istio-system, exportTo *) as MESH_EXTERNAL."""
    r = build(external_services=[ExternalService("aws-s3", ["s3.eu-west-1.amazonaws.com", "*.s3.eu-west-1.amazonaws.com"]),
                                 ExternalService("db", ["db.internal"], port=5432, protocol="TCP", resolution="STATIC",
                                                 addresses=["10.0.0.5"])])
    (istiod,) = [x for x in r.graph.of_type("kubernetes:helm.sh/v3:Release") if x.inputs["chart"] == "istiod"]
    assert istiod.inputs["values"]["meshConfig"]["outboundTrafficPolicy"] == {"mode": "REGISTRY_ONLY"}
    entries = {x.inputs["metadata"]["name"]: x.inputs for x in r.graph.of_type("kubernetes:networking.istio.io/v1:ServiceEntry")}
    assert set(entries) == {"aws-s3", "db"}
    s3, db = entries["aws-s3"], entries["db"]
    assert s3["metadata"]["namespace"] == "istio-system"
    assert s3["spec"] == {"hosts": ["s3.eu-west-1.amazonaws.com", "*.s3.eu-west-1.amazonaws.com"], "location": "MESH_EXTERNAL",
                          "resolution": "NONE", "ports": [{"number": 443, "name": "tls-443", "protocol": "TLS"}],
                          "exportTo": ["*"]}
    assert db["spec"]["endpoints"] == [{"address": "10.0.0.5"}] and db["spec"]["addresses"] == ["10.0.0.5"]


def test_allow_any_is_an_explicit_choice():
    r = build(outbound_traffic_policy=OutboundTrafficPolicy.ALLOW_ANY)
    (istiod,) = [x for x in r.graph.of_type("kubernetes:helm.sh/v3:Release") if x.inputs["chart"] == "istiod"]
    assert istiod.inputs["values"]["meshConfig"]["outboundTrafficPolicy"] == {"mode": "ALLOW_ANY"}
    assert not r.graph.of_type("kubernetes:networking.istio.io/v1:ServiceEntry")


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"outbound_traffic_policy": "REGISTRY_ONLY"}, "outbound_traffic_policy = 'REGISTRY_ONLY'"),
        ({"external_services": [ExternalService("S3", ["x"])]}, "external_services name = 'S3'"),
        ({"external_services": [ExternalService("a", ["x"]), ExternalService("a", ["y"])]}, "unique names"),
        ({"namespaces": {}}, "namespaces = {} is invalid"),
        ({"namespaces": {"Loom": DataClassification.PUBLIC}}, "namespaces key = 'Loom'"),
        ({"namespaces": {"loom-x": "public"}}, r"namespaces\['loom-x'\] = 'public' is invalid; allowed: DataClassification.PUBLIC"),
        ({"gateway_tls_mode": "SIMPLE"}, "gateway_tls_mode = 'SIMPLE'"),
        ({"gateway_min_replicas": 3, "gateway_max_replicas": 2}, "gateway_max_replicas = 2"),
        ({"istio_version": "1.27.x"}, "istio_version = '1.27.x'"),
        ({"gateway_hosts": []}, "gateway_hosts = \\[\\]"),
    ],
)
def test_bad_arguments_fail_early(kw, message):
    with pytest.raises(ComponentArgsError, match=message):
        build(**kw)
