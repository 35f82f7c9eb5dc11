"""Policy configuration exactly as the CLI builds it (`--policy-pack-config FILE`):
schema defaults, then the pack's initial config, then the file; "all" sets every policy's
enforcement level; the result is validated against each policy's JSON schema."""

from __future__ import annotations

import copy
import fnmatch
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from loom.errors import LoomError
from loom.policycheck.model import PolicyInfo

LEVELS = ("advisory", "mandatory", "remediate", "disabled")


@dataclass
class PolicyConfig:
    enforcement_level: str
    properties: dict[str, Any]


def _level(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or value not in LEVELS:
        raise LoomError(f"{where}: {key}.enforcementLevel = {value!r} is invalid; allowed: {', '.join(LEVELS)}")
    return value


def parse_config(doc: Any, where: str, known: set[str]) -> dict[str, tuple[str | None, dict]]:
    """{policy: (enforcement level or None, properties)} from the CLI's JSON format."""
    if not isinstance(doc, dict):
        raise LoomError(f"{where}: must be a JSON object mapping policy names to a level or an object")
    out: dict[str, tuple[str | None, dict]] = {}
    for key, value in doc.items():
        if key != "all" and key not in known:
            raise LoomError(f"{where}: {key!r} is not a policy of this pack; allowed: all, "
                            + ", ".join(sorted(known)))
        if isinstance(value, str):
            out[key] = (_level(where, key, value), {})
        elif isinstance(value, dict):
            props = dict(value)
            level = _level(where, key, props.pop("enforcementLevel")) if "enforcementLevel" in props else None
            if key == "all" and props:
                raise LoomError(f"{where}: 'all' takes only an enforcement level, not {sorted(props)}")
            out[key] = (level, props)
        else:
            raise LoomError(f"{where}: {key} = {value!r} is invalid; allowed: an enforcement level "
                            f"({', '.join(LEVELS)}) or an object")
    return out


def load_config_file(path: str | Path, known: set[str]) -> dict[str, tuple[str | None, dict]]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise LoomError(f"{p}: cannot read policy config: {exc.strerror or exc}") from None
    if not text.strip():
        return {}
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoomError(f"{p}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    return parse_config(doc, str(p), known)


def _apply(result: dict[str, PolicyConfig], given: dict[str, tuple[str | None, dict]]) -> None:
    all_level = given.get("all", (None, {}))[0]
    if all_level:
        for cfg in result.values():
            cfg.enforcement_level = all_level
    for name, (level, props) in given.items():
        if name == "all" or name not in result:
            continue
        if level:
            result[name].enforcement_level = level
        result[name].properties.update(copy.deepcopy(props))


def reconcile(policies: list[PolicyInfo], initial: dict[str, tuple[str | None, dict]],
              given: dict[str, tuple[str | None, dict]], where: str) -> dict[str, PolicyConfig]:
    result = {
        p.name: PolicyConfig(p.enforcement_level,
                             {k: copy.deepcopy(v["default"]) for k, v in p.config_schema.items()
                              if isinstance(v, dict) and "default" in v})
        for p in policies
    }
    _apply(result, initial)
    _apply(result, given)
    errors = []
    for p in policies:
        if not p.config_schema and not p.required:
            continue
        schema: dict[str, Any] = {"type": "object", "properties": p.config_schema}
        if p.required:
            schema["required"] = p.required
        for err in jsonschema.Draft7Validator(schema).iter_errors(result[p.name].properties):
            errors.append(_describe(p.name, err))
        errors += _globs_that_match_nothing(p.name, p.config_schema, result[p.name].properties)
    if errors:
        raise LoomError(f"{where}: invalid policy configuration: " + "; ".join(errors))
    return result


def _at(policy: str, path) -> str:
    parts = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in path)
    return f"{policy}{parts}"


def _describe(policy: str, err: jsonschema.ValidationError) -> str:
    """One clause per error; a value that matches none of the alternatives says what is allowed instead of
    jsonschema's 'is not valid under any of the given schemas'."""
    description = err.schema.get("description") if isinstance(err.schema, dict) else None
    if err.validator in ("anyOf", "oneOf", "enum", "pattern") and description:
        return f"{_at(policy, err.absolute_path)} = {err.instance!r} is invalid; allowed: {description}"
    return f"{_at(policy, err.absolute_path)}: {err.message}"


def _globs_that_match_nothing(policy: str, properties_schema: dict, props: dict) -> list[str]:
    """For list properties whose items are 'one of these names, or a glob' (anyOf enum / pattern), a glob
    must match at least one of the names: `xx-*` would silently allow nothing."""
    out = []
    for key, spec in properties_schema.items():
        items = spec.get("items") if isinstance(spec, dict) else None
        alternatives = items.get("anyOf") if isinstance(items, dict) else None
        if not isinstance(items, dict) or not isinstance(alternatives, list):
            continue
        names = next((a["enum"] for a in alternatives if isinstance(a, dict) and "enum" in a), None)
        if not names or not isinstance(props.get(key), list):
            continue
        lowered = [str(n).lower() for n in names]
        for i, value in enumerate(props[key]):
            if not isinstance(value, str) or value in names or not any(c in value for c in "*?["):
                continue
            if not any(fnmatch.fnmatchcase(n, value.lower()) for n in lowered):
                out.append(f"{_at(policy, [key, i])} = {value!r} matches nothing; allowed: "
                           f"{items.get('description', 'one of the listed names or a glob over them')}")
    return out
