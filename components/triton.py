"""TritonServing: Triton Inference Server on two tracks (stable, canary) behind Istio traffic shaping."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.stores import ObjectStore
from components.foundation.base import (
    Access,
    Bucket,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    Foundation,
    GpuProfile,
    WorkloadIdentity,
)
from components.kube.component import LoomComponent
from contract.settings import at_least, between, fixed, optional_pinned_image, pinned_image, quantity, setting, wiring
from components.kube import identity as wi, istio, storage
from components.kube.objects import allow_policy, identity_service_account
from components.kube.images import check_pinned
from components.kube.labels import (
    NS_SERVING,
    NS_SYSTEM,
    PEAK_REPLICAS_ANNOTATION,
    TRACK_LABEL,
    DataClassification,
    merge,
    selector_labels,
    standard_labels,
)
from components.kube.security import container_security_context, pod_security_context
from components.kube.triton_flags import GRPC_PORT, HTTP_PORT, METRICS_PORT, QUEUE_METRIC, triton_args
from components.kube.validation import (
    check_dns_label,
    check_enum,
    check_positive_int,
    check_range,
    check_unique,
    fail,
    is_known,
)
from contract.env import LAKE_INTERACTION_LOGGER, LOOM_INFERENCE_URL, LOOM_INTERACTION_LOGGER, LOOM_LAKE_URI

TYPE_TOKEN = "loom:triton:TritonServing"
SERVICE_NAME = "triton"
TRACKS = ("stable", "canary")
LOCAL_REPOSITORY = "/models"
SYNC_UID = 1337
"""istio-proxy's UID: its traffic bypasses the sidecar redirect, so an init container running as it
can reach the object store before the sidecar is up."""

DEFAULT_MODELS = ("embedder", "generator", "rag", "output_guard")


def model_names(v: Sequence[str]) -> Optional[str]:
    known = set(DEFAULT_MODELS)
    bad = [m for m in v if m not in known]
    if bad or not v or len(set(v)) != len(v):
        return "a non-empty list of distinct model names from " + ", ".join(sorted(known))
    return None


@dataclass
class TritonTrack:
    """One Triton track."""

    model_repository_path: str = setting("models", doc="Prefix in the models bucket this track loads (a model version lives under its own prefix).")
    replicas: int = setting(2, doc="Replicas (stable: the HPA minimum; canary: fixed).", check=at_least(1))


@dataclass
class TritonStable(TritonTrack):
    max_replicas: int = setting(8, doc="HPA maximum of the stable track.", check=at_least(1))


@dataclass
class TritonCanary:
    """The canary track. `loom rollout` owns `enabled`, `weight`, `modelRepositoryPath` and `image`: it keeps them in
    its own settings file passed to each update (`--config-file`, docs/automation.md), never in the tracked stack file,
    where they stay at rest (disabled, weight 0). `replicas` is what a rollout runs (capacity is planned for it)."""

    enabled: bool = setting(False, doc="Run the canary Deployment.")
    weight: int = setting(0, doc="Percent of requests routed to the canary (stable gets 100 - weight).", check=between(0, 100), allowed="an integer from 0 to 100")
    image: Optional[str] = setting(None, doc="Canary image pinned by digest; null: the stable image.", check=optional_pinned_image)
    model_repository_path: Optional[str] = setting(None, doc="Prefix the canary loads (a candidate model version); null: the stable prefix.")
    replicas: int = setting(1, doc="Canary replicas while a rollout runs it (`loom preview` plans capacity for them even at rest).", check=at_least(1))


@dataclass
class TritonRollout:
    """How a track's Deployment replaces its pods (RollingUpdate)."""

    max_surge: int = setting(1, doc="Extra pods (GPUs) an update may start first: keeps full capacity but needs a spare GPU per track (autoscaled pools add one).", check=at_least(0))
    max_unavailable: int = setting(0, doc="Pods an update may stop first; use 1 with maxSurge 0 on fixed GPU capacity (on-prem).", check=at_least(0))


