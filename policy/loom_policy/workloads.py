"""Workload rules: hardened pods, pinned images, no bare pods, one public entry point, classified data."""

from __future__ import annotations

import re

from ._k8s import (HELM_RELEASE, NAMESPACE, POD, SERVICE, SYSTEM_NAMESPACES, WORKLOADS, containers, dotted,
                   labels, name_of, namespace_of, pod_template, walk)
from ._util import (CRITICAL, HIGH, MEDIUM, as_list, config, get, is_map, number, resource_policy,
                    schema, truthy)

CONCERN = "workloads"
CLASSIFICATION_KEY = "loom.io/data-classification"
CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"]
_DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")


def _pods(args):
    """(metadata, spec) of the pod template, or None (not a workload, or in an exempt namespace)."""
    if args.resource_type not in WORKLOADS:
        return None
    if namespace_of(args.props) in config(args, "exemptNamespaces", SYSTEM_NAMESPACES):
        return None
    return pod_template(args.resource_type, args.props)


_exempt_schema = {"type": "array", "items": {"type": "string"}, "default": SYSTEM_NAMESPACES,
                  "description": "Namespaces this rule skips."}


def _cname(c) -> str:
    return get(c, "name", default="?")


# --- workload-run-as-non-root -------------------------------------------------------------------
def _non_root(args, report):
    pod = _pods(args)
    if pod is None:
        return
    _, spec = pod
    pod_sc = get(spec, "securityContext", default={})
    if number(get(pod_sc, "runAsUser")) == 0:
        report("spec.securityContext.runAsUser is 0 (root)")
    pod_ok = truthy(get(pod_sc, "runAsNonRoot")) or (number(get(pod_sc, "runAsUser"), 0) or 0) > 0
    for c in containers(spec):
        sc = get(c, "securityContext", default={})
        uid = number(get(sc, "runAsUser"))
        if uid == 0:
            report(f"container '{_cname(c)}' runs as UID 0 (root)")
            continue
        explicit_no = get(sc, "runAsNonRoot") is False
        ok = truthy(get(sc, "runAsNonRoot")) or (uid or 0) > 0 or (pod_ok and not explicit_no)
        if not ok:
            report(f"container '{_cname(c)}' may run as root: set runAsNonRoot: true "
                   "(pod or container securityContext) or a non-zero runAsUser")


workload_run_as_non_root = resource_policy(
    "workload-run-as-non-root",
    "Every container must run as a non-root user (runAsNonRoot: true or a non-zero runAsUser).",
    _non_root, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Set spec.securityContext.runAsNonRoot: true and runAsUser to the image's unprivileged UID.",
)


# --- no-privileged-containers -------------------------------------------------------------------
_DANGEROUS_CAPS = {"SYS_ADMIN", "ALL", "NET_ADMIN", "SYS_MODULE", "SYS_PTRACE"}


def _privileged(args, report):
    pod = _pods(args)
    if pod is None:
        return
    for c in containers(pod[1]):
        sc = get(c, "securityContext", default={})
        if truthy(get(sc, "privileged")):
            report(f"container '{_cname(c)}' is privileged")
        added = {str(x).upper() for x in as_list(get(sc, "capabilities", "add"))}
        if added & _DANGEROUS_CAPS:
            report(f"container '{_cname(c)}' adds capabilities {sorted(added & _DANGEROUS_CAPS)}")


no_privileged_containers = resource_policy(
    "no-privileged-containers",
    "No container may run privileged or add host-level capabilities (SYS_ADMIN, NET_ADMIN, ALL, ...).",
    _privileged, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Remove securityContext.privileged and the added capabilities.",
)


# --- no-privilege-escalation (remediable) ---------------------------------------------------------
def _escalation(args, report):
    pod = _pods(args)
    if pod is None:
        return
    for c in containers(pod[1]):
        if get(c, "securityContext", "allowPrivilegeEscalation") is not False:
            report(f"container '{_cname(c)}' does not set securityContext.allowPrivilegeEscalation: false")


def _fix_escalation(args):
    """Safe fix: setting allowPrivilegeEscalation false only removes setuid/file-capability gains."""
    pod = _pods(args)
    if pod is None:
        return None
    changed = False
    for c in containers(pod[1]):
        if get(c, "securityContext", "allowPrivilegeEscalation") is not False:
            if not is_map(get(c, "securityContext")):
                c["securityContext"] = {}
            c["securityContext"]["allowPrivilegeEscalation"] = False
            changed = True
    return args.props if changed else None


no_privilege_escalation = resource_policy(
    "no-privilege-escalation",
    "Every container must set allowPrivilegeEscalation: false (the Kubernetes default is true).",
    _escalation, concern=CONCERN, severity=HIGH, remediate=_fix_escalation,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Set securityContext.allowPrivilegeEscalation: false; enforcement 'remediate' does it for you.",
)


