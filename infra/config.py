"""The stack settings: a typed, validated model of `stacks/Pulumi.<stack>.yaml`.

Keys live under the `loom:` namespace (`loom:environment`, `loom:cloud`, one object per cloud
and per component: `loom:aws`, `loom:triton`, ...) plus the provider keys the program reads
(`aws:region`, `gcp:project`, `gcp:region`, `azure-native:location`). Objects use camelCase keys,
as Pulumi config is written. Unknown keys under `loom:` are errors (typos must not be ignored).

The same `parse` runs under `pulumi up` (values from the Pulumi runtime, where the CLI passes
objects as JSON strings) and under `loom preview` (values from the YAML file), so both fail
the same way: one `ConfigError` naming the file, the key, the value and what is allowed.
The reference (docs/stacks.md) is generated from this module by infra/stackdoc.py.
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from contract.errors import ConfigError  # noqa: F401 (re-exported for callers)
from components.feedback import FeedbackSettings
from components.foundation import ObjectStoreMode
from components.foundation.aws_args import AwsSettings
from components.foundation.azure_args import AzureSettings
from components.foundation.base import Cloud
from components.foundation.existing_args import ExistingSettings
from components.foundation.gcp_args import GcpSettings
from components.lake import LakeSettings
from components.mesh import MeshSettings
from components.milvus import MilvusSettings
from components.mlflow import MlflowSettings
from components.observability import ObservabilitySettings
from components.triton import TritonSettings
from contract.settings import dns_label, setting
from infra.schema import parse_dataclass, parse_value

NAMESPACE = "loom"

SOURCE: contextvars.ContextVar[str | None] = contextvars.ContextVar("loom_stack_source", default=None)
"""The file errors name; `loom preview --config-file` sets it, else `stacks/Pulumi.<stack>.yaml`."""


# --- checks (return None when fine, else what is allowed) -----------------------------------

_AWS_REGION = re.compile(r"^[a-z]{2}(-gov)?-[a-z]+-\d$")
_GCP_REGION = re.compile(r"^[a-z]+-[a-z]+\d$")
_GCP_PROJECT = re.compile(r"^[a-z][-a-z0-9]{4,28}[a-z0-9]$")
_AZURE_LOCATION = re.compile(r"^[a-z]+[a-z0-9]*$")


CloudName = Cloud
"""Which foundation the stack uses (components/foundation): the foundations' own `Cloud`."""


# --- the stack ------------------------------------------------------------------------------


@dataclass
class LoomSettings:
    """Everything under the `loom:` namespace of a stack settings file."""

    environment: str = setting(doc="Environment name: labels, resource names and the contract's `environment`.", check=dns_label)
    cloud: CloudName = setting(doc="Which foundation: aws, gcp, azure (create or reuse a cluster there) or existing (any cluster from a kubeconfig).")
    triton: TritonSettings = setting(doc="Triton serving (object).")
    mlflow: MlflowSettings = setting(doc="MLflow (object).")
    lake: LakeSettings = setting(doc="Telemetry lake (object).")
    feedback: FeedbackSettings = setting(doc="Closed loop (object).")
    aws: Optional[AwsSettings] = setting(None, doc="Required when cloud is aws (object).")
    gcp: Optional[GcpSettings] = setting(None, doc="Required when cloud is gcp (object).")
    azure: Optional[AzureSettings] = setting(None, doc="Required when cloud is azure (object).")
    existing: Optional[ExistingSettings] = setting(None, doc="Required when cloud is existing (object).")
    mesh: MeshSettings = setting(doc="Istio mesh (object).", factory=MeshSettings)
    milvus: MilvusSettings = setting(doc="Milvus (object).", factory=MilvusSettings)
    observability: ObservabilitySettings = setting(doc="Prometheus + adapter (object).", factory=ObservabilitySettings)
    protect: bool = setting(True, doc="Protect stateful stores (buckets, databases) from `pulumi destroy`; false only for throwaway dev stacks.")


@dataclass
class ProviderSettings:
    """The provider keys the program reads (explicit providers never read ambient config)."""

    aws_region: Optional[str] = None
    gcp_project: Optional[str] = None
    gcp_region: Optional[str] = None
    azure_location: Optional[str] = None


PROVIDER_KEYS: dict[str, tuple[str, Any, str, str]] = {
    # config key: (field, check pattern, allowed, doc)
    "aws:region": ("aws_region", _AWS_REGION, "an AWS region, e.g. eu-west-1", "AWS region (required when loom:cloud is aws)."),
    "gcp:project": ("gcp_project", _GCP_PROJECT, "a GCP project id (6-30 lowercase letters, digits, hyphens)", "GCP project id (required when loom:cloud is gcp)."),
    "gcp:region": ("gcp_region", _GCP_REGION, "a GCP region, e.g. europe-west4", "GCP region (required when loom:cloud is gcp)."),
    "azure-native:location": ("azure_location", _AZURE_LOCATION, "an Azure location, e.g. westeurope", "Azure location (required when loom:cloud is azure)."),
}
PROVIDER_NAMESPACES = ("aws", "gcp", "azure-native", "kubernetes")
"""Provider packages whose config keys Loom's explicit providers would silently ignore."""

