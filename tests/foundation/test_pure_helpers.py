"""Pure helpers: naming, CIDR math, IAM documents, kubeconfigs, MinIO STS, spec checks."""

from __future__ import annotations

import base64
import json
import re

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from components.foundation import aws_policies, checks, cidr, kubeconfig, naming, sts
from components.foundation.base import Access, BucketPurpose, BucketSpec, IdentityRequest, PostgresSpec

DNS = re.compile(r"^[a-z]([a-z0-9-]*[a-z0-9])?$")


# ---------------------------------------------------------------- naming
@given(st.text(min_size=0, max_size=200))
def test_dns_label_is_always_valid(value):
    label = naming.dns_label(value, 63)
    assert DNS.match(label), label
    assert len(label) <= 63


def test_long_names_keep_a_hash_so_they_do_not_collide():
    a = naming.dns_label("x" * 80 + "a", 30)
    b = naming.dns_label("x" * 80 + "b", 30)
    assert a != b and len(a) <= 30 and len(b) <= 30


@given(st.text(min_size=0, max_size=80), st.text(max_size=20))
def test_storage_account_name_fits_azure_rules(prefix, salt):
    name = naming.storage_account_name(prefix, salt)
    assert re.fullmatch(r"[a-z0-9]{3,24}", name), name


def test_storage_account_name_is_stable_and_salted():
    assert naming.storage_account_name("loomlake", "a") == naming.storage_account_name("loomlake", "a")
    assert naming.storage_account_name("loomlake", "a") != naming.storage_account_name("loomlake", "b")


@given(st.text(max_size=40), st.from_regex(r"[a-z][a-z0-9-]{0,30}[a-z0-9]", fullmatch=True),
       st.from_regex(r"[a-z][a-z0-9-]{0,30}[a-z0-9]", fullmatch=True))
def test_gcp_service_account_id_fits_gcp_rules(prefix, ns, sa):
    account = naming.gcp_service_account_id(prefix, ns, sa)
    assert re.fullmatch(r"[a-z][a-z0-9-]{4,28}[a-z0-9]", account), account


def test_key_vault_name_fits_azure_rules():
    name = naming.key_vault_name("a-very-long-cluster-name-for-loom", "westeurope")
    assert re.fullmatch(r"[a-z][a-z0-9-]{1,22}[a-z0-9]", name), name


def test_k8s_subject_and_name_checks():
    assert naming.k8s_subject("loom-serving", "triton") == "system:serviceaccount:loom-serving:triton"
    with pytest.raises(ValueError, match=r"request.namespace='Loom_Serving'.*lower-case"):
        naming.check_k8s_name("request.namespace", "Loom_Serving")


# ---------------------------------------------------------------- CIDR
@pytest.mark.parametrize("azs", [2, 3, 4, 6])
def test_vpc_layout_is_disjoint_and_inside_the_vpc(azs):
    public, private = cidr.vpc_layout("10.40.0.0/16", azs)
    assert len(public) == len(private) == azs
    named = [(f"s{i}", c) for i, c in enumerate(public + private)]
    cidr.check_no_overlap(named)
    import ipaddress

    vpc = ipaddress.IPv4Network("10.40.0.0/16")
    assert all(ipaddress.IPv4Network(c).subnet_of(vpc) for c in public + private)
    # private subnets hold pods (VPC CNI): each is much larger than a public one
    assert ipaddress.IPv4Network(private[0]).num_addresses >= 4 * ipaddress.IPv4Network(public[0]).num_addresses


def test_cidr_errors_name_the_argument():
    with pytest.raises(ValueError, match=r"args.vpc_cidr='10.40.0.1/16' is not an IPv4 CIDR"):
        cidr.parse_network("args.vpc_cidr", "10.40.0.1/16")
    with pytest.raises(ValueError, match=r"args.vpc_cidr='10.40.0.0/26' is too small"):
        cidr.parse_network("args.vpc_cidr", "10.40.0.0/26", max_prefix=20)
    with pytest.raises(ValueError, match=r"args.a='10.0.0.0/8' overlaps args.b='10.1.0.0/16'"):
        cidr.check_no_overlap([("args.a", "10.0.0.0/8"), ("args.b", "10.1.0.0/16")])
    with pytest.raises(ValueError, match=r"whole internet"):
        cidr.check_restricted("args.public_access_cidrs", ["203.0.113.0/24", "0.0.0.0/0"])


