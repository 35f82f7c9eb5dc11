"""Mesh rules from Istio's own semantics and its security best practices
(istio.io/latest/docs/ops/best-practices/security): strict mutual TLS everywhere, default-deny
authorization with ALLOW-with-positive-matching, no way around the sidecar, TLS-only gateways,
EnvoyFilter by exception, REGISTRY_ONLY egress.

Every Istio object is recognised in any version and through any type (typed-looking CustomResource,
CustomResourcePatch); injection follows the sidecar injector exactly (pkg/kube/inject: the
`sidecar.istio.io/inject` label wins over the annotation; only y/yes/true/on (any case) inject, any
other non-empty value opts out; the namespace webhook matches `istio-injection=enabled` exactly, or
`istio.io/rev` when `istio-injection` is absent).
"""

from __future__ import annotations

import json
from typing import Any

from ._k8s import (ISTIO_NETWORKING, ISTIO_SECURITY, PLATFORM_NAMESPACES, SYSTEM_NAMESPACES, annotations_of, dotted,
                   helm_nodes, helm_release, helm_trees, is_helm, is_kind, is_patch, k8s_type, kind_of, labels, name_of,
                   namespace_of, parse_yaml, pod_template)
from ._util import (CRITICAL, HIGH, MEDIUM, as_list, as_map, config, get, is_list, is_map, matches_any,
                    resource_policy, schema, stack_policy, string_list, text, truthy)

CONCERN = "mesh"
WEAK_MODES = {"PERMISSIVE", "DISABLE"}
_INJECT = "sidecar.istio.io/inject"
_INJECT_YES = {"y", "yes", "true", "on"}
_root_schema = {"type": "string", "default": "istio-system",
                "description": "Istio root namespace (meshConfig.rootNamespace): mesh-wide policies live there."}
_namespaces_schema = string_list(PLATFORM_NAMESPACES, "Namespaces the platform runs in.")
# Outside the mesh by design: Kubernetes' own namespaces, and the monitoring namespace, whose
# prometheus-adapter is an aggregated API server called by the kube-apiserver (not a mesh client; the
# same role metrics-server plays in kube-system) and whose Prometheus scrapes Istio's plaintext
# merged-metrics port. It holds metrics, no platform data; the other workload rules still apply there.
OUT_OF_MESH_NAMESPACES = [*SYSTEM_NAMESPACES, "loom-monitoring"]


def _upper(value: Any, default: str = "") -> str:
    return str(value).upper() if isinstance(value, str) else default


def _objects(resources, group: str, kind: str):
    return [r for r in resources if is_kind(r.resource_type, group, kind)]


def _ns(r) -> str:
    return namespace_of(r.props, r.provider)


# --- mesh-strict-mtls-required (stack) -----------------------------------------------------------
def _mesh_strict(args, report, unknowns):
    if not any(r.resource_type.startswith("kubernetes:") for r in args.resources):
        return
    root = config(args, "rootNamespace", "istio-system")
    strict, undecided = False, False
    found = _objects(args.resources, ISTIO_SECURITY, "PeerAuthentication")
    for r in found:
        with unknowns.guard(r) as g:
            if _ns(r) != root or get(r.props, "spec", "selector"):
                continue
            mode = _upper(get(r.props, "spec", "mtls", "mode"), "UNSET")
            if mode == "STRICT":
                strict = True
            elif mode in WEAK_MODES:
                report(f"mesh-wide PeerAuthentication {root}/{name_of(r.props, r.name)} sets mtls.mode {mode}", r.urn)
        undecided = undecided or g.unknown
    if not strict and not undecided:
        report(f"no mesh-wide PeerAuthentication with mtls.mode STRICT (no selector) in namespace '{root}'; "
               f"found {len(found)} PeerAuthentication(s)")


mesh_strict_mtls = stack_policy(
    "mesh-strict-mtls-required",
    "A mesh-wide PeerAuthentication (root namespace, no selector) must set mTLS mode STRICT.",
    _mesh_strict, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(rootNamespace=_root_schema),
    steps="Create PeerAuthentication 'default' in istio-system with spec.mtls.mode: STRICT.",
)


