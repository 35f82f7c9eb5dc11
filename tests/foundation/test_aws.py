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


@pytest.fixture(scope="module")
def graph():
    return harness.run(_program())


@pytest.fixture(scope="module")
def existing_graph():
    return harness.run(_program(existing=True))


def test_type_token_and_foundation_attributes(graph):
    f = graph.result["f"]
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
    assert oidc["url"] == "https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF"
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


def test_gpu_node_group_is_nvidia_and_tainted(graph):
    gpu = graph.one("aws:eks/nodeGroup:NodeGroup", "loom-gpu-nodes")
    assert gpu.inputs["amiType"] == "AL2023_x86_64_NVIDIA"
    assert gpu.inputs["instanceTypes"] == ["g6.xlarge"]
    assert gpu.inputs["taints"] == [{"key": "nvidia.com/gpu", "value": "true", "effect": "NO_SCHEDULE"}]
    assert gpu.inputs["labels"]["loom.io/node-role"] == "gpu"
    assert "scalingConfig.desiredSize" in gpu.ignore_changes
    system = graph.one("aws:eks/nodeGroup:NodeGroup", "loom-system-nodes")
    assert "taints" not in system.inputs or not system.inputs["taints"]
    plugin = graph.one("kubernetes:helm.sh/v3:Release", "loom-nvidia-device-plugin").inputs
    assert plugin["version"] == "0.17.1" and plugin["chart"] == "nvidia-device-plugin"
    assert {"key": "nvidia.com/gpu", "operator": "Equal", "value": "true", "effect": "NoSchedule"} in plugin["values"]["tolerations"]


def test_no_gpu_group_when_disabled():
    g = harness.run(_program({"gpu_node_group": False}))
    assert [r.name for r in g.of_type("aws:eks/nodeGroup:NodeGroup")] == ["loom-system-nodes"]
    assert not g.of_type("kubernetes:helm.sh/v3:Release")
    assert g.result["f"].gpu is None


def test_irsa_roles_trust_exactly_one_service_account(graph):
    role = graph.one("aws:iam/role:Role", "triton-identity-role")
    trust = json.loads(role.inputs["assumeRolePolicy"])["Statement"][0]
    cond = trust["Condition"]["StringEquals"]
    assert cond["oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF:sub"] == "system:serviceaccount:loom-serving:triton"
    assert trust["Principal"]["Federated"].endswith("oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF")
    policy = json.loads(graph.one("aws:iam/rolePolicy:RolePolicy", "triton-identity-s3").inputs["policy"])
    models_arn = graph.one("aws:s3/bucket:Bucket", "models-bucket").outputs["arn"]
    assert {s["Resource"] for s in policy["Statement"]} >= {models_arn, models_arn + "/*"}
    assert "s3:PutObject" not in {a for s in policy["Statement"] for a in s["Action"]}
    wi = graph.result["wi"]
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
    assert ingress["referencedSecurityGroupId"] == "sg-cluster" and "cidrIpv4" not in ingress
    assert ingress["fromPort"] == ingress["toPort"] == 5432
    pg = graph.result["pg"]
    assert pg.sslmode == "require" and harness.resolve(pg.port) == 5432


def test_egress_the_mesh_must_register(graph):
    """The mesh is REGISTRY_ONLY: regional S3 (path and virtual-hosted style), regional STS (IRSA) and the
    RDS endpoint (TCP, by DNS name) are what meshed workloads call outside the cluster."""
    f, pg = graph.result["f"], graph.result["pg"]
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
        if r.type not in ("loom:foundation:AwsFoundation",) and not r.type.startswith("pulumi:providers:aws"):
            assert "loom:foundation:AwsFoundation" in harness.ancestors(graph, r), f"{r.type} {r.name} is outside the tree"


def test_kubeconfig_is_secret_and_uses_exec(graph):
    f = graph.result["f"]
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
    ({"gpu_min_size": 3, "gpu_desired_size": 1}, r"args.gpu_desired=1 must lie in args.gpu_min..args.gpu_max"),
    ({"gpu_capacity_type": "CHEAP"}, r"args.gpu_capacity_type='CHEAP' is not allowed; use one of 'ON_DEMAND', 'SPOT'"),
    ({"kms_deletion_window_days": 3}, r"args.kms_deletion_window_days=3 must be an integer in 7..30"),
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
