"""IstioMesh: istio base, istiod and the ingress gateway, STRICT mTLS and default-deny namespaces."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.kube.component import LoomComponent
from components.kube.resources import ContainerResources
from components.certificates import GatewayCertificateSettings
from contract.settings import at_least, fixed, non_empty, setting, wiring
from components.kube import charts, istio
from components.kube.labels import (
    CLASSIFICATION_LABEL,
    INJECTION_LABEL,
    MANAGED_BY,
    NS_DATA,
    NS_INGRESS,
    NS_ISTIO,
    NS_SERVING,
    NS_SYSTEM,
    PART_OF,
    DataClassification,
)
from components.kube.validation import check_dns_label, check_enum, check_positive_int, fail, is_known

TYPE_TOKEN = "loom:mesh:IstioMesh"
GATEWAY_NAME = "loom-gateway"
GATEWAY_RELEASE = "istio-ingressgateway"
GATEWAY_SELECTOR = {"istio": "ingressgateway"}
"""The gateway chart labels its pods `istio: <release name without "istio-">`."""
DENY_ALL_NAME = "deny-all"


class GatewayTlsMode(str, enum.Enum):
    """How the ingress gateway terminates TLS (Istio `ServerTLSSettings.mode`)."""

    SIMPLE = "SIMPLE"  # server certificate only
    MUTUAL = "MUTUAL"  # clients must present a certificate signed by the CA in the credential


class TlsMinVersion(str, enum.Enum):
    TLS_1_2 = "TLSV1_2"
    TLS_1_3 = "TLSV1_3"


class GatewayServiceType(str, enum.Enum):
    """Kubernetes Service type of the ingress gateway."""

    LOAD_BALANCER = "LoadBalancer"  # the cloud (or MetalLB, kube-vip, k3s ServiceLB) provisions an address
    NODE_PORT = "NodePort"  # no load-balancer controller: reach the gateway on every node's port (or an external LB)


ISTIOD_AUTOSCALE_MAX = 5
"""istiod's HPA maximum by default (the chart's own default), raised to `istiod_replicas` when that is larger."""


class OutboundTrafficPolicy(str, enum.Enum):
    """Where sidecars may send traffic (Istio `meshConfig.outboundTrafficPolicy.mode`)."""

    REGISTRY_ONLY = "REGISTRY_ONLY"  # only hosts in the service registry (Services, ServiceEntries)
    ALLOW_ANY = "ALLOW_ANY"  # any host (Istio's default)


def _default_namespaces() -> dict[str, DataClassification]:
    return {
        NS_SERVING: DataClassification.CONFIDENTIAL,
        NS_DATA: DataClassification.CONFIDENTIAL,
        NS_SYSTEM: DataClassification.CONFIDENTIAL,
    }


@dataclass
class MeshSettings:
    """`loom:mesh`: Istio (base, istiod, ingress gateway), STRICT mTLS, default-deny namespaces."""

    gateway_hosts: list[str] = setting(doc="Hosts the ingress gateway serves; narrow to your DNS names.", factory=lambda: ["*"], check=non_empty)
    gateway_tls_mode: GatewayTlsMode = setting(GatewayTlsMode.SIMPLE, doc="SIMPLE (server TLS) or MUTUAL (client certificates).")
    gateway_tls_min_version: TlsMinVersion = setting(TlsMinVersion.TLS_1_2, doc="Lowest TLS version the gateway accepts.")
    gateway_tls_credential_name: str = setting("loom-gateway-tls", doc="kubernetes.io/tls Secret in istio-ingress with the gateway certificate.", check=non_empty)
    internal_gateway: bool = setting(True, doc="Put the gateway behind the cloud's internal load balancer (no public IP).")
    gateway_min_replicas: int = setting(2, doc="Gateway HPA minimum.", check=at_least(1))
    gateway_max_replicas: int = setting(5, doc="Gateway HPA maximum.", check=at_least(1))
    istiod_replicas: int = setting(2, doc="istiod replicas (HPA minimum).", check=at_least(1))
    istiod_max_replicas: int = setting(ISTIOD_AUTOSCALE_MAX, doc="istiod HPA maximum: `loom preview` plans capacity for it; 1 on one-node clusters.", check=at_least(1))
    istiod_resources: ContainerResources = setting(doc="Each istiod replica's requests and memory limit (object; the chart's 500m and 2Gi suit a production mesh).", factory=ContainerResources)
    # The default is istiod's chart requests (istio-discovery values.yaml at 1.27.3) with a 4Gi limit as its OOM boundary.
    access_log: bool = setting(True, doc="Envoy JSON access logs.")
    gateway_certificate: GatewayCertificateSettings = setting(doc="The gateway's TLS certificate (object).", factory=GatewayCertificateSettings)
    outbound_traffic_policy: OutboundTrafficPolicy = setting(OutboundTrafficPolicy.REGISTRY_ONLY, doc="REGISTRY_ONLY: sidecars reach only in-cluster services and the foundation's declared cloud endpoints.")


@dataclass(kw_only=True)
class IstioMeshArgs(MeshSettings):
    """Arguments of `IstioMesh`: the `loom:mesh` settings plus wiring. Only `k8s_provider` is required. `gateway_certificate`
    is the Platform's (it creates a `GatewayCertificate` from it); IstioMesh serves whatever Secret
    `gateway_tls_credential_name` names. With `internal_gateway`, `gateway_service_annotations` go on the gateway's
    LoadBalancer Service."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`); every child uses it explicitly.")
    gateway_service_type: Optional[GatewayServiceType] = wiring(None, doc=(
        "LoadBalancer where the cluster provisions load balancers; NodePort where nothing would ever fill "
        "`status.loadBalancer.ingress` (kind, an on-prem cluster without MetalLB): the atomic gateway release waits for that "
        "address and would time out and roll back (issue 10, defect 4). None: LoadBalancer (the Platform picks it from "
        "`foundation.load_balancers`)."))
    gateway_service_annotations: Mapping[str, str] = wiring(doc=(
        "The cloud's internal-LB annotations for the gateway's LoadBalancer Service, applied while `internal_gateway` is on "
        "(the Platform passes `foundation.internal_lb_annotations`). Empty: the cloud's default LB."), factory=dict)
    native_sidecars: bool = wiring(True, doc=(
        "Inject istio-proxy as a Kubernetes native sidecar (an init container that keeps running), so Jobs and CronJobs in "
        "meshed namespaces complete. Istio 1.27 decides this by itself only when every kubelet is 1.33 or newer "
        "(pkg/kube/inject/webhook.go, DetectNativeSidecar); Loom sets ENABLE_NATIVE_SIDECARS explicitly (issue 10, defect 16). "
        "Needs the SidecarContainers feature, on by default since Kubernetes 1.29; every foundation's kubernetesVersion "
        "setting refuses older versions, so the program always turns this on."))
    mesh_id: str = wiring("loom", doc="Istio mesh id (meshConfig / global.meshID); the Platform uses `loom-<environment>`.")
    external_services: Sequence[istio.ExternalService] = wiring((), doc=(
        "Destinations outside the mesh every platform workload may call (the foundation's object store, STS, token "
        "endpoints): one MESH_EXTERNAL ServiceEntry each, in istio-system, visible mesh-wide."))
    istio_version: str = fixed(charts.ISTIO_VERSION, doc="Chart version of istio base, istiod and gateway (always the same version for all three).")
    namespaces: Mapping[str, DataClassification] = fixed(doc=(
        "Platform namespaces to create, each labelled for sidecar injection and classification, each with a default-deny "
        "AuthorizationPolicy. Default: loom-serving, loom-data, loom-system, all CONFIDENTIAL."), factory=_default_namespaces)


