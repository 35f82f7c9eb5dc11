"""Istio's semantics, as plain functions: who gets a sidecar, which mTLS mode a port has, and whether
an AuthorizationPolicy set lets a request through. Written from Istio's own sources at 1.27.3 (the
version Loom pins) and tested on cases taken from Istio's documentation (tests/checks/test_istio.py):

- Injection: istio/istio manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml
  (which webhook is called: namespace labels `istio-injection` / `istio.io/rev`, the pod *label*
  `sidecar.istio.io/inject`, all exact and case-sensitive, as Kubernetes label selectors are) and
  pkg/kube/inject/inject.go `injectRequired` (host network and kube-system, kube-public,
  kube-node-lease, local-path-storage are never injected; the label wins over the annotation; only
  "true" and "false" count, anything else falls back to the policy; neverInjectSelector /
  alwaysInjectSelector; `global.proxy.autoInject`).
- Traffic capture: files/injection-template.yaml (inbound ports 15090, 15021 and the status port 15020 are
  never captured, nor `traffic.sidecar.istio.io/excludeInboundPorts`; `includeInboundPorts` "*" by default;
  `traffic.sidecar.istio.io/excludeOutboundPorts` leaves the source's outbound port uncaptured).
- PeerAuthentication: istio/api security/v1beta1/peer_authentication.proto and
  pilot/pkg/security/authn/policy_applier.go `ComposePeerAuthentication` (mesh policy = root namespace
  without selector, then namespace, then workload selector; UNSET inherits; the oldest wins a tie; a
  root-namespace policy *with* a selector is ignored; portLevelMtls on the workload policy, by target port;
  nothing at all is PERMISSIVE).
- AuthorizationPolicy: istio/api security/v1beta1/authorization_policy.proto (CUSTOM, then DENY, then:
  no ALLOW policy allows, any matching ALLOW allows, else deny; an empty rule matches everything, no rules
  match nothing; principals, namespaces and serviceAccounts need mTLS; exact/prefix/suffix/presence
  matching; a policy in the root namespace applies mesh-wide) and pilot/pkg/security/authz/model/model.go
  `checkError` (on a TCP port an ALLOW rule using an HTTP-only field is dropped, a DENY rule ignores it).

Decisions are three-valued where the offline graph cannot know (an ipBlocks or `when` condition, a
CUSTOM provider): `Decision.UNKNOWN` is never counted as allowed or as denied.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional, Sequence

from loom.checks.cluster import labels_match, match_expressions

NEVER_INJECTED_NAMESPACES = frozenset({"kube-system", "kube-public", "kube-node-lease", "local-path-storage"})
NEVER_CAPTURED_INBOUND = frozenset({15090, 15021})
STATUS_PORT = 15020
PROXY_UID = 1337
HTTP_PROTOCOLS = ("http", "http2", "grpc", "grpc-web")


class Decision(str, enum.Enum):
    ALLOW = "allow"
    DENY = "deny"
    UNKNOWN = "unknown"


@dataclass
class InjectionConfig:
    """The injector's settings (istiod values)."""

    revision: str = ""
    enable_namespaces_by_default: bool = False
    never_inject: Sequence[Mapping[str, Any]] = ()
    always_inject: Sequence[Mapping[str, Any]] = ()
    auto_inject: str = "enabled"


def _selector(sel: Mapping[str, Any], labels: Mapping[str, str]) -> bool:
    if not sel:
        return False  # an empty selector never matches in injectRequired (`!selector.Empty()`)
    return labels_match(sel.get("matchLabels") or {}, labels) and match_expressions(sel.get("matchExpressions") or [], labels)


