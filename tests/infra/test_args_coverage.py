"""Every argument of every component is a decision: set from stack settings, wired by the
Platform, or deliberately left at the component's default. A new argument fails this test until
someone decides (and the stack settings / docs/stacks.md follow)."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import components.certificates as certificates
import components.feedback as feedback
import components.foundation as foundation
import components.lake as lake
import components.metrics_server as metrics_server
import components.mesh as mesh
import components.milvus as milvus
import components.mlflow as mlflow
import components.observability as observability
import components.triton as triton

PROGRAM = Path(__file__).resolve().parents[2] / "infra" / "program.py"

WIRED = {"k8s_provider", "foundation", "provider", "model_bucket", "gateway", "lake_bucket", "models_bucket", "mlflow_bucket",
         "tracking_uri", "vector_store_uri", "inference_url", "storage_class", "interaction_lake",
         "gateway_service_type", "hosts", "secret_name", "external_services"}
"""Filled in by the program or the Platform from other resources, never from settings."""

CONVENTIONS = {"namespace", "namespaces", "allowed_namespaces", "allowed_principals", "classification", "service_account_name",
               "scrape_namespaces", "postgres_namespace", "raw_prefix", "database", "db_username", "extra_env", "extra_args"}
"""docs/architecture.md conventions (namespaces, identities, classification labels) the policy pack relies on."""

DEFAULT_ONLY = {
    "AwsFoundationArgs": {"availability_zones", "control_plane_logs", "kms_deletion_window_days", "nvidia_device_plugin_version",
                          "karpenter_version"},
    "GcpFoundationArgs": {"gpu_driver_version", "kms_rotation_period", "postgres_cmek"},
    "AzureFoundationArgs": {"dns_service_ip", "nvidia_device_plugin_version", "pod_cidr", "service_cidr"},
    "ExistingClusterFoundationArgs": {"cnpg_chart_version", "gpu_operator_chart_version"},
    "MinioArgs": {"kes_key_name", "operator_chart_version"},
    "ExternalS3Args": {"token_audience"},
    "IstioMeshArgs": {"istio_version"},
    "MilvusVectorStoreArgs": {"chart_version"},
    "MlflowTrackingArgs": {"cpu_limit", "cpu_request", "memory_limit", "memory_request", "extra_allowed_hosts"},
    "TelemetryLakeArgs": {"collector_chart_version"},
    "FeedbackLoopArgs": {"drift_resources", "retrain_resources", "generator_resources", "history_limit"},
    "GatewayCertificateArgs": {"cert_manager_version", "duration", "renew_before"},
    "MetricsServerArgs": {"replicas", "chart_version"},
}
"""Left at the component's default on purpose: chart/plugin versions are pinned with the component
that is tested against them; the rest are sizing details with production defaults."""

ARGS = [
    foundation.AwsFoundationArgs, foundation.AwsExistingCluster, foundation.GcpFoundationArgs, foundation.GcpExistingCluster,
    foundation.AzureFoundationArgs, foundation.AzureExistingCluster, foundation.ExistingClusterFoundationArgs, foundation.MinioArgs,
    foundation.ExternalS3Args, mesh.IstioMeshArgs, triton.TritonServingArgs, milvus.MilvusVectorStoreArgs, mlflow.MlflowTrackingArgs,
    lake.TelemetryLakeArgs, observability.ObservabilityArgs, feedback.FeedbackLoopArgs, certificates.GatewayCertificateArgs,
    metrics_server.MetricsServerArgs,
]


def _mapped_by_program() -> dict[str, set[str]]:
    tree = ast.parse(PROGRAM.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    variables: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            out.setdefault(node.func.id, set()).update(k.arg for k in node.keywords if k.arg)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    variables[t.id] = node.value.func.id
    for node in ast.walk(tree):  # `minio.tenant_image = ...` style
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in variables:
                    out.setdefault(variables[t.value.id], set()).add(t.attr)
    return out


@pytest.mark.parametrize("args_cls", ARGS, ids=lambda c: c.__name__)
def test_every_component_argument_is_decided(args_cls):
    mapped = _mapped_by_program().get(args_cls.__name__, set())
    fields = {f.name for f in dataclasses.fields(args_cls)}
    undecided = fields - mapped - WIRED - CONVENTIONS - DEFAULT_ONLY.get(args_cls.__name__, set())
    assert not undecided, f"{args_cls.__name__}: map these from stack settings (infra/config.py + infra/program.py) or list them here: {sorted(undecided)}"
