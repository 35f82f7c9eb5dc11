"""MilvusVectorStore, MlflowTracking, TelemetryLake and Observability under Pulumi mocks."""

import pytest

from components.foundation.base import Access, BucketPurpose
from components.foundation.base import ObjectStoreKind as K
from components.kube.labels import CLASSIFICATION_LABEL
from components.kube.validation import ComponentArgsError
from components.lake import TelemetryLake, TelemetryLakeArgs
from components.milvus import MilvusMode, MilvusVectorStore, MilvusVectorStoreArgs
from components.mlflow import MlflowTracking, MlflowTrackingArgs
from components.observability import Observability, ObservabilityArgs
from tests.components.fakes import FakeFoundation, is_secret, plain, render, walk_strings

D = "@sha256:" + "c" * 64
MLFLOW_IMAGE = "ghcr.io/mlflow/mlflow:v2.22.1" + D
OTEL_IMAGE = "otel/opentelemetry-collector-contrib:0.140.0" + D
RELEASE = "kubernetes:helm.sh/v3:Release"
FORBIDDEN_ENV = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AZURE_STORAGE_KEY", "AZURE_CLIENT_SECRET", "GOOGLE_APPLICATION_CREDENTIALS"}


def build(cls, args_cls, outputs, kind=K.S3, **kw):
    holder = {}

    def make():
        f = FakeFoundation("f", kind=kind)
        holder["f"] = f
        extra = {"foundation": f} if "foundation" in args_cls.__dataclass_fields__ else {}
        return cls(cls.__name__.lower(), args_cls(k8s_provider=f.k8s_provider, **extra, **kw))

    r = render(make, outputs)
    r.foundation = holder["f"]
    return r


# --- Milvus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [K.S3, K.GCS, K.AZURE_BLOB])
def test_milvus_uses_the_foundation_bucket_through_iam_and_stays_internal(kind):
    r = build(MilvusVectorStore, MilvusVectorStoreArgs, ("uri", "bucket_name"), kind=kind)
    (rel,) = r.graph.of_type(RELEASE)
    v = plain(rel.inputs)["values"]
    assert rel.inputs["chart"] == "milvus" and rel.inputs["version"][0].isdigit()
    assert rel.inputs["repositoryOpts"]["repo"] == "https://zilliztech.github.io/milvus-helm/"
    assert v["minio"]["enabled"] is False
    assert v["externalS3"]["enabled"] is True and v["externalS3"]["useIAM"] is True and v["externalS3"]["secretKey"] == ""
    assert v["service"]["type"] == "ClusterIP" and v["ingress"]["enabled"] is False
    assert v["serviceAccount"]["name"] == "milvus"
    assert v["labels"][CLASSIFICATION_LABEL] == "confidential"
    assert v["cluster"]["enabled"] is True and v["pulsarv3"]["enabled"] is True and v["etcd"]["replicaCount"] == 3
    assert r.outputs["uri"] == "http://milvus.loom-data.svc.cluster.local:19530"
    f = r.foundation
    assert [s.purpose for _, s, _ in f.buckets] == [BucketPurpose.MILVUS]
    assert f.identities[0][1].grants[0].access is Access.READ_WRITE
    if kind is K.AZURE_BLOB:
        assert v["labels"]["azure.workload.identity/use"] == "true"


