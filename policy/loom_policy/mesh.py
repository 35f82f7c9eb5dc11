"""Mesh rules: strict mTLS everywhere, default-deny authorization, no way around the sidecar."""

from __future__ import annotations

from ._k8s import (HELM_RELEASE, NAMESPACE, SYSTEM_NAMESPACES, annotations, dotted, is_kind, labels, name_of,
                   namespace_of, pod_template, walk)
from ._util import (CRITICAL, HIGH, MEDIUM, as_list, config, falsy, get, is_map, resource_policy, schema,
                    stack_policy)

CONCERN = "mesh"
PLATFORM_NAMESPACES = ["loom-serving", "loom-data", "loom-system"]
WEAK_MODES = {"PERMISSIVE", "DISABLE"}
_ISTIO_SECURITY = "security.istio.io"
_ISTIO_NETWORKING = "networking.istio.io"

_namespaces_schema = {
    "type": "array", "items": {"type": "string"}, "default": PLATFORM_NAMESPACES,
    "description": "Namespaces the platform runs in.",
}


# --- mesh-strict-mtls-required (stack) -----------------------------------------------------------
def _mesh_strict(args, report):
    root = config(args, "rootNamespace", "istio-system")
    peer_auths = [r for r in args.resources if is_kind(r.resource_type, _ISTIO_SECURITY, "PeerAuthentication")]
    touches_k8s = any(r.resource_type.startswith("kubernetes:") for r in args.resources)
    if not touches_k8s:
        return
    for r in peer_auths:
        if (namespace_of(r.props) == root and not get(r.props, "spec", "selector")
                and str(get(r.props, "spec", "mtls", "mode", default="")).upper() == "STRICT"):
            return
    report(f"no mesh-wide PeerAuthentication with mtls.mode STRICT (no selector) in namespace '{root}'; "
           f"found {len(peer_auths)} PeerAuthentication(s)")


mesh_strict_mtls = stack_policy(
    "mesh-strict-mtls-required",
    "A mesh-wide PeerAuthentication (root namespace, no selector) must set mTLS mode STRICT.",
    _mesh_strict, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(rootNamespace={"type": "string", "default": "istio-system",
                                        "description": "Istio root namespace (meshConfig.rootNamespace)."}),
    steps="Create PeerAuthentication 'default' in istio-system with spec.mtls.mode: STRICT.",
)


# --- peer-authentication-strict --------------------------------------------------------------------
PORT_EXCEPTIONS = [{
    "namespace": "loom-data", "selectorLabel": "cnpg.io/cluster", "port": 8000,
    "reason": "CloudNativePG's instance-manager status port: the operator (cnpg-system, no sidecar) calls "
              "https://<pod IP>:8000 on every instance; admitted only for requests without a mesh identity",
}]
"""Port-level weakenings a platform team accepts: one port of the pods a workload-selected PeerAuthentication
picks by a label key, in one namespace. Namespace-wide modes and every other port stay STRICT."""