def webhook_called(ns_labels: Mapping[str, str], pod_labels: Mapping[str, str], config: InjectionConfig = InjectionConfig()) -> Optional[str]:
    """Which of istiod's injection webhooks the API server calls for this pod, or None (mutatingwebhook.yaml)."""
    rev = config.revision or "default"
    not_disabled = [{"key": "sidecar.istio.io/inject", "operator": "NotIn", "values": ["false"]}]
    cases: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = [
        ("rev.namespace", [{"key": "istio.io/rev", "operator": "In", "values": [rev]}, {"key": "istio-injection", "operator": "DoesNotExist"}], not_disabled),
        ("rev.object", [{"key": "istio.io/rev", "operator": "DoesNotExist"}, {"key": "istio-injection", "operator": "DoesNotExist"}],
         [*not_disabled, {"key": "istio.io/rev", "operator": "In", "values": [rev]}]),
    ]
    if not config.revision:
        cases += [
            ("namespace", [{"key": "istio-injection", "operator": "In", "values": ["enabled"]}], not_disabled),
            ("object", [{"key": "istio-injection", "operator": "DoesNotExist"}, {"key": "istio.io/rev", "operator": "DoesNotExist"}],
             [{"key": "sidecar.istio.io/inject", "operator": "In", "values": ["true"]}, {"key": "istio.io/rev", "operator": "DoesNotExist"}]),
        ]
        if config.enable_namespaces_by_default:
            cases.append(("auto", [{"key": "istio-injection", "operator": "DoesNotExist"}, {"key": "istio.io/rev", "operator": "DoesNotExist"}],
                          [{"key": "sidecar.istio.io/inject", "operator": "DoesNotExist"}, {"key": "istio.io/rev", "operator": "DoesNotExist"}]))
    for name, ns_exprs, obj_exprs in cases:
        if match_expressions(ns_exprs, ns_labels) and match_expressions(obj_exprs, pod_labels):
            if name == "auto" and ns_labels.get("kubernetes.io/metadata.name") in NEVER_INJECTED_NAMESPACES:
                continue
            return name
    return None


def injected(
    namespace: str,
    ns_labels: Mapping[str, str],
    pod_labels: Mapping[str, str],
    pod_annotations: Mapping[str, str],
    *,
    host_network: bool = False,
    config: InjectionConfig = InjectionConfig(),
) -> tuple[bool, str]:
    """(gets a sidecar, why)."""
    hook = webhook_called({**ns_labels, "kubernetes.io/metadata.name": namespace}, pod_labels, config)
    if hook is None:
        return False, "no injection webhook selects it (namespace labels istio-injection/istio.io/rev, pod label sidecar.istio.io/inject)"
    if host_network:
        return False, "hostNetwork pods are never injected"
    if namespace in NEVER_INJECTED_NAMESPACES:
        return False, f"{namespace} is never injected"
    value = pod_annotations.get("sidecar.istio.io/inject", "")
    if "sidecar.istio.io/inject" in pod_labels:
        value = pod_labels["sidecar.istio.io/inject"]
    if value == "true":
        return True, f"webhook {hook}, sidecar.istio.io/inject=true"
    if value == "false":
        return False, "sidecar.istio.io/inject=false"
    if any(_selector(s, pod_labels) for s in config.never_inject):
        return False, "neverInjectSelector"
    if any(_selector(s, pod_labels) for s in config.always_inject):
        return True, "alwaysInjectSelector"
    if config.auto_inject == "enabled":
        return True, f"webhook {hook} (namespace policy)"
    return False, f"global.proxy.autoInject={config.auto_inject}"


def _ports(text: str) -> set[int]:
    return {int(p) for p in str(text or "").replace(" ", "").split(",") if p.isdigit()}


def inbound_captured(port: int, annotations: Mapping[str, str], status_port: int = STATUS_PORT) -> bool:
    """Whether the sidecar intercepts inbound traffic to `port` (injection-template.yaml `-b`/`-d`)."""
    status = int(annotations.get("status.sidecar.istio.io/port", status_port) or 0)
    excluded = set(NEVER_CAPTURED_INBOUND) | _ports(annotations.get("traffic.sidecar.istio.io/excludeInboundPorts", ""))
    if status:
        excluded.add(status)
    if port in excluded:
        return False
    include = annotations.get("traffic.sidecar.istio.io/includeInboundPorts", "*")
    return include == "*" or port in _ports(include)


def outbound_captured(port: int, annotations: Mapping[str, str]) -> bool:
    return port not in _ports(annotations.get("traffic.sidecar.istio.io/excludeOutboundPorts", ""))


# --- PeerAuthentication -------------------------------------------------------------------------


@dataclass
class Policy:
    """A PeerAuthentication or AuthorizationPolicy as written."""

    namespace: str
    name: str
    spec: Mapping[str, Any]


