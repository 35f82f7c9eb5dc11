"""MlflowTracking: the MLflow tracking server and model registry on Postgres, artifacts proxied to object storage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import Foundation
from components.kube.labels import NS_DATA, NS_SERVING, NS_SYSTEM, DataClassification


@dataclass
class MlflowTrackingArgs:
    """Arguments of `MlflowTracking`. Required: `k8s_provider`, `foundation`, `image`."""

    k8s_provider: k8s.Provider
    """The cluster's provider (normally `foundation.k8s_provider`)."""
    foundation: Foundation
    """Gives Postgres (backend store), the artifacts bucket and the workload identity binding."""
    image: str
    """MLflow image pinned by digest. It must contain psycopg2 and the object-store client of the
    environment (boto3 / google-cloud-storage / azure-storage-file-datalake + azure-identity)."""
    namespace: pulumi.Input[str] = NS_DATA
    """Namespace (created by IstioMesh)."""
    replicas: int = 2
    """Server replicas (stateless: state is in Postgres and the bucket)."""
    workers: int = 2
    """Server worker processes per pod (`--workers`)."""
    database: str = "mlflow"
    """Postgres database name."""
    db_username: str = "mlflow"
    """Postgres user name."""
    db_storage_gb: int = 20
    db_backup_retention_days: int = 7
    db_high_availability: bool = False
    db_instance_class: Optional[str] = None
    """Cloud machine size; None: the foundation's default."""
    cpu_request: str = "500m"
    cpu_limit: str = "2"
    memory_request: str = "1Gi"
    memory_limit: str = "2Gi"
    allowed_namespaces: Sequence[str] = (NS_SYSTEM, NS_SERVING, NS_DATA)
    """Namespaces whose workloads may call MLflow (AuthorizationPolicy ALLOW)."""
    allowed_principals: Sequence[str] = ()
    """SPIFFE principals allowed in addition."""
    classification: DataClassification = DataClassification.CONFIDENTIAL
    service_account_name: str = "mlflow"
    protect: bool = True
    """Protect the database and artifacts bucket from `pulumi destroy` (stateful)."""


class MlflowTracking(pulumi.ComponentResource):
    """See docs/components.md. Body in progress: signature and outputs are stable."""

    tracking_uri: pulumi.Output[str]
    artifacts_uri: pulumi.Output[str]
    service_name: pulumi.Output[str]

    def __init__(self, name: str, args: MlflowTrackingArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom:mlflow:MlflowTracking", name, None, opts)
        raise NotImplementedError("MlflowTracking is being written")