# --- peer-authentication-strict ------------------------------------------------------------------
def _peer_auth(args, report, unknowns):
    if is_helm(args.resource_type):
        ns, name, _ = helm_release(args.props, args.name)
        for label, path, node in helm_nodes(args.props, unknowns):
            # values that configure a PeerAuthentication-like mTLS mode below STRICT
            if isinstance(path[-1], str) and path[-1].lower() in ("mtls", "peerauthentication") and is_map(node):
                mode = _upper(get(node, "mode"))
                if mode in WEAK_MODES:
                    report(f"Helm release {ns}/{name} {label}.{dotted(path)}.mode: {mode} weakens mutual TLS")
        return
    if not is_kind(args.resource_type, ISTIO_SECURITY, "PeerAuthentication"):
        return
    spec = as_map(get(args.props, "spec"))
    with unknowns.guard():
        mode = _upper(get(spec, "mtls", "mode"), "UNSET")
        if mode in WEAK_MODES:
            report(f"spec.mtls.mode is {mode}; only STRICT (or UNSET, inheriting the mesh-wide STRICT) is allowed")
    port_level = get(spec, "portLevelMtls")
    ref = f"{namespace_of(args.props, args.provider)}/{name_of(args.props, args.name)}"
    reviewed = config(args, "allowedPortOverrides", [])
    if is_map(port_level):
        for port in port_level:
            with unknowns.guard():
                pmode = _upper(get(port_level, port, "mode"), "UNSET")
                if pmode in WEAK_MODES and not (pmode == "PERMISSIVE" and get(spec, "selector") and matches_any(f"{ref}:{port}", reviewed)):
                    report(f"spec.portLevelMtls[{port}].mode is {pmode}; weaker than STRICT")


peer_authentication_strict = resource_policy(
    "peer-authentication-strict",
    "No PeerAuthentication (any type, also per port, also in Helm values) may weaken mTLS below STRICT.",
    _peer_auth, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(allowedPortOverrides=string_list(
        [], "Reviewed port-level exceptions of workload-scoped PeerAuthentications, as 'namespace/name:port' globs "
            "(e.g. a status port an operator outside the mesh polls). The policy-wide mode is never exempt.")),
    steps="Remove the override or set its mode to STRICT.",
)


# --- destination-rule-istio-mutual (stack) --------------------------------------------------------
def _external_hosts(args, unknowns) -> list[str]:
    hosts = list(config(args, "externalHosts", []))
    for r in _objects(args.resources, ISTIO_NETWORKING, "ServiceEntry"):
        with unknowns.guard(r):
            if _upper(get(r.props, "spec", "location"), "MESH_EXTERNAL") == "MESH_EXTERNAL":
                hosts += [h for h in as_list(get(r.props, "spec", "hosts")) if isinstance(h, str)]
    return hosts


def _tls_settings(spec):
    yield "spec.trafficPolicy.tls", get(spec, "trafficPolicy", "tls"), True
    for i, setting in enumerate(as_list(get(spec, "trafficPolicy", "portLevelSettings"))):
        yield f"spec.trafficPolicy.portLevelSettings[{i}].tls", get(setting, "tls"), False
    for subset in as_list(get(spec, "subsets")):
        sname = text(get(subset, "name")) or "?"
        yield f"subset '{sname}' trafficPolicy.tls", get(subset, "trafficPolicy", "tls"), False
        for i, setting in enumerate(as_list(get(subset, "trafficPolicy", "portLevelSettings"))):
            yield f"subset '{sname}' portLevelSettings[{i}].tls", get(setting, "tls"), False