def test_milvus_on_an_s3_compatible_store_reads_a_static_key_from_its_secret():
    """Issue 10, defect 14: Milvus 2.5 sends a web-identity token only to AWS STS, so on MinIO it takes a
    least-privilege static key: useIAM off, the key by env from the foundation's Secret (never in the values),
    the cluster CA trusted, and the pods restarted when the key is rotated."""
    r = build(MilvusVectorStore, MilvusVectorStoreArgs, (), kind=K.S3_COMPATIBLE)
    (rel,) = r.graph.of_type(RELEASE)
    v = plain(rel.inputs)["values"]
    ext = v["externalS3"]
    assert ext["useIAM"] is False and ext["accessKey"] == "" and ext["secretKey"] == "" and ext["iamEndpoint"] == ""
    assert (ext["host"], ext["port"], ext["useSSL"]) == ("minio.loom-storage.svc.cluster.local", 443, True)
    (name, request), = r.foundation.identities
    assert name == "milvusvectorstore-access-key" and request.grants[0].access is Access.READ_WRITE
    for component in ("proxy", "queryNode", "dataNode", "mixCoordinator", "indexNode"):
        env = {e["name"]: e for e in v[component]["extraEnv"]}
        assert env["MINIO_ACCESS_KEY_ID"]["valueFrom"]["secretKeyRef"] == {"name": "milvus-object-store-key", "key": "accessKeyId"}
        assert env["MINIO_SECRET_ACCESS_KEY"]["valueFrom"]["secretKeyRef"] == {"name": "milvus-object-store-key", "key": "secretAccessKey"}
        assert "value" not in env["MINIO_SECRET_ACCESS_KEY"] and not FORBIDDEN_ENV & set(env)
        assert not {n for n in env if n.startswith("AWS_")}  # no web identity left half-configured
        ca_file = env["SSL_CERT_FILE"]["value"]
    assert v["annotations"] == {"loom.io/access-key-rotation": "1"}
    (volume,) = v["volumes"]
    assert volume["configMap"]["name"] == "kube-root-ca.crt"
    assert {m["mountPath"] for m in v["volumeMounts"]} == {ca_file.rsplit("/", 1)[0], "/etc/ssl/certs/ca-certificates.crt"}
    assert v["serviceAccount"]["annotations"] == {}


def test_milvus_on_a_cloud_store_cannot_take_a_static_key():
    """The static key is the S3-compatible exception only: a cloud foundation refuses it, naming why."""
    import pulumi
    from components.foundation.base import BucketGrant, IdentityRequest

    def make():
        f = FakeFoundation("f", kind=K.S3)
        with pytest.raises(NotImplementedError, match="workload identity: bind_access_key is only for S3-compatible"):
            f.bind_access_key("k", IdentityRequest(namespace="loom-data", service_account="milvus", grants=[]), pulumi.ResourceOptions())
        return f

    render(make)


def test_milvus_standalone_mode_and_pinned_image():
    r = build(
        MilvusVectorStore, MilvusVectorStoreArgs, ("uri",), mode=MilvusMode.STANDALONE, image="milvusdb/milvus:v2.5.9" + D
    )
    v = plain(r.graph.of_type(RELEASE)[0].inputs)["values"]
    assert v["cluster"]["enabled"] is False and v["pulsarv3"]["enabled"] is False
    assert v["standalone"]["messageQueue"] == "rocksmq" and v["etcd"]["replicaCount"] == 1
    assert v["image"]["all"] == {"repository": "milvusdb/milvus", "tag": "v2.5.9" + D, "pullPolicy": "IfNotPresent"}


def test_milvus_allow_policy_selects_its_release():
    r = build(MilvusVectorStore, MilvusVectorStoreArgs, ())
    ap, pulsar = r.graph.of_type("kubernetes:security.istio.io/v1:AuthorizationPolicy")
    assert plain(pulsar.inputs["spec"])["selector"]["matchLabels"] == {"release": "milvus"}
    assert plain(pulsar.inputs["spec"])["rules"][0]["from"][0]["source"]["namespaces"] == ["loom-data"]
    spec = plain(ap.inputs["spec"])
    assert spec["selector"]["matchLabels"] == {"app.kubernetes.io/instance": "milvus"}
    assert spec["rules"][0]["from"][0]["source"]["namespaces"] == ["loom-serving", "loom-system", "loom-data"]


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"mode": "cluster"}, "mode = 'cluster'"),
        ({"etcd_replicas": 2}, "etcd_replicas = 2 .* odd"),
        ({"image": "milvusdb/milvus:v2.5.9"}, "image = 'milvusdb/milvus:v2.5.9'"),
        ({"allowed_namespaces": ()}, "at least one caller"),
    ],
)
def test_milvus_bad_arguments(kw, message):
    with pytest.raises(ComponentArgsError, match=message):
        build(MilvusVectorStore, MilvusVectorStoreArgs, (), **kw)


# --- MLflow -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mlflow():
    return build(MlflowTracking, MlflowTrackingArgs, ("tracking_uri", "artifacts_uri"), image=MLFLOW_IMAGE)


