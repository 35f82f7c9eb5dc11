"""Istio: injection semantics, traffic capture, PeerAuthentication through any type, authorization
patterns, DestinationRule TLS, gateways, EnvoyFilter, egress. Every object as users write it: the
CustomResource token for its group/version, also as CustomResourcePatch."""

from __future__ import annotations

from tests.policy.conformance.k8s import helm, istio, mesh_baseline, namespace, obj, workload
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import (ISTIO_AP, ISTIO_ANNOTATIONS, ISTIO_AUTHZ_TASK, ISTIO_DR,
                                              ISTIO_ENVOYFILTER, ISTIO_GW, ISTIO_INJECTION, ISTIO_MESH, ISTIO_PA,
                                              ISTIO_SE, istio_bp)

NET = "networking.istio.io"
INJ, CAP = "no-sidecar-opt-out", "no-traffic-capture-bypass"
PA, MESH = "peer-authentication-strict", "mesh-strict-mtls-required"
AP, DD = "authorization-policy-no-allow-all", "namespace-default-deny"
DR, GW, EF, EG = "destination-rule-istio-mutual", "gateway-tls-only", "envoy-filter-allow-list", "mesh-outbound-registry-only"
NSI = "platform-namespace-injection"
SELECT = {"matchLabels": {"app": "api"}}


def ap(rules, action="ALLOW", ns="loom-serving", **extra):
    return istio("AuthorizationPolicy", ns, {"selector": SELECT, "action": action, "rules": rules, **extra})


def frm(**source):
    return {"from": [{"source": source}], "to": [{"operation": {"ports": ["8080"]}}]}


def dr(host, tls=None, ns="loom-serving", **spec):
    s = {"host": host, **spec}
    if tls is not None:
        s["trafficPolicy"] = {"tls": tls}
    return istio("DestinationRule", ns, s, group=NET)


def se(hosts, location="MESH_EXTERNAL", ns="istio-system", **spec):
    return istio("ServiceEntry", ns, {"hosts": hosts, "location": location, "resolution": "DNS",
                                      "ports": [{"number": 443, "name": "tls", "protocol": "TLS"}], **spec}, group=NET)


def gateway(servers, ns="istio-ingress", selector=None):
    return istio("Gateway", ns, {"selector": selector or {"istio": "ingressgateway"}, "servers": servers}, group=NET)


HTTPS = {"port": {"number": 443, "name": "https", "protocol": "HTTPS"}, "hosts": ["api.example.com"],
         "tls": {"mode": "SIMPLE", "credentialName": "api-cert", "minProtocolVersion": "TLSV1_2"}}
ISTIOD = "https://istio-release.storage.googleapis.com/charts"


def istiod(mode=None, v4=False, files=None):
    values = {"meshConfig": {"accessLogFile": "/dev/stdout"}}
    if mode:
        values["meshConfig"]["outboundTrafficPolicy"] = {"mode": mode}
    return helm("istiod", "istio-system", values, v4=v4, files=files, name="istiod")


