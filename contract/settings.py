"""Field metadata that lets a component's own Args be the stack settings (issue 13, item 1).

A component declares what a user chooses as a settings dataclass whose fields are `setting(...)`: the default,
a one-line doc, what is allowed and an optional check. The stack key is the field name in camelCase
(`key=` overrides it). Its Args class extends the settings with what the Platform wires in (`wiring(...)`: the
Kubernetes provider, the foundation, buckets, other components' outputs) and with the component's own fixed
choices that no stack exposes (`fixed(...)`: namespaces, identities, pinned chart versions). infra/schema.py parses
the stack file straight into the settings classes from this metadata, infra/stackdoc.py writes docs/stacks.md from
it, and `wire(ArgsClass, settings, **wiring)` builds the Args: nothing is copied field by field.

Neutral: imports nothing of ours, so components, infra and loom may all use it.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from typing import Any, Callable, Mapping, TypeVar

SETTING = "setting"
WIRING = "wiring"
FIXED = "fixed"
KINDS = (SETTING, WIRING, FIXED)

_MISSING: Any = dataclasses.MISSING
T = TypeVar("T")


def _field(kind: str, default: Any, factory: Callable[[], Any] | None, meta: dict[str, Any]) -> Any:
    meta = {"kind": kind, **meta}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    if default is _MISSING:
        return dataclasses.field(metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


def setting(
    default: Any = _MISSING,
    *,
    doc: str,
    allowed: str | None = None,
    check: Callable[[Any], str | None] | None = None,
    factory: Callable[[], Any] | None = None,
    key: str | None = None,
) -> Any:
    """A field the stack file sets. `check(value)` returns None when fine, else what is allowed."""
    return _field(SETTING, default, factory, {"doc": doc, "allowed": allowed, "check": check, "key": key})


def wiring(default: Any = _MISSING, *, doc: str, factory: Callable[[], Any] | None = None) -> Any:
    """A field the Platform (or the program) fills from other resources or stack-level keys, never a stack key of its own."""
    return _field(WIRING, default, factory, {"doc": doc})


def fixed(default: Any = _MISSING, *, doc: str, factory: Callable[[], Any] | None = None) -> Any:
    """A component choice no stack exposes (a convention the policy pack relies on, a version tested with the component)."""
    return _field(FIXED, default, factory, {"doc": doc})


def kind_of(f: dataclasses.Field) -> str | None:
    return f.metadata.get("kind")


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def key_of(f: dataclasses.Field) -> str:
    """The stack key of a settings field."""
    return f.metadata.get("key") or camel(f.name)


def settings_fields(cls: type) -> list[dataclasses.Field]:
    """The fields of `cls` a stack file sets (a plain dataclass without metadata counts as all settings)."""
    return [f for f in dataclasses.fields(cls) if kind_of(f) in (SETTING, None)]


def wire(args_cls: type[T], settings: Any, **wired: Any) -> T:
    """`args_cls` (a subclass of `type(settings)`) from the user's settings plus what the Platform wires in."""
    base = next(c for c in args_cls.__mro__[1:] if dataclasses.is_dataclass(c))
    if not isinstance(settings, base):
        raise TypeError(f"{args_cls.__name__} extends {base.__name__}, not {type(settings).__name__}")
    fields: tuple[dataclasses.Field, ...] = dataclasses.fields(args_cls)  # type: ignore[arg-type]  # T is a dataclass (checked above)
    chosen = {f.name: getattr(settings, f.name) for f in fields if kind_of(f) == SETTING}
    return args_cls(**chosen, **wired)


def problems(settings: Any, prefix: str = "") -> list[tuple[str, Any, str]]:
    """Each setting of `settings` (nested objects, lists and maps of them included) whose own check fails, as
    (key path, value, what is allowed). infra/schema.py runs the same checks while parsing a stack file; this runs
    them on settings built in code, so a Platform can refuse them before it registers anything."""
    found: list[tuple[str, Any, str]] = []
    for f in settings_fields(type(settings)):
        value, path = getattr(settings, f.name), f"{prefix}{key_of(f)}"
        check = f.metadata.get("check")
        try:
            said = check(value) if check is not None and value is not None else None
        except (AttributeError, TypeError):  # not a plain value (a Pulumi Output): the component checks it when known
            said = None
        if said:
            found.append((path, value, said))
        items = value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, list) else ()
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            found += problems(value, f"{path}.")
        for k, item in items:
            if dataclasses.is_dataclass(item) and not isinstance(item, type):
                found += problems(item, f"{path}.{k}." if isinstance(value, Mapping) else f"{path}[{k}].")
    return found


