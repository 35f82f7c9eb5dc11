"""AWS foundation: VPC, EKS with IRSA, Karpenter for GPU and CPU capacity, S3 with SSE-KMS, RDS PostgreSQL.

Capacity: a managed node group for the system (it runs Karpenter, CoreDNS and the operators) and Karpenter
NodePools for everything that grows: `gpu` (Triton) and `general` (CPU overflow). EKS installs no
metrics-server (docs.aws.amazon.com/eks/latest/userguide/metrics-server.html: "isn't deployed by default"), so
`resource_metrics` is False and the Platform installs one.

Identity: IRSA (an IAM OIDC provider for the cluster's issuer and one IAM role per Kubernetes
service account). Chosen over EKS Pod Identity because it works the same on clusters we did not
create (only the issuer and provider ARN are needed) and needs no agent add-on.
"""

from __future__ import annotations

from typing import Optional

import pulumi
import pulumi_aws as aws
import pulumi_kubernetes as k8s

from contract.errors import ArgumentError
from . import options, aws_policies, checks, cidr, kubeconfig, naming, nvidia
from .karpenter import Consolidation, Karpenter, KarpenterArgs, KarpenterNodePool
from .aws_args import AwsExistingCluster, AwsFoundationArgs, CapacityType, EksLogType
from components.kube.istio import ExternalService