CASES = [
    # --- injection: Istio's exact semantics ------------------------------------------------------------
    deny("inject-annotation-false", INJ, ISTIO_INJECTION,
         [workload(pod_annotations={"sidecar.istio.io/inject": "false"})], expect="annotation"),
    deny("inject-annotation-disabled-is-not-truthy", INJ, ISTIO_INJECTION,
         [workload(pod_annotations={"sidecar.istio.io/inject": "disabled"})], expect="'disabled'"),
    deny("inject-label-no", INJ, ISTIO_INJECTION,
         [workload("StatefulSet", pod_labels={"sidecar.istio.io/inject": "no"})], expect="label"),
    deny("inject-label-wins-over-annotation", INJ, ISTIO_INJECTION,
         [workload(pod_labels={"sidecar.istio.io/inject": "off"},
                   pod_annotations={"sidecar.istio.io/inject": "true"})], expect="label"),
    deny("inject-opt-out-in-patch", INJ, ISTIO_INJECTION,
         [workload(pod={"containers": []}, pod_annotations={"sidecar.istio.io/inject": "False"}, patch=True)]),
    deny("inject-namespace-disabled", INJ, ISTIO_INJECTION,
         [namespace("team-a", {"istio-injection": "disabled"})], expect="istio-injection"),
    deny("inject-namespace-patch-disabled", INJ, ISTIO_INJECTION,
         [namespace("loom-data", {"istio-injection": "disabled"}, patch=True)]),
    deny("inject-helm-values-false", INJ, ISTIO_INJECTION,
         [helm("redis", "loom-data", {"master": {"podAnnotations": {"sidecar.istio.io/inject": "false"}}})],
         expect="master.podAnnotations"),
    deny("inject-helm-v4-label-bool", INJ, ISTIO_INJECTION,
         [helm("kafka", "loom-data", {"podLabels": {"sidecar.istio.io/inject": False}}, v4=True)]),
    allow("inject-label-yes-and-on", INJ, ISTIO_INJECTION,
          [workload(pod_labels={"sidecar.istio.io/inject": "Yes"}),
           workload(pod_annotations={"sidecar.istio.io/inject": "ON"}),
           workload(pod_annotations={"sidecar.istio.io/inject": ""})]),
    allow("inject-monitoring-namespace-exempt", INJ, ISTIO_INJECTION,
          [namespace("loom-monitoring", {"istio-injection": "disabled"}),
           workload(ns="kube-system", pod_annotations={"sidecar.istio.io/inject": "false"})]),
    deny("namespace-injection-case-sensitive", NSI, ISTIO_INJECTION,
         [namespace("loom-serving", {"istio-injection": "Enabled"})], expect="exactly"),
    deny("namespace-rev-ignored-with-injection-label", NSI, ISTIO_INJECTION,
         [namespace("loom-data", {"istio-injection": "disabled", "istio.io/rev": "1-27"})], expect="revision"),
    allow("namespace-revision-label-alone", NSI, ISTIO_INJECTION, [namespace("loom-system", {"istio.io/rev": "stable"})]),
    # --- traffic capture -------------------------------------------------------------------------
    deny("capture-exclude-inbound", CAP, istio_bp("Understand traffic capture limitations"),
         [workload(pod_annotations={"traffic.sidecar.istio.io/excludeInboundPorts": "8080"})], expect="excludeInboundPorts"),
    deny("capture-include-inbound-empty", CAP, ISTIO_ANNOTATIONS,
         [workload(pod_annotations={"traffic.sidecar.istio.io/includeInboundPorts": ""})], expect="includeInboundPorts"),
    deny("capture-exclude-outbound-ranges", CAP, ISTIO_ANNOTATIONS,
         [workload("Job", ns="loom-system", pod_annotations={
             "traffic.sidecar.istio.io/excludeOutboundIPRanges": "0.0.0.0/0"})], expect="excludeOutboundIPRanges"),
    deny("capture-interception-none", CAP, ISTIO_ANNOTATIONS,
         [workload(pod_annotations={"sidecar.istio.io/interceptionMode": "NONE"})], expect="interceptionMode"),
    deny("capture-in-helm-values", CAP, istio_bp("Understand traffic capture limitations"),
         [helm("api", "loom-serving", {"podAnnotations": {"traffic.sidecar.istio.io/excludeOutboundPorts": "5432"}})],
         expect="excludeOutboundPorts"),
    deny("capture-proxy-config-interception-none", CAP, ISTIO_ANNOTATIONS,
         [workload("CronJob", ns="loom-system", pod_annotations={"proxy.istio.io/config": '{"interceptionMode": "NONE"}'})],
         expect="interceptionMode NONE"),
    deny("inject-opt-out-on-cronjob-template", INJ, ISTIO_INJECTION,
         [workload("CronJob", ns="loom-system", pod_labels={"sidecar.istio.io/inject": "0"})], expect="'0'"),
    allow("capture-include-all-and-proxy-config", CAP, ISTIO_ANNOTATIONS,
          [workload(pod_annotations={"traffic.sidecar.istio.io/includeInboundPorts": "*",
                                     "proxy.istio.io/config": '{"holdApplicationUntilProxyStarts": true}'})]),
    # --- PeerAuthentication through any type ---------------------------------------------------------
    deny("pa-permissive-namespace", PA, ISTIO_PA,
         [istio("PeerAuthentication", "loom-data", {"mtls": {"mode": "PERMISSIVE"}})], expect="PERMISSIVE"),
    deny("pa-disable-v1beta1", PA, ISTIO_PA,
         [istio("PeerAuthentication", "loom-serving", {"mtls": {"mode": "DISABLE"}}, version="v1beta1")]),
    deny("pa-patch-permissive", PA, ISTIO_PA,
         [istio("PeerAuthentication", "istio-system", {"mtls": {"mode": "PERMISSIVE"}}, name="default", patch=True)]),
    deny("pa-port-level-disable", PA, ISTIO_PA,
         [istio("PeerAuthentication", "loom-serving", {"selector": SELECT, "mtls": {"mode": "STRICT"},
                                                       "portLevelMtls": {"9000": {"mode": "DISABLE"}}})],
         expect="portLevelMtls"),
    deny("pa-lowercase-mode", PA, ISTIO_PA,
         [istio("PeerAuthentication", "loom-data", {"mtls": {"mode": "permissive"}})]),
    deny("pa-in-helm-values", PA, ISTIO_PA,
         [helm("app-chart", "loom-serving", {"peerAuthentication": {"mode": "PERMISSIVE"}})], expect="peerAuthentication"),
    allow("pa-reviewed-status-port-override", PA, ISTIO_PA,
          [istio("PeerAuthentication", "loom-data", {"selector": SELECT, "mtls": {"mode": "STRICT"},
                                                    "portLevelMtls": {"8000": {"mode": "PERMISSIVE"}}}, name="pg-status-port")],
          config={"peer-authentication-strict": {"allowedPortOverrides": ["loom-data/*-status-port:8000"]}}),
    deny("pa-reviewed-override-covers-only-its-port", PA, ISTIO_PA,
         [istio("PeerAuthentication", "loom-data", {"selector": SELECT, "mtls": {"mode": "STRICT"},
                                                   "portLevelMtls": {"5432": {"mode": "PERMISSIVE"}}}, name="pg-status-port")],
         config={"peer-authentication-strict": {"allowedPortOverrides": ["loom-data/*-status-port:8000"]}},
         expect="portLevelMtls[5432]"),
    allow("pa-strict-and-unset", PA, ISTIO_PA,
          [istio("PeerAuthentication", "loom-data", {"mtls": {"mode": "STRICT"}}),
           istio("PeerAuthentication", "loom-serving", {"selector": SELECT, "mtls": {"mode": "UNSET"}})]),
    deny("mesh-wide-strict-missing", MESH, ISTIO_PA,
         [namespace("loom-serving"), istio("PeerAuthentication", "loom-serving", {"mtls": {"mode": "STRICT"}})]),
    deny("mesh-wide-permissive-alongside-strict", MESH, istio_bp("Mutual TLS"),
         [istio("PeerAuthentication", "istio-system", {"mtls": {"mode": "STRICT"}}, name="default"),
          istio("PeerAuthentication", "istio-system", {"mtls": {"mode": "PERMISSIVE"}}, name="legacy")],
         expect="PERMISSIVE"),
    allow("mesh-wide-strict-as-v1beta1", MESH, ISTIO_PA,
          [istio("PeerAuthentication", "istio-system", {"mtls": {"mode": "STRICT"}}, version="v1beta1", name="default")]),
    # --- authorization -------------------------------------------------------------------------------
    deny("ap-principal-wildcard", AP, ISTIO_AP, [ap([frm(principals=["*"])])], expect="principals"),
    deny("ap-trust-domain-wildcard", AP, ISTIO_AP, [ap([frm(principals=["cluster.local/ns/*"])])], expect="cluster.local/ns/*"),
    deny("ap-namespace-wildcard", AP, ISTIO_AP, [ap([frm(namespaces=["*"])])], expect="namespaces"),
    deny("ap-open-ipblock", AP, ISTIO_AP, [ap([frm(ipBlocks=["0.0.0.0/0"])])], expect="0.0.0.0/0"),
    deny("ap-open-remote-ipblock-v6", AP, ISTIO_AP, [ap([frm(remoteIpBlocks=["::/0"])])]),
    deny("ap-no-source", AP, ISTIO_AP, [ap([{"to": [{"operation": {"methods": ["GET"]}}]}])], expect="no source"),
    deny("ap-negative-source-only", AP, istio_bp("Use ALLOW-with-positive-matching and DENY-with-negative-match patterns"),
         [ap([frm(notNamespaces=["untrusted"])])], expect="positive"),
    deny("ap-allow-with-not-paths", AP, istio_bp("Use ALLOW-with-positive-matching and DENY-with-negative-match patterns"),
         [ap([{"from": [{"source": {"namespaces": ["loom-system"]}}],
               "to": [{"operation": {"notPaths": ["/admin"]}}]}])], expect="notPaths"),
    allow("ap-reviewed-identityless-port", AP, ISTIO_AP,
          [istio("AuthorizationPolicy", "loom-data", {"selector": SELECT, "action": "ALLOW", "rules": [
              {"from": [{"source": {"notPrincipals": ["*"]}}], "to": [{"operation": {"ports": ["8000"]}}]}]},
                 name="pg-operator")],
          config={"authorization-policy-no-allow-all": {"identitylessPolicies": ["loom-data/*-operator"]}}),
    deny("ap-reviewed-policy-still-no-wildcards", AP, ISTIO_AP,
         [istio("AuthorizationPolicy", "loom-data", {"selector": SELECT, "action": "ALLOW", "rules": [
             {"from": [{"source": {"namespaces": ["*"]}}]}]}, name="pg-operator")],
         config={"authorization-policy-no-allow-all": {"identitylessPolicies": ["loom-data/*-operator"]}},
         expect="namespaces"),
    deny("ap-empty-rule-patch", AP, ISTIO_AP,
         [istio("AuthorizationPolicy", "loom-data", {"action": "ALLOW", "rules": [{}]}, patch=True)], expect="empty"),
    allow("ap-positive-principal-and-jwt", AP, istio_bp("Use ALLOW-with-positive-matching and DENY-with-negative-match patterns"),
          [ap([frm(principals=["cluster.local/ns/loom-system/sa/rag"])]),
           ap([{"to": [{"operation": {"paths": ["/v1/*"]}}],
                "when": [{"key": "request.auth.claims[iss]", "values": ["https://idp.example.com"]}]}]),
           ap([frm(notPrincipals=["x"])], action="DENY")]),
    deny("default-deny-missing", DD, istio_bp("Apply default-deny authorization policies"),
         [namespace("loom-data"), ap([frm(namespaces=["loom-serving"])], ns="loom-data")], expect="loom-data"),
    allow("default-deny-root-namespace", DD, ISTIO_AUTHZ_TASK,
          [namespace("loom-serving"), namespace("loom-data"), namespace("loom-system"),
           istio("AuthorizationPolicy", "istio-system", {}, name="allow-nothing")]),
    allow("default-deny-per-namespace", DD, istio_bp("Apply default-deny authorization policies"), mesh_baseline()),
    # --- DestinationRule TLS ---------------------------------------------------------------------------
    deny("dr-disable-in-mesh", DR, ISTIO_DR, [dr("api.loom-serving.svc.cluster.local", {"mode": "DISABLE"})],
         expect="DISABLE"),
    deny("dr-simple-to-undeclared-host", DR, ISTIO_DR, [dr("api.example.com", {"mode": "SIMPLE"})], expect="SIMPLE"),
    deny("dr-subset-disable-in-patch", DR, ISTIO_DR,
         [istio("DestinationRule", "loom-serving", {"host": "api", "subsets": [
             {"name": "v2", "trafficPolicy": {"tls": {"mode": "DISABLE"}}}]}, group=NET, patch=True)], expect="subset"),
    deny("dr-skip-verify-external", DR, istio_bp("Configure TLS verification in Destination Rule when using TLS origination"),
         [se(["api.partner.example"]), dr("api.partner.example", {"mode": "SIMPLE", "insecureSkipVerify": True})],
         expect="insecureSkipVerify"),
    deny("dr-internal-service-entry-is-in-mesh", DR, ISTIO_SE,
         [se(["db.internal"], location="MESH_INTERNAL"), dr("db.internal", {"mode": "SIMPLE"})]),
    allow("dr-simple-to-mesh-external-host", DR, ISTIO_DR,
          [se(["*.googleapis.com"]), dr("storage.googleapis.com", {"mode": "SIMPLE", "sni": "storage.googleapis.com"})]),
    allow("dr-istio-mutual", DR, ISTIO_DR, [dr("api.loom-serving.svc.cluster.local", {"mode": "ISTIO_MUTUAL"})]),
    allow("dr-external-host-from-config", DR, ISTIO_DR, [dr("vault.corp.example", {"mode": "MUTUAL",
                                                                                  "credentialName": "vault-client"})],
          config={"destination-rule-istio-mutual": {"externalHosts": ["*.corp.example"]}}),
    # --- gateways -------------------------------------------------------------------------------------
    deny("gw-plain-http", GW, ISTIO_GW, [gateway([{"port": {"number": 80, "name": "http", "protocol": "HTTP"},
                                                   "hosts": ["api.example.com"]}])], expect="plain HTTP"),
    deny("gw-plain-tcp", GW, ISTIO_GW, [gateway([{"port": {"number": 5432, "name": "pg", "protocol": "TCP"},
                                                  "hosts": ["*"]}], ns="team-gw", selector={"app": "tcp-gw"})],
         expect="without TLS"),
    deny("gw-wildcard-host", GW, istio_bp("Avoid overly broad hosts configurations"),
         [gateway([{**HTTPS, "hosts": ["*"]}])], expect="'*'"),
    deny("gw-tls-1-0", GW, ISTIO_GW,
         [gateway([{**HTTPS, "tls": {**HTTPS["tls"], "minProtocolVersion": "TLSV1_0"}}])], expect="TLSV1_0"),
    deny("gw-https-without-tls-settings", GW, ISTIO_GW,
         [gateway([{"port": {"number": 443, "name": "https", "protocol": "HTTPS"}, "hosts": ["api.example.com"]}])],
         expect="without tls.mode"),
    allow("gw-https-and-redirect", GW, ISTIO_GW,
          [gateway([HTTPS, {"port": {"number": 80, "name": "http", "protocol": "HTTP"}, "hosts": ["api.example.com"],
                            "tls": {"httpsRedirect": True}}])]),
    allow("gw-wildcard-allowed-by-config", GW, istio_bp("Avoid overly broad hosts configurations"),
          [gateway([{**HTTPS, "hosts": ["*"]}])], config={"gateway-tls-only": {"allowWildcardHosts": True}}),
    # --- EnvoyFilter ---------------------------------------------------------------------------------
    deny("envoyfilter-unlisted", EF, ISTIO_ENVOYFILTER,
         [istio("EnvoyFilter", "istio-system", {"configPatches": []}, group=NET, version="v1alpha3", name="lua")],
         expect="istio-system/lua"),
    allow("envoyfilter-listed", EF, ISTIO_ENVOYFILTER,
          [istio("EnvoyFilter", "istio-system", {"configPatches": []}, group=NET, version="v1alpha3", name="lua")],
          config={"envoy-filter-allow-list": {"allowed": ["istio-system/lua"]}}),
    # --- egress -------------------------------------------------------------------------------------
    deny("egress-default-allow-any", EG, ISTIO_MESH, [istiod()], expect="ALLOW_ANY"),
    deny("egress-explicit-allow-any-v4", EG, ISTIO_MESH, [istiod("ALLOW_ANY", v4=True)], expect="ALLOW_ANY"),
    deny("egress-sidecar-allow-any", EG, ISTIO_MESH,
         [istiod("REGISTRY_ONLY"), istio("Sidecar", "team-a", {"outboundTrafficPolicy": {"mode": "ALLOW_ANY"}},
                                         group=NET)], expect="Sidecar"),
    deny("egress-service-entry-star", EG, istio_bp("Securing egress traffic"), [se(["*"])], expect="'*'"),
    deny("egress-values-file-overridden", EG, ISTIO_MESH,
         [istiod("ALLOW_ANY", files=["meshConfig:\n  outboundTrafficPolicy:\n    mode: REGISTRY_ONLY\n"])]),
    allow("egress-registry-only", EG, ISTIO_MESH, [istiod("REGISTRY_ONLY"), se(["s3.eu-west-1.amazonaws.com"])]),
    allow("egress-root-sidecar", EG, ISTIO_MESH,
          [istiod(), istio("Sidecar", "istio-system", {"outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"}},
                           group=NET, name="default")]),
    allow("egress-istio-operator", EG, ISTIO_MESH,
          [obj("install.istio.io/v1alpha1", "IstioOperator", "istio-system",
               {"meshConfig": {"outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"}}})]),
    allow("egress-mesh-configmap", EG, ISTIO_MESH,
          [obj("v1", "ConfigMap", "istio-system", None, name="istio",
               data={"mesh": "outboundTrafficPolicy:\n  mode: REGISTRY_ONLY\n"})]),
]

