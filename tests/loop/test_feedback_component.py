"""FeedbackLoop under Pulumi mocks: drift CronJob, suspended retrain template, identities, RBAC."""

from __future__ import annotations

import kubernetes_validate
import pulumi
import pytest

from components.feedback import TYPE_TOKEN, FeedbackLoop, FeedbackLoopArgs
from components.foundation.base import Access, BucketPurpose, BucketSpec
from components.foundation.base import ObjectStoreKind as K
from components.kube.labels import CLASSIFICATION_LABEL
from tests.components.fakes import GPU, K8S_VERSION, FakeFoundation, plain, render

IMAGE = "ghcr.io/loom/workloads:0.1.0@sha256:" + "a" * 64
CRONJOB = "kubernetes:batch/v1:CronJob"
KIND = {CRONJOB: ("batch/v1", "CronJob"), "kubernetes:core/v1:ServiceAccount": ("v1", "ServiceAccount"),
        "kubernetes:rbac.authorization.k8s.io/v1:Role": ("rbac.authorization.k8s.io/v1", "Role"),
        "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding": ("rbac.authorization.k8s.io/v1", "RoleBinding")}


def build(kind=K.S3, gpu=None, **over):
    holder = {}

    def make():
        f = FakeFoundation("f", kind=kind, gpu=gpu)
        holder["f"] = f
        buckets = {p: f.bucket(f"b-{p.value}", BucketSpec(p), pulumi.ResourceOptions(parent=f)) for p in BucketPurpose}
        args = FeedbackLoopArgs(
            foundation=f, image=IMAGE, lake_bucket=buckets[BucketPurpose.LAKE], models_bucket=buckets[BucketPurpose.MODELS],
            mlflow_bucket=buckets[BucketPurpose.MLFLOW], tracking_uri="http://mlflow.loom-data:5000",
            vector_store_uri="http://milvus.loom-data:19530", inference_url="http://triton.loom-serving:8000", **over,
        )
        return FeedbackLoop("loop", args)

    r = render(make, ("drift_cronjob_name", "retrain_template_name", "drift_service_account", "retrain_service_account",
                      "generator_retrain_template_name"))
    r.foundation = holder["f"]
    return r


def _pod(cj):
    return plain(cj.inputs)["spec"]["jobTemplate"]["spec"]["template"]