from .base import (
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

__all__ = ["AwsFoundation", "AwsFoundationArgs", "AwsExistingCluster", "CapacityType", "EksLogType"]

GPU_TAINT = {"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}
GPU_NODE_LABELS = {"loom.io/node-role": "gpu", "nvidia.com/gpu.present": "true"}
GENERAL_NODE_LABELS = {"loom.io/node-role": "general"}
KARPENTER_CAPACITY_TYPES = {CapacityType.ON_DEMAND: ["on-demand"], CapacityType.SPOT: ["spot", "on-demand"]}
"""Karpenter's `karpenter.sh/capacity-type` values; with both it prefers spot and falls back to on-demand."""
SYSTEM_NODE_LABELS = {"loom.io/node-role": "system"}
STORAGE_CLASS = "loom-gp3-encrypted"
MANAGED_POLICY = aws_policies.MANAGED_POLICY
DEFAULT_DB_CLASS = "db.t4g.medium"


class AwsFoundation(Foundation):
    """EKS (or an existing cluster) plus S3, IRSA and RDS, all through one explicit `aws.Provider`."""

    cluster_name: pulumi.Output[str]
    kubeconfig: pulumi.Output[str]
    """Secret kubeconfig using `aws eks get-token`."""
    oidc_provider_arn: pulumi.Output[str]
    oidc_issuer_url: pulumi.Output[str]
    vpc_id: pulumi.Output[str]
    data_key_arn: pulumi.Output[str]
    """Customer-managed KMS key for S3 objects, RDS storage and EBS volumes."""

    def __init__(self, name: str, args: AwsFoundationArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        self._validate(args)
        super().__init__("loom:foundation:AwsFoundation", name, None, opts)
        self._name = name
        self._args = args
        self.cloud = Cloud.AWS
        self.store_kind = ObjectStoreKind.S3
        self.resource_metrics = False
        self.region = args.region
        # Regional S3 (path and virtual-hosted style) and STS (IRSA's AssumeRoleWithWebIdentity).
        self.egress = [
            ExternalService("aws-s3", [f"s3.{args.region}.amazonaws.com", f"*.s3.{args.region}.amazonaws.com"]),
            ExternalService("aws-sts", [f"sts.{args.region}.amazonaws.com"]),
        ]
        self._prefix = naming.dns_label(args.cluster_name_or_default() or name, 40)
        self._tags = {**args.with_environment(args.tags), "app.kubernetes.io/part-of": "loom", "loom:foundation": name}
        self._aws = pulumi.ResourceOptions(parent=self, provider=args.provider)

        self._data_key = aws.kms.Key(
            f"{name}-data-key",
            description=f"Loom {name}: S3 objects, RDS storage, EBS volumes",
            enable_key_rotation=True,
            deletion_window_in_days=args.kms_deletion_window_days,
            tags=self._tags,
            opts=self._aws.merge(pulumi.ResourceOptions(protect=args.protect)),
        )
        aws.kms.Alias(f"{name}-data-key-alias", name=f"alias/{self._prefix}-data", target_key_id=self._data_key.key_id,
                      opts=self._aws)
        self.data_key_arn = self._data_key.arn

        if args.existing_cluster is not None:
            self._use_existing(name, args.existing_cluster)
        else:
            self._create_cluster(name, args)

        outputs = {
            "cluster_name": self.cluster_name,
            "kubeconfig": self.kubeconfig,
            "oidc_provider_arn": self.oidc_provider_arn,
            "oidc_issuer_url": self.oidc_issuer_url,
            "vpc_id": self.vpc_id,
            "data_key_arn": self.data_key_arn,
            "region": args.region,
        }
        self.register_outputs(outputs)

    # ------------------------------------------------------------------ validation
    @staticmethod
    def _validate(args: AwsFoundationArgs) -> None:
        checks.require(isinstance(args, AwsFoundationArgs), f"args={args!r} must be an AwsFoundationArgs")
        checks.require(args.provider is not None, "args.provider is missing: pass the pulumi_aws.Provider to use")
        checks.require(bool(args.region) and isinstance(args.region, str), f"args.region={args.region!r} must be a region like 'eu-west-1'")
        checks.check_native_sidecar_version("args.kubernetes_version", args.kubernetes_version,
                                            "the feedback CronJobs, Pulsar's init Jobs and other platform Jobs")
        checks.check_range("args.kms_deletion_window_days", args.kms_deletion_window_days, 7, 30)
        if args.existing_cluster is not None:
            ex = args.existing_cluster
            checks.require(bool(ex.cluster_name), "args.existing_cluster.cluster_name is empty")
            checks.require(len(list(ex.private_subnet_ids)) >= 2,
                           "args.existing_cluster.private_subnet_ids needs at least 2 subnets in different AZs (RDS subnet group)")
            return
        cidr.parse_network("args.vpc_cidr", args.vpc_cidr, max_prefix=20)
        if args.availability_zones:
            checks.require(len(list(args.availability_zones)) >= 2,
                           f"args.availability_zones={list(args.availability_zones)!r} needs at least 2 AZs")
            checks.require(len(list(args.availability_zones)) <= 6, "args.availability_zones allows at most 6 AZs")
        else:
            checks.check_range("args.az_count", args.az_count, 2, 6)
        if args.endpoint_public_access:
            checks.require(bool(list(args.public_access_cidrs)),
                           "args.public_access_cidrs is empty but args.endpoint_public_access=True: list the CIDRs "
                           "allowed to reach the API, or keep the endpoint private")
            cidr.check_restricted("args.public_access_cidrs", args.public_access_cidrs)
        for i, log in enumerate(args.control_plane_logs):
            checks.check_enum(f"args.control_plane_logs[{i}]", log, EksLogType)
        checks.check_enum("args.gpu_capacity_type", args.gpu_capacity_type, CapacityType)
        checks.check_nonempty("args.system_instance_types", args.system_instance_types)
        checks.check_sizes("args.system", args.system_min_size, args.system_desired_size, args.system_max_size)
        if args.gpu_node_pool:
            checks.check_nonempty("args.gpu_instance_types", args.gpu_instance_types)
            checks.require(isinstance(args.gpu_limit, int) and args.gpu_limit >= 1,
                           f"args.gpu_limit={args.gpu_limit!r} must be an integer >= 1 (GPUs the GPU NodePool may hold)")
        if args.general_node_pool:
            checks.require(isinstance(args.general_cpu_limit, int) and args.general_cpu_limit >= 1,
                           f"args.general_cpu_limit={args.general_cpu_limit!r} must be an integer >= 1 (vCPUs)")
            checks.require(isinstance(args.general_memory_limit_gi, int) and args.general_memory_limit_gi >= 1,
                           f"args.general_memory_limit_gi={args.general_memory_limit_gi!r} must be an integer >= 1 (GiB)")

    # ------------------------------------------------------------------ existing cluster
    def _use_existing(self, name: str, ex: AwsExistingCluster) -> None:
        self.cluster_name = pulumi.Output.from_input(ex.cluster_name)
        self.kubeconfig = pulumi.Output.secret(ex.kubeconfig)
        self.oidc_provider_arn = pulumi.Output.from_input(ex.oidc_provider_arn)
        self.oidc_issuer_url = pulumi.Output.from_input(ex.oidc_issuer_url)
        self.vpc_id = pulumi.Output.from_input(ex.vpc_id)
        self._private_subnet_ids = list(ex.private_subnet_ids)
        self._node_sg_id = pulumi.Output.from_input(ex.cluster_security_group_id)
        self.k8s_provider = k8s.Provider(f"{name}-k8s", kubeconfig=self.kubeconfig,
                                         opts=pulumi.ResourceOptions(parent=self))
        self.storage_class = None
        self.resource_metrics = ex.metrics_server
        self.karpenter: Optional[Karpenter] = None  # the cluster's capacity is its owner's
        self.gpu = GpuProfile(tolerations=[_toleration()]) if ex.gpu else None

    # ------------------------------------------------------------------ new cluster
    def _create_cluster(self, name: str, args: AwsFoundationArgs) -> None:
        cluster_name = args.cluster_name_or_default() or naming.dns_label(name, 100)
        azs = self._availability_zones(args)
        az_count = len(list(args.availability_zones)) or args.az_count
        public_cidrs, private_cidrs = cidr.vpc_layout(args.vpc_cidr, az_count)
        cluster_tag = {f"kubernetes.io/cluster/{cluster_name}": "shared"}

        vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block=args.vpc_cidr, enable_dns_hostnames=True, enable_dns_support=True,
                          tags={**self._tags, "Name": f"{cluster_name}-vpc"}, opts=self._aws)
        self.vpc_id = vpc.id
        igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=vpc.id, tags=self._tags, opts=self._aws)
        public_rt = aws.ec2.RouteTable(f"{name}-public-rt", vpc_id=vpc.id,
                                       routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": igw.id}],
                                       tags=self._tags, opts=self._aws)
        public_subnets, private_subnets, nats = [], [], []
        for i in range(az_count):
            key = _az_key(args, i)
            az = azs[i]
            pub = aws.ec2.Subnet(
                f"{name}-public-{key}", vpc_id=vpc.id, cidr_block=public_cidrs[i], availability_zone=az,
                map_public_ip_on_launch=False,
                tags={**self._tags, **cluster_tag, "kubernetes.io/role/elb": "1", "Name": f"{cluster_name}-public-{key}"},
                opts=self._aws)
            aws.ec2.RouteTableAssociation(f"{name}-public-{key}-rta", subnet_id=pub.id, route_table_id=public_rt.id,
                                          opts=self._aws)
            public_subnets.append(pub)
            if i == 0 or not args.single_nat_gateway:
                eip = aws.ec2.Eip(f"{name}-nat-{key}-eip", domain="vpc", tags=self._tags, opts=self._aws)
                nats.append(aws.ec2.NatGateway(f"{name}-nat-{key}", allocation_id=eip.id, subnet_id=pub.id,
                                               tags=self._tags,
                                               opts=self._aws.merge(pulumi.ResourceOptions(depends_on=[igw]))))
            priv = aws.ec2.Subnet(
                f"{name}-private-{key}", vpc_id=vpc.id, cidr_block=private_cidrs[i], availability_zone=az,
                tags={**self._tags, **cluster_tag, "kubernetes.io/role/internal-elb": "1",
                      "Name": f"{cluster_name}-private-{key}"},
                opts=self._aws)
            rt = aws.ec2.RouteTable(f"{name}-private-{key}-rt", vpc_id=vpc.id,
                                    routes=[{"cidr_block": "0.0.0.0/0", "nat_gateway_id": nats[-1].id}],
                                    tags=self._tags, opts=self._aws)
            aws.ec2.RouteTableAssociation(f"{name}-private-{key}-rta", subnet_id=priv.id, route_table_id=rt.id,
                                          opts=self._aws)
            private_subnets.append(priv)
        self._private_subnet_ids = [s.id for s in private_subnets]

        # Secrets envelope encryption has its own key so its grants never mix with data access.
        secrets_key = aws.kms.Key(f"{name}-eks-secrets-key", description=f"Loom {name}: EKS secrets envelope encryption",
                                  enable_key_rotation=True, deletion_window_in_days=args.kms_deletion_window_days,
                                  tags=self._tags, opts=self._aws.merge(pulumi.ResourceOptions(protect=args.protect)))
        cluster_role = aws.iam.Role(f"{name}-cluster-role",
                                    assume_role_policy=aws_policies.assume_role_for_service("eks.amazonaws.com"),
                                    tags=self._tags, opts=self._aws)
        cluster_policy = aws.iam.RolePolicyAttachment(f"{name}-cluster-policy", role=cluster_role.name,
                                                      policy_arn=MANAGED_POLICY + "AmazonEKSClusterPolicy", opts=self._aws)
        # Created before the cluster so retention is ours, not "never expire".
        log_group = aws.cloudwatch.LogGroup(f"{name}-cluster-logs", name=f"/aws/eks/{cluster_name}/cluster",
                                            retention_in_days=args.log_retention_days, tags=self._tags, opts=self._aws)
        cluster = aws.eks.Cluster(
            f"{name}-eks",
            name=cluster_name,
            version=args.kubernetes_version,
            role_arn=cluster_role.arn,
            vpc_config={
                "subnet_ids": self._private_subnet_ids,
                "endpoint_private_access": True,
                "endpoint_public_access": args.endpoint_public_access,
                "public_access_cidrs": list(args.public_access_cidrs) if args.endpoint_public_access else None,
            },
            encryption_config={"provider": {"key_arn": secrets_key.arn}, "resources": ["secrets"]},
            enabled_cluster_log_types=[EksLogType(t).value for t in args.control_plane_logs],
            access_config={"authentication_mode": "API", "bootstrap_cluster_creator_admin_permissions": True},
            # Core add-ons are managed below (versions, IRSA, network policy) rather than self-managed.
            bootstrap_self_managed_addons=False,
            deletion_protection=args.protect,
            tags=self._tags,
            opts=self._aws.merge(pulumi.ResourceOptions(depends_on=[cluster_policy, log_group], protect=args.protect)),
        )
        self.cluster_name = cluster.name
        self._node_sg_id = cluster.vpc_config.cluster_security_group_id
        self.oidc_issuer_url = cluster.identities.apply(lambda ids: ids[0].oidcs[0].issuer)
        oidc = aws.iam.OpenIdConnectProvider(f"{name}-oidc", url=self.oidc_issuer_url,
                                             client_id_lists=["sts.amazonaws.com"], tags=self._tags, opts=self._aws)
        self.oidc_provider_arn = oidc.arn

        # VPC CNI with its own IRSA role (not on the node role) and the network policy agent turned on.
        cni_role = self._irsa_role(f"{name}-vpc-cni", "kube-system", "aws-node", [MANAGED_POLICY + "AmazonEKS_CNI_Policy"])
        vpc_cni = aws.eks.Addon(f"{name}-vpc-cni", cluster_name=cluster.name, addon_name="vpc-cni",
                                service_account_role_arn=cni_role.arn,
                                configuration_values='{"enableNetworkPolicy":"true"}',
                                resolve_conflicts_on_create="OVERWRITE", resolve_conflicts_on_update="OVERWRITE",
                                tags=self._tags, opts=self._aws)
        kube_proxy = aws.eks.Addon(f"{name}-kube-proxy", cluster_name=cluster.name, addon_name="kube-proxy",
                                   resolve_conflicts_on_update="OVERWRITE", tags=self._tags, opts=self._aws)

        node_role = aws.iam.Role(f"{name}-node-role", assume_role_policy=aws_policies.assume_role_for_service("ec2.amazonaws.com"),
                                 tags=self._tags, opts=self._aws)
        node_policies = [
            aws.iam.RolePolicyAttachment(f"{name}-node-{short}", role=node_role.name, policy_arn=MANAGED_POLICY + policy,
                                         opts=self._aws)
            for short, policy in (("worker", "AmazonEKSWorkerNodePolicy"),
                                  ("ecr", "AmazonEC2ContainerRegistryReadOnly"),
                                  ("ssm", "AmazonSSMManagedInstanceCore"))
        ]
        node_deps = pulumi.ResourceOptions(depends_on=[*node_policies, vpc_cni, kube_proxy],
                                           # a manual resize of the system group is kept (nothing autoscales it:
                                           # Karpenter adds capacity as NodePools)
                                           ignore_changes=["scalingConfig.desiredSize"])
        system = aws.eks.NodeGroup(
            f"{name}-system-nodes", cluster_name=cluster.name, node_role_arn=node_role.arn,
            subnet_ids=self._private_subnet_ids, ami_type="AL2023_x86_64_STANDARD",
            instance_types=list(args.system_instance_types), capacity_type="ON_DEMAND",
            scaling_config={"min_size": args.system_min_size, "desired_size": args.system_desired_size,
                            "max_size": args.system_max_size},
            update_config={"max_unavailable": 1}, labels=SYSTEM_NODE_LABELS, tags=self._tags,
            opts=self._aws.merge(node_deps))
        node_groups = [system]
        aws.eks.Addon(f"{name}-coredns", cluster_name=cluster.name, addon_name="coredns",
                      resolve_conflicts_on_update="OVERWRITE", tags=self._tags,
                      opts=self._aws.merge(pulumi.ResourceOptions(depends_on=node_groups)))
        ebs_role = self._irsa_role(f"{name}-ebs-csi", "kube-system", "ebs-csi-controller-sa",
                                   [MANAGED_POLICY + "service-role/AmazonEBSCSIDriverPolicy"])
        ebs_kms = aws.iam.RolePolicy(f"{name}-ebs-csi-kms", role=ebs_role.id, policy=self._data_key.arn.apply(aws_policies.ebs_csi_kms_policy),
                                     opts=self._aws)
        ebs_csi = aws.eks.Addon(f"{name}-ebs-csi", cluster_name=cluster.name, addon_name="aws-ebs-csi-driver",
                                service_account_role_arn=ebs_role.arn, resolve_conflicts_on_update="OVERWRITE",
                                tags=self._tags, opts=self._aws.merge(pulumi.ResourceOptions(depends_on=[*node_groups, ebs_kms])))

        self.kubeconfig = pulumi.Output.secret(pulumi.Output.all(cluster.name, cluster.endpoint,
                                                                 cluster.certificate_authority.data).apply(
            lambda v: kubeconfig.eks(v[0], v[1], v[2], args.region)))
        self.k8s_provider = k8s.Provider(f"{name}-k8s", kubeconfig=self.kubeconfig,
                                         opts=pulumi.ResourceOptions(parent=self, depends_on=node_groups))
        k8s_opts = pulumi.ResourceOptions(parent=self, provider=self.k8s_provider)
        # The cluster default: EKS 1.30+ marks no class default, and a volume a chart creates without a class
        # (Pulsar's, Prometheus') would otherwise stay Pending (issue 10, defect 8).
        k8s.storage.v1.StorageClass(
            f"{name}-storage-class",
            metadata={"name": STORAGE_CLASS, "annotations": {"storageclass.kubernetes.io/is-default-class": "true"}},
            provisioner="ebs.csi.aws.com",
            parameters={"type": "gp3", "encrypted": "true", "kmsKeyId": self._data_key.arn},
            volume_binding_mode="WaitForFirstConsumer", allow_volume_expansion=True, reclaim_policy="Retain",
            opts=k8s_opts.merge(pulumi.ResourceOptions(depends_on=[ebs_csi])))
        self.storage_class = STORAGE_CLASS
        self.karpenter = Karpenter(f"{name}-karpenter", KarpenterArgs(
            aws_provider=args.provider, k8s_provider=self.k8s_provider, cluster_name=cluster.name,
            cluster_endpoint=cluster.endpoint, region=args.region, oidc_provider_arn=self.oidc_provider_arn,
            oidc_issuer_url=self.oidc_issuer_url, subnet_ids=self._private_subnet_ids,
            security_group_ids=[cluster.vpc_config.cluster_security_group_id], volume_kms_key_arn=self._data_key.arn,
            node_pools=_node_pools(args), controller_node_selector=SYSTEM_NODE_LABELS, ami_alias=args.node_ami_alias,
            chart_version=args.karpenter_version, tags=self._tags,
        ), pulumi.ResourceOptions(parent=self, depends_on=node_groups))
        self.gpu = None
        if args.gpu_node_pool:
            # The AL2023 NVIDIA AMI ships the driver and container toolkit, not the device plugin.
            nvidia.device_plugin(f"{name}-nvidia-device-plugin", args.nvidia_device_plugin_version,
                                 {"loom.io/node-role": "gpu"}, _toleration(), k8s_opts)
            self.gpu = GpuProfile(tolerations=[_toleration()], node_selector={"loom.io/node-role": "gpu"})

    def _availability_zones(self, args: AwsFoundationArgs) -> list:
        if args.availability_zones:
            return list(args.availability_zones)
        names = aws.get_availability_zones_output(
            state="available", filters=[{"name": "opt-in-status", "values": ["opt-in-not-required"]}],
            opts=pulumi.InvokeOutputOptions(provider=args.provider, parent=self)).names
        return [names.apply(lambda n, i=i: _nth_az(n, i)) for i in range(args.az_count)]

    def _irsa_role(self, name: str, namespace: str, service_account: str, managed: list[str]) -> aws.iam.Role:
        role = aws.iam.Role(
            f"{name}-role",
            assume_role_policy=pulumi.Output.all(self.oidc_provider_arn, self.oidc_issuer_url).apply(
                lambda v: aws_policies.irsa_trust_policy(v[0], v[1], namespace, service_account)),
            tags=self._tags, opts=self._aws)
        for arn in managed:
            aws.iam.RolePolicyAttachment(f"{name}-{arn.rsplit('/', 1)[-1]}", role=role.name, policy_arn=arn, opts=self._aws)
        return role

    # ------------------------------------------------------------------ Foundation API
    def bucket(self, name: str, spec: BucketSpec, opts: pulumi.ResourceOptions) -> Bucket:
        """S3 bucket: SSE-KMS with the foundation's key, versioning, public access blocked, ACLs off,
        lifecycle, TLS-only policy. Protected when spec.protect (never force-destroyed)."""
        checks.check_bucket_spec(spec)
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, self._args.provider)
        bucket = aws.s3.Bucket(
            name,
            bucket_prefix=naming.bucket_name(self._prefix, spec.purpose.value, 36) + "-",
            force_destroy=False,
            tags={**self._tags, "loom.io/purpose": spec.purpose.value},
            opts=pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(), child).merge(
                pulumi.ResourceOptions(protect=spec.protect)))
        below = pulumi.ResourceOptions(parent=bucket, provider=self._args.provider)
        aws.s3.BucketOwnershipControls(f"{name}-ownership", bucket=bucket.id,
                                       rule={"object_ownership": "BucketOwnerEnforced"}, opts=below)
        block = aws.s3.BucketPublicAccessBlock(f"{name}-public-access-block", bucket=bucket.id, block_public_acls=True,
                                               block_public_policy=True, ignore_public_acls=True,
                                               restrict_public_buckets=True, opts=below)
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-encryption", bucket=bucket.id,
            rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms",
                                                                "kms_master_key_id": self._data_key.arn},
                    "bucket_key_enabled": True}],
            opts=below)
        versioning = None
        if spec.versioning:
            versioning = aws.s3.BucketVersioning(f"{name}-versioning", bucket=bucket.id,
                                                 versioning_configuration={"status": "Enabled"}, opts=below)
        aws.s3.BucketLifecycleConfiguration(
            f"{name}-lifecycle", bucket=bucket.id, rules=_lifecycle_rules(spec),
            opts=below.merge(pulumi.ResourceOptions(depends_on=[versioning] if versioning else [])))
        aws.s3.BucketPolicy(f"{name}-tls-only", bucket=bucket.id, policy=bucket.arn.apply(aws_policies.tls_only_bucket_policy),
                            opts=below.merge(pulumi.ResourceOptions(depends_on=[block])))
        return Bucket(name=bucket.bucket, uri=bucket.bucket.apply(lambda b: f"s3://{b}"), cloud_id=bucket.arn,
                      resource=bucket)

    def bind_identity(self, name: str, request: IdentityRequest, opts: pulumi.ResourceOptions) -> WorkloadIdentity:
        """IRSA: an IAM role trusted only by system:serviceaccount:<ns>:<sa>, with a least-privilege inline policy."""
        checks.check_identity_request(request)
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, self._args.provider)
        ns, sa = request.namespace, request.service_account
        role = aws.iam.Role(
            f"{name}-role",
            description=f"IRSA for {naming.k8s_subject(ns, sa)}",
            assume_role_policy=pulumi.Output.all(self.oidc_provider_arn, self.oidc_issuer_url).apply(
                lambda v: aws_policies.irsa_trust_policy(v[0], v[1], ns, sa)),
            max_session_duration=3600, tags=self._tags, opts=child)
        grants = [(g.bucket.cloud_id, g.access) for g in request.grants]
        policy = aws.iam.RolePolicy(
            f"{name}-s3", role=role.id,
            policy=pulumi.Output.all(self._data_key.arn, *[arn for arn, _ in grants]).apply(
                lambda v: aws_policies.bucket_access_policy([(arn, access, v[0]) for arn, (_, access) in zip(v[1:], grants)])),
            opts=pulumi.ResourceOptions(parent=role, provider=self._args.provider))
        return WorkloadIdentity(
            service_account_annotations={"eks.amazonaws.com/role-arn": role.arn,
                                         "eks.amazonaws.com/sts-regional-endpoints": "true"},
            env={"AWS_REGION": self._args.region, "AWS_DEFAULT_REGION": self._args.region},
            resources=[role, policy])

    def postgres(self, name: str, spec: PostgresSpec, opts: pulumi.ResourceOptions) -> Postgres:
        """RDS PostgreSQL: private subnets, reachable only from the cluster's security group, KMS-encrypted,
        rds.force_ssl=1, automated backups; deletion protection + Pulumi protect when spec.protect."""
        checks.check_postgres_spec(spec)
        owner = options.owner_of(opts, self)
        child = options.owned(opts, self, self._args.provider)
        major = self._args.postgres_engine_version.split(".")[0]
        subnets = aws.rds.SubnetGroup(f"{name}-subnets", subnet_ids=self._private_subnet_ids,
                                      description=f"Loom {name}: private subnets", tags=self._tags, opts=child)
        sg = aws.ec2.SecurityGroup(f"{name}-sg", vpc_id=self.vpc_id, description=f"Loom {name}: Postgres from the cluster only",
                                   tags=self._tags, opts=child)
        ingress = aws.vpc.SecurityGroupIngressRule(
            f"{name}-from-cluster", security_group_id=sg.id, referenced_security_group_id=self._node_sg_id,
            ip_protocol="tcp", from_port=5432, to_port=5432, description="Postgres from EKS nodes and pods",
            opts=pulumi.ResourceOptions(parent=sg, provider=self._args.provider))
        params = aws.rds.ParameterGroup(
            f"{name}-params", family=f"postgres{major}", description=f"Loom {name}: TLS required",
            parameters=[{"name": "rds.force_ssl", "value": "1"},
                        {"name": "password_encryption", "value": "scram-sha-256"},
                        {"name": "log_connections", "value": "1"}],
            tags=self._tags, opts=child)
        password = pulumi.Output.secret(spec.password)
        db = aws.rds.Instance(
            name,
            identifier_prefix=naming.dns_label(f"{self._prefix}-{spec.database}", 50) + "-",
            engine="postgres",
            engine_version=self._args.postgres_engine_version,
            instance_class=spec.instance_class or DEFAULT_DB_CLASS,
            allocated_storage=checks.cloud_storage_gb(spec.storage_gb, 20),
            max_allocated_storage=checks.cloud_storage_gb(spec.storage_gb, 20) * 5,
            storage_type="gp3",
            storage_encrypted=True,
            kms_key_id=self._data_key.arn,
            db_name=spec.database,
            username=spec.username,
            password=password,
            port=5432,
            db_subnet_group_name=subnets.name,
            vpc_security_group_ids=[sg.id],
            parameter_group_name=params.name,
            publicly_accessible=False,
            multi_az=spec.high_availability,
            backup_retention_period=spec.backup_retention_days,
            copy_tags_to_snapshot=True,
            deletion_protection=spec.protect,
            skip_final_snapshot=False,
            final_snapshot_identifier=naming.dns_label(f"{self._prefix}-{spec.database}-final", 60),
            auto_minor_version_upgrade=True,
            ca_cert_identifier="rds-ca-rsa2048-g1",
            performance_insights_enabled=True,
            performance_insights_kms_key_id=self._data_key.arn,
            enabled_cloudwatch_logs_exports=["postgresql", "upgrade"],
            tags=self._tags,
            opts=pulumi.ResourceOptions.merge(opts or pulumi.ResourceOptions(), child).merge(
                pulumi.ResourceOptions(protect=spec.protect, depends_on=[ingress],
                                       additional_secret_outputs=["password"])))
        return Postgres(host=db.address, port=db.port, database=pulumi.Output.from_input(spec.database),
                        egress=[ExternalService(naming.dns_label(f"{spec.database}-postgres", 63), [db.address],
                                                port=5432, protocol="TCP", resolution="DNS")],
                        username=pulumi.Output.from_input(spec.username), password=password, sslmode="require", resources=[db])