def _dr_mutual(args, report, unknowns):
    external = _external_hosts(args, unknowns)
    for r in _objects(args.resources, ISTIO_NETWORKING, "DestinationRule"):
        with unknowns.guard(r):
            spec = as_map(get(r.props, "spec"))
            host = text(get(spec, "host"))
            outside = bool(host) and matches_any(host, external)
            patch = is_patch(r.resource_type)
            for where, tls, required in _tls_settings(spec):
                mode = _upper(get(tls, "mode")) or None
                if outside:
                    if truthy(get(tls, "insecureSkipVerify")):
                        report(f"DestinationRule '{r.name}' {where}.insecureSkipVerify: TLS origination to "
                               f"{host} does not verify the server certificate", r.urn)
                    continue
                if mode is None and (not required or patch):
                    continue
                if mode != "ISTIO_MUTUAL":
                    report(f"DestinationRule '{r.name}' {where}.mode is {mode or 'unset'} for in-mesh host '{host}'; "
                           "must be ISTIO_MUTUAL (SIMPLE/MUTUAL only towards a declared MESH_EXTERNAL host)", r.urn)


destination_rule_istio_mutual = stack_policy(
    "destination-rule-istio-mutual",
    "DestinationRules towards in-mesh hosts must use tls.mode ISTIO_MUTUAL (also per port and subset); TLS "
    "origination (SIMPLE/MUTUAL) only towards MESH_EXTERNAL ServiceEntry hosts, always verifying the server.",
    _dr_mutual, concern=CONCERN, severity=HIGH,
    config_schema=schema(externalHosts=string_list([], "Extra external hosts (globs) declared outside this stack.")),
    steps="Set spec.trafficPolicy.tls.mode: ISTIO_MUTUAL, or declare the external host in a ServiceEntry.",
)


# --- namespace-default-deny (stack) ----------------------------------------------------------------
def _is_default_deny(props) -> bool:
    spec = as_map(get(props, "spec"))
    if get(spec, "selector") or get(spec, "targetRef") or get(spec, "targetRefs"):
        return False
    action = _upper(get(spec, "action"), "ALLOW")
    rules = as_list(get(spec, "rules"))
    if action == "ALLOW":
        return not rules  # ALLOW with no rules matches nothing: everything is denied
    if action == "DENY":
        return any(is_map(r) and len(r) == 0 for r in rules)  # DENY with an empty rule matches all
    return False


def _default_deny(args, report, unknowns):
    wanted = config(args, "namespaces", PLATFORM_NAMESPACES)
    root = config(args, "rootNamespace", "istio-system")
    present: dict[str, str | None] = {}
    for r in args.resources:
        with unknowns.guard(r):
            if kind_of(r.resource_type) == "Namespace" and not is_patch(r.resource_type):
                present[name_of(r.props, r.name)] = r.urn
            elif r.resource_type.startswith("kubernetes:") and isinstance(get(r.props, "metadata", "namespace"), str):
                present.setdefault(get(r.props, "metadata", "namespace"), None)
    denied: set[str] = set()
    undecided: set[str | None] = set()  # None: a policy whose namespace itself is unknown
    for r in _objects(args.resources, ISTIO_SECURITY, "AuthorizationPolicy"):
        if is_patch(r.resource_type):
            continue
        ns = None
        with unknowns.guard(r) as g:
            ns = _ns(r)
            if _is_default_deny(r.props):
                denied.add(ns)
        if g.unknown:
            undecided.add(ns)
    if root in denied:
        return  # a mesh-wide allow-nothing policy in the root namespace denies by default everywhere
    for ns in wanted:
        if ns in present and not ({ns, root, None} & (denied | undecided)):
            report(f"namespace '{ns}' has no default-deny AuthorizationPolicy (spec: {{}}) and the root namespace "
                   f"'{root}' has no mesh-wide one", present[ns])


namespace_default_deny = stack_policy(
    "namespace-default-deny",
    "Every platform namespace must deny by default: an allow-nothing AuthorizationPolicy (no selector) in the "
    "namespace or mesh-wide in the root namespace.",
    _default_deny, concern=CONCERN, severity=HIGH,
    config_schema=schema(namespaces=_namespaces_schema, rootNamespace=_root_schema),
    steps="Add an AuthorizationPolicy with `spec: {}` in the namespace (or istio-system), then explicit ALLOWs.",
)


