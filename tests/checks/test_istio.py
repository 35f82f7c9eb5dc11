"""The Istio evaluator against Istio's own documentation and sources, not against Loom's objects.

Cases come from istio/istio 1.27.3 (manifests/charts/istio-control/istio-discovery/templates/
mutatingwebhook.yaml, pkg/kube/inject/inject.go injectRequired and its webhook_test.go table,
files/injection-template.yaml, pilot/pkg/security/authn/policy_applier.go, pilot/pkg/security/authz/
model/model.go) and istio/api 1.27.3 (security/v1beta1/peer_authentication.proto and
authorization_policy.proto, whose examples are reproduced here), plus istio.io's "Sidecar injection"
page (the injection-policy table) and the "Authorization on TCP traffic" task.
"""

from __future__ import annotations

import pytest

from loom.checks import istio
from loom.checks.istio import Decision, InjectionConfig, Policy, Request

ENABLED = {"istio-injection": "enabled"}


# --- sidecar injection --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case, ns_labels, pod_labels, pod_annotations, expected",
    [
        ("namespace enabled, nothing on the pod", ENABLED, {}, {}, True),
        ("pod label false opts out", ENABLED, {"sidecar.istio.io/inject": "false"}, {}, False),
        ("namespace disabled wins over the pod label", {"istio-injection": "disabled"}, {"sidecar.istio.io/inject": "true"}, {}, False),
        ("unlabelled namespace, pod label true", {}, {"sidecar.istio.io/inject": "true"}, {}, True),
        ("unlabelled namespace, only an annotation: webhooks select on labels", {}, {}, {"sidecar.istio.io/inject": "true"}, False),
        ("unlabelled namespace, nothing", {}, {}, {}, False),
        ("the deprecated annotation still opts out once the webhook is called", ENABLED, {}, {"sidecar.istio.io/inject": "false"}, False),
        ("label wins over annotation", ENABLED, {"sidecar.istio.io/inject": "true"}, {"sidecar.istio.io/inject": "false"}, True),
        ("values are case-sensitive: False is not false, so the namespace policy applies", ENABLED, {"sidecar.istio.io/inject": "False"}, {}, True),
        ("values are case-sensitive: a pod label True selects no webhook", {}, {"sidecar.istio.io/inject": "True"}, {}, False),
        ("namespace label values are case-sensitive", {"istio-injection": "Enabled"}, {}, {}, False),
        ("yes is not accepted either (only true/false)", ENABLED, {"sidecar.istio.io/inject": "yes"}, {}, True),
        ("istio.io/rev=default selects the default revision", {"istio.io/rev": "default"}, {}, {}, True),
        ("istio.io/rev of a revision that is not installed", {"istio.io/rev": "canary"}, {}, {}, False),
        ("istio-injection takes precedence over istio.io/rev", {"istio-injection": "enabled", "istio.io/rev": "canary"}, {}, {}, True),
        ("pod label istio.io/rev=default in an unlabelled namespace", {}, {"istio.io/rev": "default"}, {}, True),
    ],
)
def test_injection_follows_the_webhook_selectors_and_injectRequired(case, ns_labels, pod_labels, pod_annotations, expected):
    got, why = istio.injected("apps", ns_labels, pod_labels, pod_annotations)
    assert got is expected, f"{case}: {why}"


def test_host_network_and_system_namespaces_are_never_injected():
    assert istio.injected("apps", ENABLED, {}, {}, host_network=True)[0] is False
    assert istio.injected("kube-system", {}, {"sidecar.istio.io/inject": "true"}, {})[0] is False
    assert istio.injected("local-path-storage", {}, {"sidecar.istio.io/inject": "true"}, {})[0] is False