def _toleration() -> dict:
    return {"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"}


def _node_pools(args: AwsFoundationArgs) -> list[KarpenterNodePool]:
    """Karpenter's pools: `gpu` for Triton (never consolidated while a pod runs on it) and `general` for CPU."""
    pools = []
    linux_amd64 = [{"key": "kubernetes.io/arch", "operator": "In", "values": ["amd64"]},
                   {"key": "kubernetes.io/os", "operator": "In", "values": ["linux"]}]
    if args.gpu_node_pool:
        pools.append(KarpenterNodePool(
            name="gpu",
            requirements=[*linux_amd64,
                          {"key": "node.kubernetes.io/instance-type", "operator": "In", "values": list(args.gpu_instance_types)},
                          {"key": "karpenter.sh/capacity-type", "operator": "In",
                           "values": KARPENTER_CAPACITY_TYPES[CapacityType(args.gpu_capacity_type)]}],
            limits={"nvidia.com/gpu": str(args.gpu_limit)},
            labels=GPU_NODE_LABELS, taints=[GPU_TAINT], root_volume_gb=args.gpu_disk_size_gb,
            consolidation=Consolidation.WHEN_EMPTY, consolidate_after="10m", disruption_budget="1"))
    if args.general_node_pool:
        pools.append(KarpenterNodePool(
            name="general",
            requirements=[*linux_amd64,
                          {"key": "karpenter.k8s.aws/instance-category", "operator": "In", "values": ["c", "m", "r"]},
                          {"key": "karpenter.k8s.aws/instance-generation", "operator": "Gt", "values": ["5"]},
                          {"key": "karpenter.sh/capacity-type", "operator": "In", "values": ["on-demand"]}],
            limits={"cpu": str(args.general_cpu_limit), "memory": f"{args.general_memory_limit_gi}Gi"},
            labels=GENERAL_NODE_LABELS))
    return pools