def peer_authentication_mode(policies: Iterable[Policy], root_namespace: str, namespace: str, labels: Mapping[str, str], port: int) -> str:
    """STRICT, PERMISSIVE or DISABLE for inbound `port` (a target port) of a workload."""
    mesh = ns = workload = None
    for p in policies:  # in creation order: the first one seen is the oldest
        sel = (p.spec.get("selector") or {}).get("matchLabels") or {}
        if not sel:
            if p.namespace == root_namespace:
                mesh = mesh or p
            elif p.namespace == namespace:
                ns = ns or p
        elif p.namespace != root_namespace and p.namespace == namespace and labels_match(sel, labels):
            workload = workload or p
    mode = "PERMISSIVE"
    for chosen in (mesh, ns, workload):
        m = ((chosen.spec.get("mtls") or {}).get("mode") if chosen else None) or "UNSET"
        if m != "UNSET":
            mode = m
    if workload is not None:
        per_port = workload.spec.get("portLevelMtls") or {}
        for k, v in per_port.items():
            if str(k) == str(port):
                m = (v or {}).get("mode") or "UNSET"
                return mode if m == "UNSET" else m
    return mode


# --- AuthorizationPolicy ------------------------------------------------------------------------


@dataclass
class Request:
    """What the destination's sidecar knows about a connection or request."""

    port: int
    """The destination workload's (target) port."""
    principal: Optional[str] = None
    """`<trust domain>/ns/<ns>/sa/<sa>` when the connection is Istio mTLS; None for plaintext."""
    protocol: str = "tcp"
    """"http" (HTTP, HTTP/2, gRPC: Envoy's HTTP RBAC filter) or "tcp" (the network filter)."""

    @property
    def namespace(self) -> Optional[str]:
        if not self.principal or "/ns/" not in self.principal:
            return None
        return self.principal.split("/ns/", 1)[1].split("/", 1)[0]

    @property
    def service_account(self) -> Optional[str]:
        if not self.principal or "/sa/" not in self.principal:
            return None
        return self.principal.split("/sa/", 1)[1]


def string_match(pattern: str, value: Optional[str]) -> bool:
    """Exact, prefix (`abc*`), suffix (`*abc`) or presence (`*`) match; an absent value matches nothing."""
    if value is None or value == "":
        return False
    if pattern == "*":
        return True
    if pattern.endswith("*"):
        return value.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return value.endswith(pattern[1:])
    return value == pattern


HTTP_ONLY_OPERATION = ("hosts", "notHosts", "methods", "notMethods", "paths", "notPaths")
HTTP_ONLY_SOURCE = ("requestPrincipals", "notRequestPrincipals")


def _field(values: Optional[Sequence[str]], not_values: Optional[Sequence[str]], value: Optional[str]) -> bool:
    if values and not any(string_match(str(p), value) for p in values):
        return False
    if not_values and any(string_match(str(p), value) for p in not_values):
        return False
    return True


def _source(src: Mapping[str, Any], req: Request, policy_ns: str, action: str) -> Optional[bool]:
    """A `source`: fields ANDed. None: depends on what the graph cannot know (IPs, JWTs)."""
    ns, sa = req.namespace, req.service_account
    if not _field(src.get("principals"), src.get("notPrincipals"), req.principal):
        return False
    if not _field(src.get("namespaces"), src.get("notNamespaces"), ns):
        return False
    accounts = [a if "/" in a else f"{policy_ns}/{a}" for a in src.get("serviceAccounts") or []]
    not_accounts = [a if "/" in a else f"{policy_ns}/{a}" for a in src.get("notServiceAccounts") or []]
    ident = f"{ns}/{sa}" if ns and sa else None
    if accounts and ident not in accounts:
        return False
    if not_accounts and ident in not_accounts:
        return False
    unknown = False
    for key in ("ipBlocks", "notIpBlocks", "remoteIpBlocks", "notRemoteIpBlocks"):
        if src.get(key):
            unknown = True
    for key in HTTP_ONLY_SOURCE:
        if src.get(key):
            if req.protocol == "tcp":
                if action == "ALLOW":
                    return False
            else:
                unknown = True
    return None if unknown else True


def _operation(op: Mapping[str, Any], req: Request, action: str) -> Optional[bool]:
    if not _field(op.get("ports"), op.get("notPorts"), str(req.port)):
        return False
    if any(op.get(k) for k in HTTP_ONLY_OPERATION):
        if req.protocol == "tcp":
            return False if action == "ALLOW" else True
        # Some requests on the port match and some do not: an ALLOW lets part of the flow through; a DENY
        # refuses part of it, which does not deny the flow.
        return True if action == "ALLOW" else False
    return True


def _condition(cond: Mapping[str, Any], req: Request, action: str) -> Optional[bool]:
    key = str(cond.get("key", ""))
    values, not_values = cond.get("values"), cond.get("notValues")
    known = {"source.namespace": req.namespace, "source.principal": req.principal, "destination.port": str(req.port)}
    if key in known:
        return _field(values, not_values, known[key])
    if key.startswith("request.") and req.protocol == "tcp":
        return False if action == "ALLOW" else True
    return None