# --- authorization-policy-no-allow-all --------------------------------------------------------------
_POSITIVE_SOURCE = ("principals", "requestPrincipals", "namespaces", "ipBlocks", "remoteIpBlocks",
                    "serviceAccounts")
_NEGATIVE_SOURCE = ("notPrincipals", "notRequestPrincipals", "notNamespaces", "notIpBlocks", "notRemoteIpBlocks",
                    "notServiceAccounts")
_NEGATIVE_OPERATION = ("notHosts", "notPorts", "notMethods", "notPaths")
_OPEN_CIDRS = {"0.0.0.0/0", "::/0", "0.0.0.0", "::"}
_AUTH_KEYS = ("request.auth.", "source.")


def _everyone_principal(p: str) -> bool:
    """'*' or a trust-domain-wide prefix such as 'cluster.local/*' or 'cluster.local/ns/*'."""
    if p == "*":
        return True
    if p.endswith("*") and "*" not in p[:-1]:
        head = p[:-1].rstrip("/").split("/")
        return len(head) == 1 or (len(head) == 2 and head[1] == "ns")
    return False


def _source_findings(i: int, j: int, source, identityless_ok: bool = False) -> list[str]:
    out, where = [], f"spec.rules[{i}].from[{j}].source"
    positive = [k for k in _POSITIVE_SOURCE if as_list(get(source, k))]
    negative = [k for k in _NEGATIVE_SOURCE if as_list(get(source, k))]
    if not positive and not identityless_ok:
        out.append(f"{where} has no positive match ({', '.join(negative) or 'empty'}): ALLOW matches every other "
                   "caller (use ALLOW-with-positive-matching)")
    for p in as_list(get(source, "principals")):
        if isinstance(p, str) and _everyone_principal(p):
            out.append(f"{where}.principals contains '{p}': every workload identity is allowed")
    for ns in as_list(get(source, "namespaces")):
        if ns == "*":
            out.append(f"{where}.namespaces contains '*': every namespace is allowed")
    for key in ("ipBlocks", "remoteIpBlocks"):
        for cidr in as_list(get(source, key)):
            if isinstance(cidr, str) and cidr.strip() in _OPEN_CIDRS:
                out.append(f"{where}.{key} contains {cidr}: every address is allowed")
    return out


def _no_allow_all(args, report, unknowns):
    if not is_kind(args.resource_type, ISTIO_SECURITY, "AuthorizationPolicy"):
        return
    spec = as_map(get(args.props, "spec"))
    if _upper(get(spec, "action"), "ALLOW") != "ALLOW":
        return
    ref = f"{namespace_of(args.props, args.provider)}/{name_of(args.props, args.name)}"
    identityless_ok = matches_any(ref, config(args, "identitylessPolicies", []))
    for i, rule in enumerate(as_list(get(spec, "rules"))):
        with unknowns.guard():
            if not is_map(rule):
                continue
            if not get(rule, "from") and not get(rule, "to") and not get(rule, "when"):
                report(f"spec.rules[{i}] is empty: an ALLOW rule with no from/to/when allows every request")
                continue
            sources = as_list(get(rule, "from"))
            if not sources and not identityless_ok:
                keys = [text(get(w, "key")) for w in as_list(get(rule, "when"))]
                if not any(k.startswith(_AUTH_KEYS) for k in keys):
                    report(f"spec.rules[{i}] has no source (from) nor an authenticated condition: any caller matches")
            for j, f in enumerate(sources):
                for finding in _source_findings(i, j, get(f, "source"), identityless_ok):
                    report(finding)
            for j, t in enumerate(as_list(get(rule, "to"))):
                neg = [k for k in _NEGATIVE_OPERATION if as_list(get(t, "operation", k))]
                if neg:
                    report(f"spec.rules[{i}].to[{j}].operation uses {', '.join(neg)} in an ALLOW policy "
                           "(use ALLOW-with-positive-matching)")


