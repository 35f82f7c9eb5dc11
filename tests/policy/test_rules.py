"""Every rule: at least one violating and one compliant case, run through the harness (real pack
process, real gRPC). Cases are small graphs built from the providers' real type tokens."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.policy import builders as b
from tests.policy import cloud as c


@dataclass
class Case:
    id: str
    rule: str
    violates: bool
    resources: list
    config: dict | None = None
    expect_in: str | None = None  # substring the violation message must contain
    extra: dict = field(default_factory=dict)


def V(id_, rule, resources, config=None, expect_in=None):  # noqa: N802 - reads as a table
    return Case(id_, rule, True, resources, config, expect_in)


def OK(id_, rule, resources, config=None):  # noqa: N802
    return Case(id_, rule, False, resources, config)


mesh = b.mesh_baseline
bucket = c.s3_bucket("lake")
bucket_model = c.s3_bucket("models")
acct = c.storage_account("lake")
cluster = c.eks()

REVIEWED_STATUS_PORT = {"peer-authentication-strict": {"allowedPortOverrides": ["loom-data/pg*:8000"]}}
"""A stack's reviewed exception (as policy/config/{dev,edge,onprem}.json hold for CloudNativePG's status port)."""

CASES = [
    # --- mesh ---------------------------------------------------------------------------------
    OK("strict-mesh-wide", "mesh-strict-mtls-required", mesh()),
    V("permissive-mesh-wide", "mesh-strict-mtls-required",
      [b.namespace("istio-system"), b.peer_auth("default", "istio-system", "PERMISSIVE")]),
    V("strict-only-with-selector", "mesh-strict-mtls-required",
      [b.peer_auth("default", "istio-system", "STRICT", selector={"app": "x"})]),
    V("strict-in-wrong-namespace", "mesh-strict-mtls-required", [b.peer_auth("default", "loom-serving", "STRICT")]),
    OK("custom-root-namespace", "mesh-strict-mtls-required", [b.peer_auth("default", "mesh-root", "STRICT")],
       config={"mesh-strict-mtls-required": {"rootNamespace": "mesh-root"}}),
    OK("pa-strict", "peer-authentication-strict", [b.peer_auth("default", "istio-system", "STRICT")]),
    OK("pa-unset-inherits", "peer-authentication-strict", [b.peer_auth("ns", "loom-data", "UNSET")]),
    V("pa-permissive", "peer-authentication-strict", [b.peer_auth("legacy", "loom-data", "PERMISSIVE")]),
    OK("pa-cnpg-status-port-excepted", "peer-authentication-strict",
       [b.peer_auth("pg-status", "loom-data", "STRICT", selector={"cnpg.io/cluster": "pg"},
                    portLevelMtls={"8000": {"mode": "PERMISSIVE"}})], config=REVIEWED_STATUS_PORT),
    V("pa-cnpg-postgres-port-not-excepted", "peer-authentication-strict",
      [b.peer_auth("pg", "loom-data", "STRICT", selector={"cnpg.io/cluster": "pg"},
                   portLevelMtls={"5432": {"mode": "PERMISSIVE"}})], REVIEWED_STATUS_PORT, expect_in="portLevelMtls[5432]"),
    V("pa-excepted-port-other-namespace", "peer-authentication-strict",
      [b.peer_auth("pg", "loom-serving", "STRICT", selector={"cnpg.io/cluster": "pg"},
                   portLevelMtls={"8000": {"mode": "PERMISSIVE"}})], REVIEWED_STATUS_PORT),
    V("pa-excepted-port-without-selector", "peer-authentication-strict",
      [b.peer_auth("pg", "loom-data", "STRICT", portLevelMtls={"8000": {"mode": "PERMISSIVE"}})], REVIEWED_STATUS_PORT),
    V("pa-excepted-port-disabled", "peer-authentication-strict",
      [b.peer_auth("pg", "loom-data", "STRICT", selector={"cnpg.io/cluster": "pg"},
                   portLevelMtls={"8000": {"mode": "DISABLE"}})], REVIEWED_STATUS_PORT),
    V("pa-status-port-not-reviewed", "peer-authentication-strict",
      [b.peer_auth("pg-status", "loom-data", "STRICT", selector={"cnpg.io/cluster": "pg"},
                   portLevelMtls={"8000": {"mode": "PERMISSIVE"}})]),
    V("pa-port-disable", "peer-authentication-strict",
      [b.peer_auth("metrics", "loom-serving", "STRICT", portLevelMtls={"8002": {"mode": "DISABLE"}})],
      expect_in="portLevelMtls"),
    OK("dr-mutual", "destination-rule-istio-mutual", [b.destination_rule("triton", "loom-serving")]),
    V("dr-simple", "destination-rule-istio-mutual", [b.destination_rule("triton", "loom-serving", "SIMPLE")]),
    V("dr-unset", "destination-rule-istio-mutual", [b.destination_rule("triton", "loom-serving", None)]),
    V("dr-subset-override", "destination-rule-istio-mutual", [b.destination_rule(
        "triton", "loom-serving", subsets=[{"name": "canary", "labels": {"track": "canary"},
                                            "trafficPolicy": {"tls": {"mode": "DISABLE"}}}])],
      expect_in="canary"),
    OK("default-deny-everywhere", "namespace-default-deny", mesh()),
    V("missing-deny-in-loom-data", "namespace-default-deny",
      [b.namespace("loom-serving"), b.authz("default-deny", "loom-serving", {}), b.namespace("loom-data"),
       b.authz("allow-mlflow", "loom-data", {"selector": {"matchLabels": {"app": "mlflow"}},
                                             "rules": [{"from": [{"source": {"namespaces": ["loom-serving"]}}]}]})],
      expect_in="loom-data"),
    OK("deny-action-with-empty-rule", "namespace-default-deny",
       [b.namespace("loom-system"), b.authz("deny-all", "loom-system", {"action": "DENY", "rules": [{}]})]),
    OK("explicit-allow", "authorization-policy-no-allow-all", [b.authz("allow-rag", "loom-serving", {
        "action": "ALLOW", "rules": [{"from": [{"source": {"principals": ["cluster.local/ns/loom-system/sa/rag"]}}],
                                      "to": [{"operation": {"ports": ["8000"]}}]}]})]),
    V("allow-all-rule", "authorization-policy-no-allow-all",
      [b.authz("allow-all", "loom-serving", {"action": "ALLOW", "rules": [{}]})]),
    OK("no-opt-out", "no-sidecar-opt-out", [b.deployment()]),
    V("opt-out-annotation", "no-sidecar-opt-out",
      [b.deployment(pod_annotations={"sidecar.istio.io/inject": "false"})], expect_in="annotation"),
    V("opt-out-label", "no-sidecar-opt-out", [b.deployment(pod_labels={**b.CLASS, "sidecar.istio.io/inject": "false"})]),
    V("namespace-injection-disabled", "no-sidecar-opt-out",
      [b.namespace("loom-data", {"istio-injection": "disabled", **b.CLASS})]),
    V("helm-values-opt-out", "no-sidecar-opt-out", [b.helm("prometheus", "prometheus", "loom-system", {
        "server": {"podAnnotations": {"sidecar.istio.io/inject": "false"}}})], expect_in="values.server"),
    OK("helm-values-in-mesh", "no-sidecar-opt-out", [b.helm("prometheus", "prometheus", "loom-system", {
        "server": {"podAnnotations": {"sidecar.istio.io/inject": "true"}}})]),
    OK("monitoring-namespace-exempt", "no-sidecar-opt-out",
       [b.namespace("loom-monitoring", {"istio-injection": "disabled", **b.CLASS})]),
    V("platform-namespace-never-exempt-by-default", "no-sidecar-opt-out",
      [b.namespace("loom-serving", {"istio-injection": "disabled", **b.CLASS})]),
    V("monitoring-not-exempt-when-configured-strict", "no-sidecar-opt-out",
      [b.namespace("loom-monitoring", {"istio-injection": "disabled", **b.CLASS})],
      config={"no-sidecar-opt-out": {"exemptNamespaces": ["kube-system"]}}),
    OK("kube-system-exempt", "no-sidecar-opt-out",
       [b.deployment(ns="kube-system", pod_annotations={"sidecar.istio.io/inject": "false"})]),
    OK("injection-label", "platform-namespace-injection", [b.namespace("loom-serving")]),
    OK("revision-label", "platform-namespace-injection",
       [b.namespace("loom-serving", {"istio.io/rev": "1-26", **b.CLASS})]),
    V("no-injection-label", "platform-namespace-injection", [b.namespace("loom-serving", dict(b.CLASS))]),
    # --- workloads ------------------------------------------------------------------------------
    OK("requests-limits", "resource-requests-and-limits", [b.deployment()]),
    V("no-resources", "resource-requests-and-limits", [b.deployment(containers=[b.container(resources={})])]),
    V("cpu-limit-required-by-config", "resource-requests-and-limits", [b.deployment()],
      config={"resource-requests-and-limits": {"requiredLimits": ["cpu", "memory"]}}, expect_in="limits.cpu"),
    OK("digest", "image-pinned-by-digest", [b.deployment()]),
    V("tag-only", "image-pinned-by-digest",
      [b.deployment(containers=[b.container(image="nvcr.io/nvidia/tritonserver:25.01-py3")])]),
    OK("tagged", "no-latest-tag", [b.deployment(containers=[b.container(image="ghcr.io/mlflow/mlflow:v3.1.0")])]),
    OK("registry-port-not-a-tag", "no-latest-tag",
       [b.deployment(containers=[b.container(image="registry.local:5000/loom/guard:1.2")])]),
    V("latest", "no-latest-tag", [b.deployment(containers=[b.container(image="milvusdb/milvus:latest")])]),
    V("no-tag", "no-latest-tag", [b.deployment(containers=[b.container(image="registry.local:5000/loom/guard")])]),
    OK("deployment-not-bare", "no-bare-pods", [b.deployment(), b.cronjob()]),
    V("bare-pod", "no-bare-pods", [b.pod()]),
    OK("gateway-lb", "loadbalancer-only-mesh-gateway",
       [b.service("istio-ingressgateway", "istio-ingress", "LoadBalancer", labels={"istio": "ingressgateway"},
                  selector={"istio": "ingressgateway"})]),
    OK("gateway-helm-lb", "loadbalancer-only-mesh-gateway",
       [b.helm("istio-ingress", "gateway", "istio-ingress", {"service": {"type": "LoadBalancer"}})]),
    OK("clusterip", "loadbalancer-only-mesh-gateway", [b.service("triton", "loom-serving")]),
    OK("allow-listed-lb", "loadbalancer-only-mesh-gateway", [b.service("edge-proxy", "loom-system", "LoadBalancer")],
       config={"loadbalancer-only-mesh-gateway": {"allowedServices": ["loom-system/edge-proxy"]}}),
    V("triton-lb", "loadbalancer-only-mesh-gateway", [b.service("triton", "loom-serving", "LoadBalancer")]),
    V("lb-in-gateway-namespace-without-label", "loadbalancer-only-mesh-gateway",
      [b.service("other", "istio-ingress", "LoadBalancer")]),
    V("milvus-helm-lb", "loadbalancer-only-mesh-gateway",
      [b.helm("milvus", "milvus", "loom-data", {"service": {"type": "LoadBalancer", "port": 19530}})],
      expect_in="values.service.type"),
    OK("classified", "data-classification-label", [b.deployment(), b.namespace("loom-data")]),
    V("namespace-unclassified", "data-classification-label", [b.namespace("loom-data", {"istio-injection": "enabled"})]),
    V("pod-template-unclassified", "data-classification-label", [b.deployment(pod_labels={})],
      expect_in="pod template"),
    V("bad-classification-value", "data-classification-label",
      [b.deployment(labels={"loom.io/data-classification": "secret"})], expect_in="'secret'"),
    # --- storage --------------------------------------------------------------------------------
    OK("s3-kms", "object-store-encryption", [bucket, *c.s3_settings(bucket)],
       config={"object-store-encryption": {"requireCustomerManagedKey": True}}),
    OK("s3-aes-default", "object-store-encryption", [bucket, *c.s3_settings(bucket, sse="AES256")]),
    OK("s3-joined-by-name", "object-store-encryption", [bucket, *c.s3_settings(bucket, by_name=True)]),
    V("s3-no-sse", "object-store-encryption", [bucket, *c.s3_settings(bucket, sse=None)]),
    V("s3-aes-but-cmk-required", "object-store-encryption", [bucket, *c.s3_settings(bucket, sse="AES256")],
      config={"object-store-encryption": {"requireCustomerManagedKey": True}}, expect_in="customer-managed"),
    V("s3-sse-for-other-bucket", "object-store-encryption",
      [bucket, bucket_model, *c.s3_settings(bucket_model)], expect_in="'lake'"),
    OK("gcs-cmek", "object-store-encryption", [c.gcs_bucket("lake")],
       config={"object-store-encryption": {"requireCustomerManagedKey": True}}),
    V("gcs-no-cmek", "object-store-encryption", [c.gcs_bucket("lake", encryption=None)],
      config={"object-store-encryption": {"requireCustomerManagedKey": True}}),
    OK("azure-keyvault", "object-store-encryption", [acct],
       config={"object-store-encryption": {"requireCustomerManagedKey": True}}),
    V("azure-microsoft-keys-cmk-required", "object-store-encryption",
      [c.storage_account("lake", encryption={"keySource": "Microsoft.Storage"})],
      config={"object-store-encryption": {"requireCustomerManagedKey": True}}),
    OK("s3-pab", "object-store-public-access-blocked", [bucket, *c.s3_settings(bucket)]),
    V("s3-no-pab", "object-store-public-access-blocked", [bucket, *c.s3_settings(bucket, pab=False)]),
    V("s3-public-acl", "object-store-public-access-blocked",
      [c.s3_bucket("web", acl="public-read"), *c.s3_settings(c.s3_bucket("web", acl="public-read"))],
      expect_in="ACL"),
    OK("gcs-private", "object-store-public-access-blocked", [c.gcs_bucket("lake")]),
    V("gcs-inherited", "object-store-public-access-blocked", [c.gcs_bucket("lake", publicAccessPrevention="inherited")]),
    OK("azure-private", "object-store-public-access-blocked", [acct]),
    V("azure-public-blob", "object-store-public-access-blocked", [c.storage_account("lake", allowBlobPublicAccess=True)]),
    OK("s3-lake-versioned", "object-store-versioning", [bucket, *c.s3_settings(bucket)]),
    OK("s3-models-unversioned-out-of-scope", "object-store-versioning",
       [bucket_model, *c.s3_settings(bucket_model, versioning=None)]),
    V("s3-lake-unversioned", "object-store-versioning", [bucket, *c.s3_settings(bucket, versioning=None)]),
    V("s3-suspended", "object-store-versioning", [bucket, *c.s3_settings(bucket, versioning="Suspended")]),
    V("s3-tagged-purpose", "object-store-versioning",
      [c.s3_bucket("artifacts", tags={"loom.io/purpose": "mlflow-artifacts"}),
       *c.s3_settings(c.s3_bucket("artifacts"), versioning=None)]),
    OK("gcs-versioned", "object-store-versioning", [c.gcs_bucket("lake")]),
    V("gcs-unversioned-by-label", "object-store-versioning",
      [c.gcs_bucket("data", versioning={"enabled": False}, labels={"loom-purpose": "lake"})]),
    OK("azure-versioned", "object-store-versioning", [acct, c.blob_props(acct)]),
    V("azure-unversioned", "object-store-versioning", [acct, c.blob_props(acct, versioning=False)]),
    OK("s3-lifecycle", "object-store-retention", [bucket, *c.s3_settings(bucket)]),
    V("s3-no-lifecycle", "object-store-retention", [bucket, *c.s3_settings(bucket, lifecycle=False)]),
    OK("gcs-lifecycle", "object-store-retention", [c.gcs_bucket("lake")]),
    OK("gcs-retention-only", "object-store-retention",
       [c.gcs_bucket("lake", lifecycleRules=[], retentionPolicy={"retentionPeriod": 86400})]),
    V("gcs-none", "object-store-retention", [c.gcs_bucket("lake", lifecycleRules=[])]),
    OK("azure-soft-delete", "object-store-retention", [acct, c.blob_props(acct)]),
    V("azure-none", "object-store-retention", [acct]),
    OK("irsa-only", "no-static-object-store-credentials", [b.deployment(containers=[b.container(env=[
        {"name": "AWS_ROLE_ARN", "value": "arn:aws:iam::1:role/triton"}, {"name": "MODEL_REPO", "value": "s3://m"}])]),
        b.secret("mlflow-db", "loom-data", {"password": "[secret]"}),
        b.helm("milvus", "milvus", "loom-data", {"externalS3": {"enabled": True, "useIAM": True, "accessKey": ""}})]),
    V("env-keys", "no-static-object-store-credentials", [b.deployment(containers=[b.container(env=[
        {"name": "AWS_ACCESS_KEY_ID", "valueFrom": {"secretKeyRef": {"name": "s3", "key": "id"}}}])])],
      expect_in="AWS_ACCESS_KEY_ID"),
    V("secret-keys", "no-static-object-store-credentials",
      [b.secret("minio-creds", "loom-data", {"MINIO_ACCESS_KEY": "[secret]", "MINIO_SECRET_KEY": "[secret]"})]),
    V("azure-connection-string", "no-static-object-store-credentials",
      [b.secret("lake", "loom-system", {"AZURE_STORAGE_CONNECTION_STRING": "[secret]"})]),
    V("helm-values-keys", "no-static-object-store-credentials",
      [b.helm("milvus", "milvus", "loom-data", {"externalS3": {"accessKey": "AKIA...", "secretKey": "[secret]"}})]),
    OK("helm-useiam-account-name", "no-static-object-store-credentials", [b.helm("milvus", "milvus", "loom-data", {
        "externalS3": {"enabled": True, "useIAM": True, "cloudProvider": "azure", "accessKey": "loomlake",
                       "secretKey": ""}})]),
    V("helm-useiam-but-secret-key", "no-static-object-store-credentials", [b.helm("milvus", "milvus", "loom-data", {
        "externalS3": {"useIAM": True, "accessKey": "id", "secretKey": "[secret]"}})], expect_in="secretKey"),
    V("cronjob-env", "no-static-object-store-credentials", [b.cronjob(containers=[b.container(env=[
        {"name": "GOOGLE_APPLICATION_CREDENTIALS", "value": "/var/secrets/key.json"}])])]),
    OK("tls12", "storage-account-secure-transport", [acct]),
    V("tls10", "storage-account-secure-transport", [c.storage_account("lake", minimumTlsVersion="TLS1_0")]),
    V("http-allowed", "storage-account-secure-transport", [c.storage_account("lake", enableHttpsTrafficOnly=False)]),
    OK("shared-key-off", "storage-account-shared-key-disabled", [acct]),
    V("shared-key-on", "storage-account-shared-key-disabled", [c.storage_account("lake", allowSharedKeyAccess=True)]),
    # --- databases ----------------------------------------------------------------------------
    OK("rds-encrypted", "database-encrypted", [c.rds()],
       config={"database-encrypted": {"requireCustomerManagedKey": True}}),
    V("rds-unencrypted", "database-encrypted", [c.rds(storageEncrypted=False)]),
    V("rds-aws-managed-key", "database-encrypted", [c.rds(kmsKeyId=None)],
      config={"database-encrypted": {"requireCustomerManagedKey": True}}),
    OK("cloudsql-cmek", "database-encrypted", [c.cloud_sql()],
       config={"database-encrypted": {"requireCustomerManagedKey": True}}),
    V("azure-pg-service-key", "database-encrypted", [c.azure_pg(dataEncryption={"type": "SystemManaged"})],
      config={"database-encrypted": {"requireCustomerManagedKey": True}}),
    OK("private-dbs", "database-not-public", [c.rds(), c.cloud_sql(), c.azure_pg()]),
    V("rds-public", "database-not-public", [c.rds(publiclyAccessible=True)]),
    V("cloudsql-public-ip", "database-not-public", [c.cloud_sql(ipConfiguration={
        "ipv4Enabled": True, "authorizedNetworks": [{"value": "0.0.0.0/0"}], "sslMode": "ENCRYPTED_ONLY"})]),
    V("azure-pg-public", "database-not-public", [c.azure_pg(network={"publicNetworkAccess": "Enabled"})]),
    V("azure-firewall-open", "database-not-public", [b.res("azure-native:dbforpostgresql:FirewallRule", "all", {
        "serverName": "loom-mlflow", "resourceGroupName": "loom-rg", "startIpAddress": "0.0.0.0",
        "endIpAddress": "255.255.255.255"})]),
    OK("backups-14d", "database-backup-retention", [c.rds(), c.cloud_sql(), c.azure_pg()]),
    V("rds-default-1d", "database-backup-retention", [c.rds(backupRetentionPeriod=None)], expect_in="1 day"),
    V("cloudsql-backups-off", "database-backup-retention", [c.cloud_sql(backupConfiguration={"enabled": False})]),
    V("azure-pg-30d-required", "database-backup-retention", [c.azure_pg()],
      config={"database-backup-retention": {"minRetentionDays": 30}}),
    OK("cnpg-30d", "database-backup-retention", [b.res("kubernetes:postgresql.cnpg.io/v1:Cluster", "pg", {
        "apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster", "metadata": b.meta("pg", "loom-data"),
        "spec": {"instances": 2, "backup": {"retentionPolicy": "30d", "barmanObjectStore": {}}}}, protect=True)]),
    V("cnpg-no-backup", "database-backup-retention", [b.res("kubernetes:postgresql.cnpg.io/v1:Cluster", "pg", {
        "apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster", "metadata": b.meta("pg", "loom-data"),
        "spec": {"instances": 1}}, protect=True)]),
    OK("rds-force-ssl", "database-tls-required", [c.rds(engineVersion="14.12"), c.rds_params()]),
    OK("rds-pg16-default", "database-tls-required", [c.rds(parameterGroupName=None)]),
    V("rds-pg14-no-group", "database-tls-required", [c.rds(engineVersion="14.12", parameterGroupName=None)]),
    V("rds-force-ssl-0", "database-tls-required", [c.rds(), c.rds_params(force_ssl="0")]),
    OK("cloudsql-encrypted-only", "database-tls-required", [c.cloud_sql()]),
    V("cloudsql-allow-unencrypted", "database-tls-required", [c.cloud_sql(ipConfiguration={
        "ipv4Enabled": False, "sslMode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"})]),
    OK("azure-pg-default-tls", "database-tls-required", [c.azure_pg()]),
    V("azure-pg-tls-off", "database-tls-required", [c.azure_pg(), b.res(
        "azure-native:dbforpostgresql:Configuration", "tls", {
            "serverName": "loom-mlflow", "resourceGroupName": "loom-rg", "configurationName": "require_secure_transport",
            "value": "off", "source": "user-override"})]),
    OK("protected-stores", "stateful-stores-protected", [bucket, c.rds(), acct, c.gcs_bucket("lake")]),
    V("unprotected-bucket", "stateful-stores-protected", [c.s3_bucket("lake", protect=False)]),
    V("unprotected-db", "stateful-stores-protected", [b.res("gcp:sql/databaseInstance:DatabaseInstance", "db", {
        "region": "europe-west4", "settings": {"tier": "db-f1-micro"}})]),
    # --- clusters -----------------------------------------------------------------------------
    OK("eks-cidr-restricted", "cluster-api-endpoint-restricted", [cluster]),
    OK("eks-private", "cluster-api-endpoint-restricted", [c.eks(vpcConfig={"subnetIds": ["s"],
                                                                           "endpointPublicAccess": False})]),
    V("eks-open", "cluster-api-endpoint-restricted", [c.eks(vpcConfig={"subnetIds": ["s"]})]),
    V("eks-0000", "cluster-api-endpoint-restricted", [c.eks(vpcConfig={"subnetIds": ["s"],
                                                                       "publicAccessCidrs": ["0.0.0.0/0"]})]),
    OK("gke-authorized-networks", "cluster-api-endpoint-restricted", [c.gke()]),
    V("gke-open", "cluster-api-endpoint-restricted", [c.gke(masterAuthorizedNetworksConfig=None)]),
    OK("aks-private", "cluster-api-endpoint-restricted", [c.aks()]),
    V("aks-open", "cluster-api-endpoint-restricted", [c.aks(apiServerAccessProfile={})]),
    OK("secrets-kms", "cluster-secrets-encryption", [cluster, c.gke(), c.aks()]),
    V("eks-no-encryption", "cluster-secrets-encryption", [c.eks(encryptionConfig=None)]),
    V("gke-decrypted", "cluster-secrets-encryption", [c.gke(databaseEncryption={"state": "DECRYPTED"})]),
    V("aks-no-kms", "cluster-secrets-encryption", [c.aks(securityProfile={})]),
    OK("eks-vpc-cni-netpol", "cluster-network-policy", [cluster, c.vpc_cni(cluster)]),
    OK("eks-calico", "cluster-network-policy", [cluster, b.helm("calico", "tigera-operator", "tigera-operator", {})]),
    V("eks-no-netpol", "cluster-network-policy", [cluster, c.vpc_cni(cluster, enabled=False)]),
    OK("gke-dataplane-v2", "cluster-network-policy", [c.gke()]),
    V("gke-legacy-dataplane", "cluster-network-policy", [c.gke(datapathProvider="LEGACY_DATAPATH")]),
    OK("aks-cilium", "cluster-network-policy", [c.aks()]),
    V("aks-none", "cluster-network-policy", [c.aks(networkProfile={"networkPlugin": "azure"})]),
    # --- residency ----------------------------------------------------------------------------
    OK("same-region-as-provider", "resource-location-allowed",
       [c.aws_provider(), c.s3_bucket("lake", provider=c.aws_provider()), c.gke(location="europe-west4-a"),
        c.gcs_bucket("lake", location="EU")],
       config={"resource-location-allowed": {"allowedRegions": ["eu-*", "europe-*", "EU"]}}),
    V("no-allow-list-is-never-derived-from-the-stack", "resource-location-allowed",
      [c.aws_provider(), c.s3_bucket("lake", provider=c.aws_provider()), c.rds(region="eu-west-1")],
      expect_in="allowedRegions is not set"),
    V("per-resource-region-elsewhere", "resource-location-allowed",
      [c.aws_provider(), c.s3_bucket("lake", provider=c.aws_provider(), region="us-east-1")],
      config={"resource-location-allowed": {"allowedRegions": ["eu-west-1"]}}, expect_in="us-east-1"),
    V("provider-outside-allow-list", "resource-location-allowed",
      [c.aws_provider(region="us-west-2"), c.s3_bucket("lake", provider=c.aws_provider(region="us-west-2"))],
      config={"resource-location-allowed": {"allowedRegions": ["eu-*"]}}),
    OK("azure-inside-allow-list", "resource-location-allowed",
       [b.res("azure-native:resources:ResourceGroup", "rg", {"location": "westeurope"}), acct],
       config={"resource-location-allowed": {"allowedRegions": ["westeurope"]}}),
    V("azure-resource-group-does-not-widen-the-list", "resource-location-allowed",
      [b.res("azure-native:resources:ResourceGroup", "rg", {"location": "eastus"}),
       c.storage_account("dr", location="eastus")],
      config={"resource-location-allowed": {"allowedRegions": ["westeurope"]}}, expect_in="eastus"),
    V("azure-location-outside", "resource-location-allowed",
      [c.storage_account("lake", location="East US")],
      config={"resource-location-allowed": {"allowedRegions": ["westeurope", "northeurope"]}}, expect_in="eastus"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{x.rule}:{'violates' if x.violates else 'complies'}:{x.id}"
                                             for x in CASES])
def test_rule(policy_session, case: Case):
    report = policy_session.check([b.stack(), *case.resources], stack="test", policy_config=case.config)
    hits = [v for v in report.violations if v.policy == case.rule]
    if case.violates:
        assert hits, f"{case.rule} did not fire; got {sorted({v.policy for v in report.violations})}"
        if case.expect_in:
            assert any(case.expect_in in v.message for v in hits), [v.message for v in hits]
    else:
        assert not hits, [v.message for v in hits]


def test_cases_name_rules_of_the_pack(policy_session):
    """Loom's own regression cases (the conformance suite holds the specification cases)."""
    names = {p.name for p in policy_session.policies}
    assert {x.rule for x in CASES} <= names
