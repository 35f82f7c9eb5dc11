"""Issue 10, over the six rendered stacks: wiring a real cluster or cloud enforces and the mocks do not
(identity pools that must exist before their members, token files that must be mounted, databases that the
mesh must let their clients reach)."""

from __future__ import annotations

import posixpath
from typing import Any, Iterator

import pytest

from .conftest import STACKS

WORKLOAD_POD_PATHS = {
    "Deployment": ("spec", "template"), "StatefulSet": ("spec", "template"), "DaemonSet": ("spec", "template"),
    "ReplicaSet": ("spec", "template"), "Job": ("spec", "template"), "CronJob": ("spec", "jobTemplate", "spec", "template"),
}


def _pods(result) -> Iterator[tuple[str, dict]]:
    """(resource name, pod spec) of every typed workload in the graph (Helm charts render their own pods)."""
    for r in result.resources:
        if not r.type.startswith("kubernetes:"):
            continue
        kind = r.type.rsplit(":", 1)[1]
        path = WORKLOAD_POD_PATHS.get(kind) or (("spec",) if kind == "Pod" else None)
        if path is None:
            continue
        node: Any = r.inputs
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        spec = node if kind == "Pod" else node.get("spec", {})
        if spec:
            yield f"{kind}/{r.name}", spec


@pytest.mark.parametrize("stack", STACKS)
def test_every_pod_given_a_web_identity_token_file_mounts_a_projected_token_there(stack, previews):
    """Defect 17 (issue 10): the feedback Jobs got AWS_WEB_IDENTITY_TOKEN_FILE but no projected token volume.
    Every container of every typed pod whose env names a token file mounts a projected service-account token at
    that path (the EKS webhook injects its own volume, so on aws the env never appears in the rendered pods)."""
    checked = 0
    for where, spec in _pods(previews(stack)):
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for c in [*spec.get("initContainers", []), *spec.get("containers", [])]:
            env = {e["name"]: e.get("value") for e in c.get("env", []) if isinstance(e, dict)}
            token = env.get("AWS_WEB_IDENTITY_TOKEN_FILE")
            if token is None:
                continue
            checked += 1
            directory, filename = posixpath.split(token)
            mount = next((m for m in c.get("volumeMounts", []) if m["mountPath"] == directory), None)
            assert mount is not None, f"{stack} {where} container {c['name']}: {token} is not mounted"
            sources = volumes[mount["name"]]["projected"]["sources"]
            assert any(s.get("serviceAccountToken", {}).get("path") == filename for s in sources), where
    if stack in ("dev", "edge", "onprem"):
        assert checked >= 3, "MinIO STS web identity should reach MLflow and both feedback Jobs"


def test_gcp_workload_identity_members_depend_on_the_cluster(previews):
    """Defect 6 (issue 10), on the whole gcp stack: every IAM member naming `<project>.svc.id.goog[ns/sa]`, whoever
    asked for it (MLflow, Triton, Milvus, the lake, the feedback loop), waits for the GKE cluster."""
    result = previews("gcp")
    (cluster,) = [r for r in result.resources if r.type == "gcp:container/cluster:Cluster"]
    members = [r for r in result.resources if ".svc.id.goog[" in str(r.inputs.get("member", ""))]
    assert len(members) >= 5
    late = [r.name for r in members if cluster.urn not in r.dependencies]
    assert late == [], f"members that can run before the Workload Identity pool exists: {late}"


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_mlflow_is_admitted_to_its_in_mesh_postgres(stack, previews):
    """Defect 15 (issue 10), on the rendered stacks: the principal MLflow's pods run as (its Deployment's service
    account in its namespace) is allowed on 5432 of the CloudNativePG pods."""
    result = previews(stack)
    (mlflow,) = [r for r in result.resources if r.type == "kubernetes:apps/v1:Deployment" and r.inputs["metadata"]["name"] == "mlflow"]
    principal = (f"cluster.local/ns/{mlflow.inputs['metadata']['namespace']}"
                 f"/sa/{mlflow.inputs['spec']['template']['spec']['serviceAccountName']}")
    (cluster,) = [r for r in result.resources if r.type == "kubernetes:postgresql.cnpg.io/v1:Cluster"]
    selector = {"cnpg.io/cluster": cluster.inputs["metadata"]["name"]}
    admitted = [
        p for p in result.resources
        if p.type == "kubernetes:security.istio.io/v1:AuthorizationPolicy"
        and p.inputs["metadata"]["namespace"] == cluster.inputs["metadata"]["namespace"]
        and p.inputs["spec"].get("selector", {}).get("matchLabels") == selector
        and any(principal in f["source"].get("principals", []) and "5432" in t["operation"]["ports"]
                for rule in p.inputs["spec"]["rules"] for f in rule["from"] for t in rule["to"])
    ]
    assert admitted, f"{stack}: nothing allows {principal} to reach Postgres on 5432"


@pytest.mark.parametrize("stack", ["dev", "edge", "onprem"])
def test_in_mesh_postgres_waits_for_the_mesh(stack, previews):
    """Defect 15 (issue 10): the CloudNativePG cluster, its credentials Secret and its Istio policies live in the
    meshed `loom-data`, which the mesh creates (with Istio's CRDs). MLflow depended on the mesh, but the database
    it asked the foundation for recorded no such edge (a component's depends_on never reaches its children).
    The recorded dependency edges (explicit or through inputs, not parent links) must lead to the mesh."""
    result = previews(stack)
    by_urn = {r.urn: r for r in result.resources}
    (namespace,) = [r.urn for r in result.resources
                    if r.type == "kubernetes:core/v1:Namespace" and r.inputs["metadata"]["name"] == "loom-data"]
    (crds,) = [r.urn for r in result.resources if r.type == "kubernetes:helm.sh/v3:Release" and r.inputs.get("name") == "istio-base"]

    def waits_for_mesh(r) -> bool:
        seen, todo = set(), list(r.dependencies)
        while todo:
            urn = todo.pop()
            if urn in seen or urn not in by_urn:
                continue
            seen.add(urn)
            todo += by_urn[urn].dependencies
        return {namespace, crds} <= seen

    in_data = [r for r in result.resources if r.type.startswith("kubernetes:") and r.name.startswith(f"loom-{stack}-mlflow-db")
               and r.inputs.get("metadata", {}).get("namespace") == "loom-data"]
    kinds = sorted(r.type.rsplit(":", 1)[1] for r in in_data)
    assert kinds == ["AuthorizationPolicy"] * 3 + ["Cluster", "PeerAuthentication", "ScheduledBackup", "Secret"], kinds
    late = [f"{r.type} {r.name}" for r in in_data if not waits_for_mesh(r)]
    assert late == [], f"no recorded edge to the mesh (loom-data and Istio's CRDs): {late}"
