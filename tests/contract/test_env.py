"""Environment-variable names that cross a layer are spelled once, in contract/env.py."""

from __future__ import annotations

import ast
import functools
import re
from collections import defaultdict
from pathlib import Path

from contract import env
from tests.contract.test_layering import REPO, python_files
from components.kube.reference import parse_source

LAYERS = ("components", "infra", "loom", "workloads", "model_repo")
NAME = re.compile(r"^LOOM_[A-Z0-9_]+$")
DECLARED = {v for k, v in vars(env).items() if k.isupper() and isinstance(v, str) and NAME.match(v)}


def literal_names(source: str) -> set[str]:
    """Every string constant that is exactly a LOOM_* variable name (not prose that mentions one)."""
    return {n.value for n in ast.walk(parse_source(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str) and NAME.match(n.value)}


@functools.cache
def uses_by_layer() -> dict[str, dict[str, list[str]]]:
    """name -> layer -> files that spell the name as a literal (parsed once per run: the two tests
    below read the same ~1.6 MB of source; they only read the result)."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for layer in LAYERS:
        for f in python_files(REPO / layer):
            for name in literal_names(f.read_text(encoding="utf-8")):
                out[name][layer].append(str(f.relative_to(REPO)))
    return out


def test_each_constant_is_its_own_name():
    for key, value in vars(env).items():
        if key.startswith("LOOM_"):
            assert value == key


def test_no_declared_name_is_spelled_again_outside_the_contract():
    again = {name: dict(layers) for name, layers in uses_by_layer().items() if name in DECLARED}
    assert not again, f"import these from contract.env instead of spelling them: {again}"


def test_no_name_shared_by_two_layers_is_left_outside_the_contract():
    shared = {name: dict(layers) for name, layers in uses_by_layer().items() if len(layers) > 1}
    assert not shared, f"move these to contract/env.py: {shared}"


def test_the_check_sees_a_literal_and_ignores_prose():
    assert literal_names('import os\nos.environ.get("LOOM_LAKE_URI")\n') == {"LOOM_LAKE_URI"}
    assert literal_names('"""Reads $LOOM_LAKE_URI."""\nx = f"{a} LOOM_HOME"\n') == set()


def test_the_interaction_logger_reference_names_a_class_that_exists():
    module, _, attribute = env.LAKE_INTERACTION_LOGGER.partition(":")
    path = REPO / Path(*module.split(".")).with_suffix(".py")
    assert path.is_file(), path
    classes = {n.name for n in ast.walk(parse_source(path.read_text(encoding="utf-8"))) if isinstance(n, ast.ClassDef)}
    assert attribute in classes
