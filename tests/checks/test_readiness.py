"""The readiness check: nothing `pulumi up` waits for depends on what the environment cannot give.

Defects of issue 10 it finds on the graphs of the code that had them (tests/checks/frozen.py): 4 (dev, onprem: the gateway's LoadBalancer Service in an
atomic release, no load-balancer controller), 18 (all: the Gateway's credentialName is created by nothing),
8 (aws: the Milvus release waits for Pulsar StatefulSets whose volumes never bind), 9 (aws: the Triton
Deployment never becomes ready) and 11 (azure: Triton never becomes ready).
"""

from __future__ import annotations

import copy

import pytest

from loom.checks import readiness
from .frozen import frozen

from .graphs import add, mutate, res


def found(result, needle=""):
    return [f.message for f in readiness.check(result) if needle in f.message]


@pytest.mark.parametrize("stack", ["dev", "onprem"])
def test_defect_4_load_balancer_without_a_controller(stack):
    """Defect 4: status.loadBalancer.ingress never appears; the atomic gateway release times out and rolls back."""
    msgs = found(frozen(stack), "LoadBalancer")
    assert msgs and "rolls back" in msgs[0]


def test_defect_4_is_cleared_by_a_controller_or_a_cluster_ip_service():
    assert not found(frozen("edge"), "LoadBalancer")  # k3s ServiceLB: loom:existing.loadBalancer true
    for stack in ("aws", "gcp", "azure"):
        assert not found(frozen(stack), "LoadBalancer")
    cluster_ip = mutate(frozen("dev"), "loom-dev-mesh-gateway", lambda i: i["values"]["service"].update({"type": "ClusterIP"}))
    assert not found(cluster_ip, "LoadBalancer")
    with_lb = copy.deepcopy(frozen("onprem"))
    with_lb.settings.loom.existing.load_balancer = True
    assert not found(with_lb, "LoadBalancer")


@pytest.mark.parametrize("stack", ["dev", "onprem", "edge", "aws", "gcp", "azure"])
def test_defect_18_the_gateway_credential_is_created_by_nothing(stack):
    """Defect 18: credentialName loom-gateway-tls names a Secret no resource creates."""
    assert found(frozen(stack), "loom-gateway-tls")


def test_defect_18_is_cleared_by_a_cert_manager_certificate_or_a_secret():
    cert = res("kubernetes:cert-manager.io/v1:Certificate", "gw-cert", {"metadata": {"name": "loom-gateway", "namespace": "istio-ingress"},
                                                                      "spec": {"secretName": "loom-gateway-tls", "issuerRef": {"name": "x"}}})
    assert not found(add(frozen("aws"), cert), "loom-gateway-tls")
    secret = res("kubernetes:core/v1:Secret", "gw-secret", {"metadata": {"name": "loom-gateway-tls", "namespace": "istio-ingress"}, "type": "kubernetes.io/tls"})
    assert not found(add(frozen("aws"), secret), "loom-gateway-tls")
    elsewhere = res("kubernetes:core/v1:Secret", "gw-secret", {"metadata": {"name": "loom-gateway-tls", "namespace": "default"}})
    assert found(add(frozen("aws"), elsewhere), "loom-gateway-tls")


def test_defects_8_9_11_awaited_workloads_that_never_become_ready():
    aws = found(frozen("aws"))
    assert any("milvus-pulsarv3-bookie" in m and "never bind" in m and "rolls back" in m for m in aws), aws
    assert any("triton-stable never becomes ready" in m for m in aws), aws
    assert any("triton-stable never becomes ready" in m for m in found(frozen("azure"))), found(frozen("azure"))


def test_a_pod_mounting_a_secret_nothing_creates():
    broken = mutate(frozen("dev"), "loom-dev-mlflow-server",
                    lambda i: i["spec"]["template"]["spec"]["volumes"].append({"name": "x", "secret": {"secretName": "nobody-makes-this"}}))
    assert any("nobody-makes-this" in m for m in found(broken))
    assert not found(frozen("dev"), "which nothing in the stack creates")
