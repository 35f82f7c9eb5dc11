"""AzureFoundation under Pulumi mocks: what `pulumi up` would send to Azure Resource Manager."""

from __future__ import annotations

import base64

import pulumi
import pytest
import yaml

from components.foundation import (
    Access,
    AzureExistingCluster,
    AzureFoundationArgs,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    IdentityRequest,
    PostgresSpec,
)
from loom import mocks
from tests.foundation import harness
from tests.foundation.harness import is_secret, unsecret



def _token_kubeconfig(args: dict) -> dict:
    """What the credentials API may hand back: a kubeconfig with an API token, which must never reach the outputs."""
    cfg = {"apiVersion": "v1", "kind": "Config", "clusters": [{"name": "c", "cluster": {
        "server": "https://loom.hcp.westeurope.azmk8s.io:443", "certificate-authority-data": "Q0EtREFUQQ=="}}],
        "users": [{"name": "u", "user": {"token": "MUST-NOT-LEAK"}}]}
    return {"kubeconfigs": [{"name": "clusterUser", "value": base64.b64encode(yaml.safe_dump(cfg).encode()).decode()}]}


CREDENTIALS = {"azure-native:containerservice:listManagedClusterUserCredentials": _token_kubeconfig}


def _issuer(graph) -> str:
    """The AKS OIDC issuer as the (mock) provider computed it."""
    issuer = graph.one("azure-native:containerservice:ManagedCluster").outputs["oidcIssuerProfile"]["issuerURL"]
    assert issuer.startswith("https://westeurope.oic.prod-aks.azure.com/")
    return issuer


def _program(args_kw: dict | None = None, existing: bool = False):
    import pulumi_azure_native as azure_native

    from components.foundation.azure import AzureFoundation

    def program():
        provider = azure_native.Provider("azure", location="westeurope")
        kw = dict(provider=provider, location="westeurope", tenant_id="tenant-1", authorized_ip_ranges=["203.0.113.0/24"])
        kw.update(args_kw or {})
        if existing:
            kw["existing_cluster"] = AzureExistingCluster(
                cluster_name="shared-aks", kubeconfig="apiVersion: v1\n", oidc_issuer_url="https://issuer.example/x/",
                postgres_subnet_id="/subscriptions/s/.../subnets/pg", vnet_id="/subscriptions/s/.../virtualNetworks/v",
                node_subnet_id="/subscriptions/s/.../subnets/nodes")
        f = AzureFoundation("loom", AzureFoundationArgs(**kw))
        lake = f.bucket("lake-bucket", BucketSpec(BucketPurpose.LAKE, transition_to_cold_days=30, retention_days=365),
                        pulumi.ResourceOptions(parent=f))
        models = f.bucket("models-bucket", BucketSpec(BucketPurpose.MODELS), pulumi.ResourceOptions(parent=f))
        wi = f.bind_identity("triton-identity", IdentityRequest("loom-serving", "triton", [BucketGrant(models, Access.READ)]),
                             pulumi.ResourceOptions(parent=f))
        wi_rw = f.bind_identity("collector-identity", IdentityRequest("loom-system", "otel-collector",
                                                                       [BucketGrant(lake, Access.READ_WRITE)]),
                                pulumi.ResourceOptions(parent=f))
        pg = f.postgres("mlflow-db", PostgresSpec("mlflow", "mlflow", pulumi.Output.secret("s3cret"), storage_gb=50,
                                                  backup_retention_days=21, high_availability=True),
                        pulumi.ResourceOptions(parent=f))
        return {"f": f, "wi": wi, "wi_rw": wi_rw, "pg": pg, "lake": lake}

    return program


@pytest.fixture(scope="module")
def graph():
    return harness.run(_program(), invoke_results=CREDENTIALS)


def test_attributes(graph):
    f = graph.value["f"]
    assert f.cloud.value == "azure" and f.store_kind.value == "azure-blob" and f.region == "westeurope"
    assert harness.resolve(f.oidc_issuer_url) == _issuer(graph)


def test_aks_has_workload_identity_entra_auth_kms_and_network_policy(graph):
    aks = graph.one("azure-native:containerservice:ManagedCluster")
    i = aks.inputs
    assert i["oidcIssuerProfile"]["enabled"] is True
    assert i["securityProfile"]["workloadIdentity"]["enabled"] is True
    kms = i["securityProfile"]["azureKeyVaultKms"]
    assert kms["enabled"] is True and kms["keyId"] == graph.one("azure-native:keyvault:Key").outputs["keyUriWithVersion"]
    assert i["disableLocalAccounts"] is True and i["aadProfile"]["enableAzureRBAC"] is True
    assert i["apiServerAccessProfile"]["authorizedIPRanges"] == ["203.0.113.0/24"]
    assert i["networkProfile"]["networkPolicy"] == "cilium" and i["networkProfile"]["networkDataplane"] == "cilium"
    assert aks.protect


