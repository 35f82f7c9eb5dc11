"""Early argument checks that name the argument, show the value and say what is allowed."""

from __future__ import annotations

import re
from typing import Any, Iterable

import pulumi

from contract.errors import ArgumentError


class ComponentArgsError(ArgumentError):
    """Raised by a component constructor when one of its arguments is invalid (an `ArgumentError`)."""


def is_known(value: Any) -> bool:
    """True for plain Python values; Outputs/Resources are checked by the engine, not here."""
    return not isinstance(value, (pulumi.Output, pulumi.Resource)) and not hasattr(value, "__await__")


def fail(component: str, arg: str, value: Any, allowed: str) -> None:
    raise ComponentArgsError(f"{component}: {arg} = {value!r} is invalid; allowed: {allowed}")


def check_positive_int(component: str, arg: str, value: Any, *, minimum: int = 1) -> None:
    if is_known(value) and (not isinstance(value, int) or isinstance(value, bool) or value < minimum):
        fail(component, arg, value, f"an integer >= {minimum}")


def check_range(component: str, arg: str, value: Any, low: float, high: float) -> None:
    if is_known(value) and (not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high):
        fail(component, arg, value, f"a number between {low} and {high}")


DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


def check_dns_label(component: str, arg: str, value: Any) -> None:
    """Kubernetes names of namespaces, services and service accounts (RFC 1123 labels)."""
    if is_known(value) and (not isinstance(value, str) or not DNS_LABEL.match(value)):
        fail(component, arg, value, "a lowercase RFC 1123 label (a-z, 0-9, '-', at most 63 characters)")


def check_enum(component: str, arg: str, value: Any, enum_type: type) -> None:
    if is_known(value) and not isinstance(value, enum_type):
        allowed = ", ".join(f"{enum_type.__name__}.{m.name}" for m in enum_type)  # type: ignore[attr-defined]  # callers pass Enum classes
        fail(component, arg, value, allowed)


def check_unique(component: str, arg: str, values: Iterable[Any]) -> None:
    seen: set[Any] = set()
    for v in values:
        if is_known(v):
            if v in seen:
                fail(component, arg, v, "each value at most once")
            seen.add(v)
