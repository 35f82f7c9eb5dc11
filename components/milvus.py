"""MilvusVectorStore: the official Milvus Helm chart on the environment's object store, mesh-internal only."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import (
    KEY_ROTATION_ANNOTATION,
    Access,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    Foundation,
    IdentityRequest,
    ObjectStoreKey,
)
from components.kube.component import LoomComponent
from contract.settings import at_least, fixed, optional_pinned_image, setting, wiring
from components.kube import charts, identity as wi, resources, storage
from components.kube.objects import allow_policy
from components.kube.images import check_pinned, image_tag, split_image
from components.kube.labels import (
    CLASSIFICATION_LABEL,
    NS_DATA,
    NS_SERVING,
    NS_SYSTEM,
    PART_OF,
    DataClassification,
    standard_labels,
)
from components.kube.security import NON_ROOT_UID
from components.kube.validation import check_dns_label, check_enum, check_positive_int, fail, is_known

TYPE_TOKEN = "loom:milvus:MilvusVectorStore"
RELEASE_NAME = "milvus"
"""The chart's fullname is the release name when it contains "milvus": Service `milvus`, pods
labelled `app.kubernetes.io/name: milvus`, `app.kubernetes.io/instance: milvus`."""
MILVUS_PORT = 19530
MILVUS_COMPONENTS = (
    "standalone", "proxy", "rootCoordinator", "queryCoordinator", "queryNode", "indexCoordinator",
    "indexNode", "dataCoordinator", "dataNode", "mixCoordinator", "streamingNode",
)
"""Chart sections that take `extraEnv` (the identity's env goes to every Milvus process)."""


class MilvusMode(str, enum.Enum):
    """Milvus topology."""

    STANDALONE = "standalone"  # one pod (dev, edge)
    CLUSTER = "cluster"  # proxy, coordinators, query/data/streaming nodes scaled apart (clouds)


@dataclass
class MilvusSettings:
    """`loom:milvus`: Milvus (official Helm chart) on the environment's object store."""

    mode: MilvusMode = setting(MilvusMode.CLUSTER, doc="standalone (dev, edge) or cluster (clouds).")
    image: Optional[str] = setting(None, doc="Milvus image pinned by digest; null: the chart's image.", check=optional_pinned_image)
    etcd_replicas: Optional[int] = setting(None, doc="etcd members; null: 3 in cluster mode, 1 standalone.",
                                           check=lambda v: None if v is None or v % 2 == 1 else "an odd number of members (1, 3, 5)")
    query_node_replicas: int = setting(2, doc="Query nodes (cluster mode).", check=at_least(1))
    data_node_replicas: int = setting(2, doc="Data nodes (cluster mode).", check=at_least(1))
    proxy_replicas: int = setting(2, doc="Proxies (cluster mode).", check=at_least(1))
    etcd_storage_gb: int = setting(10, doc="etcd volume size per member in GB.", check=at_least(1))


@dataclass(kw_only=True)
class MilvusVectorStoreArgs(MilvusSettings):
    """Arguments of `MilvusVectorStore`: the `loom:milvus` settings plus wiring. Required: `k8s_provider`, `foundation`."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    foundation: Foundation = wiring(doc="Gives the Milvus bucket and Milvus' access to it: workload identity, or on an S3-compatible "
                                        "store a static key (`Foundation.bind_access_key`: Milvus 2.5 cannot use a non-AWS STS, "
                                        "docs/foundations.md \"Milvus on MinIO\").")
    protect: bool = wiring(True, doc="Protect the Milvus bucket (segments, indexes) from `pulumi destroy` (stateful): `loom:protect`.")
    namespace: str = fixed(NS_DATA, doc="Namespace (created by IstioMesh; construct with `opts=ResourceOptions(depends_on=[mesh])`).")
    chart_version: str = fixed(charts.MILVUS.version, doc="milvus-helm chart version (zilliztech/milvus-helm).")
    allowed_namespaces: Sequence[str] = fixed((NS_SERVING, NS_SYSTEM, NS_DATA), doc="Namespaces whose workloads may call Milvus (AuthorizationPolicy ALLOW).")
    allowed_principals: Sequence[str] = fixed((), doc="SPIFFE principals allowed in addition.")
    classification: DataClassification = fixed(DataClassification.CONFIDENTIAL, doc="Data classification label on Milvus' pods (documents and embeddings).")
    service_account_name: str = fixed("milvus", doc="ServiceAccount of every Milvus pod (bound to the bucket by workload identity).")


def milvus_values(
    args: MilvusVectorStoreArgs,
    store: storage.MilvusStorage,
    sa_annotations: dict,
    pod_labels: dict,
    storage_class: Optional[str],
    env: Optional[dict] = None,
    key: Optional[ObjectStoreKey] = None,
) -> dict:
    """Helm values: external object store through workload identity (or `key`, read from its Secret by env), no
    bundled MinIO, ClusterIP only. The values never hold a secret."""
    cluster = args.mode is MilvusMode.CLUSTER
    etcd_replicas = args.etcd_replicas if args.etcd_replicas is not None else (3 if cluster else 1)
    labels = {CLASSIFICATION_LABEL: args.classification.value, "app.kubernetes.io/part-of": PART_OF, **pod_labels}
    values: dict = {
        "cluster": {"enabled": cluster},
        "labels": labels,
        "securityContext": {"runAsNonRoot": True, "runAsUser": NON_ROOT_UID, "runAsGroup": NON_ROOT_UID, "fsGroup": NON_ROOT_UID},
        "service": {"type": "ClusterIP", "port": MILVUS_PORT},
        "ingress": {"enabled": False},
        "attu": {"enabled": False},
        "serviceAccount": {"create": True, "name": args.service_account_name, "annotations": sa_annotations, "labels": labels},
        "metrics": {"enabled": True, "serviceMonitor": {"enabled": False}},
        "log": {"format": "json"},
        "minio": {"enabled": False},
        "externalS3": store.values(root_path=RELEASE_NAME),
        "etcd": {
            "replicaCount": etcd_replicas,
            "resources": resources.MILVUS_ETCD[cluster],
            "pdb": {"create": cluster},
            "persistence": {"enabled": True, "size": f"{args.etcd_storage_gb}Gi", "storageClass": storage_class},
        },
        # Milvus 2.5: Pulsar in cluster mode, the embedded RocksMQ in standalone mode.
        "pulsarv3": pulsar_values(cluster, storage_class),
        "pulsar": {"enabled": False},
        "kafka": {"enabled": False},
        "woodpecker": {"enabled": False},
    }
    env = env or {}
    volumes, mounts = wi.token_volumes(env)
    # MinIO's certificates are signed by the cluster CA, which neither of Milvus' S3 clients reads from AWS_CA_BUNDLE.
    trust_env, trust_mounts = wi.cluster_ca_trust(env)
    if volumes:
        values["volumes"], values["volumeMounts"] = volumes, mounts + trust_mounts
    if env:
        for component in MILVUS_COMPONENTS:
            values.setdefault(component, {})["extraEnv"] = wi.env_list({**env, **trust_env})
    if key is not None:
        key_env, key_volumes, key_mounts = access_key_env(key)
        if key_volumes:
            values["volumes"], values["volumeMounts"] = key_volumes, key_mounts
        for component in MILVUS_COMPONENTS:
            values.setdefault(component, {})["extraEnv"] = key_env
        if key.version:
            # Env from a Secret is read at container start: a new version changes every pod template, so they restart.
            values["annotations"] = {KEY_ROTATION_ANNOTATION: key.version}
    if args.image is not None:
        repo, digest = split_image(args.image)
        # The chart renders `repository:tag`; a tag of `<tag>@sha256:...` keeps the digest pin.
        tag = image_tag(args.image) or "pinned"
        values["image"] = {"all": {"repository": repo, "tag": f"{tag}@{digest}", "pullPolicy": "IfNotPresent"}}
    if cluster:
        sections: dict[str, dict[str, Any]] = {
            "proxy": {"replicas": args.proxy_replicas},
            "queryNode": {"replicas": args.query_node_replicas},
            "dataNode": {"replicas": args.data_node_replicas},
            "mixCoordinator": {"replicas": 2, "activeStandby": {"enabled": True}},
            "indexNode": {},
        }
        for section, spec in sections.items():
            values.setdefault(section, {}).update({**spec, "resources": resources.MILVUS_CLUSTER[section]})
    else:
        values.setdefault("standalone", {}).update(
            {
                "replicas": 1,
                "resources": resources.MILVUS_STANDALONE,
                "messageQueue": "rocksmq",
                "persistence": {"enabled": True, "persistentVolumeClaim": {"storageClass": storage_class, "size": "50Gi"}},
            }
        )
    return values


def access_key_env(key: ObjectStoreKey) -> tuple[list[dict], list[dict], list[dict]]:
    """(extraEnv, volumes, volumeMounts) giving every Milvus process its static key and the store's CA.

    The chart (milvus-4.2.45) has no existingSecret for externalS3: config.tpl writes `accessKey`/`secretKey` into
    the milvus.yaml ConfigMap. So those stay empty and the key comes by env from the Secret: Milvus' paramtable reads
    MINIO_ACCESS_KEY_ID / MINIO_SECRET_ACCESS_KEY over milvus.yaml (`storage.MILVUS_KEY_ENV`)."""
    id_env, secret_env = storage.MILVUS_KEY_ENV
    env = [wi.secret_env(id_env, key.secret_name, key.access_key_id_key),
           wi.secret_env(secret_env, key.secret_name, key.secret_access_key_key)]
    if not key.cluster_ca:
        return env, [], []
    ca_env, volumes, mounts = wi.cluster_ca_files()
    return sorted([*env, *wi.env_list(ca_env)], key=lambda e: e["name"]), volumes, mounts


def pulsar_values(enabled: bool, storage_class: Optional[str]) -> dict:
    """The Pulsar subchart (pulsar 3.3.0, alias `pulsarv3`): its ZooKeeper and BookKeeper volumes name the
    foundation's StorageClass. Without `storageClassName` they ask for the cluster default, and EKS 1.30+ has
    none: the volumes stay Pending and the Milvus release fails (issue 10, defect 8). The keys are read by the
    subchart's templates (zookeeper-statefulset.yaml, bookkeeper-statefulset.yaml; values.yaml only comments them)."""
    values: dict = {"enabled": enabled}
    if enabled:
        # Its metadata Jobs have no requests by default (templates/pulsar-cluster-initialize.yaml,
        # bookkeeper-cluster-initialize.yaml render `pulsar_metadata.resources` / `bookkeeper.metadata.resources` when set).
        values["pulsar_metadata"] = {"resources": resources.PULSAR_INIT}
        values["bookkeeper"] = {"metadata": {"resources": resources.PULSAR_INIT}}
    if enabled and storage_class:
        values["zookeeper"] = {"volumes": {"data": {"storageClassName": storage_class}}}
        values["bookkeeper"]["volumes"] = {"journal": {"storageClassName": storage_class}, "ledgers": {"storageClassName": storage_class}}
    return values


class MilvusVectorStore(LoomComponent):
    """Milvus from its official chart, segments in the foundation's bucket, reachable only inside the mesh.

    Children: the Milvus bucket (`<name>-bucket`) and identity (`<name>-identity`) from the foundation, or on an
    S3-compatible store its static key (`<name>-access-key`, env from a Secret, pods restarted on rotation);
    Helm release `milvus` (`<name>-release`: bundled MinIO off, `externalS3` with `useIAM` or the key, Service
    ClusterIP, no ingress, chart-created ServiceAccount annotated for workload identity; cluster mode
    with Pulsar, or standalone with RocksMQ); AuthorizationPolicy `milvus-allow` (`<name>-authz`).

    Delete: uninstalls the release (etcd/Pulsar volumes follow the StorageClass reclaim policy);
    the bucket is protected and survives with every segment and index.
    """

    uri: pulumi.Output[str]
    """http://milvus.<ns>.svc.cluster.local:19530 (what pymilvus takes)."""
    service_name: pulumi.Output[str]
    """`milvus`: the chart's ClusterIP Service (port 19530)."""
    bucket_name: pulumi.Output[str]
    """Name of the Milvus bucket (segments, indexes; protected)."""

    def __init__(self, name: str, args: MilvusVectorStoreArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        f = args.foundation
        ns = args.namespace
        bucket = self.own_bucket(f, "bucket", BucketSpec(purpose=BucketPurpose.MILVUS, protect=args.protect))
        grants = [BucketGrant(bucket, Access.READ_WRITE)]
        store, region = f.store, f.region
        if store.milvus_static_key:
            # Milvus 2.5's S3 clients send a web-identity token only to AWS STS (issue 10, defect 14).
            request = IdentityRequest(namespace=ns, service_account=args.service_account_name, grants=grants)
            key = f.bind_access_key(f"{name}-access-key", request, self.owned())
            values = pulumi.Output.all(uri=bucket.uri, endpoint=key.endpoint).apply(
                lambda a: milvus_values(args, store.milvus_storage(a["uri"], region, a["endpoint"]), {}, {}, f.storage_class, key=key))
            ready = list(key.resources)
        else:
            identity = self.identity(f, namespace=ns, service_account=args.service_account_name, grants=grants)
            endpoint_in = storage.endpoint_input(identity.env)
            values = pulumi.Output.all(
                uri=bucket.uri, endpoint=endpoint_in, annotations=dict(identity.service_account_annotations), env=dict(identity.env)
            ).apply(
                lambda a: milvus_values(
                    args, store.milvus_storage(a["uri"], region, a["endpoint"]), a["annotations"], dict(identity.pod_labels),
                    f.storage_class, a["env"],
                )
            )
            ready = list(identity.resources)
        release = k8s.helm.v3.Release(
            f"{name}-release",
            charts.MILVUS.release_args(RELEASE_NAME, ns, values, version=args.chart_version, timeout=900),
            opts=self.k8s_opts([bucket.resource, *ready]),
        )
        allow_policy(
            f"{name}-authz",
            name="milvus-allow",
            namespace=ns,
            labels=standard_labels("milvus", "vector-store", args.classification),
            selector={"app.kubernetes.io/instance": RELEASE_NAME},
            namespaces=args.allowed_namespaces,
            principals=args.allowed_principals,
            opts=self.k8s_opts(),
        )
        if args.mode is MilvusMode.CLUSTER:
            # Pulsar's pods carry `release: <name>` (not app.kubernetes.io/instance); Milvus talks to
            # them from inside the namespace, so the default deny needs this one exception.
            allow_policy(
                f"{name}-authz-pulsar",
                name="milvus-pulsar-allow",
                namespace=ns,
                labels=standard_labels("milvus", "message-queue", args.classification),
                selector={"release": RELEASE_NAME},
                namespaces=[ns],
                opts=self.k8s_opts(),
            )
        self.service_name = release.status.apply(lambda _: RELEASE_NAME)
        self.uri = release.status.apply(lambda _: f"http://{RELEASE_NAME}.{ns}.svc.cluster.local:{MILVUS_PORT}")
        self.bucket_name = bucket.name
        self.register_outputs({"uri": self.uri, "service_name": self.service_name, "bucket_name": self.bucket_name})

    @staticmethod
    def _validate(args: MilvusVectorStoreArgs) -> None:
        c = "MilvusVectorStore"
        check_enum(c, "mode", args.mode, MilvusMode)
        check_enum(c, "classification", args.classification, DataClassification)
        check_dns_label(c, "namespace", args.namespace)
        check_dns_label(c, "service_account_name", args.service_account_name)
        if args.image is not None:
            check_pinned(c, "image", args.image)
        if args.etcd_replicas is not None:
            check_positive_int(c, "etcd_replicas", args.etcd_replicas)
            if is_known(args.etcd_replicas) and args.etcd_replicas % 2 == 0:
                fail(c, "etcd_replicas", args.etcd_replicas, "an odd number (etcd needs a majority: 1, 3 or 5)")
        for arg in ("etcd_storage_gb", "query_node_replicas", "data_node_replicas", "proxy_replicas"):
            check_positive_int(c, arg, getattr(args, arg))
        if not args.allowed_namespaces and not args.allowed_principals:
            fail(c, "allowed_namespaces/allowed_principals", [], "at least one caller (else the default-deny blocks everyone)")
