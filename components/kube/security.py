"""Pod and container security contexts that satisfy the Kubernetes `restricted` Pod Security Standard."""

from __future__ import annotations

from typing import Any

NON_ROOT_UID = 1000


def pod_security_context(uid: int = NON_ROOT_UID) -> dict[str, Any]:
    return {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "runAsGroup": uid,
        "fsGroup": uid,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def container_security_context(uid: int = NON_ROOT_UID, *, read_only_root: bool = True) -> dict[str, Any]:
    """No privilege escalation, every capability dropped, read-only root unless the image needs to write."""
    return {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "readOnlyRootFilesystem": read_only_root,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
