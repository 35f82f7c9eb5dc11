"""Issue 10: what a first `pulumi up` needs, asserted over the six rendered graphs.

Each test names the defect of issue 10 it guards; each failed on the graphs before the fix (the previous
values are quoted in the docstrings). The facts they rely on are committed under loom/checks/facts/ with
where they were read.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from infra.program import native_sidecars
from loom.preview import PreviewResource, PreviewResult

from .conftest import STACKS

RELEASE = "kubernetes:helm.sh/v3:Release"
CLUSTER_CLOUDS = {"aws", "gcp", "azure"}


def release(result: PreviewResult, chart: str) -> PreviewResource:
    found = [r for r in result.by_type(RELEASE) if str(r.inputs.get("chart", "")).rsplit("/", 1)[-1] == chart]
    assert len(found) == 1, f"{result.stack}: expected one {chart} release, found {len(found)}"
    return found[0]


def releases(result: PreviewResult, chart: str) -> list[PreviewResource]:
    return [r for r in result.by_type(RELEASE) if str(r.inputs.get("chart", "")).rsplit("/", 1)[-1] == chart]


def custom(result: PreviewResult, api_kind: str) -> list[PreviewResource]:
    return [r for r in result.resources if r.type == f"kubernetes:{api_kind}"]


def quantity(value: Any) -> float:
    """A Kubernetes quantity as a number (cores for CPU, bytes for memory)."""
    text = str(value)
    units = {"m": 1e-3, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "k": 1e3, "M": 1e6, "G": 1e9}
    m = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", text)
    assert m, text
    return float(m[1]) * units.get(m[2], 1)


# --- defect 2 and 16: istiod ------------------------------------------------------------------------


@pytest.mark.parametrize("stack", STACKS)
def test_istiod_replicas_and_autoscaling_are_top_level_values(stack, previews, settings_of):
    """Issue 10, defect 2: `pilot.autoscaleEnabled/autoscaleMin/replicaCount` are not istiod 1.27 values (its
    defaults live under `_internal_defaults_do_not_set` and are set at top level), so istiod ran one replica
    whose PDB (minAvailable 1) blocked node drains."""
    values = release(previews(stack), "istiod").inputs["values"]
    replicas = settings_of(stack).loom.mesh.istiod_replicas
    assert "pilot" not in values
    assert values["replicaCount"] == values["autoscaleMin"] == replicas
    assert values["autoscaleEnabled"] is True and values["autoscaleMax"] >= replicas
    assert values["pdb"] == {"maxUnavailable": 1}  # one istiod may always be drained


@pytest.mark.parametrize("stack", STACKS)
def test_native_sidecars_are_enabled_explicitly(stack, previews, settings_of):
    """Issue 10, defect 16: Istio 1.27 picks native sidecars only when every kubelet is 1.33+; on onprem (1.32)
    Jobs in meshed namespaces never completed. istiod now gets ENABLE_NATIVE_SIDECARS=true wherever the
    SidecarContainers feature is on by default (Kubernetes 1.29+)."""
    env = release(previews(stack), "istiod").inputs["values"]["env"]
    version = settings_of(stack).kubernetes_version
    assert env["ENABLE_NATIVE_SIDECARS"] == ("true" if native_sidecars(version) else "false")
    if stack == "onprem":
        assert version == "1.32" and env["ENABLE_NATIVE_SIDECARS"] == "true"


@pytest.mark.parametrize("version, expected", [("1.28", False), ("1.29", True), ("1.32", True), ("1.33", True), ("2.0", True)])
def test_native_sidecars_follow_the_sidecar_containers_feature(version, expected):
    assert native_sidecars(version) is expected


# --- defect 4: gateway Service ----------------------------------------------------------------------


@pytest.mark.parametrize("stack, expected", [("dev", "NodePort"), ("onprem", "NodePort"), ("edge", "LoadBalancer"),
                                             ("aws", "LoadBalancer"), ("gcp", "LoadBalancer"), ("azure", "LoadBalancer")])
def test_gateway_service_waits_only_for_what_the_cluster_provides(stack, expected, previews):
    """Issue 10, defect 4: on kind and an on-prem cluster without a load-balancer controller, the atomic gateway
    release waited for `status.loadBalancer.ingress` that never appears, timed out and rolled back. There the
    gateway is a NodePort Service; edge's k3s ServiceLB and the clouds provision load balancers."""
    gateway = release(previews(stack), "gateway")
    service = gateway.inputs["values"]["service"]
    assert service["type"] == expected
    if expected == "NodePort":
        assert "annotations" not in service
    assert gateway.inputs["atomic"] is True


