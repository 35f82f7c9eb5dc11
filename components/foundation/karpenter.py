"""Karpenter on EKS: nodes appear when pods need them (GPU and CPU capacity), and go when they are empty.

Why Karpenter rather than the Cluster Autoscaler: docs/dependencies.md ("Node capacity on EKS").
Every field below was read from Karpenter's own sources at the pinned release (github.com/aws/
karpenter-provider-aws, release commit 1d927085 of v1.14.1): the controller's IAM, the interruption queue and
its EventBridge rules from the getting-started CloudFormation template (`karpenter_policies.py`), the chart
values from charts/karpenter/values.yaml, and the NodePool (karpenter.sh/v1) and EC2NodeClass
(karpenter.k8s.aws/v1) fields from the CRDs the chart installs. The chart facts
(`loom/checks/facts/charts/karpenter-1.14.1.yaml`) hold those values paths and CRD schemas, and the chart check
validates the rendered NodePools and EC2NodeClasses against them.
"""

from __future__ import annotations

import enum
import operator
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

import pulumi
import pulumi_aws as aws
import pulumi_kubernetes as k8s

from components.kube import charts

from . import aws_policies, checks, karpenter_policies as kp

TYPE_TOKEN = "loom:foundation:Karpenter"
NAMESPACE = "kube-system"
"""Karpenter's recommended namespace (its getting-started guide): it runs beside the cluster's add-ons."""
SERVICE_ACCOUNT = "karpenter"
NODEPOOL_API = "karpenter.sh/v1"
NODECLASS_API = "karpenter.k8s.aws/v1"
MANAGED_POLICY = aws_policies.MANAGED_POLICY
ROOT_DEVICE = "/dev/xvda"
"""The root device of the AL2023 EKS AMIs (Karpenter's AL2023 family maps its default volume there)."""


class Consolidation(str, enum.Enum):
    """When Karpenter may remove or replace a node (NodePool `spec.disruption.consolidationPolicy`)."""

    WHEN_EMPTY = "WhenEmpty"  # only nodes without workload pods: never moves serving pods to repack
    WHEN_EMPTY_OR_UNDERUTILIZED = "WhenEmptyOrUnderutilized"  # also repacks pods onto fewer, cheaper nodes


@dataclass
class KarpenterNodePool:
    """One NodePool and its EC2NodeClass (both named `name`)."""

    name: str
    """NodePool and EC2NodeClass name, e.g. "gpu"."""
    requirements: Sequence[Mapping[str, object]]
    """Node requirements ({key, operator, values}): instance types or categories, capacity type, architecture."""
    limits: Mapping[str, str]
    """The most this pool may hold at once, by resource (cpu, memory, nvidia.com/gpu): Karpenter launches nothing
    beyond it. What Loom's capacity check compares the platform's peak against."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels of every node (what workloads select)."""
    taints: Sequence[Mapping[str, str]] = ()
    """Taints of every node ({key, value, effect})."""
    root_volume_gb: int = 80
    """Root EBS volume (gp3, encrypted with the foundation's key)."""
    consolidation: Consolidation = Consolidation.WHEN_EMPTY_OR_UNDERUTILIZED
    """When nodes may be removed; GPU pools use WHEN_EMPTY so a serving Triton pod is never moved to save money."""
    consolidate_after: str = "5m"
    """How long a node must be consolidatable before Karpenter acts."""
    disruption_budget: str = "10%"
    """How many of the pool's nodes may be disrupted at once (voluntary: consolidation, drift, expiry)."""
    expire_after: str = "720h"
    """Nodes are replaced after this long (picks up patched AMIs); PodDisruptionBudgets are honoured."""


