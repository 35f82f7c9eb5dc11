"""What a pod needs besides annotations for its workload identity to take effect.

Cloud identities (IRSA, Pod Identity, GKE, Azure WI) are completed by the cluster (a webhook or the
metadata server). MinIO STS on existing clusters is not: the foundation hands out web-identity env
whose token file must be a projected service-account token the pod mounts itself
(`components/foundation/sts.py`). These helpers add that volume exactly when the env asks for it.
"""

from __future__ import annotations

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