# ---------------------------------------------------------------- IAM
def test_irsa_trust_is_pinned_to_one_service_account_and_audience():
    doc = json.loads(aws_policies.irsa_trust_policy(
        "arn:aws:iam::1:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/X",
        "https://oidc.eks.eu-west-1.amazonaws.com/id/X", "loom-serving", "triton"))
    (stmt,) = doc["Statement"]
    assert stmt["Action"] == "sts:AssumeRoleWithWebIdentity"
    cond = stmt["Condition"]["StringEquals"]
    assert cond["oidc.eks.eu-west-1.amazonaws.com/id/X:sub"] == "system:serviceaccount:loom-serving:triton"
    assert cond["oidc.eks.eu-west-1.amazonaws.com/id/X:aud"] == "sts.amazonaws.com"


def test_bucket_access_policy_is_least_privilege():
    read = json.loads(aws_policies.bucket_access_policy([("arn:aws:s3:::models", Access.READ, "arn:key")]))
    actions = {a for s in read["Statement"] for a in s["Action"]}
    assert "s3:GetObject" in actions and "kms:Decrypt" in actions
    assert not {"s3:PutObject", "s3:DeleteObject", "kms:GenerateDataKey", "s3:*"} & actions
    resources = {s["Resource"] for s in read["Statement"]}
    assert resources == {"arn:aws:s3:::models", "arn:aws:s3:::models/*", "arn:key"}
    write = json.loads(aws_policies.bucket_access_policy([("arn:aws:s3:::lake", Access.READ_WRITE, "arn:key")]))
    assert {"s3:PutObject", "kms:GenerateDataKey"} <= {a for s in write["Statement"] for a in s["Action"]}
    with pytest.raises(ValueError, match="grants is empty"):
        aws_policies.bucket_access_policy([])


def test_tls_only_bucket_policy_denies_plaintext():
    doc = json.loads(aws_policies.tls_only_bucket_policy("arn:aws:s3:::b"))
    deny = [s for s in doc["Statement"] if s["Effect"] == "Deny"]
    assert any(s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}} for s in deny)
    assert all(s["Resource"] == ["arn:aws:s3:::b", "arn:aws:s3:::b/*"] for s in deny)


# ---------------------------------------------------------------- kubeconfig
def _user(cfg: str) -> dict:
    return yaml.safe_load(cfg)["users"][0]["user"]


def test_kubeconfigs_use_exec_auth_only():
    eks = kubeconfig.eks("loom", "https://x.eks.amazonaws.com", "Q0E=", "eu-west-1")
    assert _user(eks)["exec"]["command"] == "aws"
    assert _user(eks)["exec"]["args"][:2] == ["eks", "get-token"]
    gke = kubeconfig.gke("loom", "34.1.2.3", "Q0E=")
    assert yaml.safe_load(gke)["clusters"][0]["cluster"]["server"] == "https://34.1.2.3"
    assert _user(gke)["exec"]["command"] == "gke-gcloud-auth-plugin"
    for cfg in (eks, gke):
        assert set(_user(cfg)) == {"exec"}, "no tokens, passwords or client keys"


def test_aks_kubeconfig_drops_credentials_from_the_api_answer():
    raw = {"clusters": [{"name": "c", "cluster": {"server": "https://aks:443", "certificate-authority-data": "Q0E="}}],
           "users": [{"name": "u", "user": {"token": "SECRET"}}]}
    out = kubeconfig.aks_from_credentials(base64.b64encode(yaml.safe_dump(raw).encode()).decode(), "loom", "workloadidentity")
    assert "SECRET" not in out
    ex = _user(out)["exec"]
    assert ex["command"] == "kubelogin" and ["--login", "workloadidentity"] == ex["args"][1:3]
    assert yaml.safe_load(out)["clusters"][0]["cluster"]["server"] == "https://aks:443"


