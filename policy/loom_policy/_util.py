"""Small helpers shared by the rules: safe nested reads over the SDK's read-only proxies, constructors
that attach severity, concern and config schema uniformly, and per-resource handling of values that
are unknown during `pulumi preview`.

Unknowns: the SDK turns an `UnknownValueError` into one advisory for the whole policy. A stack rule
that let it escape would go advisory for every resource of the stack because one value of one resource
is not known yet. So every rule runs its checks resource by resource under `Unknowns.guard`: a check
that meets an unknown value is skipped for that resource only, the others are judged as usual, and at
the end one advisory names each resource and property that "cannot be checked until apply".
"""

from __future__ import annotations

import contextlib
import fnmatch
from collections.abc import Mapping, Sequence
from typing import Any, Callable, Iterator, Optional

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ResourceValidationPolicy,
    Severity,
    StackValidationPolicy,
)
from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, UnknownValueError

MANDATORY = EnforcementLevel.MANDATORY
ADVISORY = EnforcementLevel.ADVISORY
LOW, MEDIUM, HIGH, CRITICAL = Severity.LOW, Severity.MEDIUM, Severity.HIGH, Severity.CRITICAL


def is_map(value: Any) -> bool:
    return isinstance(value, Mapping)


def is_list(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def get(obj: Any, *path: Any, default: Any = None) -> Any:
    """obj[p0][p1]... or default when any step is missing or of the wrong shape. An unknown value on
    the path raises UnknownValueError (the caller's guard turns it into 'cannot be checked')."""
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


def known(obj: Any, *path: Any, default: Any = None) -> Any:
    """Like get(), but a value unknown during `pulumi preview` reads as `default`: for joining
    resources by name, where the dependency graph already links the unknown case."""
    try:
        return get(obj, *path, default=default)
    except UnknownValueError:
        return default


def as_list(value: Any) -> list:
    return list(value) if is_list(value) else []


def as_map(value: Any) -> Any:
    return value if is_map(value) else {}


def text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def truthy(value: Any) -> bool:
    """True for True and the strings Kubernetes/Helm use for it ("true", "True", "1", "yes", "on")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on", "y")
    return False


def falsy(value: Any) -> bool:
    """Explicitly false (False, "false", "0"); None is not falsy here (unset differs from off)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, str):
        return value.strip().lower() in ("false", "0", "no", "off", "n")
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
    cfg = args.get_config()
    value = cfg.get(key) if cfg else None
    return default if value is None else value


def schema(**properties: dict) -> PolicyConfigSchema:
    return PolicyConfigSchema(properties=properties)


def string_list(default: list[str], description: str) -> dict:
    return {"type": "array", "items": {"type": "string"}, "default": list(default), "description": description}


# --- values unknown during preview ---------------------------------------------------------------
class Guarded:
    """What a guarded block learned: `unknown` is True when it stopped at an unknown value."""

    unknown = False


class Unknowns:
    """Collects what a rule could not judge because a value is unknown during preview."""

    def __init__(self) -> None:
        self.items: list[str] = []

    @contextlib.contextmanager
    def guard(self, resource: Any = None) -> Iterator[Guarded]:
        """Skip the rest of the block for this resource when it reads an unknown value."""
        state = Guarded()
        try:
            yield state
        except UnknownValueError as exc:
            state.unknown = True
            path = "." + ".".join(str(p) for p in exc.props) if exc.props else "a value"
            where = f"{resource.resource_type} '{resource.name}' " if resource is not None else ""
            self.items.append(f"{where}{path} is unknown during preview")

    def note(self, what: str) -> None:
        """Something the pack cannot read at all (e.g. a values file outside its reach)."""
        self.items.append(what)

    def raise_if_any(self) -> None:
        if not self.items:
            return
        err = UnknownValueError(UNKNOWN_STRING_VALUE, [])
        err.message = "cannot be checked until apply: " + "; ".join(dict.fromkeys(self.items))
        raise err


def _judged(validate: Callable) -> Callable:
    """Runs a rule `validate(args, report, unknowns)`; what met an unknown becomes one advisory."""

    def run(args: Any, report: Callable) -> None:
        unknowns = Unknowns()
        with unknowns.guard():
            validate(args, report, unknowns)
        unknowns.raise_if_any()

    run.__name__ = getattr(validate, "__name__", "validate")
    run.__doc__ = validate.__doc__
    return run


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
        validate=_judged(validate),
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
        validate=_judged(validate),
        enforcement_level=enforcement,
        config_schema=config_schema,
        severity=severity,
        tags=[concern],
        remediation_steps=steps,
    )


def refers_to(child: Any, target: Any, keys: Sequence[str], target_ids: set[str]) -> bool:
    """Whether a stack resource points at `target`: through its dependency graph (what the engine
    records for an Output passed as input), or by one of `keys` holding the target's name/id/ARN."""
    for dep in getattr(child, "dependencies", None) or []:
        if getattr(dep, "urn", None) == target.urn:
            return True
    for deps in (getattr(child, "property_dependencies", None) or {}).values():
        if any(getattr(d, "urn", None) == target.urn for d in deps):
            return True
    for key in keys:
        value = known(child.props, key)
        if isinstance(value, str) and value and (value in target_ids or value.rsplit(":", 1)[-1] in target_ids):
            return True
    return False
