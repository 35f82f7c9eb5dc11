"""Render model_repo/ for one environment, so no config.pbtxt is ever hand-edited per environment.

The checked-in configs carry no `instance_group`; rendering copies the repository and appends
`instance_group [{ kind: KIND_CPU }]` or `KIND_GPU` for the target, swaps in the variants kept
under `model_repo/gpu/` (the vLLM generator) when the target has GPUs and the vLLM backend,
and appends per-environment `parameters` (e.g. the Milvus URI the rag model searches).
Stdlib only: the serving image runs it at build time with the image's own python3.

Rendering into an existing directory keeps version directories that are not in the source
(promotion adds `embedder/<n>/weights/` there), and only rewrites what the source holds.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path
from typing import Mapping

VARIANTS_DIR = "gpu"
"""Subdirectory of model_repo/ holding GPU-only model variants (same model names)."""

_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc")


def _models(root: Path) -> list[Path]:
    return sorted(
        p for p in root.iterdir() if p.is_dir() and (p / "config.pbtxt").is_file() and p.name != VARIANTS_DIR
    )


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def render_config(text: str, *, accelerator: str, parameters: Mapping[str, str] | None = None) -> str:
    """Return config.pbtxt text with the environment's instance kind and parameters appended."""
    out = text.rstrip() + "\n"
    is_vllm = re.search(r'^\s*backend\s*:\s*"vllm"', text, re.MULTILINE) is not None
    if re.search(r"^\s*instance_group\b", text, re.MULTILINE) is None:
        # vLLM places its own engine on the GPUs (KIND_MODEL); everything else follows the target.
        kind = "KIND_MODEL" if is_vllm else ("KIND_GPU" if accelerator == "gpu" else "KIND_CPU")
        out += f"\n# rendered for accelerator={accelerator}\ninstance_group [ {{ count: 1, kind: {kind} }} ]\n"
    for key, value in sorted((parameters or {}).items()):
        # protobuf text format merges repeated map entries; the last value of a key wins.
        out += f'parameters {{ key: "{_escape(key)}", value: {{ string_value: "{_escape(value)}" }} }}\n'
    return out


def render(
    source: Path,
    target: Path,
    *,
    accelerator: str = "cpu",
    use_gpu_variants: bool = False,
    parameters: Mapping[str, Mapping[str, str]] | None = None,
    vllm_model: str | None = None,
) -> list[str]:
    """Copy `source` into `target` rendered for the environment; return the model names.

    `vllm_model` (a Hugging Face id or a local path in the image) replaces the "model" of
    every rendered vLLM `model.json`, so the generator's LLM is chosen per environment.
    """
    if accelerator not in ("cpu", "gpu"):
        raise ValueError(f"accelerator = {accelerator!r} is invalid; allowed: cpu, gpu")
    source, target = Path(source), Path(target)
    target.mkdir(parents=True, exist_ok=True)
    variants = source / VARIANTS_DIR
    per_model: dict[str, dict[str, str]] = {k: dict(v) for k, v in (parameters or {}).items()}
    generator = variants / "generator" if use_gpu_variants and (variants / "generator").is_dir() else source / "generator"
    if re.search(r"decoupled\s*:\s*true", (generator / "config.pbtxt").read_text() if generator.is_dir() else ""):
        # the rag model must call a decoupled generator with exec(decoupled=True)
        per_model.setdefault("rag", {}).setdefault("generator_decoupled", "true")
    names = []
    for model in _models(source):
        origin = model
        if use_gpu_variants and (variants / model.name / "config.pbtxt").is_file():
            origin = variants / model.name
            # the variant replaces the model's files entirely (a vLLM model has no model.py)
            for stale in (target / model.name).glob("*/model.py"):
                stale.unlink()
        shutil.copytree(origin, target / model.name, dirs_exist_ok=True, ignore=_SKIP)
        config = target / model.name / "config.pbtxt"
        config.write_text(
            render_config(
                (origin / "config.pbtxt").read_text(),
                accelerator=accelerator,
                parameters=per_model.get(model.name),
            )
        )
        if vllm_model:
            for engine in (target / model.name).glob("*/model.json"):
                settings = json.loads(engine.read_text())
                settings["model"] = vllm_model
                engine.write_text(json.dumps(settings, indent=2) + "\n")
        names.append(model.name)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--accelerator", choices=("cpu", "gpu"), default="cpu")
    parser.add_argument("--gpu-variants", action="store_true", help="use model_repo/gpu/* (needs the vLLM backend)")
    parser.add_argument("--vllm-model", help="the generator's model for the vLLM backend (HF id or path)")
    parser.add_argument(
        "--param", action="append", default=[], metavar="MODEL.KEY=VALUE", help="append a model parameter"
    )
    args = parser.parse_args(argv)
    params: dict[str, dict[str, str]] = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        model, dot, name = key.partition(".")
        if not sep or not dot:
            parser.error(f"--param {item!r} must look like MODEL.KEY=VALUE")
        params.setdefault(model, {})[name] = value
    names = render(
        args.source,
        args.target,
        accelerator=args.accelerator,
        use_gpu_variants=args.gpu_variants,
        parameters=params,
        vllm_model=args.vllm_model,
    )
    print(f"rendered {', '.join(names)} into {args.target} for {args.accelerator}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
