"""Per environment, the previewed graph holds the expected resources and the properties that
make it production-grade (mTLS, GPUs, no static keys, encryption, secrets)."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest

from loom import mocks
from contract.outputs import OutputsContract
from loom.preview import SECRET, PreviewResource, PreviewResult

from .conftest import GPU_STACKS, STACKS

COMPONENT_TYPES = {
    "loom:platform:Platform",
    "loom:mesh:IstioMesh",
    "loom:triton:TritonServing",
    "loom:milvus:MilvusVectorStore",
    "loom:mlflow:MlflowTracking",
    "loom:lake:TelemetryLake",
    "loom:observability:Observability",
    "loom:feedback:FeedbackLoop",
}
FOUNDATION_TYPE = {
    "dev": "loom:foundation:ExistingClusterFoundation",
    "onprem": "loom:foundation:ExistingClusterFoundation",
    "edge": "loom:foundation:ExistingClusterFoundation",
    "aws": "loom:foundation:AwsFoundation",
    "gcp": "loom:foundation:GcpFoundation",
    "azure": "loom:foundation:AzureFoundation",
}
CLOUD_PROVIDER = {"aws": ("pulumi:providers:aws", "region", "eu-west-1"), "gcp": ("pulumi:providers:gcp", "region", "europe-west4"), "azure": ("pulumi:providers:azure-native", "location", "westeurope")}

STATIC_KEY_NAMES = {
    "aws_access_key_id", "aws_secret_access_key", "accesskey", "secretkey", "accesskeyid", "secretaccesskey",
    "accountkey", "azure_storage_key", "azure_storage_account_key", "azure_storage_connection_string",
    "google_application_credentials", "minio_access_key", "minio_secret_key", "credentialsjson",
}
STATIC_KEY_TYPES = {"aws:iam/accessKey:AccessKey", "gcp:serviceaccount/key:Key", "gcp:storage/hmacKey:HmacKey"}


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{path}.{k}")
            yield f"{path}.{k}", v
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, f"{path}[{i}]")


def _k8s(result: PreviewResult, kind: str) -> list[PreviewResource]:
    return [r for r in result.resources if r.type.startswith("kubernetes:") and r.type.endswith(f":{kind}")]


def _triton_deployments(result: PreviewResult) -> dict[str, dict]:
    out = {}
    for r in _k8s(result, "Deployment"):
        labels = r.inputs.get("metadata", {}).get("labels", {})
        if labels.get("app.kubernetes.io/name") == "triton":
            out[labels.get("track")] = r.inputs
    return out


@pytest.mark.parametrize("stack", STACKS)
def test_platform_components_and_foundation_are_present(stack, previews):
    result = previews(stack)
    types = {r.type for r in result.resources}
    assert COMPONENT_TYPES <= types, COMPONENT_TYPES - types
    assert FOUNDATION_TYPE[stack] in types
    (platform,) = result.by_type("loom:platform:Platform")
    for r in result.resources:
        if r.type in COMPONENT_TYPES - {"loom:platform:Platform"} or r.type == FOUNDATION_TYPE[stack]:
            assert r.parent == platform.urn, f"{r.type} must be a child of the Platform"


@pytest.mark.parametrize("stack", STACKS)
def test_mesh_wide_strict_mtls(stack, previews):
    pas = _k8s(previews(stack), "PeerAuthentication")
    mesh_wide = [p for p in pas if p.inputs["metadata"] == {"name": "default", "namespace": "istio-system"} or (p.inputs["metadata"].get("name") == "default" and p.inputs["metadata"].get("namespace") == "istio-system")]
    assert len(mesh_wide) == 1
    assert mesh_wide[0].type == "kubernetes:security.istio.io/v1:PeerAuthentication"
    assert mesh_wide[0].inputs["spec"]["mtls"]["mode"] == "STRICT"
    assert all(p.inputs["spec"]["mtls"]["mode"] == "STRICT" for p in pas)


@pytest.mark.parametrize("stack", STACKS)
def test_default_deny_in_every_platform_namespace(stack, previews):
    result = previews(stack)
    deny = {p.inputs["metadata"]["namespace"] for p in _k8s(result, "AuthorizationPolicy") if not p.inputs.get("spec")}
    assert {"loom-serving", "loom-data", "loom-system"} <= deny
    namespaces = {n.inputs["metadata"]["name"]: n.inputs["metadata"].get("labels", {}) for n in _k8s(result, "Namespace")}
    for ns in ("loom-serving", "loom-data", "loom-system"):
        assert namespaces[ns].get("istio-injection") == "enabled"
        assert namespaces[ns].get("loom.io/data-classification")


@pytest.mark.parametrize("stack", STACKS)
def test_triton_destination_rule_is_istio_mutual_with_both_subsets(stack, previews):
    (dr,) = [r for r in _k8s(previews(stack), "DestinationRule") if r.inputs["metadata"]["name"] == "triton"]
    spec = dr.inputs["spec"]
    assert spec["trafficPolicy"]["tls"]["mode"] == "ISTIO_MUTUAL"
    assert {s["name"] for s in spec["subsets"]} == {"stable", "canary"}
    assert spec["trafficPolicy"]["outlierDetection"]


@pytest.mark.parametrize("stack", STACKS)
def test_virtual_service_weights_follow_the_canary_settings(stack, previews, settings_of):
    canary = settings_of(stack).loom.triton.canary
    expected = canary.weight if canary.enabled else 0
    (vs,) = [r for r in _k8s(previews(stack), "VirtualService") if r.inputs["metadata"]["name"] == "triton"]
    for route in vs.inputs["spec"]["http"]:
        weights = {d["destination"]["subset"]: d.get("weight", 0) for d in route["route"]}
        assert weights.get("canary", 0) == expected
        assert sum(weights.values()) == 100


@pytest.mark.parametrize("stack", STACKS)
def test_triton_gpus_only_where_the_environment_has_them(stack, previews):
    deployments = _triton_deployments(previews(stack))
    assert "stable" in deployments and "canary" in deployments
    for track, dep in deployments.items():
        pod = dep["spec"]["template"]["spec"]
        (container,) = [c for c in pod["containers"] if c["name"] == "triton"]
        limits = container["resources"]["limits"]
        tolerations = pod.get("tolerations") or []
        if stack in GPU_STACKS:
            assert int(limits["nvidia.com/gpu"]) >= 1, track
            assert any(t.get("key") == "nvidia.com/gpu" for t in tolerations), track
        else:
            assert "nvidia.com/gpu" not in limits
            assert not any(t.get("key") == "nvidia.com/gpu" for t in tolerations)
        assert "--model-control-mode=explicit" in container["args"]
        assert {p["name"]: p["containerPort"] for p in container["ports"]} == {"http": 8000, "grpc": 8001, "metrics": 8002}
        assert container["livenessProbe"]["httpGet"]["path"] == "/v2/health/live"
        assert container["readinessProbe"]["httpGet"]["path"] == "/v2/health/ready"
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert "@sha256:" in container["image"]


@pytest.mark.parametrize("stack", STACKS)
def test_no_static_object_store_credentials_anywhere(stack, previews):
    result = previews(stack)
    offenders = []
    for r in result.resources:
        assert r.type not in STATIC_KEY_TYPES, r.urn
        for path, value in _walk(r.inputs):
            leaf = path.rsplit(".", 1)[-1].lower()
            if leaf in STATIC_KEY_NAMES and value not in ("", None, False):
                if _is_milvus_azure_account_name(r, path):
                    continue
                offenders.append((r.urn, path))
            if isinstance(value, dict) and str(value.get("name", "")).lower() in STATIC_KEY_NAMES and (value.get("value") or value.get("valueFrom")):
                offenders.append((r.urn, path))
    assert not offenders


def _is_milvus_azure_account_name(r: PreviewResource, path: str) -> bool:
    """Milvus on Azure takes the storage *account name* in externalS3.accessKey, with useIAM
    (workload identity) and no secretKey: a name, not a credential."""
    if path != ".values.externalS3.accessKey":
        return False
    s3 = r.inputs["values"]["externalS3"]
    return s3.get("cloudProvider") == "azure" and s3.get("useIAM") is True and not s3.get("secretKey")


@pytest.mark.parametrize("stack", ["aws", "gcp", "azure"])
def test_every_cloud_bucket_is_encrypted_with_a_customer_managed_key(stack, previews):
    result = previews(stack)
    if stack == "aws":
        buckets = {r.inputs.get("bucket") or mocks.new_resource_outputs(r.type, r.name, r.inputs)[0] for r in result.by_type("aws:s3/bucket:Bucket")}
        sse = {
            r.inputs["bucket"]
            for r in result.by_type("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")
            if r.inputs["rules"][0]["applyServerSideEncryptionByDefault"]["sseAlgorithm"] == "aws:kms"
            and r.inputs["rules"][0]["applyServerSideEncryptionByDefault"].get("kmsMasterKeyId")
        }
        blocked = {r.inputs["bucket"] for r in result.by_type("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock") if all(r.inputs.get(k) for k in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"))}
        assert buckets and buckets <= sse and buckets <= blocked
    elif stack == "gcp":
        buckets = result.by_type("gcp:storage/bucket:Bucket")
        assert buckets
        for b in buckets:
            assert b.inputs["encryption"]["defaultKmsKeyName"], b.name
            assert b.inputs.get("publicAccessPrevention") == "enforced"
            assert b.inputs.get("uniformBucketLevelAccess") is True
    else:
        accounts = result.by_type("azure-native:storage:StorageAccount")
        assert accounts
        for a in accounts:
            enc = a.inputs["encryption"]
            assert enc["keySource"] == "Microsoft.Keyvault", a.name
            assert enc["services"]["blob"]["enabled"] is True
            assert a.inputs.get("allowBlobPublicAccess") is False
            assert a.inputs.get("allowSharedKeyAccess") is False
        assert result.by_type("azure-native:storage:BlobContainer")


def test_onprem_minio_buckets_are_encrypted_through_kes(previews):
    """On-prem object storage: every bucket MinIO creates gets SSE-KMS through KES."""
    result = previews("onprem")
    (tenant,) = [r for r in result.resources if r.type.endswith(":Tenant")]
    assert tenant.inputs["spec"]["kes"]["kesSecret"]["name"] == "minio-kes-config"
    creating = [r for r in result.by_type("kubernetes:batch/v1:Job") if "mc mb " in json.dumps(r.inputs)]
    assert creating
    for job in creating:
        assert "mc encrypt set sse-kms" in json.dumps(job.inputs), job.name


@pytest.mark.parametrize("stack", STACKS)
def test_mlflow_database_password_is_generated_and_never_in_plaintext(stack, previews):
    result = previews(stack)
    passwords = result.by_type("random:index/randomPassword:RandomPassword")
    assert passwords, "the MLflow DB password comes from pulumi_random"
    secrets = [s for s in _k8s(result, "Secret") if "mlflow" in json.dumps(s.inputs.get("metadata", {}))]
    assert secrets and all(SECRET in (s.inputs.get("stringData"), s.inputs.get("data")) for s in secrets)
    everything = json.dumps([r.inputs for r in result.resources]) + json.dumps(result.outputs)
    for pw in passwords:
        plaintext = mocks.new_resource_outputs(pw.type, pw.name, pw.inputs)[1]["result"]
        assert plaintext not in everything, f"{pw.name}'s value leaked in plaintext"


@pytest.mark.parametrize("stack", STACKS)
def test_every_resource_uses_an_explicit_provider(stack, previews):
    result = previews(stack)
    ambient = [
        r.urn
        for r in result.resources
        if r.custom and not r.type.startswith("pulumi:providers:") and r.provider is None and not r.type.split(":")[0] in ("random", "tls")
    ]
    assert not ambient, "resources on a default (ambient) provider"


@pytest.mark.parametrize("stack", ["aws", "gcp", "azure"])
def test_cloud_provider_carries_the_region(stack, previews):
    typ, key, value = CLOUD_PROVIDER[stack]
    (provider,) = previews(stack).by_type(typ)
    assert provider.inputs[key] == value


@pytest.mark.parametrize("stack", STACKS)
def test_stateful_stores_are_protected(stack, previews):
    result = previews(stack)
    stateful = {
        "aws:s3/bucket:Bucket", "aws:rds/instance:Instance", "gcp:storage/bucket:Bucket", "gcp:sql/databaseInstance:DatabaseInstance",
        "azure-native:storage:StorageAccount", "azure-native:dbforpostgresql:Server",
    }
    found = [r for r in result.resources if r.type in stateful]
    stateful_k8s = [r for r in result.resources if r.type.endswith(":Tenant") or r.type == "kubernetes:postgresql.cnpg.io/v1:Cluster"]
    if stack in ("aws", "gcp", "azure"):
        assert found
    else:
        assert stateful_k8s
    unprotected = [r.name for r in found + stateful_k8s if not r.protect]
    assert not unprotected


@pytest.mark.parametrize("stack", STACKS)
def test_stack_outputs_are_the_outputs_contract(stack, previews):
    result = previews(stack)
    contract = OutputsContract.from_dict(result.outputs, where=f"{stack} outputs")
    assert contract.environment == stack
    assert contract.mesh.mtls_mode == "STRICT"
    assert contract.inference.http_url.endswith(":8000")
    assert contract.mesh.namespace == "loom-serving"
    assert contract.lake.format == "delta"


def test_milvus_mode_follows_the_environment(previews):
    def mode(stack: str) -> str:
        (release,) = [r for r in previews(stack).by_type("kubernetes:helm.sh/v3:Release") if r.inputs.get("chart") == "milvus"]
        values = release.inputs["values"]
        return "cluster" if values.get("cluster", {}).get("enabled") else "standalone"

    assert mode("edge") == "standalone" and mode("dev") == "standalone"
    assert mode("aws") == "cluster"


def test_preview_is_deterministic_and_repeatable():
    from loom.preview import run_preview

    a = run_preview(stack="gcp").to_json()
    b = run_preview(stack="gcp").to_json()
    assert a == b


@pytest.mark.parametrize(
    "stack,annotation",
    [
        ("aws", ("service.beta.kubernetes.io/aws-load-balancer-internal", "true")),
        ("gcp", ("networking.gke.io/load-balancer-type", "Internal")),
        ("azure", ("service.beta.kubernetes.io/azure-load-balancer-internal", "true")),
    ],
)
def test_ingress_gateway_is_behind_an_internal_load_balancer_in_clouds(stack, annotation, previews):
    (gateway,) = [r for r in previews(stack).by_type("kubernetes:helm.sh/v3:Release") if r.inputs.get("chart") == "gateway"]
    key, value = annotation
    assert gateway.inputs["values"]["service"]["annotations"][key] == value