def test_enable_namespaces_by_default_injects_unlabelled_namespaces_but_not_kube_system():
    cfg = InjectionConfig(enable_namespaces_by_default=True)
    assert istio.injected("apps", {}, {}, {}, config=cfg)[0] is True
    assert istio.injected("kube-system", {}, {}, {}, config=cfg)[0] is False
    assert istio.injected("apps", {"istio-injection": "disabled"}, {}, {}, config=cfg)[0] is False


def test_never_and_always_inject_selectors_only_apply_without_an_explicit_value():
    never = InjectionConfig(never_inject=[{"matchLabels": {"job": "batch"}}])
    assert istio.injected("apps", ENABLED, {"job": "batch"}, {}, config=never)[0] is False
    assert istio.injected("apps", ENABLED, {"job": "batch", "sidecar.istio.io/inject": "true"}, {}, config=never)[0] is True
    always = InjectionConfig(always_inject=[{"matchLabels": {"mesh": "yes"}}], auto_inject="disabled")
    assert istio.injected("apps", ENABLED, {"mesh": "yes"}, {}, config=always)[0] is True
    assert istio.injected("apps", ENABLED, {}, {}, config=always)[0] is False


def test_inbound_capture_skips_the_agent_ports_and_annotated_exclusions():
    assert not istio.inbound_captured(15020, {})  # status port: merged Prometheus metrics
    assert not istio.inbound_captured(15021, {})  # health
    assert not istio.inbound_captured(15090, {})  # Envoy's Prometheus
    assert istio.inbound_captured(8080, {})
    assert not istio.inbound_captured(8080, {"traffic.sidecar.istio.io/excludeInboundPorts": "8080,9090"})
    assert not istio.inbound_captured(9090, {"traffic.sidecar.istio.io/includeInboundPorts": "8080"})
    assert istio.inbound_captured(15020, {"status.sidecar.istio.io/port": "0"})


# --- PeerAuthentication (examples of peer_authentication.proto) ------------------------------------


def pa(ns, name, mode=None, selector=None, ports=None):
    spec = {}
    if mode:
        spec["mtls"] = {"mode": mode}
    if selector:
        spec["selector"] = {"matchLabels": selector}
    if ports:
        spec["portLevelMtls"] = {str(k): {"mode": v} for k, v in ports.items()}
    return Policy(ns, name, spec)


def test_no_policy_means_permissive():
    assert istio.peer_authentication_mode([], "istio-system", "foo", {}, 80) == "PERMISSIVE"


def test_mesh_namespace_and_workload_levels():
    policies = [pa("istio-system", "default", "STRICT"), pa("foo", "default", "PERMISSIVE"), pa("foo", "finance", "STRICT", {"app": "finance"})]
    assert istio.peer_authentication_mode(policies, "istio-system", "bar", {}, 80) == "STRICT"
    assert istio.peer_authentication_mode(policies, "istio-system", "foo", {"app": "web"}, 80) == "PERMISSIVE"
    assert istio.peer_authentication_mode(policies, "istio-system", "foo", {"app": "finance"}, 80) == "STRICT"


def test_port_level_mtls_and_unset_inheritance():
    strict_but_8080 = [pa("foo", "default", "STRICT", {"app": "finance"}, {8080: "DISABLE"})]
    assert istio.peer_authentication_mode(strict_but_8080, "istio-system", "foo", {"app": "finance"}, 8080) == "DISABLE"
    assert istio.peer_authentication_mode(strict_but_8080, "istio-system", "foo", {"app": "finance"}, 9090) == "STRICT"
    inherit = [pa("istio-system", "default", "STRICT"), pa("foo", "default", "UNSET", {"app": "finance"}, {8080: "DISABLE", 9000: "UNSET"})]
    assert istio.peer_authentication_mode(inherit, "istio-system", "foo", {"app": "finance"}, 80) == "STRICT"
    assert istio.peer_authentication_mode(inherit, "istio-system", "foo", {"app": "finance"}, 8080) == "DISABLE"
    assert istio.peer_authentication_mode(inherit, "istio-system", "foo", {"app": "finance"}, 9000) == "STRICT"


