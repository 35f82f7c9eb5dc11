"""Services and ingress: the mesh ingress gateway is the only way in. No LoadBalancer or NodePort
Service but the gateway's, no `externalIPs` (CVE-2020-8554: any user who can set them intercepts
traffic to those IPs), and no Ingress or Gateway API route that reaches platform services around the
mesh gateway. Typed Services, their patches, and Helm values (v3 Release, v4 Chart) alike."""

from __future__ import annotations

from ._k8s import (PLATFORM_NAMESPACES, dotted, helm_nodes, helm_release, is_helm, is_patch, k8s_type, labels,
                   name_of, namespace_of)
from ._util import HIGH, as_list, as_map, config, get, is_map, matches_any, resource_policy, schema, string_list, text

CONCERN = "network"
_GATEWAY_LABELS = {("istio", "ingressgateway"), ("app", "istio-ingressgateway")}
_GATEWAY_CHARTS = {"gateway", "istio-ingress", "istio-ingressgateway"}
_gateway_ns_schema = string_list(["istio-ingress"], "Namespaces (globs) the mesh ingress gateway runs in.")


def _is_gateway_service(args, ns: str, meta, selector) -> bool:
    return matches_any(ns, config(args, "gatewayNamespaces", ["istio-ingress"])) and any(
        str(get(bag, k)) == v for k, v in _GATEWAY_LABELS for bag in (labels(meta), as_map(selector)))


def _is_gateway_release(args, props, fallback) -> bool:
    ns, _, chart = helm_release(props, fallback)
    return matches_any(ns, config(args, "gatewayNamespaces", ["istio-ingress"])) and chart in _GATEWAY_CHARTS


def _service(args):
    t = k8s_type(args.resource_type)
    return t is not None and t.kind == "Service" and t.group == "core"


# --- loadbalancer-only-mesh-gateway -----------------------------------------------------------------
def _lb(args, report, unknowns):
    allowed = config(args, "allowedServices", [])
    if _service(args):
        with unknowns.guard():
            if get(args.props, "spec", "type") != "LoadBalancer":
                return
            ns, name = namespace_of(args.props, args.provider), name_of(args.props, args.name)
            if _is_gateway_service(args, ns, get(args.props, "metadata"), get(args.props, "spec", "selector")):
                return
            if not matches_any(f"{ns}/{name}", allowed):
                report(f"Service {ns}/{name} is type LoadBalancer; only the mesh ingress gateway may be")
    elif is_helm(args.resource_type):
        ns, name, _ = helm_release(args.props, args.name)
        if _is_gateway_release(args, args.props, args.name) or matches_any(f"{ns}/{name}", allowed):
            return
        for label, path, node in helm_nodes(args.props, unknowns):
            if path[-1] == "type" and node == "LoadBalancer":
                report(f"Helm release {ns}/{name} sets {label}.{dotted(path)}: LoadBalancer; "
                       "only the mesh ingress gateway may be exposed")


loadbalancer_only_mesh_gateway = resource_policy(
    "loadbalancer-only-mesh-gateway",
    "Only the Istio ingress gateway may be a LoadBalancer Service (typed Services, patches and Helm values).",
    _lb, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        gatewayNamespaces=_gateway_ns_schema,
        allowedServices=string_list([], "Extra 'namespace/name' Services or Helm releases allowed a LoadBalancer.")),
    steps="Use ClusterIP and route through the mesh gateway (VirtualService).",
)


