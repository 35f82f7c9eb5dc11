"""The generator in the MLflow model registry: `loom-generator` versions are LoRA adapters.

Each version's source is the `adapter/` artifact of the run that trained it (peft's
`adapter_config.json` + `adapter_model.safetensors`): what serving loads, nothing else. The
first run registers the base model as a version of its own (tag `loom.weights`, an artifact
that only names it, no adapter) and makes it `champion`, so every comparison has a champion and
the base can be rolled back to like any version. Aliases as for the embedder: `champion` is
what is served, `challenger` the latest trained.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from workloads.retrain.registry import BASE_TAG, CHALLENGER, CHAMPION, alias_version, client

REGISTERED_MODEL = "loom-generator"
EXPERIMENT = "loom-retrain-generator"

__all__ = ["CHALLENGER", "CHAMPION", "EXPERIMENT", "REGISTERED_MODEL", "adapter_dir", "alias_version", "ensure_champion", "log_adapter"]


def _register(artifact_path: str, *, name: str) -> str:
    """Register `artifact_path` of the active run as a new version of `name`; returns the version."""
    import mlflow
    from mlflow.exceptions import MlflowException

    c = client(mlflow.get_tracking_uri())
    try:
        c.get_registered_model(name)
    except MlflowException:
        c.create_registered_model(name, description="Loom's generator: LoRA adapters of SmolLM2-135M-Instruct (workloads/retrain/generator)")
    run = mlflow.active_run()
    if run is None:
        raise RuntimeError("log_adapter: call it inside an MLflow run (mlflow.start_run())")
    mv = c.create_model_version(name, source=f"{run.info.artifact_uri}/{artifact_path}", run_id=run.info.run_id)
    return str(mv.version)


def log_adapter(adapter: str | Path, *, name: str = REGISTERED_MODEL) -> str:
    """Log the adapter directory as the run's `adapter/` artifact and register it."""
    import mlflow

    mlflow.log_artifacts(str(adapter), artifact_path="adapter")
    return _register("adapter", name=name)


def ensure_champion(tracking_uri: str, *, name: str = REGISTERED_MODEL) -> str:
    """The first champion is the base model (no adapter), registered once."""
    import mlflow

    from workloads.llm.smollm import GGUF_FILE, PACKAGE

    existing = alias_version(tracking_uri, CHAMPION, name)
    if existing:
        return existing
    c = client(tracking_uri)
    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run(run_name="base-champion"), tempfile.TemporaryDirectory() as tmp:
        mlflow.set_tag("loom.role", "base")
        (Path(tmp) / "base.json").write_text(json.dumps({"package": PACKAGE, "file": GGUF_FILE, "adapter": None}))
        mlflow.log_artifacts(tmp, artifact_path="base")
        version = _register("base", name=name)
    c.set_registered_model_alias(name, CHAMPION, version)
    c.set_model_version_tag(name, version, BASE_TAG, PACKAGE)
    return version


def is_base(tracking_uri: str, version: str, *, name: str = REGISTERED_MODEL) -> bool:
    return bool((client(tracking_uri).get_model_version(name, version).tags or {}).get(BASE_TAG))


def adapter_dir(tracking_uri: str, version: str, dest: str | Path, *, name: str = REGISTERED_MODEL) -> Path | None:
    """A local copy of this version's adapter; None for the base version (no adapter)."""
    import mlflow

    mv = client(tracking_uri).get_model_version(name, version)
    if (mv.tags or {}).get(BASE_TAG):
        return None
    Path(dest).mkdir(parents=True, exist_ok=True)
    return Path(mlflow.artifacts.download_artifacts(artifact_uri=mv.source, dst_path=str(dest), tracking_uri=tracking_uri))
