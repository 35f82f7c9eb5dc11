"""TritonServing under Pulumi mocks."""

import pytest

import pulumi

from components.foundation.base import BucketPurpose, BucketSpec
from components.foundation.base import ObjectStoreKind as K
from components.kube.labels import CLASSIFICATION_LABEL
from components.kube.validation import ComponentArgsError
from components.triton import TritonCanary, TritonServing, TritonServingArgs, TritonStable
from tests.components.fakes import GPU, FakeFoundation, plain, render

D = "@sha256:" + "b" * 64
IMAGE = "nvcr.io/nvidia/tritonserver:25.06-py3" + D
CANARY = "nvcr.io/nvidia/tritonserver:25.07-py3" + D
OUTPUTS = ("http_url", "grpc_url", "model_repository_uri", "service_name", "namespace", "service_account_name")
DEP = "kubernetes:apps/v1:Deployment"


def build(kind=K.S3, gpu=GPU, **kw):
    holder = {}

    def make():
        f = FakeFoundation("f", kind=kind, gpu=gpu)
        holder["f"] = f
        kw.setdefault("image", IMAGE)
        return TritonServing("triton", TritonServingArgs(k8s_provider=f.k8s_provider, foundation=f, **kw))

    r = render(make, OUTPUTS)
    r.foundation = holder["f"]
    return r


def pod(r, track):
    return plain(r.graph.one(DEP, f"triton-{track}").inputs)["spec"]["template"]


@pytest.fixture(scope="module")
def gpu_canary():
    return build(canary=TritonCanary(enabled=True, weight=10, image=CANARY, model_repository_path="candidates/v2"))


def test_one_deployment_per_track_with_track_labels(gpu_canary):
    for track in ("stable", "canary"):
        d = plain(gpu_canary.graph.one(DEP, f"triton-{track}").inputs)
        assert d["metadata"]["name"] == f"triton-{track}"
        assert d["spec"]["selector"]["matchLabels"]["track"] == track
        assert d["spec"]["template"]["metadata"]["labels"]["track"] == track
        assert d["metadata"]["labels"][CLASSIFICATION_LABEL] == "confidential"
        assert d["spec"]["template"]["metadata"]["labels"][CLASSIFICATION_LABEL] == "confidential"
    assert pod(gpu_canary, "canary")["spec"]["containers"][0]["image"] == CANARY
    assert pod(gpu_canary, "stable")["spec"]["containers"][0]["image"] == IMAGE


def test_container_contract_ports_probes_and_args(gpu_canary):
    c = pod(gpu_canary, "stable")["spec"]["containers"][0]
    assert {p["name"]: p["containerPort"] for p in c["ports"]} == {"http": 8000, "grpc": 8001, "metrics": 8002}
    assert c["livenessProbe"]["httpGet"]["path"] == "/v2/health/live"
    assert c["readinessProbe"]["httpGet"]["path"] == "/v2/health/ready"
    assert c["startupProbe"]["httpGet"]["path"] == "/v2/health/ready"
    assert c["args"][0] == "--model-repository=s3://triton-models/models"
    assert "--model-control-mode=explicit" in c["args"]
    assert {a for a in c["args"] if a.startswith("--load-model=")} == {
        "--load-model=embedder", "--load-model=generator", "--load-model=rag", "--load-model=output_guard"
    }
    canary = pod(gpu_canary, "canary")["spec"]["containers"][0]
    assert canary["args"][0] == "--model-repository=s3://triton-models/candidates/v2"
    assert gpu_canary.outputs["model_repository_uri"] == "s3://triton-models/models"


def test_non_root_read_only_and_no_privilege(gpu_canary):
    spec = pod(gpu_canary, "stable")["spec"]
    assert spec["securityContext"]["runAsNonRoot"] is True
    sc = spec["containers"][0]["securityContext"]
    assert sc["runAsNonRoot"] is True and sc["runAsUser"] == 1000
    assert sc["allowPrivilegeEscalation"] is False and sc["capabilities"]["drop"] == ["ALL"]
    assert sc["readOnlyRootFilesystem"] is True
    mounts = {m["mountPath"] for m in spec["containers"][0]["volumeMounts"]}
    assert {"/tmp", "/dev/shm"} <= mounts