# --- no-nodeport-or-external-ips ---------------------------------------------------------------------
def _nodeport(args, report, unknowns):
    allowed = config(args, "allowedServices", [])
    if _service(args):
        ns, name = namespace_of(args.props, args.provider), name_of(args.props, args.name)
        with unknowns.guard():
            ips = [ip for ip in as_list(get(args.props, "spec", "externalIPs")) if ip]
            if ips:
                report(f"Service {ns}/{name} sets spec.externalIPs {ips}: any user who may set them can intercept "
                       "traffic to those addresses (CVE-2020-8554)")
        with unknowns.guard():
            if get(args.props, "spec", "type") != "NodePort" or matches_any(f"{ns}/{name}", allowed):
                return
            if _is_gateway_service(args, ns, get(args.props, "metadata"), get(args.props, "spec", "selector")):
                return
            report(f"Service {ns}/{name} is type NodePort: it opens a port on every node, around the mesh gateway")
    elif is_helm(args.resource_type):
        ns, name, _ = helm_release(args.props, args.name)
        gateway = _is_gateway_release(args, args.props, args.name) or matches_any(f"{ns}/{name}", allowed)
        for label, path, node in helm_nodes(args.props, unknowns):
            if path[-1] == "type" and node == "NodePort" and not gateway:
                report(f"Helm release {ns}/{name} sets {label}.{dotted(path)}: NodePort")
            elif path[-1] == "externalIPs" and as_list(node):
                report(f"Helm release {ns}/{name} sets {label}.{dotted(path)} (CVE-2020-8554)")


no_nodeport_or_external_ips = resource_policy(
    "no-nodeport-or-external-ips",
    "No NodePort Service (except a listed gateway) and no Service externalIPs.",
    _nodeport, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        gatewayNamespaces=_gateway_ns_schema,
        allowedServices=string_list([], "Extra 'namespace/name' Services or Helm releases allowed a NodePort.")),
    steps="Use ClusterIP behind the mesh gateway; never set externalIPs (deny them cluster-wide).",
)


# --- ingress-through-mesh-gateway ------------------------------------------------------------------
_ROUTES = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"}


def _ingress(args, report, unknowns):
    t = k8s_type(args.resource_type)
    if t is None:
        return
    ns = namespace_of(args.props, args.provider)
    if not matches_any(ns, config(args, "namespaces", PLATFORM_NAMESPACES)):
        return
    name = name_of(args.props, args.name)
    if t.kind == "Ingress" and t.group in ("networking.k8s.io", "extensions"):
        with unknowns.guard():
            cls = text(get(args.props, "spec", "ingressClassName")) or text(
                get(args.props, "metadata", "annotations", "kubernetes.io/ingress.class"))
            if not cls and is_patch(args.resource_type):
                return
            if cls not in config(args, "meshIngressClasses", ["istio"]):
                report(f"Ingress {ns}/{name} (class {cls or 'cluster default'}) routes straight to platform services "
                       "around the mesh ingress gateway")
    elif t.kind in _ROUTES and t.group == "gateway.networking.k8s.io":
        gw_ns = config(args, "gatewayNamespaces", ["istio-ingress"])
        for i, ref in enumerate(as_list(get(args.props, "spec", "parentRefs"))):
            with unknowns.guard():
                if not is_map(ref) or text(get(ref, "kind")) not in ("", "Gateway"):
                    continue  # a Service parent (GAMMA) is mesh routing, not ingress
                ref_ns = text(get(ref, "namespace")) or ns
                if not matches_any(ref_ns, gw_ns):
                    report(f"{t.kind} {ns}/{name} spec.parentRefs[{i}] attaches to Gateway {ref_ns}/"
                           f"{text(get(ref, 'name'))}, not to the mesh ingress gateway")


ingress_through_mesh_gateway = resource_policy(
    "ingress-through-mesh-gateway",
    "Platform services are reached from outside only through the mesh ingress gateway: no Ingress of another "
    "class and no Gateway API route attached to another Gateway in platform namespaces.",
    _ingress, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        namespaces=string_list(PLATFORM_NAMESPACES, "Namespaces (globs) whose services only the mesh gateway exposes."),
        meshIngressClasses=string_list(["istio"], "IngressClass names served by the mesh gateway."),
        gatewayNamespaces=_gateway_ns_schema),
    steps="Route through the mesh gateway (Gateway + VirtualService, or ingressClassName: istio).",
)

POLICIES = [loadbalancer_only_mesh_gateway, no_nodeport_or_external_ips, ingress_through_mesh_gateway]