def test_root_namespace_policy_with_a_selector_is_ignored_and_the_oldest_wins():
    policies = [pa("istio-system", "picky", "DISABLE", {"app": "finance"})]
    assert istio.peer_authentication_mode(policies, "istio-system", "foo", {"app": "finance"}, 80) == "PERMISSIVE"
    two = [pa("foo", "older", "STRICT"), pa("foo", "newer", "DISABLE")]
    assert istio.peer_authentication_mode(two, "istio-system", "foo", {}, 80) == "STRICT"


# --- AuthorizationPolicy (examples of authorization_policy.proto and istio.io tasks) ---------------

SLEEP = "cluster.local/ns/default/sa/sleep"


def ap(ns, name, spec):
    return Policy(ns, name, spec)


HTTPBIN = ap("foo", "httpbin", {
    "action": "ALLOW",
    "rules": [{"from": [{"source": {"principals": [SLEEP]}}, {"source": {"namespaces": ["test"]}}],
               "to": [{"operation": {"methods": ["GET"], "paths": ["/info*"]}}, {"operation": {"methods": ["POST"], "paths": ["/data"]}}]}],
})


def decide(policies, req, ns="foo", labels=None):
    return istio.authorize(policies, "istio-system", ns, labels or {"app": "httpbin"}, req).decision


def test_no_policy_allows_and_allow_nothing_denies():
    assert decide([], Request(80)) is Decision.ALLOW
    assert decide([ap("foo", "allow-nothing", {})], Request(80, SLEEP)) is Decision.DENY
    assert decide([ap("foo", "allow-all", {"rules": [{}]})], Request(80)) is Decision.ALLOW


def test_principals_and_namespaces_need_mtls():
    assert decide([HTTPBIN], Request(80, SLEEP, "http")) is Decision.ALLOW
    assert decide([HTTPBIN], Request(80, "cluster.local/ns/test/sa/any", "http")) is Decision.ALLOW
    assert decide([HTTPBIN], Request(80, "cluster.local/ns/dev/sa/sleep", "http")) is Decision.DENY
    assert decide([HTTPBIN], Request(80, None, "http")) is Decision.DENY  # plaintext has no principal


def test_http_only_fields_on_tcp_drop_the_allow_rule_and_widen_the_deny_rule():
    assert decide([HTTPBIN], Request(80, SLEEP, "tcp")) is Decision.DENY
    deny_post_8080 = ap("foo", "httpbin", {"action": "DENY", "rules": [{"to": [{"operation": {"methods": ["POST"], "ports": ["8080"]}}]}]})
    assert decide([deny_post_8080], Request(8080, SLEEP, "tcp")) is Decision.DENY
    assert decide([deny_post_8080], Request(9090, SLEEP, "tcp")) is Decision.ALLOW
    # On HTTP the DENY refuses only POSTs: the flow as a whole still gets through.
    assert decide([deny_post_8080], Request(8080, SLEEP, "http")) is Decision.ALLOW


def test_deny_is_evaluated_before_allow():
    deny_dev = ap("foo", "deny-dev", {"action": "DENY", "rules": [{"from": [{"source": {"namespaces": ["dev"]}}]}]})
    allow_all = ap("foo", "allow-all", {"rules": [{}]})
    assert decide([allow_all, deny_dev], Request(80, "cluster.local/ns/dev/sa/a")) is Decision.DENY
    assert decide([allow_all, deny_dev], Request(80, "cluster.local/ns/prod/sa/a")) is Decision.ALLOW


