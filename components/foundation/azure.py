"""Azure foundation: VNet, AKS with workload identity and a GPU pool, Storage with CMK, PostgreSQL Flexible Server.

Identity: Azure Workload Identity. Each bound Kubernetes service account gets a user-assigned
managed identity, a federated identity credential (issuer = the AKS OIDC issuer, subject
system:serviceaccount:<ns>:<sa>) and Storage Blob Data roles scoped to the container.

Storage: one storage account per `bucket()` with one container. Azure allows exactly one
lifecycle ManagementPolicy per account, so per-bucket retention needs per-bucket accounts; it
also keeps blast radius, firewall and protect per data set. Shared-key auth is disabled.
"""

from __future__ import annotations

from typing import Optional

import pulumi
import pulumi_kubernetes as k8s
from pulumi_azure_native import (
    authorization,
    containerservice,
    dbforpostgresql,
    keyvault,
    managedidentity,
    network,
    privatedns,
    resources,
    storage,
)

from . import options, checks, cidr, kubeconfig, naming, nvidia
from .azure_args import AksNetworkPolicy, AzureExistingCluster, AzureFoundationArgs, KubeloginMode, StorageRedundancy
from components.kube.istio import ExternalService

from .base import (
    Access,
    Bucket,
    BucketSpec,
    Cloud,
    Foundation,
    GpuProfile,
    IdentityRequest,
    ObjectStoreKind,
    Postgres,
    PostgresSpec,
    WorkloadIdentity,
)

__all__ = ["AzureFoundation", "AzureFoundationArgs", "AzureExistingCluster", "AksNetworkPolicy", "StorageRedundancy"]

GPU_TAINT = "nvidia.com/gpu=true:NoSchedule"
GPU_TOLERATION = {"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"}
STORAGE_CLASS = "managed-csi-premium"
DEFAULT_DB_SKU = "Standard_D2ds_v5"
# Built-in role definition ids (the same in every tenant).
ROLE = {
    "blob_reader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",  # Storage Blob Data Reader
    "blob_contributor": "ba92f5b4-2d11-453d-a403-e96b0029c9fe",  # Storage Blob Data Contributor
    "kv_crypto_service_encryption_user": "e147488a-f6f5-4113-8e2d-b22465e65bf6",
    "kv_crypto_user": "12338af0-0e69-4776-bea7-57ae8d297424",
    "kv_contributor": "f25e0fa2-a7c8-4377-a976-54943a77a395",
    "network_contributor": "4d97b98b-1d4f-4787-a291-c67834d212e7",
    "kv_crypto_officer": "14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
}
ROLE_FOR_ACCESS = {Access.READ: "blob_reader", Access.READ_WRITE: "blob_contributor"}


