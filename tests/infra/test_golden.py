"""A golden file per stack: every change to a graph shows up in review as a diff.

Regenerate after an intended change with

    LOOM_UPDATE_GOLDEN=1 .venv/bin/pytest tests/infra/test_golden.py

and commit tests/golden/*.yaml with the change that caused it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
import yaml

from loom.preview import PreviewResult

from .conftest import STACKS

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("LOOM_UPDATE_GOLDEN") == "1"


def _short(urn: str | None) -> str | None:
    """`urn:pulumi:s::loom::a$b$type::name` -> `type::name` (readable, still unique enough)."""
    if urn is None:
        return None
    qualified_type, name = urn.split("::")[2:4]
    return f"{qualified_type.split('$')[-1]}::{name}"


def render(result: PreviewResult) -> str:
    """A stable, sorted, readable rendering of the graph and its outputs."""
    resources = []
    for r in sorted(result.resources, key=lambda r: (r.type, r.name)):
        entry = {"type": r.type, "name": r.name, "parent": _short(r.parent)}
        if r.provider:
            entry["provider"] = _short(r.provider)
        if r.protect:
            entry["protect"] = True
        if r.inputs:
            entry["inputs"] = r.inputs
        resources.append(entry)
    doc = {"stack": result.stack, "resource_count": len(resources), "outputs": result.outputs, "resources": resources}
    return yaml.safe_dump(doc, sort_keys=True, default_flow_style=False, width=120, allow_unicode=True)


@pytest.mark.parametrize("stack", STACKS)
def test_graph_matches_golden_file(stack, previews):
    path = GOLDEN_DIR / f"{stack}.yaml"
    text = render(previews(stack))
    if UPDATE:
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        pytest.skip(f"updated {path.name}")
    assert path.exists(), f"no golden file {path}: run with LOOM_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            list(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), f"golden/{stack}.yaml", "preview", n=2))[:80]
        )
        pytest.fail(f"the {stack} graph changed (LOOM_UPDATE_GOLDEN=1 to accept):\n{diff}")
