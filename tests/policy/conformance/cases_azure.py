"""Azure: storage accounts (any API version token) with network exposure, anonymous access, CMK, TLS;
PostgreSQL and MySQL flexible servers with Key Vault CMK, private networking, firewall rules, TLS."""

from __future__ import annotations

from tests.policy.builders import res
from tests.policy.conformance.model import advise, allow, deny
from tests.policy.conformance.sources import (AZ_BLOB_ANONYMOUS, AZ_PG_BACKUP, AZ_PG_CMK, AZ_PG_NETWORK, AZ_PG_TLS,
                                              AZ_SHARED_KEY, AZ_STORAGE_CMK, AZ_STORAGE_NETWORK,
                                              AZ_STORAGE_TLS)

PUB, ENC, TLS, DBE, DBP, DBT, DBB = ("object-store-public-access-blocked", "object-store-encryption",
                                     "storage-account-secure-transport", "database-encrypted", "database-not-public",
                                     "database-tls-required", "database-backup-retention")
RG = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/acme"
CMK = {"object-store-encryption": {"requireCustomerManagedKey": True},
       "database-encrypted": {"requireCustomerManagedKey": True}}


def account(token="azure-native:storage:StorageAccount", name="acmedata", **over):
    inputs = {"accountName": name, "resourceGroupName": "acme", "location": "westeurope", "kind": "StorageV2",
              "sku": {"name": "Standard_ZRS"}, "allowBlobPublicAccess": False, "enableHttpsTrafficOnly": True,
              "minimumTlsVersion": "TLS1_2", "allowSharedKeyAccess": False, "publicNetworkAccess": "Disabled",
              "encryption": {"keySource": "Microsoft.Keyvault", "services": {"blob": {"enabled": True}},
                             "keyVaultProperties": {"keyName": "data", "keyVaultUri": "https://acme.vault.azure.net"}}}
    inputs.update(over)
    return res(token, name, {k: v for k, v in inputs.items() if v is not None}, protect=True)


def server(token="azure-native:dbforpostgresql:Server", **over):
    inputs = {"serverName": "acme-pg", "resourceGroupName": "acme", "location": "westeurope", "version": "16",
              "administratorLogin": "app", "administratorLoginPassword": "[secret]",
              "backup": {"backupRetentionDays": 14, "geoRedundantBackup": "Disabled"},
              "network": {"publicNetworkAccess": "Disabled", "delegatedSubnetResourceId": f"{RG}/subnets/db"},
              "identity": {"type": "UserAssigned", "userAssignedIdentities": {f"{RG}/identities/pg": {}}},
              "dataEncryption": {"type": "AzureKeyVault", "primaryKeyURI": "https://acme.vault.azure.net/keys/pg/1",
                                 "primaryUserAssignedIdentityId": f"{RG}/identities/pg"}}
    inputs.update(over)
    return res(token, "pg", {k: v for k, v in inputs.items() if v is not None}, protect=True)


def firewall(start, end, module="dbforpostgresql"):
    return res(f"azure-native:{module}:FirewallRule", f"fw-{start}-{end}", {
        "serverName": "acme-pg", "resourceGroupName": "acme", "startIpAddress": start, "endIpAddress": end})


CASES = [
    deny("az-open-network-default-allow", PUB, AZ_STORAGE_NETWORK,
         [account(publicNetworkAccess="Enabled", networkRuleSet={"defaultAction": "Allow"})], expect="defaultAction Allow"),
    deny("az-public-network-unset-no-rules", PUB, AZ_STORAGE_NETWORK, [account(publicNetworkAccess=None)],
         expect="any network"),
    deny("az-versioned-token-anonymous-blob", PUB, AZ_BLOB_ANONYMOUS,
         [account("azure-native:storage/v20230501:StorageAccount", allowBlobPublicAccess=True)],
         expect="allowBlobPublicAccess"),
    deny("az-container-public-access", PUB, AZ_BLOB_ANONYMOUS,
         [account(), res("azure-native:storage:BlobContainer", "c", {"accountName": "acmedata", "resourceGroupName": "acme",
                                                                    "containerName": "c", "publicAccess": "Blob"})],
         expect="Blob"),
    allow("az-enabled-with-deny-default", PUB, AZ_STORAGE_NETWORK,
          [account(publicNetworkAccess="Enabled", networkRuleSet={
              "defaultAction": "Deny", "bypass": "AzureServices",
              "virtualNetworkRules": [{"virtualNetworkResourceId": f"{RG}/subnets/nodes"}]})]),
    allow("az-network-rule-values-any-case", PUB, AZ_STORAGE_NETWORK,
          [account(publicNetworkAccess="enabled", networkRuleSet={"defaultAction": "deny"})]),
    deny("az-microsoft-managed-key", ENC, AZ_STORAGE_CMK, [account(encryption={"keySource": "Microsoft.Storage"})],
         config=CMK, expect="Microsoft.Keyvault"),
    allow("az-keyvault-key", ENC, AZ_STORAGE_CMK, [account()], config=CMK),
    advise("az-shared-key-access-on", "storage-account-shared-key-disabled", AZ_SHARED_KEY,
           [account(allowSharedKeyAccess=True)], expect="allowSharedKeyAccess"),
    allow("az-shared-key-access-off", "storage-account-shared-key-disabled", AZ_SHARED_KEY, [account()]),
    deny("az-tls-1-0", TLS, AZ_STORAGE_TLS, [account(minimumTlsVersion="TLS1_0")], expect="TLS1_0"),
    allow("az-tls-1-2", TLS, AZ_STORAGE_TLS, [account()]),
    deny("az-pg-system-managed-key", DBE, AZ_PG_CMK, [server(dataEncryption={"type": "SystemManaged"})], config=CMK,
         expect="AzureKeyVault"),
    deny("az-mysql-versioned-no-cmk", DBE, AZ_PG_CMK,
         [server("azure-native:dbformysql/v20231230:Server", dataEncryption=None)], config=CMK),
    deny("az-pg-geo-backup-without-geo-key", DBE, AZ_PG_CMK,
         [server(backup={"backupRetentionDays": 14, "geoRedundantBackup": "Enabled"})], config=CMK,
         expect="geoBackupKeyURI"),
    allow("az-pg-keyvault-cmk", DBE, AZ_PG_CMK, [server()], config=CMK),
    deny("az-pg-public-network", DBP, AZ_PG_NETWORK, [server(network={"publicNetworkAccess": "Enabled"})]),
    deny("az-pg-firewall-everything", DBP, AZ_PG_NETWORK, [firewall("0.0.0.0", "255.255.255.255")], expect="every IPv4"),
    deny("az-mysql-firewall-all-azure", DBP, AZ_PG_NETWORK, [firewall("0.0.0.0", "0.0.0.0", "dbformysql")],
         expect="every Azure service"),
    allow("az-pg-private-and-narrow-rule", DBP, AZ_PG_NETWORK, [server(), firewall("10.20.0.4", "10.20.0.4")]),
    deny("az-pg-secure-transport-off", DBT, AZ_PG_TLS,
         [server(), res("azure-native:dbforpostgresql:Configuration", "tls", {
             "serverName": "acme-pg", "resourceGroupName": "acme", "configurationName": "require_secure_transport",
             "value": "OFF", "source": "user-override"})], expect="require_secure_transport=off"),
    allow("az-pg-secure-transport-default", DBT, AZ_PG_TLS, [server()]),
    deny("az-pg-3-day-backups", DBB, AZ_PG_BACKUP, [server(backup={"backupRetentionDays": 3})], expect="3"),
]
