"""The saga steps local promotion is made of, shared by the embedder's and the generator's.

A model served by the local Triton (`--model-control-mode=explicit`, repository on disk) is
promoted the same way whatever it is: a new numbered version directory is staged next to the
served one, a copy of it is loaded as its own canary model (`<model>_canary`, so no unversioned
request reaches it before the switch) and checked, then Triton loads the model again (its
version policy serves the highest version, so N replaces N-1) and MLflow's `champion` alias
moves. Each factory returns a `saga.Step` whose undo tolerates a `do` that stopped anywhere.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable

from workloads.promote.saga import Step
from workloads.promote.triton import Triton


def versions_on_disk(model_dir: Path) -> list[int]:
    return sorted(int(p.name) for p in model_dir.iterdir() if p.is_dir() and p.name.isdigit()) if model_dir.is_dir() else []


def stage(new_dir: Path, fill: Callable[[Path], None]) -> Step:
    """`new_dir` created and filled by `fill(new_dir)`. undo: remove it."""

    def do() -> None:
        new_dir.mkdir()
        fill(new_dir)

    return Step("stage", do, lambda: shutil.rmtree(new_dir, ignore_errors=True))


def canary(triton: Triton, repo: Path, model: str, new_dir: Path, check: Callable[[str], None]) -> Step:
    """`<model>_canary` = the model's config (renamed) + version 1 = a copy of `new_dir`, loaded by
    Triton, then `check(canary_name)` raises when the canary must not go on. undo: unload, remove."""
    name = f"{model}_canary"
    canary_dir = repo / name

    def do() -> None:
        if canary_dir.exists():  # left over by a crashed run: nothing serves it (it is never promoted)
            remove_canary(triton, repo, model)
        canary_dir.mkdir()
        cfg = (repo / model / "config.pbtxt").read_text()
        (canary_dir / "config.pbtxt").write_text(cfg.replace(f'name: "{model}"', f'name: "{name}"', 1))
        shutil.copytree(new_dir, canary_dir / "1", ignore=shutil.ignore_patterns("__pycache__"))
        triton.load(name)
        check(name)

    return Step("canary", do, lambda: remove_canary(triton, repo, model))


def remove_canary(triton: Triton, repo: Path, model: str) -> None:
    name = f"{model}_canary"
    try:
        triton.unload(name)
    except (RuntimeError, OSError):  # HTTP error (not loaded: its load failed) or Triton gone: nothing serves it then
        pass  # (requests' errors are OSErrors); anything else is a bug and propagates
    shutil.rmtree(repo / name, ignore_errors=True)


def serve(triton: Triton, model: str, new_dir: Path) -> Step:
    """Triton loads `model` again and must serve exactly the new version.
    undo: remove the new version and load again (the previous one is served)."""

    def do() -> None:
        triton.load(model)
        served = triton.ready_versions(model)
        if served != [new_dir.name]:
            raise RuntimeError(f"Triton serves {model} versions {served}, expected [{new_dir.name}]")

    def undo() -> None:
        shutil.rmtree(new_dir, ignore_errors=True)
        triton.load(model)  # the highest remaining version (the old one) is served again

    return Step("switch:triton", do, undo)


def champion(mlc: Any, registered_model: str, version: str, previous: str | None, alias: str = "champion") -> Step:
    """MLflow `champion` of `registered_model` -> `version`. undo: back to `previous` (or no alias)."""

    def undo() -> None:
        if previous:
            mlc.set_registered_model_alias(registered_model, alias, previous)
        else:
            mlc.delete_registered_model_alias(registered_model, alias)

    return Step("switch:mlflow", lambda: mlc.set_registered_model_alias(registered_model, alias, version), undo)
