"""The wiring check: token files mounted, identities bound to exactly their service accounts, jobs that can
finish in the mesh, HPA metrics served, provider writes ordered.

Defects of issue 10 it finds on the graphs of the code that had them (tests/checks/frozen.py): 17 (dev, edge, onprem: feedback CronJobs given the web-identity
token and CA bundle paths without the projected volume), 14 (dev, edge, onprem: Milvus' S3 clients send the token
only to AWS STS, whatever iamEndpoint says), 16 (onprem, kubelet 1.32: classic sidecars keep Jobs running), 10 (aws: no metrics-server for the
CPU metrics of the Triton, istiod and gateway HPAs; also onprem, which declares none), 6 (gcp: Workload Identity bindings do not wait for the GKE
cluster) and 13 (azure: two Flexible Server configurations applied in parallel).
"""

from __future__ import annotations

import copy
import json

import pytest

from loom.checks import wiring
from tests.infra.conftest import preview_of

from .frozen import frozen

from .graphs import add, mutate, release


def found(result, needle=""):
    return [f.message for f in wiring.check(result) if needle in f.message]


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_defect_17_feedback_jobs_without_the_token_volume(stack):
    """Defect 17: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_CA_BUNDLE are set but the projected token volume is never mounted."""
    msgs = found(frozen(stack), "mounts nothing there")
    for job in ("feedback-drift", "feedback-retrain"):
        for env in ("AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CA_BUNDLE"):
            assert any(job in m and env in m for m in msgs), msgs


