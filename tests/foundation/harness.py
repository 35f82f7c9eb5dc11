"""Run foundation code under the Pulumi SDK's mocks and record every registered resource.

A `Graph` keeps each resource's type, name, inputs (as the engine sees them: camelCase), parent
URN, provider reference and protect flag, so tests assert on what `pulumi up` would send.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable, Optional

import pulumi
from pulumi.runtime import mocks as pulumi_mocks
from pulumi.runtime.stack import run_pulumi_func
from pulumi.runtime.sync_await import _sync_await


@dataclasses.dataclass
class Registered:
    type: str
    name: str
    urn: str
    inputs: dict
    parent: str
    provider: str
    protect: bool
    dependencies: list
    ignore_changes: list
    outputs: dict = dataclasses.field(default_factory=dict)


class Graph:
    def __init__(self) -> None:
        self.resources: list[Registered] = []
        self.calls: list[tuple[str, dict]] = []

    def of_type(self, typ: str) -> list[Registered]:
        return [r for r in self.resources if r.type == typ]

    def one(self, typ: str, name: Optional[str] = None) -> Registered:
        found = [r for r in self.of_type(typ) if name is None or r.name == name]
        assert len(found) == 1, f"expected one {typ} {name or ''}, found {[r.name for r in found]}"
        return found[0]

    def named(self, name: str) -> Registered:
        found = [r for r in self.resources if r.name == name]
        assert len(found) == 1, f"expected one resource named {name}, found {len(found)}"
        return found[0]

    def types(self) -> set[str]:
        return {r.type for r in self.resources}

    def by_urn(self, urn: str) -> Registered:
        return next(r for r in self.resources if r.urn == urn)


def _plausible_outputs(typ: str, name: str, inputs: dict) -> dict:
    out = dict(inputs)
    arn = f"arn:aws:{typ.split(':')[1].split('/')[0]}:eu-west-1:123456789012:{name}"
    if typ.startswith("aws:"):
        out.setdefault("arn", arn)
        out.setdefault("id", f"{name}-id")
    if typ == "aws:eks/cluster:Cluster":
        out.update(
            endpoint="https://ABCDEF.gr7.eu-west-1.eks.amazonaws.com",
            certificateAuthority={"data": "Q0EtREFUQQ=="},
            identities=[{"oidcs": [{"issuer": "https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF"}]}],
            vpcConfig={**inputs.get("vpcConfig", {}), "clusterSecurityGroupId": "sg-cluster"},
        )
    elif typ == "aws:kms/key:Key":
        out.update(keyId=f"{name}-key-id", arn=f"arn:aws:kms:eu-west-1:123456789012:key/{name}")
    elif typ == "aws:s3/bucket:Bucket":
        bucket = inputs.get("bucketPrefix", name + "-") + "abc123"
        out.update(bucket=bucket, arn=f"arn:aws:s3:::{bucket}")
    elif typ == "aws:iam/role:Role":
        out.update(name=f"{name}-x", arn=f"arn:aws:iam::123456789012:role/{name}")
    elif typ == "aws:iam/openIdConnectProvider:OpenIdConnectProvider":
        out.update(arn="arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF")
    elif typ == "aws:sqs/queue:Queue":
        out.update(name=f"{name}-x", url=f"https://sqs.eu-west-1.amazonaws.com/123456789012/{name}-x",
                   arn=f"arn:aws:sqs:eu-west-1:123456789012:{name}-x")
    elif typ == "aws:cloudwatch/eventRule:EventRule":
        out.setdefault("name", f"{name}-x")
    elif typ == "aws:rds/instance:Instance":
        out.update(address=f"{name}.cluster.eu-west-1.rds.amazonaws.com", port=5432)
    elif typ in ("aws:rds/subnetGroup:SubnetGroup", "aws:rds/parameterGroup:ParameterGroup"):
        out.setdefault("name", f"{name}-x")
    elif typ == "gcp:container/cluster:Cluster":
        out.update(endpoint="34.1.2.3", masterAuth={"clusterCaCertificate": "Q0EtREFUQQ=="},
                   name=inputs.get("name", name), selfLink=f"https://container.googleapis.com/{name}")
    elif typ == "gcp:serviceaccount/account:Account":
        out.update(email=f"{inputs.get('accountId', name)}@proj-1.iam.gserviceaccount.com",
                   name=f"projects/proj-1/serviceAccounts/{name}")
    elif typ == "gcp:storage/bucket:Bucket":
        out.update(name=inputs.get("name", name), url=f"gs://{inputs.get('name', name)}")
    elif typ == "gcp:sql/databaseInstance:DatabaseInstance":
        out.update(privateIpAddress="10.90.0.5", connectionName=f"proj-1:europe-west4:{name}", name=f"{name}-x")
    elif typ.startswith("gcp:"):
        out.setdefault("name", inputs.get("name", name))
        out.setdefault("selfLink", f"https://www.googleapis.com/{name}")
        out.setdefault("id", f"projects/proj-1/{name}")
    if typ.startswith("azure-native:"):
        out.update(_azure_outputs(typ, name, inputs))
    if typ == "random:index/randomPassword:RandomPassword":
        out.update(result="mock-password-" + "x" * 20, bcryptHash="$2a$mock")
    elif typ == "random:index/randomId:RandomId":
        out.update(b64Std="bW9jay1rZXktbW9jay1rZXktbW9jay1rZXktMDE=", b64Url="bW9jaw", hex="6d6f636b", dec="1")
    elif typ.startswith("kubernetes:") and isinstance(inputs.get("metadata"), dict):
        meta = dict(inputs["metadata"])
        meta.setdefault("name", f"{name}-abc123")
        out["metadata"] = meta
    return out


_AZURE_NAME_KEYS = (  # child names before their parents' names
    "keyName", "containerName", "subnetName", "databaseName", "configurationName", "agentPoolName",
    "federatedIdentityCredentialResourceName", "virtualNetworkLinkName", "managementPolicyName", "blobServicesName",
    "resourceName", "accountName", "vaultName", "virtualNetworkName", "serverName", "privateZoneName",
    "resourceGroupName")


def _azure_outputs(typ: str, name: str, inputs: dict) -> dict:
    module = typ.split(":")[1]
    if typ == "azure-native:storage:BlobContainer":
        physical = inputs.get("containerName", name)
    else:
        physical = next((inputs[k] for k in _AZURE_NAME_KEYS if k in inputs), name)
    out: dict = {"name": physical, "id": f"/subscriptions/sub/resourceGroups/rg/providers/Microsoft.{module}/x/{physical}"}
    if isinstance(inputs.get("identity"), dict) and isinstance(inputs["identity"].get("userAssignedIdentities"), list):
        # inputs are a list of ids; the API answers a map keyed by id
        out["identity"] = {**inputs["identity"], "userAssignedIdentities": {
            i: {"clientId": "cid", "principalId": "pid"} for i in inputs["identity"]["userAssignedIdentities"]
            if isinstance(i, str)}}
    if typ == "azure-native:containerservice:ManagedCluster":
        out.update(oidcIssuerProfile={"enabled": True, "issuerURL": "https://westeurope.oic.prod-aks.azure.com/tenant/uuid/"},
                   fqdn=f"{physical}.hcp.westeurope.azmk8s.io")
    elif typ == "azure-native:managedidentity:UserAssignedIdentity":
        out.update(clientId=f"{name}-client-id", principalId=f"{name}-principal-id")
    elif typ == "azure-native:keyvault:Key":
        out.update(keyUri=f"https://kv.vault.azure.net/keys/{physical}",
                   keyUriWithVersion=f"https://kv.vault.azure.net/keys/{physical}/0123456789abcdef")
    elif typ == "azure-native:keyvault:Vault":
        out["properties"] = {**inputs.get("properties", {}), "vaultUri": f"https://{physical}.vault.azure.net/"}
    elif typ == "azure-native:dbforpostgresql:Server":
        out.update(fullyQualifiedDomainName=f"{physical}.postgres.database.azure.com")
    return out


class RecordingMocks(pulumi.runtime.Mocks):
    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        outputs = _plausible_outputs(args.typ, args.name, args.inputs)
        for r in reversed(self.graph.resources):
            if r.type == args.typ and r.name == args.name and not r.outputs:
                r.outputs = outputs
                break
        return outputs.get("id", f"{args.name}-id"), outputs

    def call(self, args: pulumi.runtime.MockCallArgs):
        self.graph.calls.append((args.token, dict(args.args)))
        if args.token == "aws:index/getCallerIdentity:getCallerIdentity":
            return {"accountId": "123456789012", "arn": "arn:aws:iam::123456789012:user/test", "userId": "AIDATEST"}
        if args.token == "aws:index/getPartition:getPartition":
            return {"partition": "aws", "dnsSuffix": "amazonaws.com"}
        if args.token == "aws:index/getAvailabilityZones:getAvailabilityZones":
            return {"names": ["eu-west-1a", "eu-west-1b", "eu-west-1c"], "zoneIds": ["euw1-az1", "euw1-az2", "euw1-az3"]}
        if args.token == "gcp:organizations/getProject:getProject":
            return {"number": "123456789", "projectId": args.args.get("projectId", "proj-1")}
        if args.token == "gcp:storage/getProjectServiceAccount:getProjectServiceAccount":
            return {"emailAddress": "service-123456789@gs-project-accounts.iam.gserviceaccount.com"}
        if args.token == "azure-native:authorization:getClientConfig":
            return {"subscriptionId": "sub-0000", "tenantId": "tid", "clientId": "cid", "objectId": "oid"}
        if args.token == "azure-native:containerservice:listManagedClusterUserCredentials":
            import base64

            import yaml

            cfg = {"apiVersion": "v1", "kind": "Config", "clusters": [{"name": "c", "cluster": {
                "server": "https://loom.hcp.westeurope.azmk8s.io:443", "certificate-authority-data": "Q0EtREFUQQ=="}}],
                "users": [{"name": "u", "user": {"token": "MUST-NOT-LEAK"}}]}
            return {"kubeconfigs": [{"name": "clusterUser", "value": base64.b64encode(yaml.safe_dump(cfg).encode()).decode()}]}
        return {}


class RecordingMonitor(pulumi_mocks.MockMonitor):
    def __init__(self, mocks: RecordingMocks) -> None:
        super().__init__(mocks)
        self.graph = mocks.graph

    def RegisterResource(self, request):
        if request.type != "pulumi:pulumi:Stack":
            from pulumi.runtime import rpc
            from pulumi.runtime.sync_await import _ensure_event_loop

            _ensure_event_loop()
            self.graph.resources.append(
                Registered(
                    type=request.type,
                    name=request.name,
                    urn=self.make_urn(request.parent, request.type, request.name),
                    inputs=rpc.deserialize_properties(request.object, keep_unknowns=True),
                    parent=request.parent,
                    provider=request.provider,
                    protect=bool(request.protect),
                    dependencies=list(request.dependencies),
                    ignore_changes=list(request.ignoreChanges),
                )
            )
        return super().RegisterResource(request)


def run(program: Callable[[], Any], preview: bool = False) -> Graph:
    """Run `program` under mocks and return the recorded graph (raises what the program raised)."""
    graph = Graph()
    mocks = RecordingMocks(graph)
    pulumi.runtime.set_mocks(mocks, project="loom", stack="test", preview=preview, monitor=RecordingMonitor(mocks))
    result: dict = {}

    def body() -> None:
        result["value"] = program()

    _sync_await(run_pulumi_func(body))
    graph.result = result.get("value")  # type: ignore[attr-defined]
    return graph


def resolve(output: Any) -> Any:
    """The value of an Output after `run` (mocked outputs are all known)."""
    return _sync_await(pulumi.Output.from_input(output).future())


def walk_strings(value: Any):
    """Every string inside a nested inputs structure."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from walk_strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from walk_strings(v)


