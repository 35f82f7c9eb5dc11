"""GCP foundation: VPC, private GKE with Workload Identity and a GPU pool, GCS with CMEK, Cloud SQL.

Identity: GKE Workload Identity. Each bound Kubernetes service account gets a Google service
account, `roles/iam.workloadIdentityUser` for `serviceAccount:<project>.svc.id.goog[ns/sa]`, and
bucket-level roles; no keys are ever created.
"""

from __future__ import annotations

from typing import Optional

import pulumi
import pulumi_gcp as gcp
import pulumi_kubernetes as k8s

from . import options, checks, cidr, kubeconfig, naming
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
from .gcp_args import GcpExistingCluster, GcpFoundationArgs, GpuDriverVersion, ReleaseChannel

__all__ = ["GcpFoundation", "GcpFoundationArgs", "GcpExistingCluster", "GpuDriverVersion", "ReleaseChannel"]

GPU_TAINT = {"key": "nvidia.com/gpu", "value": "present", "effect": "NO_SCHEDULE"}
GPU_TOLERATION = {"key": "nvidia.com/gpu", "operator": "Equal", "value": "present", "effect": "NoSchedule"}
NODE_ROLES = ("roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
              "roles/stackdriver.resourceMetadata.writer", "roles/artifactregistry.reader")
ROLE_FOR_ACCESS = {Access.READ: "roles/storage.objectViewer", Access.READ_WRITE: "roles/storage.objectUser"}
# The control plane of a private cluster reaches nodes and pods only on 443 and 10250 by default
# (https://cloud.google.com/service-mesh/docs/private-cluster-open-port: "include the default ports 443
# (HTTPS) and 10250 (kubelet)"); every other webhook or aggregated-API backend needs a firewall rule.
CONTROL_PLANE_PORTS = {
    # istiod's injection and validation webhooks: Service port 443 -> targetPort 15017
    # (istio/istio 1.27.3, manifests/charts/istio-control/istio-discovery/templates/service.yaml).
    15017: "istiod webhooks",
    # prometheus-adapter serves custom.metrics.k8s.io on listenPort 6443
    # (prometheus-community/helm-charts prometheus-adapter-4.11.0, charts/prometheus-adapter/values.yaml).
    6443: "prometheus-adapter APIService",
}
"""Ports the GKE control plane must reach on private nodes beyond its defaults, and who listens there."""
DEFAULT_DB_TIER = "db-custom-2-7680"
STORAGE_CLASS = "standard-rwo"  # GKE's pd-balanced CSI class


