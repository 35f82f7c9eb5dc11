"""Every cloud stack can point at an existing cluster instead of creating one (`existingCluster`)."""

from __future__ import annotations

import copy

import pytest
import yaml

from contract.outputs import OutputsContract
from loom.preview import read_stack_file, run_preview

EXISTING = {
    "aws": (
        {
            "clusterName": "platform-eks",
            "kubeconfig": "~/.kube/platform-eks.yaml",
            "oidcProviderArn": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF",
            "oidcIssuerUrl": "https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF",
            "vpcId": "vpc-0a1b2c3d",
            "privateSubnetIds": ["subnet-0a", "subnet-0b"],
            "clusterSecurityGroupId": "sg-0a1b2c3d",
        },
        {"aws:eks/cluster:Cluster", "aws:ec2/vpc:Vpc", "aws:eks/nodeGroup:NodeGroup"},
        "aws:s3/bucket:Bucket",
    ),
    "gcp": (
        {
            "clusterName": "platform-gke",
            "location": "europe-west4",
            "kubeconfig": "~/.kube/platform-gke.yaml",
            "networkId": "projects/loom-platform-prod/global/networks/platform",
        },
        {"gcp:container/cluster:Cluster", "gcp:compute/network:Network", "gcp:container/nodePool:NodePool"},
        "gcp:storage/bucket:Bucket",
    ),
    "azure": (
        {
            "clusterName": "platform-aks",
            "kubeconfig": "~/.kube/platform-aks.yaml",
            "oidcIssuerUrl": "https://westeurope.oic.prod-aks.azure.com/tenant/issuer/",
            "postgresSubnetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/pg",
            "vnetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v",
            "nodeSubnetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/nodes",
        },
        {"azure-native:containerservice:ManagedCluster", "azure-native:network:VirtualNetwork", "azure-native:containerservice:AgentPool"},
        "azure-native:storage:StorageAccount",
    ),
}


@pytest.mark.parametrize("cloud", sorted(EXISTING))
def test_cloud_stack_on_an_existing_cluster(cloud, tmp_path):
    existing, not_created, still_created = EXISTING[cloud]
    cfg = copy.deepcopy(read_stack_file(cloud).config)
    cfg[f"loom:{cloud}"]["existingCluster"] = existing
    path = tmp_path / f"Pulumi.{cloud}-existing.yaml"
    path.write_text(yaml.safe_dump({"config": cfg}, sort_keys=False))

    result = run_preview(config_file=path)
    types = {r.type for r in result.resources}
    assert not types & not_created, "no cluster or network is created for an existing cluster"
    assert still_created in types, "object storage is still provisioned"
    assert {"loom:triton:TritonServing", "loom:mesh:IstioMesh"} <= types
    OutputsContract.from_dict(result.outputs)
    (k8s_provider,) = result.by_type("pulumi:providers:kubernetes")
    assert k8s_provider.inputs["kubeconfig"] == "[secret]"
