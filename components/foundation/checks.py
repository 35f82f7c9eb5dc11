"""Early validation shared by every foundation (pure): one clear error naming the argument,
the value and what is allowed. Unknown Outputs are never inspected."""

from __future__ import annotations

import enum
import re
from typing import Any, Iterable

from contract.errors import ArgumentError

from .base import Access, BucketSpec, IdentityRequest, PostgresSpec
from .naming import check_k8s_name

_PG_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_RESERVED_PG_USERS = {"postgres", "admin", "rdsadmin", "root", "azure_superuser", "azure_pg_admin", "cloudsqladmin",
                      "streaming_replica"}


def require(condition: bool, message: str) -> None:
    if not condition:
        raise ArgumentError(message)


MIN_NATIVE_SIDECAR_MINOR = 29
"""Kubernetes SidecarContainers is on by default from 1.29: the first version whose Jobs in meshed namespaces can
finish (Istio's proxy as a native sidecar stops with the Job's container; a classic one keeps running)."""


def minor_version(version: object) -> int | None:
    """The minor of a "1.NN" Kubernetes version, or None when it is not one."""
    parts = str(version).split(".")
    return int(parts[1]) if len(parts) == 2 and parts[0] == "1" and parts[1].isdigit() else None


def check_native_sidecar_version(arg: str, version: object, jobs: str) -> None:
    """A cluster version whose meshed Jobs (`jobs`, for the message) can finish: 1.29 or newer."""
    minor = minor_version(version)
    require(minor is not None and minor >= MIN_NATIVE_SIDECAR_MINOR,
            f"{arg}={version!r} must be a version like '1.33' and at least 1.{MIN_NATIVE_SIDECAR_MINOR}: {jobs} run in meshed "
            f"namespaces and finish only with Istio native sidecars (Kubernetes SidecarContainers, on from 1.29)")


def check_range(arg: str, value: int, low: int, high: int) -> int:
    require(isinstance(value, int) and low <= value <= high, f"{arg}={value!r} must be an integer in {low}..{high}")
    return value


def check_sizes(prefix: str, low: int, desired: int | None, high: int) -> None:
    """min <= desired <= max for a node group/pool."""
    require(isinstance(low, int) and low >= 0, f"{prefix}_min={low!r} must be an integer >= 0")
    require(isinstance(high, int) and high >= max(low, 1), f"{prefix}_max={high!r} must be >= max({prefix}_min, 1)")
    if desired is not None:
        require(low <= desired <= high, f"{prefix}_desired={desired!r} must lie in {prefix}_min..{prefix}_max ({low}..{high})")


def check_enum(arg: str, value: Any, enum_cls: type[enum.Enum]) -> Any:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_cls)
        raise ArgumentError(f"{arg}={value!r} is not allowed; use one of {allowed}") from None


def check_nonempty(arg: str, values: Iterable[Any]) -> None:
    require(bool(list(values)), f"{arg} is empty: give at least one value")


def check_bucket_spec(spec: BucketSpec) -> None:
    require(isinstance(spec, BucketSpec), f"spec={spec!r} must be a BucketSpec")
    check_range("spec.noncurrent_version_expiration_days", spec.noncurrent_version_expiration_days, 1, 3650)
    if spec.transition_to_cold_days is not None:
        check_range("spec.transition_to_cold_days", spec.transition_to_cold_days, 1, 36500)
    if spec.retention_days is not None:
        check_range("spec.retention_days", spec.retention_days, 1, 36500)
        if spec.transition_to_cold_days is not None:
            require(
                spec.transition_to_cold_days < spec.retention_days,
                f"spec.transition_to_cold_days={spec.transition_to_cold_days} must be less than "
                f"spec.retention_days={spec.retention_days}",
            )


def check_postgres_spec(spec: PostgresSpec) -> None:
    require(isinstance(spec, PostgresSpec), f"spec={spec!r} must be a PostgresSpec")
    require(
        isinstance(spec.database, str) and bool(_PG_IDENT.match(spec.database)),
        f"spec.database={spec.database!r} must be a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 chars)",
    )
    require(
        isinstance(spec.username, str) and bool(_PG_IDENT.match(spec.username)),
        f"spec.username={spec.username!r} must be a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 chars)",
    )
    require(
        spec.username not in _RESERVED_PG_USERS,
        f"spec.username={spec.username!r} is reserved by managed Postgres; pick another (e.g. 'mlflow')",
    )
    require(spec.password is not None, "spec.password is missing: give a Pulumi secret (e.g. random.RandomPassword.result)")
    check_range("spec.storage_gb", spec.storage_gb, 1, 65536)
    check_range("spec.backup_retention_days", spec.backup_retention_days, 1, 35)


def check_identity_request(request: IdentityRequest) -> None:
    require(isinstance(request, IdentityRequest), f"request={request!r} must be an IdentityRequest")
    check_k8s_name("request.namespace", request.namespace)
    check_k8s_name("request.service_account", request.service_account)
    require(bool(request.grants), "request.grants is empty: grant access to at least one bucket")
    for i, grant in enumerate(request.grants):
        check_enum(f"request.grants[{i}].access", grant.access, Access)


AZURE_PG_STORAGE_GB = (32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)


def cloud_storage_gb(requested: int, minimum: int) -> int:
    """Managed databases have a floor (RDS 20 GiB, Cloud SQL 10 GiB): give at least what was asked."""
    return max(requested, minimum)


def azure_pg_storage_gb(requested: int) -> int:
    """Flexible Server only offers fixed sizes: the smallest one holding `requested` GiB."""
    for size in AZURE_PG_STORAGE_GB:
        if size >= requested:
            return size
    raise ArgumentError(f"spec.storage_gb={requested} exceeds the largest Azure PostgreSQL Flexible Server size "
                     f"({AZURE_PG_STORAGE_GB[-1]} GiB)")