def _port(value) -> int | None:
    """A port number from a map key ("8000") or a config value (8000, or 8000.0 after the protobuf Struct)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None


def _excepted(props, spec, port, exceptions) -> bool:
    match = get(spec, "selector", "matchLabels", default={})
    for ex in as_list(exceptions):
        if (is_map(ex) and namespace_of(props) == ex.get("namespace") and is_map(match)
                and ex.get("selectorLabel") in match and _port(port) is not None and _port(port) == _port(ex.get("port"))):
            return True
    return False


def _peer_auth(args, report):
    if not is_kind(args.resource_type, _ISTIO_SECURITY, "PeerAuthentication"):
        return
    spec = get(args.props, "spec", default={})
    mode = str(get(spec, "mtls", "mode", default="UNSET")).upper()
    if mode in WEAK_MODES:
        report(f"spec.mtls.mode is {mode}; only STRICT (or UNSET, inheriting the mesh-wide STRICT) is allowed")
    exceptions = config(args, "portExceptions", PORT_EXCEPTIONS)
    port_level = get(spec, "portLevelMtls", default={})
    if is_map(port_level):
        for port in port_level:
            pmode = str(get(port_level, port, "mode", default="UNSET")).upper()
            if pmode in WEAK_MODES and not (pmode == "PERMISSIVE" and _excepted(args.props, spec, port, exceptions)):
                report(f"spec.portLevelMtls[{port}].mode is {pmode}; weaker than STRICT")


peer_authentication_strict = resource_policy(
    "peer-authentication-strict",
    "No PeerAuthentication may weaken mTLS below STRICT (PERMISSIVE or DISABLE, also per port), except a "
    "configured port-level PERMISSIVE (portExceptions: CloudNativePG's status port 8000 in loom-data).",
    _peer_auth, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(portExceptions={
        "type": "array", "default": PORT_EXCEPTIONS,
        "description": "Port-level PERMISSIVE accepted on pods selected by a label key in one namespace.",
        "items": {"type": "object", "required": ["namespace", "selectorLabel", "port"],
                  "properties": {"namespace": {"type": "string"}, "selectorLabel": {"type": "string"},
                                 "port": {"type": "integer"}, "reason": {"type": "string"}}}}),
    steps="Remove the override or set its mode to STRICT.",
)


# --- destination-rule-istio-mutual -----------------------------------------------------------------
def _dr_mutual(args, report):
    if not is_kind(args.resource_type, _ISTIO_NETWORKING, "DestinationRule"):
        return
    spec = get(args.props, "spec", default={})
    mode = get(spec, "trafficPolicy", "tls", "mode")
    if mode != "ISTIO_MUTUAL":
        report(f"spec.trafficPolicy.tls.mode is {mode or 'unset'}; must be ISTIO_MUTUAL")
    for i, setting in enumerate(as_list(get(spec, "trafficPolicy", "portLevelSettings"))):
        pmode = get(setting, "tls", "mode")
        if pmode is not None and pmode != "ISTIO_MUTUAL":
            report(f"spec.trafficPolicy.portLevelSettings[{i}].tls.mode is {pmode}; must be ISTIO_MUTUAL")
    for subset in as_list(get(spec, "subsets")):
        smode = get(subset, "trafficPolicy", "tls", "mode")
        if smode is not None and smode != "ISTIO_MUTUAL":
            report(f"subset '{get(subset, 'name')}' overrides tls.mode to {smode}; must be ISTIO_MUTUAL")


destination_rule_istio_mutual = resource_policy(
    "destination-rule-istio-mutual",
    "Every DestinationRule must use tls.mode ISTIO_MUTUAL (including port-level settings and subsets).",
    _dr_mutual, concern=CONCERN, severity=HIGH,
    steps="Set spec.trafficPolicy.tls.mode: ISTIO_MUTUAL.",
)


# --- namespace-default-deny (stack) ----------------------------------------------------------------
def _is_default_deny(props) -> bool:
    spec = get(props, "spec", default={})
    if get(spec, "selector") or get(spec, "targetRef") or get(spec, "targetRefs"):
        return False
    action = str(get(spec, "action", default="ALLOW")).upper()
    rules = as_list(get(spec, "rules"))
    if action == "ALLOW":
        return not rules  # ALLOW with no rules matches nothing: everything is denied
    if action == "DENY":
        return any(is_map(r) and len(r) == 0 for r in rules)  # DENY with an empty rule matches all
    return False


def _default_deny(args, report):
    wanted = config(args, "namespaces", PLATFORM_NAMESPACES)
    present: set[str] = set()
    for r in args.resources:
        if r.resource_type == NAMESPACE:
            present.add(name_of(r.props, r.name))
        elif r.resource_type.startswith("kubernetes:") and get(r.props, "metadata", "namespace"):
            present.add(get(r.props, "metadata", "namespace"))
    denied = {
        namespace_of(r.props)
        for r in args.resources
        if is_kind(r.resource_type, _ISTIO_SECURITY, "AuthorizationPolicy") and _is_default_deny(r.props)
    }
    for ns in wanted:
        if ns in present and ns not in denied:
            ns_urn = next((r.urn for r in args.resources
                           if r.resource_type == NAMESPACE and name_of(r.props, r.name) == ns), None)
            report(f"namespace '{ns}' has no default-deny AuthorizationPolicy (spec: {{}})", ns_urn)


namespace_default_deny = stack_policy(
    "namespace-default-deny",
    "Every platform namespace must have a default-deny AuthorizationPolicy (empty spec, no selector).",
    _default_deny, concern=CONCERN, severity=HIGH,
    config_schema=schema(namespaces=_namespaces_schema),
    steps="Add an AuthorizationPolicy with `spec: {}` in the namespace, then explicit ALLOW policies.",
)


# --- authorization-policy-no-allow-all --------------------------------------------------------------
def _no_allow_all(args, report):
    if not is_kind(args.resource_type, _ISTIO_SECURITY, "AuthorizationPolicy"):
        return
    spec = get(args.props, "spec", default={})
    if str(get(spec, "action", default="ALLOW")).upper() != "ALLOW":
        return
    for i, rule in enumerate(as_list(get(spec, "rules"))):
        if is_map(rule) and not get(rule, "from") and not get(rule, "to") and not get(rule, "when"):
            report(f"spec.rules[{i}] is empty: an ALLOW rule with no from/to/when allows every request")


authorization_policy_no_allow_all = resource_policy(
    "authorization-policy-no-allow-all",
    "No ALLOW AuthorizationPolicy may contain an empty rule (which allows everything).",
    _no_allow_all, concern=CONCERN, severity=HIGH,
    steps="Name the allowed principals (from.source.principals) and operations (to.operation).",
)


# --- no-sidecar-opt-out -------------------------------------------------------------------------
_INJECT = "sidecar.istio.io/inject"
# Outside the mesh by design: Kubernetes' own namespaces, and the monitoring namespace, whose
# prometheus-adapter is an aggregated API server called by the kube-apiserver (not a mesh client; the
# same role metrics-server plays in kube-system) and whose Prometheus scrapes Istio's plaintext
# merged-metrics port. It holds metrics, no platform data; the other workload rules still apply there.
OUT_OF_MESH_NAMESPACES = [*SYSTEM_NAMESPACES, "loom-monitoring"]


def _no_opt_out(args, report):
    exempt = config(args, "exemptNamespaces", OUT_OF_MESH_NAMESPACES)
    if args.resource_type == NAMESPACE:
        ns = name_of(args.props, args.name)
        if ns in exempt:
            return
        meta = get(args.props, "metadata", default={})
        if str(get(labels(meta), "istio-injection", default="")).lower() == "disabled":
            report(f"namespace '{ns}' sets istio-injection: disabled")
        return
    if args.resource_type == HELM_RELEASE:
        if get(args.props, "namespace", default="default") in exempt:
            return
        for path, node in walk(get(args.props, "values", default={})):
            if path and path[-1] == _INJECT and falsy(node):
                report(f"Helm values.{dotted(path)}: \"false\" opts the chart's pods out of the mesh")
        return
    pod = pod_template(args.resource_type, args.props)
    if pod is None or namespace_of(args.props) in exempt:
        return
    meta, _ = pod
    for where, bag in (("annotation", annotations(meta)), ("label", labels(meta))):
        if falsy(get(bag, _INJECT)):
            report(f"pod template {where} {_INJECT}: \"false\" opts out of the mesh (no mTLS, no authorization)")


no_sidecar_opt_out = resource_policy(
    "no-sidecar-opt-out",
    "No workload, namespace or Helm release may opt out of Istio sidecar injection.",
    _no_opt_out, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces={"type": "array", "items": {"type": "string"},
                                           "default": OUT_OF_MESH_NAMESPACES,
                                           "description": "Namespaces outside the mesh by design (Kubernetes' "
                                                          "own, and monitoring: aggregated API server)."}),
    steps=f"Remove the {_INJECT}: \"false\" annotation/label.",
)


# --- platform-namespace-injection -----------------------------------------------------------------
def _injection_enabled(args, report):
    if args.resource_type != NAMESPACE:
        return
    ns = name_of(args.props, args.name)
    if ns not in config(args, "namespaces", PLATFORM_NAMESPACES):
        return
    lbl = labels(get(args.props, "metadata", default={}))
    if str(get(lbl, "istio-injection", default="")).lower() != "enabled" and not get(lbl, "istio.io/rev"):
        report(f"namespace '{ns}' lacks label istio-injection: enabled (or istio.io/rev)")


platform_namespace_injection = resource_policy(
    "platform-namespace-injection",
    "Platform namespaces must be labelled for sidecar injection (istio-injection: enabled or istio.io/rev).",
    _injection_enabled, concern=CONCERN, severity=MEDIUM,
    config_schema=schema(namespaces=_namespaces_schema),
    steps="Label the namespace istio-injection: enabled.",
)

POLICIES = [
    mesh_strict_mtls,
    peer_authentication_strict,
    destination_rule_istio_mutual,
    namespace_default_deny,
    authorization_policy_no_allow_all,
    no_sidecar_opt_out,
    platform_namespace_injection,
]