@dataclass
class TritonResources:
    cpu_request: str = setting("2", doc="CPU request per pod.", check=quantity)
    cpu_limit: str = setting("4", doc="CPU limit per pod.", check=quantity)
    memory_request: str = setting("8Gi", doc="Memory request per pod.", check=quantity)
    memory_limit: str = setting("16Gi", doc="Memory limit per pod.", check=quantity)
    gpus_per_pod: int = setting(1, doc="GPUs per pod where the environment has GPUs.", check=at_least(1))
    shm_size: str = setting("2Gi", doc="Size of the memory-backed /dev/shm.", check=quantity)


@dataclass
class TritonSettings:
    """`loom:triton`: Triton Inference Server, stable and canary tracks behind Istio traffic shaping."""

    image: str = setting(doc="Triton image pinned by digest (nvcr.io/nvidia/tritonserver:<ver>-py3@sha256:...).", check=pinned_image)
    models: list[str] = setting(doc="Models loaded at start (--model-control-mode=explicit).", factory=lambda: list(DEFAULT_MODELS), check=model_names)
    stable: TritonStable = setting(doc="The stable track (object).", factory=TritonStable)
    canary: TritonCanary = setting(doc="The canary track (object).", factory=TritonCanary)
    resources: TritonResources = setting(doc="Requests and limits per pod (object).", factory=TritonResources)
    rollout: TritonRollout = setting(doc="Rolling-update strategy of both tracks (object).", factory=TritonRollout)
    queue_time_target_us: int = setting(50_000, doc="HPA target: average queue time per request in microseconds.", check=at_least(1))
    cpu_target_utilization: int = setting(75, doc="HPA fallback target: CPU utilisation in percent.", check=between(1, 100), allowed="an integer from 1 to 100")
    request_timeout_s: float = setting(60.0, doc="Route timeout in seconds.", check=between(1, 3600))
    retries: int = setting(2, doc="Retry attempts on gateway errors.", check=between(0, 10), allowed="an integer from 0 to 10")
    per_try_timeout_s: float = setting(30.0, doc="Timeout per attempt in seconds.", check=between(1, 3600))
    external_hosts: list[str] = setting(doc="Hosts routed to Triton from the ingress gateway; empty: mesh-internal only.", factory=list)
    model_sync_image: Optional[str] = setting(None, doc="Azure only (required there): an azcopy image pinned by digest that syncs the model repository with workload identity (Triton's Azure file system takes only account keys).", check=optional_pinned_image)


@dataclass(kw_only=True)
class TritonServingArgs(TritonSettings):
    """Arguments of `TritonServing`: the `loom:triton` settings plus wiring. Required: `image`, `k8s_provider`, `foundation`.

    The canary runs `canary.replicas` while `canary.enabled` (0 otherwise) and takes `canary.weight` percent of requests
    (stable the rest); the canary Deployment records `canary.replicas` as `loom.io/peak-replicas` so capacity is planned
    for a rollout even at rest. `rollout.max_surge` 1 keeps full serving capacity during updates but needs a spare GPU
    per track (autoscaled pools add one); on fixed GPU capacity (on-prem) use 0 with `rollout.max_unavailable` 1."""

    k8s_provider: k8s.Provider = wiring(doc="The cluster's provider (normally `foundation.k8s_provider`).")
    foundation: Foundation = wiring(doc="Gives the models bucket, the workload identity binding and the GPU profile (`foundation.gpu`; None runs Triton on CPU).")
    model_bucket: Optional[Bucket] = wiring(None, doc="The model repository bucket (the Platform's: retraining writes candidates to it); None creates one through `foundation.bucket(purpose=MODELS)`.")
    gateway: Optional[str] = wiring(None, doc="Istio Gateway (namespace/name, e.g. `mesh.gateway_ref`) to also expose Triton on; None: mesh only. The Platform passes the mesh's when `external_hosts` is set.")
    interaction_lake: Optional[Bucket] = wiring(None, doc=(
        "The telemetry lake bucket. When set, the rag model logs every answered interaction (already through output_guard) to it: "
        "Triton's identity gets read-write on the bucket and the pods get `LOOM_INTERACTION_LOGGER`, `LOOM_LAKE_URI` and "
        "`LOOM_INFERENCE_URL`. None: nothing is logged, and the drift check in clusters has no interactions to read."))
    namespace: str = fixed(NS_SERVING, doc="Namespace (created by IstioMesh; construct with `opts=ResourceOptions(depends_on=[mesh])` so every child waits for it).")
    allowed_namespaces: Sequence[str] = fixed((NS_SYSTEM,), doc="Namespaces whose workloads may call Triton (mTLS identities, AuthorizationPolicy ALLOW).")
    allowed_principals: Sequence[str] = fixed(("cluster.local/ns/istio-ingress/sa/istio-ingressgateway",), doc="SPIFFE principals allowed in addition (default: the Loom ingress gateway).")
    classification: DataClassification = fixed(DataClassification.CONFIDENTIAL, doc="Data classification label on the workload and its pods (prompts and outputs pass through Triton).")
    service_account_name: str = fixed("triton", doc="Kubernetes ServiceAccount of the Triton pods (bound to the models bucket by workload identity).")
    extra_args: Sequence[str] = fixed((), doc="Additional tritonserver flags, appended after Loom's own.")

    @property
    def canary_weight(self) -> int:
        """Percent of requests the canary takes: its weight while enabled, else 0."""
        return self.canary.weight if self.canary.enabled else 0

    @property
    def stable_weight(self) -> int:
        return 100 - self.canary_weight

    @property
    def canary_replicas(self) -> int:
        """The canary Deployment's replicas: `canary.replicas` while enabled, else 0."""
        return self.canary.replicas if self.canary.enabled else 0