@dataclass
class KarpenterArgs:
    """Everything `Karpenter` needs from the AWS foundation."""

    aws_provider: pulumi.ProviderResource
    k8s_provider: k8s.Provider
    cluster_name: pulumi.Input[str]
    cluster_endpoint: pulumi.Input[str]
    region: str
    oidc_provider_arn: pulumi.Input[str]
    oidc_issuer_url: pulumi.Input[str]
    subnet_ids: Sequence[pulumi.Input[str]]
    """Private subnets Karpenter launches nodes into (by id: no discovery tags needed)."""
    security_group_ids: Sequence[pulumi.Input[str]]
    """Security groups of the nodes (the EKS cluster security group, like the managed node groups)."""
    volume_kms_key_arn: pulumi.Input[str]
    """KMS key of the nodes' root volumes."""
    node_pools: Sequence[KarpenterNodePool]
    controller_node_selector: Mapping[str, str] = field(default_factory=dict)
    """Where the controller runs: nodes Karpenter does not manage (the system node group)."""
    ami_alias: str = "al2023@latest"
    """EC2NodeClass `amiSelectorTerms[].alias`. AL2023 resolves the NVIDIA variant for GPU instance types.
    Pin `al2023@vYYYYMMDD` for reproducible nodes; `latest` follows AWS's newest EKS AMI and lets drift roll
    nodes (within each pool's disruption budget) when a new one is published."""
    chart_version: str = charts.KARPENTER.version
    tags: Mapping[str, str] = field(default_factory=dict)


def nodepool_spec(pool: KarpenterNodePool) -> dict:
    """karpenter.sh/v1 NodePool spec."""
    template_spec: dict = {
        "nodeClassRef": {"group": "karpenter.k8s.aws", "kind": "EC2NodeClass", "name": pool.name},
        "requirements": [dict(r) for r in pool.requirements],
        "expireAfter": pool.expire_after,
    }
    if pool.taints:
        template_spec["taints"] = [dict(t) for t in pool.taints]
    return {
        "template": {"metadata": {"labels": dict(pool.labels)}, "spec": template_spec},
        "limits": dict(pool.limits),
        "disruption": {
            "consolidationPolicy": Consolidation(pool.consolidation).value,
            "consolidateAfter": pool.consolidate_after,
            "budgets": [{"nodes": pool.disruption_budget}],
        },
    }


def nodeclass_spec(pool: KarpenterNodePool, *, role: pulumi.Input[str], ami_alias: str,
                   subnet_ids: Sequence[pulumi.Input[str]], security_group_ids: Sequence[pulumi.Input[str]],
                   kms_key_arn: pulumi.Input[str], tags: Mapping[str, str]) -> dict:
    """karpenter.k8s.aws/v1 EC2NodeClass spec: IMDSv2 only with a hop limit of 1 (pods use IRSA, never the node's
    role), an encrypted gp3 root volume."""
    return {
        "role": role,
        "amiSelectorTerms": [{"alias": ami_alias}],
        "subnetSelectorTerms": [{"id": s} for s in subnet_ids],
        "securityGroupSelectorTerms": [{"id": g} for g in security_group_ids],
        "metadataOptions": {"httpEndpoint": "enabled", "httpTokens": "required", "httpPutResponseHopLimit": 1},
        "blockDeviceMappings": [{
            "deviceName": ROOT_DEVICE,
            "ebs": {"volumeSize": f"{pool.root_volume_gb}Gi", "volumeType": "gp3", "encrypted": True,
                    "kmsKeyID": kms_key_arn, "deleteOnTermination": True},
        }],
        "tags": dict(tags),
    }