def test_kubeconfig_is_exec_based_and_never_carries_api_credentials(graph):
    f = graph.value["f"]
    assert harness.output_is_secret(f.kubeconfig)
    cfg = yaml.safe_load(harness.resolve(f.kubeconfig))
    assert "MUST-NOT-LEAK" not in str(cfg)
    assert cfg["users"][0]["user"]["exec"]["command"] == "kubelogin"


def test_gpu_pool_is_tainted(graph):
    pool = graph.one("azure-native:containerservice:AgentPool").inputs
    assert pool["vmSize"] == "Standard_NC4as_T4_v3" and pool["mode"] == "User"
    assert pool["nodeTaints"] == ["nvidia.com/gpu=true:NoSchedule"]
    assert graph.one("kubernetes:helm.sh/v3:Release").inputs["chart"] == "nvidia-device-plugin"


def test_storage_accounts_are_cmk_encrypted_https_only_private_and_keyless(graph):
    accounts = graph.of_type("azure-native:storage:StorageAccount")
    assert len(accounts) == 2
    for a in accounts:
        i = a.inputs
        assert i["enableHttpsTrafficOnly"] is True and i["minimumTlsVersion"] == "TLS1_2"
        assert i["allowBlobPublicAccess"] is False and i["allowSharedKeyAccess"] is False
        assert i["networkRuleSet"]["defaultAction"] == "Deny"
        enc = i["encryption"]
        assert enc["keySource"] == "Microsoft.Keyvault" and enc["requireInfrastructureEncryption"] is True
        assert enc["keyVaultProperties"]["keyName"] == "data"
        assert a.protect
        children = {r.type: r for r in graph.resources if r.parent == a.urn}
        svc = children["azure-native:storage:BlobServiceProperties"].inputs
        assert svc["isVersioningEnabled"] is True and svc["deleteRetentionPolicy"]["enabled"] is True
        assert children["azure-native:storage:BlobContainer"].inputs["publicAccess"] == "None"
    lake_account = graph.one("azure-native:storage:StorageAccount", "lake-bucket-account")
    policy = next(r for r in graph.resources if r.parent == lake_account.urn and r.type.endswith("ManagementPolicy"))
    rules = {r["name"]: r for r in policy.inputs["policy"]["rules"]}
    base = rules["current-objects"]["definition"]["actions"]["baseBlob"]
    assert base["delete"]["daysAfterModificationGreaterThan"] == 365
    assert base["tierToCool"]["daysAfterModificationGreaterThan"] == 30
    assert rules["expire-noncurrent"]["definition"]["actions"]["version"]["delete"]["daysAfterCreationGreaterThan"] == 30


def test_federated_credentials_and_scoped_roles(graph):
    fed = graph.one("azure-native:managedidentity:FederatedIdentityCredential", "triton-identity-federation").inputs
    assert fed["subject"] == "system:serviceaccount:loom-serving:triton"
    assert fed["issuer"] == _issuer(graph) and fed["audiences"] == ["api://AzureADTokenExchange"]
    roles = {r.name: r.inputs for r in graph.of_type("azure-native:authorization:RoleAssignment")}
    read = roles["triton-identity-models-bucket-read"]
    assert read["roleDefinitionId"].endswith("/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1")  # Storage Blob Data Reader
    models_container = graph.one("azure-native:storage:BlobContainer", "models-bucket")
    assert read["scope"] == models_container.outputs["id"]
    assert roles["collector-identity-lake-bucket-read-write"]["roleDefinitionId"].endswith(
        "/ba92f5b4-2d11-453d-a403-e96b0029c9fe")  # Storage Blob Data Contributor
    wi = graph.value["wi"]
    assert wi.pod_labels == {"azure.workload.identity/use": "true"}
    identity = graph.one("azure-native:managedidentity:UserAssignedIdentity", "triton-identity-identity")
    assert harness.resolve(wi.service_account_annotations["azure.workload.identity/client-id"]) == identity.outputs["clientId"]


