"""Where each conformance case comes from: the clause of the specification or provider documentation it
tests. Cases cite these; none is copied from another project's fixtures."""

from __future__ import annotations

PSS_URL = "https://kubernetes.io/docs/concepts/security/pod-security-standards/"


def pss(level: str, control: str) -> str:
    return f"Kubernetes Pod Security Standards, {level} profile, control '{control}' ({PSS_URL})"


ISTIO_BP = "https://istio.io/latest/docs/ops/best-practices/security/"


def istio_bp(section: str) -> str:
    return f"Istio security best practices, '{section}' ({ISTIO_BP})"


ISTIO_INJECTION = ("Istio sidecar injection, 'Controlling the injection policy' "
                   "(https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/); injector semantics "
                   "in istio/istio pkg/kube/inject injectRequired")
ISTIO_ANNOTATIONS = "Istio resource annotations (https://istio.io/latest/docs/reference/config/annotations/)"
ISTIO_PA = "Istio PeerAuthentication reference (https://istio.io/latest/docs/reference/config/security/peer_authentication/)"
ISTIO_AP = ("Istio AuthorizationPolicy reference, Source and Rule "
            "(https://istio.io/latest/docs/reference/config/security/authorization-policy/)")
ISTIO_DR = ("Istio DestinationRule reference, ClientTLSSettings "
            "(https://istio.io/latest/docs/reference/config/networking/destination-rule/)")
ISTIO_SE = "Istio ServiceEntry reference, location (https://istio.io/latest/docs/reference/config/networking/service-entry/)"
ISTIO_GW = ("Istio Gateway reference, Server and ServerTLSSettings "
            "(https://istio.io/latest/docs/reference/config/networking/gateway/)")
ISTIO_MESH = ("Istio MeshConfig OutboundTrafficPolicy and Sidecar outboundTrafficPolicy "
              "(https://istio.io/latest/docs/reference/config/istio.mesh.v1alpha1/, "
              "https://istio.io/latest/docs/tasks/traffic-management/egress/egress-control/)")
ISTIO_ENVOYFILTER = "Istio EnvoyFilter reference, warning on use (https://istio.io/latest/docs/reference/config/networking/envoy-filter/)"
ISTIO_AUTHZ_TASK = ("Istio authorization task, allow-nothing policy in the root namespace "
                    "(https://istio.io/latest/docs/tasks/security/authorization/authz-http/)")

K8S_SERVICE = "Kubernetes Service, type and externalIPs (https://kubernetes.io/docs/concepts/services-networking/service/)"
CVE_2020_8554 = "CVE-2020-8554, Service externalIPs man-in-the-middle (https://github.com/kubernetes/kubernetes/issues/97076)"
K8S_INGRESS = "Kubernetes Ingress, ingressClassName (https://kubernetes.io/docs/concepts/services-networking/ingress/)"
GATEWAY_API = ("Gateway API HTTPRoute parentRefs and GAMMA (https://gateway-api.sigs.k8s.io/reference/spec/, "
               "https://gateway-api.sigs.k8s.io/mesh/)")
K8S_SECRETS = ("Kubernetes Secrets good practices and ConfigMap ('does not provide secrecy') "
               "(https://kubernetes.io/docs/concepts/security/secrets-good-practices/, "
               "https://kubernetes.io/docs/concepts/configuration/configmap/)")
K8S_ENV = ("Kubernetes: define container env from Secret data (valueFrom.secretKeyRef) "
           "(https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/)")
AWS_KEYS = ("AWS IAM access key id format (AKIA/ASIA) and shared credentials file "
            "(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html, "
            "https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html)")
GCP_KEYS = "GCP service account keys (https://cloud.google.com/iam/docs/service-account-creds#key-types)"
AZURE_KEYS = ("Azure Storage connection strings and SAS (https://learn.microsoft.com/azure/storage/common/"
              "storage-configure-connection-string, https://learn.microsoft.com/azure/storage/common/storage-sas-overview)")
MINIO_CONFIG = ("MinIO Operator Tenant configuration secret config.env (MINIO_ROOT_USER/MINIO_ROOT_PASSWORD) "
                "(https://min.io/docs/minio/kubernetes/upstream/reference/operator-crd.html)")


def pulumi(provider: str, token: str, field: str) -> str:
    versions = {"aws": "pulumi-aws 7.51", "gcp": "pulumi-gcp 10.2", "azure-native": "pulumi-azure-native 3.29",
                "kubernetes": "pulumi-kubernetes 4.34"}
    return f"{versions[provider]} resource schema, {token} input '{field}'"


S3_PAB = "Amazon S3 Block Public Access (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html)"
S3_ACL = "Amazon S3 canned ACLs and grantee groups (https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html)"
S3_POLICY = ("Amazon S3 bucket policies, Principal \"*\" (https://docs.aws.amazon.com/AmazonS3/latest/userguide/"
             "access-policy-language-overview.html)")
S3_SSE = ("Amazon S3 server-side encryption with KMS keys (https://docs.aws.amazon.com/AmazonS3/latest/userguide/"
          "UsingKMSEncryption.html)")
