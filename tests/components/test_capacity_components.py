"""GatewayCertificate, MetricsServer, the gateway's Service type, and Karpenter's policy documents."""

from __future__ import annotations

import json

import pytest

from components.certificates import GatewayCertificate, GatewayCertificateArgs, dns_names
from components.foundation import karpenter_policies as kp
from components.foundation.karpenter import KarpenterNodePool, nodepool_spec
from components.kube.validation import ComponentArgsError
from components.mesh import GatewayServiceType, IstioMeshArgs, gateway_values
from components.metrics_server import MetricsServer, MetricsServerArgs
from loom.checks.chartfacts import load_facts
from tests.components.fakes import FakeFoundation, render


def _certificate(**kw):
    def make():
        f = FakeFoundation("f")
        return GatewayCertificate("cert", GatewayCertificateArgs(k8s_provider=f.k8s_provider, **kw))

    return render(make, ("secret_name", "issuer_name"))


def test_private_ca_chain_issues_the_gateway_secret():
    r = _certificate(hosts=["inference.example.com", "*"])
    assert r.outputs == {"secret_name": "istio-ingress/loom-gateway-tls", "issuer_name": "loom-ca"}
    certs = {c.inputs["metadata"]["name"]: c.inputs for c in r.graph.of_type("kubernetes:cert-manager.io/v1:Certificate")}
    assert certs["loom-ca"]["spec"]["isCA"] is True and certs["loom-ca"]["metadata"]["namespace"] == "cert-manager"
    gw = certs["loom-gateway-tls"]
    assert gw["metadata"]["namespace"] == "istio-ingress" and gw["spec"]["dnsNames"] == ["inference.example.com"]
    assert gw["spec"]["privateKey"] == {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"}
    (release,) = r.graph.of_type("kubernetes:helm.sh/v3:Release")
    facts = load_facts("cert-manager", release.inputs["version"])
    assert facts.check_values(release.inputs["values"]) == []
    for kind in ("Certificate", "ClusterIssuer"):
        for cr in r.graph.of_type(f"kubernetes:cert-manager.io/v1:{kind}"):
            assert facts.custom_resources[f"cert-manager.io/v1/{kind}"].check(cr.inputs["spec"]) == []


def test_a_named_issuer_and_an_existing_cert_manager_create_only_the_certificate():
    r = _certificate(hosts=["*.loom.example.com"], issuer="letsencrypt-prod", install_cert_manager=False)
    assert [c.inputs["metadata"]["name"] for c in r.graph.of_type("kubernetes:cert-manager.io/v1:Certificate")] == ["loom-gateway-tls"]
    assert not r.graph.of_type("kubernetes:cert-manager.io/v1:ClusterIssuer")
    assert not r.graph.of_type("kubernetes:helm.sh/v3:Release")
    assert r.outputs["issuer_name"] == "letsencrypt-prod"


def test_a_certificate_needs_a_dns_name():
    """`*` alone (the mesh's default host) names no host a certificate could cover."""
    assert dns_names(["*"]) == []
    with pytest.raises(ComponentArgsError, match=r"hosts = \['\*'\] is invalid; allowed: at least one DNS name"):
        _certificate(hosts=["*"])


def test_metrics_server_release_is_highly_available():
    def make():
        f = FakeFoundation("f")
        return MetricsServer("ms", MetricsServerArgs(k8s_provider=f.k8s_provider))

    (release,) = render(make, ("release_name",)).graph.of_type("kubernetes:helm.sh/v3:Release")
    assert release.inputs["namespace"] == "kube-system" and release.inputs["chart"] == "metrics-server"
    assert release.inputs["values"] == {"replicas": 2, "podDisruptionBudget": {"enabled": True, "minAvailable": 1}}
    assert load_facts("metrics-server", release.inputs["version"]).check_values(release.inputs["values"]) == []


@pytest.mark.parametrize("service_type, min_replicas", [(None, 2), (GatewayServiceType.NODE_PORT, 1)])
def test_gateway_values_follow_the_service_type(service_type, min_replicas):
    args = IstioMeshArgs(k8s_provider=None, gateway_service_type=service_type, gateway_min_replicas=min_replicas,  # type: ignore[arg-type]
                         gateway_service_annotations={"a": "b"})
    values = gateway_values(args)
    if service_type is None:
        assert values["service"] == {"type": "LoadBalancer", "annotations": {"a": "b"}}
        assert values["podDisruptionBudget"] == {"minAvailable": 1}
    else:
        assert values["service"] == {"type": "NodePort"}
        assert values["podDisruptionBudget"] == {}  # one replica: a PDB would block every drain
    assert load_facts("gateway", "1.27.3").check_values(values) == []


def test_karpenter_policies_are_valid_json_with_the_template_statements():
    docs = kp.controller_policies("aws", "eu-west-1", "123456789012", "loom", "arn:aws:iam::123456789012:role/n", "arn:aws:sqs:eu-west-1:123456789012:q")
    assert list(docs) == list(kp.CONTROLLER_POLICIES)
    sids = {s["Sid"] for d in docs.values() for s in json.loads(d)["Statement"]}
    assert sids == {  # every statement of the CloudFormation template's controller policies (ZonalShift excepted)
        "AllowScopedEC2InstanceAccessActions", "AllowScopedEC2LaunchTemplateAccessActions", "AllowScopedEC2InstanceActionsWithTags",
        "AllowScopedResourceCreationTagging", "AllowScopedResourceTagging", "AllowScopedDeletion", "AllowPassingInstanceRole",
        "AllowScopedInstanceProfileCreationActions", "AllowScopedInstanceProfileTagActions", "AllowScopedInstanceProfileActions",
        "AllowAPIServerEndpointDiscovery", "AllowInterruptionQueueActions", "AllowRegionalReadActions", "AllowSSMReadActions",
        "AllowPricingReadActions", "AllowUnscopedInstanceProfileListAction", "AllowInstanceProfileReadActions"}
    queue = json.loads(kp.interruption_queue_policy("arn:q"))
    assert queue["Statement"][1]["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_nodepool_spec_matches_the_karpenter_crd():
    pool = KarpenterNodePool(name="gpu", requirements=[{"key": "karpenter.sh/capacity-type", "operator": "In", "values": ["on-demand"]}],
                             limits={"nvidia.com/gpu": "8"}, taints=[{"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}])
    crd = load_facts("karpenter", "1.14.1").custom_resources["karpenter.sh/v1/NodePool"]
    assert crd.check(nodepool_spec(pool)) == []
