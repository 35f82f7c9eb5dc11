"""The stack settings model: every shipped stack is valid; bad input is one clear line."""

from __future__ import annotations

import copy

import pytest
import yaml

from infra.config import CloudName, parse
from loom.errors import ConfigError, LoomError
from loom.preview import STACKS_DIR, read_stack_file, to_runtime_config

from .conftest import STACKS


@pytest.mark.parametrize("stack", STACKS)
def test_shipped_stack_parses_the_same_from_yaml_and_from_cli_strings(stack):
    sf = read_stack_file(stack)
    from_yaml = parse(sf.config, where=sf.where)
    # Under `pulumi up` the CLI hands objects to the program as JSON strings, scalars as strings.
    from_cli = parse(to_runtime_config(sf.config), where=sf.where)
    assert from_yaml == from_cli
    assert from_yaml.environment == stack


def test_shipped_stacks_cover_every_cloud_and_existing_clusters():
    clouds = {s: parse(read_stack_file(s).config, where=s).loom.cloud for s in STACKS}
    assert clouds == {
        "dev": CloudName.EXISTING,
        "onprem": CloudName.EXISTING,
        "edge": CloudName.EXISTING,
        "aws": CloudName.AWS,
        "gcp": CloudName.GCP,
        "azure": CloudName.AZURE,
    }


def _aws() -> dict:
    return copy.deepcopy(read_stack_file("aws").config)


