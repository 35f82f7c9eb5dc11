"""Staging a winning generator adapter in a cluster: `candidates/generator-v<version>/`.

Steps (workloads.promote.saga; each undone if a later one fails; nothing served changes):

copy     - every object under the served prefix, except the generator's old adapter files;
           for the vLLM generator (GPU pools) its engine settings get LoRA enabled
           (`enable_lora`, `max_lora_rank`, `max_loras` in `model.json`) and rag's
           `generator_lora` parameter names the adapter, so rag asks for it per request
           (`lora_name` in the sampling parameters: the vLLM backend applies an adapter only
           to the requests that name it);
adapter  - the adapter into `generator/<highest version>/adapter/`: the Python-backend generator
           (CPU pools, the local platform) merges `<version>/adapter/` when it loads; for vLLM,
           `multi_lora.json` next to `model.json` maps the adapter's name to where the pod sees
           that directory (`serving_root`, the path Triton serves the repository from);
manifest - `loom-candidate.json` (every model's registered version; this one replaced).

Then `loom rollout --env E --model rag --version candidates/generator-v<version>` moves the
canary track to the prefix behind gates, rolling back by itself when a gate fails, and the next
retraining Job's `reconcile` moves `loom-generator@champion` to what stable serves.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

from workloads.promote import saga
from workloads.promote.saga import Step
from workloads.promote.stage import RAG_CONFIG, Candidate, Staged, StageError, manifest_models, set_parameter, version_dir

GENERATOR = "generator"
GENERATOR_REGISTERED = "loom-generator"
ENGINE_FILE = "model.json"
LORA_FILE = "multi_lora.json"
SERVING_ROOT = "/models"
"""Where Triton's pods see the model repository: the serving image's baked repository and the
pod-local copy TritonServing syncs on Azure (components/triton.py LOCAL_REPOSITORY)."""


def lora_name(version: str) -> str:
    return f"{GENERATOR_REGISTERED}-v{version}"


def is_vllm(config_text: str) -> bool:
    return re.search(r'^\s*backend\s*:\s*"vllm"', config_text, re.MULTILINE) is not None


def enable_lora(engine_json: str, rank: int) -> str:
    """The vLLM engine settings with LoRA on (`max_lora_rank` at least the adapter's rank)."""
    settings = json.loads(engine_json)
    settings["enable_lora"] = True
    settings["max_lora_rank"] = max(int(settings.get("max_lora_rank", 0) or 0), rank)
    settings["max_loras"] = max(int(settings.get("max_loras", 0) or 0), 1)
    return json.dumps(settings, indent=2) + "\n"


def stage_generator(
    models_uri: str,
    served_prefix: str,
    challenger_version: str,
    adapter: str | Path,
    *,
    serving_root: str = SERVING_ROOT,
    progress: Callable[[str], None] = lambda _: None,
) -> Staged:
    """Write the generator's candidate prefix; on failure remove it and raise StageError."""
    adapter = Path(adapter)
    cand = Candidate(models_uri, served_prefix, challenger_version, GENERATOR)
    staged = Staged(challenger_version, cand.prefix, None, served_prefix, 0, 0, model=GENERATOR)
    try:
        files = cand.plan()
        vdir = version_dir(files, GENERATOR)
        config = f"{GENERATOR}/config.pbtxt"
        if config not in files:
            raise ValueError(f"{served_prefix}/{config} is missing")
        if not (adapter / "adapter_config.json").is_file():
            raise ValueError(f"{adapter} is not a peft adapter directory (no adapter_config.json)")
        rank = int(json.loads((adapter / "adapter_config.json").read_text()).get("r", 8))
        from workloads.promote.objects import read_bytes, join

        vllm = is_vllm(read_bytes(cand.filesystem, join(cand.source_root, config)).decode("utf-8"))
        engine = f"{GENERATOR}/{vdir}/{ENGINE_FILE}"
        if vllm and engine not in files:
            raise ValueError(f"{served_prefix}/{engine} is missing: the vLLM generator needs its engine settings")
        models = manifest_models(cand.served_manifest())
    except ValueError as exc:
        raise StageError("plan", exc, [], []) from exc
    adapter_rel = f"{GENERATOR}/{vdir}/adapter"
    name = lora_name(challenger_version)
    rewrite: dict[str, Callable[[str], str]] = {}
    if vllm:
        rewrite = {engine: lambda text: enable_lora(text, rank), RAG_CONFIG: lambda text: set_parameter(text, "generator_lora", name)}

    def put_adapter() -> None:
        staged.objects += cand.upload(adapter, adapter_rel)
        if vllm:
            cand.write_text(f"{GENERATOR}/{vdir}/{LORA_FILE}", json.dumps({name: f"{serving_root.rstrip('/')}/{adapter_rel}"}, indent=2) + "\n")
            staged.objects += 1

    def manifest() -> dict[str, Any]:
        models[GENERATOR_REGISTERED] = {"version": challenger_version, "lora_name": name if vllm else None}
        return {"registered_model": GENERATOR_REGISTERED, "registered_model_version": challenger_version, "source_prefix": served_prefix,
                "generator_version_dir": vdir, "backend": "vllm" if vllm else "python", "models": models}

    old = (f"{adapter_rel}/", f"{GENERATOR}/{vdir}/{LORA_FILE}")
    plan = [
        cand.copy_step(files, staged, skip=lambda rel: rel.startswith(old[0]) or rel == old[1], rewrite=rewrite),
        Step("adapter", put_adapter),  # undone with the prefix (copy)
        cand.manifest_step(staged, manifest),
    ]
    staged.steps = saga.run(plan, error=StageError, progress=progress)
    return staged
