"""IAM and queue policy documents for Karpenter on EKS (pure: plain values in, JSON strings out).

Transcribed statement by statement from Karpenter's own CloudFormation template at the release Loom pins:
github.com/aws/karpenter-provider-aws, commit 1d927085dd81a9df9301e613f371dac5b4d16bfe (v1.14.1, "docs: update
for patch release v1.14.1"), website/content/en/docs/getting-started/getting-started-with-karpenter/
cloudformation.yaml: NodeLifecyclePolicy, IAMIntegrationPolicy, EKSIntegrationPolicy, InterruptionPolicy,
ResourceDiscoveryPolicy, KarpenterInterruptionQueuePolicy and the five EventBridge rules. Left out: the
ZonalShiftPolicy (Loom does not enable `settings.enableZonalShift`). The node role's managed policies follow
Loom's managed node groups (the VPC CNI has its own IRSA role, so the node role needs no AmazonEKS_CNI_Policy).
"""

from __future__ import annotations

import json
from typing import Sequence

CONTROLLER_POLICIES = ("node-lifecycle", "iam-integration", "eks-integration", "interruption", "resource-discovery")
"""The controller's inline policies, keyed as the CloudFormation template names them (stable child names)."""

NODE_MANAGED_POLICIES = {
    "worker": "AmazonEKSWorkerNodePolicy",
    "ecr": "AmazonEC2ContainerRegistryPullOnly",
    "ssm": "AmazonSSMManagedInstanceCore",
}

INTERRUPTION_RULES = {
    # key: (event source, detail-type), as in the template's ScheduledChangeRule ... CapacityReservationInterruptionRule
    "scheduled-change": ("aws.health", "AWS Health Event"),
    "spot-interruption": ("aws.ec2", "EC2 Spot Instance Interruption Warning"),
    "rebalance": ("aws.ec2", "EC2 Instance Rebalance Recommendation"),
    "instance-state-change": ("aws.ec2", "EC2 Instance State-change Notification"),
    "capacity-reservation-interruption": ("aws.ec2", "EC2 Capacity Reservation Instance Interruption Warning"),
}


def _doc(statements: Sequence[dict]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)}, sort_keys=True)


def _owned(cluster: str) -> dict:
    return {f"aws:ResourceTag/kubernetes.io/cluster/{cluster}": "owned"}


def node_lifecycle_policy(partition: str, region: str, cluster: str) -> str:
    ec2 = f"arn:{partition}:ec2:{region}"
    launched = [f"{ec2}:*:{kind}/*" for kind in
                ("fleet", "instance", "volume", "network-interface", "launch-template", "spot-instances-request")]
    request_tags = {f"aws:RequestTag/kubernetes.io/cluster/{cluster}": "owned", "aws:RequestTag/eks:eks-cluster-name": cluster}
    return _doc([
        {"Sid": "AllowScopedEC2InstanceAccessActions", "Effect": "Allow",
         "Resource": [f"{ec2}::image/*", f"{ec2}::snapshot/*", f"{ec2}:*:security-group/*", f"{ec2}:*:subnet/*",
                      f"{ec2}:*:capacity-reservation/*", f"{ec2}:*:placement-group/*"],
         "Action": ["ec2:RunInstances", "ec2:CreateFleet"]},
        {"Sid": "AllowScopedEC2LaunchTemplateAccessActions", "Effect": "Allow", "Resource": f"{ec2}:*:launch-template/*",
         "Action": ["ec2:RunInstances", "ec2:CreateFleet"],
         "Condition": {"StringEquals": _owned(cluster), "StringLike": {"aws:ResourceTag/karpenter.sh/nodepool": "*"}}},
        {"Sid": "AllowScopedEC2InstanceActionsWithTags", "Effect": "Allow", "Resource": launched,
         "Action": ["ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"],
         "Condition": {"StringEquals": request_tags, "StringLike": {"aws:RequestTag/karpenter.sh/nodepool": "*"}}},
        {"Sid": "AllowScopedResourceCreationTagging", "Effect": "Allow", "Resource": launched, "Action": "ec2:CreateTags",
         "Condition": {"StringEquals": {**request_tags, "ec2:CreateAction": ["RunInstances", "CreateFleet", "CreateLaunchTemplate"]},
                       "StringLike": {"aws:RequestTag/karpenter.sh/nodepool": "*"}}},
        {"Sid": "AllowScopedResourceTagging", "Effect": "Allow", "Resource": f"{ec2}:*:instance/*", "Action": "ec2:CreateTags",
         "Condition": {"StringEquals": _owned(cluster), "StringLike": {"aws:ResourceTag/karpenter.sh/nodepool": "*"},
                       "StringEqualsIfExists": {"aws:RequestTag/eks:eks-cluster-name": cluster},
                       "ForAllValues:StringEquals": {"aws:TagKeys": ["eks:eks-cluster-name", "karpenter.sh/nodeclaim", "Name"]}}},
        {"Sid": "AllowScopedDeletion", "Effect": "Allow", "Resource": [f"{ec2}:*:instance/*", f"{ec2}:*:launch-template/*"],
         "Action": ["ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"],
         "Condition": {"StringEquals": _owned(cluster), "StringLike": {"aws:ResourceTag/karpenter.sh/nodepool": "*"}}},
    ])


