"""Typed stack settings from plain data: dataclasses in, one clear error out.

A settings class is a dataclass whose fields carry `setting(...)` metadata (contract/settings.py: a description,
what is allowed, an optional check, the key); most are the components' own settings, which their Args extend.
`parse_dataclass` walks the type hints, converts the
YAML/JSON keys (camelCase, as Pulumi config is written) to fields (snake_case), rejects unknown
keys (typos), coerces the strings the Pulumi CLI hands a program at the top level, and raises
`ConfigError(where, key.path, value, allowed)` for the first thing that is wrong.
docs/stacks.md is generated from the same metadata (infra/stackdoc.py).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import re
import types
import typing
from typing import Any, Mapping

from contract.settings import camel, key_of, setting, settings_fields  # noqa: F401 (setting, camel: re-exported)
from contract.errors import ConfigError

_MISSING = dataclasses.MISSING


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> Mapping[str, Any]:
    """A settings class's resolved annotations, once per class: `get_type_hints` evaluates every string annotation
    again on each call, and a preview parses the stack settings twice (loom/preview.py, then infra.program)."""
    return types.MappingProxyType(typing.get_type_hints(cls))


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0], True
    return tp, False


def describe_type(tp: Any) -> str:
    """The type as docs/stacks.md and error messages say it."""
    tp, optional = unwrap_optional(tp)
    origin = typing.get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        text = "string (enum)"
    elif tp is bool:
        text = "boolean"
    elif tp is int:
        text = "integer"
    elif tp is float:
        text = "number"
    elif tp is str:
        text = "string"
    elif origin in (list, tuple, typing.Sequence):
        text = f"list of {describe_type(typing.get_args(tp)[0])}"
    elif origin in (dict, typing.Mapping):
        text = f"map of {describe_type(typing.get_args(tp)[1])}"
    elif dataclasses.is_dataclass(tp):
        text = "object"
    else:
        text = str(tp)
    return f"{text} or null" if optional else text


def allowed_text(tp: Any, meta: Mapping[str, Any]) -> str:
    if meta.get("allowed"):
        return str(meta["allowed"])
    inner, _ = unwrap_optional(tp)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return "one of " + ", ".join(str(m.value) for m in inner)
    return describe_type(tp)


_BOOL_STRINGS = {"true": True, "false": False}


def _coerce_scalar_string(value: str, tp: Any) -> Any:
    """The Pulumi CLI hands top-level config values to programs as strings; objects as JSON."""
    inner, _ = unwrap_optional(tp)
    if inner is bool and value.lower() in _BOOL_STRINGS:
        return _BOOL_STRINGS[value.lower()]
    if inner is int and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    if inner is float and re.fullmatch(r"-?\d+(\.\d+)?([eE]-?\d+)?", value.strip()):
        return float(value)
    if dataclasses.is_dataclass(inner) or typing.get_origin(inner) in (list, tuple, dict, typing.Sequence, typing.Mapping):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def parse_value(value: Any, tp: Any, meta: Mapping[str, Any], *, where: str, key: str, top_level: bool = False) -> Any:
    if isinstance(value, str) and (top_level or unwrap_optional(tp)[0] in (bool, int, float)):
        # `pulumi config set` stores strings unless told otherwise: "25" is an integer where one is expected.
        value = _coerce_scalar_string(value, tp)
    inner, optional = unwrap_optional(tp)
    allowed = allowed_text(tp, meta)
    if value is None:
        if optional:
            return None
        raise ConfigError(where, key, value, allowed)
    origin = typing.get_origin(inner)
    if dataclasses.is_dataclass(inner):
        settings_cls = typing.cast(type, inner)
        if not isinstance(value, Mapping):
            raise ConfigError(where, key, value, f"an object with keys {', '.join(key_of(f) for f in settings_fields(settings_cls))}")
        out = parse_dataclass(settings_cls, value, where=where, prefix=key)
    elif isinstance(inner, type) and issubclass(inner, enum.Enum):
        try:
            out = inner(value)
        except ValueError:
            raise ConfigError(where, key, value, allowed) from None
    elif inner is bool:
        if not isinstance(value, bool):
            raise ConfigError(where, key, value, "true or false")
        out = value
    elif inner is int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise ConfigError(where, key, value, allowed)
        out = value
    elif inner is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(where, key, value, allowed)
        out = float(value)
    elif inner is str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ConfigError(where, key, value, allowed)
        out = str(value)
    elif origin in (list, tuple, typing.Sequence):
        if not isinstance(value, list):
            raise ConfigError(where, key, value, f"a list ({describe_type(inner)})")
        (item_tp,) = typing.get_args(inner)[:1]
        out = [parse_value(v, item_tp, {}, where=where, key=f"{key}[{i}]") for i, v in enumerate(value)]
    elif origin in (dict, typing.Mapping):
        if not isinstance(value, Mapping):
            raise ConfigError(where, key, value, f"an object ({describe_type(inner)})")
        _, val_tp = typing.get_args(inner)
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise ConfigError(where, f"{key}.{k}", v, "string keys")
            out[k] = parse_value(v, val_tp, {}, where=where, key=f"{key}.{k}")
    else:  # pragma: no cover - a schema bug, not bad input
        raise TypeError(f"unsupported settings type {inner!r} for {key}")
    check = meta.get("check")
    if check is not None:
        problem = check(out)
        if problem:
            raise ConfigError(where, key, value, problem)
    return out


def parse_dataclass(cls: type, data: Mapping[str, Any], *, where: str, prefix: str, top_level: bool = False) -> Any:
    """Build `cls` from `data` (camelCase keys); `prefix` is the key path used in errors."""
    hints = _hints(cls)
    fields = {key_of(f): f for f in settings_fields(cls)}

    def path_of(k: str) -> str:
        return f"{prefix}{k}" if top_level else f"{prefix}.{k}"

    for k in data:
        if k not in fields:
            near = _nearest(str(k), list(fields))
            hint = f" (did you mean {near!r}?)" if near else ""
            raise ConfigError(where, path_of(str(k)), _short(data[k]), f"known keys {', '.join(sorted(fields))}{hint}")
    kwargs: dict[str, Any] = {}
    for ckey, f in fields.items():
        path = path_of(ckey)
        if ckey in data:
            kwargs[f.name] = parse_value(data[ckey], hints[f.name], f.metadata, where=where, key=path, top_level=top_level)
        elif f.default is _MISSING and f.default_factory is _MISSING:
            raise ConfigError(where, path, None, f"a value is required ({describe_type(hints[f.name])}): {f.metadata.get('doc', '')}")
    return cls(**kwargs)


def _nearest(word: str, candidates: list[str]) -> str | None:
    import difflib

    got = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
    return got[0] if got else None


def _short(value: Any) -> Any:
    """Keep error lines short: objects and lists are elided."""
    if isinstance(value, Mapping):
        return "{...}"
    if isinstance(value, list):
        return "[...]"
    return value
