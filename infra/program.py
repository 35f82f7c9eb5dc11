"""The program: read the stack settings, build the Platform, export the outputs contract.

Everything that depends on the cloud is decided here from `loom:cloud`, through lookup
tables (which provider, which foundation args); the components' settings go to the Platform
exactly as parsed (they are the components' own settings classes). Components never read config.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

import pulumi

from contract.settings import wire
from infra import config as cfg
from infra.config import CloudName, StackSettings

OUTPUT_KEYS = ("contract_version", "environment", "inference", "vector_store", "tracking", "lake", "mesh")
"""The outputs contract's top-level keys, exported as stack outputs (docs/outputs.md)."""


def _aws_foundation(s: StackSettings) -> Any:
    import pulumi_aws as aws

    from components.foundation import AwsFoundationArgs

    a = s.loom.aws
    assert a is not None and s.providers.aws_region is not None
    provider = aws.Provider("aws", region=s.providers.aws_region)
    return wire(AwsFoundationArgs, a, provider=provider, region=s.providers.aws_region, environment=s.environment, protect=s.loom.protect)


def _gcp_foundation(s: StackSettings) -> Any:
    import pulumi_gcp as gcp

    from components.foundation import GcpFoundationArgs

    g = s.loom.gcp
    assert g is not None and s.providers.gcp_project and s.providers.gcp_region
    provider = gcp.Provider("gcp", project=s.providers.gcp_project, region=s.providers.gcp_region)
    return wire(GcpFoundationArgs, g, provider=provider, project=s.providers.gcp_project, region=s.providers.gcp_region,
                environment=s.environment, protect=s.loom.protect)


def _azure_foundation(s: StackSettings) -> Any:
    from pulumi_azure_native.provider import Provider

    from components.foundation import AzureFoundationArgs

    z = s.loom.azure
    assert z is not None and s.providers.azure_location
    provider = Provider("azure", location=s.providers.azure_location)
    return wire(AzureFoundationArgs, z, provider=provider, location=s.providers.azure_location, environment=s.environment,
                protect=s.loom.protect)


def _existing_foundation(s: StackSettings) -> Any:
    from components.foundation import ExistingClusterFoundationArgs

    x = s.loom.existing
    assert x is not None
    return wire(ExistingClusterFoundationArgs, x, default_cluster_name=x.context, protect=s.loom.protect)


FOUNDATION_ARGS: dict[CloudName, Callable[[StackSettings], Any]] = {
    CloudName.AWS: _aws_foundation,
    CloudName.GCP: _gcp_foundation,
    CloudName.AZURE: _azure_foundation,
    CloudName.EXISTING: _existing_foundation,
}


SIDECAR_CONTAINERS_DEFAULT_MINOR = 29
"""Kubernetes turned the SidecarContainers feature on by default in 1.29 (beta); Istio's native sidecars need it."""


def native_sidecars(kubernetes_version: str) -> bool:
    """Whether istio-proxy can run as a native sidecar on this cluster's kubelets (issue 10, defect 16)."""
    major, minor = (int(x) for x in kubernetes_version.split(".")[:2])
    return (major, minor) >= (1, SIDECAR_CONTAINERS_DEFAULT_MINOR)


def platform_args(s: StackSettings) -> Any:
    """The Platform's args: the components' settings exactly as parsed, the foundation's args, and stack-level wiring."""
    from components.platform import PlatformArgs

    L = s.loom
    return PlatformArgs(
        environment=s.environment,
        foundation=FOUNDATION_ARGS[L.cloud](s),
        mesh=L.mesh,
        native_sidecars=native_sidecars(s.kubernetes_version),
        observability=L.observability,
        lake=L.lake,
        milvus=L.milvus,
        mlflow=L.mlflow,
        triton=L.triton,
        feedback=L.feedback,
        protect=L.protect,
    )


def export_contract(contract: pulumi.Output[Mapping[str, Any]]) -> None:
    """Export the contract key by key: app teams read `inference`, `lake`, ... from a StackReference."""
    for key in OUTPUT_KEYS:
        pulumi.export(key, contract.apply(_field_of(key)))


def _field_of(key: str) -> Callable[[Mapping[str, Any]], Any]:
    return lambda c: c[key]


def main() -> None:
    """Build the platform for the current stack."""
    from components.platform import Platform

    settings = cfg.load()
    platform = Platform(f"loom-{settings.environment}", platform_args(settings))
    export_contract(platform.contract)
    pulumi.export("cluster_name", platform.foundation.cluster_name)
