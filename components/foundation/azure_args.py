"""Typed arguments of `AzureFoundation` (kept apart so stack-config mapping can import them cheaply)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import pulumi


class AksNetworkPolicy(str, enum.Enum):
    """Network policy engine of AKS (Cilium needs Azure CNI overlay with the Cilium dataplane)."""

    AZURE = "azure"
    CALICO = "calico"
    CILIUM = "cilium"


class StorageRedundancy(str, enum.Enum):
    """Storage account SKU (replication)."""

    LRS = "Standard_LRS"
    ZRS = "Standard_ZRS"
    GRS = "Standard_GRS"
    GZRS = "Standard_GZRS"


@dataclass
class AzureExistingCluster:
    """Use an AKS cluster that already exists (OIDC issuer + workload identity on): no VNet or cluster is created.

    The storage account, managed identities and PostgreSQL are still created.
    """

    cluster_name: str
    """Name of the AKS cluster."""
    kubeconfig: pulumi.Input[str]
    """Kubeconfig (contents or path); kept as a Pulumi secret."""
    oidc_issuer_url: pulumi.Input[str]
    """The cluster's OIDC issuer URL (subject of the federated credentials)."""
    postgres_subnet_id: pulumi.Input[str]
    """An empty subnet reachable from the cluster, delegated to Microsoft.DBforPostgreSQL/flexibleServers."""
    vnet_id: pulumi.Input[str]
    """The cluster's VNet (linked to the PostgreSQL private DNS zone)."""
    gpu: bool = True
    """Whether the cluster has a GPU pool tainted nvidia.com/gpu=true:NoSchedule."""
    node_subnet_id: Optional[pulumi.Input[str]] = None
    """The cluster's node subnet (with the Microsoft.Storage service endpoint): admitted by the storage
    firewalls. None: pods reach storage only through `storage_allowed_ip_ranges` (e.g. the NAT egress IP)."""


@dataclass
class AzureFoundationArgs:
    """Everything `AzureFoundation` needs; each default is what a production deployment would pick."""

    provider: pulumi.ProviderResource
    """The `pulumi_azure_native.Provider` every Azure child uses (explicit: never ambient credentials)."""
    location: str
    """Azure region, e.g. "westeurope"."""
    tenant_id: str
    """Entra ID tenant (Key Vault)."""
    resource_group_name: Optional[str] = None
    """Existing resource group to use; None: create `<name>-rg`."""
    cluster_name: Optional[str] = None
    """AKS cluster name; None: the component's name."""
    kubernetes_version: str = "1.33"
    """AKS Kubernetes version (major.minor); patch upgrades follow the `stable` channel."""
    vnet_cidr: str = "10.60.0.0/16"
    """VNet address space: the lower half for AKS nodes, a /28 delegated to the API server (API Server VNet
    Integration), a /24 at the top delegated to PostgreSQL."""
    pod_cidr: str = "10.244.0.0/16"
    """Overlay pod CIDR (Azure CNI overlay)."""
    service_cidr: str = "10.0.0.0/16"
    """Kubernetes service CIDR (must not overlap the VNet or pod CIDR)."""
    dns_service_ip: str = "10.0.0.10"
    """Cluster DNS IP, inside `service_cidr`."""
    private_cluster: bool = False
    """Private API server only; False: public endpoint restricted to `authorized_ip_ranges`."""
    authorized_ip_ranges: Sequence[str] = ()
    """CIDRs allowed to reach a public API server; required (never 0.0.0.0/0) unless private."""
    network_policy: AksNetworkPolicy = AksNetworkPolicy.CILIUM
    """NetworkPolicy engine; cilium also selects the Cilium dataplane."""
    system_vm_size: str = "Standard_D4ds_v5"
    """VM size of the system pool (mesh, Milvus, MLflow, operators)."""
    system_min_count: int = 2
    """Autoscaler minimum of the system pool (>= 1)."""
    system_max_count: int = 5
    """Autoscaler maximum of the system pool."""
    gpu_node_pool: bool = True
    """Create the GPU pool (taint nvidia.com/gpu=true:NoSchedule)."""
    gpu_vm_size: str = "Standard_NC4as_T4_v3"
    """GPU VM size (NVIDIA; AKS installs the driver)."""
    gpu_min_count: int = 0
    """Autoscaler minimum of the GPU pool (0 lets idle GPUs go)."""
    gpu_max_count: int = 2
    """Autoscaler maximum of the GPU pool."""
    availability_zones: Sequence[str] = ("1", "2", "3")
    """Zones for the node pools; empty for regions without zones."""
    gpu_availability_zones: Sequence[str] = ()
    """Zones for the GPU pool, where `gpu_vm_size` is offered (`az vm list-skus --size <size> --zones`); empty:
    `availability_zones`."""
    storage_redundancy: StorageRedundancy = StorageRedundancy.ZRS
    """Replication of every storage account (zone-redundant by default)."""
    storage_allowed_ip_ranges: Sequence[str] = ()
    """Public IPs/CIDRs of the machines running Pulumi or reading data from outside (e.g. CI runners): allowed
    through the storage-account and Key Vault firewalls (the AKS subnet always is)."""
    blob_delete_retention_days: int = 14
    """Soft delete for blobs and containers."""
    postgres_version: str = "16"
    """PostgreSQL major version of Flexible Server."""
    postgres_sku: str = "Standard_D2ds_v5"
    """Flexible Server SKU name (General Purpose tier); PostgresSpec.instance_class overrides it."""
    postgres_cmk: bool = True
    """Encrypt Flexible Server with the foundation's Key Vault key (customer-managed, through the CMK identity the
    storage accounts use); False: Microsoft-managed keys."""
    admin_group_object_ids: Sequence[str] = ()
    """Entra ID groups that are cluster admins (AKS uses Entra ID auth with Azure RBAC; local accounts are off).
    The identity running `pulumi up` also needs "Azure Kubernetes Service RBAC Cluster Admin"."""
    kubelogin_mode: str = "azurecli"
    """`kubelogin --login` mode in the generated kubeconfig: azurecli, workloadidentity (CI), spn, msi."""
    nvidia_device_plugin_version: str = "0.17.1"
    """Chart version of the NVIDIA device plugin (AKS installs GPU drivers, not the plugin)."""
    existing_cluster: Optional[AzureExistingCluster] = None
    """Use this cluster instead of creating VNet + AKS."""
    tags: Mapping[str, str] = field(default_factory=dict)
    """Tags added to every Azure resource (plus `part-of: loom` and `loom-foundation: <name>`)."""
    protect: bool = True
    """Protect the cluster, Key Vault and key from `pulumi destroy`."""