def test_root_namespace_policy_applies_to_every_namespace_and_selectors_narrow_it():
    v1_only = ap("istio-system", "v1", {"selector": {"matchLabels": {"version": "v1"}}, "rules": [{"from": [{"source": {"namespaces": ["ops"]}}]}]})
    assert decide([v1_only], Request(80, "cluster.local/ns/dev/sa/a"), "shop", {"version": "v1"}) is Decision.DENY
    assert decide([v1_only], Request(80, "cluster.local/ns/ops/sa/a"), "shop", {"version": "v1"}) is Decision.ALLOW
    assert decide([v1_only], Request(80, "cluster.local/ns/dev/sa/a"), "shop", {"version": "v2"}) is Decision.ALLOW
    other_ns = ap("elsewhere", "deny", {})
    assert decide([other_ns], Request(80), "shop") is Decision.ALLOW


def test_string_matching_forms_and_negations():
    assert istio.string_match("cluster.local/ns/prod/*", "cluster.local/ns/prod/sa/x")
    assert istio.string_match("*/sa/admin", "cluster.local/ns/a/sa/admin")
    assert istio.string_match("*", "anything") and not istio.string_match("*", None)
    any_mtls = ap("foo", "mtls-only", {"rules": [{"from": [{"source": {"principals": ["*"]}}]}]})
    assert decide([any_mtls], Request(80, SLEEP)) is Decision.ALLOW
    assert decide([any_mtls], Request(80, None)) is Decision.DENY
    deny_plaintext = ap("foo", "deny-plaintext", {"action": "DENY", "rules": [{"from": [{"source": {"notPrincipals": ["*"]}}]}]})
    assert decide([deny_plaintext], Request(80, None)) is Decision.DENY
    assert decide([deny_plaintext], Request(80, SLEEP)) is Decision.ALLOW
    not_ns = ap("foo", "not-dev", {"rules": [{"from": [{"source": {"notNamespaces": ["dev"]}}]}]})
    assert decide([not_ns], Request(80, "cluster.local/ns/prod/sa/a")) is Decision.ALLOW
    assert decide([not_ns], Request(80, "cluster.local/ns/dev/sa/a")) is Decision.DENY


def test_service_accounts_field_and_ports():
    sa = ap("foo", "sa", {"rules": [{"from": [{"source": {"serviceAccounts": ["default/sleep", "local"]}}], "to": [{"operation": {"ports": ["8000"]}}]}]})
    assert decide([sa], Request(8000, SLEEP)) is Decision.ALLOW
    assert decide([sa], Request(8000, "cluster.local/ns/foo/sa/local")) is Decision.ALLOW
    assert decide([sa], Request(8001, SLEEP)) is Decision.DENY
    assert decide([sa], Request(8000, "cluster.local/ns/other/sa/sleep")) is Decision.DENY


def test_what_the_graph_cannot_know_is_never_counted_as_allowed_or_denied():
    ip = ap("foo", "office", {"rules": [{"from": [{"source": {"ipBlocks": ["203.0.113.0/24"]}}]}]})
    assert decide([ip], Request(80, SLEEP)) is Decision.UNKNOWN
    custom = ap("foo", "ext-authz", {"action": "CUSTOM", "provider": {"name": "opa"}, "rules": [{}]})
    assert decide([custom], Request(80, SLEEP)) is Decision.UNKNOWN
    when = ap("foo", "iss", {"rules": [{"when": [{"key": "request.auth.claims[iss]", "values": ["https://accounts.google.com"]}]}]})
    assert decide([when], Request(80, SLEEP, "http")) is Decision.UNKNOWN
    assert decide([when], Request(80, SLEEP, "tcp")) is Decision.DENY


def test_target_ref_policies_do_not_apply_to_sidecars():
    waypoint = ap("foo", "wp", {"targetRefs": [{"kind": "Service", "group": "", "name": "httpbin"}]})
    assert decide([waypoint], Request(80)) is Decision.ALLOW


def test_protocol_selection_from_service_ports():
    assert istio.protocol_of("http", "") == "http"
    assert istio.protocol_of("grpc-api", "") == "http"
    assert istio.protocol_of("whatever", "http2") == "http"
    assert istio.protocol_of("milvus", "") == "tcp"
    assert istio.protocol_of("https", "") == "tcp"