@dataclass(frozen=True)
class _PodInputs:
    """What one track's pod spec is built from."""

    args: TritonServingArgs
    store: ObjectStore
    """The foundation's object store (how the repository is read)."""
    bucket: Bucket
    """The models bucket."""
    identity: WorkloadIdentity
    gpu: Optional[GpuProfile]
    image: pulumi.Input[str]
    """This track's image."""
    path: str
    """This track's prefix in the models bucket."""
    repository: Callable[[str], pulumi.Output[str]]
    """`--model-repository` for a prefix."""


def _quantity_us(value: int) -> str:
    return str(int(value))


class TritonServing(LoomComponent):
    """Triton on two tracks behind a DestinationRule (ISTIO_MUTUAL) and a weighted VirtualService.

    Children (all typed, none inside Helm): the models bucket unless one is passed
    (`foundation.bucket`, `<name>-models`), the identity binding (`<name>-identity`), ServiceAccount
    (`<name>-sa`), Deployments `triton-stable` / `triton-canary` (`<name>-stable|canary`, label
    `track`), Service `triton` (http 8000, grpc 8001, metrics 8002), autoscaling/v2 HPA `triton-stable`
    on the pods metric `triton_queue_duration_per_request_us` with CPU as fallback (`<name>-hpa`),
    PodDisruptionBudget (`<name>-pdb`), DestinationRule and VirtualService `triton`
    (`<name>-destination-rule|virtual-service`), AuthorizationPolicy `triton-allow` (`<name>-authz`).
    GPUs: requests/limits of `foundation.gpu.resource_name`, its tolerations and node selector, only
    when `foundation.gpu` is set. The model repository is read with workload identity (Azure: synced by
    an azcopy init container, since Triton's own Azure client takes only account keys).

    Delete: removes the Deployments, Service, HPA, PDB and Istio objects. A models bucket created here
    is protected (BucketSpec.protect) and survives; one passed in is never touched.
    """

    namespace: pulumi.Output[str]
    """Namespace of the Triton objects."""
    service_name: pulumi.Output[str]
    """`triton`: the Service both tracks sit behind."""
    http_url: pulumi.Output[str]
    """KServe v2 HTTP base URL inside the mesh: http://triton.<ns>.svc.cluster.local:8000."""
    grpc_url: pulumi.Output[str]
    """KServe v2 gRPC address host:port."""
    model_repository_uri: pulumi.Output[str]
    """Where the stable track loads models from (bucket URI + model_repository_path)."""
    model_bucket_name: pulumi.Output[str]
    """Name of the models bucket."""
    service_account_name: pulumi.Output[str]
    """ServiceAccount the Triton pods run as (bound to the models bucket)."""
    model_bucket: Bucket
    """The models bucket (Python attribute; retraining needs write access to it)."""

    def __init__(self, name: str, args: TritonServingArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.k8s_provider)
        f = args.foundation
        ns = args.namespace
        child = self.k8s_opts

        bucket = args.model_bucket or self.own_bucket(f, "models", BucketSpec(purpose=BucketPurpose.MODELS))
        self.model_bucket = bucket
        identity = self.identity(f, namespace=ns, service_account=args.service_account_name, grants=self._grants(args, bucket))
        labels = standard_labels(SERVICE_NAME, "inference", args.classification)
        # Triton never calls the Kubernetes API: no token is automounted.
        sa = identity_service_account(
            f"{name}-sa",
            name=args.service_account_name,
            namespace=ns,
            labels=labels,
            identity=identity,
            opts=child(depends_on=list(identity.resources)),
        )

        store = f.store
        endpoint = storage.endpoint_input(identity.env)

        def repository(path: str) -> pulumi.Output[str]:
            return pulumi.Output.all(uri=bucket.uri, endpoint=endpoint).apply(
                lambda a: store.triton_repository(a["uri"], path, a["endpoint"]))

        self.model_repository_uri = repository(args.stable.model_repository_path)
        gpu: Optional[GpuProfile] = f.gpu
        service_host = f"{SERVICE_NAME}.{ns}.svc.cluster.local"

        deployments = {}
        for track in TRACKS:
            image = args.image if track == "stable" or not args.canary.image else args.canary.image
            path = args.stable.model_repository_path
            if track == "canary" and args.canary.model_repository_path is not None:
                path = args.canary.model_repository_path
            replicas = args.stable.replicas if track == "stable" else args.canary_replicas
            pod_labels = merge(labels, {TRACK_LABEL: track}, identity.pod_labels)
            # The most pods each track runs: the stable track's HPA maximum, the canary's replicas during a rollout.
            peak = args.stable.max_replicas if track == "stable" else args.canary.replicas
            deployments[track] = k8s.apps.v1.Deployment(
                f"{name}-{track}",
                metadata={"name": f"{SERVICE_NAME}-{track}", "namespace": ns, "labels": merge(labels, {TRACK_LABEL: track}),
                          "annotations": {PEAK_REPLICAS_ANNOTATION: str(peak)}},
                spec={
                    "replicas": replicas,
                    "revisionHistoryLimit": 5,
                    # Model loading can take many minutes (see the startup probe).
                    "progressDeadlineSeconds": 1800,
                    "strategy": {
                        "type": "RollingUpdate",
                        "rollingUpdate": {"maxUnavailable": args.rollout.max_unavailable, "maxSurge": args.rollout.max_surge},
                    },
                    "selector": {"matchLabels": selector_labels(SERVICE_NAME, **{TRACK_LABEL: track})},
                    "template": {
                        "metadata": {
                            "labels": pod_labels,
                            "annotations": {
                                # Istio merges these app metrics into :15020/stats/prometheus (scraped under STRICT mTLS).
                                "prometheus.io/scrape": "true",
                                "prometheus.io/port": str(METRICS_PORT),
                                "prometheus.io/path": "/metrics",
                                # Triton fetches the repository at start: the sidecar must be ready first.
                                "proxy.istio.io/config": '{"holdApplicationUntilProxyStarts": true}',
                            },
                        },
                        "spec": self._pod_spec(_PodInputs(args=args, store=store, bucket=bucket, identity=identity, gpu=gpu,
                                                          image=image, path=path, repository=repository)),
                    },
                },
                # The HPA owns the stable track's replica count after creation; re-applying
                # `replicas` on every `pulumi up` would fight it and scale Triton down mid-load.
                opts=child(
                    depends_on=[sa],
                    ignore_changes=["spec.replicas"] if track == "stable" else None,
                    custom_timeouts=pulumi.CustomTimeouts(create="30m", update="30m"),
                ),
            )

        svc = k8s.core.v1.Service(
            f"{name}-service",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec={
                "type": "ClusterIP",
                "selector": selector_labels(SERVICE_NAME),
                "ports": [
                    {"name": "http", "port": HTTP_PORT, "targetPort": "http", "protocol": "TCP", "appProtocol": "http"},
                    {"name": "grpc", "port": GRPC_PORT, "targetPort": "grpc", "protocol": "TCP", "appProtocol": "grpc"},
                    {"name": "metrics", "port": METRICS_PORT, "targetPort": "metrics", "protocol": "TCP", "appProtocol": "http"},
                ],
            },
            opts=child(),
        )
        k8s.autoscaling.v2.HorizontalPodAutoscaler(
            f"{name}-hpa",
            metadata={"name": f"{SERVICE_NAME}-stable", "namespace": ns, "labels": labels},
            spec={
                "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": f"{SERVICE_NAME}-stable"},
                "minReplicas": args.stable.replicas,
                "maxReplicas": args.stable.max_replicas,
                "metrics": [
                    {
                        "type": "Pods",
                        "pods": {
                            "metric": {"name": QUEUE_METRIC},
                            "target": {"type": "AverageValue", "averageValue": _quantity_us(args.queue_time_target_us)},
                        },
                    },
                    # Fallback: still scales on CPU when the custom metric is missing (adapter or Prometheus down).
                    {
                        "type": "Resource",
                        "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": args.cpu_target_utilization}},
                    },
                ],
                "behavior": {
                    "scaleUp": {"stabilizationWindowSeconds": 30, "policies": [{"type": "Pods", "value": 2, "periodSeconds": 60}]},
                    "scaleDown": {"stabilizationWindowSeconds": 300, "policies": [{"type": "Pods", "value": 1, "periodSeconds": 120}]},
                },
            },
            opts=child(depends_on=[deployments["stable"]]),
        )
        k8s.policy.v1.PodDisruptionBudget(
            f"{name}-pdb",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec={"maxUnavailable": 1, "selector": {"matchLabels": selector_labels(SERVICE_NAME, **{TRACK_LABEL: "stable"})}},
            opts=child(),
        )
        k8s.apiextensions.CustomResource(
            f"{name}-destination-rule",
            api_version="networking.istio.io/v1",
            kind="DestinationRule",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec=istio.destination_rule_spec(service_host, {t: {TRACK_LABEL: t} for t in TRACKS}),
            opts=child(),
        )
        k8s.apiextensions.CustomResource(
            f"{name}-virtual-service",
            api_version="networking.istio.io/v1",
            kind="VirtualService",
            metadata={"name": SERVICE_NAME, "namespace": ns, "labels": labels},
            spec=istio.virtual_service_spec(
                service_host,
                {"stable": args.stable_weight, "canary": args.canary_weight},
                gateways=[args.gateway] if args.gateway else [],
                external_hosts=list(args.external_hosts),
                timeout_s=args.request_timeout_s,
                retries=args.retries,
                per_try_timeout_s=args.per_try_timeout_s,
                ports=[HTTP_PORT, GRPC_PORT],
                gateway_port=HTTP_PORT,
            ),
            opts=child(),
        )
        allow_policy(
            f"{name}-authz",
            name=f"{SERVICE_NAME}-allow",
            namespace=ns,
            labels=labels,
            selector=selector_labels(SERVICE_NAME),
            namespaces=args.allowed_namespaces,
            principals=args.allowed_principals,
            ports=[HTTP_PORT, GRPC_PORT],
            opts=child(),
        )

        self.namespace = svc.metadata.namespace
        self.service_name = svc.metadata.name
        self.http_url = svc.metadata.apply(lambda m: f"http://{m['name']}.{m['namespace']}.svc.cluster.local:{HTTP_PORT}")
        self.grpc_url = svc.metadata.apply(lambda m: f"{m['name']}.{m['namespace']}.svc.cluster.local:{GRPC_PORT}")
        self.model_bucket_name = bucket.name
        self.service_account_name = sa.metadata.name
        self.register_outputs(
            {
                "namespace": self.namespace,
                "service_name": self.service_name,
                "http_url": self.http_url,
                "grpc_url": self.grpc_url,
                "model_repository_uri": self.model_repository_uri,
                "model_bucket_name": self.model_bucket_name,
                "service_account_name": self.service_account_name,
            }
        )

    @staticmethod
    def _grants(args: TritonServingArgs, models: Bucket) -> list[BucketGrant]:
        grants = [BucketGrant(models, Access.READ)]
        if args.interaction_lake is not None:
            grants.append(BucketGrant(args.interaction_lake, Access.READ_WRITE))
        return grants

    @staticmethod
    def _pod_spec(p: "_PodInputs") -> dict:
        args, store, bucket, identity, gpu, image, path = p.args, p.store, p.bucket, p.identity, p.gpu, p.image, p.path
        env = wi.env_list(identity.env) + [{"name": "HOME", "value": "/tmp"}]
        if args.interaction_lake is not None:
            # The rag model hands each guarded interaction to the lake logger (workloads/lake/rag_logger.py).
            env += [
                {"name": LOOM_INTERACTION_LOGGER, "value": LAKE_INTERACTION_LOGGER},
                {"name": LOOM_LAKE_URI, "value": args.interaction_lake.uri},
                {"name": LOOM_INFERENCE_URL, "value": f"http://127.0.0.1:{HTTP_PORT}"},
            ]
        token_vols, token_mounts = wi.token_volumes(identity.env)
        resources = {
            "requests": {"cpu": args.resources.cpu_request, "memory": args.resources.memory_request},
            "limits": {"cpu": args.resources.cpu_limit, "memory": args.resources.memory_limit},
        }
        if gpu is not None:
            resources["requests"][gpu.resource_name] = str(args.resources.gpus_per_pod)
            resources["limits"][gpu.resource_name] = str(args.resources.gpus_per_pod)
        volumes = [
            {"name": "tmp", "emptyDir": {}},
            {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": args.resources.shm_size}},
        ]
        volumes += token_vols
        mounts = [{"name": "tmp", "mountPath": "/tmp"}, {"name": "dshm", "mountPath": "/dev/shm"}, *token_mounts]
        init_containers = []
        if store.syncs_model_repository:
            # Triton's Azure file system needs an account key; sync with workload identity instead.
            volumes.append({"name": "models", "emptyDir": {}})
            mounts.append({"name": "models", "mountPath": LOCAL_REPOSITORY, "readOnly": True})
            init_containers.append(
                {
                    "name": "model-sync",
                    "image": args.model_sync_image,
                    "command": ["azcopy"],
                    "args": bucket.uri.apply(
                        lambda uri: ["sync", store.model_sync_source(uri, path), LOCAL_REPOSITORY, "--recursive", "--delete-destination=true"]
                    ),
                    "env": env + [{"name": "AZCOPY_AUTO_LOGIN_TYPE", "value": "WORKLOAD"}],
                    "volumeMounts": [{"name": "models", "mountPath": LOCAL_REPOSITORY}, {"name": "tmp", "mountPath": "/tmp"}],
                    "securityContext": container_security_context(SYNC_UID),
                    "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
                }
            )
            model_repo: pulumi.Input[str] = LOCAL_REPOSITORY
        else:
            model_repo = p.repository(path)
        container_args = pulumi.Output.from_input(model_repo).apply(
            lambda repo: triton_args(repo, list(args.models), extra=list(args.extra_args))
        )
        probe = lambda p, **kw: {"httpGet": {"path": p, "port": "http"}, **kw}  # noqa: E731  (a one-line helper for the three probes below)
        spec = {
            "serviceAccountName": args.service_account_name,
            "securityContext": pod_security_context(),
            "terminationGracePeriodSeconds": 60,
            "containers": [
                {
                    "name": "triton",
                    "image": image,
                    "imagePullPolicy": "IfNotPresent",
                    "command": ["tritonserver"],
                    "args": container_args,
                    "ports": [
                        {"name": "http", "containerPort": HTTP_PORT, "protocol": "TCP"},
                        {"name": "grpc", "containerPort": GRPC_PORT, "protocol": "TCP"},
                        {"name": "metrics", "containerPort": METRICS_PORT, "protocol": "TCP"},
                    ],
                    "env": env,
                    "resources": resources,
                    "livenessProbe": probe("/v2/health/live", periodSeconds=10, timeoutSeconds=5, failureThreshold=3),
                    "readinessProbe": probe("/v2/health/ready", periodSeconds=5, timeoutSeconds=5, failureThreshold=3),
                    # Large models load for minutes: up to 20 min before liveness takes over.
                    "startupProbe": probe("/v2/health/ready", periodSeconds=10, timeoutSeconds=5, failureThreshold=120),
                    "securityContext": container_security_context(),
                    "volumeMounts": mounts,
                }
            ],
            "volumes": volumes,
            "topologySpreadConstraints": [
                {
                    "maxSkew": 1,
                    "topologyKey": "topology.kubernetes.io/zone",
                    "whenUnsatisfiable": "ScheduleAnyway",
                    "labelSelector": {"matchLabels": selector_labels(SERVICE_NAME)},
                }
            ],
        }
        if init_containers:
            spec["initContainers"] = init_containers
        if gpu is not None:
            spec["tolerations"] = [dict(t) for t in gpu.tolerations]
            if gpu.node_selector:
                spec["nodeSelector"] = dict(gpu.node_selector)
        return spec

    @staticmethod
    def _validate(args: TritonServingArgs) -> None:
        c = "TritonServing"
        check_pinned(c, "image", args.image)
        if args.canary.image is not None:
            check_pinned(c, "canary.image", args.canary.image)
        check_range(c, "canary.weight", args.canary.weight, 0, 100)
        if is_known(args.canary.weight) and not args.canary.enabled and args.canary.weight != 0:
            fail(c, "canary.weight", args.canary.weight, "0 while canary.enabled is false")
        check_positive_int(c, "stable.replicas", args.stable.replicas)
        check_positive_int(c, "stable.max_replicas", args.stable.max_replicas)
        if is_known(args.stable.max_replicas) and is_known(args.stable.replicas) and args.stable.max_replicas < args.stable.replicas:
            fail(c, "stable.max_replicas", args.stable.max_replicas, f">= stable.replicas ({args.stable.replicas})")
        check_positive_int(c, "canary.replicas", args.canary.replicas)
        check_positive_int(c, "rollout.max_surge", args.rollout.max_surge, minimum=0)
        check_positive_int(c, "rollout.max_unavailable", args.rollout.max_unavailable, minimum=0)
        if is_known(args.rollout.max_surge) and is_known(args.rollout.max_unavailable) and \
                args.rollout.max_surge == 0 and args.rollout.max_unavailable == 0:
            fail(c, "rollout.max_surge/rollout.max_unavailable", "0/0", "at least one above 0 (else a rolling update cannot progress)")
        if not args.models:
            fail(c, "models", list(args.models), "at least one model name")
        check_unique(c, "models", args.models)
        check_positive_int(c, "queue_time_target_us", args.queue_time_target_us)
        check_range(c, "cpu_target_utilization", args.cpu_target_utilization, 1, 100)
        check_positive_int(c, "resources.gpus_per_pod", args.resources.gpus_per_pod)
        check_positive_int(c, "retries", args.retries, minimum=0)
        check_range(c, "request_timeout_s", args.request_timeout_s, 0.001, 3600)
        check_range(c, "per_try_timeout_s", args.per_try_timeout_s, 0.001, 3600)
        check_dns_label(c, "namespace", args.namespace)
        check_dns_label(c, "service_account_name", args.service_account_name)
        check_enum(c, "classification", args.classification, DataClassification)
        if not args.allowed_namespaces and not args.allowed_principals:
            fail(c, "allowed_namespaces/allowed_principals", [], "at least one caller (else the default-deny blocks everyone)")
        if args.gateway and not args.external_hosts:
            fail(c, "external_hosts", list(args.external_hosts), f"at least one host when gateway={args.gateway!r}")
        if args.foundation.store.syncs_model_repository:
            if args.model_sync_image is None:
                fail(c, "model_sync_image", None, "an azcopy image pinned by digest (required on Azure: Triton's Azure storage needs account keys)")
            check_pinned(c, "model_sync_image", args.model_sync_image)
