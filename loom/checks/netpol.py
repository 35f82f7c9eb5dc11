"""Kubernetes NetworkPolicy, as the mesh check needs it: may this pod open that port on that pod?

Semantics from the Kubernetes documentation ("Network Policies", kubernetes.io/docs/concepts/
services-networking/network-policies/): a pod is isolated for ingress (egress) when any policy in its
namespace selects it with that policy type (policyTypes defaults to Ingress, plus Egress when egress rules
are given); an isolated pod accepts a connection only if some selecting policy has a rule whose `from`
(`to`) peers and `ports` both match; policies are additive; an empty `from`/`to` matches every peer and an
empty `ports` every port; a peer is a podSelector (the policy's namespace), a namespaceSelector (every
namespace it matches, all pods), both (pods of those namespaces), or an ipBlock; namespaces carry the
label kubernetes.io/metadata.name. Both ends must allow: the source's egress and the destination's ingress.
ipBlocks name addresses the graph does not know: a rule that could only match through one is undecidable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from loom.checks.cluster import Cluster, Pod, selector_matches
from loom.checks.istio import Decision

if TYPE_CHECKING:
    from loom.preview import PreviewResource

TYPE = "kubernetes:networking.k8s.io/v1:NetworkPolicy"


def _types(spec: Mapping[str, Any]) -> set[str]:
    if spec.get("policyTypes"):
        return set(spec["policyTypes"])
    return {"Ingress", "Egress"} if spec.get("egress") else {"Ingress"}


def _ns_labels(cluster: Cluster, ns: str, extra: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    labels = dict(cluster.namespaces.get(ns) or extra.get(ns) or {})
    labels["kubernetes.io/metadata.name"] = ns
    return labels


def _peer(peer: Mapping[str, Any], policy_ns: str, other: Optional[Pod], cluster: Cluster, extra: Mapping[str, Mapping[str, str]]) -> Optional[bool]:
    if "ipBlock" in peer:
        return None
    if other is None:
        return False  # something outside the pod network (the API server, a managed service): only an ipBlock can match it
    ns_sel, pod_sel = peer.get("namespaceSelector"), peer.get("podSelector")
    if ns_sel is None and other.namespace != policy_ns:
        return False
    if ns_sel is not None and not selector_matches(ns_sel, _ns_labels(cluster, other.namespace, extra)):
        return False
    return selector_matches(pod_sel, other.labels) if pod_sel is not None else True


def _port(rule_ports: list, port: int, pod: Optional[Pod]) -> bool:
    if not rule_ports:
        return True
    for p in rule_ports:
        if str(p.get("protocol", "TCP")).upper() != "TCP":
            continue
        value, end = p.get("port"), p.get("endPort")
        if value is None:
            return True
        if isinstance(value, str) and not value.isdigit():
            named = {n: q for n, q in ((q.name, q.number) for q in (pod.container_ports().values() if pod else []))}
            if named.get(value) == port:
                return True
            continue
        if int(value) == port or (end is not None and int(value) <= port <= int(end)):
            return True
    return False


def _side(cluster: Cluster, policies: list["PreviewResource"], pod: Pod, other: Optional[Pod], port: int, direction: str,
          extra: Mapping[str, Mapping[str, str]]) -> Optional[bool]:
    selecting = []
    for r in policies:
        meta, spec = r.inputs.get("metadata") or {}, r.inputs.get("spec") or {}
        if str(meta.get("namespace") or "default") == pod.namespace and direction in _types(spec) and selector_matches(spec.get("podSelector") or {}, pod.labels):
            selecting.append((str(meta.get("namespace") or "default"), spec))
    if not selecting:
        return True
    unknown = False
    key, peers_key = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
    for ns, spec in selecting:
        for rule in spec.get(key) or []:
            # Ports are those of the destination: on ingress the selected pod, on egress the peer.
            if not _port(rule.get("ports") or [], port, pod if direction == "Ingress" else other):
                continue
            peers = rule.get(peers_key) or []
            if not peers:
                return True
            results = [_peer(p, ns, other, cluster, extra) for p in peers]
            if True in results:
                return True
            if None in results:
                unknown = True
    return None if unknown else False


def decide(cluster: Cluster, src: Optional[Pod], dst: Optional[Pod], port: int, extra_namespaces: Mapping[str, Mapping[str, str]] = {}) -> tuple[Decision, str]:
    """(decision, why) for a TCP connection from src (None: outside the pod network) to port on dst (None: outside)."""
    policies = cluster.by_type(TYPE)
    if not policies:
        return Decision.ALLOW, "no NetworkPolicy"
    verdicts = []
    if src is not None:
        verdicts.append(("egress of " + src.ref, _side(cluster, policies, src, dst, port, "Egress", extra_namespaces)))
    if dst is not None:
        verdicts.append(("ingress of " + dst.ref, _side(cluster, policies, dst, src, port, "Ingress", extra_namespaces)))
    for where, v in verdicts:
        if v is False:
            return Decision.DENY, f"NetworkPolicy: the {where} does not allow it"
    for where, v in verdicts:
        if v is None:
            return Decision.UNKNOWN, f"NetworkPolicy: the {where} depends on an ipBlock"
    return Decision.ALLOW, "NetworkPolicies allow it"
