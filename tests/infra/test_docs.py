"""Reference docs generated from code stay current."""

from __future__ import annotations

from pathlib import Path

from infra import stackdoc
from infra.program import OUTPUT_KEYS

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_stacks_reference_is_generated_from_the_settings_model():
    assert (DOCS / "stacks.md").read_text(encoding="utf-8") == stackdoc.render(), "run `python -m infra.stackdoc`"


def test_every_settings_key_is_documented():
    text = (DOCS / "stacks.md").read_text(encoding="utf-8")
    for key in ("loom:triton.canary.weight", "`weight`", "`existingCluster`", "`aws:region`", "`gcp:project`", "`azure-native:location`"):
        assert key in text


def test_outputs_doc_names_every_exported_key():
    text = (DOCS / "outputs.md").read_text(encoding="utf-8")
    for key in OUTPUT_KEYS:
        assert f"`{key}`" in text


def test_the_canary_reference_says_where_the_rollout_keeps_its_settings():
    """Issue 10 follow-up: the rollout keeps its five settings in its own file passed to each update (--config-file,
    docs/automation.md); neither the reference nor the settings' docstrings may tell users to `pulumi config set` them."""
    from components.triton import TritonCanary

    text = (DOCS / "stacks.md").read_text(encoding="utf-8")
    assert "config set --path 'loom:triton.canary" not in text and "config set --path loom:triton.canary" not in text
    assert "--config-file" in text and "`loom:triton.canary.image`" in text and "at rest" in text
    assert "pulumi config set" not in (TritonCanary.__doc__ or "")