SECRET_SIG = "4dabf18193072939515e22adb298388d"

# Resource types that mint long-lived credentials: a foundation must never create one.
STATIC_KEY_TYPES = {
    "aws:iam/accessKey:AccessKey",
    "aws:iam/user:User",
    "gcp:serviceaccount/key:Key",
    "gcp:storage/hmacKey:HmacKey",
    "azure-native:storage:StorageAccountKey",
}
STATIC_KEY_WORDS = re.compile(
    r"(AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|secretKey|accessKey|AZURE_STORAGE_KEY|AZURE_CLIENT_SECRET|"
    r"GOOGLE_APPLICATION_CREDENTIALS|sharedKey|connectionString|MINIO_ACCESS_KEY|MINIO_SECRET_KEY)")


def is_secret(value: Any) -> bool:
    return isinstance(value, dict) and SECRET_SIG in value


def unsecret(value: Any) -> Any:
    return value["value"] if is_secret(value) else value


def static_key_findings(graph: Graph) -> list[str]:
    """Every place a static object-store credential appears: credential resources, or key-like env/inputs."""
    found = [f"{r.type} {r.name}" for r in graph.resources if r.type in STATIC_KEY_TYPES]
    for r in graph.resources:
        for s in walk_strings(r.inputs):
            if STATIC_KEY_WORDS.search(s):
                found.append(f"{r.type} {r.name}: {s[:80]}")
    return found


def output_is_secret(output: pulumi.Output) -> bool:
    return bool(_sync_await(output._is_secret))


def ancestors(graph: Graph, resource: Registered) -> list[str]:
    """Types of the parents of `resource`, nearest first (the mock URN only keeps the nearest parent type)."""
    by_urn = {r.urn: r for r in graph.resources}
    chain, parent = [], resource.parent
    while parent in by_urn:
        chain.append(by_urn[parent].type)
        parent = by_urn[parent].parent
    return chain
