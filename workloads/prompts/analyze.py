"""Deterministic analysis of a diff or an OpenAPI document into facts for the CI helper prompts.

The facts go into the prompt, so the generator starts from what is certainly true of the change
(which functions changed, which operations exist) instead of re-deriving it; the small local model
mostly restates them in the output schema, a larger one improves the wording.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

_DEF = {
    "python": re.compile(r"^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(([^)]*)\)?"),
    "javascript": re.compile(r"^\s*(?:export\s+)?(?:async\s+)?function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)?"),
    "go": re.compile(r"^\s*func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)\s*\(([^)]*)\)?"),
}
_RAISE = re.compile(r"\braise\s+([A-Za-z_]\w*)|\bthrow\s+new\s+([A-Za-z_]\w*)|errors\.New|fmt\.Errorf")
_LANG_BY_EXT = {".py": "python", ".js": "javascript", ".ts": "javascript", ".go": "go"}


@dataclass
class ChangedFunction:
    file: str
    name: str
    params: list[str]
    added_lines: int = 0
    raises: list[str] = field(default_factory=list)
    new: bool = True


@dataclass
class DiffFacts:
    files: list[str]
    added: int
    removed: int
    functions: list[ChangedFunction]


class AnalysisError(ValueError):
    """The input is not what the helper expects (not a unified diff, not OpenAPI)."""


def parse_diff(diff: str) -> DiffFacts:
    """Files, line counts and the functions a unified diff adds or changes."""
    if not diff.strip():
        raise AnalysisError("the diff is empty")
    files: list[str] = []
    functions: dict[tuple[str, str], ChangedFunction] = {}
    added = removed = 0
    current_file = ""
    current_fn: ChangedFunction | None = None
    saw_hunk = False
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[4:].strip()
            current_file = path[2:] if path.startswith("b/") else path
            if current_file != "/dev/null":
                files.append(current_file)
            current_fn = None
            continue
        if line.startswith("--- ") or line.startswith("diff --git") or line.startswith("index "):
            continue
        if line.startswith("@@"):
            saw_hunk = True
            context = line.split("@@")[-1]
            current_fn = _match_def(current_file, context, functions, new=False)
            continue
        if line.startswith("+"):
            added += 1
            body = line[1:]
            fn = _match_def(current_file, body, functions, new=True)
            if fn:
                current_fn = fn
            if current_fn:
                current_fn.added_lines += 1
                m = _RAISE.search(body)
                if m:
                    exc = m.group(1) or m.group(2) or "error"
                    if exc not in current_fn.raises:
                        current_fn.raises.append(exc)
        elif line.startswith("-"):
            removed += 1
        elif line.startswith(" "):
            fn = _match_def(current_file, line[1:], functions, new=False, register=False)
            if fn is not None:
                current_fn = fn
    if not saw_hunk:
        raise AnalysisError("not a unified diff: no @@ hunk headers found")
    changed = [f for f in functions.values() if f.added_lines > 0]
    return DiffFacts(files=files, added=added, removed=removed, functions=changed)


def _match_def(path: str, text: str, functions: dict, *, new: bool, register: bool = True) -> ChangedFunction | None:
    suffix = path[path.rfind("."):] if "." in path else ""
    pattern = _DEF.get(_LANG_BY_EXT.get(suffix, ""))
    if pattern is None:
        return None
    m = pattern.search(text)
    if not m:
        return None
    name = m.group(1)
    key = (path, name)
    if key not in functions:
        if not register and not new:
            # context line with a def: the following + lines belong to it
            pass
        params = [p.strip().split(":")[0].split("=")[0].strip() for p in (m.group(2) or "").split(",") if p.strip()]
        params = [p for p in params if p not in ("self", "cls", "*", "/")]
        functions[key] = ChangedFunction(file=path, name=name, params=params, new=new)
    return functions[key]


def test_facts(facts: DiffFacts) -> dict[str, Any]:
    """Facts shaped like assist-tests' output: one normal and one error case per changed function."""
    tests = []
    for fn in facts.functions:
        args = ", ".join(fn.params) or "no arguments"
        tests.append({"name": f"test_{fn.name.lstrip('_')}_returns_expected_result", "target": f"{fn.file}::{fn.name}", "checks": f"{fn.name} with typical values of {args} returns the documented result"})
        for exc in fn.raises:
            tests.append({"name": f"test_{fn.name.lstrip('_')}_raises_{exc.lower()}", "target": f"{fn.file}::{fn.name}", "checks": f"{fn.name} raises {exc} on the input that the diff guards against"})
        if fn.params and not fn.raises:
            tests.append({"name": f"test_{fn.name.lstrip('_')}_edge_cases", "target": f"{fn.file}::{fn.name}", "checks": f"{fn.name} handles empty, zero or boundary values of {fn.params[0]}"})
    summary = f"{len(facts.functions)} function(s) changed in {len(facts.files)} file(s) (+{facts.added}/-{facts.removed} lines)"
    return {"summary": summary, "tests": tests}


def refactor_facts(facts: DiffFacts) -> dict[str, Any]:
    """Facts shaped like assist-refactor's output: long additions and functions without error handling."""
    suggestions = []
    for fn in facts.functions:
        if fn.added_lines > 40:
            suggestions.append({"file": fn.file, "concern": f"{fn.name} grows by {fn.added_lines} lines", "proposal": f"split {fn.name} into smaller functions with one idea each"})
        if len(fn.params) > 5:
            suggestions.append({"file": fn.file, "concern": f"{fn.name} takes {len(fn.params)} parameters", "proposal": f"group the parameters of {fn.name} into a dataclass"})
    summary = f"{len(facts.functions)} function(s) changed in {len(facts.files)} file(s); {len(suggestions)} structural suggestion(s)"
    return {"summary": summary, "suggestions": suggestions}


_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")


def contract_facts(document: str) -> dict[str, Any]:
    """Facts shaped like assist-contract's output, read from an OpenAPI 3 document."""
    try:
        spec = yaml.safe_load(document)
    except yaml.YAMLError as exc:
        raise AnalysisError(f"not valid YAML or JSON: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(spec, dict) or "openapi" not in spec or not isinstance(spec.get("paths"), dict):
        raise AnalysisError("not an OpenAPI 3 document: expected top-level 'openapi' and 'paths'")
    operations = []
    for path, item in spec["paths"].items():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            responses = op.get("responses") or {}
            errors = [f"{code}: {(r or {}).get('description', 'unspecified')}" for code, r in responses.items() if str(code)[:1] in ("4", "5")]
            summary = op.get("summary") or op.get("description") or op.get("operationId") or "unspecified"
            operations.append({"method": method.upper(), "path": str(path), "summary": str(summary).strip(), "errors": errors})
    if not operations:
        raise AnalysisError("the OpenAPI document defines no operations under 'paths'")
    info = spec.get("info") or {}
    return {"title": f"{info.get('title', 'API')} {info.get('version', '')}".strip(), "operations": operations}


def as_json_block(facts: dict[str, Any]) -> str:
    """The facts on one line, laid out exactly as the generator writes structured output (", "
    and ": ", workloads/llm/guided.py): SmolLM2 then copies them token for token. Indented
    facts made it drop list items and write empty strings (measured on the shipped cases)."""
    return json.dumps(facts, separators=(", ", ": "), ensure_ascii=False)