# ---------------------------------------------------------------- MinIO STS
def test_web_identity_env_has_no_keys():
    env = sts.web_identity_env(sts.MINIO_ROLE_ARN, sts.minio_s3_endpoint("loom-storage"),
                               sts.minio_sts_endpoint("loom-storage"), "us-east-1", sts.CA_FILE)
    assert env["AWS_WEB_IDENTITY_TOKEN_FILE"] == sts.TOKEN_FILE
    assert env["AWS_ENDPOINT_URL_STS"] == "https://sts.minio-operator.svc.cluster.local:4223/sts/loom-storage"
    assert env["AWS_ENDPOINT_URL_S3"] == "https://minio.loom-storage.svc.cluster.local"
    assert not any("SECRET" in k or "ACCESS_KEY" in k for k in env)


def test_token_volume_uses_the_minio_audience():
    vol = sts.token_volume()
    token = vol["projected"]["sources"][0]["serviceAccountToken"]
    assert token["audience"] == "sts.min.io" and token["expirationSeconds"] <= 3600
    assert sts.token_volume_mount()["mountPath"] + "/token" == sts.TOKEN_FILE


def test_minio_policy_and_scripts():
    doc = json.loads(sts.minio_policy([("loom-models", Access.READ)]))
    actions = {a for s in doc["Statement"] for a in s["Action"]}
    assert "s3:PutObject" not in actions and "s3:GetObject" in actions
    script = sts.bucket_script("https://minio.ns.svc.cluster.local", "b", True, 30, 365, None)
    assert "mc mb --ignore-existing loom/b" in script and "mc version enable loom/b" in script
    assert "--noncurrent-expire-days 30" in script and "--expire-days 365" in script
    assert "mc encrypt set sse-s3 loom/b" in script
    assert "mc encrypt set sse-kms k1 loom/b" in sts.bucket_script("https://m", "b", False, 30, None, "k1")
    assert "$MINIO_ROOT_PASSWORD" in script and "mock" not in script  # credentials only from the mounted env file


# ---------------------------------------------------------------- spec checks
def test_spec_checks_name_the_field():
    with pytest.raises(ValueError, match=r"spec.transition_to_cold_days=400 must be less than spec.retention_days=365"):
        checks.check_bucket_spec(BucketSpec(BucketPurpose.LAKE, transition_to_cold_days=400, retention_days=365))
    with pytest.raises(ValueError, match=r"spec.username='postgres' is reserved"):
        checks.check_postgres_spec(PostgresSpec("mlflow", "postgres", "x"))
    with pytest.raises(ValueError, match=r"spec.database='MLflow-DB' must be a lower-case SQL identifier"):
        checks.check_postgres_spec(PostgresSpec("MLflow-DB", "mlflow", "x"))
    with pytest.raises(ValueError, match=r"spec.backup_retention_days=0 must be an integer in 1..35"):
        checks.check_postgres_spec(PostgresSpec("mlflow", "mlflow", "x", backup_retention_days=0))
    with pytest.raises(ValueError, match=r"request.grants is empty"):
        checks.check_identity_request(IdentityRequest("loom-serving", "triton", []))


def test_managed_postgres_storage_floors():
    assert checks.cloud_storage_gb(10, 20) == 20
    assert checks.azure_pg_storage_gb(10) == 32 and checks.azure_pg_storage_gb(100) == 128
    with pytest.raises(ValueError, match="exceeds the largest"):
        checks.azure_pg_storage_gb(40000)


def test_schema_name_check_catches_a_typo():
    import pulumi_gcp as gcp

    from tests.foundation import harness, schema_names

    graph = harness.run(lambda: gcp.storage.Bucket("b", location="EU", versioning={"enabld": True}))
    assert schema_names.unknown_keys(graph) == ["gcp:storage/bucket:Bucket b: versioning.enabld"]


@pytest.mark.parametrize("vnet", ["10.60.0.0/16", "10.60.0.0/22", "172.20.0.0/20"])
def test_aks_layout_gives_disjoint_node_apiserver_and_postgres_subnets(vnet):
    import ipaddress

    nodes, apiserver, postgres = cidr.aks_layout(vnet)
    assert ipaddress.ip_network(apiserver).prefixlen == 28 and ipaddress.ip_network(postgres).prefixlen == 24
    cidr.check_no_overlap([("nodes", nodes), ("apiserver", apiserver), ("postgres", postgres)])
    for part in (nodes, apiserver, postgres):
        assert ipaddress.ip_network(part).subnet_of(ipaddress.ip_network(vnet))