def _any(results: Iterable[Optional[bool]]) -> Optional[bool]:
    out: Optional[bool] = False
    for r in results:
        if r is True:
            return True
        if r is None:
            out = None
    return out


def _all(results: Iterable[Optional[bool]]) -> Optional[bool]:
    out: Optional[bool] = True
    for r in results:
        if r is False:
            return False
        if r is None:
            out = None
    return out


def rule_matches(rule: Mapping[str, Any], req: Request, policy_ns: str, action: str) -> Optional[bool]:
    """A rule matches when one source, one operation and every condition match; {} matches everything."""
    froms = rule.get("from") or []
    tos = rule.get("to") or []
    whens = rule.get("when") or []
    return _all([
        _any(_source(f.get("source") or {}, req, policy_ns, action) for f in froms) if froms else True,
        _any(_operation(t.get("operation") or {}, req, action) for t in tos) if tos else True,
        _all(_condition(c, req, action) for c in whens),
    ])


def applies_to(policy: Policy, root_namespace: str, namespace: str, labels: Mapping[str, str]) -> bool:
    spec = policy.spec
    if spec.get("targetRef") or spec.get("targetRefs"):
        return False  # for waypoints and gateways by reference; a sidecar ignores them
    if policy.namespace not in (root_namespace, namespace):
        return False
    sel = spec.get("selector") or {}
    return labels_match(sel.get("matchLabels") or {}, labels) and match_expressions(sel.get("matchExpressions") or [], labels)


@dataclass
class Verdict:
    decision: Decision
    reason: str
    policies: list[str] = field(default_factory=list)


def authorize(policies: Iterable[Policy], root_namespace: str, namespace: str, labels: Mapping[str, str], req: Request) -> Verdict:
    """CUSTOM, DENY, then ALLOW, for a request arriving at a workload with a sidecar."""
    applied = [p for p in policies if applies_to(p, root_namespace, namespace, labels)]
    by_action: dict[str, list[Policy]] = {}
    for p in applied:
        by_action.setdefault(str(p.spec.get("action") or "ALLOW"), []).append(p)
    uncertain: list[str] = []
    for action in ("CUSTOM", "DENY"):
        for p in by_action.get(action, []):
            m = _any(rule_matches(r, req, p.namespace, "DENY") for r in p.spec.get("rules") or [])
            ref = f"{p.namespace}/{p.name}"
            if m is True and action == "DENY":
                return Verdict(Decision.DENY, f"DENY policy {ref} matches", [ref])
            if m is not False:
                uncertain.append(ref)
    allows = by_action.get("ALLOW", [])
    if not allows:
        if uncertain:
            return Verdict(Decision.UNKNOWN, f"no ALLOW policy; {', '.join(uncertain)} may deny (a CUSTOM provider or a condition the graph cannot evaluate)", uncertain)
        return Verdict(Decision.ALLOW, "no ALLOW policy applies, so nothing is denied")
    maybe = []
    for p in allows:
        m = _any(rule_matches(r, req, p.namespace, "ALLOW") for r in p.spec.get("rules") or [])
        ref = f"{p.namespace}/{p.name}"
        if m is True:
            if uncertain:
                return Verdict(Decision.UNKNOWN, f"ALLOW {ref} matches but {', '.join(uncertain)} may deny", [ref, *uncertain])
            return Verdict(Decision.ALLOW, f"ALLOW policy {ref} matches", [ref])
        if m is None:
            maybe.append(ref)
    refs = [f"{p.namespace}/{p.name}" for p in allows]
    if maybe:
        return Verdict(Decision.UNKNOWN, f"only {', '.join(maybe)} could allow it, on conditions the graph cannot evaluate", maybe)
    return Verdict(Decision.DENY, f"ALLOW policies apply ({', '.join(refs)}) and none matches", refs)


def principal(namespace: str, service_account: str, trust_domain: str = "cluster.local") -> str:
    return f"{trust_domain}/ns/{namespace}/sa/{service_account}"


def protocol_of(name: str, app_protocol: str) -> str:
    """Istio's protocol selection from a Service port: appProtocol, else the name prefix (`http-`, `grpc`...)."""
    proto = (app_protocol or "").lower()
    if not proto:
        proto = (name or "").lower().split("-", 1)[0]
    return "http" if proto in HTTP_PROTOCOLS else "tcp"
