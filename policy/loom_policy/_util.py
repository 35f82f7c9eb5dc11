"""Small helpers shared by the rules: safe nested reads over the SDK's read-only proxies, and
constructors that attach severity, concern and config schema uniformly."""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence
from typing import Any, Callable, Optional

from pulumi_policy.proxy import UnknownValueError
from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ResourceValidationPolicy,
    Severity,
    StackValidationPolicy,
)

MANDATORY = EnforcementLevel.MANDATORY
ADVISORY = EnforcementLevel.ADVISORY
LOW, MEDIUM, HIGH, CRITICAL = Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL


def is_map(value: Any) -> bool:
    return isinstance(value, Mapping)


def is_list(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def get(obj: Any, *path: Any, default: Any = None) -> Any:
    """obj[p0][p1]... or default when any step is missing or of the wrong shape."""
    cur = obj
    for key in path:
        if isinstance(key, int):
            if not is_list(cur) or key >= len(cur):
                return default
            cur = cur[key]
        else:
            if not is_map(cur) or key not in cur:
                return default
            cur = cur[key]
        if cur is None:
            return default
    return cur


def as_list(value: Any) -> list:
    return list(value) if is_list(value) else []


def truthy(value: Any) -> bool:
    """True for True and the strings Kubernetes/Helm use for it ("true", "True", "1")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return False


def falsy(value: Any) -> bool:
    """Explicitly false (False, "false", "0"); None is not falsy here (unset differs from off)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, str):
        return value.strip().lower() in ("false", "0", "no", "off")
    return False


def number(value: Any, default: float | None = None) -> float | None:
    if isinstance(value, bool):
        return default
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return default
    return default


def matches_any(value: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(value, p) for p in patterns)


def config(args: Any, key: str, default: Any) -> Any:
    """The policy's configured value; the CLI already merged the schema defaults, the fallback keeps
    a bare engine (that sends no config) on the same defaults."""
    value = args.get_config().get(key) if args.get_config() else None
    return default if value is None else value


def schema(**properties: dict) -> PolicyConfigSchema:
    return PolicyConfigSchema(properties=properties)


def resource_policy(
    name: str,
    description: str,
    validate: Callable,
    *,
    concern: str,
    severity: Severity,
    enforcement: EnforcementLevel = MANDATORY,
    config_schema: Optional[PolicyConfigSchema] = None,
    remediate: Optional[Callable] = None,
    steps: str | None = None,
) -> ResourceValidationPolicy:
    return ResourceValidationPolicy(
        name=name,
        description=description,
        validate=validate,
        remediate=remediate,
        enforcement_level=enforcement,
        config_schema=config_schema,
        severity=severity,
        tags=[concern],
        remediation_steps=steps,
    )


def stack_policy(
    name: str,
    description: str,
    validate: Callable,
    *,
    concern: str,
    severity: Severity,
    enforcement: EnforcementLevel = MANDATORY,
    config_schema: Optional[PolicyConfigSchema] = None,
    steps: str | None = None,
) -> StackValidationPolicy:
    return StackValidationPolicy(
        name=name,
        description=description,
        validate=validate,
        enforcement_level=enforcement,
        config_schema=config_schema,
        severity=severity,
        tags=[concern],
        remediation_steps=steps,
    )


def refers_to(child: Any, target: Any, keys: Sequence[str], target_ids: set[str]) -> bool:
    """Whether a stack resource points at `target`: through its dependency graph (what the engine
    records for an Output passed as input), or by one of `keys` holding the target's name/id."""
    for dep in getattr(child, "dependencies", None) or []:
        if getattr(dep, "urn", None) == target.urn:
            return True
    for deps in (getattr(child, "property_dependencies", None) or {}).values():
        if any(getattr(d, "urn", None) == target.urn for d in deps):
            return True
    for key in keys:
        value = known(child.props, key)
        if isinstance(value, str) and value in target_ids:
            return True
    return False


def known(obj: Any, *path: Any, default: Any = None) -> Any:
    """Like get(), but a value unknown during `pulumi preview` (e.g. a bucket id) reads as `default`:
    for joining resources by name, where the dependency graph already links the unknown case."""
    try:
        return get(obj, *path, default=default)
    except UnknownValueError:
        return default
