"""Each guard module binds a top-level name once: a second `_NAME = re.compile(...)` further down silently replaces
the first for every rule that reads it, the earlier rule's included (round 68 found round 63's `_THANKS_TO_BEFORE`
had replaced round 59's since round 63). A rebinding that extends the name it replaces (`EPONYMOUS = EPONYMOUS |
...`) is allowed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import workloads.guard

MODULES = sorted(Path(workloads.guard.__file__).parent.glob("*.py"))


def _rebinds(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        elif isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names, value = [node.target.id], node.value
        else:
            continue
        for name in names:
            extends = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not extends:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _rebinds(path) == []


def test_the_check_catches_a_rebinding(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("a")\n_B = _A\n_A = re.compile("b")\nX = {1}\nX = X | {2}\n')
    assert _rebinds(module) == ["_A"]
