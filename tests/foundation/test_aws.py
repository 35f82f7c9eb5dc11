"""AwsFoundation under Pulumi mocks: what `pulumi up` would send to AWS."""

from __future__ import annotations

import json

import pulumi
import pytest

from components.foundation import (
    Access,
    AwsExistingCluster,
    AwsFoundationArgs,
    BucketGrant,
    BucketPurpose,
    BucketSpec,
    CapacityType,
    IdentityRequest,
    PostgresSpec,
)
from tests.foundation import harness
from tests.foundation.harness import is_secret, unsecret


def _program(args_kw: dict | None = None, existing: bool = False):
    import pulumi_aws as aws

    from components.foundation.aws import AwsFoundation

    def program():
        provider = aws.Provider("aws", region="eu-west-1", skip_credentials_validation=True)
        kw = dict(provider=provider, region="eu-west-1", **(args_kw or {}))
        if existing:
            kw["existing_cluster"] = AwsExistingCluster(
                cluster_name="shared-eks", kubeconfig="apiVersion: v1\nkind: Config\n",
                oidc_provider_arn="arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXIST",
                oidc_issuer_url="https://oidc.eks.eu-west-1.amazonaws.com/id/EXIST", vpc_id="vpc-123",
                private_subnet_ids=["subnet-a", "subnet-b"], cluster_security_group_id="sg-nodes")
        f = AwsFoundation("loom", AwsFoundationArgs(**kw))
        lake = f.bucket("lake-bucket", BucketSpec(BucketPurpose.LAKE, transition_to_cold_days=90, retention_days=365),
                        pulumi.ResourceOptions(parent=f))
        models = f.bucket("models-bucket", BucketSpec(BucketPurpose.MODELS), pulumi.ResourceOptions(parent=f))
        wi = f.bind_identity("triton-identity", IdentityRequest("loom-serving", "triton", [BucketGrant(models, Access.READ)]),
                             pulumi.ResourceOptions(parent=f))
        wi_rw = f.bind_identity("collector-identity", IdentityRequest("loom-system", "otel-collector",
                                                                       [BucketGrant(lake, Access.READ_WRITE)]),
                                pulumi.ResourceOptions(parent=f))
        pg = f.postgres("mlflow-db", PostgresSpec("mlflow", "mlflow", pulumi.Output.secret("s3cret"),
                                                  backup_retention_days=14), pulumi.ResourceOptions(parent=f))
        return {"f": f, "wi": wi, "wi_rw": wi_rw, "pg": pg, "lake": lake}

    return program


def _issuer_host(graph) -> str:
    """The EKS cluster's OIDC issuer without the scheme, as the (mock) provider computed it."""
    issuer = graph.one("aws:eks/cluster:Cluster").outputs["identities"][0]["oidcs"][0]["issuer"]
    assert issuer.startswith("https://oidc.eks.eu-west-1.amazonaws.com/id/")
    return issuer.removeprefix("https://")


def _cluster_security_group(graph) -> str:
    sg = graph.one("aws:eks/cluster:Cluster").outputs["vpcConfig"]["clusterSecurityGroupId"]
    assert sg.startswith("sg-")
    return sg


@pytest.fixture(scope="module")
def graph():
    return harness.run(_program())


@pytest.fixture(scope="module")
def existing_graph():
    return harness.run(_program(existing=True))


def test_type_token_and_foundation_attributes(graph):
    f = graph.value["f"]
    assert graph.one("loom:foundation:AwsFoundation").name == "loom"
    assert f.cloud.value == "aws" and f.store_kind.value == "s3" and f.region == "eu-west-1"
    assert f.storage_class == "loom-gp3-encrypted"
    assert f.gpu is not None and f.gpu.tolerations[0]["key"] == "nvidia.com/gpu"
    assert harness.resolve(f.cluster_name) == "loom"


