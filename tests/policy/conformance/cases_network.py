"""Services and ingress: LoadBalancer and NodePort only for the mesh gateway, no externalIPs, no Ingress or
Gateway API route around the mesh gateway."""

from __future__ import annotations

from tests.policy.conformance.k8s import helm, obj
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import CVE_2020_8554, GATEWAY_API, K8S_INGRESS, K8S_SERVICE

LB, NP, IN = "loadbalancer-only-mesh-gateway", "no-nodeport-or-external-ips", "ingress-through-mesh-gateway"
PORTS = [{"name": "http", "port": 80, "targetPort": 8080}]


def svc(ns, type_="ClusterIP", labels=None, selector=None, patch=False, **spec):
    return obj("v1", "Service", ns, {"type": type_, "selector": selector or {"app": "api"}, "ports": PORTS, **spec},
               labels=labels or {}, patch=patch)


GW_LABELS = {"istio": "ingressgateway"}


def ingress(ns, cls=None, annotations=None):
    spec = {"rules": [{"host": "api.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {
        "service": {"name": "triton", "port": {"number": 8000}}}}]}}]}
    if cls:
        spec["ingressClassName"] = cls
    return obj("networking.k8s.io/v1", "Ingress", ns, spec, annotations=annotations)


def route(ns, parent, kind="HTTPRoute"):
    return obj("gateway.networking.k8s.io/v1", kind, ns, {"parentRefs": [parent], "rules": [
        {"backendRefs": [{"name": "triton", "port": 8000}]}]})


CASES = [
    deny("lb-platform-service", LB, K8S_SERVICE, [svc("loom-serving", "LoadBalancer")], expect="LoadBalancer"),
    deny("lb-service-patch", LB, K8S_SERVICE, [svc("loom-data", "LoadBalancer", patch=True)]),
    deny("lb-gateway-namespace-without-gateway-labels", LB, K8S_SERVICE, [svc("istio-ingress", "LoadBalancer")]),
    deny("lb-helm-v4-values", LB, K8S_SERVICE, [helm("grafana", "loom-monitoring", {"service": {"type": "LoadBalancer"}},
                                                     v4=True)], expect="service.type"),
    allow("lb-mesh-gateway", LB, K8S_SERVICE,
          [svc("istio-ingress", "LoadBalancer", labels=GW_LABELS, selector=GW_LABELS),
           helm("gateway", "istio-ingress", {"service": {"type": "LoadBalancer"}})]),
    deny("nodeport-service", NP, K8S_SERVICE, [svc("team-a", "NodePort")], expect="NodePort"),
    deny("nodeport-helm-values", NP, K8S_SERVICE, [helm("minio", "loom-storage", {"console": {"service": {
        "type": "NodePort"}}})], expect="NodePort"),
    deny("external-ips", NP, CVE_2020_8554, [svc("loom-serving", externalIPs=["203.0.113.10"])], expect="externalIPs"),
    deny("external-ips-helm", NP, CVE_2020_8554, [helm("api", "team-a", {"service": {"externalIPs": ["198.51.100.7"]}})]),
    allow("nodeport-gateway-and-clusterip", NP, K8S_SERVICE,
          [svc("istio-ingress", "NodePort", labels=GW_LABELS, selector=GW_LABELS), svc("loom-serving")]),
    deny("ingress-nginx-to-platform", IN, K8S_INGRESS, [ingress("loom-serving", "nginx")], expect="nginx"),
    deny("ingress-default-class-to-platform", IN, K8S_INGRESS, [ingress("loom-data")], expect="cluster default"),
    deny("ingress-class-annotation", IN, K8S_INGRESS,
         [ingress("loom-system", annotations={"kubernetes.io/ingress.class": "traefik"})], expect="traefik"),
    deny("httproute-to-other-gateway", IN, GATEWAY_API,
         [route("loom-serving", {"name": "public", "namespace": "edge-gw"})], expect="edge-gw/public"),
    deny("grpcroute-same-namespace-gateway", IN, GATEWAY_API,
         [route("loom-serving", {"name": "local-gw"}, kind="GRPCRoute")], expect="loom-serving/local-gw"),
    allow("ingress-istio-class-and-mesh-routes", IN, K8S_INGRESS,
          [ingress("loom-serving", "istio"), ingress("team-a", "nginx"),
           route("loom-serving", {"name": "loom-gateway", "namespace": "istio-ingress"}),
           route("loom-data", {"group": "", "kind": "Service", "name": "mlflow"})]),
]