def test_mlflow_password_is_generated_and_secret(mlflow):
    (pw,) = mlflow.graph.of_type("random:index/randomPassword:RandomPassword")
    assert pw.inputs["length"] >= 24
    ((name, spec),) = mlflow.foundation.databases
    assert spec.database == "mlflow" and spec.protect is True
    secret = mlflow.graph.one("kubernetes:core/v1:Secret", "mlflowtracking-backend")
    assert is_secret(secret.inputs["stringData"]), "the backend URI (with the password) must be a Pulumi secret"
    uri = plain(secret.inputs["stringData"])["MLFLOW_BACKEND_STORE_URI"]
    assert uri.startswith("postgresql+psycopg2://mlflow:") and uri.endswith("@pg.internal:5432/mlflow?sslmode=require")


def test_mlflow_server_never_sees_the_password_in_args(mlflow):
    d = plain(mlflow.graph.one("kubernetes:apps/v1:Deployment", "mlflowtracking-server").inputs)
    c = d["spec"]["template"]["spec"]["containers"][0]
    (pw,) = mlflow.graph.of_type("random:index/randomPassword:RandomPassword")
    password = plain(pw.outputs["result"])  # what the (mock) provider generated
    assert len(password) >= 24 and password not in " ".join(walk_strings(d))
    assert "--serve-artifacts" in c["args"]
    assert "--artifacts-destination=s3://mlflowtracking-artifacts/artifacts" in c["args"]
    env = {e["name"]: e for e in c["env"]}
    assert env["MLFLOW_BACKEND_STORE_URI"]["valueFrom"]["secretKeyRef"]["name"] == "mlflow-backend-store"
    hosts = env["MLFLOW_SERVER_ALLOWED_HOSTS"]["value"].split(",")
    assert "mlflow.loom-data.svc.cluster.local:*" in hosts and "mlflow:*" in hosts
    assert not set(env) & FORBIDDEN_ENV
    assert c["livenessProbe"]["httpGet"]["path"] == "/health" and c["readinessProbe"]["httpGet"]["path"] == "/health"
    assert c["securityContext"]["runAsNonRoot"] is True and c["securityContext"]["allowPrivilegeEscalation"] is False
    assert d["spec"]["template"]["metadata"]["labels"][CLASSIFICATION_LABEL] == "confidential"
    assert mlflow.outputs["tracking_uri"] == "http://mlflow.loom-data.svc.cluster.local:5000"
    assert mlflow.outputs["artifacts_uri"] == "s3://mlflowtracking-artifacts/artifacts"


def test_mlflow_registers_an_external_database_with_the_mesh_for_its_namespace_only(mlflow):
    (entry,) = mlflow.graph.of_type("kubernetes:networking.istio.io/v1:ServiceEntry")
    assert entry.inputs["metadata"]["name"] == "mlflow-postgres"
    assert entry.inputs["metadata"]["namespace"] == "loom-data"
    assert entry.inputs["spec"]["exportTo"] == ["."]
    assert entry.inputs["spec"]["hosts"] == ["pg.internal"] and entry.inputs["spec"]["location"] == "MESH_EXTERNAL"
    assert entry.inputs["spec"]["ports"] == [{"number": 5432, "name": "tcp-5432", "protocol": "TCP"}]


def test_mlflow_artifacts_bucket_and_identity(mlflow):
    f = mlflow.foundation
    assert [(s.purpose, s.protect) for _, s, _ in f.buckets] == [(BucketPurpose.MLFLOW, True)]
    req = f.identities[0][1]
    assert (req.namespace, req.service_account, req.grants[0].access) == ("loom-data", "mlflow", Access.READ_WRITE)


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"image": "ghcr.io/mlflow/mlflow:v2.22.1"}, "image = 'ghcr.io/mlflow/mlflow:v2.22.1'"),
        ({"image": MLFLOW_IMAGE, "database_name": "mlflow-db"}, "database_name = 'mlflow-db'"),
        ({"image": MLFLOW_IMAGE, "replicas": 0}, "replicas = 0"),
    ],
)
def test_mlflow_bad_arguments(kw, message):
    with pytest.raises(ComponentArgsError, match=message):
        build(MlflowTracking, MlflowTrackingArgs, (), **kw)