def test_every_bucket_is_kms_encrypted_versioned_private_tls_only_and_protected(graph):
    buckets = graph.of_type("aws:s3/bucket:Bucket")
    assert {b.name for b in buckets} == {"lake-bucket", "models-bucket"}
    data_key = graph.one("aws:kms/key:Key", "loom-data-key")
    assert data_key.inputs["enableKeyRotation"] is True and data_key.protect
    for b in buckets:
        assert b.protect and b.inputs.get("forceDestroy") is False
        children = {r.type: r for r in graph.resources if r.parent == b.urn}
        sse = children["aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"]
        rule = sse.inputs["rules"][0]["applyServerSideEncryptionByDefault"]
        assert rule["sseAlgorithm"] == "aws:kms" and rule["kmsMasterKeyId"] == data_key.outputs["arn"]
        assert children["aws:s3/bucketVersioning:BucketVersioning"].inputs["versioningConfiguration"]["status"] == "Enabled"
        pab = children["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"].inputs
        assert all(pab[k] is True for k in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"))
        policy = json.loads(children["aws:s3/bucketPolicy:BucketPolicy"].inputs["policy"])
        assert any(s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}} and s["Effect"] == "Deny"
                   for s in policy["Statement"])
        assert children["aws:s3/bucketOwnershipControls:BucketOwnershipControls"].inputs["rule"]["objectOwnership"] == \
            "BucketOwnerEnforced"


def test_lifecycle_follows_the_spec(graph):
    lake = graph.one("aws:s3/bucket:Bucket", "lake-bucket")
    lc = next(r for r in graph.resources if r.parent == lake.urn and r.type.endswith("BucketLifecycleConfiguration"))
    rules = {r["id"]: r for r in lc.inputs["rules"]}
    assert rules["retention"]["expiration"]["days"] == 365
    assert rules["to-glacier-ir"]["transitions"][0] == {"days": 90, "storageClass": "GLACIER_IR"}
    assert rules["expire-noncurrent"]["noncurrentVersionExpiration"]["noncurrentDays"] == 30
    assert rules["abort-incomplete-uploads"]["abortIncompleteMultipartUpload"]["daysAfterInitiation"] == 7


def test_eks_is_private_encrypted_logged_with_irsa(graph):
    eks = graph.one("aws:eks/cluster:Cluster").inputs
    assert eks["vpcConfig"]["endpointPublicAccess"] is False and eks["vpcConfig"]["endpointPrivateAccess"] is True
    assert eks["encryptionConfig"]["resources"] == ["secrets"]
    assert eks["encryptionConfig"]["provider"]["keyArn"] == graph.one("aws:kms/key:Key", "loom-eks-secrets-key").outputs["arn"]
    assert set(eks["enabledClusterLogTypes"]) == {"api", "audit", "authenticator", "controllerManager", "scheduler"}
    assert eks["accessConfig"]["authenticationMode"] == "API"
    oidc = graph.one("aws:iam/openIdConnectProvider:OpenIdConnectProvider").inputs
    assert oidc["clientIdLists"] == ["sts.amazonaws.com"]
    assert oidc["url"] == "https://" + _issuer_host(graph)
    cni = graph.one("aws:eks/addon:Addon", "loom-vpc-cni").inputs
    assert json.loads(cni["configurationValues"]) == {"enableNetworkPolicy": "true"}


def test_public_endpoint_is_cidr_restricted():
    g = harness.run(_program({"endpoint_public_access": True, "public_access_cidrs": ["203.0.113.0/24"]}))
    vpc = g.one("aws:eks/cluster:Cluster").inputs["vpcConfig"]
    assert vpc["endpointPublicAccess"] is True and vpc["publicAccessCidrs"] == ["203.0.113.0/24"]


def test_vpc_spans_azs_with_lb_tags_and_nat(graph):
    private = [r for r in graph.of_type("aws:ec2/subnet:Subnet") if "private" in r.name]
    public = [r for r in graph.of_type("aws:ec2/subnet:Subnet") if "public" in r.name]
    assert len(private) == len(public) == 3
    assert len({s.inputs["availabilityZone"] for s in private}) == 3
    assert all(s.inputs["tags"]["kubernetes.io/role/internal-elb"] == "1" for s in private)
    assert all(s.inputs["tags"]["kubernetes.io/role/elb"] == "1" for s in public)
    assert all(s.inputs.get("mapPublicIpOnLaunch") is False for s in public)
    assert len(graph.of_type("aws:ec2/natGateway:NatGateway")) == 3