def _ns_labels(classification: DataClassification, *, inject: bool) -> dict[str, str]:
    labels = {
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": MANAGED_BY,
        CLASSIFICATION_LABEL: classification.value,
    }
    if inject:
        labels[INJECTION_LABEL] = "enabled"
    return labels


def istiod_values(args: IstioMeshArgs) -> dict:
    """istiod Helm values: HA control plane, native sidecars, JSON access logs, metrics merging for Prometheus.

    istiod 1.27's chart has no `pilot:` block: its defaults sit under `_internal_defaults_do_not_set` and are
    set at top level (templates/zzz_profile.yaml; loom/checks/facts/charts/istiod-1.27.3.yaml)."""
    return {
        "global": {"meshID": args.mesh_id, "logAsJson": True},
        "replicaCount": args.istiod_replicas,
        "autoscaleEnabled": True,
        "autoscaleMin": args.istiod_replicas,
        "autoscaleMax": max(args.istiod_replicas, args.istiod_max_replicas),
        "resources": args.istiod_resources.to_k8s(),
        # With one replica a minAvailable of 1 (the chart's default) blocks every node drain and managed
        # upgrade; proxies keep serving their last configuration while istiod restarts elsewhere.
        "pdb": {"maxUnavailable": 1},
        "env": {"ENABLE_NATIVE_SIDECARS": "true" if args.native_sidecars else "false"},
        "meshConfig": {
            "accessLogFile": "/dev/stdout" if args.access_log else "",
            "accessLogEncoding": "JSON",
            "enablePrometheusMerge": True,
            "outboundTrafficPolicy": {"mode": args.outbound_traffic_policy.value},
        },
    }