def test_gpu_limits_tolerations_and_node_selector_when_the_foundation_has_gpus(gpu_canary):
    spec = pod(gpu_canary, "stable")["spec"]
    res = spec["containers"][0]["resources"]
    assert res["limits"]["nvidia.com/gpu"] == "1" and res["requests"]["nvidia.com/gpu"] == "1"
    assert res["limits"]["cpu"] and res["limits"]["memory"] and res["requests"]["cpu"]
    assert spec["tolerations"] == [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
    assert spec["nodeSelector"] == {"loom.io/gpu": "true"}


def test_cpu_only_when_the_foundation_has_no_gpus():
    r = build(gpu=None)
    spec = pod(r, "stable")["spec"]
    assert "nvidia.com/gpu" not in spec["containers"][0]["resources"]["limits"]
    assert "tolerations" not in spec and "nodeSelector" not in spec


def test_service_hpa_and_pdb(gpu_canary):
    svc = plain(gpu_canary.graph.one("kubernetes:core/v1:Service", "triton-service").inputs)
    assert svc["metadata"]["name"] == "triton" and svc["spec"]["type"] == "ClusterIP"
    assert {p["name"]: p["port"] for p in svc["spec"]["ports"]} == {"http": 8000, "grpc": 8001, "metrics": 8002}
    assert gpu_canary.outputs["http_url"] == "http://triton.loom-serving.svc.cluster.local:8000"
    assert gpu_canary.outputs["grpc_url"] == "triton.loom-serving.svc.cluster.local:8001"
    hpa = plain(gpu_canary.graph.one("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "triton-hpa").inputs)
    assert hpa["apiVersion"] == "autoscaling/v2"
    pods_metric, cpu_metric = hpa["spec"]["metrics"]
    assert pods_metric["type"] == "Pods"
    assert pods_metric["pods"]["metric"]["name"] == "triton_queue_duration_per_request_us"
    assert pods_metric["pods"]["target"] == {"type": "AverageValue", "averageValue": "50000"}
    assert cpu_metric["resource"]["name"] == "cpu" and cpu_metric["resource"]["target"]["type"] == "Utilization"
    assert hpa["spec"]["scaleTargetRef"]["name"] == "triton-stable"
    pdb = plain(gpu_canary.graph.one("kubernetes:policy/v1:PodDisruptionBudget", "triton-pdb").inputs)
    assert pdb["spec"]["maxUnavailable"] == 1


def test_destination_rule_istio_mutual_with_both_subsets(gpu_canary):
    (dr,) = gpu_canary.graph.of_type("kubernetes:networking.istio.io/v1:DestinationRule")
    spec = plain(dr.inputs["spec"])
    assert spec["host"] == "triton.loom-serving.svc.cluster.local"
    assert spec["trafficPolicy"]["tls"]["mode"] == "ISTIO_MUTUAL"
    assert {s["name"]: s["labels"] for s in spec["subsets"]} == {"stable": {"track": "stable"}, "canary": {"track": "canary"}}
    assert spec["trafficPolicy"]["outlierDetection"]


def test_virtual_service_carries_the_configured_weights(gpu_canary):
    (vs,) = gpu_canary.graph.of_type("kubernetes:networking.istio.io/v1:VirtualService")
    spec = plain(vs.inputs["spec"])
    for route in spec["http"]:
        assert {d["destination"]["subset"]: d["weight"] for d in route["route"]} == {"stable": 90, "canary": 10}
        assert route["timeout"] == "60s" and route["retries"]["attempts"] == 2


def test_allow_policy_for_triton_pods(gpu_canary):
    (ap,) = gpu_canary.graph.of_type("kubernetes:security.istio.io/v1:AuthorizationPolicy")
    spec = plain(ap.inputs["spec"])
    assert spec["action"] == "ALLOW"
    sources = [rule["from"][0]["source"] for rule in spec["rules"]]
    assert {"namespaces": ["loom-system"]} in sources
    assert {"principals": ["cluster.local/ns/istio-ingress/sa/istio-ingressgateway"]} in sources


def test_identity_binding_and_models_bucket(gpu_canary):
    f = gpu_canary.foundation
    assert [(n, s.purpose) for n, s, _ in f.buckets] == [("triton-models", BucketPurpose.MODELS)]
    ((name, req),) = f.identities
    assert req.namespace == "loom-serving" and req.service_account == "triton"
    assert [g.access.value for g in req.grants] == ["read"]
    sa = plain(gpu_canary.graph.one("kubernetes:core/v1:ServiceAccount", "triton-sa").inputs)
    assert sa["metadata"]["annotations"] == {"eks.amazonaws.com/role-arn": "arn:aws:iam::123456789012:role/triton"}
    assert sa["automountServiceAccountToken"] is False
    env = {e["name"] for e in pod(gpu_canary, "stable")["spec"]["containers"][0]["env"]}
    assert not env & {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AZURE_STORAGE_KEY"}


def test_azure_syncs_with_workload_identity_instead_of_account_keys():
    sync = "mcr.microsoft.com/azure-cli/azcopy:10.27" + D
    r = build(kind=K.AZURE_BLOB, model_sync_image=sync)
    spec = pod(r, "stable")["spec"]
    (init,) = spec["initContainers"]
    assert init["image"] == sync and init["args"][1] == "https://loomacct.blob.core.windows.net/triton-models/models"
    assert {"name": "AZCOPY_AUTO_LOGIN_TYPE", "value": "WORKLOAD"} in init["env"]
    assert spec["containers"][0]["args"][0] == "--model-repository=/models"
    assert pod(r, "stable")["metadata"]["labels"]["azure.workload.identity/use"] == "true"
    assert r.outputs["model_repository_uri"] == "as://loomacct/triton-models/models"
    assert all(e["name"] != "AZURE_STORAGE_KEY" for e in spec["containers"][0]["env"])


def test_s3_compatible_repository_includes_the_endpoint():
    r = build(kind=K.S3_COMPATIBLE, gpu=None)
    assert r.outputs["model_repository_uri"] == "s3://https://minio.loom-storage.svc.cluster.local:443/triton-models/models"


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"canary": TritonCanary(enabled=False, weight=10)}, r"canary.weight = 10 is invalid; allowed: 0 while canary.enabled is false"),
        ({"canary": TritonCanary(enabled=True, weight=120)}, "canary.weight = 120"),
        ({"image": "nvcr.io/nvidia/tritonserver:25.06-py3"}, "image = 'nvcr.io/nvidia/tritonserver:25.06-py3' is invalid; allowed: an image pinned by digest"),
        ({"canary": TritonCanary(image="triton:latest")}, "canary.image = 'triton:latest'"),
        ({"canary": TritonCanary(enabled=True, weight=50, replicas=0)}, "canary.replicas = 0"),
        ({"models": []}, r"models = \[\]"),
        ({"models": ["rag", "rag"]}, "models = 'rag'"),
        ({"stable": TritonStable(max_replicas=1, replicas=2)}, "stable.max_replicas = 1"),
        ({"allowed_namespaces": (), "allowed_principals": ()}, "at least one caller"),
        ({"gateway": "istio-ingress/loom-gateway"}, "external_hosts"),
        ({"namespace": "Loom_Serving"}, "namespace = 'Loom_Serving'"),
    ],
)
def test_bad_arguments_fail_early(kw, message):
    with pytest.raises(ComponentArgsError, match=message):
        build(**kw)