# --- resource-requests-and-limits ---------------------------------------------------------------
def _resources(args, report):
    pod = _pods(args)
    if pod is None:
        return
    need_req = config(args, "requiredRequests", ["cpu", "memory"])
    need_lim = config(args, "requiredLimits", ["memory"])
    for key in ("containers", "initContainers"):
        for c in as_list(get(pod[1], key)):
            res = get(c, "resources", default={})
            missing = [f"requests.{r}" for r in need_req if get(res, "requests", r) is None]
            missing += [f"limits.{r}" for r in need_lim if get(res, "limits", r) is None]
            if missing:
                report(f"container '{_cname(c)}' lacks resources {', '.join(missing)}")


resource_requests_and_limits = resource_policy(
    "resource-requests-and-limits",
    "Every container must declare resource requests and limits (by default requests cpu+memory, limit memory).",
    _resources, concern=CONCERN, severity=MEDIUM,
    config_schema=schema(
        requiredRequests={"type": "array", "items": {"type": "string"}, "default": ["cpu", "memory"],
                          "description": "Resources every container must request."},
        requiredLimits={"type": "array", "items": {"type": "string"}, "default": ["memory"],
                        "description": "Resources every container must limit (CPU limits throttle latency-"
                                       "sensitive inference, so they are opt-in)."},
        exemptNamespaces=_exempt_schema),
    steps="Set resources.requests and resources.limits on every container.",
)


# --- image-pinned-by-digest / no-latest-tag ---------------------------------------------------------
def _images(args):
    pod = _pods(args)
    if pod is None:
        return []
    return [(c, str(get(c, "image", default=""))) for c in containers(pod[1])]


def _digest(args, report):
    for c, image in _images(args):
        if not _DIGEST.search(image):
            report(f"container '{_cname(c)}' image '{image}' is not pinned by digest (repo@sha256:...)")


image_pinned_by_digest = resource_policy(
    "image-pinned-by-digest",
    "Every container image must be pinned by digest (repo@sha256:...); enforcement is set per stack.",
    _digest, concern=CONCERN, severity=MEDIUM,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Resolve the tag to its digest (crane digest IMAGE) and use repo@sha256:<digest>.",
)


def _tag_of(image: str) -> str | None:
    ref = image.split("@", 1)[0]
    last = ref.rsplit("/", 1)[-1]
    return last.split(":", 1)[1] if ":" in last else None


def _latest(args, report):
    for c, image in _images(args):
        if "@" in image:
            continue
        tag = _tag_of(image)
        if tag is None or tag == "latest":
            report(f"container '{_cname(c)}' image '{image}' uses the mutable 'latest' tag")


no_latest_tag = resource_policy(
    "no-latest-tag",
    "No container image may use the 'latest' tag or omit the tag.",
    _latest, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Pin a version tag, better a digest.",
)


# --- no-bare-pods -----------------------------------------------------------------------------------
def _bare(args, report):
    if args.resource_type == POD:
        report("a bare Pod is not rescheduled on node failure; use a Deployment, StatefulSet or Job")


no_bare_pods = resource_policy(
    "no-bare-pods",
    "Pods must be owned by a controller (Deployment, StatefulSet, DaemonSet, Job, CronJob).",
    _bare, concern=CONCERN, severity=MEDIUM,
)


# --- no-host-namespaces -----------------------------------------------------------------------------
def _host_ns(args, report):
    pod = _pods(args)
    if pod is None:
        return
    for key in ("hostNetwork", "hostPID", "hostIPC"):
        if truthy(get(pod[1], key)):
            report(f"spec.{key} is true: the pod shares the node's namespace")
    for v in as_list(get(pod[1], "volumes")):
        if get(v, "hostPath"):
            report(f"volume '{get(v, 'name')}' mounts hostPath {get(v, 'hostPath', 'path')}")


no_host_namespaces = resource_policy(
    "no-host-namespaces",
    "Pods may not share the node's network, PID or IPC namespace, nor mount hostPath volumes.",
    _host_ns, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces=_exempt_schema),
)


# --- loadbalancer-only-mesh-gateway -----------------------------------------------------------------
_GATEWAY_LABELS = {("istio", "ingressgateway"), ("app", "istio-ingressgateway")}
_GATEWAY_CHARTS = {"gateway", "istio/gateway", "istio-ingress", "istio-ingressgateway"}