def gateway_values(args: IstioMeshArgs) -> dict:
    """Gateway Helm values: the platform's only externally reachable Service (LoadBalancer or NodePort)."""
    service_type = GatewayServiceType(args.gateway_service_type or GatewayServiceType.LOAD_BALANCER)
    service: dict = {"type": service_type.value}
    if service_type is GatewayServiceType.LOAD_BALANCER:
        service["annotations"] = dict(args.gateway_service_annotations) if args.internal_gateway else {}
    return {
        "service": service,
        "autoscaling": {
            "enabled": True,
            "minReplicas": args.gateway_min_replicas,
            "maxReplicas": args.gateway_max_replicas,
        },
        # One gateway pod must stay up during drains, unless there is only one (then a PDB would block drains).
        "podDisruptionBudget": {"minAvailable": 1} if args.gateway_min_replicas > 1 else {},
        "labels": {CLASSIFICATION_LABEL: DataClassification.CONFIDENTIAL.value, "app.kubernetes.io/part-of": PART_OF},
    }


class IstioMesh(LoomComponent):
    """Istio with STRICT mTLS mesh-wide, default-deny platform namespaces and a TLS-only ingress gateway.

    Children: namespaces `istio-system`, `istio-ingress` and each platform namespace (`<name>-ns-<ns>`,
    labelled `istio-injection: enabled` and `loom.io/data-classification`); Helm releases `istio-base`,
    `istiod`, `istio-ingressgateway` (`<name>-base|istiod|gateway`, one chart version); PeerAuthentication
    `istio-system/default` mode STRICT (`<name>-peer-authentication`); AuthorizationPolicy `deny-all`
    with an empty spec in every platform namespace (`<name>-deny-all-<ns>`); Gateway
    `istio-ingress/loom-gateway` serving HTTPS with `credentialName` and redirecting HTTP
    (`<name>-gateway-tls`); a MESH_EXTERNAL ServiceEntry per external service (`<name>-egress-<service>`), since
    sidecars reach only registered hosts (REGISTRY_ONLY). The gateway Service is the platform's only
    LoadBalancer (NodePort on clusters without a load-balancer controller).
    Workloads add their own ALLOW policies on top of the default deny.

    Delete: removes the gateway (and its load balancer), istiod, the CRDs' release and the platform
    namespaces, and with them everything inside them; run it only after the workloads are gone.
    """

    mtls_mode: pulumi.Output[str]
    """"STRICT": the mesh-wide PeerAuthentication mode."""
    namespace_names: pulumi.Output[list]
    """Names of the platform namespaces, resolved after they exist (depend on this to order after the mesh)."""
    gateway_ref: pulumi.Output[str]
    """`istio-ingress/loom-gateway`: what VirtualServices put in `gateways`."""
    gateway_principal: pulumi.Output[str]
    """SPIFFE principal of the gateway pods (allow it in workload AuthorizationPolicies)."""
    ingress_namespace: pulumi.Output[str]
    """`istio-ingress`, where the gateway and its TLS credential live."""
    namespaces: dict[str, k8s.core.v1.Namespace]
    """Platform namespaces by name (Python attribute, for `depends_on` and `.metadata.name`)."""

    def __init__(self, name: str, args: IstioMeshArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        child = self.k8s_opts

        system_ns = k8s.core.v1.Namespace(
            f"{name}-ns-{NS_ISTIO}",
            metadata=k8s.meta.v1.ObjectMetaArgs(name=NS_ISTIO, labels=_ns_labels(DataClassification.INTERNAL, inject=False)),
            opts=child(),
        )
        ingress_ns = k8s.core.v1.Namespace(
            f"{name}-ns-{NS_INGRESS}",
            metadata=k8s.meta.v1.ObjectMetaArgs(
                name=NS_INGRESS, labels=_ns_labels(DataClassification.CONFIDENTIAL, inject=False)
            ),
            opts=child(),
        )
        base = k8s.helm.v3.Release(
            f"{name}-base",
            charts.istio("base", args.istio_version).release_args(
                "istio-base", system_ns.metadata.name, {"defaultRevision": "default"}
            ),
            opts=child(),
        )
        istiod = k8s.helm.v3.Release(
            f"{name}-istiod",
            charts.istio("istiod", args.istio_version).release_args(
                "istiod", system_ns.metadata.name, istiod_values(args), timeout=600
            ),
            opts=child(depends_on=[base]),
        )
        # The mesh-wide default: every sidecar only accepts mutual TLS.
        peer_auth = k8s.apiextensions.CustomResource(
            f"{name}-peer-authentication",
            api_version="security.istio.io/v1",
            kind="PeerAuthentication",
            metadata=k8s.meta.v1.ObjectMetaArgs(name="default", namespace=NS_ISTIO),
            spec=istio.peer_authentication_spec(istio.STRICT),
            opts=child(depends_on=[istiod]),
        )

        self.namespaces = {}
        deny_policies = []
        for ns_name, classification in args.namespaces.items():
            ns = k8s.core.v1.Namespace(
                f"{name}-ns-{ns_name}",
                metadata=k8s.meta.v1.ObjectMetaArgs(name=ns_name, labels=_ns_labels(classification, inject=True)),
                opts=child(),
            )
            self.namespaces[ns_name] = ns
            deny_policies.append(
                k8s.apiextensions.CustomResource(
                    f"{name}-deny-all-{ns_name}",
                    api_version="security.istio.io/v1",
                    kind="AuthorizationPolicy",
                    metadata=k8s.meta.v1.ObjectMetaArgs(name=DENY_ALL_NAME, namespace=ns.metadata.name),
                    spec=istio.deny_all_spec(),
                    opts=child(depends_on=[istiod]),
                )
            )

        for service in args.external_services:
            k8s.apiextensions.CustomResource(
                f"{name}-egress-{service.name}",
                api_version="networking.istio.io/v1",
                kind="ServiceEntry",
                metadata=k8s.meta.v1.ObjectMetaArgs(name=service.name, namespace=NS_ISTIO),
                spec=istio.service_entry_spec(service),
                opts=child(depends_on=[istiod]),
            )

        gateway = k8s.helm.v3.Release(
            f"{name}-gateway",
            charts.istio("gateway", args.istio_version).release_args(
                GATEWAY_RELEASE, ingress_ns.metadata.name, gateway_values(args), timeout=600
            ),
            opts=child(depends_on=[istiod]),
        )
        gw = k8s.apiextensions.CustomResource(
            f"{name}-gateway-tls",
            api_version="networking.istio.io/v1",
            kind="Gateway",
            metadata=k8s.meta.v1.ObjectMetaArgs(name=GATEWAY_NAME, namespace=NS_INGRESS),
            spec=istio.gateway_spec(
                GATEWAY_SELECTOR,
                list(args.gateway_hosts),
                args.gateway_tls_credential_name,
                tls_mode=args.gateway_tls_mode.value,
                min_protocol_version=args.gateway_tls_min_version.value,
            ),
            opts=child(depends_on=[gateway]),
        )

        self.mtls_mode = peer_auth.id.apply(lambda _: istio.STRICT)
        self.namespace_names = pulumi.Output.all(*[ns.metadata.name for ns in self.namespaces.values()])
        self.gateway_ref = gw.id.apply(lambda _: f"{NS_INGRESS}/{GATEWAY_NAME}")
        self.gateway_principal = pulumi.Output.from_input(istio.spiffe_principal(NS_INGRESS, GATEWAY_RELEASE))
        self.ingress_namespace = ingress_ns.metadata.name
        self.register_outputs(
            {
                "mtls_mode": self.mtls_mode,
                "namespace_names": self.namespace_names,
                "gateway_ref": self.gateway_ref,
                "gateway_principal": self.gateway_principal,
                "ingress_namespace": self.ingress_namespace,
            }
        )

    @staticmethod
    def _validate(args: IstioMeshArgs) -> None:
        c = "IstioMesh"
        if not args.namespaces:
            fail(c, "namespaces", dict(args.namespaces), "at least one platform namespace")
        for ns_name, cls in args.namespaces.items():
            check_dns_label(c, "namespaces key", ns_name)
            check_enum(c, f"namespaces[{ns_name!r}]", cls, DataClassification)
            if ns_name in (NS_ISTIO, NS_INGRESS):
                fail(c, "namespaces key", ns_name, f"a platform namespace other than {NS_ISTIO} and {NS_INGRESS}")
        check_enum(c, "gateway_tls_mode", args.gateway_tls_mode, GatewayTlsMode)
        check_enum(c, "gateway_tls_min_version", args.gateway_tls_min_version, TlsMinVersion)
        if args.gateway_service_type is not None:
            check_enum(c, "gateway_service_type", args.gateway_service_type, GatewayServiceType)
        check_enum(c, "outbound_traffic_policy", args.outbound_traffic_policy, OutboundTrafficPolicy)
        names = [e.name for e in args.external_services]
        for n in names:
            check_dns_label(c, "external_services name", n)
        if len(set(names)) != len(names):
            fail(c, "external_services", names, "unique names")
        check_dns_label(c, "gateway_tls_credential_name", args.gateway_tls_credential_name)
        if not args.gateway_hosts:
            fail(c, "gateway_hosts", list(args.gateway_hosts), "at least one host (\"*\" or DNS names)")
        check_positive_int(c, "gateway_min_replicas", args.gateway_min_replicas)
        check_positive_int(c, "gateway_max_replicas", args.gateway_max_replicas)
        if is_known(args.gateway_min_replicas) and is_known(args.gateway_max_replicas) and args.gateway_max_replicas < args.gateway_min_replicas:
            fail(c, "gateway_max_replicas", args.gateway_max_replicas, f">= gateway_min_replicas ({args.gateway_min_replicas})")
        check_positive_int(c, "istiod_replicas", args.istiod_replicas)
        check_positive_int(c, "istiod_max_replicas", args.istiod_max_replicas)
        if is_known(args.istio_version) and not re.match(r"^\d+\.\d+\.\d+$", str(args.istio_version)):
            fail(c, "istio_version", args.istio_version, "an exact chart version such as 1.27.3 (no ranges)")
