"""Promotion of the generator on the local platform: the LoRA adapter becomes a new Triton version.

A generator version directory is the model's files plus `adapter/` (a peft adapter directory),
which the generator's model.py merges into the base model when it loads (the contract with
model_repo/generator). So promotion stages `<repo>/generator/<N>/` = every file of the served
version N-1 except its adapter, plus the challenger's `adapter/` and `loom-version.json` (the
MLflow version it serves), then, as a saga (workloads.promote.saga):

1. stage          - the directory above. undo: remove it.
2. canary         - `generator_canary` = version N loaded as its own model; the held-out prompts
                    are answered greedily by the served generator and by the canary, both
                    through Triton; the canary must not be worse than what is served now
                    (token F1 against the references, guard pass rate; `tolerance`).
                    undo: unload and remove it.
3. switch:triton  - Triton loads `generator`: version N is served, N-1 unloads.
                    undo: remove N and load again (N-1 is served again).
4. switch:mlflow  - `loom-generator@champion` -> the challenger. undo: set it back.

Any exception undoes what was started and raises `GeneratorPromotionError`; nothing served, and
no alias, changes. The served answers before (served champion) and after (the canary, which is
what N serves) are in the report: the demo shows them.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

from workloads.promote import saga, steps
from workloads.promote.saga import SagaError
from workloads.promote.triton import Triton
from workloads.retrain.generator.examples import Example
from workloads.retrain.generator.registry import CHAMPION, REGISTERED_MODEL
from workloads.retrain.registry import client

ADAPTER = "adapter"
VERSION_FILE = "loom-version.json"
GREEDY = {"temperature": 0.0, "max_tokens": 48}
"""Sampling parameters of the canary comparison (vLLM names): deterministic, short."""


class GeneratorPromotionError(SagaError):
    what = "generator promotion"


@dataclass
class GeneratorTargets:
    model_repo: Path
    """The served Triton model repository (the local platform's rendered copy)."""
    triton_url: str
    tracking_uri: str
    model: str = "generator"
    registered_model: str = REGISTERED_MODEL


@dataclass
class GeneratorPromotionReport:
    version: str
    triton_version: int
    previous: dict[str, Any]
    canary: dict[str, Any] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def generator_state(t: GeneratorTargets) -> dict[str, Any]:
    """MLflow champion and the version directories on disk (tests compare before/after)."""
    from workloads.retrain.registry import alias_version

    return {"champion": alias_version(t.tracking_uri, CHAMPION, t.registered_model),
            "triton_versions_on_disk": steps.versions_on_disk(t.model_repo / t.model)}


def fill_version(previous: Path, adapter: Path, registered: Mapping[str, str]) -> Callable[[Path], None]:
    """What a new version directory holds: `previous`'s files but its adapter, the new adapter, the MLflow version."""

    def fill(new: Path) -> None:
        for item in previous.iterdir():
            if item.name in (ADAPTER, VERSION_FILE, "__pycache__"):
                continue
            if item.is_dir():
                shutil.copytree(item, new / item.name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(item, new / item.name)
        shutil.copytree(adapter, new / ADAPTER)
        (new / VERSION_FILE).write_text(json.dumps(dict(registered), indent=2, sort_keys=True) + "\n")

    return fill


def promote_generator(
    t: GeneratorTargets,
    challenger_version: str,
    adapter: str | Path,
    heldout: list[Example],
    *,
    tolerance: float = 0.0,
    sampling: Mapping[str, Any] = GREEDY,
    progress: Callable[[str], None] = lambda _: None,
) -> GeneratorPromotionReport:
    """Run the steps (module doc); on failure they are undone and GeneratorPromotionError is raised."""
    from workloads.retrain.generator.pipeline import measure

    started = time.perf_counter()
    adapter = Path(adapter)
    before = generator_state(t)
    model_dir = t.model_repo / t.model
    versions = before["triton_versions_on_disk"]
    if not versions:
        raise GeneratorPromotionError("plan", RuntimeError(f"{model_dir} has no numbered version directory to copy the model from"), [], [])
    if not (adapter / "adapter_config.json").is_file():
        raise GeneratorPromotionError("plan", RuntimeError(f"{adapter} is not a peft adapter directory (no adapter_config.json)"), [], [])
    if not heldout:
        raise GeneratorPromotionError("plan", RuntimeError("no held-out examples for the canary to answer"), [], [])
    new_dir = model_dir / str(max(versions) + 1)
    report = GeneratorPromotionReport(challenger_version, int(new_dir.name), before)
    triton = Triton(t.triton_url)
    prompts = [e.prompt for e in heldout]

    def check(canary_name: str) -> None:
        served = triton.generate_many(t.model, prompts, sampling)
        canary = triton.generate_many(canary_name, prompts, sampling)
        now, then = measure(heldout, served), measure(heldout, canary)
        report.canary = {"served": now.to_dict(), "canary": then.to_dict(), "tolerance": tolerance,
                         "answers": [{"question": e.question, "reference": e.answer, "before": a, "after": b} for e, a, b in zip(heldout, served, canary)]}
        if then.token_f1 < now.token_f1 - tolerance:
            raise RuntimeError(f"canary: token F1 {then.token_f1:.3f} through Triton is below what is served now ({now.token_f1:.3f})")
        if then.guard_pass_rate < now.guard_pass_rate - tolerance:
            raise RuntimeError(f"canary: guard pass rate {then.guard_pass_rate:.3f} is below what is served now ({now.guard_pass_rate:.3f})")

    plan = [
        steps.stage(new_dir, fill_version(model_dir / str(max(versions)), adapter,
                                          {"registered_model": t.registered_model, "version": challenger_version})),
        steps.canary(triton, t.model_repo, t.model, new_dir, check),
        steps.serve(triton, t.model, new_dir),
        steps.champion(client(t.tracking_uri), t.registered_model, challenger_version, before["champion"]),
    ]
    report.steps = saga.run(plan, error=GeneratorPromotionError, progress=progress)
    steps.remove_canary(triton, t.model_repo, t.model)  # committed; the canary is no longer needed
    report.steps.append("cleanup")
    report.seconds = round(time.perf_counter() - started, 2)
    return report
