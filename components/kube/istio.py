"""Specs of the Istio security objects (kept as plain dicts so they can be tested and golden-filed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

STRICT = "STRICT"
ISTIO_MUTUAL = "ISTIO_MUTUAL"


def spiffe_principal(namespace: str, service_account: str, trust_domain: str = "cluster.local") -> str:
    """The mTLS identity Istio gives a pod (what AuthorizationPolicy `principals` match)."""
    return f"{trust_domain}/ns/{namespace}/sa/{service_account}"


def peer_authentication_spec(
    mode: str = STRICT, *, selector: Optional[Mapping[str, str]] = None, port_modes: Optional[Mapping[int, str]] = None
) -> dict[str, Any]:
    """mTLS mode for a namespace, or for the `selector`ed pods with per-port exceptions (`portLevelMtls`
    only takes effect with a workload selector; its keys are the pods' container ports)."""
    spec: dict[str, Any] = {"mtls": {"mode": mode}}
    if port_modes:
        if not selector:
            raise ValueError("port-level mTLS needs a workload selector (Istio ignores it otherwise)")
        spec["portLevelMtls"] = {str(port): {"mode": m} for port, m in sorted(port_modes.items())}
    if selector:
        spec["selector"] = {"matchLabels": dict(selector)}
    return spec


def deny_all_spec() -> dict[str, Any]:
    """An AuthorizationPolicy with an empty spec denies every request in its namespace."""
    return {}


def allow_spec(
    selector: Mapping[str, str],
    *,
    namespaces: Sequence[str] = (),
    principals: Sequence[str] = (),
    ports: Sequence[int] = (),
) -> dict[str, Any]:
    """ALLOW for mTLS sources by namespace or principal, to the given ports of the selected pods.

    Raises ValueError when neither namespaces nor principals are given: an ALLOW rule with no
    source would allow everyone, which is never what a component means.
    """
    if not namespaces and not principals:
        raise ValueError("an ALLOW AuthorizationPolicy needs at least one source namespace or principal")
    rules: list[dict[str, Any]] = []
    to = [{"operation": {"ports": [str(p) for p in ports]}}] if ports else None
    if namespaces:
        rule: dict[str, Any] = {"from": [{"source": {"namespaces": list(namespaces)}}]}
        if to:
            rule["to"] = to
        rules.append(rule)
    if principals:
        rule = {"from": [{"source": {"principals": list(principals)}}]}
        if to:
            rule["to"] = to
        rules.append(rule)
    return {"selector": {"matchLabels": dict(selector)}, "action": "ALLOW", "rules": rules}


def allow_without_mesh_identity_spec(selector: Mapping[str, str], ports: Sequence[int]) -> dict[str, Any]:
    """ALLOW requests that carry no mesh identity (from pods without a sidecar, through a PERMISSIVE port)
    to the given ports of the selected pods. `notPrincipals: ["*"]` matches exactly the requests without
    a peer principal, i.e. plaintext ones, so meshed workloads of other namespaces stay denied."""
    if not ports:
        raise ValueError("an ALLOW for peers without a sidecar must name its ports")
    return {
        "selector": {"matchLabels": dict(selector)},
        "action": "ALLOW",
        "rules": [{"from": [{"source": {"notPrincipals": ["*"]}}], "to": [{"operation": {"ports": [str(p) for p in ports]}}]}],
    }


def destination_rule_spec(
    host: str,
    subsets: Mapping[str, Mapping[str, str]],
    *,
    consecutive_5xx_errors: int = 5,
    interval: str = "30s",
    base_ejection_time: str = "60s",
    max_ejection_percent: int = 50,
    http2_max_requests: int = 1000,
) -> dict[str, Any]:
    """ISTIO_MUTUAL to every subset, with outlier detection ejecting failing pods."""
    return {
        "host": host,
        "trafficPolicy": {
            "tls": {"mode": ISTIO_MUTUAL},
            "connectionPool": {"http": {"http2MaxRequests": http2_max_requests, "maxRequestsPerConnection": 0}},
            "outlierDetection": {
                "consecutive5xxErrors": consecutive_5xx_errors,
                "interval": interval,
                "baseEjectionTime": base_ejection_time,
                "maxEjectionPercent": max_ejection_percent,
            },
        },
        "subsets": [{"name": n, "labels": dict(lbl)} for n, lbl in subsets.items()],
    }


def _seconds(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return f"{text}s"


def virtual_service_spec(
    host: str,
    weights: Mapping[str, int],
    *,
    gateways: Sequence[Any] = (),
    external_hosts: Sequence[str] = (),
    timeout_s: float = 60.0,
    retries: int = 2,
    per_try_timeout_s: float = 30.0,
    retry_on: str = "connect-failure,refused-stream,unavailable,cancelled,reset,503",
    ports: Sequence[int] = (),
    gateway_port: Optional[int] = None,
) -> dict[str, Any]:
    """Weighted routes to subsets (weights must sum to 100), with timeout and retries per route.

    Mesh traffic: one route per port in `ports` (HTTP and gRPC each get the same split), else one
    route. Gateway traffic (arrives on the gateway's 443, so it matches no service port): one more
    route, matched on the gateways, to `gateway_port` (Triton exposes only its HTTP API outside).
    """
    total = sum(weights.values())
    if total != 100:
        raise ValueError(f"route weights {dict(weights)} sum to {total}; they must sum to 100")
    gateways = list(gateways)

    def route(port: Optional[int], name: Optional[str], match: Optional[dict[str, Any]]) -> dict[str, Any]:
        dests = []
        for subset, weight in weights.items():
            dest: dict[str, Any] = {"host": host, "subset": subset}
            if port is not None:
                dest["port"] = {"number": port}
            dests.append({"destination": dest, "weight": weight})
        r: dict[str, Any] = {
            "route": dests,
            "timeout": _seconds(timeout_s),
            "retries": {"attempts": retries, "perTryTimeout": _seconds(per_try_timeout_s), "retryOn": retry_on},
        }
        if name is not None:
            r["name"] = name
        if match is not None:
            r["match"] = [match]
        return r

    mesh_only = {"gateways": ["mesh"]} if gateways else {}
    if ports:
        http = [route(p, f"port-{p}", {"port": p, **mesh_only}) for p in ports]
    else:
        http = [route(None, "mesh" if gateways else None, mesh_only or None)]
    if gateways:
        http.append(route(gateway_port if gateway_port is not None else (ports[0] if ports else None), "gateway", {"gateways": gateways}))
    spec: dict[str, Any] = {"hosts": [host, *external_hosts], "http": http}
    if gateways:
        spec["gateways"] = [*gateways, "mesh"]
    return spec


def gateway_spec(
    selector: Mapping[str, str],
    hosts: Sequence[str],
    credential_name: str,
    *,
    tls_mode: str = "SIMPLE",
    min_protocol_version: str = "TLSV1_2",
) -> dict[str, Any]:
    """HTTPS on 443 with the certificate from `credential_name`; plain HTTP on 80 only redirects."""
    return {
        "selector": dict(selector),
        "servers": [
            {
                "port": {"number": 443, "name": "https", "protocol": "HTTPS"},
                "hosts": list(hosts),
                "tls": {"mode": tls_mode, "credentialName": credential_name, "minProtocolVersion": min_protocol_version},
            },
            {
                "port": {"number": 80, "name": "http", "protocol": "HTTP"},
                "hosts": list(hosts),
                "tls": {"httpsRedirect": True},
            },
        ],
    }


REGISTRY_ONLY = "REGISTRY_ONLY"


@dataclass(frozen=True)
class ExternalService:
    """A destination outside the mesh that platform workloads call (object storage, STS, a managed
    database). The mesh lets sidecars reach registered hosts only (outboundTrafficPolicy REGISTRY_ONLY),
    so each becomes a MESH_EXTERNAL ServiceEntry.

    TLS destinations are matched by SNI (`resolution` NONE allows wildcard hosts such as
    `*.s3.eu-west-1.amazonaws.com`); a TCP destination needs its DNS name (`DNS`) or its addresses
    (`STATIC`, `hosts` then only names the entry)."""

    name: str
    """DNS label: the ServiceEntry's name."""
    hosts: Sequence[Any]
    """Hosts (pulumi.Input[str]), wildcards only with resolution NONE."""
    port: int = 443
    protocol: str = "TLS"
    """TLS (HTTPS passed through by SNI), HTTP or TCP."""
    resolution: str = "NONE"
    """NONE, DNS or STATIC (then `addresses` are the endpoints)."""
    addresses: Sequence[Any] = ()
    """IP addresses (pulumi.Input[str]) for TCP or STATIC destinations."""


def service_entry_spec(service: ExternalService, *, export_to: Sequence[str] = ("*",)) -> dict[str, Any]:
    """A MESH_EXTERNAL ServiceEntry registering `service` with the mesh."""
    spec: dict[str, Any] = {
        "hosts": list(service.hosts),
        "location": "MESH_EXTERNAL",
        "resolution": service.resolution,
        "ports": [{"number": service.port, "name": f"{service.protocol.lower()}-{service.port}",
                   "protocol": service.protocol}],
        "exportTo": list(export_to),
    }
    if service.addresses:
        spec["addresses"] = list(service.addresses)
    if service.resolution == "STATIC":
        spec["endpoints"] = [{"address": a} for a in service.addresses]
    return spec