def controller_values(cluster_name: str, cluster_endpoint: str, queue_name: str, role_arn: str,
                      node_selector: Mapping[str, str]) -> dict:
    """Karpenter chart values (charts/karpenter/values.yaml at the pinned release)."""
    return {
        "settings": {"clusterName": cluster_name, "clusterEndpoint": cluster_endpoint, "interruptionQueue": queue_name},
        "serviceAccount": {"create": True, "name": SERVICE_ACCOUNT, "annotations": {"eks.amazonaws.com/role-arn": role_arn}},
        "replicas": 2,
        "nodeSelector": dict(node_selector),
        # The getting-started guide's sizing: requests equal limits, so the controller is never throttled or evicted.
        "controller": {"resources": {"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "1Gi"}}},
    }


class Karpenter(pulumi.ComponentResource):
    """Karpenter's controller and the node pools it provisions.

    Children: the interruption queue (`<name>-interruption-queue`, SSE, 5-minute retention) with its policy and
    five EventBridge rules feeding it (`<name>-<rule>`, `<name>-<rule>-target`: AWS Health scheduled changes,
    spot interruptions, rebalance recommendations, instance state changes, capacity-reservation interruptions);
    the node role (`<name>-node-role`) with its managed policies and an EKS access entry of type EC2_LINUX
    (`<name>-node-access`: EKS grants the role node permissions); the controller's IRSA role for
    kube-system/karpenter (`<name>-controller-role`) with the template's inline policies
    (`<name>-controller-<policy>`); the Helm release `karpenter` (`<name>-release`, which installs the CRDs);
    and per pool an EC2NodeClass and a NodePool (`<name>-<pool>-nodeclass`, `<name>-<pool>-nodepool`).

    Delete: removing a NodePool makes Karpenter drain and terminate its nodes; delete the workloads first.
    Instance profiles Karpenter created are removed by Karpenter with their EC2NodeClass.
    """

    queue_name: pulumi.Output[str]
    """The interruption queue (settings.interruptionQueue)."""
    controller_role_arn: pulumi.Output[str]
    node_role_arn: pulumi.Output[str]
    node_pool_names: pulumi.Output[list]

    def __init__(self, name: str, args: KarpenterArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        Karpenter._validate(args)
        super().__init__(TYPE_TOKEN, name, None, opts)
        aws_opts = pulumi.ResourceOptions(parent=self, provider=args.aws_provider)
        tags = dict(args.tags)

        queue = aws.sqs.Queue(f"{name}-interruption-queue", message_retention_seconds=300, sqs_managed_sse_enabled=True,
                              tags=tags, opts=aws_opts)
        under_queue = pulumi.ResourceOptions(parent=queue, provider=args.aws_provider)
        aws.sqs.QueuePolicy(f"{name}-interruption-queue-policy", queue_url=queue.url,
                            policy=queue.arn.apply(kp.interruption_queue_policy), opts=under_queue)
        for key, (source, detail_type) in kp.INTERRUPTION_RULES.items():
            rule = aws.cloudwatch.EventRule(f"{name}-{key}", event_pattern=kp.event_pattern(source, detail_type),
                                            description=f"Karpenter interruption queue: {detail_type}", tags=tags,
                                            opts=under_queue)
            aws.cloudwatch.EventTarget(f"{name}-{key}-target", rule=rule.name, arn=queue.arn,
                                       target_id="KarpenterInterruptionQueueTarget",
                                       opts=pulumi.ResourceOptions(parent=rule, provider=args.aws_provider))

        node_role = aws.iam.Role(f"{name}-node-role", description="Nodes launched by Karpenter",
                                 assume_role_policy=aws_policies.assume_role_for_service("ec2.amazonaws.com"),
                                 tags=tags, opts=aws_opts)
        node_policies = [
            aws.iam.RolePolicyAttachment(f"{name}-node-{short}", role=node_role.name, policy_arn=MANAGED_POLICY + policy,
                                         opts=pulumi.ResourceOptions(parent=node_role, provider=args.aws_provider))
            for short, policy in kp.NODE_MANAGED_POLICIES.items()
        ]
        access = aws.eks.AccessEntry(f"{name}-node-access", cluster_name=args.cluster_name, principal_arn=node_role.arn,
                                     type="EC2_LINUX", tags=tags, opts=aws_opts)

        controller_role = aws.iam.Role(
            f"{name}-controller-role", description=f"IRSA for {NAMESPACE}/{SERVICE_ACCOUNT} (the Karpenter controller)",
            assume_role_policy=pulumi.Output.all(args.oidc_provider_arn, args.oidc_issuer_url).apply(
                lambda v: aws_policies.irsa_trust_policy(v[0], v[1], NAMESPACE, SERVICE_ACCOUNT)),
            tags=tags, opts=aws_opts)
        identity = aws.get_caller_identity_output(opts=pulumi.InvokeOutputOptions(provider=args.aws_provider, parent=self))
        partition = aws.get_partition_output(opts=pulumi.InvokeOutputOptions(provider=args.aws_provider, parent=self))
        documents = pulumi.Output.all(partition.partition, identity.account_id, args.cluster_name, node_role.arn,
                                      queue.arn).apply(
            lambda v: kp.controller_policies(v[0], args.region, v[1], v[2], v[3], v[4]))
        controller_policies = [
            aws.iam.RolePolicy(f"{name}-controller-{key}", role=controller_role.id,
                               policy=documents.apply(operator.itemgetter(key)),
                               opts=pulumi.ResourceOptions(parent=controller_role, provider=args.aws_provider))
            for key in kp.CONTROLLER_POLICIES
        ]

        k8s_opts = pulumi.ResourceOptions(parent=self, provider=args.k8s_provider)
        values = pulumi.Output.all(args.cluster_name, args.cluster_endpoint, queue.name, controller_role.arn).apply(
            lambda v: controller_values(v[0], v[1], v[2], v[3], args.controller_node_selector))
        release = k8s.helm.v3.Release(
            f"{name}-release",
            charts.KARPENTER.release_args("karpenter", NAMESPACE, values, version=args.chart_version),
            opts=k8s_opts.merge(pulumi.ResourceOptions(depends_on=[access, *node_policies, *controller_policies])))

        after_crds = k8s_opts.merge(pulumi.ResourceOptions(depends_on=[release]))
        labels = {"app.kubernetes.io/part-of": "loom", "app.kubernetes.io/managed-by": "pulumi"}
        for pool in args.node_pools:
            node_class = k8s.apiextensions.CustomResource(
                f"{name}-{pool.name}-nodeclass", api_version=NODECLASS_API, kind="EC2NodeClass",
                metadata={"name": pool.name, "labels": labels},
                spec=nodeclass_spec(pool, role=node_role.name, ami_alias=args.ami_alias, subnet_ids=args.subnet_ids,
                                    security_group_ids=args.security_group_ids, kms_key_arn=args.volume_kms_key_arn,
                                    tags={**tags, "loom.io/node-pool": pool.name}),
                opts=after_crds)
            k8s.apiextensions.CustomResource(
                f"{name}-{pool.name}-nodepool", api_version=NODEPOOL_API, kind="NodePool",
                metadata={"name": pool.name, "labels": labels}, spec=nodepool_spec(pool),
                opts=after_crds.merge(pulumi.ResourceOptions(depends_on=[node_class])))

        self.queue_name = queue.name
        self.controller_role_arn = controller_role.arn
        self.node_role_arn = node_role.arn
        self.node_pool_names = pulumi.Output.from_input([p.name for p in args.node_pools])
        self.register_outputs({"queue_name": self.queue_name, "controller_role_arn": self.controller_role_arn,
                               "node_role_arn": self.node_role_arn, "node_pool_names": self.node_pool_names})

    @staticmethod
    def _validate(args: KarpenterArgs) -> None:
        require = checks.require
        require(bool(args.node_pools), "Karpenter: node_pools is empty: give at least one pool (else nothing is provisioned)")
        names = [p.name for p in args.node_pools]
        require(len(set(names)) == len(names), f"Karpenter: node_pools names {names!r} must be unique")
        for p in args.node_pools:
            require(bool(p.limits), f"Karpenter: node pool {p.name!r} has no limits (an unbounded pool can launch without end)")
        require(args.ami_alias.startswith(("al2023@", "al2@", "bottlerocket@")),
                f"Karpenter: ami_alias={args.ami_alias!r} must be an EC2NodeClass alias such as al2023@latest or al2023@v20250505")