authorization_policy_no_allow_all = resource_policy(
    "authorization-policy-no-allow-all",
    "ALLOW AuthorizationPolicies must match callers positively: no empty rule, no rule without a source, no "
    "wildcard principals or namespaces, no open ipBlocks, no negative-only matches.",
    _no_allow_all, concern=CONCERN, severity=HIGH,
    config_schema=schema(identitylessPolicies=string_list(
        [], "Reviewed ALLOW policies ('namespace/name' globs) that admit callers without a mesh identity "
            "(notPrincipals ['*'], or no source) to the ports they list; wildcards, open ipBlocks and empty rules "
            "are still denied.")),
    steps="Name the allowed principals or namespaces (from.source) and operations (to.operation).",
)


# --- no-sidecar-opt-out -------------------------------------------------------------------------
def _injects(value: Any) -> bool | None:
    """The injector's reading of a label/annotation value: True, False, or None (unset: the default)."""
    if value is None:
        return None
    s = str(value).lower() if not isinstance(value, bool) else ("true" if value else "false")
    if s == "":
        return None
    return s in _INJECT_YES


_opt_out_exempt = string_list(OUT_OF_MESH_NAMESPACES, "Namespaces (globs) outside the mesh by design (Kubernetes' "
                                                      "own, and monitoring: aggregated API server).")


def _no_opt_out(args, report, unknowns):
    exempt = config(args, "exemptNamespaces", OUT_OF_MESH_NAMESPACES)
    t = args.resource_type
    if kind_of(t) == "Namespace":
        ns = name_of(args.props, args.name)
        if matches_any(ns, exempt):
            return
        value = get(labels(get(args.props, "metadata")), "istio-injection")
        if value is not None and value != "enabled":
            report(f"namespace '{ns}' sets istio-injection: {value!r}; the injector matches only 'enabled'")
        return
    if is_helm(t):
        ns, name, _ = helm_release(args.props, args.name)
        if matches_any(ns, exempt):
            return
        for label, path, node in helm_nodes(args.props, unknowns):
            if not isinstance(path[-1], str) or is_map(node) or is_list(node):
                continue
            if path[-1] == _INJECT and _injects(node) is False:
                report(f"Helm release {ns}/{name} {label}.{dotted(path)}: {node!r} opts the chart's pods out of "
                       "the mesh")
            elif path[-1] == "istio-injection" and isinstance(node, str) and node != "enabled":
                report(f"Helm release {ns}/{name} {label}.{dotted(path)}: {node!r} disables injection")
        return
    pod = pod_template(t, args.props)
    if pod is None or matches_any(namespace_of(args.props, args.provider), exempt):
        return
    lbl, ann = labels(pod.meta), annotations_of(pod.meta)
    source = "label" if _INJECT in lbl else "annotation"
    value = lbl.get(_INJECT) if _INJECT in lbl else ann.get(_INJECT)
    if _injects(value) is False:
        report(f"pod template {source} {_INJECT}: {value!r} opts out of the mesh (the injector injects only for "
               "y/yes/true/on; the label wins over the annotation)")


no_sidecar_opt_out = resource_policy(
    "no-sidecar-opt-out",
    "No workload, namespace or Helm release may opt out of Istio sidecar injection (Istio's exact semantics).",
    _no_opt_out, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces=_opt_out_exempt),
    steps=f"Remove the {_INJECT} label/annotation or set it to \"true\"; label namespaces istio-injection=enabled.",
)