# --- defect 8: volumes get a StorageClass -----------------------------------------------------------


def test_pulsar_volumes_on_aws_name_the_encrypted_default_class(previews):
    """Issue 10, defect 8: on aws the Pulsar ZooKeeper and BookKeeper volumes had no storageClassName and EKS 1.30+
    has no default class: they stayed Pending and the Milvus release failed."""
    result = previews("aws")
    (sc,) = result.by_type("kubernetes:storage.k8s.io/v1:StorageClass")
    name = sc.inputs["metadata"]["name"]
    assert sc.inputs["metadata"]["annotations"]["storageclass.kubernetes.io/is-default-class"] == "true"
    pulsar = release(result, "milvus").inputs["values"]["pulsarv3"]
    assert pulsar["enabled"] is True
    assert pulsar["zookeeper"]["volumes"]["data"]["storageClassName"] == name
    assert pulsar["bookkeeper"]["volumes"]["journal"]["storageClassName"] == name
    assert pulsar["bookkeeper"]["volumes"]["ledgers"]["storageClassName"] == name
    assert release(result, "milvus").inputs["values"]["etcd"]["persistence"]["storageClass"] == name


# --- defect 9: GPU capacity -------------------------------------------------------------------------


def triton_gpu_peak(result: PreviewResult) -> tuple[int, dict[str, float]]:
    """GPUs (and per-pod CPU/memory) Triton needs at its peak: stable at its HPA maximum plus a rolling update's
    surge, and the canary plus its own surge (both tracks can roll at once)."""
    deployments = {r.inputs["metadata"]["name"]: r for r in result.by_type("kubernetes:apps/v1:Deployment")
                   if r.inputs["metadata"]["name"].startswith("triton-")}
    (hpa,) = [r for r in result.by_type("kubernetes:autoscaling/v2:HorizontalPodAutoscaler")
              if r.inputs["metadata"]["name"] == "triton-stable"]
    peak_pods = 0
    per_pod: dict[str, float] = {}
    for name, d in deployments.items():
        if name == "triton-stable":
            replicas = hpa.inputs["spec"]["maxReplicas"]
        else:  # at rest the canary runs no pod; `loom rollout` enables it with its configured replicas
            replicas = d.inputs["spec"]["replicas"] or result.settings.loom.triton.canary.replicas
        surge = d.inputs["spec"]["strategy"]["rollingUpdate"]["maxSurge"]
        peak_pods += replicas + surge
        requests = d.inputs["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"]
        per_pod = {k: quantity(v) for k, v in requests.items()}
    return int(peak_pods * per_pod.get("nvidia.com/gpu", 0)), per_pod


def test_aws_gpu_pool_holds_triton_at_its_peak(previews):
    """Issue 10, defect 9: Triton asked for 3 GPUs (2 stable + 1 canary) of 2 single-GPU nodes, rolling updates
    needed a spare GPU, and nothing added nodes. Karpenter's GPU NodePool now grows to its limit, which holds
    stable at maxReplicas, the canary, and both tracks' surge."""
    result = previews("aws")
    peak, per_pod = triton_gpu_peak(result)
    (gpu_pool,) = [r for r in custom(result, "karpenter.sh/v1:NodePool") if r.inputs["metadata"]["name"] == "gpu"]
    limit = int(gpu_pool.inputs["spec"]["limits"]["nvidia.com/gpu"])
    assert peak == 11 and limit >= peak, f"GPU pool limit {limit} < Triton's peak {peak}"
    # Every GPU pod can land on a node of this pool: it tolerates the taint and selects the labels.
    template = gpu_pool.inputs["spec"]["template"]
    stable = next(r for r in result.by_type("kubernetes:apps/v1:Deployment") if r.inputs["metadata"]["name"] == "triton-stable")
    pod = stable.inputs["spec"]["template"]["spec"]
    assert all(template["metadata"]["labels"].get(k) == v for k, v in pod["nodeSelector"].items())
    for taint in template["spec"]["taints"]:
        assert any(t["key"] == taint["key"] and t.get("value") == taint["value"] and t["effect"] == taint["effect"]
                   for t in pod["tolerations"])
    # g6.xlarge (4 vCPU, 16 GiB, one L4) fits one Triton pod (2 CPU, 8 GiB, 1 GPU) with room for the node's daemons.
    assert per_pod["cpu"] <= 4 and per_pod["memory"] <= 16 * 2**30 and per_pod["nvidia.com/gpu"] == 1


