"""The preview's public API (engineer D's policy check codes against it) and its mocks."""

from __future__ import annotations

import json

import pulumi
import pulumi_kubernetes as k8s
import pulumi_random as random
from google.protobuf import struct_pb2

from loom import mocks
from loom.preview import SECRET, PreviewResource, PreviewResult, _plain, run_program


class _Tiny(pulumi.ComponentResource):
    def __init__(self, name: str) -> None:
        super().__init__("loom:test:Tiny", name, None, None)
        provider = k8s.Provider(f"{name}-k8s", kubeconfig=pulumi.Output.secret("apiVersion: v1"), opts=pulumi.ResourceOptions(parent=self))
        ns = k8s.core.v1.Namespace(
            f"{name}-ns", metadata={"name": "loom-x"}, opts=pulumi.ResourceOptions(parent=self, provider=provider, protect=True)
        )
        pw = random.RandomPassword(f"{name}-pw", length=24, special=False, opts=pulumi.ResourceOptions(parent=self))
        k8s.core.v1.Secret(
            f"{name}-secret",
            metadata={"namespace": ns.metadata["name"], "name": "db"},
            string_data={"password": pw.result},
            opts=pulumi.ResourceOptions(parent=self, provider=provider),
        )
        self.password = pw.result
        self.register_outputs({"password": pw.result})


def _program() -> None:
    tiny = _Tiny("t")
    pulumi.export("password", tiny.password)
    pulumi.export("env", pulumi.Config("loom").require("environment"))


def _result() -> PreviewResult:
    return run_program(_program, stack="unit", config={"loom:environment": "unit"})


def test_records_parent_provider_protect_dependencies_and_secrets():
    result = _result()
    by_name = {r.name: r for r in result.resources}
    stack, tiny = by_name["loom-unit"], by_name["t"]
    assert stack.type == "pulumi:pulumi:Stack" and stack.parent is None and not stack.custom
    assert tiny.parent == stack.urn and tiny.custom is False
    ns, secret, provider = by_name["t-ns"], by_name["t-secret"], by_name["t-k8s"]
    assert ns.protect is True and secret.protect is False
    assert secret.provider == provider.urn and provider.type == "pulumi:providers:kubernetes"
    assert by_name["t-pw"].provider is None  # the default random provider
    assert ns.urn in secret.dependencies and by_name["t-pw"].urn in secret.dependencies
    assert provider.inputs == {"kubeconfig": SECRET}
    assert secret.inputs["stringData"] == SECRET  # random's result is an additional secret output
    assert secret.inputs["metadata"] == {"name": "db", "namespace": "loom-x"}
    assert result.outputs == {"password": SECRET, "env": "unit"}


def test_to_json_has_exactly_the_documented_shape():
    data = _result().to_json()
    assert set(data) == {"stack", "project", "resources"}
    assert data["project"] == "loom" and data["stack"] == "unit"
    for r in data["resources"]:
        assert set(r) == {"urn", "type", "name", "parent", "provider", "inputs"}
    json.dumps(data)  # plain data only


def test_repeatable_in_one_process():
    assert _result().to_json() == _result().to_json()


def test_plain_replaces_nested_secrets_and_keeps_integers():
    s = struct_pb2.Struct()
    s.update({"port": 8000.0, "ratio": 0.5, "env": [{"name": "A", "value": {"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "value": "x"}}]})
    assert _plain(s) == {"env": [{"name": "A", "value": SECRET}], "port": 8000, "ratio": 0.5}


def test_mock_policy_document_renders_iam_json():
    doc = mocks.invoke_outputs(
        "aws:iam/getPolicyDocument:getPolicyDocument",
        {"statements": [{"effect": "Allow", "actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::b/*"], "principals": [{"type": "Federated", "identifiers": ["arn:x"]}], "conditions": [{"test": "StringEquals", "variable": "k", "values": ["v"]}]}]},
    )
    policy = json.loads(doc["json"])
    assert policy["Statement"][0] == {
        "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*",
        "Principal": {"Federated": "arn:x"}, "Condition": {"StringEquals": {"k": "v"}},
    }


def test_mock_outputs_are_deterministic_and_provider_shaped():
    a = mocks.new_resource_outputs("aws:eks/cluster:Cluster", "c", {"name": "loom", "region": "eu-west-1"})
    b = mocks.new_resource_outputs("aws:eks/cluster:Cluster", "c", {"name": "loom", "region": "eu-west-1"})
    assert a == b
    _, out = a
    assert out["endpoint"].startswith("https://") and ".eu-west-1.eks.amazonaws.com" in out["endpoint"]
    assert out["identities"][0]["oidcs"][0]["issuer"].startswith("https://oidc.eks.eu-west-1.amazonaws.com/id/")
    _, sa = mocks.new_resource_outputs("azure-native:storage:StorageAccount", "sa", {"accountName": "loomsa", "identity": {"type": "UserAssigned", "userAssignedIdentities": ["/id/1"]}})
    assert set(sa["identity"]["userAssignedIdentities"]) == {"/id/1"}
    assert sa["primaryEndpoints"]["dfs"] == "https://loomsa.dfs.core.windows.net/"


def test_preview_resource_is_a_plain_dataclass():
    r = PreviewResource(urn="u", type="t", name="n", parent=None, provider=None, inputs={}, custom=True, protect=False)
    assert r.dependencies == []


def test_a_preview_gives_back_the_callers_runtime_state():
    """Tests elsewhere configure their own mocks; a preview in between must not leave ours behind."""
    from pulumi.runtime import config as rc
    from pulumi.runtime.settings import SETTINGS

    class _Mine(pulumi.runtime.Mocks):
        def new_resource(self, args):
            return "id", args.inputs

        def call(self, args):
            return {}

    pulumi.runtime.set_mocks(_Mine(), project="other", stack="theirs", preview=False)
    rc.set_all_config({"app:key": "v"})
    monitor = SETTINGS.monitor
    _result()
    assert SETTINGS.monitor is monitor and pulumi.get_project() == "other" and pulumi.get_stack() == "theirs"
    assert rc.CONFIG.get() == {"app:key": "v"}
