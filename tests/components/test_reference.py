"""docs/components.md is generated from the code and must not drift from it."""

from pathlib import Path

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
