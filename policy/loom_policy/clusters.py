"""Cluster rules for EKS, GKE and AKS: a private or CIDR-restricted API endpoint, envelope encryption
of Secrets with a customer key, and NetworkPolicy enforcement. Existing clusters are not in the graph."""

from __future__ import annotations

import json

from ._k8s import helm_release, is_helm
from ._util import CRITICAL, HIGH, as_list, get, is_map, known, refers_to, resource_policy, stack_policy, truthy
from .storage import azure_type

CONCERN = "clusters"

EKS = "aws:eks/cluster:Cluster"
EKS_ADDON = "aws:eks/addon:Addon"
GKE = "gcp:container/cluster:Cluster"
AKS = ("containerservice", "ManagedCluster")
OPEN = {"0.0.0.0/0", "::/0"}
_NETPOL_CHARTS = {"tigera-operator", "calico", "cilium"}


# --- cluster-api-endpoint-restricted ---------------------------------------------------------------
def _endpoint(args, report, unknowns):
    p, t = args.props, args.resource_type
    if t == EKS:
        vpc = get(p, "vpcConfig", default={})
        if get(vpc, "endpointPublicAccess") is False:
            return
        cidrs = [str(c) for c in as_list(get(vpc, "publicAccessCidrs"))]
        if not cidrs or OPEN & set(cidrs):
            report("vpcConfig: public API endpoint open to 0.0.0.0/0; set endpointPublicAccess false or "
                   "restrict publicAccessCidrs")
    elif t == GKE:
        if truthy(get(p, "privateClusterConfig", "enablePrivateEndpoint")):
            return
        cidrs = [str(get(b, "cidrBlock")) for b in as_list(get(p, "masterAuthorizedNetworksConfig", "cidrBlocks"))]
        if not cidrs or OPEN & set(cidrs):
            report("control plane reachable from anywhere: enable privateClusterConfig.enablePrivateEndpoint or "
                   "masterAuthorizedNetworksConfig.cidrBlocks")
    elif azure_type(t) == AKS:
        prof = get(p, "apiServerAccessProfile", default={})
        if truthy(get(prof, "enablePrivateCluster")):
            return
        ranges = [str(r) for r in as_list(get(prof, "authorizedIPRanges"))]
        if not ranges or OPEN & set(ranges):
            report("API server public: set apiServerAccessProfile.enablePrivateCluster or authorizedIPRanges")


cluster_api_endpoint_restricted = resource_policy(
    "cluster-api-endpoint-restricted",
    "The Kubernetes API endpoint must be private or restricted to known CIDRs.",
    _endpoint, concern=CONCERN, severity=CRITICAL,
    steps="EKS publicAccessCidrs / endpointPublicAccess false; GKE master authorized networks; AKS "
          "authorizedIPRanges or private cluster.",
)


# --- cluster-secrets-encryption ---------------------------------------------------------------------
def _secrets_enc(args, report, unknowns):
    p, t = args.props, args.resource_type
    if t == EKS:
        enc = get(p, "encryptionConfig", default={})
        if "secrets" not in [str(r) for r in as_list(get(enc, "resources"))] or not get(enc, "provider", "keyArn"):
            report("encryptionConfig does not encrypt 'secrets' with a KMS key (provider.keyArn)")
    elif t == GKE:
        if get(p, "databaseEncryption", "state") != "ENCRYPTED" or not get(p, "databaseEncryption", "keyName"):
            report("databaseEncryption is not ENCRYPTED with a Cloud KMS keyName")
    elif azure_type(t) == AKS:
        if not truthy(get(p, "securityProfile", "azureKeyVaultKms", "enabled")):
            report("securityProfile.azureKeyVaultKms is not enabled (Key Vault KMS for etcd secrets)")


cluster_secrets_encryption = resource_policy(
    "cluster-secrets-encryption",
    "Kubernetes Secrets must be envelope-encrypted with a customer-managed key.",
    _secrets_enc, concern=CONCERN, severity=HIGH,
    steps="EKS encryptionConfig (resources [secrets], KMS key); GKE databaseEncryption; AKS Key Vault KMS.",
)


# --- cluster-network-policy (stack) -----------------------------------------------------------------
def _eks_netpol(resources, cluster) -> bool:
    ids = {cluster.name, known(cluster.props, "name")}
    for a in resources:
        if a.resource_type == EKS_ADDON and get(a.props, "addonName") == "vpc-cni" and \
                refers_to(a, cluster, ("clusterName",), {i for i in ids if i}):
            raw = get(a.props, "configurationValues")
            try:
                cfg = json.loads(raw) if isinstance(raw, str) else {}
            except ValueError:
                cfg = {}
            if is_map(cfg) and truthy(cfg.get("enableNetworkPolicy")):
                return True
    return any(is_helm(r.resource_type) and helm_release(r.props, r.name)[2] in _NETPOL_CHARTS for r in resources)


def _netpol(args, report, unknowns):
    for c in args.resources:
        with unknowns.guard(c):
            _netpol_one(args, c, report)


def _netpol_one(args, c, report):
    p, t = c.props, c.resource_type
    if t == EKS and not _eks_netpol(args.resources, c):
        report(f"EKS cluster '{c.name}' has no NetworkPolicy enforcement (vpc-cni addon with "
               "enableNetworkPolicy, or Calico/Cilium)", c.urn)
    elif t == GKE and not (truthy(get(p, "networkPolicy", "enabled"))
                           or get(p, "datapathProvider") == "ADVANCED_DATAPATH"):
        report(f"GKE cluster '{c.name}' enforces no NetworkPolicy (networkPolicy.enabled or Dataplane V2)", c.urn)
    elif azure_type(t) == AKS and str(get(p, "networkProfile", "networkPolicy", default="none")).lower() not in (
            "azure", "calico", "cilium"):
        report(f"AKS cluster '{c.name}' networkProfile.networkPolicy is not azure, calico or cilium", c.urn)


cluster_network_policy = stack_policy(
    "cluster-network-policy",
    "Clusters must enforce Kubernetes NetworkPolicy.",
    _netpol, concern=CONCERN, severity=HIGH,
    steps="EKS: vpc-cni addon configurationValues {\"enableNetworkPolicy\": \"true\"}; GKE: Dataplane V2; "
          "AKS: networkPolicy azure/calico/cilium.",
)

POLICIES = [cluster_api_endpoint_restricted, cluster_secrets_encryption, cluster_network_policy]