def test_postgres_is_private_tls_backed_up_and_ha(graph):
    server = graph.one("azure-native:dbforpostgresql:Server")
    i = server.inputs
    assert i["network"]["publicNetworkAccess"] == "Disabled"
    assert i["network"]["delegatedSubnetResourceId"] == graph.one("azure-native:network:Subnet", "loom-postgres-subnet").outputs["id"]
    assert i["backup"]["backupRetentionDays"] == 21
    assert i["highAvailability"]["mode"] == "ZoneRedundant"
    assert i["storage"]["storageSizeGB"] == 64  # the smallest Flexible Server size holding 50 GiB
    assert is_secret(i["administratorLoginPassword"]) and unsecret(i["administratorLoginPassword"]) == "s3cret"
    assert server.protect
    conf = {r.inputs["configurationName"]: r.inputs["value"] for r in graph.of_type("azure-native:dbforpostgresql:Configuration")}
    assert conf == {"require_secure_transport": "on", "ssl_min_protocol_version": "TLSv1.2"}
    pg_subnet = graph.one("azure-native:network:Subnet", "loom-postgres-subnet").inputs
    assert pg_subnet["delegations"][0]["serviceName"] == "Microsoft.DBforPostgreSQL/flexibleServers"


def test_postgres_is_encrypted_with_the_key_vault_key(graph):
    """Customer-managed key through the foundation's CMK identity (granted Crypto Service Encryption User); the
    versionless key URI follows the key's rotation policy."""
    i = graph.one("azure-native:dbforpostgresql:Server").inputs
    identity = graph.one("azure-native:managedidentity:UserAssignedIdentity", "loom-storage-cmk-identity").outputs["id"]
    assert i["identity"] == {"type": "UserAssigned", "userAssignedIdentities": {identity: {}}}
    key = graph.one("azure-native:keyvault:Key", "loom-data-key").outputs
    assert i["dataEncryption"] == {"type": "AzureKeyVault", "primaryKeyURI": key["keyUri"],
                                   "primaryUserAssignedIdentityId": identity}
    (db,) = graph.value["pg"].egress
    assert (db.name, db.port, db.protocol, db.resolution) == ("mlflow-postgres", 5432, "TCP", "DNS")
    assert [e.name for e in graph.value["f"].egress] == ["azure-storage", "entra-id"]


def test_key_vault_is_protected_and_purge_protected(graph):
    kv = graph.one("azure-native:keyvault:Vault")
    deployer = graph.one("azure-native:authorization:RoleAssignment", "loom-deployer-kv-crypto-officer").inputs
    client = mocks.invoke_outputs("azure-native:authorization:getClientConfig", {})  # the deploying identity
    assert deployer["principalId"] == client["objectId"] and deployer["scope"] == kv.outputs["id"]
    assert kv.inputs["properties"]["networkAcls"]["defaultAction"] == "Deny"
    assert kv.protect and kv.inputs["properties"]["enablePurgeProtection"] is True
    assert kv.inputs["properties"]["enableRbacAuthorization"] is True


def test_no_static_keys_and_explicit_providers(graph):
    assert harness.static_key_findings(graph) == []
    for r in graph.resources:
        if r.type.startswith("azure-native:"):
            assert "pulumi:providers:azure-native::azure" in r.provider, f"{r.type} {r.name}"


def test_existing_cluster_mode():
    g = harness.run(_program(existing=True))
    for typ in ("azure-native:containerservice:ManagedCluster", "azure-native:network:VirtualNetwork",
                "azure-native:containerservice:AgentPool"):
        assert not g.of_type(typ), typ
    assert g.one("azure-native:managedidentity:FederatedIdentityCredential", "triton-identity-federation").inputs["issuer"] == \
        "https://issuer.example/x/"
    assert g.one("azure-native:dbforpostgresql:Server").inputs["network"]["delegatedSubnetResourceId"] == \
        "/subscriptions/s/.../subnets/pg"
    rules = g.one("azure-native:storage:StorageAccount", "lake-bucket-account").inputs["networkRuleSet"]["virtualNetworkRules"]
    assert rules == [{"virtualNetworkResourceId": "/subscriptions/s/.../subnets/nodes", "action": "Allow"}]