def _expect(cfg: dict, key: str, fragment: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse(cfg, where="stacks/Pulumi.test.yaml")
    err = info.value
    assert err.key == key
    assert fragment in str(err)
    assert str(err).startswith("stacks/Pulumi.test.yaml: ")
    assert "\n" not in str(err)
    return err


def test_unknown_loom_key_is_an_error_with_a_suggestion():
    cfg = _aws()
    cfg["loom:tritn"] = cfg.pop("loom:triton")
    _expect(cfg, "loom:tritn", "did you mean 'triton'")


def test_unknown_nested_key_is_an_error():
    cfg = _aws()
    cfg["loom:triton"]["canary"]["wieght"] = 5
    _expect(cfg, "loom:triton.canary.wieght", "did you mean 'weight'")


def test_missing_required_key():
    cfg = _aws()
    del cfg["loom:mlflow"]["image"]
    _expect(cfg, "loom:mlflow.image", "a value is required")


def test_missing_provider_key_for_the_cloud():
    cfg = _aws()
    del cfg["aws:region"]
    _expect(cfg, "aws:region", "required when loom:cloud is aws")


@pytest.mark.parametrize(
    "mutate,key,fragment",
    [
        (lambda c: c["loom:triton"]["canary"].__setitem__("weight", 101), "loom:triton.canary.weight", "from 0 to 100"),
        (lambda c: c["loom:triton"].__setitem__("image", "nvcr.io/nvidia/tritonserver:25.10-py3"), "loom:triton.image", "pinned by digest"),
        (lambda c: c.__setitem__("loom:cloud", "ibm"), "loom:cloud", "one of aws, gcp, azure, existing"),
        (lambda c: c["loom:aws"].__setitem__("vpcCidr", "10.40.0.0/33"), "loom:aws.vpcCidr", "CIDR"),
        (lambda c: c["loom:aws"].__setitem__("publicAccessCidrs", ["0.0.0.0/0"]), "loom:aws.publicAccessCidrs", "never 0.0.0.0/0"),
        (lambda c: c["loom:aws"].__setitem__("gpuLimit", 0), "loom:aws.gpuLimit", "an integer >= 1"),
        (lambda c: c["loom:aws"].__setitem__("nodeAmiAlias", "ami-0123"), "loom:aws.nodeAmiAlias", "al2023@latest or al2023@vYYYYMMDD"),
        (lambda c: c["loom:triton"].__setitem__("rollout", {"maxSurge": 0, "maxUnavailable": 0}), "loom:triton.rollout.maxUnavailable", "at least 1"),
        (lambda c: c["loom:mesh"].__setitem__("gatewayHosts", ["*"]), "loom:mesh.gatewayHosts", "the DNS names the gateway serves"),
        (lambda c: c.__setitem__("aws:region", "Europe"), "aws:region", "an AWS region"),
        (lambda c: c.__setitem__("loom:environment", "Prod_EU"), "loom:environment", "DNS label"),
        (lambda c: c["loom:triton"].__setitem__("models", ["embedder", "gpt5"]), "loom:triton.models", "distinct model names"),
        (lambda c: c["loom:triton"]["stable"].__setitem__("replicas", "two"), "loom:triton.stable.replicas", "integer"),
        (lambda c: c.__setitem__("loom:gcp", {}), "loom:gcp", "only loom:aws applies"),
        (lambda c: c["loom:triton"]["canary"].update(enabled=False, weight=20), "loom:triton.canary.weight", "0 while"),
    ],
)
def test_invalid_values_name_key_value_and_what_is_allowed(mutate, key, fragment):
    cfg = _aws()
    mutate(cfg)
    _expect(cfg, key, fragment)


def test_provider_keys_the_program_never_reads_are_refused():
    cfg = _aws()
    cfg["aws:profile"] = "platform"
    _expect(cfg, "aws:profile", "only aws:region under aws:")


def test_azure_requires_the_model_sync_image():
    cfg = copy.deepcopy(read_stack_file("azure").config)
    del cfg["loom:triton"]["modelSyncImage"]
    _expect(cfg, "loom:triton.modelSyncImage", "azcopy")


def test_each_cloud_can_use_an_existing_cluster():
    cfg = _aws()
    cfg["loom:aws"]["existingCluster"] = {
        "clusterName": "platform-eks",
        "kubeconfig": "~/.kube/platform-eks",
        "oidcProviderArn": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC",
        "oidcIssuerUrl": "https://oidc.eks.eu-west-1.amazonaws.com/id/ABC",
        "vpcId": "vpc-0abc",
        "privateSubnetIds": ["subnet-a", "subnet-b"],
        "clusterSecurityGroupId": "sg-0abc",
    }
    s = parse(cfg, where="x")
    assert s.loom.aws.existing_cluster.cluster_name == "platform-eks"


def test_bad_yaml_is_one_error(tmp_path):
    bad = tmp_path / "Pulumi.bad.yaml"
    bad.write_text("config:\n  loom:cloud: [aws\n")
    with pytest.raises(LoomError, match=r"Pulumi.bad.yaml: not valid YAML at line \d+"):
        read_stack_file(config_file=bad)


def test_secure_values_are_refused_with_a_reason(tmp_path):
    f = tmp_path / "Pulumi.s.yaml"
    f.write_text(yaml.safe_dump({"config": {"loom:environment": {"secure": "v1:abc"}}}))
    with pytest.raises(ConfigError, match="cannot decrypt"):
        read_stack_file(config_file=f)


def test_stacks_dir_holds_exactly_the_six_environments():
    assert sorted(p.name for p in STACKS_DIR.glob("Pulumi.*.yaml")) == sorted(f"Pulumi.{s}.yaml" for s in STACKS)


@pytest.mark.parametrize("stack", STACKS)
def test_shipped_stacks_disable_default_providers(stack):
    """The engine itself refuses a resource that would use ambient credentials (pulumi-eks' CI practice)."""
    disabled = read_stack_file(stack).config["pulumi:disable-default-providers"]
    assert {"aws", "gcp", "azure-native", "kubernetes"} <= set(disabled)


def test_numbers_and_booleans_set_as_strings_by_the_cli_are_accepted():
    cfg = _aws()
    cfg["loom:triton"]["canary"].update(enabled="true", weight="25")
    canary = parse(cfg, where="x").loom.triton.canary
    assert canary.enabled is True and canary.weight == 25


def test_azure_existing_cluster_needs_a_way_through_the_storage_firewall():
    cfg = copy.deepcopy(read_stack_file("azure").config)
    cfg["loom:azure"]["existingCluster"] = {
        "clusterName": "aks",
        "kubeconfig": "~/.kube/aks",
        "oidcIssuerUrl": "https://issuer/",
        "postgresSubnetId": "/subscriptions/s/x",
        "vnetId": "/subscriptions/s/v",
    }
    _expect(cfg, "loom:azure.existingCluster.nodeSubnetId", "storage firewall")



@pytest.mark.parametrize("stack, key, low_key", [
    ("gcp", "gpuMaxNodes", "gpuMinNodes"), ("gcp", "systemMaxNodes", "systemMinNodes"),
    ("azure", "gpuMaxCount", "gpuMinCount"), ("azure", "systemMaxCount", "systemMinCount"),
])
def test_autoscaled_pool_maximum_below_its_minimum_names_both_settings(stack, key, low_key):
    """Node capacity (issue 10): the GKE and AKS autoscaler bounds are stack settings; a maximum below the
    minimum is one error naming both keys, not a foundation argument the user never wrote."""
    cfg = copy.deepcopy(read_stack_file(stack).config)
    section = cfg[f"loom:{stack}"]
    section[low_key] = 4
    section[key] = 3
    _expect(cfg, f"loom:{stack}.{key}", f"an integer >= loom:{stack}.{low_key} (4)")


def test_existing_cluster_kubernetes_version_must_run_native_sidecars():
    """Defect 15 (issue 10): the CloudNativePG Jobs in the meshed namespace need Istio native sidecars."""
    cfg = copy.deepcopy(read_stack_file("onprem").config)
    cfg["loom:existing"]["kubernetesVersion"] = "1.28"
    _expect(cfg, "loom:existing.kubernetesVersion", "1.29 .. 1.39")
def _existing(stack: str) -> dict:
    return copy.deepcopy(read_stack_file(stack).config)


def test_two_resource_metrics_servers_are_refused():
    """Issue 10, defect 10: a cluster that already serves metrics.k8s.io (k3s) cannot also get prometheus-adapter's."""
    cfg = _existing("edge")
    cfg["loom:observability"]["serveResourceMetrics"] = True
    _expect(cfg, "loom:observability.serveResourceMetrics", "two servers cannot both own metrics.k8s.io")


@pytest.mark.parametrize("mutate, key, fragment", [
    (lambda c: c["loom:existing"]["nodePools"]["gpu"].__setitem__("taints", ["nvidia.com/gpu:Sometimes"]),
     "loom:existing.nodePools.gpu.taints", "key=value:Effect"),
    (lambda c: c["loom:existing"]["nodePools"]["gpu"].__setitem__("memory", "lots"), "loom:existing.nodePools.gpu.memory", "quantity"),
    (lambda c: c["loom:existing"].__setitem__("loadBalancer", "maybe"), "loom:existing.loadBalancer", "true or false"),
])
def test_declared_on_prem_capacity_is_validated(mutate, key, fragment):
    cfg = _existing("onprem")
    mutate(cfg)
    _expect(cfg, key, fragment)


@pytest.mark.parametrize("stack, section", [("aws", "aws"), ("azure", "azure"), ("onprem", "existing"), ("dev", "existing")])
def test_every_foundation_refuses_kubernetes_versions_whose_meshed_jobs_never_finish(stack, section):
    """Issue 10: Jobs in meshed namespaces finish only with Istio native sidecars (SidecarContainers, Kubernetes 1.29+).
    EKS and AKS accepted 1.28; every foundation's kubernetesVersion now refuses it with one error naming the key."""
    for bad in ("1.28", "1.27"):
        cfg = copy.deepcopy(read_stack_file(stack).config)
        cfg[f"loom:{section}"]["kubernetesVersion"] = bad
        _expect(cfg, f"loom:{section}.kubernetesVersion", "1.29 .. 1.39")
    cfg = copy.deepcopy(read_stack_file(stack).config)
    cfg[f"loom:{section}"]["kubernetesVersion"] = "1.29"
    parse(cfg, where="t")



def test_external_s3_needs_the_milvus_key_secret():
    """Issue 10, defect 14: Milvus cannot use the endpoint's STS, so an external S3 stack names the Secret with its key."""
    cfg = copy.deepcopy(read_stack_file("onprem").config)
    cfg["loom:existing"]["objectStore"] = "external-s3"
    cfg["loom:existing"]["externalS3"] = {"endpoint": "https://s3.lab.example", "stsEndpoint": "https://sts.lab.example",
                                          "roleArn": "arn:aws:iam::1:role/loom"}
    _expect(cfg, "loom:existing.externalS3.accessKeySecret", "a value is required")
    cfg["loom:existing"]["externalS3"]["accessKeySecret"] = "Milvus Key"
    _expect(cfg, "loom:existing.externalS3.accessKeySecret", "")
    cfg["loom:existing"]["externalS3"]["accessKeySecret"] = "milvus-s3-key"
    assert parse(cfg, where="x").loom.existing.external_s3.access_key_secret == "milvus-s3-key"
