"""Foundations: one per cloud plus one for existing clusters, behind `base.Foundation`.

Args and base types import eagerly (cheap); the foundation classes import lazily so a stack
only pays for the cloud SDK it uses (importing pulumi_aws, pulumi_gcp and azure-native costs seconds).

Constructors (all the same shape):
    AwsFoundation(name: str, args: AwsFoundationArgs, opts: pulumi.ResourceOptions | None = None)
    GcpFoundation(name: str, args: GcpFoundationArgs, opts: pulumi.ResourceOptions | None = None)
    AzureFoundation(name: str, args: AzureFoundationArgs, opts: pulumi.ResourceOptions | None = None)
    ExistingClusterFoundation(name: str, args: ExistingClusterFoundationArgs, opts: pulumi.ResourceOptions | None = None)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .aws_args import AwsExistingCluster, AwsFoundationArgs, CapacityType, EksLogType
from .azure_args import AksNetworkPolicy, AzureExistingCluster, AzureFoundationArgs, StorageRedundancy
from .base import (
    Access,
    Bucket,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    Cloud,
    Foundation,
    GpuProfile,
    IdentityRequest,
    ObjectStoreKey,
    ObjectStoreKind,
    Postgres,
    PostgresSpec,
    ServiceAccountRef,
    WorkloadIdentity,
)
from .existing_args import ExistingClusterFoundationArgs, ExternalS3Args, Footprint, MinioArgs, ObjectStoreMode
from .gcp_args import GcpExistingCluster, GcpFoundationArgs, GpuDriverVersion, ReleaseChannel

if TYPE_CHECKING:  # pragma: no cover
    from .aws import AwsFoundation
    from .azure import AzureFoundation
    from .existing import ExistingClusterFoundation
    from .gcp import GcpFoundation

_LAZY = {
    "AwsFoundation": ".aws",
    "GcpFoundation": ".gcp",
    "AzureFoundation": ".azure",
    "ExistingClusterFoundation": ".existing",
}


def __getattr__(attr: str) -> Any:
    module = _LAZY.get(attr)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")
    return getattr(importlib.import_module(module, __name__), attr)


__all__ = [
    "Access", "AksNetworkPolicy", "AwsExistingCluster", "AwsFoundation", "AwsFoundationArgs", "AzureExistingCluster",
    "AzureFoundation", "AzureFoundationArgs", "Bucket", "BucketGrant", "BucketPurpose", "BucketSpec", "CapacityType",
    "Cloud", "EksLogType", "ExistingClusterFoundation", "ExistingClusterFoundationArgs", "ExternalS3Args", "Footprint",
    "Foundation", "GcpExistingCluster", "GcpFoundation", "GcpFoundationArgs", "GpuDriverVersion", "GpuProfile",
    "IdentityRequest", "MinioArgs", "ObjectStoreKey", "ObjectStoreKind", "ObjectStoreMode", "Postgres", "PostgresSpec",
    "ReleaseChannel", "ServiceAccountRef", "StorageRedundancy", "WorkloadIdentity",
]