def _lb(args, report):
    gw_ns = config(args, "gatewayNamespaces", ["istio-ingress"])
    allowed = config(args, "allowedServices", [])
    if args.resource_type == SERVICE:
        if get(args.props, "spec", "type") != "LoadBalancer":
            return
        ns, name = namespace_of(args.props), name_of(args.props, args.name)
        meta = get(args.props, "metadata", default={})
        selector = get(args.props, "spec", "selector", default={})
        is_gateway = ns in gw_ns and any(
            str(get(bag, k)) == v for k, v in _GATEWAY_LABELS for bag in (labels(meta), selector))
        if not is_gateway and f"{ns}/{name}" not in allowed:
            report(f"Service {ns}/{name} is type LoadBalancer; only the mesh ingress gateway may be")
    elif args.resource_type == HELM_RELEASE:
        ns = get(args.props, "namespace", default="default")
        name = get(args.props, "name", default=args.name)
        chart = str(get(args.props, "chart", default="")).rsplit("/", 1)[-1]
        if (ns in gw_ns and chart in {c.rsplit("/", 1)[-1] for c in _GATEWAY_CHARTS}) or f"{ns}/{name}" in allowed:
            return
        for path, node in walk(get(args.props, "values", default={})):
            if path and path[-1] == "type" and node == "LoadBalancer":
                report(f"Helm release {ns}/{name} sets values.{dotted(path)}: LoadBalancer; "
                       "only the mesh ingress gateway may be exposed")


loadbalancer_only_mesh_gateway = resource_policy(
    "loadbalancer-only-mesh-gateway",
    "Only the Istio ingress gateway may be a LoadBalancer Service (typed Services and Helm values).",
    _lb, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        gatewayNamespaces={"type": "array", "items": {"type": "string"}, "default": ["istio-ingress"],
                           "description": "Namespaces the mesh gateway runs in."},
        allowedServices={"type": "array", "items": {"type": "string"}, "default": [],
                         "description": "Extra 'namespace/name' Services or Helm releases allowed a LoadBalancer."}),
    steps="Use ClusterIP and route through the mesh gateway (VirtualService).",
)


# --- data-classification-label (remediable) ----------------------------------------------------------
def _classification_targets(args):
    """(where, labels-holder) pairs that must carry the label; empty when the rule does not apply."""
    exempt = config(args, "exemptNamespaces", SYSTEM_NAMESPACES)
    if args.resource_type == NAMESPACE:
        if name_of(args.props, args.name) in exempt:
            return []
        return [("metadata", get(args.props, "metadata"))]
    pod = _pods(args)
    if pod is None:
        return []
    out = [("metadata", get(args.props, "metadata"))]
    if args.resource_type != POD:
        out.append(("pod template metadata", pod[0]))
    return out


def _classification(args, report):
    allowed = config(args, "allowedValues", CLASSIFICATIONS)
    for where, meta in _classification_targets(args):
        value = get(meta, "labels", CLASSIFICATION_KEY)
        if value is None:
            report(f"{where} lacks label {CLASSIFICATION_KEY} (one of {', '.join(allowed)})")
        elif value not in allowed:
            report(f"{where} label {CLASSIFICATION_KEY}={value!r} is not one of {', '.join(allowed)}")


def _fix_classification(args):
    """Adds the configured default class where the label is missing; never changes a present value."""
    default = config(args, "defaultValue", "internal")
    changed = False
    for _, meta in _classification_targets(args):
        if not is_map(meta):
            continue
        if not is_map(get(meta, "labels")):
            meta["labels"] = {}
        if get(meta, "labels", CLASSIFICATION_KEY) is None:
            meta["labels"][CLASSIFICATION_KEY] = default
            changed = True
    return args.props if changed else None


data_classification_label = resource_policy(
    "data-classification-label",
    f"Namespaces, workloads and their pod templates must carry {CLASSIFICATION_KEY} "
    "(public|internal|confidential|restricted).",
    _classification, concern=CONCERN, severity=MEDIUM, remediate=_fix_classification,
    config_schema=schema(
        allowedValues={"type": "array", "items": {"type": "string"}, "default": CLASSIFICATIONS,
                       "description": "Allowed classification values."},
        defaultValue={"type": "string", "enum": CLASSIFICATIONS, "default": "internal",
                      "description": "Value the remediation adds where the label is missing."},
        exemptNamespaces=_exempt_schema),
    steps=f"Add label {CLASSIFICATION_KEY}; enforcement 'remediate' adds the configured default value.",
)


POLICIES = [
    workload_run_as_non_root,
    no_privileged_containers,
    no_privilege_escalation,
    resource_requests_and_limits,
    image_pinned_by_digest,
    no_latest_tag,
    no_bare_pods,
    no_host_namespaces,
    loadbalancer_only_mesh_gateway,
    data_classification_label,
]