class GcpFoundation(Foundation):
    """GKE (or an existing cluster) plus GCS, Workload Identity and Cloud SQL, through one explicit `gcp.Provider`."""

    cluster_name: pulumi.Output[str]
    kubeconfig: pulumi.Output[str]
    """Secret kubeconfig using `gke-gcloud-auth-plugin`."""
    network_id: pulumi.Output[str]
    data_key_id: pulumi.Output[str]
    """Cloud KMS key encrypting bucket objects (and Cloud SQL when `postgres_cmek`)."""
    workload_pool: str
    """`<project>.svc.id.goog`: the identity pool GKE creates with the project's first Workload Identity cluster."""

    def __init__(self, name: str, args: GcpFoundationArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        self._validate(args)
        super().__init__("loom:foundation:GcpFoundation", name, None, opts)
        self._name = name
        self._args = args
        self.cloud = Cloud.GCP
        self.store_kind = ObjectStoreKind.GCS
        self.region = args.region
        # Google APIs (Cloud Storage, STS, IAM credentials) by SNI, and the GKE metadata server that hands
        # out Workload Identity tokens (HTTP on the link-local address, matched by address whatever the Host).
        self.egress = [
            ExternalService("google-apis", ["*.googleapis.com"]),
            ExternalService("gke-metadata-server", ["metadata.google.internal"], port=80, protocol="TCP",
                            resolution="STATIC", addresses=["169.254.169.254"]),
        ]
        self.workload_pool = f"{args.project}.svc.id.goog"
        self._prefix = naming.dns_label(args.cluster_name_or_default() or name, 30)
        self._labels = {**args.with_environment(args.labels), "part-of": "loom", "loom-foundation": naming.dns_label(name, 63)}
        self._gcp = pulumi.ResourceOptions(parent=self, provider=args.provider)
        # What an identity binding must wait for: the Workload Identity pool exists only once a cluster
        # with Workload Identity does. A component's depends_on never reaches its children, and the
        # IAM member names the pool as a plain string (no data dependency), so `bind_identity` hands
        # this list to every member it creates.
        self._pool_ready: list[pulumi.Resource] = []
        invoke = pulumi.InvokeOutputOptions(provider=args.provider, parent=self)
        project_number = gcp.organizations.get_project_output(project_id=args.project, opts=invoke).number
        gcs_agent = gcp.storage.get_project_service_account_output(project=args.project, opts=invoke).email_address

        protect = pulumi.ResourceOptions(protect=args.protect)
        # Key rings and keys cannot be deleted in Cloud KMS; protecting them keeps state honest.
        key_ring = gcp.kms.KeyRing(f"{name}-keyring", name=f"{self._prefix}-keyring", location=args.region,
                                   project=args.project, opts=self._gcp.merge(protect))
        self._data_key = gcp.kms.CryptoKey(f"{name}-data-key", name="data", key_ring=key_ring.id,
                                           rotation_period=args.kms_rotation_period, labels=self._labels,
                                           opts=self._gcp.merge(protect))
        self.data_key_id = self._data_key.id
        self._gcs_key_grant = gcp.kms.CryptoKeyIAMMember(
            f"{name}-data-key-gcs", crypto_key_id=self._data_key.id, role="roles/cloudkms.cryptoKeyEncrypterDecrypter",
            member=gcs_agent.apply(lambda e: f"serviceAccount:{e}"), opts=self._gcp)
        self._sql_key_grant: list = []
        if args.postgres_cmek:
            sql_agent = gcp.projects.ServiceIdentity(f"{name}-sql-agent", project=args.project,
                                                     service="sqladmin.googleapis.com", opts=self._gcp)
            self._sql_key_grant = [gcp.kms.CryptoKeyIAMMember(
                f"{name}-data-key-sql", crypto_key_id=self._data_key.id,
                role="roles/cloudkms.cryptoKeyEncrypterDecrypter",
                member=sql_agent.email.apply(lambda e: f"serviceAccount:{e}"), opts=self._gcp)]

        if args.existing_cluster is not None:
            self._use_existing(name, args.existing_cluster)
        else:
            self._create_cluster(name, args, key_ring, project_number)

        self.register_outputs({
            "cluster_name": self.cluster_name,
            "kubeconfig": self.kubeconfig,
            "network_id": self.network_id,
            "data_key_id": self.data_key_id,
            "workload_pool": self.workload_pool,
            "region": args.region,
        })

    @staticmethod
    def _validate(args: GcpFoundationArgs) -> None:
        checks.require(isinstance(args, GcpFoundationArgs), f"args={args!r} must be a GcpFoundationArgs")
        checks.require(args.provider is not None, "args.provider is missing: pass the pulumi_gcp.Provider to use")
        checks.require(bool(args.project), f"args.project={args.project!r} must be a GCP project id")
        checks.require(bool(args.region), f"args.region={args.region!r} must be a region like 'europe-west4'")
        if args.existing_cluster is not None:
            checks.require(bool(args.existing_cluster.cluster_name), "args.existing_cluster.cluster_name is empty")
            return
        cidr.parse_network("args.node_cidr", args.node_cidr, max_prefix=24)
        cidr.parse_network("args.pods_cidr", args.pods_cidr, max_prefix=21)
        cidr.parse_network("args.services_cidr", args.services_cidr, max_prefix=24)
        master = cidr.parse_network("args.master_cidr", args.master_cidr, max_prefix=28)
        checks.require(master.prefixlen == 28, f"args.master_cidr={args.master_cidr!r} must be a /28")
        cidr.check_no_overlap([("args.node_cidr", args.node_cidr), ("args.pods_cidr", args.pods_cidr),
                               ("args.services_cidr", args.services_cidr), ("args.master_cidr", args.master_cidr)])
        cidr.check_restricted("args.master_authorized_networks", list(args.master_authorized_networks.values()))
        checks.require(args.private_endpoint or bool(args.master_authorized_networks),
                       "args.master_authorized_networks is empty and args.private_endpoint=False: nobody could reach "
                       "the control plane; list your CIDRs or set private_endpoint=True")
        checks.check_enum("args.release_channel", args.release_channel, ReleaseChannel)
        checks.check_enum("args.gpu_driver_version", args.gpu_driver_version, GpuDriverVersion)
        checks.check_sizes("args.system", args.system_min_nodes, None, args.system_max_nodes)
        if args.gpu_node_pool:
            checks.check_sizes("args.gpu", args.gpu_min_nodes, None, args.gpu_max_nodes)
            checks.check_range("args.gpu_count", args.gpu_count, 1, 16)

    def _use_existing(self, name: str, ex: GcpExistingCluster) -> None:
        self.cluster_name = pulumi.Output.from_input(ex.cluster_name)
        self.kubeconfig = pulumi.Output.secret(ex.kubeconfig)
        self.network_id = pulumi.Output.from_input(ex.network_id)
        self._sql_deps: list = []
        self.k8s_provider = k8s.Provider(f"{name}-k8s", kubeconfig=self.kubeconfig, opts=pulumi.ResourceOptions(parent=self))
        self.storage_class = STORAGE_CLASS
        self.gpu = GpuProfile(tolerations=[GPU_TOLERATION]) if ex.gpu else None

    def _create_cluster(self, name: str, args: GcpFoundationArgs, key_ring: gcp.kms.KeyRing,
                        project_number: pulumi.Output[str]) -> None:
        cluster_name = args.cluster_name_or_default() or naming.dns_label(name, 40)
        network = gcp.compute.Network(f"{name}-network", name=f"{self._prefix}-net", project=args.project,
                                      auto_create_subnetworks=False, routing_mode="REGIONAL", opts=self._gcp)
        self.network_id = network.id
        subnet = gcp.compute.Subnetwork(
            f"{name}-subnet", name=f"{self._prefix}-nodes", project=args.project, region=args.region, network=network.id,
            ip_cidr_range=args.node_cidr, private_ip_google_access=True,
            secondary_ip_ranges=[{"range_name": "pods", "ip_cidr_range": args.pods_cidr},
                                 {"range_name": "services", "ip_cidr_range": args.services_cidr}],
            log_config={"aggregation_interval": "INTERVAL_5_SEC", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA"},
            opts=self._gcp)
        router = gcp.compute.Router(f"{name}-router", name=f"{self._prefix}-router", project=args.project,
                                    region=args.region, network=network.id, opts=self._gcp)
        gcp.compute.RouterNat(f"{name}-nat", name=f"{self._prefix}-nat", project=args.project, region=args.region,
                              router=router.name, nat_ip_allocate_option="AUTO_ONLY",
                              source_subnetwork_ip_ranges_to_nat="ALL_SUBNETWORKS_ALL_IP_RANGES",
                              log_config={"enable": True, "filter": "ERRORS_ONLY"}, opts=self._gcp)
        # Private services access: Cloud SQL gets a private IP in a peered range of this VPC.
        psa_range = gcp.compute.GlobalAddress(f"{name}-psa-range", name=f"{self._prefix}-psa", project=args.project,
                                              purpose="VPC_PEERING", address_type="INTERNAL", prefix_length=20,
                                              network=network.id, opts=self._gcp)
        psa = gcp.servicenetworking.Connection(f"{name}-psa", network=network.id, service="servicenetworking.googleapis.com",
                                               reserved_peering_ranges=[psa_range.name], opts=self._gcp)
        self._sql_deps = [psa]

        secrets_key = gcp.kms.CryptoKey(f"{name}-gke-secrets-key", name="gke-secrets", key_ring=key_ring.id,
                                        rotation_period=args.kms_rotation_period, labels=self._labels,
                                        opts=self._gcp.merge(pulumi.ResourceOptions(protect=args.protect)))
        gke_agent_grant = gcp.kms.CryptoKeyIAMMember(
            f"{name}-gke-secrets-key-agent", crypto_key_id=secrets_key.id, role="roles/cloudkms.cryptoKeyEncrypterDecrypter",
            member=project_number.apply(lambda n: f"serviceAccount:service-{n}@container-engine-robot.iam.gserviceaccount.com"),
            opts=self._gcp)

        node_sa = gcp.serviceaccount.Account(f"{name}-nodes-sa", account_id=naming.dns_label(f"{self._prefix}-nodes", 30),
                                             project=args.project, display_name=f"Loom {name} GKE nodes", opts=self._gcp)
        node_roles = [
            gcp.projects.IAMMember(f"{name}-nodes-{role.split('/')[-1].replace('.', '-')}", project=args.project, role=role,
                                   member=node_sa.email.apply(lambda e: f"serviceAccount:{e}"), opts=self._gcp)
            for role in NODE_ROLES
        ]

        cluster = gcp.container.Cluster(
            f"{name}-gke",
            name=cluster_name,
            project=args.project,
            location=args.region,
            network=network.id,
            subnetwork=subnet.id,
            # Node pools are managed separately; the default pool exists only to create the cluster.
            remove_default_node_pool=True,
            initial_node_count=1,
            node_config={"service_account": node_sa.email, "oauth_scopes": ["https://www.googleapis.com/auth/cloud-platform"],
                         "workload_metadata_config": {"mode": "GKE_METADATA"},
                         "shielded_instance_config": {"enable_secure_boot": True, "enable_integrity_monitoring": True}},
            ip_allocation_policy={"cluster_secondary_range_name": "pods", "services_secondary_range_name": "services"},
            private_cluster_config={"enable_private_nodes": True, "enable_private_endpoint": args.private_endpoint,
                                    "master_ipv4_cidr_block": args.master_cidr,
                                    "master_global_access_config": {"enabled": False}},
            master_authorized_networks_config={
                "cidr_blocks": [{"display_name": k, "cidr_block": v} for k, v in sorted(args.master_authorized_networks.items())],
                "gcp_public_cidrs_access_enabled": False},
            release_channel={"channel": ReleaseChannel(args.release_channel).value},
            workload_identity_config={"workload_pool": self.workload_pool},
            database_encryption={"state": "ENCRYPTED", "key_name": secrets_key.id},
            # Dataplane V2 (Cilium) enforces NetworkPolicy natively; the legacy network_policy block must stay off.
            datapath_provider="ADVANCED_DATAPATH",
            enable_shielded_nodes=True,
            enable_legacy_abac=False,
            master_auth={"client_certificate_config": {"issue_client_certificate": False}},
            # Workload configuration auditing (mode BASIC) stays; VULNERABILITY_BASIC is "Deprecated: Basic
            # vulnerability scanning is no longer supported" (GKE v1 API, SecurityPostureConfig.VulnerabilityMode;
            # https://cloud.google.com/kubernetes-engine/docs/deprecations/posture-management-deprecation).
            # Scan images in Artifact Registry (Artifact Analysis) instead.
            security_posture_config={"mode": "BASIC", "vulnerability_mode": "VULNERABILITY_DISABLED"},
            resource_labels=self._labels,
            deletion_protection=args.protect,
            opts=self._gcp.merge(pulumi.ResourceOptions(depends_on=[gke_agent_grant, *node_roles], protect=args.protect)))
        self.cluster_name = cluster.name
        self._pool_ready = [cluster]

        # Private nodes: open the webhook and APIService ports to the control plane, on the nodes'
        # service account (node pools get no stable network tag of ours).
        webhooks = gcp.compute.Firewall(
            f"{name}-control-plane-webhooks", name=f"{self._prefix}-cp-webhooks", project=args.project,
            network=network.id, direction="INGRESS", priority=1000,
            description="GKE control plane to " + ", ".join(f"{who} ({p})" for p, who in sorted(CONTROL_PLANE_PORTS.items())),
            source_ranges=[args.master_cidr], target_service_accounts=[node_sa.email],
            allows=[{"protocol": "tcp", "ports": [str(p) for p in sorted(CONTROL_PLANE_PORTS)]}],
            opts=self._gcp)

        node_config = {
            "service_account": node_sa.email,
            "oauth_scopes": ["https://www.googleapis.com/auth/cloud-platform"],
            "workload_metadata_config": {"mode": "GKE_METADATA"},
            "shielded_instance_config": {"enable_secure_boot": True, "enable_integrity_monitoring": True},
            "disk_type": "pd-balanced",
            "resource_labels": self._labels,
        }
        pools = [gcp.container.NodePool(
            f"{name}-system-pool", name="system", project=args.project, cluster=cluster.id, location=args.region,
            autoscaling={"min_node_count": args.system_min_nodes, "max_node_count": args.system_max_nodes},
            management={"auto_repair": True, "auto_upgrade": True},
            node_config={**node_config, "machine_type": args.system_machine_type, "disk_size_gb": 100,
                         "labels": {"loom.io/node-role": "system"}},
            opts=self._gcp)]
        self.gpu = None
        if args.gpu_node_pool:
            pools.append(gcp.container.NodePool(
                f"{name}-gpu-pool", name="gpu", project=args.project, cluster=cluster.id, location=args.region,
                node_locations=list(args.gpu_zones) or None,
                # The cluster autoscaler adds GPU nodes for pending GPU pods and removes idle ones; min/max are
                # "per zone in the NodePool" (pulumi_gcp NodePoolAutoscaling), so the pool holds at most
                # gpu_max_nodes x len(gpu_zones) nodes. No node_count: the autoscaler owns it.
                autoscaling={"min_node_count": args.gpu_min_nodes, "max_node_count": args.gpu_max_nodes},
                management={"auto_repair": True, "auto_upgrade": True},
                node_config={**node_config, "machine_type": args.gpu_machine_type, "disk_size_gb": 200,
                             "spot": args.gpu_spot,
                             "guest_accelerators": [{
                                 "type": args.gpu_accelerator, "count": args.gpu_count,
                                 "gpu_driver_installation_config": {
                                     "gpu_driver_version": GpuDriverVersion(args.gpu_driver_version).value}}],
                             "labels": {"loom.io/node-role": "gpu"},
                             "taints": [GPU_TAINT]},
                opts=self._gcp))
            self.gpu = GpuProfile(tolerations=[GPU_TOLERATION], node_selector={"loom.io/node-role": "gpu"})

        self.kubeconfig = pulumi.Output.secret(pulumi.Output.all(cluster.name, cluster.endpoint,
                                                                 cluster.master_auth.cluster_ca_certificate).apply(
            lambda v: kubeconfig.gke(v[0], v[1], v[2])))
        # Nothing goes into the cluster before the webhooks can be reached.
        self.k8s_provider = k8s.Provider(f"{name}-k8s", kubeconfig=self.kubeconfig,
                                         opts=pulumi.ResourceOptions(parent=self, depends_on=[*pools, webhooks]))
        self.storage_class = STORAGE_CLASS

    # ------------------------------------------------------------------ Foundation API
    def bucket(self, name: str, spec: BucketSpec, opts: pulumi.ResourceOptions) -> Bucket:
        """GCS bucket: CMEK, uniform bucket-level access, public access prevention enforced, versioning,
        lifecycle, soft delete. Protected when spec.protect (never force-destroyed)."""
        checks.check_bucket_spec(spec)
        owner = options.owner_of(opts, self)
        bucket_name = naming.bucket_name(self._args.project, name)  # project ids are globally unique
        bucket = gcp.storage.Bucket(
            name,
            name=bucket_name,
            project=self._args.project,
            location=self._args.region.upper(),
            storage_class="STANDARD",
            uniform_bucket_level_access=True,
            public_access_prevention="enforced",
            versioning={"enabled": spec.versioning},
            encryption={"default_kms_key_name": self._data_key.id},
            lifecycle_rules=_lifecycle_rules(spec),
            soft_delete_policy={"retention_duration_seconds": 7 * 24 * 3600},
            force_destroy=False,
            labels={**self._labels, "loom-purpose": spec.purpose.value},
            opts=pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(), pulumi.ResourceOptions(
                parent=owner, provider=self._args.provider, protect=spec.protect, depends_on=[self._gcs_key_grant])))
        return Bucket(name=bucket.name, uri=bucket.name.apply(lambda b: f"gs://{b}"), cloud_id=bucket.name, resource=bucket)

    def bind_identity(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> WorkloadIdentity:
        """A Google service account for ns/sa, workloadIdentityUser for exactly that KSA, bucket-level roles."""
        checks.check_identity_request(request)
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, self._args.provider)
        ns, sa = request.namespace, request.service_account
        gsa = gcp.serviceaccount.Account(
            f"{name}-gsa", account_id=naming.gcp_service_account_id(self._prefix, ns, sa), project=self._args.project,
            display_name=f"Loom {naming.k8s_subject(ns, sa)}"[:100], opts=child)
        under = pulumi.ResourceOptions(parent=gsa, provider=self._args.provider)
        wi = gcp.serviceaccount.IAMMember(
            f"{name}-workload-identity", service_account_id=gsa.name, role="roles/iam.workloadIdentityUser",
            member=f"serviceAccount:{self.workload_pool}[{ns}/{sa}]",
            opts=under.merge(pulumi.ResourceOptions(depends_on=self._pool_ready)))
        members = [wi]
        for grant in request.grants:
            key = grant.bucket.resource.pulumi_resource_name
            members.append(gcp.storage.BucketIAMMember(
                f"{name}-{key}-{Access(grant.access).value}", bucket=grant.bucket.cloud_id,
                role=ROLE_FOR_ACCESS[Access(grant.access)], member=gsa.email.apply(lambda e: f"serviceAccount:{e}"),
                opts=under))
        return WorkloadIdentity(
            service_account_annotations={"iam.gke.io/gcp-service-account": gsa.email},
            env={"GOOGLE_CLOUD_PROJECT": self._args.project},
            resources=[gsa, *members])

    def postgres(self, name: str, spec: PostgresSpec, opts: pulumi.ResourceOptions) -> Postgres:
        """Cloud SQL PostgreSQL: private IP only, ENCRYPTED_ONLY connections, daily backups with PITR and
        `retained_backups`, deletion protection (API and Pulumi) when spec.protect."""
        checks.check_postgres_spec(spec)
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, self._args.provider)
        instance = gcp.sql.DatabaseInstance(
            name,
            name=naming.dns_label(f"{self._prefix}-{spec.database}", 80),
            project=self._args.project,
            region=self._args.region,
            database_version=self._args.postgres_version,
            encryption_key_name=self._data_key.id if self._args.postgres_cmek else None,
            settings={
                "tier": spec.instance_class or DEFAULT_DB_TIER,
                "edition": "ENTERPRISE",
                "availability_type": "REGIONAL" if spec.high_availability else "ZONAL",
                "disk_size": checks.cloud_storage_gb(spec.storage_gb, 10),
                "disk_type": "PD_SSD",
                "disk_autoresize": True,
                "ip_configuration": {"ipv4_enabled": False, "private_network": self.network_id,
                                     "ssl_mode": "ENCRYPTED_ONLY"},
                "backup_configuration": {
                    "enabled": True, "point_in_time_recovery_enabled": True, "start_time": "02:00",
                    # in the instance's region: by default Cloud SQL keeps backups in the nearest multi-region
                    "location": self._args.region,
                    # must stay below the number of retained backups (Enterprise edition: at most 7 days)
                    "transaction_log_retention_days": max(1, min(7, spec.backup_retention_days - 1)),
                    "backup_retention_settings": {"retained_backups": spec.backup_retention_days,
                                                  "retention_unit": "COUNT"}},
                "database_flags": [{"name": "log_connections", "value": "on"},
                                   {"name": "log_disconnections", "value": "on"}],
                "deletion_protection_enabled": spec.protect,
                "user_labels": self._labels,
            },
            deletion_protection=spec.protect,
            opts=pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(), child).merge(
                pulumi.ResourceOptions(protect=spec.protect, depends_on=[*self._sql_deps, *self._sql_key_grant])))
        under = pulumi.ResourceOptions(parent=instance, provider=self._args.provider)
        database = gcp.sql.Database(f"{name}-database", name=spec.database, instance=instance.name,
                                    project=self._args.project, opts=under)
        password = pulumi.Output.secret(spec.password)
        user = gcp.sql.User(f"{name}-user", name=spec.username, instance=instance.name, project=self._args.project,
                            password=password, opts=under)
        return Postgres(host=instance.private_ip_address, port=pulumi.Output.from_input(5432),
                        database=database.name, username=user.name, password=password, sslmode="require",
                        resources=[instance, database, user],
                        egress=[ExternalService(naming.dns_label(f"{spec.database}-postgres", 63),
                                                [f"{naming.dns_label(spec.database, 40)}.cloudsql.internal"], port=5432,
                                                protocol="TCP", resolution="STATIC",
                                                addresses=[instance.private_ip_address])])


def _lifecycle_rules(spec: BucketSpec) -> list[dict]:
    rules: list[dict] = [{"action": {"type": "AbortIncompleteMultipartUpload"}, "condition": {"age": 7}}]
    if spec.versioning:
        rules.append({"action": {"type": "Delete"},
                      "condition": {"days_since_noncurrent_time": spec.noncurrent_version_expiration_days,
                                    "with_state": "ARCHIVED"}})
    if spec.transition_to_cold_days is not None:
        rules.append({"action": {"type": "SetStorageClass", "storage_class": "NEARLINE"},
                      "condition": {"age": spec.transition_to_cold_days, "with_state": "LIVE"}})
    if spec.retention_days is not None:
        rules.append({"action": {"type": "Delete"}, "condition": {"age": spec.retention_days, "with_state": "LIVE"}})
    return rules
