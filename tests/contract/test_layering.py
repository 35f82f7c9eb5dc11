"""The layering rules of docs/architecture.md, read from the code: every import of every module.

An import is read wherever it is written (module top, inside a function, under TYPE_CHECKING), so
a lazy import cannot hide a dependency. Relative imports stay inside their own package.
"""

from __future__ import annotations

import ast
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from components.kube.reference import parse_source

REPO = Path(__file__).resolve().parents[2]

OURS = frozenset({"components", "contract", "infra", "loom", "model_repo", "policy", "workloads"})
"""Top-level folders whose code ships; each is one layer."""
FREE = frozenset({"tests", "bench", "examples"})
"""Folders that may import anything (they exercise or measure the layers)."""


@dataclass(frozen=True)
class Rule:
    forbidden: frozenset[str]
    """Top-level packages this layer must not import."""
    no_pulumi: bool = False
    """No `pulumi` or `pulumi_*` import (the layer runs where the SDKs are not installed)."""
    stdlib_only: bool = False
    """Only the standard library and the layer itself."""


RULES: dict[str, Rule] = {
    # The neutral leaf: every layer may import it, so it imports nothing but the standard library.
    "contract": Rule(OURS - {"contract"}, no_pulumi=True, stdlib_only=True),
    # ComponentResources: never the program, the CLI or the runtime code.
    "components": Rule(frozenset({"infra", "loom", "workloads", "model_repo", "policy"})),
    # The Pulumi program: components and the contract, never the CLI (`pulumi up` must not need it).
    "infra": Rule(frozenset({"loom", "workloads", "model_repo", "policy"})),
    # Code the platform runs in its images: no Pulumi, nothing of the provisioning side.
    "workloads": Rule(frozenset({"components", "infra", "loom", "model_repo", "policy"}), no_pulumi=True),
    # Triton's Python models: what the serving image ships (workloads, contract), no Pulumi.
    "model_repo": Rule(frozenset({"components", "infra", "loom", "policy"}), no_pulumi=True),
    # The CrossGuard pack runs in its own virtualenv: it stands alone.
    "policy": Rule(OURS - {"policy"}),
    # The `loom` command drives everything.
    "loom": Rule(frozenset({"policy"})),
}


def imported_modules(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in `source`; relative imports are left out."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(parse_source(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module))
    return out


def violations(layer: str, source: str, filename: str = "<source>") -> list[str]:
    """What `source`, a module of `layer`, imports against the layer's rule."""
    rule = RULES[layer]
    found = []
    for line, module in imported_modules(source, filename):
        top = module.split(".")[0]
        if top in rule.forbidden:
            found.append(f"{filename}:{line}: {layer}/ imports {module} ({top}/ is off limits to {layer}/)")
        elif rule.no_pulumi and (top == "pulumi" or top.startswith("pulumi_")):
            found.append(f"{filename}:{line}: {layer}/ imports {module} (no Pulumi in {layer}/)")
        elif rule.stdlib_only and top != layer and top not in sys.stdlib_module_names and top != "__future__":
            found.append(f"{filename}:{line}: {layer}/ imports {module} (only the standard library in {layer}/)")
    return found


def python_files(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("__pycache__", "node_modules"))
        files += [Path(root) / n for n in sorted(names) if n.endswith(".py")]
    return files


def top_level_python_folders() -> set[str]:
    return {p.name for p in REPO.iterdir() if p.is_dir() and not p.name.startswith(".") and python_files(p)}


def test_every_folder_with_python_code_has_a_rule():
    """A new top-level folder of code must be given a place in the layering (here and in the docs)."""
    assert top_level_python_folders() - FREE - set(RULES) == set()


@pytest.mark.parametrize("layer", sorted(RULES))
def test_layer_imports_follow_the_rules(layer):
    files = python_files(REPO / layer)
    assert files, f"{layer}/ has no Python files: the rule would check nothing"
    found = [v for f in files for v in violations(layer, f.read_text(encoding="utf-8"), str(f.relative_to(REPO)))]
    assert not found, "layering violations (docs/architecture.md, Layering):\n" + "\n".join(found)


# --- the check itself fails on violations ----------------------------------------------------


@pytest.mark.parametrize(
    "layer, source",
    [
        ("components", "from loom.contract import LAKE_FORMAT\n"),
        ("components", "def f():\n    import infra.config\n"),  # a lazy import is still an import
        ("infra", "from loom.errors import ConfigError\n"),
        ("infra", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from loom.preview import PreviewResult\n"),
        ("workloads", "import pulumi\n"),
        ("workloads", "from pulumi_kubernetes import core\n"),
        ("workloads", "from components.kube import labels\n"),
        ("contract", "import yaml\n"),
        ("contract", "from components.platform import Platform\n"),
        ("policy", "from contract.models import MODEL_NAMES\n"),
        ("model_repo", "import loom.local\n"),
    ],
)
def test_a_violation_is_reported(layer, source):
    found = violations(layer, source, "synthetic.py")
    assert len(found) == 1 and found[0].startswith("synthetic.py:"), found


@pytest.mark.parametrize(
    "layer, source",
    [
        ("components", "from contract.errors import ArgumentError\nfrom . import labels\nimport pulumi_kubernetes\n"),
        ("infra", "from components.platform import Platform\nfrom contract.env import LOOM_ENVIRONMENT\n"),
        ("workloads", "from contract.env import LOOM_LAKE_URI\nimport pyarrow\n"),
        ("contract", "from __future__ import annotations\nfrom dataclasses import dataclass\nfrom contract.lake import LAKE_FORMAT\n"),
        ("loom", "import infra.program\nimport components.platform\nimport workloads.lake\n"),
    ],
)
def test_allowed_imports_pass(layer, source):
    assert violations(layer, source, "synthetic.py") == []


def test_a_new_folder_without_a_rule_is_reported(tmp_path, monkeypatch):
    (tmp_path / "newlayer").mkdir()
    (tmp_path / "newlayer" / "mod.py").write_text("import loom\n")
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    assert top_level_python_folders() - FREE - set(RULES) == {"newlayer"}
