"""docs/components.md is generated from the code and must not drift from it."""

from pathlib import Path

import pytest

from components.kube import reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "components.md"


def test_components_reference_is_up_to_date():
    assert DOC.read_text() == reference.render(), (
        "docs/components.md is stale: run `python -m components.kube.reference > docs/components.md`"
    )


def test_reference_lists_every_arg_of_every_component():
    import dataclasses
    import importlib

    text = reference.render()
    for module, cls in reference.COMPONENTS:
        args = getattr(importlib.import_module(module), f"{cls}Args")
        for f in dataclasses.fields(args):
            assert f"| `{f.name}` |" in text, f"{cls}Args.{f.name} missing from the reference"


def test_a_parse_that_met_another_threads_ast_conversion_is_tried_again(monkeypatch):
    """CPython 3.11's cross-thread AST depth mismatch (gh-106905) is retried; any other SystemError is not."""
    import ast

    real_parse, calls = ast.parse, []

    def flaky(source, *args, **kwargs):
        calls.append(source)
        if len(calls) == 1:
            raise SystemError("AST constructor recursion depth mismatch (before=3, after=5)")
        return real_parse(source, *args, **kwargs)

    monkeypatch.setattr(ast, "parse", flaky)
    assert isinstance(reference.parse_source("x = 1").body[0], ast.Assign) and len(calls) == 2

    def broken(source, *args, **kwargs):
        raise SystemError("something else")

    monkeypatch.setattr(ast, "parse", broken)
    with pytest.raises(SystemError, match="something else"):
        reference.parse_source("x = 1")