# --- platform-namespace-injection -----------------------------------------------------------------
def _injection_enabled(args, report, unknowns):
    if kind_of(args.resource_type) != "Namespace" or is_patch(args.resource_type):
        return
    ns = name_of(args.props, args.name)
    if not matches_any(ns, config(args, "namespaces", PLATFORM_NAMESPACES)):
        return
    lbl = labels(get(args.props, "metadata"))
    injection, rev = lbl.get("istio-injection"), lbl.get("istio.io/rev")
    if injection == "enabled" or (injection is None and isinstance(rev, str) and rev):
        return
    if injection is not None and rev:
        report(f"namespace '{ns}' sets istio-injection: {injection!r} and istio.io/rev: the revision webhook "
               "ignores namespaces that carry istio-injection, so nothing is injected")
    else:
        report(f"namespace '{ns}' lacks label istio-injection: enabled (exactly) or istio.io/rev")


platform_namespace_injection = resource_policy(
    "platform-namespace-injection",
    "Platform namespaces must be labelled for sidecar injection (istio-injection=enabled, or istio.io/rev alone).",
    _injection_enabled, concern=CONCERN, severity=MEDIUM,
    config_schema=schema(namespaces=_namespaces_schema),
    steps="Label the namespace istio-injection: enabled.",
)


# --- no-traffic-capture-bypass ----------------------------------------------------------------------
_TRAFFIC = "traffic.sidecar.istio.io/"
_NON_EMPTY_BYPASS = {f"{_TRAFFIC}excludeInboundPorts": "inbound ports skip the sidecar (no mTLS, no authorization)",
                     f"{_TRAFFIC}excludeOutboundPorts": "outbound ports skip the sidecar (no mTLS, no egress control)",
                     f"{_TRAFFIC}excludeOutboundIPRanges": "outbound traffic to these ranges skips the sidecar",
                     f"{_TRAFFIC}excludeInterfaces": "traffic on these interfaces skips the sidecar"}
_NOT_STAR_BYPASS = {f"{_TRAFFIC}includeInboundPorts": "inbound ports not listed skip the sidecar",
                    f"{_TRAFFIC}includeOutboundIPRanges": "outbound ranges not listed skip the sidecar"}


def _bypass_findings(bag) -> list[str]:
    out = []
    for key, value in bag.items():
        if not isinstance(key, str):
            continue
        if key in _NON_EMPTY_BYPASS and str(value).strip():
            out.append(f"{key}={value!r}: {_NON_EMPTY_BYPASS[key]}")
        elif key in _NOT_STAR_BYPASS and str(value).strip() != "*":
            out.append(f"{key}={value!r}: {_NOT_STAR_BYPASS[key]}")
        elif key == "sidecar.istio.io/interceptionMode" and str(value).upper() == "NONE":
            out.append(f"{key}=NONE: no traffic is redirected to the sidecar")
        elif key == "proxy.istio.io/config" and isinstance(value, str) and "interceptionMode" in value:
            try:
                mode = json.loads(value).get("interceptionMode")
            except (ValueError, AttributeError):
                mode = "NONE" if "NONE" in value else None
            if str(mode).upper() == "NONE":
                out.append(f"{key} sets interceptionMode NONE: no traffic is redirected to the sidecar")
    return out


def _capture(args, report, unknowns):
    exempt = config(args, "exemptNamespaces", OUT_OF_MESH_NAMESPACES)
    if is_helm(args.resource_type):
        ns, name, _ = helm_release(args.props, args.name)
        if matches_any(ns, exempt):
            return
        for label, path, node in helm_nodes(args.props, unknowns):
            if is_map(node):
                for finding in _bypass_findings(node):
                    report(f"Helm release {ns}/{name} {label}.{dotted(path)}: {finding}")
        return
    pod = pod_template(args.resource_type, args.props)
    if pod is None or matches_any(namespace_of(args.props, args.provider), exempt):
        return
    for finding in _bypass_findings(annotations_of(pod.meta)):
        report(f"pod template annotation {finding}")


no_traffic_capture_bypass = resource_policy(
    "no-traffic-capture-bypass",
    "No workload may exclude traffic from sidecar capture (traffic.sidecar.istio.io exclude/include annotations, "
    "interceptionMode NONE).",
    _capture, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces=_opt_out_exempt),
    steps="Remove the traffic.sidecar.istio.io annotations; expose the port through the mesh instead.",
)


