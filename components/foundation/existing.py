"""Existing-cluster foundation (dev on kind/k3d/Docker Desktop, on-prem, k3s edge).

- Kubernetes: a provider from the kubeconfig path/contents and context in the args.
- Object store: an in-cluster MinIO (MinIO Operator Helm release + a typed `Tenant` CR, auto TLS,
  SSE on every bucket) or an existing S3-compatible endpoint.
- Buckets: one idempotent `mc` Job per bucket in the storage namespace (create, versioning,
  lifecycle, default encryption). Pulumi waits for the Job, so `pulumi up` fails loudly if a bucket
  cannot be made. (Tenant `spec.buckets` is only applied when a tenant is first provisioned, so
  buckets added later would silently never appear.)
- Identity: MinIO Operator STS. `bind_identity` writes a MinIO policy (again an `mc` Job) and a
  `sts.min.io/v1beta1` PolicyBinding for the service account; pods exchange a projected token for
  temporary credentials. No keys are handed to any workload.
- Postgres: CloudNativePG (operator Helm release + `postgresql.cnpg.io/v1` Cluster): TLS-only
  pg_hba, scheduled base backups + WAL archive to the object store with a retention policy,
  credentials for backups through the same STS web identity.
- GPUs: the NVIDIA GPU Operator (optional, on-prem) -> GpuProfile; none on dev/edge by default.
"""

from __future__ import annotations

import urllib.parse
from typing import Optional

import pulumi
import pulumi_kubernetes as k8s
import pulumi_random as random

from components.kube import istio
from components.kube.objects import allow_policy
from components.kube import charts, resources

from . import checks, naming, options, sts
from components.kube.istio import ExternalService

from .base import (
    Access,
    Bucket,
    BucketGrant,
    BucketSpec,
    Cloud,
    Foundation,
    GpuProfile,
    KEY_ROTATION_ANNOTATION,
    IdentityRequest,
    ObjectStoreKey,
    ObjectStoreKind,
    Postgres,
    PostgresSpec,
    WorkloadIdentity,
)
from .existing_args import ExistingClusterFoundationArgs, ExternalS3Args, Footprint, MinioArgs, ObjectStoreMode

__all__ = ["ExistingClusterFoundation", "ExistingClusterFoundationArgs", "ExternalS3Args", "Footprint", "MinioArgs",
           "ObjectStoreMode"]

MINIO_OPERATOR_NS = "minio-operator"
CNPG_NS = "cnpg-system"
CNPG_PROJECTED = "/projected"
GPU_OPERATOR_NS = "gpu-operator"
TENANT_NAME = "loom"
GPU_TOLERATION = {"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"}
# CloudNativePG's ports (cloudnative-pg/cloudnative-pg docs/src/security.md, "Exposed Ports"): PostgreSQL, and the
# instance manager's status endpoint (TLS, no authentication), which the operator calls on each pod's IP
# (v1.25.1, the operator of chart 0.23.2: pkg/management/postgres/webserver/client/remote/instance.go builds
# https://<pod IP>:8000/pg/status, /pg/controldata, /update, /pg/archive/partial). The operator runs without a
# sidecar in cnpg-system, so it cannot present a mesh identity: 8000 must accept it without mTLS.
CNPG_STATUS_PORT = 8000
CNPG_POSTGRES_PORT = 5432
NATIVE_SIDECAR = "sidecar.istio.io/nativeSidecar"
"""Per-pod choice of Istio native sidecars (istio/istio.io, news/releases/1.24.x/announcing-1.24/change-notes:
"takes precedence over the global ENABLE_NATIVE_SIDECARS"); needs Kubernetes >= 1.29 (SidecarContainers on)."""
LABELS = {"app.kubernetes.io/part-of": "loom", "app.kubernetes.io/managed-by": "pulumi"}


# Footprint -> (minio servers, drives per server, GiB per drive, requests) and Postgres requests.
SIZES = {
    Footprint.DEV: {"servers": 1, "volumes": 1, "size": 10, "cpu": "100m", "memory": "256Mi",
                    "pg_cpu": "100m", "pg_memory": "256Mi", "operator_replicas": 1},
    Footprint.EDGE: {"servers": 1, "volumes": 1, "size": 50, "cpu": "100m", "memory": "256Mi",
                     "pg_cpu": "100m", "pg_memory": "256Mi", "operator_replicas": 1},
    Footprint.ONPREM: {"servers": 4, "volumes": 4, "size": 500, "cpu": "1", "memory": "4Gi",
                       "pg_cpu": "500m", "pg_memory": "1Gi", "operator_replicas": 2},
}
RESTRICTED_CONTAINER = {
    "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True,
    "capabilities": {"drop": ["ALL"]}, "seccompProfile": {"type": "RuntimeDefault"},
}