@pytest.mark.parametrize("kw, message", [
    ({"authorized_ip_ranges": []}, r"args.authorized_ip_ranges is empty and args.private_cluster=False"),
    ({"authorized_ip_ranges": ["0.0.0.0/0"]}, r"whole internet"),
    ({"network_policy": "weave"}, r"args.network_policy='weave' is not allowed"),
    ({"dns_service_ip": "10.1.0.10"}, r"args.dns_service_ip='10.1.0.10' must lie inside args.service_cidr"),
    ({"kubelogin_mode": "password"}, r"args.kubelogin_mode='password' is not allowed"),
    ({"system_min_count": 0}, r"args.system_min_count must be >= 1"),
    # Issue 10: meshed Jobs finish only with native sidecars (Kubernetes 1.29+); AKS 1.28 was accepted before.
    ({"kubernetes_version": "1.28"}, r"args.kubernetes_version='1.28' must be a version like '1.33' and at least 1.29"),
])
def test_bad_args_fail_early(kw, message):
    with pytest.raises(ValueError, match=message):
        harness.run(_program(kw))


def test_every_property_name_exists_in_the_provider_schema(graph):
    from tests.foundation import schema_names

    assert schema_names.unknown_keys(graph) == []


# --- issue 10: what a real AKS / Flexible Server would enforce ------------------------------------------


def test_kms_with_a_private_key_vault_runs_with_api_server_vnet_integration(graph):
    """Defect 12 (issue 10): AKS secrets encryption used a private key vault (`keyVaultNetworkAccess: Private`)
    without API Server VNet Integration, a combination AKS documents as unsupported ("KMS supports API Server
    VNet Integration for both private and public key vaults"; Konnectivity is no longer supported for private
    key vaults). The API server must be projected into a delegated subnet the control plane may manage."""
    aks = graph.one("azure-native:containerservice:ManagedCluster").inputs
    kms = aks["securityProfile"]["azureKeyVaultKms"]
    access = aks["apiServerAccessProfile"]
    if kms["keyVaultNetworkAccess"] == "Private":
        assert access.get("enableVnetIntegration") is True, "a private key vault needs API Server VNet Integration"
    subnet = next(s for s in graph.of_type("azure-native:network:Subnet") if s.outputs.get("id") == access["subnetId"])
    assert subnet.inputs["delegations"] == [{"name": "aks-apiserver", "serviceName": "Microsoft.ContainerService/managedClusters"}]
    assert subnet.inputs["addressPrefix"] == "10.60.128.0/28"
    identity = graph.one("azure-native:managedidentity:UserAssignedIdentity", "loom-aks-identity").outputs["principalId"]
    grants = [r.inputs for r in graph.of_type("azure-native:authorization:RoleAssignment")
              if r.inputs["principalId"] == identity and r.inputs["scope"] == subnet.outputs["id"]]
    assert [g["roleDefinitionId"].rsplit("/", 1)[1] for g in grants] == ["4d97b98b-1d4f-4787-a291-c67834d212e7"]
    subnets = [s.inputs["addressPrefix"] for s in graph.of_type("azure-native:network:Subnet")]
    from components.foundation import cidr

    cidr.check_no_overlap([(p, p) for p in subnets])


def test_postgres_configurations_are_written_one_after_another(graph):
    """Defect 13 (issue 10): two Flexible Server `Configuration` resources were applied in parallel and the
    server answers concurrent configuration writes with ServerIsBusy. Each write must wait for the previous one,
    and the database for the last."""
    configs = graph.of_type("azure-native:dbforpostgresql:Configuration")
    assert len(configs) == 2
    urns = {c.urn for c in configs}
    later = [c for c in configs if urns & set(c.dependencies)]
    assert len(later) == 1, "exactly one configuration must wait for the other"
    first, second = next(c for c in configs if c is not later[0]), later[0]
    assert first.urn in second.dependencies
    database = graph.one("azure-native:dbforpostgresql:Database")
    assert second.urn in database.dependencies


def test_gpu_and_system_pools_autoscale_within_their_settings():
    """Node capacity (issue 10): the AKS cluster autoscaler owns the GPU pool between the stack's minimum and
    maximum (and the system pool likewise); Pulumi never resets the node count it chose."""
    g = harness.run(_program({"gpu_min_count": 1, "gpu_max_count": 5, "system_min_count": 3, "system_max_count": 7,
                              "gpu_availability_zones": ["2", "3"]}))
    pool = g.one("azure-native:containerservice:AgentPool")
    i = pool.inputs
    assert i["enableAutoScaling"] is True and (i["minCount"], i["maxCount"], i["count"]) == (1, 5, 1)
    assert i["availabilityZones"] == ["2", "3"]
    assert "count" in pool.ignore_changes
    system = g.one("azure-native:containerservice:ManagedCluster")
    profile = system.inputs["agentPoolProfiles"][0]
    assert profile["enableAutoScaling"] is True and (profile["minCount"], profile["maxCount"]) == (3, 7)
    assert "agentPoolProfiles[0].count" in system.ignore_changes
