"""MlflowTracking: the MLflow tracking server and model registry on Postgres, artifacts proxied to object storage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

import pulumi_random as random

from components.foundation.base import (
    Access,
    Bucket,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    Foundation,
    PostgresSpec,
    ServiceAccountRef,
)
from components.kube.component import LoomComponent
from contract.settings import at_least, between, fixed, pinned_image, setting, wiring
from components.kube import identity as wi
from components.kube import istio
from components.kube.objects import allow_policy, identity_service_account
from components.kube.images import check_pinned
from components.kube.labels import (
    NS_DATA,
    NS_SERVING,
    NS_SYSTEM,
    DataClassification,
    merge,
    selector_labels,
    standard_labels,
)
from components.kube.security import container_security_context, pod_security_context
from components.kube.validation import check_dns_label, check_enum, check_positive_int, fail

TYPE_TOKEN = "loom:mlflow:MlflowTracking"
SERVICE_NAME = "mlflow"
MLFLOW_PORT = 5000
BACKEND_URI_KEY = "MLFLOW_BACKEND_STORE_URI"
"""`mlflow server --backend-store-uri` reads this variable: the password never appears in args."""


@dataclass
class PostgresSettings:
    storage_gb: int = setting(20, doc="Database storage in GB.", check=at_least(10))
    backup_retention_days: int = setting(7, doc="Backup retention in days.", check=between(1, 35), allowed="an integer from 1 to 35")
    high_availability: bool = setting(False, doc="A standby in another zone.")
    instance_class: Optional[str] = setting(None, doc="Machine size (db.t4g.medium, db-custom-2-7680, Standard_D2ds_v5); null: the foundation's default.")


@dataclass
class MlflowSettings:
    """`loom:mlflow`: MLflow tracking + model registry on Postgres, artifacts proxied to object storage."""

    image: str = setting(doc="MLflow image pinned by digest (with psycopg2 and the cloud's storage client).", check=pinned_image)
    replicas: int = setting(2, doc="Server replicas.", check=at_least(1))
    workers: int = setting(2, doc="Worker processes per pod.", check=at_least(1))
    database: PostgresSettings = setting(doc="The backend-store database (object); its password is generated (pulumi_random) and kept secret.", factory=PostgresSettings)


@dataclass(kw_only=True)
class MlflowTrackingArgs(MlflowSettings):
    """Arguments of `MlflowTracking`: the `loom:mlflow` settings plus wiring. Required: `image`, `k8s_provider`, `foundation`.
    The image must contain psycopg2 and the object-store client of the environment (boto3 / google-cloud-storage /
    azure-storage-file-datalake + azure-identity)."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    foundation: Foundation = wiring(doc="Gives Postgres (backend store), the artifacts bucket and the workload identity binding.")
    protect: bool = wiring(True, doc="Protect the database and artifacts bucket from `pulumi destroy` (stateful): `loom:protect`.")
    namespace: str = fixed(NS_DATA, doc="Namespace (created by IstioMesh; construct with `opts=ResourceOptions(depends_on=[mesh])`).")
    database_name: str = fixed("mlflow", doc="Postgres database name.")
    db_username: str = fixed("mlflow", doc="Postgres user name.")
    cpu_request: pulumi.Input[str] = fixed("500m", doc="CPU request per server pod.")
    cpu_limit: pulumi.Input[str] = fixed("2", doc="CPU limit per server pod.")
    memory_request: pulumi.Input[str] = fixed("1Gi", doc="Memory request per server pod.")
    memory_limit: pulumi.Input[str] = fixed("2Gi", doc="Memory limit per server pod.")
    allowed_namespaces: Sequence[str] = fixed((NS_SYSTEM, NS_SERVING, NS_DATA), doc="Namespaces whose workloads may call MLflow (AuthorizationPolicy ALLOW).")
    allowed_principals: Sequence[str] = fixed((), doc="SPIFFE principals allowed in addition.")
    classification: DataClassification = fixed(DataClassification.CONFIDENTIAL, doc="Data classification label on the server and its pods (runs, params and model lineage).")
    service_account_name: str = fixed("mlflow", doc="ServiceAccount of the server (read-write on the artifacts bucket by workload identity).")
    extra_allowed_hosts: Sequence[str] = fixed((), doc="Host headers MLflow accepts besides its in-cluster service names (MLflow 3 rejects unknown "
                                                       "Host headers against DNS rebinding), e.g. an external DNS name. Patterns may use `*`.")


def backend_store_uri(username: str, password: str, host: str, port: int, database: str, sslmode: str) -> str:
    """SQLAlchemy URL for Postgres with TLS required; user and password are URL-quoted."""
    from urllib.parse import quote

    return f"postgresql+psycopg2://{quote(username, safe='')}:{quote(password, safe='')}@{host}:{port}/{database}?sslmode={sslmode}"