def iam_integration_policy(partition: str, region: str, account: str, cluster: str, node_role_arn: str) -> str:
    profiles = f"arn:{partition}:iam::{account}:instance-profile/*"
    request = {f"aws:RequestTag/kubernetes.io/cluster/{cluster}": "owned", "aws:RequestTag/eks:eks-cluster-name": cluster,
               "aws:RequestTag/topology.kubernetes.io/region": region}
    resource = {**_owned(cluster), "aws:ResourceTag/topology.kubernetes.io/region": region}
    return _doc([
        {"Sid": "AllowPassingInstanceRole", "Effect": "Allow", "Resource": node_role_arn, "Action": "iam:PassRole",
         "Condition": {"StringEquals": {"iam:PassedToService": ["ec2.amazonaws.com", "ec2.amazonaws.com.cn"]}}},
        {"Sid": "AllowScopedInstanceProfileCreationActions", "Effect": "Allow", "Resource": profiles,
         "Action": ["iam:CreateInstanceProfile"],
         "Condition": {"StringEquals": request, "StringLike": {"aws:RequestTag/karpenter.k8s.aws/ec2nodeclass": "*"}}},
        {"Sid": "AllowScopedInstanceProfileTagActions", "Effect": "Allow", "Resource": profiles,
         "Action": ["iam:TagInstanceProfile"],
         "Condition": {"StringEquals": {**resource, **request},
                       "StringLike": {"aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass": "*",
                                      "aws:RequestTag/karpenter.k8s.aws/ec2nodeclass": "*"}}},
        {"Sid": "AllowScopedInstanceProfileActions", "Effect": "Allow", "Resource": profiles,
         "Action": ["iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile", "iam:DeleteInstanceProfile"],
         "Condition": {"StringEquals": resource, "StringLike": {"aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass": "*"}}},
    ])


def eks_integration_policy(partition: str, region: str, account: str, cluster: str) -> str:
    return _doc([{"Sid": "AllowAPIServerEndpointDiscovery", "Effect": "Allow",
                  "Resource": f"arn:{partition}:eks:{region}:{account}:cluster/{cluster}", "Action": "eks:DescribeCluster"}])


def interruption_policy(queue_arn: str) -> str:
    return _doc([{"Sid": "AllowInterruptionQueueActions", "Effect": "Allow", "Resource": queue_arn,
                  "Action": ["sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]}])


def resource_discovery_policy(partition: str, region: str, account: str) -> str:
    return _doc([
        {"Sid": "AllowRegionalReadActions", "Effect": "Allow", "Resource": "*",
         "Action": ["ec2:DescribeCapacityReservations", "ec2:DescribeImages", "ec2:DescribeInstances",
                    "ec2:DescribeInstanceStatus", "ec2:DescribeInstanceTypeOfferings", "ec2:DescribeInstanceTypes",
                    "ec2:DescribeLaunchTemplates", "ec2:DescribePlacementGroups", "ec2:DescribeSecurityGroups",
                    "ec2:DescribeSpotPriceHistory", "ec2:DescribeSubnets"],
         "Condition": {"StringEquals": {"aws:RequestedRegion": region}}},
        {"Sid": "AllowSSMReadActions", "Effect": "Allow", "Resource": f"arn:{partition}:ssm:{region}::parameter/aws/service/*",
         "Action": "ssm:GetParameter"},
        {"Sid": "AllowPricingReadActions", "Effect": "Allow", "Resource": "*", "Action": "pricing:GetProducts"},
        {"Sid": "AllowUnscopedInstanceProfileListAction", "Effect": "Allow", "Resource": "*", "Action": "iam:ListInstanceProfiles"},
        {"Sid": "AllowInstanceProfileReadActions", "Effect": "Allow",
         "Resource": f"arn:{partition}:iam::{account}:instance-profile/*", "Action": "iam:GetInstanceProfile"},
    ])


def controller_policies(partition: str, region: str, account: str, cluster: str, node_role_arn: str,
                        queue_arn: str) -> dict[str, str]:
    """Every inline policy of the controller's role, keyed as `CONTROLLER_POLICIES`."""
    return {
        "node-lifecycle": node_lifecycle_policy(partition, region, cluster),
        "iam-integration": iam_integration_policy(partition, region, account, cluster, node_role_arn),
        "eks-integration": eks_integration_policy(partition, region, account, cluster),
        "interruption": interruption_policy(queue_arn),
        "resource-discovery": resource_discovery_policy(partition, region, account),
    }


def interruption_queue_policy(queue_arn: str) -> str:
    """EventBridge (and SQS itself) may send to the queue; nothing may use it over plain HTTP."""
    return json.dumps({"Version": "2012-10-17", "Id": "EC2InterruptionPolicy", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": ["events.amazonaws.com", "sqs.amazonaws.com"]},
         "Action": "sqs:SendMessage", "Resource": queue_arn},
        {"Sid": "DenyHTTP", "Effect": "Deny", "Action": "sqs:*", "Resource": queue_arn,
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}, "Principal": "*"},
    ]}, sort_keys=True)


def event_pattern(source: str, detail_type: str) -> str:
    return json.dumps({"source": [source], "detail-type": [detail_type]}, sort_keys=True)