# --- gateway-tls-only ------------------------------------------------------------------------------
_TLS_PROTOCOLS = {"HTTPS", "TLS"}
_WEAK_TLS = {"TLSV1_0", "TLSV1_1"}


def _broad_host(host: str) -> bool:
    return host in ("*", "*/*") or (host.startswith("*/") and host[2:] == "*")


def _gateway(args, report, unknowns):
    if not is_kind(args.resource_type, ISTIO_NETWORKING, "Gateway"):
        return
    spec = as_map(get(args.props, "spec"))
    ns = namespace_of(args.props, args.provider)
    selector = as_map(get(spec, "selector"))
    external = matches_any(ns, config(args, "externalGatewayNamespaces", ["istio-ingress"])) or any(
        selector.get(k) == v for k, v in (("istio", "ingressgateway"), ("app", "istio-ingressgateway")))
    for i, server in enumerate(as_list(get(spec, "servers"))):
        with unknowns.guard():
            proto = _upper(get(server, "port", "protocol"))
            tls = get(server, "tls")
            where = f"spec.servers[{i}] (port {get(server, 'port', 'number')} {proto or '?'})"
            if proto == "HTTP":
                if not truthy(get(tls, "httpsRedirect")):
                    report(f"{where} serves plain HTTP; only an httpsRedirect server may use HTTP")
            elif proto not in _TLS_PROTOCOLS:
                report(f"{where} serves {proto or 'an unset protocol'} without TLS")
            elif not is_map(tls) or not get(tls, "mode"):
                report(f"{where} is {proto} without tls.mode")
            min_v = _upper(get(tls, "minProtocolVersion"))
            if min_v in _WEAK_TLS:
                report(f"{where} accepts {min_v}; the minimum must be TLSV1_2 or later")
            if external and not config(args, "allowWildcardHosts", False):
                for host in as_list(get(server, "hosts")):
                    if isinstance(host, str) and _broad_host(host):
                        report(f"{where} hosts '{host}' lets any VirtualService bind to this external gateway")


gateway_tls_only = resource_policy(
    "gateway-tls-only",
    "Istio Gateways serve TLS only (plain HTTP only to redirect), TLS 1.2 or later, and external gateways name "
    "their hosts (no '*' unless allowWildcardHosts).",
    _gateway, concern=CONCERN, severity=HIGH,
    config_schema=schema(
        allowWildcardHosts={"type": "boolean", "default": False,
                            "description": "Allow hosts '*' on external gateways (Istio advises against it)."},
        externalGatewayNamespaces=string_list(["istio-ingress"], "Namespaces (globs) of external (ingress) gateways; "
                                                                 "a selector istio=ingressgateway counts too.")),
    steps="Serve HTTPS with credentialName; keep port 80 only with tls.httpsRedirect; list your DNS names in hosts.",
)


# --- envoy-filter-allow-list -------------------------------------------------------------------------
def _envoy_filter(args, report, unknowns):
    if not is_kind(args.resource_type, ISTIO_NETWORKING, "EnvoyFilter"):
        return
    ref = f"{namespace_of(args.props, args.provider)}/{name_of(args.props, args.name)}"
    if not matches_any(ref, config(args, "allowed", [])):
        report(f"EnvoyFilter {ref} is not in the allow-list: it can rewrite any proxy's configuration, "
               "including authentication and authorization filters")


envoy_filter_allow_list = resource_policy(
    "envoy-filter-allow-list",
    "EnvoyFilters are allowed only when listed by 'namespace/name' (they bypass Istio's validated API).",
    _envoy_filter, concern=CONCERN, severity=HIGH,
    config_schema=schema(allowed=string_list([], "EnvoyFilters allowed, as 'namespace/name' globs.")),
    steps="Use the Istio API (Telemetry, WasmPlugin, AuthorizationPolicy) or list the reviewed filter.",
)


