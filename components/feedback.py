"""`FeedbackLoop`: the closed loop as scheduled cluster workloads.

The drift check runs as a CronJob; retraining is a *suspended* CronJob used as a Job template
(suspended so it never fires on its own schedule: the drift check, or an operator, starts a run
with the Kubernetes equivalent of `kubectl create job --from=cronjob/<name>-retrain`). Keeping
the template as a real CronJob object, rather than a Job spec inside a ConfigMap, means the API
server validates it at `pulumi up` and policies see its pod spec.

Both run as their own non-root ServiceAccounts whose object-store access comes from
`Foundation.bind_identity` (IRSA, GKE Workload Identity, Azure Workload Identity, MinIO STS):
no keys anywhere. The drift SA may read the lake and create Jobs from the retrain template
(namespaced Role, nothing cluster-wide); the retrain SA reads the lake and writes models and
MLflow artifacts.

The generator has a retraining template of its own (`<name>-retrain-generator`, same code:
`python -m workloads.retrain --model generator`): LoRA fine-tuning wants an accelerator, so when
the foundation has GPUs its pod asks for one (`foundation.gpu.resource_name`) and carries the GPU
pool's tolerations and node selector. It runs as the retrain ServiceAccount (the same grants:
lake read, models and MLflow artifacts read-write); the drift check starts both templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import Access, Bucket, BucketGrant, Foundation, GpuProfile, WorkloadIdentity
from components.kube.component import LoomComponent
from contract.settings import between, cron, fixed, optional_pinned_image, pinned_image, setting, window, wiring
from components.kube import identity as wi
from components.kube.images import check_pinned
from components.kube.labels import NS_SYSTEM, DataClassification, merge, standard_labels
from components.kube.objects import identity_service_account
from components.kube.validation import check_dns_label, check_enum, check_range, fail, is_known
from contract.env import (
    LOOM_INFERENCE_URL, LOOM_LAKE_URI, LOOM_MODEL_CACHE, LOOM_MODELS_PATH, LOOM_MODELS_URI, LOOM_VECTOR_STORE_URI,
)

TYPE_TOKEN = "loom:feedback:FeedbackLoop"
_PREFIX = re.compile(r"^[A-Za-z0-9._-][A-Za-z0-9._/-]*$")
_WINDOW = re.compile(r"^(\d+[mhdw]|\d{4}-\d{2}-\d{2}(T[\d:]+Z?)?/\d{4}-\d{2}-\d{2}(T[\d:]+Z?)?)$")


@dataclass
class ResourceSpec:
    """CPU and memory requests and limits of one workload (Kubernetes quantities)."""

    cpu_request: str = "500m"
    memory_request: str = "1Gi"
    cpu_limit: str = "2"
    memory_limit: str = "4Gi"

    def to_k8s(self) -> dict[str, dict[str, str]]:
        return {
            "requests": {"cpu": self.cpu_request, "memory": self.memory_request},
            "limits": {"cpu": self.cpu_limit, "memory": self.memory_limit},
        }


@dataclass
class FeedbackSettings:
    """`loom:feedback`: the closed loop: drift check CronJob and the retraining Job template."""

    image: str = setting(doc="The Loom workloads image pinned by digest.", check=pinned_image)
    enabled: bool = setting(True, doc="Deploy the drift check and retraining template.")
    drift_schedule: str = setting("0 * * * *", doc="Cron schedule of the drift check.", check=cron)
    drift_threshold: float = setting(0.05, doc="KL divergence above which a feature counts as drifted.",
                                     check=lambda v: None if 0 < v <= 100 else "a number > 0 (default 0.05)")
    reference_window: str = setting("7d", doc="Reference window of the drift check.", check=window)
    current_window: str = setting("24h", doc="Current window compared against the reference.", check=window)
    promotion_margin: float = setting(0.01, doc="MRR margin a challenger needs over the champion.", check=between(0, 1))
    regression_margin: float = setting(0.03, doc="Most either challenger (embedder hit@1, generator token F1) may lose on the fixed "
                                                 "regression set of general questions and still be promoted.", check=between(0, 1))
    generator_promotion_margin: float = setting(0.02, doc="Held-out token-F1 gain the generator's LoRA challenger needs over the champion.",
                                                check=between(0, 1))
    generator_gpus: int = setting(1, doc="GPUs the generator's retraining Job asks for when the foundation has GPUs (0: train on CPU nodes).",
                                  check=between(0, 8))
    generator_image: Optional[str] = setting(None, doc="Image of the generator's retraining Job, pinned by digest: the workloads image built "
                                                       "with a CUDA torch (workloads/Containerfile, `TORCH_INDEX`); default: `image` (CPU torch).",
                                             check=optional_pinned_image)


@dataclass(kw_only=True)
class FeedbackLoopArgs(FeedbackSettings):
    """Inputs of `FeedbackLoop`: the `loom:feedback` settings plus wiring. `enabled` is the Platform's to act on (false:
    it creates no FeedbackLoop); the component itself always deploys. The component also accepts a drift window as an
    ISO interval `start/end`."""

    foundation: Foundation = wiring(doc="Supplies the Kubernetes provider and workload identity (`bind_identity`).")
    lake_bucket: Bucket = wiring(doc="The telemetry lake bucket (Delta tables). Drift: read-write (it writes its report); retrain: read.")
    models_bucket: Bucket = wiring(doc="The Triton model repository bucket; retraining stages a winning challenger there (`candidates/embedder-v<N>/`).")
    mlflow_bucket: Bucket = wiring(doc="MLflow artifact bucket; retraining logs the model and the data snapshot there.")
    tracking_uri: pulumi.Input[str] = wiring(doc="MLflow tracking server URL, e.g. http://mlflow.loom-data:5000.")
    vector_store_uri: pulumi.Input[str] = wiring(doc="Milvus endpoint, e.g. http://milvus.loom-data:19530 (retraining re-embeds the corpus).")
    inference_url: pulumi.Input[str] = wiring(doc="Triton KServe v2 HTTP base URL (the embedder that retraining compares against).")
    models_path: pulumi.Input[str] = wiring("models", doc="Prefix the stable Triton track serves (`loom:triton.stable.modelRepositoryPath`): retraining "
                                                         "first moves MLflow `champion` and the Milvus alias to what it serves, and copies it into each staged candidate.")
    extra_env: Mapping[str, pulumi.Input[str]] = wiring(doc="Additional environment for both workloads (never credentials); the Platform sets "
                                                            "`LOOM_ENVIRONMENT`, named in the rollout command retraining prints.", factory=dict)
    namespace: str = fixed(NS_SYSTEM, doc="Namespace of the CronJobs and ServiceAccounts (must already exist; the Platform creates it).")
    drift_resources: ResourceSpec = fixed(doc="Requests/limits of the drift check; default 250m/512Mi requested, 1 CPU/2Gi limit.",
                                          factory=lambda: ResourceSpec("250m", "512Mi", "1", "2Gi"))
    retrain_resources: ResourceSpec = fixed(doc="Requests/limits of retraining; default 500m/1Gi requested, 2 CPU/4Gi limit (CPU fine-tuning).",
                                            factory=ResourceSpec)
    classification: DataClassification = fixed(DataClassification.CONFIDENTIAL, doc="Value of `loom.io/data-classification`: the loop reads user "
                                                                                   "questions, so confidential by default.")
    history_limit: int = fixed(3, doc="Finished Jobs kept per CronJob (successful and failed).")
    generator_resources: ResourceSpec = fixed(doc="Requests/limits of the generator's retraining (besides its GPU); default 1 CPU/6Gi requested, "
                                                  "4 CPU/16Gi limit.", factory=lambda: ResourceSpec("1", "6Gi", "4", "16Gi"))


class FeedbackLoop(LoomComponent):
    """Drift check CronJob + retraining Job template, with their identities and a narrow Role."""

    drift_cronjob_name: pulumi.Output[str]
    """Name of the drift-check CronJob."""
    retrain_template_name: pulumi.Output[str]
    """Name of the suspended retraining CronJob used as a Job template."""
    generator_retrain_template_name: pulumi.Output[str]
    """Name of the suspended CronJob used as the generator's retraining Job template."""
    drift_service_account: pulumi.Output[str]
    retrain_service_account: pulumi.Output[str]

    def __init__(self, name: str, args: FeedbackLoopArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__(TYPE_TOKEN, name, args, opts, provider=args.foundation.k8s_provider)
        provider = args.foundation.k8s_provider
        ns = args.namespace
        # The Jobs' objects do not wait for the component's own depends_on (the Platform's mesh): only for what they use.
        k8s_opts = self.owned(provider=provider)

        drift_sa_name, retrain_sa_name = f"{name}-drift", f"{name}-retrain"
        drift_identity = self.identity(
            args.foundation, namespace=ns, service_account=drift_sa_name, suffix="drift-identity",
            grants=[BucketGrant(args.lake_bucket, Access.READ_WRITE), BucketGrant(args.mlflow_bucket, Access.READ_WRITE)],
        )
        retrain_identity = self.identity(
            args.foundation, namespace=ns, service_account=retrain_sa_name, suffix="retrain-identity",
            grants=[
                BucketGrant(args.lake_bucket, Access.READ),
                BucketGrant(args.models_bucket, Access.READ_WRITE),
                BucketGrant(args.mlflow_bucket, Access.READ_WRITE),
            ],
        )

        drift_labels = standard_labels("loom-drift-check", "feedback-loop", args.classification)
        retrain_labels = standard_labels("loom-retrain", "feedback-loop", args.classification)

        # Only the drift check talks to the Kubernetes API (to start a retrain Job): only it gets a token.
        drift_sa = identity_service_account(
            f"{name}-drift-sa",
            name=drift_sa_name,
            namespace=ns,
            labels=merge(drift_labels, drift_identity.pod_labels),
            identity=drift_identity,
            opts=k8s_opts,
            automount=True,
        )
        retrain_sa = identity_service_account(
            f"{name}-retrain-sa",
            name=retrain_sa_name,
            namespace=ns,
            labels=merge(retrain_labels, retrain_identity.pod_labels),
            identity=retrain_identity,
            opts=k8s_opts,
        )

        env = {
            "MLFLOW_TRACKING_URI": args.tracking_uri,
            LOOM_LAKE_URI: args.lake_bucket.uri,
            LOOM_MODELS_URI: args.models_bucket.uri,
            LOOM_MODELS_PATH: args.models_path,
            LOOM_VECTOR_STORE_URI: args.vector_store_uri,
            LOOM_INFERENCE_URL: args.inference_url,
            **dict(args.extra_env),
        }

        retrain_name = f"{name}-retrain"
        retrain = k8s.batch.v1.CronJob(
            f"{name}-retrain",
            metadata=k8s.meta.v1.ObjectMetaArgs(name=retrain_name, namespace=ns, labels=retrain_labels),
            spec=k8s.batch.v1.CronJobSpecArgs(
                # A template, not a schedule: suspended so it never fires by itself.
                suspend=True,
                schedule="0 0 1 1 *",
                concurrency_policy="Forbid",
                successful_jobs_history_limit=args.history_limit,
                failed_jobs_history_limit=args.history_limit,
                job_template=self._job_template(
                    "retrain",
                    args,
                    retrain_sa_name,
                    retrain_labels,
                    retrain_identity,
                    env,
                    ["python", "-m", "workloads.retrain", "--margin", str(args.promotion_margin), "--regression-margin", str(args.regression_margin)],
                    args.retrain_resources,
                    backoff_limit=1,
                ),
            ),
            opts=self.owned(provider=provider, depends_on=[retrain_sa, *retrain_identity.resources]),
        )

        generator_name = f"{name}-retrain-generator"
        generator_job = self._job_template(
            "retrain-generator",
            args,
            retrain_sa_name,
            retrain_labels,
            retrain_identity,
            env,
            ["python", "-m", "workloads.retrain", "--model", "generator", "--margin", str(args.generator_promotion_margin),
             "--regression-margin", str(args.regression_margin)],
            _with_gpus(args.generator_resources, args.foundation.gpu, args.generator_gpus),
            backoff_limit=1,
        )
        generator_job.spec.template.spec.containers[0].image = args.generator_image or args.image
        # The model is converted from its GGUF once per Job into the scratch volume (the root fs is read-only).
        generator_job.spec.template.spec.containers[0].env.append(k8s.core.v1.EnvVarArgs(name=LOOM_MODEL_CACHE, value="/tmp/models"))
        _on_gpu_pool(generator_job, args.foundation.gpu if args.generator_gpus else None)
        generator_retrain = k8s.batch.v1.CronJob(
            generator_name,
            metadata=k8s.meta.v1.ObjectMetaArgs(name=generator_name, namespace=ns, labels=retrain_labels),
            spec=k8s.batch.v1.CronJobSpecArgs(
                suspend=True,  # a template, like the embedder's
                schedule="0 0 1 1 *",
                concurrency_policy="Forbid",
                successful_jobs_history_limit=args.history_limit,
                failed_jobs_history_limit=args.history_limit,
                job_template=generator_job,
            ),
            opts=self.owned(provider=provider, depends_on=[retrain_sa, *retrain_identity.resources]),
        )

        # The drift check starts retraining by creating a Job from the template: namespaced, narrow.
        role = k8s.rbac.v1.Role(
            f"{name}-drift-role",
            metadata=k8s.meta.v1.ObjectMetaArgs(name=f"{name}-drift", namespace=ns, labels=drift_labels),
            rules=[
                k8s.rbac.v1.PolicyRuleArgs(
                    api_groups=["batch"], resources=["cronjobs"], resource_names=[retrain_name, generator_name], verbs=["get"]
                ),
                k8s.rbac.v1.PolicyRuleArgs(api_groups=["batch"], resources=["jobs"], verbs=["create", "get", "list"]),
            ],
            opts=k8s_opts,
        )
        binding = k8s.rbac.v1.RoleBinding(
            f"{name}-drift-rolebinding",
            metadata=k8s.meta.v1.ObjectMetaArgs(name=f"{name}-drift", namespace=ns, labels=drift_labels),
            role_ref=k8s.rbac.v1.RoleRefArgs(api_group="rbac.authorization.k8s.io", kind="Role", name=f"{name}-drift"),
            subjects=[k8s.rbac.v1.SubjectArgs(kind="ServiceAccount", name=drift_sa_name, namespace=ns)],
            opts=self.owned(provider=provider, depends_on=[role]),
        )

        drift_cmd = [
            "loom", "drift", "check",
            "--reference", args.reference_window,
            "--current", args.current_window,
            "--threshold", repr(float(args.drift_threshold)),
            "--trigger-job", retrain_name,
            "--trigger-job", generator_name,
            "--json",
        ]
        drift = k8s.batch.v1.CronJob(
            f"{name}-drift",
            metadata=k8s.meta.v1.ObjectMetaArgs(name=f"{name}-drift", namespace=ns, labels=drift_labels),
            spec=k8s.batch.v1.CronJobSpecArgs(
                schedule=args.drift_schedule,
                concurrency_policy="Forbid",  # two overlapping checks could both trigger a retrain
                starting_deadline_seconds=600,
                successful_jobs_history_limit=args.history_limit,
                failed_jobs_history_limit=args.history_limit,
                job_template=self._job_template(
                    "drift", args, drift_sa_name, drift_labels, drift_identity, env, drift_cmd, args.drift_resources, backoff_limit=2
                ),
            ),
            opts=self.owned(provider=provider, depends_on=[drift_sa, binding, retrain, generator_retrain, *drift_identity.resources]),
        )

        self.drift_cronjob_name = drift.metadata.apply(lambda m: m["name"] if isinstance(m, dict) else m.name)
        self.retrain_template_name = retrain.metadata.apply(lambda m: m["name"] if isinstance(m, dict) else m.name)
        self.drift_service_account = drift_sa.metadata.apply(lambda m: m["name"] if isinstance(m, dict) else m.name)
        self.retrain_service_account = retrain_sa.metadata.apply(lambda m: m["name"] if isinstance(m, dict) else m.name)
        self.generator_retrain_template_name = generator_retrain.metadata.apply(lambda m: m["name"] if isinstance(m, dict) else m.name)
        self.register_outputs(
            {
                "drift_cronjob_name": self.drift_cronjob_name,
                "retrain_template_name": self.retrain_template_name,
                "generator_retrain_template_name": self.generator_retrain_template_name,
                "drift_service_account": self.drift_service_account,
                "retrain_service_account": self.retrain_service_account,
            }
        )

    @staticmethod
    def _validate(args: FeedbackLoopArgs) -> None:
        _validate(args)

    @staticmethod
    def _job_template(
        role: str,
        args: FeedbackLoopArgs,
        sa_name: str,
        labels: Mapping[str, str],
        identity: WorkloadIdentity,
        env: Mapping[str, pulumi.Input[str]],
        command: list[str],
        resources: ResourceSpec,
        *,
        backoff_limit: int,
    ) -> k8s.batch.v1.JobTemplateSpecArgs:
        pod_labels = merge(labels, identity.pod_labels)
        all_env = {**dict(identity.env), **dict(env)}
        # Web identity (MinIO STS, an external S3 endpoint) names a token file the pod must mount itself.
        token_volumes, token_mounts = wi.token_volumes(identity.env)
        return k8s.batch.v1.JobTemplateSpecArgs(
            metadata=k8s.meta.v1.ObjectMetaArgs(labels=labels),
            spec=k8s.batch.v1.JobSpecArgs(
                backoff_limit=backoff_limit,
                ttl_seconds_after_finished=86400,
                template=k8s.core.v1.PodTemplateSpecArgs(
                    metadata=k8s.meta.v1.ObjectMetaArgs(labels=pod_labels),
                    spec=k8s.core.v1.PodSpecArgs(
                        service_account_name=sa_name,
                        restart_policy="Never",
                        security_context=k8s.core.v1.PodSecurityContextArgs(
                            run_as_non_root=True,
                            run_as_user=10001,
                            run_as_group=10001,
                            fs_group=10001,
                            seccomp_profile=k8s.core.v1.SeccompProfileArgs(type="RuntimeDefault"),
                        ),
                        containers=[
                            k8s.core.v1.ContainerArgs(
                                name=role,
                                image=args.image,
                                command=command,
                                env=[k8s.core.v1.EnvVarArgs(name=k, value=v) for k, v in sorted(all_env.items())],
                                resources=k8s.core.v1.ResourceRequirementsArgs(**resources.to_k8s()),
                                security_context=k8s.core.v1.SecurityContextArgs(
                                    allow_privilege_escalation=False,
                                    read_only_root_filesystem=True,
                                    capabilities=k8s.core.v1.CapabilitiesArgs(drop=["ALL"]),
                                ),
                                volume_mounts=[k8s.core.v1.VolumeMountArgs(name="tmp", mount_path="/tmp"), *token_mounts],
                            )
                        ],
                        # Scratch space for model weights and Delta checkpoints (root fs is read-only).
                        volumes=[
                            k8s.core.v1.VolumeArgs(
                                name="tmp", empty_dir=k8s.core.v1.EmptyDirVolumeSourceArgs(size_limit="8Gi")
                            ),
                            *token_volumes,
                        ],
                    ),
                ),
            ),
        )


def _with_gpus(resources: ResourceSpec, gpu: Optional[GpuProfile], count: int) -> ResourceSpec:
    """`resources` plus `count` GPUs of the foundation's GPU resource (requests = limits, as
    extended resources must be), or unchanged when the foundation has none or count is 0."""
    if gpu is None or count == 0:
        return resources
    return _GpuResourceSpec(resources.cpu_request, resources.memory_request, resources.cpu_limit, resources.memory_limit,
                            gpu_resource=gpu.resource_name, gpus=count)


@dataclass
class _GpuResourceSpec(ResourceSpec):
    gpu_resource: str = "nvidia.com/gpu"
    gpus: int = 1

    def to_k8s(self) -> dict[str, dict[str, str]]:
        out = super().to_k8s()
        out["requests"][self.gpu_resource] = out["limits"][self.gpu_resource] = str(self.gpus)
        return out


def _on_gpu_pool(template: k8s.batch.v1.JobTemplateSpecArgs, gpu: Optional[GpuProfile]) -> None:
    """Schedule the template's pods on the GPU pool: its tolerations (GPU nodes are tainted) and
    node selector, exactly as TritonServing's GPU pods get them."""
    if gpu is None:
        return
    pod = template.spec.template.spec
    pod.tolerations = [k8s.core.v1.TolerationArgs(**{_SNAKE.get(k, k): v for k, v in t.items()}) for t in gpu.tolerations]
    if gpu.node_selector:
        pod.node_selector = dict(gpu.node_selector)


_SNAKE = {"tolerationSeconds": "toleration_seconds"}


def _validate(args: FeedbackLoopArgs) -> None:
    c = "FeedbackLoop"
    check_pinned(c, "image", args.image)
    if args.generator_image is not None:
        check_pinned(c, "generator_image", args.generator_image)
    check_dns_label(c, "namespace", args.namespace)
    if isinstance(args.models_path, str) and (not _PREFIX.match(args.models_path) or ".." in args.models_path):
        fail(c, "models_path", args.models_path, "a prefix in the models bucket: letters, digits, '.', '_', '-', '/', e.g. models")
    check_enum(c, "classification", args.classification, DataClassification)
    check_range(c, "drift_threshold", args.drift_threshold, 0.0, 100.0)
    if is_known(args.drift_threshold) and args.drift_threshold <= 0:
        fail(c, "drift_threshold", args.drift_threshold, "a KL divergence > 0 (default 0.05)")
    check_range(c, "promotion_margin", args.promotion_margin, 0.0, 1.0)
    check_range(c, "generator_promotion_margin", args.generator_promotion_margin, 0.0, 1.0)
    check_range(c, "regression_margin", args.regression_margin, 0.0, 1.0)
    if not isinstance(args.generator_gpus, int) or isinstance(args.generator_gpus, bool) or args.generator_gpus < 0:
        fail(c, "generator_gpus", args.generator_gpus, "an integer >= 0")
    if not isinstance(args.drift_schedule, str) or cron(args.drift_schedule) is not None:
        fail(c, "drift_schedule", args.drift_schedule, "a five-field cron expression or @hourly/@daily/...")
    for arg in ("reference_window", "current_window"):
        value = getattr(args, arg)
        if not isinstance(value, str) or not _WINDOW.match(value):
            fail(c, arg, value, "a duration like 7d, 24h, 30m, 2w or an ISO interval 2026-11-01/2026-11-08")
    if not isinstance(args.history_limit, int) or isinstance(args.history_limit, bool) or args.history_limit < 0:
        fail(c, "history_limit", args.history_limit, "an integer >= 0")