def test_onprem_rolls_triton_in_place_on_fixed_gpus(previews):
    """Issue 10, defect 9 (fixed capacity): without an autoscaler a surge needs a spare GPU, so on-prem replaces pods
    in place (maxSurge 0, maxUnavailable 1); the PDB still keeps all but one stable pod serving."""
    for d in previews("onprem").by_type("kubernetes:apps/v1:Deployment"):
        if d.inputs["metadata"]["name"].startswith("triton-"):
            assert d.inputs["spec"]["strategy"]["rollingUpdate"] == {"maxSurge": 0, "maxUnavailable": 1}


# --- defect 10: a resource metrics API everywhere ---------------------------------------------------


@pytest.mark.parametrize("stack, provider", [("dev", "prometheus-adapter"), ("onprem", "metrics-server"),
                                             ("edge", "cluster"), ("aws", "metrics-server"), ("gcp", "cluster"),
                                             ("azure", "cluster")])
def test_exactly_one_resource_metrics_api_per_stack(stack, provider, previews):
    """Issue 10, defect 10: EKS (and kubeadm on-prem) install no metrics-server, so the CPU fallback of Triton's HPA
    and the istiod and gateway HPAs got no data. Exactly one server owns metrics.k8s.io per stack: metrics-server
    from Loom, prometheus-adapter's resource rules (bare kind), or the cluster's own (k3s, GKE, AKS)."""
    result = previews(stack)
    metrics_server = releases(result, "metrics-server")
    adapter_serves = "resource" in release(result, "prometheus-adapter").inputs["values"]["rules"]
    assert len(metrics_server) == (1 if provider == "metrics-server" else 0)
    assert adapter_serves is (provider == "prometheus-adapter")
    if metrics_server:
        (ms,) = metrics_server
        assert ms.inputs["namespace"] == "kube-system" and ms.inputs["values"]["replicas"] == 2


# --- defect 11: the device plugin lands on GPU nodes ------------------------------------------------

CHART_DEFAULT_TERMS = [
    {"matchExpressions": [{"key": "feature.node.kubernetes.io/pci-10de.present", "operator": "In", "values": ["true"]}]},
    {"matchExpressions": [{"key": "feature.node.kubernetes.io/cpu-model.vendor_id", "operator": "In", "values": ["NVIDIA"]}]},
    {"matchExpressions": [{"key": "nvidia.com/gpu.present", "operator": "In", "values": ["true"]}]},
]
"""nvidia-device-plugin 0.17.1's default `affinity` (deployments/helm/nvidia-device-plugin/values.yaml at v0.17.1)."""


def terms_match(terms: list[dict], labels: dict[str, str]) -> bool:
    """Kubernetes nodeSelectorTerms semantics: any term matches when all its expressions (In/Exists) match."""
    def expr(e: dict) -> bool:
        if e["operator"] == "In":
            return labels.get(e["key"]) in e["values"]
        if e["operator"] == "Exists":
            return e["key"] in labels
        raise AssertionError(f"operator {e['operator']} not modelled")
    return any(all(expr(e) for e in t.get("matchExpressions", [])) for t in terms)


