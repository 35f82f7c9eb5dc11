"""docs/foundations.md: the Args reference is generated from the code and every field is documented."""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

import pytest

from components.foundation import argdoc

DOC = Path(__file__).resolve().parents[2] / "docs" / "foundations.md"


def test_args_reference_in_docs_matches_the_code():
    text = DOC.read_text()
    assert argdoc.splice(text, argdoc.reference()) == text, (
        "docs/foundations.md is stale: run `.venv/bin/python -m components.foundation.argdoc --write docs/foundations.md`")


@pytest.mark.parametrize("module, names", argdoc.CLASSES)
def test_every_args_field_has_a_docstring(module, names):
    mod = importlib.import_module(module)
    for name in names:
        cls = getattr(mod, name)
        docs = argdoc._field_docs(cls)
        missing = [f.name for f in dataclasses.fields(cls) if not docs.get(f.name)]
        assert missing == [], f"{name}: undocumented fields {missing}"


def test_splice_refuses_a_document_without_markers():
    with pytest.raises(ValueError, match="argdoc:begin"):
        argdoc.splice("# no markers\n", "x")


def test_docs_cover_each_cloud_and_delete_behaviour():
    text = DOC.read_text()
    for heading in ("## AWS", "## GCP", "## Azure", "## Existing clusters"):
        assert heading in text
    assert text.count("**On delete**") == 4 and text.count("**Prerequisites") == 4