def allowed_hosts(namespace: str, extra: Sequence[str] = ()) -> list[str]:
    """Every name the Service answers to in the cluster, with and without a port."""
    names = [SERVICE_NAME, f"{SERVICE_NAME}.{namespace}", f"{SERVICE_NAME}.{namespace}.svc", f"{SERVICE_NAME}.{namespace}.svc.cluster.local"]
    return [h for n in names for h in (n, f"{n}:*")] + list(extra)


def server_args(artifacts_destination: str, workers: int) -> list[str]:
    """Proxied artifact serving: clients talk to MLflow only, never to the bucket."""
    return [
        "server",
        "--host=0.0.0.0",
        f"--port={MLFLOW_PORT}",
        f"--workers={workers}",
        "--serve-artifacts",
        f"--artifacts-destination={artifacts_destination}",
    ]


class MlflowTracking(LoomComponent):
    """The MLflow tracking server and model registry: Postgres backend, proxied artifacts in the bucket.

    Children: RandomPassword (`<name>-db-password`), Postgres from the foundation (`<name>-db`), the
    artifacts bucket (`<name>-artifacts`) and identity (`<name>-identity`), ServiceAccount (`<name>-sa`),
    Secret `mlflow-backend-store` holding the backend URI as a Pulumi secret (`<name>-backend`),
    Deployment `mlflow` (`<name>-server`, `mlflow server --serve-artifacts --artifacts-destination
    <bucket>/artifacts`, probes on /health), Service `mlflow` (`<name>-service`), PodDisruptionBudget
    (`<name>-pdb`), AuthorizationPolicy `mlflow-allow` (`<name>-authz`).

    Delete: removes the server; the database and the artifacts bucket are protected (`protect=True`)
    and keep every run, model version and artifact until an operator deletes them deliberately.
    """

    tracking_uri: pulumi.Output[str]
    """http://mlflow.<ns>.svc.cluster.local:5000."""
    artifacts_uri: pulumi.Output[str]
    """Where artifacts are stored (bucket URI + /artifacts)."""
    service_name: pulumi.Output[str]
    """`mlflow`: the ClusterIP Service (port 5000)."""
    artifacts_bucket: Bucket
    """The artifacts bucket (Python attribute: retraining writes artifacts through MLflow, or directly)."""

    def __init__(self, name: str, args: MlflowTrackingArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        f = args.foundation
        ns = args.namespace
        child = self.k8s_opts
        inherited = self._inherited

        password = random.RandomPassword(
            f"{name}-db-password",
            length=32,
            special=False,  # URL-safe in the SQLAlchemy URL and accepted by every managed Postgres
            opts=self.owned(),
        )
        db = f.postgres(
            f"{name}-db",
            PostgresSpec(
                database=args.database_name,
                username=args.db_username,
                password=pulumi.Output.secret(password.result),
                storage_gb=args.database.storage_gb,
                backup_retention_days=args.database.backup_retention_days,
                high_availability=args.database.high_availability,
                instance_class=args.database.instance_class,
                protect=args.protect,
                clients=[ServiceAccountRef(ns, args.service_account_name)],
            ),
            # An in-cluster database lives in `ns` and carries Istio policies: it waits for what this component
            # waits for (the mesh: namespace and CRDs); a component's depends_on never reaches its children.
            self.owned(depends_on=inherited),
        )
        bucket = self.own_bucket(f, "artifacts", BucketSpec(purpose=BucketPurpose.MLFLOW, protect=args.protect))
        self.artifacts_bucket = bucket
        identity = self.identity(f, namespace=ns, service_account=args.service_account_name, grants=[BucketGrant(bucket, Access.READ_WRITE)])
        labels = standard_labels(SERVICE_NAME, "tracking", args.classification)
        # MLflow never calls the Kubernetes API: no token is automounted.
        sa = identity_service_account(
            f"{name}-sa",
            name=args.service_account_name,
            namespace=ns,
            labels=labels,
            identity=identity,
            opts=child(depends_on=list(identity.resources)),
        )
        plain_uri: pulumi.Output[str] = pulumi.Output.all(
            user=db.username, password=db.password, host=db.host, port=db.port, database=db.database
        ).apply(lambda a: backend_store_uri(a["user"], a["password"], a["host"], a["port"], a["database"], db.sslmode))
        uri: pulumi.Output[str] = pulumi.Output.secret(plain_uri)
        secret = k8s.core.v1.Secret(
            f"{name}-backend",
            metadata={"name": f"{SERVICE_NAME}-backend-store", "namespace": ns, "labels": labels},
            type="Opaque",
            string_data={BACKEND_URI_KEY: uri},
            opts=child(depends_on=list(db.resources), additional_secret_outputs=["stringData", "data"]),
        )
        # A database outside the cluster is an external host to the mesh (REGISTRY_ONLY): register it for
        # this namespace only.
        for external in db.egress:
            k8s.apiextensions.CustomResource(
                f"{name}-egress-{external.name}",
                api_version="networking.istio.io/v1",
                kind="ServiceEntry",
                metadata=k8s.meta.v1.ObjectMetaArgs(name=external.name, namespace=ns, labels=labels),
                spec=istio.service_entry_spec(external, export_to=["."]),
                opts=child(depends_on=list(db.resources)),
            )
        artifacts = bucket.uri.apply(lambda u: f"{u.rstrip('/')}/artifacts")
        token_vols, token_mounts = wi.token_volumes(identity.env)
        env = wi.env_list(identity.env)
        env += [
            {"name": "HOME", "value": "/tmp"},
            # An env var rather than --allowed-hosts: MLflow 2 images ignore it instead of failing on the flag.
            {"name": "MLFLOW_SERVER_ALLOWED_HOSTS", "value": ",".join(allowed_hosts(ns, args.extra_allowed_hosts))},
            {"name": BACKEND_URI_KEY, "valueFrom": {"secretKeyRef": {"name": f"{SERVICE_NAME}-backend-store", "key": BACKEND_URI_KEY}}},
        ]
        probe = lambda p, **kw: {"httpGet": {"path": p, "port": "http"}, **kw}  # noqa: E731 (a one-line probe builder reads better than a def here)
        deployment = k8s.apps.v1.Deployment(
            f"{name}-server",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec={
                "replicas": args.replicas,
                "selector": {"matchLabels": selector_labels(SERVICE_NAME)},
                "template": {
                    "metadata": {"labels": merge(labels, identity.pod_labels)},
                    "spec": {
                        "serviceAccountName": args.service_account_name,
                        "securityContext": pod_security_context(),
                        "containers": [
                            {
                                "name": "mlflow",
                                "image": args.image,
                                "command": ["mlflow"],
                                "args": artifacts.apply(lambda a: server_args(a, args.workers)),
                                "ports": [{"name": "http", "containerPort": MLFLOW_PORT, "protocol": "TCP"}],
                                "env": env,
                                "resources": {
                                    "requests": {"cpu": args.cpu_request, "memory": args.memory_request},
                                    "limits": {"cpu": args.cpu_limit, "memory": args.memory_limit},
                                },
                                "livenessProbe": probe("/health", periodSeconds=15, timeoutSeconds=5, failureThreshold=4),
                                "readinessProbe": probe("/health", periodSeconds=5, timeoutSeconds=5, failureThreshold=3),
                                # Database migrations run at first start.
                                "startupProbe": probe("/health", periodSeconds=5, timeoutSeconds=5, failureThreshold=60),
                                "securityContext": container_security_context(),
                                "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}, *token_mounts],
                            }
                        ],
                        "volumes": [{"name": "tmp", "emptyDir": {}}, *token_vols],
                    },
                },
            },
            opts=child(depends_on=[sa, secret]),
        )
        svc = k8s.core.v1.Service(
            f"{name}-service",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec={
                "type": "ClusterIP",
                "selector": selector_labels(SERVICE_NAME),
                "ports": [{"name": "http", "port": MLFLOW_PORT, "targetPort": "http", "protocol": "TCP", "appProtocol": "http"}],
            },
            opts=child(),
        )
        k8s.policy.v1.PodDisruptionBudget(
            f"{name}-pdb",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec={"maxUnavailable": 1, "selector": {"matchLabels": selector_labels(SERVICE_NAME)}},
            opts=child(depends_on=[deployment]),
        )
        allow_policy(
            f"{name}-authz",
            name=f"{SERVICE_NAME}-allow",
            namespace=ns,
            labels=labels,
            selector=selector_labels(SERVICE_NAME),
            namespaces=args.allowed_namespaces,
            principals=args.allowed_principals,
            ports=[MLFLOW_PORT],
            opts=child(),
        )
        self.service_name = svc.metadata.name
        self.tracking_uri = svc.metadata.apply(lambda m: f"http://{m['name']}.{m['namespace']}.svc.cluster.local:{MLFLOW_PORT}")
        self.artifacts_uri = artifacts
        self.register_outputs(
            {"tracking_uri": self.tracking_uri, "artifacts_uri": self.artifacts_uri, "service_name": self.service_name}
        )

    @staticmethod
    def _validate(args: MlflowTrackingArgs) -> None:
        c = "MlflowTracking"
        check_pinned(c, "image", args.image)
        check_dns_label(c, "namespace", args.namespace)
        check_dns_label(c, "service_account_name", args.service_account_name)
        check_enum(c, "classification", args.classification, DataClassification)
        for arg in ("replicas", "workers"):
            check_positive_int(c, arg, getattr(args, arg))
        check_positive_int(c, "database.storage_gb", args.database.storage_gb)
        check_positive_int(c, "database.backup_retention_days", args.database.backup_retention_days, minimum=1)
        for arg in ("database_name", "db_username"):
            value = getattr(args, arg)
            if not isinstance(value, str) or not value.replace("_", "a").isalnum() or not value[0].isalpha():
                fail(c, arg, value, "a Postgres identifier: a letter, then letters, digits or _")
        if not args.allowed_namespaces and not args.allowed_principals:
            fail(c, "allowed_namespaces/allowed_principals", [], "at least one caller (else the default-deny blocks everyone)")