def test_device_plugin_affinity_matches_the_aks_gpu_pool(previews):
    """Issue 10, defect 11: the device-plugin chart's default affinity wants NFD's PCI label or
    nvidia.com/gpu.present=true; AKS GPU nodes carry neither and NFD is off, so no nvidia.com/gpu resource
    appeared. The release's affinity now requires exactly the GPU pool's own labels."""
    result = previews("azure")
    (pool,) = [r for r in result.by_type("azure-native:containerservice:AgentPool") if r.inputs.get("agentPoolName") == "gpu"]
    node_labels = pool.inputs["nodeLabels"]
    assert not terms_match(CHART_DEFAULT_TERMS, node_labels)  # the defect
    values = release(result, "nvidia-device-plugin").inputs["values"]
    terms = values["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert terms_match(terms, node_labels)
    assert all(node_labels.get(k) == v for k, v in values["nodeSelector"].items())
    taint_key, _, rest = pool.inputs["nodeTaints"][0].partition("=")
    assert any(t.get("key") == taint_key for t in values["tolerations"])


def test_device_plugin_affinity_matches_the_karpenter_gpu_pool(previews):
    result = previews("aws")
    (pool,) = [r for r in custom(result, "karpenter.sh/v1:NodePool") if r.inputs["metadata"]["name"] == "gpu"]
    values = release(result, "nvidia-device-plugin").inputs["values"]
    terms = values["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    assert terms_match(terms, pool.inputs["spec"]["template"]["metadata"]["labels"])


# --- defect 14: Milvus reads MinIO with a least-privilege static key from a Secret -----------------


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_milvus_reads_minio_with_a_scoped_key_from_a_secret(stack, previews):
    """Issue 10, defect 14: Milvus read MinIO with `useIAM`; Milvus 2.5's S3 clients (minio-go
    `credentials.NewIAM("")`, segcore's AWS SDK chain) send the web-identity token only to AWS STS, whatever
    `iamEndpoint` says, so the bucket check failed and the release rolled back. Now: useIAM off, the key of a
    MinIO user scoped to Milvus' bucket read by env from a Secret Pulumi creates, never in the values."""
    result = previews(stack)
    values = release(result, "milvus").inputs["values"]
    s3 = values["externalS3"]
    assert s3["useIAM"] is False and s3["accessKey"] == "" and s3["secretKey"] == ""
    env = {e["name"]: e for e in values["standalone"]["extraEnv"]}
    refs = {n: env[n]["valueFrom"]["secretKeyRef"] for n in ("MINIO_ACCESS_KEY_ID", "MINIO_SECRET_ACCESS_KEY")}
    assert {r["name"] for r in refs.values()} == {"milvus-object-store-key"}
    assert not [n for n in env if n.startswith("AWS_WEB_IDENTITY") or n == "AWS_ROLE_ARN"]
    secrets = [r for r in result.resources if r.type == "kubernetes:core/v1:Secret"
               and r.inputs["metadata"]["name"] == "milvus-object-store-key" and r.inputs["metadata"]["namespace"] == "loom-data"]
    assert len(secrets) == 1 and secrets[0].inputs["stringData"] == "[secret]"
    assert values["annotations"]["loom.io/access-key-rotation"]  # a rotation restarts the pods
    assert "milvus-object-store-key" not in json.dumps(s3) and "[secret]" not in json.dumps(values)


@pytest.mark.parametrize("stack", ["aws", "gcp", "azure"])
def test_milvus_on_the_clouds_keeps_workload_identity(stack, previews):
    values = release(previews(stack), "milvus").inputs["values"]
    assert values["externalS3"]["useIAM"] is True and values["externalS3"]["iamEndpoint"] == ""
    assert "MINIO_SECRET_ACCESS_KEY" not in json.dumps(values)


# --- defect 18: the gateway's TLS Secret is issued ------------------------------------------------


@pytest.mark.parametrize("stack", STACKS)
def test_gateway_credential_is_issued_by_cert_manager(stack, previews):
    """Issue 10, defect 18: the Gateway's `credentialName: loom-gateway-tls` was created by nothing, so HTTPS was
    down until an operator added it. cert-manager now issues that Secret for the gateway's hosts."""
    result = previews(stack)
    (gateway,) = custom(result, "networking.istio.io/v1:Gateway")
    https = [s for s in gateway.inputs["spec"]["servers"] if s.get("tls", {}).get("credentialName")]
    assert https
    certificates = custom(result, "cert-manager.io/v1:Certificate")
    issuers = {r.inputs["metadata"]["name"]: r for r in custom(result, "cert-manager.io/v1:ClusterIssuer")}
    for server in https:
        (cert,) = [c for c in certificates if c.inputs["spec"]["secretName"] == server["tls"]["credentialName"]]
        assert cert.inputs["metadata"]["namespace"] == gateway.inputs["metadata"]["namespace"]
        assert set(server["hosts"]) <= set(cert.inputs["spec"]["dnsNames"])
        issuer = cert.inputs["spec"]["issuerRef"]
        assert issuer["kind"] == "ClusterIssuer" and issuer["name"] in issuers
        assert issuers[issuer["name"]].inputs["spec"] == {"ca": {"secretName": "loom-ca"}}
    assert len(releases(result, "cert-manager")) == 1