@pytest.mark.parametrize("kind", list(K))
def test_drift_cronjob_and_retrain_template(kind):
    r = build(kind)
    drift = r.graph.one(CRONJOB, "loop-drift")
    retrain = r.graph.one(CRONJOB, "loop-retrain")
    assert plain(drift.inputs)["spec"]["schedule"] == "0 * * * *" and not plain(drift.inputs)["spec"].get("suspend")
    assert plain(retrain.inputs)["spec"]["suspend"] is True, "the retrain template must never fire by itself"
    cmd = _pod(drift)["spec"]["containers"][0]["command"]
    assert cmd[:3] == ["loom", "drift", "check"] and cmd[cmd.index("--threshold") + 1] == "0.05" and cmd[cmd.index("--trigger-job") + 1] == "loop-retrain"
    for cj, sa in ((drift, "loop-drift"), (retrain, "loop-retrain")):
        pod = _pod(cj)
        spec = pod["spec"]
        c = spec["containers"][0]
        assert spec["serviceAccountName"] == sa and spec["securityContext"]["runAsNonRoot"] is True
        assert c["image"] == IMAGE and c["securityContext"]["allowPrivilegeEscalation"] is False
        assert set(c["resources"]) == {"requests", "limits"} and {"cpu", "memory"} <= set(c["resources"]["limits"])
        assert pod["metadata"]["labels"][CLASSIFICATION_LABEL] == "confidential"
        assert plain(cj.inputs)["metadata"]["labels"][CLASSIFICATION_LABEL] == "confidential"
        env = {e["name"] for e in c["env"]}
        assert {"MLFLOW_TRACKING_URI", "LOOM_LAKE_URI"} <= env
        assert not env & {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AZURE_STORAGE_KEY", "AZURE_CLIENT_SECRET"}
        if kind is K.AZURE_BLOB:
            assert pod["metadata"]["labels"]["azure.workload.identity/use"] == "true"
    assert r.outputs["retrain_template_name"] == "loop-retrain" and r.outputs["drift_service_account"] == "loop-drift"


def test_identities_grant_only_what_each_job_needs():
    r = build()
    grants = {name: [g.access for g in req.grants] for name, req in r.foundation.identities}
    # drift: lake (writes its report) + MLflow artifacts; retrain: reads the lake, writes models + artifacts
    assert grants["loop-drift-identity"] == [Access.READ_WRITE, Access.READ_WRITE]
    assert grants["loop-retrain-identity"] == [Access.READ, Access.READ_WRITE, Access.READ_WRITE]
    reqs = dict(r.foundation.identities)
    assert reqs["loop-retrain-identity"].namespace == "loom-system" and reqs["loop-retrain-identity"].service_account == "loop-retrain"
    sa = plain(r.graph.one("kubernetes:core/v1:ServiceAccount", "loop-retrain-sa").inputs)
    assert sa["metadata"]["annotations"]["eks.amazonaws.com/role-arn"].endswith("role/loop-retrain")
    assert sa["automountServiceAccountToken"] is False  # retraining never calls the Kubernetes API
    assert plain(r.graph.one("kubernetes:core/v1:ServiceAccount", "loop-drift-sa").inputs)["automountServiceAccountToken"] is True


def test_drift_role_is_namespaced_and_narrow():
    r = build()
    role = plain(r.graph.one("kubernetes:rbac.authorization.k8s.io/v1:Role", "loop-drift-role").inputs)
    assert role["metadata"]["namespace"] == "loom-system"
    rules = {tuple(x["resources"]): x for x in role["rules"]}
    assert rules[("cronjobs",)]["resourceNames"] == ["loop-retrain", "loop-retrain-generator"] and rules[("cronjobs",)]["verbs"] == ["get"]
    assert set(rules[("jobs",)]["verbs"]) == {"create", "get", "list"}
    assert not r.graph.of_type("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole")


def test_children_are_parented_and_use_the_explicit_provider():
    r = build()
    for typ in KIND:
        for res in r.graph.of_type(typ):
            assert res.provider and "f-k8s" in res.provider, (typ, res.name)


def test_objects_validate_against_the_kubernetes_schema():
    r = build()
    for typ, (api, kind) in KIND.items():
        for res in r.graph.of_type(typ):
            obj = {"apiVersion": api, "kind": kind, **plain(res.inputs)}
            kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


@pytest.mark.parametrize(
    "over,arg",
    [
        ({"image": "ghcr.io/loom/workloads:latest"}, "image"),
        ({"drift_threshold": 0}, "drift_threshold"),
        ({"drift_schedule": "every hour"}, "drift_schedule"),
        ({"reference_window": "a week"}, "reference_window"),
        ({"namespace": "Loom_System"}, "namespace"),
        ({"promotion_margin": 2.0}, "promotion_margin"),
        ({"models_path": "../other-bucket"}, "models_path"),
        ({"generator_promotion_margin": -0.1}, "generator_promotion_margin"),
        ({"regression_margin": 1.5}, "regression_margin"),
        ({"generator_gpus": -1}, "generator_gpus"),
        ({"generator_image": "ghcr.io/loom/workloads-cuda:latest"}, "generator_image"),
    ],
)
def test_bad_args_fail_early_naming_the_argument(over, arg):
    with pytest.raises(Exception) as err:
        build(**over)
    assert arg in str(err.value)


def test_retraining_knows_the_bucket_and_the_prefix_stable_serves():
    """What workloads.retrain reconciles against and stages next to (see workloads/promote/stage.py)."""
    r = build(models_path="models/v3")
    env = {e["name"]: e["value"] for e in _pod(r.graph.one(CRONJOB, "loop-retrain"))["spec"]["containers"][0]["env"]}
    assert env["LOOM_MODELS_PATH"] == "models/v3" and env["LOOM_MODELS_URI"].endswith("b-models")


def test_type_token():
    assert TYPE_TOKEN == "loom:feedback:FeedbackLoop"


@pytest.mark.parametrize("kind", list(K))
def test_jobs_given_web_identity_mount_the_projected_token(kind):
    """Defect 17 (issue 10): on dev/edge/onprem the feedback Jobs got AWS_WEB_IDENTITY_TOKEN_FILE (MinIO STS) but
    the projected token volume was never mounted, so every object-store call failed. A pod whose env names a
    token file must mount a projected service-account token at that path; other clouds need no volume."""
    r = build(kind)
    for name in ("loop-drift", "loop-retrain"):
        spec = _pod(r.graph.one(CRONJOB, name))["spec"]
        env = {e["name"]: e.get("value") for e in spec["containers"][0]["env"]}
        token = env.get("AWS_WEB_IDENTITY_TOKEN_FILE")
        mounts = spec["containers"][0]["volumeMounts"]
        if token is None:
            assert [m["name"] for m in mounts] == ["tmp"]
            continue
        directory, filename = token.rsplit("/", 1)
        mount = next((m for m in mounts if m["mountPath"] == directory), None)
        assert mount is not None, f"{name}: {token} is not mounted"
        volume = next(v for v in spec["volumes"] if v["name"] == mount["name"])
        sources = volume["projected"]["sources"]
        assert {"audience": "sts.min.io", "expirationSeconds": 3600, "path": filename} in [s.get("serviceAccountToken") for s in sources]


CUDA_IMAGE = "ghcr.io/loom/workloads-cuda:0.1.0@sha256:" + "b" * 64


def test_generator_retraining_is_a_template_on_the_gpu_pool():
    """Same code as locally (`python -m workloads.retrain --model generator`), one GPU, the pool's
    tolerations and node selector, the retrain identity; the drift check starts it too."""
    r = build(gpu=GPU, generator_image=CUDA_IMAGE)
    gen = r.graph.one(CRONJOB, "loop-retrain-generator")
    assert plain(gen.inputs)["spec"]["suspend"] is True
    spec = _pod(gen)["spec"]
    c = spec["containers"][0]
    assert c["command"][:5] == ["python", "-m", "workloads.retrain", "--model", "generator"]
    assert c["command"][c["command"].index("--margin") + 1] == "0.02" and c["command"][c["command"].index("--regression-margin") + 1] == "0.03"
    assert c["resources"]["requests"]["nvidia.com/gpu"] == c["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert spec["tolerations"] == [dict(t) for t in GPU.tolerations] and spec["nodeSelector"] == dict(GPU.node_selector)
    assert spec["serviceAccountName"] == "loop-retrain" and c["securityContext"]["readOnlyRootFilesystem"] is True
    assert c["image"] == CUDA_IMAGE and {"name": "LOOM_MODEL_CACHE", "value": "/tmp/models"} in c["env"]
    assert {"mountPath": "/tmp", "name": "tmp"} in c["volumeMounts"]
    drift = _pod(r.graph.one(CRONJOB, "loop-drift"))["spec"]["containers"][0]["command"]
    assert [drift[i + 1] for i, a in enumerate(drift) if a == "--trigger-job"] == ["loop-retrain", "loop-retrain-generator"]
    embedder = _pod(r.graph.one(CRONJOB, "loop-retrain"))["spec"]
    assert "tolerations" not in embedder and "nvidia.com/gpu" not in embedder["containers"][0]["resources"]["limits"]
    kubernetes_validate.validate({"apiVersion": "batch/v1", "kind": "CronJob", **plain(gen.inputs)}, K8S_VERSION, strict=True)
    assert r.outputs["generator_retrain_template_name"] == "loop-retrain-generator"


def test_without_gpus_the_generator_retrains_on_cpu():
    for r in (build(), build(gpu=GPU, generator_gpus=0)):
        spec = _pod(r.graph.one(CRONJOB, "loop-retrain-generator"))["spec"]
        assert "tolerations" not in spec and "nodeSelector" not in spec
        assert set(spec["containers"][0]["resources"]["limits"]) == {"cpu", "memory"} and spec["containers"][0]["image"] == IMAGE
