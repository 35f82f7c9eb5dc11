"""Kubeconfigs for the clusters the foundations create, with exec auth (never static tokens).

Pure functions of plain strings; callers feed them through `Output.all(...).apply(...)`. JSON is
valid YAML, so the result is accepted by `kubernetes.Provider(kubeconfig=...)` and kubectl.
"""

from __future__ import annotations

import json
from typing import Sequence

EXEC_API = "client.authentication.k8s.io/v1beta1"
AKS_AAD_SERVER_ID = "6dae42f8-4368-4678-94ff-3960e28e3630"
"""The well-known Entra application id of the AKS AAD server (audience of kubelogin tokens)."""


def _render(name: str, server: str, ca_data: str, exec_cfg: dict) -> str:
    return json.dumps(
        {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [{"name": name, "cluster": {"server": server, "certificate-authority-data": ca_data}}],
            "contexts": [{"name": name, "context": {"cluster": name, "user": name}}],
            "current-context": name,
            "users": [{"name": name, "user": {"exec": exec_cfg}}],
        },
        sort_keys=True,
    )


def _exec(command: str, args: Sequence[str], hint: str, **extra) -> dict:
    return {"apiVersion": EXEC_API, "command": command, "args": list(args), "interactiveMode": "Never",
            "installHint": hint, **extra}


def eks(cluster_name: str, endpoint: str, ca_data: str, region: str) -> str:
    """EKS: `aws eks get-token` (AWS CLI v2) with the caller's AWS credentials."""
    return _render(
        cluster_name,
        endpoint,
        ca_data,
        _exec("aws", ["eks", "get-token", "--cluster-name", cluster_name, "--region", region, "--output", "json"],
              "Install the AWS CLI v2: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html"),
    )


def gke(cluster_name: str, endpoint: str, ca_data: str) -> str:
    """GKE: `gke-gcloud-auth-plugin` with the caller's gcloud credentials."""
    server = endpoint if endpoint.startswith("https://") else f"https://{endpoint}"
    return _render(
        cluster_name,
        server,
        ca_data,
        _exec("gke-gcloud-auth-plugin", [], "gcloud components install gke-gcloud-auth-plugin", provideClusterInfo=True),
    )


def aks(cluster_name: str, server: str, ca_data: str, login: str = "azurecli") -> str:
    """AKS with Entra ID auth and local accounts disabled: `kubelogin get-token` (login mode `azurecli`,
    `workloadidentity` in CI, `spn`, ...)."""
    return _render(
        cluster_name,
        server,
        ca_data,
        _exec("kubelogin", ["get-token", "--login", login, "--server-id", AKS_AAD_SERVER_ID],
              "Install kubelogin: https://azure.github.io/kubelogin/install.html"),
    )


def aks_from_credentials(kubeconfig_b64: str, cluster_name: str, login: str = "azurecli") -> str:
    """Re-render the kubeconfig AKS returns (listClusterUserCredential) with our kubelogin exec user:
    keeps only the server and CA, so no credential from the API response is ever stored."""
    import base64

    import yaml

    raw = yaml.safe_load(base64.b64decode(kubeconfig_b64).decode())
    cluster = raw["clusters"][0]["cluster"]
    return aks(cluster_name, cluster["server"], cluster["certificate-authority-data"], login)
