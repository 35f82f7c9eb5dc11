"""IstioMesh: istio base, istiod and the ingress gateway, STRICT mTLS and default-deny namespaces."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.kube.labels import (
    NS_DATA,
    NS_INGRESS,
    NS_SERVING,
    NS_SYSTEM,
    DataClassification,
)


class GatewayTlsMode(str, enum.Enum):
    """How the ingress gateway terminates TLS (Istio `ServerTLSSettings.mode`)."""

    SIMPLE = "SIMPLE"  # server certificate only
    MUTUAL = "MUTUAL"  # clients must present a certificate signed by the CA in the credential


class TlsMinVersion(str, enum.Enum):
    TLS_1_2 = "TLSV1_2"
    TLS_1_3 = "TLSV1_3"


def _default_namespaces() -> dict[str, DataClassification]:
    return {
        NS_SERVING: DataClassification.CONFIDENTIAL,
        NS_DATA: DataClassification.CONFIDENTIAL,
        NS_SYSTEM: DataClassification.CONFIDENTIAL,
    }


@dataclass
class IstioMeshArgs:
    """Arguments of `IstioMesh`. Only `k8s_provider` is required."""

    k8s_provider: k8s.Provider
    """The cluster's provider (normally `foundation.k8s_provider`); every child uses it explicitly."""
    istio_version: str = "1.28.0"
    """Chart version of istio base, istiod and gateway (always the same version for all three)."""
    namespaces: Mapping[str, DataClassification] = field(default_factory=_default_namespaces)
    """Platform namespaces to create, each labelled for sidecar injection and classification,
    each with a default-deny AuthorizationPolicy. Default: loom-serving, loom-data, loom-system, all CONFIDENTIAL."""
    gateway_tls_credential_name: str = "loom-gateway-tls"
    """A `kubernetes.io/tls` Secret in istio-ingress holding the gateway certificate (cert-manager or the
    operator creates it; Loom never handles the private key)."""
    gateway_hosts: Sequence[str] = ("*",)
    """Hosts the gateway serves (SNI / Host); narrow this to your DNS names in production."""
    gateway_tls_mode: GatewayTlsMode = GatewayTlsMode.SIMPLE
    """SIMPLE (server TLS) or MUTUAL (client certificates required)."""
    gateway_tls_min_version: TlsMinVersion = TlsMinVersion.TLS_1_2
    """Lowest TLS version the gateway accepts."""
    gateway_service_annotations: Mapping[str, str] = field(default_factory=dict)
    """Annotations of the gateway's LoadBalancer Service, e.g. the cloud's internal-LB annotations
    (`service.beta.kubernetes.io/aws-load-balancer-scheme: internal`,
    `networking.gke.io/load-balancer-type: Internal`,
    `service.beta.kubernetes.io/azure-load-balancer-internal: "true"`). Empty: the cloud's default LB."""
    gateway_min_replicas: int = 2
    """Gateway pods kept running (HPA minimum); 2 survives a node drain."""
    gateway_max_replicas: int = 5
    """Gateway HPA maximum."""
    istiod_replicas: int = 2
    """istiod replicas (HPA minimum)."""
    mesh_id: str = "loom"
    """Istio mesh id (meshConfig / global.meshID)."""
    access_log: bool = True
    """Envoy access logs to stdout (JSON) for audit trails."""


class IstioMesh(pulumi.ComponentResource):
    """See docs/components.md. Body in progress: signature and outputs are stable."""

    mtls_mode: pulumi.Output[str]
    namespace_names: pulumi.Output[list]
    gateway_ref: pulumi.Output[str]
    gateway_principal: pulumi.Output[str]
    ingress_namespace: pulumi.Output[str]

    def __init__(self, name: str, args: IstioMeshArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom:mesh:IstioMesh", name, None, opts)
        raise NotImplementedError("IstioMesh is being written")