def _karpenter_cr(graph, kind: str, name: str) -> dict:
    return graph.one(f"kubernetes:{'karpenter.sh' if kind == 'NodePool' else 'karpenter.k8s.aws'}/v1:{kind}",
                     f"loom-karpenter-{name}-{kind.lower().replace('ec2', '')}").inputs["spec"]


def test_gpu_capacity_is_a_karpenter_nodepool_bounded_by_gpus(graph):
    """Issue 10, defect 9: two single-GPU nodes and nothing that adds more cannot hold Triton's stable replicas,
    its canary and a rolling update's surge. GPU nodes now come from a Karpenter NodePool, bounded by
    `gpu_limit` GPUs, with the taint and labels Triton's pods tolerate and select."""
    assert not [r for r in graph.of_type("aws:eks/nodeGroup:NodeGroup") if "gpu" in r.name]
    pool = _karpenter_cr(graph, "NodePool", "gpu")
    assert pool["limits"] == {"nvidia.com/gpu": "4"}
    template = pool["template"]
    assert template["metadata"]["labels"] == {"loom.io/node-role": "gpu", "nvidia.com/gpu.present": "true"}
    assert template["spec"]["taints"] == [{"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}]
    reqs = {r["key"]: r for r in template["spec"]["requirements"]}
    assert reqs["node.kubernetes.io/instance-type"]["values"] == ["g6.xlarge"]
    assert reqs["karpenter.sh/capacity-type"]["values"] == ["on-demand"]
    assert template["spec"]["nodeClassRef"] == {"group": "karpenter.k8s.aws", "kind": "EC2NodeClass", "name": "gpu"}
    # Serving pods are never moved to save money: only empty GPU nodes are consolidated, one at a time.
    assert pool["disruption"]["consolidationPolicy"] == "WhenEmpty" and pool["disruption"]["budgets"] == [{"nodes": "1"}]
    node_class = _karpenter_cr(graph, "EC2NodeClass", "gpu")
    assert node_class["amiSelectorTerms"] == [{"alias": "al2023@latest"}]
    ebs = node_class["blockDeviceMappings"][0]["ebs"]
    data_key = graph.one("aws:kms/key:Key", "loom-data-key").outputs["arn"]
    assert ebs["volumeSize"] == "200Gi" and ebs["encrypted"] is True and ebs["kmsKeyID"] == data_key
    assert node_class["metadataOptions"]["httpTokens"] == "required" and node_class["metadataOptions"]["httpPutResponseHopLimit"] == 1
    assert node_class["securityGroupSelectorTerms"] == [{"id": _cluster_security_group(graph)}]
    assert len(node_class["subnetSelectorTerms"]) == 3
    general = _karpenter_cr(graph, "NodePool", "general")
    assert general["limits"] == {"cpu": "64", "memory": "256Gi"}
    assert general["disruption"]["consolidationPolicy"] == "WhenEmptyOrUnderutilized"


def test_gpu_capacity_type_spot_prefers_spot_with_on_demand_fallback():
    g = harness.run(_program({"gpu_capacity_type": CapacityType.SPOT, "gpu_limit": 7}))
    pool = _karpenter_cr(g, "NodePool", "gpu")
    assert {r["key"]: r["values"] for r in pool["template"]["spec"]["requirements"]}["karpenter.sh/capacity-type"] == \
        ["spot", "on-demand"]
    assert pool["limits"] == {"nvidia.com/gpu": "7"}


def test_karpenter_controller_iam_queue_and_node_access(graph):
    """The controller's IRSA role, the interruption queue with its five EventBridge rules, and an EC2_LINUX access
    entry for the node role, as Karpenter's CloudFormation template at v1.14.1 defines them."""
    role = graph.one("aws:iam/role:Role", "loom-karpenter-controller-role")
    trust = json.loads(role.inputs["assumeRolePolicy"])["Statement"][0]["Condition"]["StringEquals"]
    assert trust[f"{_issuer_host(graph)}:sub"] == "system:serviceaccount:kube-system:karpenter"
    policies = {r.name: json.loads(r.inputs["policy"]) for r in graph.of_type("aws:iam/rolePolicy:RolePolicy")
                if r.name.startswith("loom-karpenter-controller-")}
    assert set(policies) == {f"loom-karpenter-controller-{k}" for k in
                             ("node-lifecycle", "iam-integration", "eks-integration", "interruption", "resource-discovery")}
    actions = {a for p in policies.values() for s in p["Statement"] for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
    assert {"ec2:RunInstances", "ec2:CreateFleet", "ec2:TerminateInstances", "iam:PassRole", "iam:CreateInstanceProfile",
            "eks:DescribeCluster", "sqs:ReceiveMessage", "ec2:DescribeInstanceTypes", "pricing:GetProducts"} <= actions
    lifecycle = policies["loom-karpenter-controller-node-lifecycle"]["Statement"]
    deletion = next(s for s in lifecycle if s["Sid"] == "AllowScopedDeletion")
    assert deletion["Condition"]["StringEquals"] == {"aws:ResourceTag/kubernetes.io/cluster/loom": "owned"}
    pass_role = next(s for s in policies["loom-karpenter-controller-iam-integration"]["Statement"] if s["Sid"] == "AllowPassingInstanceRole")
    assert pass_role["Resource"] == graph.one("aws:iam/role:Role", "loom-karpenter-node-role").outputs["arn"]
    queue = graph.one("aws:sqs/queue:Queue", "loom-karpenter-interruption-queue")
    assert queue.inputs["messageRetentionSeconds"] == 300 and queue.inputs["sqsManagedSseEnabled"] is True
    rules = graph.of_type("aws:cloudwatch/eventRule:EventRule")
    patterns = {tuple(json.loads(r.inputs["eventPattern"])["detail-type"]) for r in rules}
    assert patterns == {("AWS Health Event",), ("EC2 Spot Instance Interruption Warning",),
                        ("EC2 Instance Rebalance Recommendation",), ("EC2 Instance State-change Notification",),
                        ("EC2 Capacity Reservation Instance Interruption Warning",)}
    assert {t.inputs["arn"] for t in graph.of_type("aws:cloudwatch/eventTarget:EventTarget")} == {queue.outputs["arn"]}
    access = graph.one("aws:eks/accessEntry:AccessEntry", "loom-karpenter-node-access").inputs
    assert access["type"] == "EC2_LINUX"
    release = graph.one("kubernetes:helm.sh/v3:Release", "loom-karpenter-release").inputs
    assert release["chart"] == "oci://public.ecr.aws/karpenter/karpenter" and release["version"] == "1.14.1"
    assert release["namespace"] == "kube-system" and release["atomic"] is True
    values = release["values"]
    assert values["settings"]["interruptionQueue"] == queue.outputs["name"]
    assert values["settings"]["clusterName"] == "loom"
    assert values["serviceAccount"]["annotations"]["eks.amazonaws.com/role-arn"] == role.outputs["arn"]
    assert values["nodeSelector"] == {"loom.io/node-role": "system"}  # never on a node it manages


def test_storage_class_is_the_cluster_default(graph):
    """Issue 10, defect 8: EKS 1.30+ marks no StorageClass default; a volume a chart creates without a class
    (Pulsar's, Prometheus') stays Pending unless Loom's encrypted gp3 class is the default."""
    sc = graph.one("kubernetes:storage.k8s.io/v1:StorageClass").inputs
    assert sc["metadata"]["name"] == "loom-gp3-encrypted"
    assert sc["metadata"]["annotations"] == {"storageclass.kubernetes.io/is-default-class": "true"}


def test_device_plugin_runs_on_the_gpu_pool(graph):
    plugin = graph.one("kubernetes:helm.sh/v3:Release", "loom-nvidia-device-plugin").inputs
    assert plugin["version"] == "0.17.1" and plugin["chart"] == "nvidia-device-plugin"
    assert {"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"} in plugin["values"]["tolerations"]
    assert plugin["values"]["nodeSelector"] == {"loom.io/node-role": "gpu"}


def test_no_gpu_pool_when_disabled():
    g = harness.run(_program({"gpu_node_pool": False}))
    assert [r.name for r in g.of_type("aws:eks/nodeGroup:NodeGroup")] == ["loom-system-nodes"]
    assert [r.inputs["metadata"]["name"] for r in g.of_type("kubernetes:karpenter.sh/v1:NodePool")] == ["general"]
    assert not [r for r in g.of_type("kubernetes:helm.sh/v3:Release") if "nvidia" in r.name]
    assert g.value["f"].gpu is None


def test_eks_has_no_resource_metrics_api_of_its_own(graph, existing_graph):
    """Issue 10, defect 10: EKS installs no metrics-server, so the foundation says so and the Platform adds one."""
    assert graph.value["f"].resource_metrics is False
    assert existing_graph.value["f"].resource_metrics is False
    assert existing_graph.value["f"].karpenter is None


def test_irsa_roles_trust_exactly_one_service_account(graph):
    role = graph.one("aws:iam/role:Role", "triton-identity-role")
    trust = json.loads(role.inputs["assumeRolePolicy"])["Statement"][0]
    cond = trust["Condition"]["StringEquals"]
    assert cond[f"{_issuer_host(graph)}:sub"] == "system:serviceaccount:loom-serving:triton"
    assert trust["Principal"]["Federated"].endswith(_issuer_host(graph))
    policy = json.loads(graph.one("aws:iam/rolePolicy:RolePolicy", "triton-identity-s3").inputs["policy"])
    models_arn = graph.one("aws:s3/bucket:Bucket", "models-bucket").outputs["arn"]
    assert {s["Resource"] for s in policy["Statement"]} >= {models_arn, models_arn + "/*"}
    assert "s3:PutObject" not in {a for s in policy["Statement"] for a in s["Action"]}
    wi = graph.value["wi"]
    assert harness.resolve(wi.service_account_annotations["eks.amazonaws.com/role-arn"]) == role.outputs["arn"]
    assert wi.env["AWS_REGION"] == "eu-west-1"


def test_rds_is_private_encrypted_tls_only_and_backed_up(graph):
    db = graph.one("aws:rds/instance:Instance", "mlflow-db")
    i = db.inputs
    assert i["publiclyAccessible"] is False and i["storageEncrypted"] is True
    assert i["kmsKeyId"] == graph.one("aws:kms/key:Key", "loom-data-key").outputs["arn"]
    assert i["backupRetentionPeriod"] == 14 and i["deletionProtection"] is True and db.protect
    assert i["skipFinalSnapshot"] is False
    assert is_secret(i["password"]) and unsecret(i["password"]) == "s3cret"
    params = {p["name"]: p["value"] for p in graph.one("aws:rds/parameterGroup:ParameterGroup").inputs["parameters"]}
    assert params["rds.force_ssl"] == "1"
    ingress = graph.one("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").inputs
    assert ingress["referencedSecurityGroupId"] == _cluster_security_group(graph) and "cidrIpv4" not in ingress
    assert ingress["fromPort"] == ingress["toPort"] == 5432
    pg = graph.value["pg"]
    assert pg.sslmode == "require" and harness.resolve(pg.port) == 5432


def test_egress_the_mesh_must_register(graph):
    """The mesh is REGISTRY_ONLY: regional S3 (path and virtual-hosted style), regional STS (IRSA) and the
    RDS endpoint (TCP, by DNS name) are what meshed workloads call outside the cluster."""
    f, pg = graph.value["f"], graph.value["pg"]
    assert [(e.name, list(e.hosts)) for e in f.egress] == [
        ("aws-s3", [f"s3.{f.region}.amazonaws.com", f"*.s3.{f.region}.amazonaws.com"]),
        ("aws-sts", [f"sts.{f.region}.amazonaws.com"])]
    (db,) = pg.egress
    assert (db.name, db.port, db.protocol, db.resolution) == ("mlflow-postgres", 5432, "TCP", "DNS")
    assert harness.resolve(db.hosts[0]) == harness.resolve(pg.host)


def test_no_static_keys_and_explicit_providers_everywhere(graph):
    assert harness.static_key_findings(graph) == []
    for r in graph.resources:
        if r.type.startswith("aws:"):
            assert "pulumi:providers:aws::aws" in r.provider, f"{r.type} {r.name} uses the default provider"
        elif r.type.startswith("kubernetes:"):
            assert "pulumi:providers:kubernetes::loom-k8s" in r.provider, f"{r.type} {r.name}"
        if r.type not in ("loom:foundation:AwsFoundation", "pulumi:pulumi:Stack") and not r.type.startswith("pulumi:providers:aws"):
            assert "loom:foundation:AwsFoundation" in harness.ancestors(graph, r), f"{r.type} {r.name} is outside the tree"


def test_kubeconfig_is_secret_and_uses_exec(graph):
    f = graph.value["f"]
    assert harness.output_is_secret(f.kubeconfig)
    provider = graph.one("pulumi:providers:kubernetes")
    assert is_secret(provider.inputs["kubeconfig"]) or "aws" in str(provider.inputs["kubeconfig"])


def test_existing_cluster_mode_creates_no_cluster(existing_graph):
    g = existing_graph
    for typ in ("aws:eks/cluster:Cluster", "aws:ec2/vpc:Vpc", "aws:eks/nodeGroup:NodeGroup",
                "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "aws:ec2/natGateway:NatGateway"):
        assert not g.of_type(typ), typ
    assert len(g.of_type("aws:s3/bucket:Bucket")) == 2
    assert g.one("aws:rds/instance:Instance").inputs["publiclyAccessible"] is False
    assert g.one("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").inputs["referencedSecurityGroupId"] == "sg-nodes"
    assert g.one("aws:rds/subnetGroup:SubnetGroup").inputs["subnetIds"] == ["subnet-a", "subnet-b"]
    trust = json.loads(g.one("aws:iam/role:Role", "triton-identity-role").inputs["assumeRolePolicy"])["Statement"][0]
    assert "oidc.eks.eu-west-1.amazonaws.com/id/EXIST:sub" in trust["Condition"]["StringEquals"]
    assert harness.static_key_findings(g) == []


@pytest.mark.parametrize("kw, message", [
    ({"endpoint_public_access": True}, r"args.public_access_cidrs is empty but args.endpoint_public_access=True"),
    ({"endpoint_public_access": True, "public_access_cidrs": ["0.0.0.0/0"]}, r"whole internet"),
    ({"az_count": 1}, r"args.az_count=1 must be an integer in 2..6"),
    ({"availability_zones": ["eu-west-1a"]}, r"needs at least 2 AZs"),
    ({"vpc_cidr": "10.0.0.0/24"}, r"args.vpc_cidr='10.0.0.0/24' is too small"),
    ({"gpu_limit": 0}, r"args.gpu_limit=0 must be an integer >= 1"),
    ({"gpu_capacity_type": "CHEAP"}, r"args.gpu_capacity_type='CHEAP' is not allowed; use one of 'ON_DEMAND', 'SPOT'"),
    ({"kms_deletion_window_days": 3}, r"args.kms_deletion_window_days=3 must be an integer in 7..30"),
    # Issue 10: meshed Jobs finish only with native sidecars (Kubernetes 1.29+); EKS 1.28 was accepted before.
    ({"kubernetes_version": "1.28"}, r"args.kubernetes_version='1.28' must be a version like '1.33' and at least 1.29"),
])
def test_bad_args_fail_early_with_the_argument_named(kw, message):
    with pytest.raises(ValueError, match=message):
        harness.run(_program(kw))


def test_every_property_name_exists_in_the_provider_schema(graph):
    from tests.foundation import schema_names

    assert schema_names.unknown_keys(graph) == []


def test_storage_class_validates_against_the_kubernetes_schema(graph):
    import kubernetes_validate

    sc = graph.one("kubernetes:storage.k8s.io/v1:StorageClass").inputs
    kubernetes_validate.validate(sc, "1.31.0", strict=True)
    assert sc["parameters"]["encrypted"] == "true" and sc["reclaimPolicy"] == "Retain"
