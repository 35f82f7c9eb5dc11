"""Cloud-safe names derived from the component name (pure; no Pulumi).

Logical (URN) names stay f"{name}-<role>"; these functions build the *physical* names clouds
impose rules on (length, charset, global uniqueness), so a rename never hides in a URN change.
"""

from __future__ import annotations

import hashlib
import re

from contract.errors import ArgumentError

_NON_DNS = re.compile(r"[^a-z0-9-]+")


def dns_label(value: str, max_len: int = 63) -> str:
    """Lower-case RFC 1123 label: [a-z0-9-], starts with a letter, no trailing dash, at most max_len.

    Over-long names keep a short hash of the full value so two long names never collide.
    """
    cleaned = _NON_DNS.sub("-", value.lower()).strip("-")
    cleaned = re.sub(r"-{2,}", "-", cleaned)
    if not cleaned or not cleaned[0].isalpha():
        cleaned = f"l-{cleaned}".rstrip("-")
    if len(cleaned) <= max_len:
        return cleaned
    digest = hashlib.sha256(value.encode()).hexdigest()[:6]
    return f"{cleaned[: max_len - 7].rstrip('-')}-{digest}"


class EnvironmentNamed:
    """For a foundation's Args with `cluster_name`, `environment` and cloud tags/labels: what the cluster is called
    and what every resource is tagged with when the program creates the foundation for a Loom environment."""

    def cluster_name_or_default(self) -> "str | None":
        """`cluster_name`, else `loom-<environment>`; None (the component's name) when neither is set."""
        name, environment = getattr(self, "cluster_name"), getattr(self, "environment")
        return name or (f"loom-{environment}" if environment else None)

    def with_environment(self, tags: "dict[str, str] | None") -> dict[str, str]:
        """`tags` plus `loom-environment: <environment>` when the environment is known."""
        environment = getattr(self, "environment")
        return {**(tags or {}), **({"loom-environment": environment} if environment else {})}


def bucket_name(prefix: str, purpose: str, max_len: int = 63) -> str:
    """S3/GCS/MinIO bucket name `<prefix>-<purpose>` (3..63 chars, DNS-compatible, no dots)."""
    return dns_label(f"{prefix}-{purpose}", max_len)


def storage_account_name(prefix: str, salt: str = "") -> str:
    """Azure storage account name: 3..24 chars, lower-case letters and digits only, globally unique.

    A hash of prefix+salt keeps it unique and stable for the same inputs.
    """
    letters = re.sub(r"[^a-z0-9]", "", prefix.lower()) or "loom"
    digest = hashlib.sha256(f"{prefix}/{salt}".encode()).hexdigest()[:8]
    return f"{letters[: 24 - len(digest)]}{digest}"


def key_vault_name(prefix: str, salt: str = "") -> str:
    """Azure Key Vault name: 3..24 chars, letters/digits/dashes, starts with a letter, globally unique."""
    digest = hashlib.sha256(f"{prefix}/{salt}".encode()).hexdigest()[:6]
    base = dns_label(prefix, 24 - 7)
    return f"{base}-{digest}"


def gcp_service_account_id(prefix: str, namespace: str, service_account: str) -> str:
    """Google service account id (6..30 chars, [a-z][a-z0-9-]*[a-z0-9]) for a Kubernetes service account."""
    raw = f"{prefix}-{namespace}-{service_account}"
    name = dns_label(raw, 30)
    if len(name) < 6:
        name = f"{name}-sa-id"[:30]
    return name


def k8s_subject(namespace: str, service_account: str) -> str:
    """The `sub` claim of a Kubernetes service-account token."""
    return f"system:serviceaccount:{namespace}:{service_account}"


_K8S_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def check_k8s_name(arg: str, value: str) -> str:
    """Validate a namespace / service-account name; raises ArgumentError naming the argument."""
    if not isinstance(value, str) or not _K8S_NAME.match(value) or len(value) > 63:
        raise ArgumentError(
            f"{arg}={value!r} is not a valid Kubernetes name: lower-case letters, digits and '-', "
            "starting and ending with a letter or digit, at most 63 characters"
        )
    return value