def test_azure_without_a_sync_image_is_refused():
    with pytest.raises(ComponentArgsError, match="model_sync_image = None"):
        build(kind=K.AZURE_BLOB)


def test_gateway_exposure_routes_external_hosts_to_the_http_port():
    import pulumi

    r = build(gateway=pulumi.Output.from_input("istio-ingress/loom-gateway"), external_hosts=["ai.example.com"])
    (vs,) = r.graph.of_type("kubernetes:networking.istio.io/v1:VirtualService")
    spec = plain(vs.inputs["spec"])
    assert spec["gateways"] == ["istio-ingress/loom-gateway", "mesh"]
    assert spec["hosts"] == ["triton.loom-serving.svc.cluster.local", "ai.example.com"]
    (gw_route,) = [h for h in spec["http"] if h["name"] == "gateway"]
    assert gw_route["match"] == [{"gateways": ["istio-ingress/loom-gateway"]}]
    assert {d["destination"]["port"]["number"] for d in gw_route["route"]} == {8000}


def test_sts_token_is_mounted_for_minio_web_identity():
    r = build(kind=K.S3_COMPATIBLE, gpu=None)
    spec = pod(r, "stable")["spec"]
    (vol,) = [v for v in spec["volumes"] if "projected" in v]
    assert vol["projected"]["sources"][0]["serviceAccountToken"]["audience"] == "sts.min.io"
    assert {"name": vol["name"], "mountPath": "/var/run/secrets/loom/sts", "readOnly": True} in spec["containers"][0]["volumeMounts"]


def test_image_from_an_output_is_passed_through_unchecked():
    """An image from a StackReference is unknown at construction: it cannot be checked there, and must not fail."""
    import pulumi

    r = build(image=pulumi.Output.from_input(IMAGE), gpu=None)
    assert pod(r, "stable")["spec"]["containers"][0]["image"] == IMAGE


def test_interactions_are_logged_to_the_lake_only_when_given_its_bucket(gpu_canary):
    holder = {}

    def make():
        f = FakeFoundation("f", kind=K.S3, gpu=None)
        holder["f"] = f
        lake = f.bucket("lake", BucketSpec(purpose=BucketPurpose.LAKE), pulumi.ResourceOptions())
        holder["lake"] = lake
        return TritonServing("triton", TritonServingArgs(k8s_provider=f.k8s_provider, foundation=f, image=IMAGE, interaction_lake=lake))

    r = render(make, OUTPUTS)
    ((_, req),) = holder["f"].identities
    assert [(g.bucket is holder["lake"], g.access.value) for g in req.grants] == [(False, "read"), (True, "read-write")]
    env = {e["name"]: e.get("value") for e in pod(r, "stable")["spec"]["containers"][0]["env"]}
    assert env["LOOM_INTERACTION_LOGGER"] == "workloads.lake.rag_logger:LakeInteractionLogger"
    assert env["LOOM_LAKE_URI"] == "s3://lake"
    assert env["LOOM_INFERENCE_URL"] == "http://127.0.0.1:8000"
    # Without the lake bucket nothing is logged and no write access is granted.
    plain_env = {e["name"] for e in pod(gpu_canary, "stable")["spec"]["containers"][0]["env"]}
    assert not plain_env & {"LOOM_INTERACTION_LOGGER", "LOOM_LAKE_URI"}
