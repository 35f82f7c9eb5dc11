"""MilvusVectorStore: the official Milvus Helm chart on the environment's object store, mesh-internal only."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import Foundation
from components.kube.labels import NS_DATA, NS_SERVING, NS_SYSTEM, DataClassification


class MilvusMode(str, enum.Enum):
    """Milvus topology."""

    STANDALONE = "standalone"  # one pod (dev, edge)
    CLUSTER = "cluster"  # proxy, coordinators, query/data/streaming nodes scaled apart (clouds)


@dataclass
class MilvusVectorStoreArgs:
    """Arguments of `MilvusVectorStore`. Required: `k8s_provider`, `foundation`."""

    k8s_provider: k8s.Provider
    """The cluster's provider (normally `foundation.k8s_provider`)."""
    foundation: Foundation
    """Gives the Milvus bucket and the workload identity binding for Milvus' service account."""
    mode: MilvusMode = MilvusMode.CLUSTER
    """STANDALONE for dev/edge, CLUSTER for clouds."""
    namespace: pulumi.Input[str] = NS_DATA
    """Namespace (created by IstioMesh)."""
    chart_version: str = "5.0.6"
    """milvus-helm chart version (zilliztech/milvus-helm)."""
    image: Optional[str] = None
    """Milvus image pinned by digest (milvusdb/milvus:<tag>@sha256:...); None: the chart's own image tag."""
    etcd_replicas: Optional[int] = None
    """etcd members; None: 3 in CLUSTER mode, 1 in STANDALONE."""
    etcd_storage_gb: int = 10
    """etcd volume size per member."""
    query_node_replicas: int = 2
    """Query nodes in CLUSTER mode."""
    data_node_replicas: int = 2
    """Data nodes in CLUSTER mode."""
    proxy_replicas: int = 2
    """Proxies in CLUSTER mode."""
    allowed_namespaces: Sequence[str] = (NS_SERVING, NS_SYSTEM, NS_DATA)
    """Namespaces whose workloads may call Milvus (AuthorizationPolicy ALLOW)."""
    allowed_principals: Sequence[str] = ()
    """SPIFFE principals allowed in addition."""
    classification: DataClassification = DataClassification.CONFIDENTIAL
    """Data classification label on Milvus' pods (documents and embeddings)."""
    service_account_name: str = "milvus"
    """ServiceAccount of every Milvus pod (bound to the bucket by workload identity)."""


class MilvusVectorStore(pulumi.ComponentResource):
    """See docs/components.md. Body in progress: signature and outputs are stable."""

    uri: pulumi.Output[str]
    service_name: pulumi.Output[str]
    bucket_name: pulumi.Output[str]

    def __init__(self, name: str, args: MilvusVectorStoreArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom:milvus:MilvusVectorStore", name, None, opts)
        raise NotImplementedError("MilvusVectorStore is being written")