def _az_key(args: AwsFoundationArgs, i: int) -> str:
    """Stable per-AZ child key: the AZ name when given, else its position (documented)."""
    if args.availability_zones:
        return list(args.availability_zones)[i]
    return f"az{i + 1}"


def _nth_az(names: list[str], i: int) -> str:
    if len(names) <= i:
        raise ArgumentError(f"args.az_count asks for {i + 1}+ AZs but the region offers {len(names)}: {names}")
    return names[i]


def _lifecycle_rules(spec: BucketSpec) -> list[dict]:
    everything = {"prefix": ""}
    rules: list[dict] = [
        {"id": "abort-incomplete-uploads", "status": "Enabled", "filter": everything,
         "abort_incomplete_multipart_upload": {"days_after_initiation": 7}},
    ]
    if spec.versioning:
        rules.append({"id": "expire-noncurrent", "status": "Enabled", "filter": everything,
                      "noncurrent_version_expiration": {"noncurrent_days": spec.noncurrent_version_expiration_days}})
    if spec.transition_to_cold_days is not None:
        rules.append({"id": "to-glacier-ir", "status": "Enabled", "filter": everything,
                      "transitions": [{"days": spec.transition_to_cold_days, "storage_class": "GLACIER_IR"}]})
    if spec.retention_days is not None:
        rules.append({"id": "retention", "status": "Enabled", "filter": everything,
                      "expiration": {"days": spec.retention_days}})
    return rules