# --- mesh-outbound-registry-only (stack) ------------------------------------------------------------
def _tree_mode(tree, *path) -> str | None:
    mode = get(tree, *path, "outboundTrafficPolicy", "mode")
    return _upper(mode) or None


def _helm_mesh_mode(r) -> tuple[bool, str | None]:
    """(is an istiod release, outboundTrafficPolicy mode it sets); `values` override the values files."""
    _, _, chart = helm_release(r.props, r.name)
    trees = [(label, t) for label, t in helm_trees(r.props) if t is not None]
    control_plane = chart in ("istiod", "istio-discovery") or any(is_map(get(t, "meshConfig")) for _, t in trees)
    mode = None
    for _, t in sorted(trees, key=lambda lt: lt[0] == "values"):  # files first, then values
        mode = _tree_mode(t, "meshConfig") or mode
    return control_plane, mode


def _outbound(args, report, unknowns):
    root = config(args, "rootNamespace", "istio-system")
    control_plane, mesh_mode, root_sidecar = False, None, None
    for r in args.resources:
        t = k8s_type(r.resource_type)
        if t is None:
            continue
        with unknowns.guard(r):
            if is_helm(r.resource_type):
                cp, mode = _helm_mesh_mode(r)
                control_plane = control_plane or cp
                mesh_mode = mode or mesh_mode
            elif t.group == "install.istio.io" and t.kind == "IstioOperator":
                control_plane = True
                mesh_mode = _tree_mode(get(r.props, "spec"), "meshConfig") or mesh_mode
            elif t.kind == "ConfigMap" and _ns(r) == root and name_of(r.props, r.name).startswith("istio"):
                mesh = get(r.props, "data", "mesh")
                if isinstance(mesh, str):
                    control_plane = True
                    mesh_mode = _tree_mode(parse_yaml(mesh)) or mesh_mode
            elif t.group == ISTIO_NETWORKING and t.kind == "Sidecar":
                mode = _upper(get(r.props, "spec", "outboundTrafficPolicy", "mode")) or None
                if mode == "ALLOW_ANY":
                    report(f"Sidecar {_ns(r)}/{name_of(r.props, r.name)} sets outboundTrafficPolicy ALLOW_ANY: its "
                           "workloads reach any external host", r.urn)
                if _ns(r) == root and not get(r.props, "spec", "workloadSelector") and mode:
                    root_sidecar = mode
            elif t.group == ISTIO_NETWORKING and t.kind == "ServiceEntry":
                if any(h == "*" for h in as_list(get(r.props, "spec", "hosts"))):
                    report(f"ServiceEntry {_ns(r)}/{name_of(r.props, r.name)} declares host '*': every external "
                           "host becomes part of the registry", r.urn)
    if control_plane:
        effective = root_sidecar or mesh_mode or "ALLOW_ANY"
        if effective != "REGISTRY_ONLY":
            report(f"the mesh's outboundTrafficPolicy is {effective}: set meshConfig.outboundTrafficPolicy.mode "
                   "REGISTRY_ONLY (istiod values) and declare external hosts with ServiceEntries")


mesh_outbound_registry_only = stack_policy(
    "mesh-outbound-registry-only",
    "The mesh must allow egress only to registered hosts (outboundTrafficPolicy REGISTRY_ONLY mesh-wide); no "
    "Sidecar may set ALLOW_ANY and no ServiceEntry may declare host '*'.",
    _outbound, concern=CONCERN, severity=HIGH,
    config_schema=schema(rootNamespace=_root_schema),
    steps="istiod values meshConfig.outboundTrafficPolicy.mode: REGISTRY_ONLY, plus a ServiceEntry per external "
          "dependency.",
)

POLICIES = [
    mesh_strict_mtls,
    peer_authentication_strict,
    destination_rule_istio_mutual,
    namespace_default_deny,
    authorization_policy_no_allow_all,
    no_sidecar_opt_out,
    platform_namespace_injection,
    no_traffic_capture_bypass,
    gateway_tls_only,
    envoy_filter_allow_list,
    mesh_outbound_registry_only,
]
