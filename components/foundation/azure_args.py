"""Typed arguments of `AzureFoundation` (kept apart so stack-config mapping can import them cheaply)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Optional

import pulumi

from components.foundation.naming import EnvironmentNamed
from contract.settings import (
    at_least,
    between,
    cidr,
    fixed,
    https_url,
    native_sidecar_k8s_version,
    non_empty,
    restricted_cidrs,
    setting,
    wiring,
)


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


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class KubeloginMode(str, enum.Enum):
    """`kubelogin get-token --login` modes the generated kubeconfig may use."""

    AZURECLI = "azurecli"
    WORKLOADIDENTITY = "workloadidentity"
    SPN = "spn"
    MSI = "msi"
    DEVICECODE = "devicecode"
    AZD = "azd"


@dataclass
class AzureExistingCluster:
    """An AKS cluster that already exists (OIDC issuer and workload identity on).

    No VNet or cluster is created; buckets, identities and PostgreSQL still are (`loom:azure.existingCluster`).
    """

    cluster_name: str = setting(doc="Name of the AKS cluster.", check=non_empty)
    kubeconfig: str = setting(doc="Kubeconfig contents or path (kept as a Pulumi secret).", check=non_empty)
    oidc_issuer_url: str = setting(doc="The cluster's OIDC issuer URL.", check=https_url)
    postgres_subnet_id: str = setting(doc="Empty subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers.", check=lambda v: None if v.startswith("/subscriptions/") else "an Azure resource id /subscriptions/...")
    vnet_id: str = setting(doc="The cluster's VNet (linked to the PostgreSQL private DNS zone).", check=lambda v: None if v.startswith("/subscriptions/") else "an Azure resource id /subscriptions/...")
    node_subnet_id: Optional[str] = setting(None, doc="The cluster's node subnet (with the Microsoft.Storage service endpoint), admitted by the storage firewall; null: give storageAllowedIpRanges (the NAT egress IPs).", check=lambda v: None if v is None or v.startswith("/subscriptions/") else "an Azure subnet resource id /subscriptions/...")
    gpu: bool = setting(True, doc="The cluster has a GPU pool tainted nvidia.com/gpu=true:NoSchedule.")



@dataclass
class AzureSettings:
    """`loom:azure`: VNet, AKS with a GPU pool, Storage Account + Key Vault key, PostgreSQL Flexible Server, Azure Workload Identity. Location: `azure-native:location`."""

    tenant_id: str = setting(doc="Entra ID tenant id (Key Vault).", check=lambda v: None if _UUID.match(v) else "a tenant id (lowercase UUID)")
    resource_group_name: Optional[str] = setting(None, doc="Existing resource group; null: create `<name>-rg`.")
    cluster_name: Optional[str] = setting(None, doc="AKS cluster name; null: `loom-<environment>`.")
    kubernetes_version: str = setting("1.33", doc="AKS Kubernetes version: 1.29 or newer (the Jobs in meshed namespaces finish only with Istio native sidecars).", check=native_sidecar_k8s_version)
    vnet_cidr: str = setting("10.60.0.0/16", doc="VNet address space.", check=cidr)
    private_cluster: bool = setting(False, doc="Private API server only.")
    authorized_ip_ranges: list[str] = setting(doc="CIDRs allowed to reach a public API server (never 0.0.0.0/0).", factory=list, check=restricted_cidrs)
    network_policy: AksNetworkPolicy = setting(AksNetworkPolicy.CILIUM, doc="AKS network policy engine.")
    system_vm_size: str = setting("Standard_D4ds_v5", doc="VM size of the system pool.", check=non_empty)
    system_min_count: int = setting(2, doc="System pool minimum.", check=at_least(1))
    system_max_count: int = setting(5, doc="System pool maximum.", check=at_least(1))
    gpu_node_pool: bool = setting(True, doc="Create the GPU pool (taint nvidia.com/gpu=true:NoSchedule).")
    gpu_vm_size: str = setting("Standard_NC4as_T4_v3", doc="VM size of the GPU pool.", check=non_empty)
    gpu_min_count: int = setting(0, doc="GPU pool minimum.", check=at_least(0))
    gpu_max_count: int = setting(2, doc="GPU pool maximum.", check=at_least(1))
    availability_zones: list[str] = setting(doc="Zones for the node pools; empty for regions without zones.", factory=lambda: ["1", "2", "3"])
    gpu_availability_zones: list[str] = setting(doc="Zones for the GPU pool, where gpuVmSize is offered (`az vm list-skus --size <size> --zones`); empty: availabilityZones.", factory=list)
    storage_redundancy: StorageRedundancy = setting(StorageRedundancy.ZRS, doc="Storage account replication.")
    storage_allowed_ip_ranges: list[str] = setting(doc="Public IPs allowed through the storage firewall (e.g. CI runners).", factory=list, check=restricted_cidrs)
    blob_delete_retention_days: int = setting(14, doc="Soft delete for blobs and containers, in days.", check=between(1, 365), allowed="an integer from 1 to 365")
    postgres_version: str = setting("16", doc="PostgreSQL major version.", check=lambda v: None if v in {"14", "15", "16", "17"} else "14, 15, 16 or 17")
    postgres_sku: str = setting("Standard_D2ds_v5", doc="Flexible Server SKU (General Purpose).", check=non_empty)
    postgres_cmk: bool = setting(True, doc="Encrypt Flexible Server with the foundation's Key Vault key (customer-managed).")
    admin_group_object_ids: list[str] = setting(doc="Entra ID groups that are cluster admins (Entra ID auth with Azure RBAC; local accounts off).", factory=list, check=lambda v: None if all(_UUID.match(x) for x in v) else "Entra ID group object ids (lowercase UUIDs)")
    kubelogin_mode: KubeloginMode = setting(KubeloginMode.AZURECLI, doc="`kubelogin --login` mode in the generated kubeconfig (workloadidentity in CI).")
    tags: dict[str, str] = setting(doc="Tags added to every Azure resource.", factory=dict)
    existing_cluster: Optional[AzureExistingCluster] = setting(None, doc="Use this AKS cluster instead of creating VNet + AKS (object).")


@dataclass(kw_only=True)
class AzureFoundationArgs(EnvironmentNamed, AzureSettings):
    """Everything `AzureFoundation` needs: the `loom:azure` settings plus wiring. Every Azure resource is tagged with `tags`
    plus `part-of: loom`, `loom-foundation: <name>` and, given `environment`, `loom-environment`."""

    provider: pulumi.ProviderResource = wiring(doc="The `pulumi_azure_native.Provider` every Azure child uses (explicit: never ambient credentials).")
    location: str = wiring(doc="Azure location of every resource (`azure-native:location`).")
    environment: Optional[str] = wiring(None, doc="The Loom environment (`loom:environment`): names the cluster `loom-<environment>` when `cluster_name` is null and tags every resource; None: the component's name.")
    protect: bool = wiring(True, doc="Protect the cluster, Key Vault and keys from `pulumi destroy` (`loom:protect`).")
    pod_cidr: str = fixed("10.244.0.0/16", doc="Overlay pod CIDR (Azure CNI overlay).")
    service_cidr: str = fixed("10.0.0.0/16", doc="Kubernetes service CIDR (must not overlap the VNet or pod CIDR).")
    dns_service_ip: str = fixed("10.0.0.10", doc="Cluster DNS IP, inside `service_cidr`.")
    nvidia_device_plugin_version: str = fixed("0.17.1", doc="Chart version of the NVIDIA device plugin (AKS installs GPU drivers, not the plugin).")