S3_VERSIONING = "Amazon S3 versioning (https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html)"
S3_LIFECYCLE = ("Amazon S3 lifecycle configuration (https://docs.aws.amazon.com/AmazonS3/latest/userguide/"
                "object-lifecycle-mgmt.html)")
RDS_ENCRYPTION = "Amazon RDS encryption at rest (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html)"
RDS_PI = ("Amazon RDS Performance Insights KMS key (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/"
          "USER_PerfInsights.access-control.html)")
RDS_PUBLIC = ("Amazon RDS PubliclyAccessible (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/"
              "USER_VPC.WorkingWithRDSInstanceinaVPC.html)")
RDS_BACKUP = ("Amazon RDS backup retention period (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/"
              "USER_WorkingWithAutomatedBackups.BackupRetention.html)")
RDS_PG_SSL = ("Amazon RDS for PostgreSQL rds.force_ssl (default 1 from PostgreSQL 15) "
              "(https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html)")
RDS_MYSQL_SSL = ("Amazon RDS for MySQL/MariaDB require_secure_transport "
                 "(https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html)")
AURORA_SSL = ("Aurora cluster parameter groups: rds.force_ssl / require_secure_transport "
              "(https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html)")
RDS_SQLSERVER_SSL = ("Amazon RDS for SQL Server rds.force_ssl (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/"
                     "SQLServer.Concepts.General.SSL.Using.html)")
GCS_PAP = "Cloud Storage public access prevention (https://cloud.google.com/storage/docs/public-access-prevention)"
GCS_IAM = ("Cloud Storage IAM principals allUsers / allAuthenticatedUsers "
           "(https://cloud.google.com/storage/docs/access-control/iam)")
GCS_ACL = "Cloud Storage ACLs and predefined ACLs (https://cloud.google.com/storage/docs/access-control/lists)"
GCS_CMEK = "Cloud Storage customer-managed encryption keys (https://cloud.google.com/storage/docs/encryption/customer-managed-keys)"
GCS_LOCATIONS = "Cloud Storage bucket locations, multi- and dual-regions (https://cloud.google.com/storage/docs/locations)"
CLOUDSQL_CMEK = "Cloud SQL customer-managed encryption keys (https://cloud.google.com/sql/docs/postgres/cmek)"
CLOUDSQL_IP = "Cloud SQL private IP and authorized networks (https://cloud.google.com/sql/docs/postgres/configure-private-ip)"
CLOUDSQL_SSL = "Cloud SQL SSL mode (https://cloud.google.com/sql/docs/postgres/configure-ssl-instance)"
CLOUDSQL_BACKUPS = ("Cloud SQL backups, custom backup locations (default: the multi-region nearest the instance) "
                    "(https://cloud.google.com/sql/docs/postgres/backup-recovery/backups)")
AZ_STORAGE_NETWORK = ("Azure Storage network security, publicNetworkAccess and default action "
                      "(https://learn.microsoft.com/azure/storage/common/storage-network-security)")
AZ_BLOB_ANONYMOUS = ("Azure Blob anonymous read access, allowBlobPublicAccess and container publicAccess "
                     "(https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent)")
AZ_STORAGE_CMK = ("Azure Storage customer-managed keys (https://learn.microsoft.com/azure/storage/common/"
                  "customer-managed-keys-overview)")
AZ_STORAGE_TLS = ("Azure Storage minimum TLS version and secure transfer "
                  "(https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version)")
AZ_SHARED_KEY = ("Azure Storage: prevent Shared Key authorization "
                 "(https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent)")
AZ_REDUNDANCY = ("Azure Storage redundancy (GRS/GZRS replicate to the paired region) "
                 "(https://learn.microsoft.com/azure/storage/common/storage-redundancy)")
AZ_PAIRS = "Azure region pairs (https://learn.microsoft.com/azure/reliability/cross-region-replication-azure)"
AZ_PG_CMK = ("Azure Database for PostgreSQL flexible server data encryption with customer-managed keys "
             "(https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption)")
AZ_PG_NETWORK = ("Azure Database for PostgreSQL flexible server networking and firewall rules "
                 "(https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules)")
AZ_PG_TLS = ("Azure Database for PostgreSQL flexible server require_secure_transport "
             "(https://learn.microsoft.com/azure/postgresql/flexible-server/security-tls)")
AZ_PG_BACKUP = ("Azure Database for PostgreSQL flexible server backups, retention and geo-redundancy "
                "(https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore)")
CNPG_BACKUP = "CloudNativePG backup and retentionPolicy (https://cloudnative-pg.io/documentation/current/backup/)"
EKS_ENDPOINT = "Amazon EKS cluster endpoint access control (https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html)"
GKE_HARDENING = "GKE hardening guide (https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster)"
AKS_SECURITY = "AKS API server authorized IP ranges (https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges)"
CROSSGUARD_UNKNOWNS = ("Pulumi CrossGuard: values unknown during preview "
                       "(https://www.pulumi.com/docs/iac/packages-and-automation/crossguard/core-concepts/)")
AWS_REGIONS = "AWS regions: the Region enum of pulumi-aws 7.51 (pulumi_aws/_enums.py)"