class AzureFoundation(Foundation):
    """AKS (or an existing cluster) plus Storage, Workload Identity and PostgreSQL, through one explicit provider."""

    cluster_name: pulumi.Output[str]
    kubeconfig: pulumi.Output[str]
    """Secret kubeconfig using `kubelogin` (Entra ID); no admin credentials are ever fetched."""
    oidc_issuer_url: pulumi.Output[str]
    resource_group_name: pulumi.Output[str]
    key_vault_id: pulumi.Output[str]

    def __init__(self, name: str, args: AzureFoundationArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        self._validate(args)
        super().__init__("loom:foundation:AzureFoundation", name, None, opts)
        self._name = name
        self._args = args
        self.cloud = Cloud.AZURE
        self.store_kind = ObjectStoreKind.AZURE_BLOB
        self.region = args.location
        # Blob/ADLS endpoints by SNI, and Entra ID for Workload Identity token exchange.
        self.egress = [
            ExternalService("azure-storage", ["*.blob.core.windows.net", "*.dfs.core.windows.net"]),
            ExternalService("entra-id", ["login.microsoftonline.com"]),
        ]
        self._prefix = naming.dns_label(args.cluster_name_or_default() or name, 40)
        self._tags = {**args.with_environment(args.tags), "part-of": "loom", "loom-foundation": name}
        self._az = pulumi.ResourceOptions(parent=self, provider=args.provider)
        protect = pulumi.ResourceOptions(protect=args.protect)
        client = authorization.get_client_config_output(opts=pulumi.InvokeOutputOptions(provider=args.provider, parent=self))
        self._subscription_id = client.subscription_id

        if args.resource_group_name:
            self.resource_group_name = pulumi.Output.from_input(args.resource_group_name)
        else:
            rg = resources.ResourceGroup(f"{name}-rg", location=args.location, tags=self._tags, opts=self._az)
            self.resource_group_name = rg.name
        rg_name = self.resource_group_name

        # Customer-managed key for storage (and AKS secrets through KMS). Purge protection cannot be undone.
        self._vault = keyvault.Vault(
            f"{name}-kv", vault_name=naming.key_vault_name(self._prefix, args.location), resource_group_name=rg_name,
            location=args.location,
            properties={"tenant_id": args.tenant_id, "sku": {"family": "A", "name": "standard"},
                        "enable_rbac_authorization": True, "enable_soft_delete": True,
                        "soft_delete_retention_in_days": 90, "enable_purge_protection": True,
                        "public_network_access": "Enabled",
                        "network_acls": {"bypass": "AzureServices", "default_action": "Deny",
                                         "ip_rules": [{"value": ip} for ip in args.storage_allowed_ip_ranges]}},
            tags=self._tags, opts=self._az.merge(protect))
        self.key_vault_id = self._vault.id
        # Keys are created through ARM but authorized against the vault's data-plane RBAC: the identity
        # running `pulumi up` needs Key Vault Crypto Officer on this vault.
        deployer = authorization.RoleAssignment(
            f"{name}-deployer-kv-crypto-officer", scope=self._vault.id, principal_id=client.object_id,
            role_definition_id=self._subscription_id.apply(
                lambda s: f"/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{ROLE['kv_crypto_officer']}"),
            opts=self._az)
        self._key = keyvault.Key(
            f"{name}-data-key", key_name="data", vault_name=self._vault.name, resource_group_name=rg_name,
            properties={"kty": "RSA", "key_size": 3072, "key_ops": ["wrapKey", "unwrapKey", "encrypt", "decrypt"],
                        "rotation_policy": {"attributes": {"expiry_time": "P2Y"},
                                            "lifetime_actions": [
                                                {"trigger": {"time_after_create": "P90D"}, "action": {"type": "rotate"}},
                                                {"trigger": {"time_before_expiry": "P30D"}, "action": {"type": "notify"}}]}},
            tags=self._tags, opts=self._az.merge(protect).merge(pulumi.ResourceOptions(depends_on=[deployer])))
        self._cmk_identity = managedidentity.UserAssignedIdentity(
            f"{name}-storage-cmk-identity", resource_group_name=rg_name, location=args.location, tags=self._tags,
            opts=self._az)
        self._cmk_grant = self._role(f"{name}-storage-cmk-grant", self._vault.id, "kv_crypto_service_encryption_user",
                                     self._cmk_identity.principal_id, self._az)

        if args.existing_cluster is not None:
            self._use_existing(name, args.existing_cluster)
        else:
            self._create_cluster(name, args)

        self.register_outputs({
            "cluster_name": self.cluster_name,
            "kubeconfig": self.kubeconfig,
            "oidc_issuer_url": self.oidc_issuer_url,
            "resource_group_name": self.resource_group_name,
            "key_vault_id": self.key_vault_id,
            "region": args.location,
        })

    @staticmethod
    def _validate(args: AzureFoundationArgs) -> None:
        checks.require(isinstance(args, AzureFoundationArgs), f"args={args!r} must be an AzureFoundationArgs")
        checks.require(args.provider is not None, "args.provider is missing: pass the pulumi_azure_native.Provider to use")
        checks.require(bool(args.location), f"args.location={args.location!r} must be an Azure region like 'westeurope'")
        checks.require(bool(args.tenant_id), f"args.tenant_id={args.tenant_id!r} must be the Entra ID tenant id")
        checks.check_native_sidecar_version("args.kubernetes_version", args.kubernetes_version,
                                            "the feedback CronJobs, Pulsar's init Jobs and other platform Jobs")
        checks.check_enum("args.storage_redundancy", args.storage_redundancy, StorageRedundancy)
        cidr.check_restricted("args.storage_allowed_ip_ranges", args.storage_allowed_ip_ranges)
        checks.check_range("args.blob_delete_retention_days", args.blob_delete_retention_days, 1, 365)
        checks.require(args.kubelogin_mode in {m.value for m in KubeloginMode},
                       f"args.kubelogin_mode={args.kubelogin_mode!r} is not allowed; use azurecli, workloadidentity, "
                       "spn, msi, devicecode or azd")
        if args.existing_cluster is not None:
            checks.require(bool(args.existing_cluster.cluster_name), "args.existing_cluster.cluster_name is empty")
            checks.require(args.existing_cluster.node_subnet_id is not None or bool(list(args.storage_allowed_ip_ranges)),
                           "args.existing_cluster.node_subnet_id is None and args.storage_allowed_ip_ranges is empty: "
                           "the storage firewall (default Deny) would admit no pod; give the node subnet or egress IPs")
            return
        vnet = cidr.parse_network("args.vnet_cidr", args.vnet_cidr, max_prefix=22)
        cidr.parse_network("args.pod_cidr", args.pod_cidr, max_prefix=20)
        cidr.parse_network("args.service_cidr", args.service_cidr, max_prefix=24)
        cidr.check_no_overlap([("args.vnet_cidr", args.vnet_cidr), ("args.pod_cidr", args.pod_cidr),
                               ("args.service_cidr", args.service_cidr)])
        checks.require(cidr.contains(args.service_cidr, args.dns_service_ip),
                       f"args.dns_service_ip={args.dns_service_ip!r} must lie inside args.service_cidr={args.service_cidr!r}")
        checks.require(vnet.prefixlen <= 22, "args.vnet_cidr must be /22 or larger")
        checks.check_enum("args.network_policy", args.network_policy, AksNetworkPolicy)
        if not args.private_cluster:
            checks.require(bool(list(args.authorized_ip_ranges)),
                           "args.authorized_ip_ranges is empty and args.private_cluster=False: list the CIDRs allowed "
                           "to reach the API server, or make the cluster private")
            cidr.check_restricted("args.authorized_ip_ranges", args.authorized_ip_ranges)
        checks.check_sizes("args.system", args.system_min_count, None, args.system_max_count)
        checks.require(args.system_min_count >= 1, "args.system_min_count must be >= 1 (the system pool cannot be empty)")
        if args.gpu_node_pool:
            checks.check_sizes("args.gpu", args.gpu_min_count, None, args.gpu_max_count)

    def _role(self, name: str, scope, role: str, principal_id, opts: pulumi.ResourceOptions) -> authorization.RoleAssignment:
        return authorization.RoleAssignment(
            name, scope=scope, principal_id=principal_id, principal_type="ServicePrincipal",
            role_definition_id=self._subscription_id.apply(
                lambda s: f"/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{ROLE[role]}"),
            opts=opts)

    def _use_existing(self, name: str, ex: AzureExistingCluster) -> None:
        self.cluster_name = pulumi.Output.from_input(ex.cluster_name)
        self.kubeconfig = pulumi.Output.secret(ex.kubeconfig)
        self.oidc_issuer_url = pulumi.Output.from_input(ex.oidc_issuer_url)
        self._pg_subnet_id = pulumi.Output.from_input(ex.postgres_subnet_id)
        self._vnet_id = pulumi.Output.from_input(ex.vnet_id)
        self._node_subnet_id = ex.node_subnet_id
        self.k8s_provider = k8s.Provider(f"{name}-k8s", kubeconfig=self.kubeconfig, opts=pulumi.ResourceOptions(parent=self))
        self.storage_class = STORAGE_CLASS
        self.gpu = GpuProfile(tolerations=[GPU_TOLERATION]) if ex.gpu else None

    def _create_cluster(self, name: str, args: AzureFoundationArgs) -> None:
        rg_name = self.resource_group_name
        cluster_name = args.cluster_name_or_default() or naming.dns_label(name, 63)
        node_cidr, apiserver_cidr, pg_cidr = cidr.aks_layout(args.vnet_cidr)
        vnet = network.VirtualNetwork(f"{name}-vnet", resource_group_name=rg_name, location=args.location,
                                      address_space={"address_prefixes": [args.vnet_cidr]}, tags=self._tags,
                                      opts=self._az.merge(pulumi.ResourceOptions(ignore_changes=["subnets"])))
        self._vnet_id = vnet.id
        node_subnet = network.Subnet(f"{name}-nodes-subnet", subnet_name="nodes", resource_group_name=rg_name,
                                     virtual_network_name=vnet.name, address_prefix=node_cidr,
                                     service_endpoints=[{"service": "Microsoft.Storage"}],
                                     default_outbound_access=False, opts=self._az)
        pg_subnet = network.Subnet(
            f"{name}-postgres-subnet", subnet_name="postgres", resource_group_name=rg_name, virtual_network_name=vnet.name,
            address_prefix=pg_cidr, default_outbound_access=False,
            delegations=[{"name": "postgres", "service_name": "Microsoft.DBforPostgreSQL/flexibleServers"}],
            opts=self._az.merge(pulumi.ResourceOptions(depends_on=[node_subnet])))  # subnets of one VNet: one at a time
        # API Server VNet Integration projects the API server into this delegated subnet. KMS with a private
        # key vault is supported only with it ("KMS supports API Server VNet Integration for both private and
        # public key vaults"; Konnectivity is no longer supported for private key vaults:
        # https://learn.microsoft.com/azure/aks/use-kms-etcd-encryption, /azure/aks/api-server-vnet-integration).
        apiserver_subnet = network.Subnet(
            f"{name}-apiserver-subnet", subnet_name="apiserver", resource_group_name=rg_name,
            virtual_network_name=vnet.name, address_prefix=apiserver_cidr, default_outbound_access=False,
            delegations=[{"name": "aks-apiserver", "service_name": "Microsoft.ContainerService/managedClusters"}],
            opts=self._az.merge(pulumi.ResourceOptions(depends_on=[pg_subnet])))
        self._node_subnet_id = node_subnet.id
        self._pg_subnet_id = pg_subnet.id

        # Control-plane identity: KMS on the vault key (Key Vault Contributor also lets AKS approve the private
        # endpoint it creates to the vault), Network Contributor on the node and API server subnets.
        aks_identity = managedidentity.UserAssignedIdentity(f"{name}-aks-identity", resource_group_name=rg_name,
                                                            location=args.location, tags=self._tags, opts=self._az)
        grants = [
            self._role(f"{name}-aks-kms-crypto", self._vault.id, "kv_crypto_user", aks_identity.principal_id, self._az),
            self._role(f"{name}-aks-kms-vault", self._vault.id, "kv_contributor", aks_identity.principal_id, self._az),
            self._role(f"{name}-aks-network", node_subnet.id, "network_contributor", aks_identity.principal_id, self._az),
            self._role(f"{name}-aks-apiserver-network", apiserver_subnet.id, "network_contributor",
                       aks_identity.principal_id, self._az),
        ]
        zones = list(args.availability_zones) or None
        network_profile = {
            "network_plugin": "azure", "network_plugin_mode": "overlay",
            "network_policy": AksNetworkPolicy(args.network_policy).value,
            "pod_cidr": args.pod_cidr, "service_cidr": args.service_cidr, "dns_service_ip": args.dns_service_ip,
            "load_balancer_sku": "standard", "outbound_type": "loadBalancer",
        }
        if AksNetworkPolicy(args.network_policy) == AksNetworkPolicy.CILIUM:
            network_profile["network_dataplane"] = "cilium"
        cluster = containerservice.ManagedCluster(
            f"{name}-aks",
            resource_name_=cluster_name,
            resource_group_name=rg_name,
            location=args.location,
            dns_prefix=naming.dns_label(cluster_name, 54),
            kubernetes_version=args.kubernetes_version,
            sku={"name": "Base", "tier": "Standard"},
            identity={"type": "UserAssigned", "user_assigned_identities": [aks_identity.id]},
            aad_profile={"managed": True, "enable_azure_rbac": True, "tenant_id": args.tenant_id,
                         "admin_group_object_ids": list(args.admin_group_object_ids)},
            disable_local_accounts=True,
            enable_rbac=True,
            oidc_issuer_profile={"enabled": True},
            security_profile={
                "workload_identity": {"enabled": True},
                "azure_key_vault_kms": {"enabled": True, "key_id": self._key.key_uri_with_version,
                                        "key_vault_network_access": "Private", "key_vault_resource_id": self._vault.id},
                "image_cleaner": {"enabled": True, "interval_hours": 168},
            },
            api_server_access_profile={"enable_private_cluster": args.private_cluster,
                                       "authorized_ip_ranges": None if args.private_cluster else list(args.authorized_ip_ranges),
                                       # required by the private key vault above (KMS)
                                       "enable_vnet_integration": True, "subnet_id": apiserver_subnet.id},
            network_profile=network_profile,
            agent_pool_profiles=[{
                "name": "system", "mode": "System", "vm_size": args.system_vm_size, "os_type": "Linux",
                "os_sku": "AzureLinux", "type": "VirtualMachineScaleSets", "enable_auto_scaling": True,
                "count": args.system_min_count, "min_count": args.system_min_count, "max_count": args.system_max_count,
                "vnet_subnet_id": node_subnet.id, "availability_zones": zones,
                "node_labels": {"loom.io/node-role": "system"}, "upgrade_settings": {"max_surge": "33%"},
            }],
            auto_upgrade_profile={"upgrade_channel": "stable", "node_os_upgrade_channel": "NodeImage"},
            tags=self._tags,
            opts=self._az.merge(pulumi.ResourceOptions(
                depends_on=grants, protect=args.protect,
                # the cluster autoscaler owns node counts after creation
                ignore_changes=["agentPoolProfiles[0].count"])))
        self.cluster_name = cluster.name
        self.oidc_issuer_url = cluster.oidc_issuer_profile.apply(lambda p: p.issuer_url if p else None)

        pools = []
        self.gpu = None
        if args.gpu_node_pool:
            pools.append(containerservice.AgentPool(
                f"{name}-gpu-pool", agent_pool_name="gpu", resource_group_name=rg_name, resource_name_=cluster.name,
                mode="User", vm_size=args.gpu_vm_size, os_type="Linux", os_sku="Ubuntu",
                # The AKS cluster autoscaler owns the node count between min_count and max_count (count is only
                # the size at creation, hence ignore_changes below).
                type="VirtualMachineScaleSets", enable_auto_scaling=True, count=args.gpu_min_count,
                min_count=args.gpu_min_count, max_count=args.gpu_max_count, vnet_subnet_id=node_subnet.id,
                availability_zones=list(args.gpu_availability_zones) or zones, node_taints=[GPU_TAINT],
                node_labels={"loom.io/node-role": "gpu"}, gpu_profile={"driver": "Install"},
                opts=self._az.merge(pulumi.ResourceOptions(ignore_changes=["count"]))))
            self.gpu = GpuProfile(tolerations=[GPU_TOLERATION], node_selector={"loom.io/node-role": "gpu"})

        creds = containerservice.list_managed_cluster_user_credentials_output(
            resource_group_name=rg_name, resource_name=cluster.name, format="exec",
            opts=pulumi.InvokeOutputOptions(provider=args.provider, parent=self))
        self.kubeconfig = pulumi.Output.secret(pulumi.Output.all(creds.kubeconfigs, cluster.name).apply(
            lambda v: kubeconfig.aks_from_credentials(_credential_value(v[0][0]), v[1], KubeloginMode(args.kubelogin_mode).value)))
        self.k8s_provider = k8s.Provider(f"{name}-k8s", kubeconfig=self.kubeconfig,
                                         opts=pulumi.ResourceOptions(parent=self, depends_on=[cluster, *pools]))
        self.storage_class = STORAGE_CLASS
        if args.gpu_node_pool:
            nvidia.device_plugin(f"{name}-nvidia-device-plugin", args.nvidia_device_plugin_version,
                                 {"loom.io/node-role": "gpu"}, GPU_TOLERATION,
                                 pulumi.ResourceOptions(parent=self, provider=self.k8s_provider))

    # ------------------------------------------------------------------ Foundation API
    def bucket(self, name: str, spec: BucketSpec, opts: pulumi.ResourceOptions) -> Bucket:
        """A storage account (CMK with infrastructure encryption, HTTPS + TLS 1.2, no public blobs, no shared keys,
        firewall default Deny) with versioning, soft delete and a lifecycle policy, holding one private container.
        The account is protected when spec.protect."""
        checks.check_bucket_spec(spec)
        args = self._args
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, args.provider)
        rg_name = self.resource_group_name
        vnet_rules = [{"virtual_network_resource_id": self._node_subnet_id, "action": "Allow"}] if self._node_subnet_id else []
        account = storage.StorageAccount(
            f"{name}-account",
            account_name=naming.storage_account_name(f"{self._prefix}{spec.purpose.value}", f"{args.location}/{name}"),
            resource_group_name=rg_name, location=args.location,
            kind="StorageV2", sku={"name": StorageRedundancy(args.storage_redundancy).value}, access_tier="Hot",
            enable_https_traffic_only=True, minimum_tls_version="TLS1_2", allow_blob_public_access=False,
            allow_shared_key_access=False, default_to_o_auth_authentication=True, allow_cross_tenant_replication=False,
            public_network_access="Enabled",
            network_rule_set={"default_action": "Deny", "bypass": "AzureServices", "virtual_network_rules": vnet_rules,
                              "ip_rules": [{"i_p_address_or_range": ip, "action": "Allow"} for ip in args.storage_allowed_ip_ranges]},
            identity={"type": "UserAssigned", "user_assigned_identities": [self._cmk_identity.id]},
            encryption={"key_source": "Microsoft.Keyvault", "require_infrastructure_encryption": True,
                        "key_vault_properties": {"key_name": self._key.name, "key_vault_uri": self._vault.properties.vault_uri},
                        "encryption_identity": {"encryption_user_assigned_identity": self._cmk_identity.id},
                        "services": {"blob": {"enabled": True, "key_type": "Account"},
                                     "file": {"enabled": True, "key_type": "Account"}}},
            tags={**self._tags, "loom-purpose": spec.purpose.value},
            opts=pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(), child).merge(
                pulumi.ResourceOptions(protect=spec.protect, depends_on=[self._cmk_grant])))
        under = pulumi.ResourceOptions(parent=account, provider=args.provider)
        retention = {"enabled": True, "days": args.blob_delete_retention_days}
        service = storage.BlobServiceProperties(
            f"{name}-blob-service", account_name=account.name, resource_group_name=rg_name, blob_services_name="default",
            is_versioning_enabled=spec.versioning, delete_retention_policy=retention,
            container_delete_retention_policy=retention, opts=under)
        container = storage.BlobContainer(
            name, container_name=spec.purpose.value, account_name=account.name, resource_group_name=rg_name,
            public_access="None", opts=under.merge(pulumi.ResourceOptions(depends_on=[service], protect=spec.protect)))
        rules = _lifecycle_rules(spec)
        if rules:
            storage.ManagementPolicy(f"{name}-lifecycle", account_name=account.name, resource_group_name=rg_name,
                                     management_policy_name="default", policy={"rules": rules},
                                     opts=under.merge(pulumi.ResourceOptions(depends_on=[service])))
        uri = pulumi.Output.all(container.name, account.name).apply(lambda v: f"abfss://{v[0]}@{v[1]}.dfs.core.windows.net")
        return Bucket(name=container.name, uri=uri, cloud_id=container.id, resource=container)

    def bind_identity(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> WorkloadIdentity:
        """A user-assigned identity federated with exactly system:serviceaccount:<ns>:<sa>, with Blob Data roles
        scoped to each granted container."""
        checks.check_identity_request(request)
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, self._args.provider)
        ns, sa = request.namespace, request.service_account
        identity = managedidentity.UserAssignedIdentity(f"{name}-identity", resource_group_name=self.resource_group_name,
                                                        location=self._args.location, tags=self._tags, opts=child)
        under = pulumi.ResourceOptions(parent=identity, provider=self._args.provider)
        federation = managedidentity.FederatedIdentityCredential(
            f"{name}-federation", resource_group_name=self.resource_group_name, resource_name_=identity.name,
            federated_identity_credential_resource_name=naming.dns_label(f"{ns}-{sa}", 120),
            issuer=self.oidc_issuer_url, subject=naming.k8s_subject(ns, sa), audiences=["api://AzureADTokenExchange"],
            opts=under)
        created: list = [identity, federation]
        for grant in request.grants:
            key = grant.bucket.resource.pulumi_resource_name
            created.append(self._role(f"{name}-{key}-{Access(grant.access).value}", grant.bucket.cloud_id,
                                      ROLE_FOR_ACCESS[Access(grant.access)], identity.principal_id, under))
        account = request.grants[0].bucket.uri.apply(lambda u: u.split("@", 1)[1].split(".", 1)[0])
        return WorkloadIdentity(
            service_account_annotations={"azure.workload.identity/client-id": identity.client_id,
                                         "azure.workload.identity/tenant-id": self._args.tenant_id},
            pod_labels={"azure.workload.identity/use": "true"},
            env={"AZURE_STORAGE_ACCOUNT_NAME": account},
            resources=created)

    def postgres(self, name: str, spec: PostgresSpec, opts: pulumi.ResourceOptions) -> Postgres:
        """PostgreSQL Flexible Server with private access (delegated subnet + private DNS zone), public access
        disabled, require_secure_transport on (TLS >= 1.2), backups kept spec.backup_retention_days, zone-redundant
        HA when asked. Pulumi-protected when spec.protect."""
        checks.check_postgres_spec(spec)
        args = self._args
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, args.provider)
        rg_name = self.resource_group_name
        server_name = naming.dns_label(f"{self._prefix}-{spec.database}", 63)
        zone = privatedns.PrivateZone(f"{name}-dns", private_zone_name=f"{server_name}.private.postgres.database.azure.com",
                                      resource_group_name=rg_name, location="global", tags=self._tags, opts=child)
        link = privatedns.VirtualNetworkLink(
            f"{name}-dns-link", private_zone_name=zone.name, resource_group_name=rg_name, location="global",
            virtual_network={"id": self._vnet_id}, registration_enabled=False, tags=self._tags,
            opts=pulumi.ResourceOptions(parent=zone, provider=args.provider))
        password = pulumi.Output.secret(spec.password)
        cmk_deps = [self._cmk_grant] if args.postgres_cmk else []
        server = dbforpostgresql.Server(
            name, server_name=server_name, resource_group_name=rg_name, location=args.location,
            version=args.postgres_version, administrator_login=spec.username, administrator_login_password=password,
            sku={"name": spec.instance_class or args.postgres_sku, "tier": "GeneralPurpose"},
            storage={"storage_size_gb": checks.azure_pg_storage_gb(spec.storage_gb), "auto_grow": "Enabled"},
            backup={"backup_retention_days": spec.backup_retention_days, "geo_redundant_backup": "Disabled"},
            network={"delegated_subnet_resource_id": self._pg_subnet_id, "private_dns_zone_arm_resource_id": zone.id,
                     "public_network_access": "Disabled"},
            high_availability={"mode": "ZoneRedundant" if spec.high_availability else "Disabled"},
            auth_config={"password_auth": "Enabled", "active_directory_auth": "Disabled"},
            **self._postgres_cmk(),
            tags=self._tags,
            opts=pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(), child).merge(
                pulumi.ResourceOptions(protect=spec.protect, depends_on=[link, *cmk_deps])))
        under = pulumi.ResourceOptions(parent=server, provider=args.provider)
        # One configuration write at a time: the server answers a concurrent write with ServerIsBusy
        # (Azure/ResourceModules#3324, fixed in #4071 by deploying configurations with batchSize 1).
        tls: list[dbforpostgresql.Configuration] = []
        for param, value in (("require_secure_transport", "on"), ("ssl_min_protocol_version", "TLSv1.2")):
            tls.append(dbforpostgresql.Configuration(
                f"{name}-{param.replace('_', '-')}", configuration_name=param, value=value, source="user-override",
                server_name=server.name, resource_group_name=rg_name,
                opts=under.merge(pulumi.ResourceOptions(depends_on=tls[-1:]))))
        database = dbforpostgresql.Database(f"{name}-database", database_name=spec.database, server_name=server.name,
                                            resource_group_name=rg_name, charset="UTF8", collation="en_US.utf8",
                                            opts=under.merge(pulumi.ResourceOptions(depends_on=tls[-1:])))
        return Postgres(host=server.fully_qualified_domain_name, port=pulumi.Output.from_input(5432),
                        database=database.name, username=pulumi.Output.from_input(spec.username), password=password,
                        sslmode="require", resources=[server, *tls, database],
                        egress=[ExternalService(naming.dns_label(f"{spec.database}-postgres", 63),
                                                [server.fully_qualified_domain_name], port=5432, protocol="TCP",
                                                resolution="DNS")])

    def _postgres_cmk(self) -> dict:
        """Data encryption with the foundation's Key Vault key through its CMK identity (versionless key URI,
        so the key's rotation policy applies), when `postgres_cmk`."""
        if not self._args.postgres_cmk:
            return {}
        return {
            "identity": {"type": "UserAssigned",
                         "user_assigned_identities": self._cmk_identity.id.apply(lambda i: {i: {}})},
            "data_encryption": {"type": "AzureKeyVault", "primary_key_uri": self._key.key_uri,
                                "primary_user_assigned_identity_id": self._cmk_identity.id},
        }


def _credential_value(credential) -> str:
    """The base64 kubeconfig of a CredentialResult (typed object from the engine, dict in some SDK paths)."""
    return credential["value"] if isinstance(credential, dict) else credential.value


def _lifecycle_rules(spec: BucketSpec) -> list[dict]:
    rules: list[dict] = []
    block = {"blob_types": ["blockBlob"]}
    if spec.versioning:
        rules.append({"name": "expire-noncurrent", "enabled": True, "type": "Lifecycle", "definition": {
            "filters": block,
            "actions": {"version": {"delete": {"days_after_creation_greater_than": spec.noncurrent_version_expiration_days}}}}})
    base: dict = {}
    if spec.transition_to_cold_days is not None:
        base["tier_to_cool"] = {"days_after_modification_greater_than": spec.transition_to_cold_days}
    if spec.retention_days is not None:
        base["delete"] = {"days_after_modification_greater_than": spec.retention_days}
    if base:
        rules.append({"name": "current-objects", "enabled": True, "type": "Lifecycle",
                      "definition": {"filters": block, "actions": {"base_blob": base}}})
    return rules