REQUIRED_PROVIDER_KEYS = {
    CloudName.AWS: ("aws:region",),
    CloudName.GCP: ("gcp:project", "gcp:region"),
    CloudName.AZURE: ("azure-native:location",),
    CloudName.EXISTING: (),
}


@dataclass
class StackSettings:
    """The whole validated stack: `loom:` settings plus provider keys."""

    loom: LoomSettings
    providers: ProviderSettings = field(default_factory=ProviderSettings)
    where: str = ""

    @property
    def environment(self) -> str:
        return self.loom.environment

    @property
    def kubernetes_version(self) -> str:
        """The Kubernetes minor version the rendered objects must be valid for."""
        section = {CloudName.AWS: self.loom.aws, CloudName.AZURE: self.loom.azure, CloudName.EXISTING: self.loom.existing}.get(self.loom.cloud)
        if section is not None:
            return section.kubernetes_version
        return GKE_REGULAR_VERSION


GKE_REGULAR_VERSION = "1.33"
"""GKE has no pinned version here (the release channel upgrades it): the REGULAR channel's minor."""


def parse(raw: Mapping[str, Any], *, where: str) -> StackSettings:
    """Validate a stack's `config:` mapping (namespace:key -> value). Raises ConfigError."""
    loom_data: dict[str, Any] = {}
    for key, value in raw.items():
        ns, _, name = str(key).partition(":")
        if ns == NAMESPACE:
            loom_data[name] = value
        elif ns in PROVIDER_NAMESPACES and key not in PROVIDER_KEYS:
            # Loom's providers are explicit: they never read their package's config. Refuse the key
            # rather than let it look like it had an effect.
            read = ", ".join(k for k in PROVIDER_KEYS if k.startswith(ns + ":")) or "none"
            raise ConfigError(
                where, str(key), value, f"only {read} under {ns}: (Loom's providers are explicit; credentials come from the environment, e.g. AWS_PROFILE)"
            )
    settings = parse_dataclass(LoomSettings, loom_data, where=where, prefix=f"{NAMESPACE}:", top_level=True)

    providers = ProviderSettings()
    for key, (attr, pattern, allowed, _doc) in PROVIDER_KEYS.items():
        if key in raw:
            value = raw[key]
            if not isinstance(value, str) or not pattern.match(value):
                raise ConfigError(where, key, value, allowed)
            setattr(providers, attr, value)
    for key in REQUIRED_PROVIDER_KEYS[settings.cloud]:
        if key not in raw:
            raise ConfigError(where, key, None, f"required when loom:cloud is {settings.cloud.value}: {PROVIDER_KEYS[key][2]}")

    _check_cross_fields(settings, where)
    return StackSettings(loom=settings, providers=providers, where=where)