# --- Telemetry lake ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(K))
def test_lake_bucket_spec_and_collector_export_without_keys(kind):
    r = build(
        TelemetryLake,
        TelemetryLakeArgs,
        ("uri", "format", "otlp_grpc_endpoint"),
        kind=kind,
        collector_image=OTEL_IMAGE,
        retention_days=730,
    )
    ((name, spec, opts),) = r.foundation.buckets
    assert name == "telemetrylake-bucket" and spec.purpose is BucketPurpose.LAKE
    assert spec.versioning and spec.protect and spec.retention_days == 730 and spec.transition_to_cold_days == 90
    (rel,) = r.graph.of_type(RELEASE)
    v = plain(rel.inputs)["values"]
    assert rel.inputs["chart"] == "opentelemetry-collector"
    assert v["image"] == {"repository": "otel/opentelemetry-collector-contrib", "digest": "sha256:" + "c" * 64, "tag": "0.140.0",
                          "pullPolicy": "IfNotPresent"}
    assert v["serviceAccount"]["name"] == "otel-collector"
    assert v["podLabels"][CLASSIFICATION_LABEL] == "restricted"
    exporters = v["config"]["exporters"]
    assert len([e for e in exporters if exporters[e] is not None]) == 1
    text = " ".join(walk_strings(v["config"])).lower()
    assert "connection_string" not in text and "secret" not in text and "access_key" not in text
    assert v["securityContext"]["runAsNonRoot"] is True
    assert r.outputs["format"] == "delta"
    assert r.outputs["otlp_grpc_endpoint"] == "otel-collector.loom-system.svc.cluster.local:4317"


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"collector_image": "otel/opentelemetry-collector-contrib:latest"}, "collector_image"),
        ({"collector_image": OTEL_IMAGE, "retention_days": 30, "transition_to_cold_days": 90}, "retention_days = 30"),
        ({"collector_image": OTEL_IMAGE, "raw_prefix": "interactions/raw"}, "raw_prefix = 'interactions/raw'"),
    ],
)
def test_lake_bad_arguments(kw, message):
    with pytest.raises(ComponentArgsError, match=message):
        build(TelemetryLake, TelemetryLakeArgs, (), **kw)


# --- Observability ----------------------------------------------------------------------------


def test_prometheus_adapter_serves_the_triton_queue_metric():
    r = build(Observability, ObservabilityArgs, ("prometheus_url", "queue_metric_name"))
    releases = {x.inputs["chart"]: plain(x.inputs) for x in r.graph.of_type(RELEASE)}
    assert set(releases) == {"kube-prometheus-stack", "prometheus-adapter"}
    adapter = releases["prometheus-adapter"]["values"]
    (rule,) = adapter["rules"]["custom"]
    assert rule["name"]["as"] == r.outputs["queue_metric_name"] == "triton_queue_duration_per_request_us"
    assert "nv_inference_request_success" in rule["metricsQuery"]
    assert adapter["prometheus"]["url"] == "http://loom-kps-prometheus.loom-monitoring.svc.cluster.local"
    assert "resource" not in adapter["rules"]
    assert r.outputs["prometheus_url"] == "http://loom-kps-prometheus.loom-monitoring.svc.cluster.local:9090"
    (pm,) = r.graph.of_type("kubernetes:monitoring.coreos.com/v1:PodMonitor")
    assert "loom-serving" in pm.inputs["spec"]["namespaceSelector"]["matchNames"]


def test_adapter_can_serve_resource_metrics_where_metrics_server_is_missing():
    r = build(Observability, ObservabilityArgs, (), serve_resource_metrics=True)
    adapter = [plain(x.inputs) for x in r.graph.of_type(RELEASE) if x.inputs["chart"] == "prometheus-adapter"][0]
    assert set(adapter["values"]["rules"]["resource"]) == {"cpu", "memory", "window"}


def test_observability_bad_retention():
    with pytest.raises(ComponentArgsError, match="retention = '15 days'"):
        build(Observability, ObservabilityArgs, (), retention="15 days")


def test_buckets_are_exposed_for_the_feedback_loop(mlflow):
    assert mlflow.component.artifacts_bucket.resource is not None
    lake = build(TelemetryLake, TelemetryLakeArgs, (), collector_image=OTEL_IMAGE)
    assert lake.component.bucket.resource is not None


