"""No guard module binds the same top-level name twice. The rule modules hold hundreds of module-level patterns; a
second `_COLON_AFTER = ...` further down silently replaces the first for every rule that reads it (round 72 caught
one that cost ten voicemail callers before any test ran), so a new pattern must take a new name. A set extended with itself ("X = X | {...}") is not a rebinding."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GUARD = Path(__file__).resolve().parents[2] / "workloads" / "guard"


def _rebound(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        value = getattr(node, "value", None)
        extends = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for name in names:
            if name in seen and name not in extends:  # "ORG_FIRST_WORDS = ORG_FIRST_WORDS | ...": an extension
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    return twice


@pytest.mark.parametrize("path", sorted(GUARD.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _rebound(path) == []


def test_the_check_sees_a_rebinding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("a")\n_B = {1}\n_B = _B | {2}\n_A = re.compile("b")\n', encoding="utf-8")
    assert _rebound(module) == ["_A (lines 2 and 5)"]