def _mount_token(inputs):
    pod = inputs["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    pod["volumes"].append({"name": "loom-sts-token", "projected": {"sources": [
        {"serviceAccountToken": {"audience": "sts.min.io", "expirationSeconds": 3600, "path": "token"}},
        {"configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}}]}})
    pod["containers"][0]["volumeMounts"].append({"name": "loom-sts-token", "mountPath": "/var/run/secrets/loom/sts", "readOnly": True})


def test_defect_17_is_cleared_by_mounting_the_projected_token_and_the_audience_is_checked():
    fixed = mutate(frozen("dev"), "loom-dev-feedback-drift", _mount_token)
    assert not [m for m in found(fixed) if "loom-dev-feedback-drift" in m and "mounts nothing" in m]

    def wrong_audience(inputs):
        _mount_token(inputs)
        inputs["spec"]["jobTemplate"]["spec"]["template"]["spec"]["volumes"][-1]["projected"]["sources"][0]["serviceAccountToken"]["audience"] = "sts.amazonaws.com"

    wrong = mutate(frozen("dev"), "loom-dev-feedback-drift", wrong_audience)
    assert any("audience 'sts.amazonaws.com'" in m for m in found(wrong))


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_defect_14_milvus_sends_the_token_to_aws_sts(stack):
    """Defect 14: Milvus reads MinIO with useIAM; its S3 clients send the web-identity token only to AWS STS."""
    assert found(frozen(stack), "only to AWS STS")
    assert not found(preview_of(stack), "Milvus")  # today: a static key from a Secret, no finding


def test_defect_14_is_not_cleared_by_the_iam_endpoint():
    """The first fix set externalS3.iamEndpoint; Milvus 2.5 calls minio-go's `credentials.NewIAM("")`, which never
    sees it, so that graph is still a finding. AWS S3 with IRSA is right to use AWS STS."""
    iam_endpoint = mutate(frozen("dev"), "loom-dev-milvus-release",
                          lambda i: i["values"]["externalS3"].update({"iamEndpoint": "https://sts.minio-operator.svc.cluster.local:4223/sts/loom-storage"}))
    assert found(iam_endpoint, "only to AWS STS")
    assert not found(preview_of("aws"), "Milvus") and not found(frozen("aws"), "Milvus")
    # An attacker's variant: the AWS name as a prefix of another host is still not AWS.
    lookalike = mutate(preview_of("aws"), _milvus("aws"), lambda i: i["values"]["externalS3"].update({"host": "s3.amazonaws.com.evil.example"}))
    assert found(lookalike, "only to AWS STS")


def test_defect_14_static_key_must_come_from_a_secret_that_has_it():
    name = _milvus("dev")

    def plaintext(i):
        i["values"]["externalS3"]["secretKey"] = "hunter2hunter2"

    assert found(mutate(preview_of("dev"), name, plaintext), "in plain text")

    def no_key_env(i):
        i["values"]["standalone"]["extraEnv"] = [e for e in i["values"]["standalone"]["extraEnv"] if e["name"] != "MINIO_SECRET_ACCESS_KEY"]

    assert any("MINIO_SECRET_ACCESS_KEY from no Secret" in m for m in found(mutate(preview_of("dev"), name, no_key_env)))

    def literal(i):
        for e in i["values"]["standalone"]["extraEnv"]:
            if e["name"] == "MINIO_ACCESS_KEY_ID":
                e.pop("valueFrom")
                e["value"] = "loom-loom-data-milvus"

    assert any("MINIO_ACCESS_KEY_ID from no Secret" in m for m in found(mutate(preview_of("dev"), name, literal)))

    def wrong_key(i):
        for e in i["values"]["standalone"]["extraEnv"]:
            if e["name"] == "MINIO_SECRET_ACCESS_KEY":
                e["valueFrom"]["secretKeyRef"]["key"] = "password"

    # A Secret whose keys the preview shows (Pulumi's own Secrets hide all of stringData: nothing to compare then).
    shown = mutate(preview_of("dev"), "loom-dev-milvus-access-key-secret",
                   lambda i: i.update({"stringData": {"accessKeyId": "[secret]", "secretAccessKey": "[secret]"}}))
    assert not found(shown, "Milvus")
    assert any("key password of Secret loom-data/milvus-object-store-key, which has no such key" in m
               for m in found(mutate(shown, name, wrong_key)))


def test_defect_16_jobs_keep_a_classic_sidecar_on_kubelet_1_32():
    """Defect 16: Istio 1.27's auto mode needs every kubelet at 1.33; onprem runs 1.32, so meshed Jobs never complete."""
    msgs = found(frozen("onprem"), "never completes")
    for job in ("loom-onprem-feedback-drift", "milvus-pulsarv3-pulsar-init", "mlflow-1-initdb"):
        assert any(job in m for m in msgs), msgs
    assert any("concurrencyPolicy Forbid" in m for m in msgs)
    assert not found(frozen("dev"), "never completes")  # 1.33: native sidecars by Istio's auto mode


def test_defect_16_is_cleared_by_enabling_native_sidecars_explicitly_where_the_kubelet_allows():
    native = mutate(frozen("onprem"), "loom-onprem-mesh-istiod", lambda i: i["values"].setdefault("env", {}).update({"ENABLE_NATIVE_SIDECARS": "true"}))
    assert not found(native, "never completes")
    old = copy.deepcopy(native)
    old.settings.kubernetes_version = "1.28"
    assert found(old, "no SidecarContainers")
    # Opting one job out of the native sidecar on a 1.33 cluster brings the problem back.
    opted_out = mutate(frozen("dev"), "loom-dev-feedback-drift",
                       lambda i: i["spec"]["jobTemplate"]["spec"]["template"]["metadata"].setdefault("annotations", {}).update({"sidecar.istio.io/nativeSidecar": "false"}))
    assert any("loom-dev-feedback-drift" in m for m in found(opted_out, "never completes"))


@pytest.mark.parametrize("stack", ["aws", "onprem"])
def test_defect_10_no_metrics_server(stack):
    """Defect 10: EKS installs no metrics-server (nor does a kubeadm cluster, loom:existing.metricsServer false): the CPU
    metric of Triton's, istiod's and the gateway's HPAs has no data."""
    msgs = found(frozen(stack), "metrics.k8s.io")
    for hpa in ("triton-stable", "istiod", "istio-ingressgateway"):
        assert any(hpa in m for m in msgs), msgs


def test_metrics_come_from_the_platform_prometheus_adapter_or_k3s():
    for stack in ("gcp", "azure", "dev", "edge"):  # GKE/AKS built-in; dev: the adapter's resource rules; edge: k3s' metrics-server
        assert not found(frozen(stack), "metrics.k8s.io"), stack


def test_defect_10_is_cleared_by_metrics_server():
    with_ms = add(frozen("aws"), release("metrics-server", "metrics-server", "kube-system", {}))
    assert not found(with_ms, "metrics.k8s.io")


def test_defect_6_workload_identity_bindings_do_not_wait_for_the_cluster():
    """Defect 6: the IAM members for <project>.svc.id.goog[ns/sa] do not depend on the GKE cluster."""
    msgs = found(frozen("gcp"), "Identity Pool does not exist")
    assert len(msgs) == 6, msgs


def test_defect_6_is_cleared_by_a_dependency_on_the_cluster():
    base = frozen("gcp")
    cluster = next(r for r in base.resources if r.type == "gcp:container/cluster:Cluster")
    fixed = copy.deepcopy(base)
    for r in fixed.resources:
        if r.type == "gcp:serviceaccount/iAMMember:IAMMember":
            r.dependencies.append(cluster.urn)
    assert not found(fixed, "Identity Pool")


def test_defect_13_parallel_flexible_server_configurations():
    """Defect 13: two Configuration writes to one Flexible Server in parallel (ServerIsBusy)."""
    assert found(frozen("azure"), "ServerIsBusy")
    base = copy.deepcopy(frozen("azure"))
    confs = [r for r in base.resources if r.type == "azure-native:dbforpostgresql:Configuration"]
    confs[1].dependencies.append(confs[0].urn)
    assert not found(base, "ServerIsBusy")


def test_identity_bindings_must_name_exactly_the_service_account():
    aws = frozen("aws")
    role = next(r for r in aws.resources if r.name == "loom-aws-triton-identity-role")

    def other_subject(i):
        doc = json.loads(i["assumeRolePolicy"])
        for st in doc["Statement"]:
            for cond in st.get("Condition", {}).values():
                for k in list(cond):
                    if k.endswith(":sub"):
                        cond[k] = "system:serviceaccount:loom-serving:someone-else"
        i["assumeRolePolicy"] = json.dumps(doc)

    assert not found(aws, "trust policy")
    assert any("loom-serving/triton" in m for m in found(mutate(aws, role.name, other_subject), "does not admit"))

    gcp = copy.deepcopy(frozen("gcp"))
    gcp.resources = [r for r in gcp.resources if r.name != "loom-gcp-triton-identity-workload-identity"]
    assert any("loom-serving/triton" in m for m in found(gcp, "workloadIdentityUser"))

    azure = mutate(frozen("azure"), "loom-azure-triton-stable",
                   lambda i: i["spec"]["template"]["metadata"]["labels"].pop("azure.workload.identity/use"))
    assert any("triton-stable" in m for m in found(azure, "azure.workload.identity/use=true"))
    azure2 = copy.deepcopy(frozen("azure"))
    azure2.resources = [r for r in azure2.resources if r.name != "loom-azure-mlflow-identity-federation"]
    assert any("loom-data/mlflow" in m for m in found(azure2, "no federated credential"))


def test_minio_sts_needs_a_policy_binding():
    dev = copy.deepcopy(frozen("dev"))
    dev.resources = [r for r in dev.resources if r.name != "loom-dev-mlflow-identity-policy-binding"]
    assert any("loom-data/mlflow" in m for m in found(dev, "no PolicyBinding"))
    assert not found(frozen("dev"), "no PolicyBinding")


def test_cnpg_inherited_metadata_reaches_the_initdb_job():
    """CNPG copies spec.inheritedMetadata onto its pods and jobs: a nativeSidecar annotation there lets initdb finish on 1.32."""
    onprem = frozen("onprem")
    name = next(r.name for r in onprem.resources if r.type == "kubernetes:postgresql.cnpg.io/v1:Cluster")
    fixed = mutate(onprem, name, lambda i: i["spec"].update({"inheritedMetadata": {"annotations": {"sidecar.istio.io/nativeSidecar": "true"}}}))
    assert not [m for m in found(fixed, "never completes") if "initdb" in m]
    assert [m for m in found(onprem, "never completes") if "initdb" in m]


# --- trust: TLS clients of endpoints the cluster CA signs -------------------------------------------------------


def _milvus(stack):
    return next(r.name for r in preview_of(stack).resources if r.type == "kubernetes:helm.sh/v3:Release" and r.inputs.get("chart") == "milvus")


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_milvus_without_the_cluster_ca_cannot_verify_minio(stack):
    """Issue 10 (i10-helm's note): MinIO's certificates are signed by the cluster CA; Milvus' minio-go reads no
    AWS_CA_BUNDLE, so before this branch every Milvus pod failed certificate verification against MinIO and its STS."""
    msgs = found(frozen(stack), "over TLS")
    milvus = [m for m in msgs if "loom-data/milvus-" in m]
    assert milvus and all("SSL_CERT_FILE" in m or "/etc/ssl/certs/ca-certificates.crt" in m for m in milvus), msgs
    assert not found(preview_of(stack), "over TLS")  # today's graphs give the CA both ways


def test_the_trust_rule_follows_each_client_and_the_file_it_reads():
    name = _milvus("dev")

    def drop_env(i):
        i["values"]["standalone"]["extraEnv"] = [e for e in i["values"]["standalone"]["extraEnv"] if e["name"] != "SSL_CERT_FILE"]

    assert any("SSL_CERT_FILE is not set" in m for m in found(mutate(preview_of("dev"), name, drop_env), "over TLS"))

    def other_configmap(i):
        for v in i["values"]["volumes"]:
            for src in [v] if "configMap" in v else v["projected"]["sources"]:
                if "configMap" in src:
                    src["configMap"]["name"] = "my-ca"

    msgs = found(mutate(preview_of("dev"), name, other_configmap), "over TLS")
    assert any("SSL_CERT_FILE=/var/run/secrets/loom/ca/ca.crt is not kube-root-ca.crt's ca.crt" in m for m in msgs), msgs
    assert any("nothing mounted at /etc/ssl/certs/ca-certificates.crt" in m for m in msgs), msgs
    # An AWS SDK client (MLflow: boto3) trusts through AWS_CA_BUNDLE; one pointing at the token is caught.
    point_at_token = mutate(preview_of("dev"), "loom-dev-mlflow-server", lambda i: [
        e.update({"value": "/var/run/secrets/loom/sts/token"}) for e in i["spec"]["template"]["spec"]["containers"][0]["env"]
        if e["name"] == "AWS_CA_BUNDLE"])
    assert any("loom-data/mlflow" in m and "AWS_CA_BUNDLE=/var/run/secrets/loom/sts/token" in m for m in found(point_at_token, "over TLS"))
    # A tenant without the operator's certificate (requestAutoCert false) serves plain http: nothing to trust.
    tenant = next(r.name for r in preview_of("dev").resources if r.type == "kubernetes:minio.min.io/v2:Tenant")
    plain_tenant = mutate(point_at_token, tenant, lambda i: i["spec"].update({"requestAutoCert": False}))
    assert any("sts.minio-operator" in m for m in found(plain_tenant, "loom-data/mlflow"))  # STS is still TLS
    assert not any("minio.loom-storage" in m for m in found(plain_tenant, "loom-data/mlflow"))


def test_clouds_have_no_cluster_ca_signed_endpoints():
    for stack in ("aws", "gcp", "azure"):
        assert not found(preview_of(stack), "over TLS")