# --- MinIO STS (existing clusters): the web-identity token must be mounted by every consumer ----

TOKEN_DIR = "/var/run/secrets/loom/sts"


def _mounts_token(volumes, mounts):
    projected = [v for v in volumes if "projected" in v]
    assert projected and projected[0]["projected"]["sources"][0]["serviceAccountToken"]["audience"] == "sts.min.io"
    assert any(m["mountPath"] == TOKEN_DIR and m["name"] == projected[0]["name"] for m in mounts)


def test_sts_token_reaches_mlflow_milvus_and_the_collector():
    ml = build(MlflowTracking, MlflowTrackingArgs, (), kind=K.S3_COMPATIBLE, image=MLFLOW_IMAGE)
    spec = plain(ml.graph.one("kubernetes:apps/v1:Deployment", "mlflowtracking-server").inputs)["spec"]["template"]["spec"]
    _mounts_token(spec["volumes"], spec["containers"][0]["volumeMounts"])
    env = {e["name"]: e.get("value") for e in spec["containers"][0]["env"]}
    assert env["AWS_WEB_IDENTITY_TOKEN_FILE"] == TOKEN_DIR + "/token"

    mv = build(MilvusVectorStore, MilvusVectorStoreArgs, (), kind=K.S3_COMPATIBLE)
    v = plain(mv.graph.of_type(RELEASE)[0].inputs)["values"]
    # Milvus is the exception (defect 14): a static key, so no token is mounted and none is announced by env.
    assert not [vol for vol in v["volumes"] if "projected" in vol]
    assert not [e for e in v["queryNode"]["extraEnv"] if e["name"] == "AWS_WEB_IDENTITY_TOKEN_FILE"]
    assert v["queryNode"]["replicas"] == 2  # extraEnv merged into, not replacing, the sizing

    lk = build(TelemetryLake, TelemetryLakeArgs, (), kind=K.S3_COMPATIBLE, collector_image=OTEL_IMAGE)
    v = plain(lk.graph.of_type(RELEASE)[0].inputs)["values"]
    _mounts_token(v["extraVolumes"], v["extraVolumeMounts"])


def test_no_token_volume_where_the_cluster_completes_the_identity():
    ml = build(MlflowTracking, MlflowTrackingArgs, (), kind=K.S3, image=MLFLOW_IMAGE)
    spec = plain(ml.graph.one("kubernetes:apps/v1:Deployment", "mlflowtracking-server").inputs)["spec"]["template"]["spec"]
    assert not [v for v in spec["volumes"] if "projected" in v]


@pytest.mark.slow  # importing mlflow.server takes a few seconds
def test_mlflow_allowed_hosts_match_how_mlflow_checks_the_host_header():
    """Uses MLflow's own matcher, so a change in its semantics breaks this test, not production."""
    from mlflow.server.security_utils import is_allowed_host_header

    from components.mlflow import allowed_hosts

    hosts = allowed_hosts("loom-data", ["mlflow.example.com"])
    for host in ("mlflow:5000", "mlflow.loom-data.svc.cluster.local:5000", "mlflow.loom-data", "mlflow.example.com"):
        assert is_allowed_host_header(hosts, host), host
    assert not is_allowed_host_header(hosts, "evil.example.com:5000")


def test_triton_alerts_are_rendered_with_the_configured_threshold():
    r = build(Observability, ObservabilityArgs, (), triton_queue_alert_us=123_000)
    (rule,) = r.graph.of_type("kubernetes:monitoring.coreos.com/v1:PrometheusRule")
    alerts = {a["alert"]: a for a in plain(rule.inputs["spec"])["groups"][0]["rules"]}
    assert set(alerts) == {"TritonQueueTimeHigh", "TritonInferenceFailures", "TritonNoMetrics"}
    assert alerts["TritonQueueTimeHigh"]["expr"].endswith("> 123000")


def test_milvus_bucket_protection_follows_the_argument():
    r = build(MilvusVectorStore, MilvusVectorStoreArgs, (), protect=False)
    assert [s.protect for _, s, _ in r.foundation.buckets] == [False]