def _check_cross_fields(s: LoomSettings, where: str) -> None:
    sections = {CloudName.AWS: "aws", CloudName.GCP: "gcp", CloudName.AZURE: "azure", CloudName.EXISTING: "existing"}
    wanted = sections[s.cloud]
    if getattr(s, wanted) is None:
        raise ConfigError(where, f"loom:{wanted}", None, f"required when loom:cloud is {s.cloud.value} (an object; {{}} takes every default)")
    for cloud, section in sections.items():
        if cloud != s.cloud and getattr(s, section) is not None:
            raise ConfigError(where, f"loom:{section}", "{...}", f"only loom:{wanted} applies when loom:cloud is {s.cloud.value}")

    if s.cloud is CloudName.AZURE and s.triton.model_sync_image is None:
        raise ConfigError(where, "loom:triton.modelSyncImage", None, "an azcopy image pinned by digest (required when loom:cloud is azure)")
    canary = s.triton.canary
    if not canary.enabled and canary.weight != 0:
        raise ConfigError(where, "loom:triton.canary.weight", canary.weight, "0 while loom:triton.canary.enabled is false")
    if s.triton.stable.max_replicas < s.triton.stable.replicas:
        raise ConfigError(where, "loom:triton.stable.maxReplicas", s.triton.stable.max_replicas, f"an integer >= loom:triton.stable.replicas ({s.triton.stable.replicas})")

    rollout = s.triton.rollout
    if rollout.max_surge == 0 and rollout.max_unavailable == 0:
        raise ConfigError(where, "loom:triton.rollout.maxUnavailable", 0, "at least 1 while rollout.maxSurge is 0 (else an update cannot progress)")
    if s.mesh.gateway_certificate.enabled and not [h for h in s.mesh.gateway_hosts if h != "*"]:
        raise ConfigError(where, "loom:mesh.gatewayHosts", list(s.mesh.gateway_hosts), "the DNS names the gateway serves (its certificate names them), or loom:mesh.gatewayCertificate.enabled false")
    from components.kube.quantity import quantity as amount

    for key, r in (("loom:observability.prometheusResources", s.observability.prometheus_resources), ("loom:mesh.istiodResources", s.mesh.istiod_resources)):
        if amount(r.memory_limit) < amount(r.memory_request):
            raise ConfigError(where, f"{key}.memoryLimit", r.memory_limit, f"a quantity >= {key}.memoryRequest ({r.memory_request})")
    if s.mesh.istiod_max_replicas < s.mesh.istiod_replicas:
        raise ConfigError(where, "loom:mesh.istiodMaxReplicas", s.mesh.istiod_max_replicas, f"an integer >= loom:mesh.istiodReplicas ({s.mesh.istiod_replicas})")
    if s.mesh.gateway_max_replicas < s.mesh.gateway_min_replicas:
        raise ConfigError(where, "loom:mesh.gatewayMaxReplicas", s.mesh.gateway_max_replicas, f"an integer >= loom:mesh.gatewayMinReplicas ({s.mesh.gateway_min_replicas})")
    if s.existing is not None and s.existing.metrics_server and s.observability.serve_resource_metrics:
        raise ConfigError(where, "loom:observability.serveResourceMetrics", True, "false while loom:existing.metricsServer is true (two servers cannot both own metrics.k8s.io)")

    if s.aws is not None:
        a = s.aws
        if not a.system_min_size <= a.system_desired_size <= a.system_max_size:
            raise ConfigError(where, "loom:aws.systemDesiredSize", a.system_desired_size, f"between systemMinSize ({a.system_min_size}) and systemMaxSize ({a.system_max_size})")
        if a.endpoint_public_access and not a.public_access_cidrs:
            raise ConfigError(where, "loom:aws.publicAccessCidrs", [], "at least one CIDR when endpointPublicAccess is true")
    # The cluster autoscaler keeps each pool between its minimum and maximum (GKE: per zone).
    pools = []
    if s.gcp is not None and s.gcp.existing_cluster is None:
        pools += [("gcp", "system", "Nodes", s.gcp.system_min_nodes, s.gcp.system_max_nodes)]
        if s.gcp.gpu_node_pool:
            pools.append(("gcp", "gpu", "Nodes", s.gcp.gpu_min_nodes, s.gcp.gpu_max_nodes))
    if s.azure is not None and s.azure.existing_cluster is None:
        pools += [("azure", "system", "Count", s.azure.system_min_count, s.azure.system_max_count)]
        if s.azure.gpu_node_pool:
            pools.append(("azure", "gpu", "Count", s.azure.gpu_min_count, s.azure.gpu_max_count))
    for section, pool, unit, low, high in pools:
        if high < low:
            raise ConfigError(where, f"loom:{section}.{pool}Max{unit}", high,
                              f"an integer >= loom:{section}.{pool}Min{unit} ({low}): the cluster autoscaler keeps the pool between them")
    if s.gcp is not None and not s.gcp.private_endpoint and not s.gcp.master_authorized_networks and s.gcp.existing_cluster is None:
        raise ConfigError(where, "loom:gcp.masterAuthorizedNetworks", {}, "at least one name: CIDR entry unless privateEndpoint is true")
    if s.azure is not None and not s.azure.private_cluster and not s.azure.authorized_ip_ranges and s.azure.existing_cluster is None:
        raise ConfigError(where, "loom:azure.authorizedIpRanges", [], "at least one CIDR unless privateCluster is true")
    if s.azure is not None and s.azure.existing_cluster is not None and s.azure.existing_cluster.node_subnet_id is None and not s.azure.storage_allowed_ip_ranges:
        raise ConfigError(where, "loom:azure.existingCluster.nodeSubnetId", None, "the cluster's node subnet id, or loom:azure.storageAllowedIpRanges (the storage firewall denies by default and would admit no pod)")
    if s.existing is not None and s.existing.object_store is ObjectStoreMode.EXTERNAL_S3 and s.existing.external_s3 is None:
        raise ConfigError(where, "loom:existing.externalS3", None, "an object when objectStore is external-s3")


def runtime_config() -> dict[str, Any]:
    """Every config key the Pulumi runtime holds for this stack (the CLI passes them as strings)."""
    from pulumi.runtime import config as rc

    merged: dict[str, Any] = dict(rc.get_config_env())
    merged.update(rc.CONFIG.get())
    return merged


def load() -> StackSettings:
    """The settings of the running stack (under `pulumi up` or `loom preview`)."""
    import pulumi

    return parse(runtime_config(), where=settings_file())


def settings_file() -> str:
    """The settings file of the running stack: the one `loom preview` was given, else the CLI's."""
    import pulumi

    return SOURCE.get() or f"stacks/Pulumi.{pulumi.get_stack()}.yaml"


__all__ = ["StackSettings", "LoomSettings", "parse", "load", "parse_value", "settings_file"]
