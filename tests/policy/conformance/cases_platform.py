"""The rest of the pack on what users write: images, requests, classification, bare pods, protected stores,
clusters, and values unknown during preview (an advisory for that resource only)."""

from __future__ import annotations

from tests.policy.builders import res
from tests.policy.conformance.k8s import container, helm, obj, pod_spec, workload
from tests.policy.conformance.model import advise, allow, deny
from tests.policy.conformance.sources import (AKS_SECURITY, CNPG_BACKUP, CROSSGUARD_UNKNOWNS, EKS_ENDPOINT,
                                              GKE_HARDENING, PSS_URL, S3_SSE, pulumi)

UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"  # how the engine marshals an unknown string


def image(ref):
    return pod_spec(containers=[container(image=ref)])


CASES = [
    deny("image-latest-in-cronjob", "no-latest-tag", pulumi("kubernetes", "batch/v1 CronJob", "jobTemplate..image"),
         [workload("CronJob", ns="team-a", pod=image("python:latest"))], expect="latest"),
    deny("image-untagged-in-patch", "no-latest-tag", pulumi("kubernetes", "apps/v1 DeploymentPatch", "containers[].image"),
         [workload(pod={"containers": [{"name": "app", "image": "ghcr.io/acme/api"}]}, patch=True)]),
    allow("image-tag-with-registry-port", "no-latest-tag", pulumi("kubernetes", "core/v1 Pod", "containers[].image"),
          [workload("Pod", ns="team-a", pod=image("registry.local:5000/acme/api:2.1"))]),
    deny("image-tag-only", "image-pinned-by-digest", pulumi("kubernetes", "apps/v1 StatefulSet", "containers[].image"),
         [workload("StatefulSet", pod=image("milvusdb/milvus:v2.5.4"))], expect="digest"),
    allow("image-digest", "image-pinned-by-digest", pulumi("kubernetes", "apps/v1 Deployment", "containers[].image"),
          [workload()]),
    deny("requests-missing-in-daemonset", "resource-requests-and-limits", PSS_URL,
         [workload("DaemonSet", ns="team-a", pod=pod_spec(containers=[container(resources={})]))], expect="requests.cpu"),
    allow("requests-present", "resource-requests-and-limits", PSS_URL, [workload("Job")]),
    deny("bare-pod", "no-bare-pods", pulumi("kubernetes", "core/v1 Pod", "spec"), [workload("Pod")]),
    allow("pod-template-is-not-bare", "no-bare-pods", pulumi("kubernetes", "core/v1 PodTemplate", "template"),
          [workload("PodTemplate"), workload("Pod", patch=True)]),
    deny("classification-missing-on-rollout", "data-classification-label",
         pulumi("kubernetes", "argoproj.io/v1alpha1 Rollout", "metadata.labels"),
         [res("kubernetes:argoproj.io/v1alpha1:Rollout", "r", {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
                                                               "metadata": {"name": "r", "namespace": "loom-serving"},
                                                               "spec": {"template": {"spec": pod_spec()}}})]),
    allow("classification-present", "data-classification-label",
          pulumi("kubernetes", "apps/v1 Deployment", "metadata.labels"), [workload()]),
    deny("bucket-v2-unprotected", "stateful-stores-protected", pulumi("aws", "aws:s3/bucketV2:BucketV2", "protect"),
         [res("aws:s3/bucketV2:BucketV2", "b", {"bucket": "acme"})]),
    deny("aurora-and-mysql-flexible-unprotected", "stateful-stores-protected",
         pulumi("azure-native", "azure-native:dbformysql:Server", "protect"),
         [res("aws:rds/cluster:Cluster", "c", {"engine": "aurora-mysql"}),
          res("azure-native:dbformysql:Server", "m", {"serverName": "m"})]),
    allow("protected-stores", "stateful-stores-protected", pulumi("aws", "aws:s3/bucketV2:BucketV2", "protect"),
          [res("aws:s3/bucketV2:BucketV2", "b", {"bucket": "acme"}, protect=True)]),
    deny("cnpg-short-retention", "database-backup-retention", CNPG_BACKUP,
         [obj("postgresql.cnpg.io/v1", "Cluster", "loom-data", {"instances": 3, "backup": {
             "retentionPolicy": "3d", "barmanObjectStore": {"destinationPath": "s3://b"}}})], expect="3d"),
    allow("cnpg-30d", "database-backup-retention", CNPG_BACKUP,
          [obj("postgresql.cnpg.io/v1", "Cluster", "loom-data", {"instances": 3, "backup": {
              "retentionPolicy": "30d", "barmanObjectStore": {"destinationPath": "s3://b"}}})]),
    deny("eks-public-endpoint-open", "cluster-api-endpoint-restricted", EKS_ENDPOINT,
         [res("aws:eks/cluster:Cluster", "eks", {"roleArn": "arn:aws:iam::1:role/eks", "vpcConfig": {
             "subnetIds": ["s-1"], "endpointPublicAccess": True, "publicAccessCidrs": ["0.0.0.0/0"]}})]),
    allow("aks-versioned-private-cluster", "cluster-api-endpoint-restricted", AKS_SECURITY,
          [res("azure-native:containerservice/v20240801:ManagedCluster", "aks", {
              "resourceGroupName": "rg", "apiServerAccessProfile": {"enablePrivateCluster": True}})]),
    deny("gke-no-network-policy", "cluster-network-policy", GKE_HARDENING,
         [res("gcp:container/cluster:Cluster", "gke", {"location": "europe-west4", "datapathProvider": "LEGACY_DATAPATH"})]),
    allow("gke-dataplane-v2", "cluster-network-policy", GKE_HARDENING,
          [res("gcp:container/cluster:Cluster", "gke", {"location": "europe-west4",
                                                         "datapathProvider": "ADVANCED_DATAPATH"})]),
    deny("gke-secrets-not-encrypted", "cluster-secrets-encryption", GKE_HARDENING,
         [res("gcp:container/cluster:Cluster", "gke", {"databaseEncryption": {"state": "DECRYPTED"}})]),
    allow("gke-secrets-cmek", "cluster-secrets-encryption", GKE_HARDENING,
          [res("gcp:container/cluster:Cluster", "gke", {"databaseEncryption": {
              "state": "ENCRYPTED", "keyName": "projects/p/locations/l/keyRings/r/cryptoKeys/k"}})]),
    # --- unknowns: an advisory naming the property, for that resource only --------------------------------
    advise("unknown-encryption-flag", "database-encrypted", CROSSGUARD_UNKNOWNS,
           [res("aws:rds/instance:Instance", "db", {"engine": "postgres", "storageEncrypted": UNKNOWN}, protect=True)],
           expect="storageEncrypted"),
    advise("unknown-bucket-name-in-residency", "resource-location-allowed", CROSSGUARD_UNKNOWNS,
           [res("gcp:storage/bucket:Bucket", "lake", {"name": "x", "location": UNKNOWN})],
           config={"resource-location-allowed": {"allowedRegions": ["europe-west4"]}}, expect="cannot be checked"),
    deny("unknown-in-one-bucket-does-not-hide-another", "object-store-encryption", S3_SSE,
         [res("aws:s3/bucketV2:BucketV2", "known", {"bucket": "acme-known"}, protect=True),
          res("aws:s3/bucketV2:BucketV2", "pending", {"bucket": "acme-pending", "serverSideEncryptionConfigurations":
                                                     UNKNOWN}, protect=True)], expect="'known'"),
    advise("unknown-helm-values-file", "pod-security-baseline", CROSSGUARD_UNKNOWNS,
           [res("kubernetes:helm.sh/v3:Release", "agent", {"chart": "agent", "namespace": "team-a",
                                                           "valueYamlFiles": [{"path": "/nonexistent/values.yaml"}]})],
           expect="valueYamlFiles[0]"),
    deny("unknown-image-does-not-hide-privileged", "pod-security-baseline", CROSSGUARD_UNKNOWNS,
         [workload(ns="team-a", pod=pod_spec(containers=[container(image=UNKNOWN, sc={"privileged": True})]))],
         expect="privileged"),
    allow("helm-chart-without-values", "pod-security-baseline", PSS_URL, [helm("plain", "team-a")]),
    deny("unknown-field-in-one-container-does-not-hide-the-next", "pod-security-baseline", CROSSGUARD_UNKNOWNS,
         [workload(ns="team-a", pod=pod_spec(containers=[container("first", sc={"procMount": UNKNOWN}),
                                                         container("second", sc={"privileged": True})]))],
         expect="container 'second' is privileged"),
    deny("unknown-namespace-elsewhere-does-not-hide-a-missing-default-deny", "namespace-default-deny",
         CROSSGUARD_UNKNOWNS,
         [obj("v1", "Namespace", None, None, name="loom-data", labels={}),
          obj("v1", "ConfigMap", UNKNOWN, None, name="generated", data={"a": "b"})], expect="loom-data"),
]