def gpu_operator_values() -> dict:
    """GPU Operator values: driver, toolkit, device plugin, DCGM exporter and NFD on, the GPU taint tolerated, and
    requests on the operands whose chart default is `{}` (components/kube/resources.py)."""
    values: dict = {"driver": {"enabled": True}, "nfd": {"enabled": True}, "daemonsets": {"tolerations": [GPU_TOLERATION]}}
    for part, spec in resources.GPU_OPERATOR_OPERANDS.items():
        values[part] = {"resources": spec}
    for part in ("toolkit", "devicePlugin", "dcgmExporter"):
        values[part]["enabled"] = True
    return values


class ExistingClusterFoundation(Foundation):
    """A cluster we did not create: MinIO (or an S3-compatible endpoint), MinIO STS identity, CloudNativePG."""

    cluster_name: pulumi.Output[str]
    s3_endpoint: str
    """In-cluster (or external) S3 API URL."""
    sts_endpoint: str

    def __init__(self, name: str, args: ExistingClusterFoundationArgs,
                 opts: Optional[pulumi.ResourceOptions] = None) -> None:
        self._validate(args)
        super().__init__("loom:foundation:ExistingClusterFoundation", name, None, opts)
        self._name = name
        self._args = args
        self._footprint = Footprint(args.footprint)
        self._size = dict(SIZES[self._footprint])
        self.cloud = Cloud.EXISTING
        self.store_kind = ObjectStoreKind.S3_COMPATIBLE
        self.region = None
        self.storage_class = args.storage_class
        self.load_balancers = args.load_balancer
        self.node_pools = dict(args.node_pools)
        self.resource_metrics = args.metrics_server
        self._prefix = naming.dns_label(args.cluster_name_or_default() or name, 30)
        self.cluster_name = pulumi.Output.from_input(args.cluster_name_or_default() or args.context or name)
        self.k8s_provider = k8s.Provider(
            f"{name}-k8s", kubeconfig=pulumi.Output.secret(args.kubeconfig) if args.kubeconfig is not None else None,
            context=args.context, opts=pulumi.ResourceOptions(parent=self))
        self._k8s = pulumi.ResourceOptions(parent=self, provider=self.k8s_provider)
        protect = pulumi.ResourceOptions(protect=args.protect)

        self._tenant_ready: list[pulumi.Resource] = []
        if ObjectStoreMode(args.object_store) == ObjectStoreMode.MINIO:
            self._create_minio(name, args.minio, protect)
        else:
            ext = _external_s3(args)
            self.s3_endpoint, self.sts_endpoint, self._s3_region = ext.endpoint, ext.sts_endpoint, ext.region
            self.egress = _external_endpoints({"object-store": ext.endpoint, "object-store-sts": ext.sts_endpoint})

        self._cnpg = k8s.helm.v3.Release(
            f"{name}-cnpg-operator",
            charts.CLOUDNATIVE_PG.release_args(
                None, CNPG_NS,
                {"replicaCount": 1, "resources": {"requests": {"cpu": "50m", "memory": "128Mi"}},
                 "monitoring": {"podMonitorEnabled": False}},
                version=args.cnpg_chart_version, atomic=False, create_namespace=True),
            opts=self._k8s.merge(protect))

        self.gpu = None
        if args.gpu_operator:
            k8s.helm.v3.Release(
                f"{name}-gpu-operator",
                # Not atomic: drivers build on each GPU node for minutes; a rollback would undo a slow node's install.
                charts.GPU_OPERATOR.release_args(
                    None, GPU_OPERATOR_NS,
                    gpu_operator_values(),
                    version=args.gpu_operator_chart_version, atomic=False, create_namespace=True),
                opts=self._k8s)
            self.gpu = GpuProfile(tolerations=[GPU_TOLERATION] if args.gpu_taint else [],
                                  node_selector=dict(args.gpu_node_selector))

        self.register_outputs({
            "cluster_name": self.cluster_name,
            "s3_endpoint": self.s3_endpoint,
            "sts_endpoint": self.sts_endpoint,
            "footprint": self._footprint.value,
        })

    @staticmethod
    def _validate(args: ExistingClusterFoundationArgs) -> None:
        checks.require(isinstance(args, ExistingClusterFoundationArgs),
                       f"args={args!r} must be an ExistingClusterFoundationArgs")
        checks.check_enum("args.footprint", args.footprint, Footprint)
        mode = checks.check_enum("args.object_store", args.object_store, ObjectStoreMode)
        if mode == ObjectStoreMode.EXTERNAL_S3:
            checks.require(args.external_s3 is not None,
                           "args.external_s3 is missing but args.object_store='external-s3': give endpoint, "
                           "sts_endpoint and role_arn")
            for field in ("endpoint", "sts_endpoint"):
                value = getattr(args.external_s3, field)
                checks.require(isinstance(value, str) and value.startswith("https://"),
                               f"args.external_s3.{field}={value!r} must be an https:// URL (TLS is required)")
            checks.require(bool(args.external_s3 and args.external_s3.role_arn), "args.external_s3.role_arn is empty")
        else:
            m = args.minio
            naming.check_k8s_name("args.minio.namespace", m.namespace)
            for field in ("servers", "volumes_per_server", "volume_size_gi"):
                value = getattr(m, field)
                checks.require(value is None or (isinstance(value, int) and value >= 1),
                               f"args.minio.{field}={value!r} must be a positive integer or None")
        naming.check_k8s_name("args.postgres_namespace", args.postgres_namespace)
        checks.check_native_sidecar_version("args.kubernetes_version", args.kubernetes_version,
                                            f"CloudNativePG's initdb and join Jobs (namespace {args.postgres_namespace!r})")
        if args.context is not None:
            checks.require(isinstance(args.context, str) and bool(args.context), "args.context must be a non-empty string")

    # ------------------------------------------------------------------ MinIO
    def _create_minio(self, name: str, m: MinioArgs, protect: pulumi.ResourceOptions) -> None:
        size = self._size
        servers = m.servers or size["servers"]
        volumes = m.volumes_per_server or size["volumes"]
        gib = m.volume_size_gi or size["size"]
        ns_name = m.namespace
        self._minio_ns = ns_name
        self.s3_endpoint = sts.minio_s3_endpoint(ns_name)
        self.sts_endpoint = sts.minio_sts_endpoint(ns_name)
        self._s3_region = "us-east-1"
        self._kms_key = m.kes_key_name if m.kes_kms_secret else None

        operator = k8s.helm.v3.Release(
            f"{name}-minio-operator",
            charts.MINIO_OPERATOR.release_args(
                None, MINIO_OPERATOR_NS,
                {"operator": {"replicaCount": size["operator_replicas"],
                              "resources": {"requests": {"cpu": "50m", "memory": "128Mi"}}}},
                version=m.operator_chart_version, atomic=False, create_namespace=True),
            opts=self._k8s.merge(protect))
        namespace = k8s.core.v1.Namespace(
            f"{name}-storage-ns",
            metadata={"name": ns_name, "labels": {**LABELS, "loom.io/data-classification": "restricted"}},
            opts=self._k8s.merge(protect))
        ns_opts = self._k8s.merge(pulumi.ResourceOptions(depends_on=[namespace]))
        root_password = random.RandomPassword(f"{name}-minio-root-password", length=40, special=False,
                                              opts=pulumi.ResourceOptions(parent=self))
        kms_lines: pulumi.Input[str] = ""
        if not m.kes_kms_secret:
            kms_secret = random.RandomId(f"{name}-minio-kms-key", byte_length=32, opts=pulumi.ResourceOptions(parent=self))
            kms_lines = pulumi.Output.concat("export MINIO_KMS_SECRET_KEY=loom-default:", kms_secret.b64_std, "\n")
        config_env: pulumi.Output[str] = pulumi.Output.secret(pulumi.Output.concat(
            "export MINIO_ROOT_USER=loom-admin\n",
            "export MINIO_ROOT_PASSWORD=", root_password.result, "\n",
            "export MINIO_BROWSER=off\n",
            kms_lines))
        config = k8s.core.v1.Secret(
            f"{name}-minio-config",
            metadata={"name": f"{TENANT_NAME}-config", "namespace": ns_name, "labels": LABELS},
            type="Opaque",
            string_data={"config.env": config_env},
            opts=ns_opts)
        self._config_secret = f"{TENANT_NAME}-config"
        pool = {
            "name": "pool-0", "servers": servers, "volumesPerServer": volumes,
            "volumeClaimTemplate": {"metadata": {"name": "data"}, "spec": {
                "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": f"{gib}Gi"}},
                **({"storageClassName": self._args.storage_class} if self._args.storage_class else {})}},
            "resources": {"requests": {"cpu": size["cpu"], "memory": size["memory"]}},
            "securityContext": {"runAsUser": 1000, "runAsGroup": 1000, "fsGroup": 1000, "runAsNonRoot": True,
                                "fsGroupChangePolicy": "OnRootMismatch"},
            "containerSecurityContext": {"runAsUser": 1000, "runAsGroup": 1000, "runAsNonRoot": True,
                                         "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]},
                                         "seccompProfile": {"type": "RuntimeDefault"}},
        }
        spec: dict = {
            "image": m.tenant_image_or_default,
            "configuration": {"name": self._config_secret},
            "pools": [pool],
            "mountPath": "/export",
            "subPath": "/data",
            # The operator issues server certificates signed by the cluster CA (Kubernetes CSR API).
            "requestAutoCert": True,
            "features": {"bucketDNS": False},
            "podManagementPolicy": "Parallel",
        }
        if m.kes_kms_secret:
            spec["kes"] = {"image": m.kes_image_or_default, "replicas": 1 if self._footprint != Footprint.ONPREM else 2,
                           "kesSecret": {"name": m.kes_kms_secret}, "keyName": m.kes_key_name}
        tenant = k8s.apiextensions.CustomResource(
            f"{name}-minio-tenant", api_version="minio.min.io/v2", kind="Tenant",
            metadata={"name": TENANT_NAME, "namespace": ns_name,
                      "labels": {**LABELS, "app.kubernetes.io/name": "minio", "loom.io/data-classification": "restricted"}},
            spec=spec,
            opts=ns_opts.merge(pulumi.ResourceOptions(depends_on=[operator, config], protect=self._args.protect)))
        self._tenant_ready = [tenant]

    def _mc_job(self, name: str, script: str, extra_volumes: list, extra_mounts: list,
                opts: pulumi.ResourceOptions, annotations: Optional[dict] = None) -> k8s.batch.v1.Job:
        """A run-to-completion `mc` Job in the storage namespace (Pulumi waits for it to succeed)."""
        m = self._args.minio
        return k8s.batch.v1.Job(
            name,
            metadata={"namespace": self._minio_ns, "labels": {**LABELS, "app.kubernetes.io/name": "loom-minio-setup",
                                                              "loom.io/data-classification": "restricted"}},
            spec={
                "backoffLimit": 10,  # the tenant may still be starting on first `pulumi up`
                "template": {
                    "metadata": {"labels": {**LABELS, "app.kubernetes.io/name": "loom-minio-setup",
                                            "loom.io/data-classification": "restricted"},
                                 **({"annotations": annotations} if annotations else {})},
                    "spec": {
                        "restartPolicy": "OnFailure",
                        "automountServiceAccountToken": False,
                        "securityContext": {"runAsNonRoot": True, "runAsUser": 1000, "seccompProfile": {"type": "RuntimeDefault"}},
                        "containers": [{
                            "name": "mc", "image": m.mc_image_or_default, "command": ["/bin/sh", "-c", script],
                            "env": [{"name": "MC_CONFIG_DIR", "value": "/tmp/.mc"}, {"name": "HOME", "value": "/tmp"}],
                            "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"memory": "256Mi"}},
                            "securityContext": RESTRICTED_CONTAINER,
                            "volumeMounts": [
                                {"name": "config", "mountPath": "/config", "readOnly": True},
                                {"name": "tmp", "mountPath": "/tmp"},
                                {"name": "cluster-ca", "mountPath": "/tmp/.mc/certs/CAs", "readOnly": True},
                                *extra_mounts],
                        }],
                        "volumes": [
                            {"name": "config", "secret": {"secretName": self._config_secret}},
                            {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}},
                            {"name": "cluster-ca", "configMap": {"name": "kube-root-ca.crt",
                                                                 "items": [{"key": "ca.crt", "path": "cluster-ca.crt"}]}},
                            *extra_volumes],
                    },
                },
            },
            opts=opts.merge(pulumi.ResourceOptions(depends_on=self._tenant_ready,
                                                   custom_timeouts=pulumi.CustomTimeouts(create="20m", update="20m"))))

    # ------------------------------------------------------------------ Foundation API
    def bucket(self, name: str, spec: BucketSpec, opts: pulumi.ResourceOptions) -> Bucket:
        """MinIO: a Job that creates the bucket idempotently with versioning, lifecycle and default encryption
        (never deleted by `pulumi destroy`: removing the Job leaves the bucket). External S3: the bucket
        `<prefix>-<purpose>` is pre-created by the endpoint's owner; nothing is created here."""
        checks.check_bucket_spec(spec)
        if ObjectStoreMode(self._args.object_store) == ObjectStoreMode.EXTERNAL_S3:
            ext = _external_s3(self._args)
            bucket_name = naming.bucket_name(ext.bucket_prefix, spec.purpose.value)
            return Bucket(name=pulumi.Output.from_input(bucket_name), uri=pulumi.Output.from_input(f"s3://{bucket_name}"),
                          cloud_id=pulumi.Output.from_input(bucket_name), resource=self)
        owner = options.owner_of(opts, self)
        bucket_name = naming.bucket_name(self._prefix, name)
        script = sts.bucket_script(self.s3_endpoint, bucket_name, spec.versioning, spec.noncurrent_version_expiration_days,
                                   spec.retention_days, self._kms_key)
        job = self._mc_job(name, script, [], [], pulumi.ResourceOptions.merge(
            opts or pulumi.ResourceOptions(),
            pulumi.ResourceOptions(parent=owner, provider=self.k8s_provider, protect=spec.protect)))
        return Bucket(name=pulumi.Output.from_input(bucket_name), uri=pulumi.Output.from_input(f"s3://{bucket_name}"),
                      cloud_id=pulumi.Output.from_input(bucket_name), resource=job)

    def bind_identity(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> WorkloadIdentity:
        """MinIO: a MinIO policy (least privilege per grant) + a PolicyBinding for exactly ns/sa; the workload
        gets web-identity env and must mount `sts.token_volume()` (see docs/foundations.md)."""
        checks.check_identity_request(request)
        ns, sa = request.namespace, request.service_account
        if ObjectStoreMode(self._args.object_store) == ObjectStoreMode.EXTERNAL_S3:
            ext = _external_s3(self._args)
            env = sts.web_identity_env(ext.role_arn, ext.endpoint, ext.sts_endpoint, ext.region, None, ext.token_audience)
            return WorkloadIdentity(service_account_annotations={}, env=env, resources=[])
        child = self._child(opts)
        policy_name, policy_map, job, under = self._policy(name, request, child)
        binding = k8s.apiextensions.CustomResource(
            f"{name}-policy-binding", api_version="sts.min.io/v1beta1", kind="PolicyBinding",
            metadata={"name": naming.dns_label(f"{ns}-{sa}", 63), "namespace": self._minio_ns, "labels": LABELS},
            spec={"application": {"namespace": ns, "serviceaccount": sa}, "policies": [policy_name]},
            opts=under.merge(pulumi.ResourceOptions(depends_on=[job])))
        env = sts.web_identity_env(sts.MINIO_ROLE_ARN, self.s3_endpoint, self.sts_endpoint, self._s3_region, sts.CA_FILE)
        return WorkloadIdentity(service_account_annotations={}, env=env, resources=[policy_map, job, binding])

    def bind_access_key(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> ObjectStoreKey:
        """MinIO: a MinIO user `loom-<ns>-<sa>` with the same least-privilege policy `bind_identity` writes, its secret
        key generated here (`RandomPassword`, kept by `minio.access_key_rotation`) and held in two Secrets only: one in
        the request's namespace for the pods, one in the storage namespace for the `mc` Job that registers it. External
        S3: the Secret `external_s3.access_key_secret` the endpoint's owner created (nothing is created here).
        For clients that cannot use MinIO STS (Milvus: docs/foundations.md); everything else uses `bind_identity`."""
        checks.check_identity_request(request)
        ns, sa = request.namespace, request.service_account
        if ObjectStoreMode(self._args.object_store) == ObjectStoreMode.EXTERNAL_S3:
            secret = _external_s3(self._args).access_key_secret
            checks.require(bool(secret), f"args.external_s3.access_key_secret is not set, but {ns}/{sa} needs a static key: its S3 "
                                         "clients send web-identity tokens only to AWS STS (docs/foundations.md, Milvus on MinIO); "
                                         f"create a Secret with accessKeyId and secretAccessKey in namespace {ns} and name it there")
            return ObjectStoreKey(secret_name=str(secret), endpoint=self.s3_endpoint, cluster_ca=False, resources=[])
        child = self._child(opts)
        policy_name, policy_map, policy_job, _ = self._policy(name, request, child)
        rotation = self._args.minio.access_key_rotation
        secret_key = random.RandomPassword(f"{name}-secret-key", length=40, special=False, keepers={"rotation": rotation},
                                           opts=pulumi.ResourceOptions(parent=child.parent))
        key_data: dict[str, pulumi.Input[str]] = {ObjectStoreKey.access_key_id_key: policy_name,
                    ObjectStoreKey.secret_access_key_key: pulumi.Output.secret(secret_key.result)}
        labels = {**LABELS, "loom.io/data-classification": "restricted"}
        workload_secret = k8s.core.v1.Secret(
            f"{name}-secret", metadata={"name": naming.dns_label(f"{sa}-object-store-key", 63), "namespace": ns, "labels": labels},
            type="Opaque", string_data=key_data, opts=child)
        job_secret = k8s.core.v1.Secret(
            f"{name}-job-secret", metadata={"name": naming.dns_label(f"{ns}-{sa}-object-store-key", 63), "namespace": self._minio_ns,
                                            "labels": labels},
            type="Opaque", string_data=key_data, opts=child)
        user_job = self._mc_job(
            f"{name}-user-apply",
            sts.user_script(self.s3_endpoint, policy_name, ObjectStoreKey.access_key_id_key, ObjectStoreKey.secret_access_key_key),
            [{"name": "key", "secret": {"secretName": job_secret.metadata.name}}],
            [{"name": "key", "mountPath": sts.KEY_DIR, "readOnly": True}],
            child.merge(pulumi.ResourceOptions(depends_on=[policy_job, job_secret])),
            # A rotation changes the Secret, not the Job: the keeper in the pod template replaces the Job so it runs again.
            annotations={KEY_ROTATION_ANNOTATION: rotation})
        return ObjectStoreKey(secret_name=naming.dns_label(f"{sa}-object-store-key", 63), endpoint=self.s3_endpoint,
                              version=rotation, cluster_ca=True,
                              resources=[policy_map, policy_job, workload_secret, job_secret, user_job])

    def _child(self, opts: pulumi.ResourceOptions) -> pulumi.ResourceOptions:
        owner = options.owner_of(opts, self)
        return pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(),
                                            pulumi.ResourceOptions(parent=owner, provider=self.k8s_provider))

    def _policy(self, name: str, request: IdentityRequest, child: pulumi.ResourceOptions):
        """The least-privilege MinIO policy `loom-<ns>-<sa>` for a request's grants: a ConfigMap and the `mc` Job that
        creates it. Returns (policy name, ConfigMap, Job, options for children of the ConfigMap)."""
        policy_name = naming.dns_label(f"loom-{request.namespace}-{request.service_account}", 120)
        grants = [(g.bucket.name, Access(g.access)) for g in request.grants]
        policy_doc = pulumi.Output.all(*[b for b, _ in grants]).apply(
            lambda names: sts.minio_policy(zip(names, [a for _, a in grants])))
        policy_map = k8s.core.v1.ConfigMap(
            f"{name}-policy", metadata={"namespace": self._minio_ns, "labels": LABELS},
            data={"policy.json": policy_doc}, opts=child)
        under = pulumi.ResourceOptions(parent=policy_map, provider=self.k8s_provider)
        job = self._mc_job(
            f"{name}-policy-apply", sts.policy_script(self.s3_endpoint, policy_name),
            [{"name": "policy", "configMap": {"name": policy_map.metadata.name}}],
            [{"name": "policy", "mountPath": "/policy", "readOnly": True}],
            under.merge(pulumi.ResourceOptions(depends_on=[*[g.bucket.resource for g in request.grants]])))
        return policy_name, policy_map, job, under

    def postgres(self, name: str, spec: PostgresSpec, opts: pulumi.ResourceOptions) -> Postgres:
        """A CloudNativePG Cluster: TLS-only pg_hba, scram-sha-256, daily base backups + WAL archiving to an
        object-store bucket kept `backup_retention_days`, 3 instances when high_availability else 1.
        The namespace `postgres_namespace` must exist (the platform creates loom-data); pass it in opts.depends_on."""
        checks.check_postgres_spec(spec)
        checks.require(bool(list(spec.clients)),
                       "spec.clients is empty: the CloudNativePG cluster lives in a meshed, default-deny namespace, "
                       "so it admits only the service accounts listed there (e.g. ServiceAccountRef('loom-data', 'mlflow'))")
        args = self._args
        ns = args.postgres_namespace
        owner = options.owner_of(opts, self)
        child = pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(),
                                             pulumi.ResourceOptions(parent=owner, provider=self.k8s_provider))
        cluster_name = naming.dns_label(f"{self._prefix}-{spec.database}", 50)
        password = pulumi.Output.secret(spec.password)
        secret = k8s.core.v1.Secret(
            f"{name}-credentials",
            metadata={"name": f"{cluster_name}-app", "namespace": ns, "labels": {**LABELS, "cnpg.io/reload": "true"}},
            type="kubernetes.io/basic-auth", string_data={"username": spec.username, "password": password}, opts=child)
        backups = self.bucket(f"{name}-backups", BucketSpec(purpose=_backup_purpose(), versioning=True,
                                                            retention_days=None, protect=spec.protect),
                              pulumi.ResourceOptions(parent=owner))
        # The CNPG pods' service account is named after the cluster.
        identity = self.bind_identity(f"{name}-backup-identity",
                                      IdentityRequest(ns, cluster_name, [BucketGrant(backups, Access.READ_WRITE)]),
                                      pulumi.ResourceOptions(parent=owner))
        # CloudNativePG mounts `projectedVolumeTemplate` at /projected, not at the usual token directory.
        cnpg_paths = {sts.TOKEN_FILE: f"{CNPG_PROJECTED}/token", sts.CA_FILE: f"{CNPG_PROJECTED}/ca.crt"}
        env = [{"name": k, "value": cnpg_paths.get(v, v) if isinstance(v, str) else v} for k, v in sorted(identity.env.items())]
        # The mesh admits the cluster's callers before its first pod starts (the operator polls 8000 at once).
        mesh = self._mesh_policies(name, ns, cluster_name, list(spec.clients), child)
        size = self._size
        instances = 3 if spec.high_availability else 1
        cluster = k8s.apiextensions.CustomResource(
            name, api_version="postgresql.cnpg.io/v1", kind="Cluster",
            metadata={"name": cluster_name, "namespace": ns,
                      "labels": {**LABELS, "app.kubernetes.io/name": "postgres", "loom.io/data-classification": "confidential"}},
            spec={
                "instances": instances,
                "imageName": args.postgres_image_or_default,
                "primaryUpdateStrategy": "unsupervised",
                "storage": {"size": f"{spec.storage_gb}Gi", **({"storageClass": args.storage_class} if args.storage_class else {})},
                "resources": {"requests": {"cpu": size["pg_cpu"], "memory": size["pg_memory"]},
                              "limits": {"memory": size["pg_memory"] if self._footprint != Footprint.ONPREM else "2Gi"}},
                "bootstrap": {"initdb": {"database": spec.database, "owner": spec.username,
                                         "secret": {"name": f"{cluster_name}-app"}}},
                "postgresql": {
                    "parameters": {"ssl_min_protocol_version": "TLSv1.2", "password_encryption": "scram-sha-256",
                                   "log_connections": "on"},
                    # CNPG appends a catch-all `host` rule; reject plaintext before it so TLS is mandatory.
                    "pg_hba": ["hostnossl all all all reject", "hostssl all all all scram-sha-256"],
                },
                "env": env,
                # Every pod of the cluster, the initdb and join Jobs included, gets its Istio proxy as a native
                # sidecar: a Job's pod then completes when initdb/join exits instead of waiting on the proxy, and
                # the proxy is up before the instance manager first calls the API server. (CNPG v1.25.1 copies
                # inheritedMetadata onto the Jobs' pod templates and the instance pods:
                # internal/controller/cluster_create.go, InheritAnnotations on job.Spec.Template.ObjectMeta.)
                "inheritedMetadata": {"annotations": {NATIVE_SIDECAR: "true"}},
                "projectedVolumeTemplate": {"sources": sts.token_volume_for(dict(identity.env))["projected"]["sources"]},
                "backup": {
                    "retentionPolicy": f"{spec.backup_retention_days}d",
                    "barmanObjectStore": {
                        "destinationPath": backups.uri,
                        "endpointURL": self.s3_endpoint,
                        "s3Credentials": {"inheritFromIAMRole": True},
                        "wal": {"compression": "gzip"},
                        "data": {"compression": "gzip"},
                    },
                },
            },
            opts=child.merge(pulumi.ResourceOptions(depends_on=[self._cnpg, secret, *mesh, *identity.resources,
                                                                *([backups.resource] if backups.resource is not self else [])],
                                                    protect=spec.protect)))
        # names the cluster (and needs CNPG's CRDs): an explicit edge, not only the parent link
        under = pulumi.ResourceOptions(parent=cluster, provider=self.k8s_provider, depends_on=[cluster])
        scheduled = k8s.apiextensions.CustomResource(
            f"{name}-daily-backup", api_version="postgresql.cnpg.io/v1", kind="ScheduledBackup",
            metadata={"name": f"{cluster_name}-daily", "namespace": ns, "labels": LABELS},
            spec={"schedule": "0 0 2 * * *", "backupOwnerReference": "self", "cluster": {"name": cluster_name},
                  "method": "barmanObjectStore", "immediate": True},
            opts=under)
        return Postgres(host=pulumi.Output.from_input(f"{cluster_name}-rw.{ns}.svc.cluster.local"),
                        port=pulumi.Output.from_input(CNPG_POSTGRES_PORT), database=pulumi.Output.from_input(spec.database),
                        username=pulumi.Output.from_input(spec.username), password=password, sslmode="require",
                        resources=[secret, cluster, scheduled, *mesh, *identity.resources])

    def _mesh_policies(self, name: str, ns: str, cluster_name: str, clients: list, opts: pulumi.ResourceOptions) -> list:
        """What the cluster needs in a STRICT, default-deny namespace: its clients on 5432 and its own instances on
        5432 and 8000 (replication, join Jobs, status), by mTLS principal; the sidecar-less operator on the status
        port 8000, which alone is left PERMISSIVE and admits only requests without a mesh identity (a meshed pod
        of another namespace stays denied). The policy pack allows exactly this port exception
        (`peer-authentication-strict`, `portExceptions`)."""
        selector = {"cnpg.io/cluster": cluster_name}
        own = istio.spiffe_principal(ns, cluster_name)  # CNPG runs every pod of a cluster as <cluster name>
        labels = {**LABELS, "app.kubernetes.io/name": "postgres"}
        peer_auth = k8s.apiextensions.CustomResource(
            f"{name}-peer-authentication", api_version="security.istio.io/v1", kind="PeerAuthentication",
            metadata={"name": f"{cluster_name}-status-port", "namespace": ns, "labels": labels},
            spec=istio.peer_authentication_spec(istio.STRICT, selector=selector,
                                                port_modes={CNPG_STATUS_PORT: "PERMISSIVE"}),
            opts=opts)
        operator = k8s.apiextensions.CustomResource(
            f"{name}-allow-operator", api_version="security.istio.io/v1", kind="AuthorizationPolicy",
            metadata={"name": f"{cluster_name}-operator", "namespace": ns, "labels": labels},
            spec=istio.allow_without_mesh_identity_spec(selector, [CNPG_STATUS_PORT]), opts=opts)
        clients_allow = allow_policy(
            f"{name}-allow-clients", name=f"{cluster_name}-clients", namespace=ns, labels=labels, selector=selector,
            principals=sorted({istio.spiffe_principal(c.namespace, c.service_account) for c in clients}),
            ports=[CNPG_POSTGRES_PORT], opts=opts)
        peers = allow_policy(
            f"{name}-allow-instances", name=f"{cluster_name}-instances", namespace=ns, labels=labels, selector=selector,
            principals=[own], ports=[CNPG_POSTGRES_PORT, CNPG_STATUS_PORT], opts=opts)
        return [peer_auth, operator, clients_allow, peers]


def _backup_purpose():
    """Database backups sit with MLflow's data (BucketPurpose has no separate value for them)."""
    from .base import BucketPurpose

    return BucketPurpose.MLFLOW


def _external_endpoints(urls: dict[str, str]) -> list[ExternalService]:
    """ServiceEntries for the external S3-compatible endpoint and its STS (the in-cluster MinIO needs none):
    https by SNI, http as plain HTTP; one entry per distinct host and port."""
    out: list[ExternalService] = []
    seen: set[tuple[str, int]] = set()
    for name, url in urls.items():
        parsed = urllib.parse.urlsplit(url)
        secure = parsed.scheme == "https"
        port = parsed.port or (443 if secure else 80)
        if not parsed.hostname or (parsed.hostname, port) in seen:
            continue
        seen.add((parsed.hostname, port))
        out.append(ExternalService(name, [parsed.hostname], port=port, protocol="TLS" if secure else "HTTP",
                                   resolution="DNS"))
    return out


def _external_s3(args: ExistingClusterFoundationArgs) -> ExternalS3Args:
    """`args.external_s3`: validation refuses object_store external-s3 without it."""
    assert args.external_s3 is not None
    return args.external_s3
