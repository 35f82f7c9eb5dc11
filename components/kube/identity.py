"""What a pod needs besides annotations for its workload identity to take effect.

Cloud identities (IRSA, Pod Identity, GKE, Azure WI) are completed by the cluster (a webhook or the
metadata server). MinIO STS on existing clusters is not: the foundation hands out web-identity env
whose token file must be a projected service-account token the pod mounts itself
(`components/foundation/sts.py`). These helpers add that volume exactly when the env asks for it.
"""

from __future__ import annotations

import posixpath
from typing import Any, Mapping

from components.foundation import sts

WEB_IDENTITY_TOKEN_ENV = "AWS_WEB_IDENTITY_TOKEN_FILE"


def env_list(env: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Kubernetes `env` entries, sorted by name so a reordering never shows as a diff."""
    return [{"name": k, "value": env[k]} for k in sorted(env)]


def needs_projected_token(env: Mapping[str, Any]) -> bool:
    return env.get(WEB_IDENTITY_TOKEN_ENV) == sts.TOKEN_FILE


def token_volumes(env: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(volumes, volumeMounts) for the web-identity token, or two empty lists. The token's audience and
    the CA follow the env (an external S3 endpoint expects its own audience and needs no cluster CA)."""
    if not needs_projected_token(env):
        return [], []
    return [sts.token_volume_for(dict(env))], [sts.token_volume_mount()]


SYSTEM_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
"""The CA bundle Debian and Ubuntu images (Milvus' among them) trust by default: the first file Go's crypto/x509
reads on Linux, and the bundle OpenSSL-based clients (libcurl, hence the AWS SDK for C++) are built to use there."""


def cluster_ca_trust(env: Mapping[str, Any]) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """(env, volumeMounts) that make the cluster CA the trust store of a process whose S3 client ignores
    AWS_CA_BUNDLE, for a web-identity env whose endpoints the cluster CA signs (MinIO's auto-generated certificates);
    ({}, []) otherwise. Use with `token_volumes` (the CA comes from its projected volume).

    For Milvus: minio-go reads no AWS_CA_BUNDLE, and Milvus' own `minio.ssl.tlsCACert` would turn certificate
    verification off in its C++ storage client (it sets verifySSL=false whenever a CA file is given), so the CA is
    given the way both runtimes read their system trust: SSL_CERT_FILE, which Go's crypto/x509 loads instead of the
    system bundle on Linux (and minio-go appends to the system pool), and the system bundle path itself, mounted
    from the same file. The process then trusts only the cluster CA: right for a workload whose only TLS peers are
    the in-cluster object store and its STS."""
    if not needs_projected_token(env) or env.get("AWS_CA_BUNDLE") != sts.CA_FILE:
        return {}, []
    mount = {"name": sts.TOKEN_VOLUME, "mountPath": SYSTEM_CA_BUNDLE, "subPath": posixpath.basename(sts.CA_FILE), "readOnly": True}
    return {"SSL_CERT_FILE": sts.CA_FILE}, [mount]


CLUSTER_CA_VOLUME = "loom-cluster-ca"
CLUSTER_CA_DIR = "/var/run/secrets/loom/ca"


def cluster_ca_files() -> tuple[dict[str, str], list[dict[str, Any]], list[dict[str, Any]]]:
    """(env, volumes, volumeMounts) giving a pod without a web-identity token the cluster CA the same way
    `cluster_ca_trust` does (SSL_CERT_FILE and the system bundle path): for Milvus reading MinIO with a static key."""
    ca_file = posixpath.join(CLUSTER_CA_DIR, "ca.crt")
    volume = {"name": CLUSTER_CA_VOLUME, "configMap": {"name": "kube-root-ca.crt", "items": [{"key": "ca.crt", "path": "ca.crt"}]}}
    mounts = [{"name": CLUSTER_CA_VOLUME, "mountPath": CLUSTER_CA_DIR, "readOnly": True},
              {"name": CLUSTER_CA_VOLUME, "mountPath": SYSTEM_CA_BUNDLE, "subPath": "ca.crt", "readOnly": True}]
    return {"SSL_CERT_FILE": ca_file}, [volume], mounts


def secret_env(name: str, secret: str, key: str) -> dict[str, Any]:
    """An env entry read from a Secret at container start (never a literal value)."""
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}