# --- checks: None when fine, else what is allowed ------------------------------------------------------------

_DNS_LABEL = re.compile(r"^[a-z]([-a-z0-9]{0,30}[a-z0-9])?$")
_PINNED = re.compile(r"^[a-z0-9][a-z0-9._/:-]*[a-z0-9](:[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}$")
_QUANTITY = re.compile(r"^\d+(\.\d+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$")
_DURATION = re.compile(r"^\d+[smhdw]$")
_CRON = re.compile(r"^(@(hourly|daily|weekly|monthly|yearly|annually|midnight)|(\S+\s+){4}\S+)$")
_WINDOW = re.compile(r"^\d+[mhdw]$")


def dns_label(v: str) -> str | None:
    return None if _DNS_LABEL.match(v) else "a lowercase DNS label: a-z first, then a-z, 0-9 or '-', at most 32 characters"


def pinned_image(v: str) -> str | None:
    return None if _PINNED.match(v) else "an image pinned by digest: registry/repo[:tag]@sha256:<64 lowercase hex>"


def optional_pinned_image(v: str | None) -> str | None:
    return None if v is None else pinned_image(v)


def cidr(v: str) -> str | None:
    try:
        net = ipaddress.ip_network(v, strict=True)
    except ValueError:
        return "an IPv4 network in CIDR notation, e.g. 10.40.0.0/16"
    return None if net.version == 4 else "an IPv4 network in CIDR notation"


def restricted_cidrs(v: list[str]) -> str | None:
    for c in v:
        if cidr(c) is not None or c == "0.0.0.0/0":
            return "IPv4 CIDRs, never 0.0.0.0/0 (the control plane must not be open to the internet)"
    return None


def restricted_cidr_map(v: Mapping[str, str]) -> str | None:
    return restricted_cidrs(list(v.values()))


def quantity(v: str) -> str | None:
    return None if _QUANTITY.match(v) else "a Kubernetes quantity, e.g. 500m, 2, 8Gi"


def duration(v: str) -> str | None:
    return None if _DURATION.match(v) else "a duration like 15d, 24h"


def window(v: str) -> str | None:
    return None if _WINDOW.match(v) else "a duration like 7d, 24h, 30m, 2w"


def cron(v: str) -> str | None:
    return None if _CRON.match(v.strip()) else "a five-field cron expression or @hourly/@daily/..."


def between(low: float, high: float) -> Callable[[float], str | None]:
    def check(v: float) -> str | None:
        kind = "an integer" if isinstance(v, int) and float(low).is_integer() and float(high).is_integer() else "a number"
        return None if low <= v <= high else f"{kind} from {low:g} to {high:g}"

    return check


def at_least(low: int) -> Callable[[int], str | None]:
    def check(v: int) -> str | None:
        return None if v >= low else f"an integer >= {low}"

    return check


def optional_at_least(low: int) -> Callable[[int | None], str | None]:
    inner = at_least(low)
    return lambda v: None if v is None else inner(v)


def non_empty(v: Any) -> str | None:
    return None if v else "a non-empty value"


_K8S_VERSION = re.compile(r"^1\.(2[89]|3[0-9])$")


def k8s_version(v: str) -> str | None:
    return None if _K8S_VERSION.match(v) else "a Kubernetes minor version 1.28 .. 1.39, e.g. \"1.33\""


def native_sidecar_k8s_version(v: str) -> str | None:
    """A Kubernetes version whose kubelets run native sidecars (SidecarContainers, on by default from 1.29): the Jobs
    in meshed namespaces (feedback CronJobs, Pulsar's and CloudNativePG's init Jobs) finish only with them."""
    if k8s_version(v) is not None or int(v.split(".")[1]) < 29:
        return ("a Kubernetes minor version 1.29 .. 1.39, e.g. \"1.33\": the Jobs in meshed namespaces finish only with "
                "Istio native sidecars (SidecarContainers, on from 1.29)")
    return None


def https_url(v: str) -> str | None:
    return None if v.startswith("https://") else "an https:// URL"
