"""Staging a generator adapter in the models bucket (a local directory: the same pyarrow.fs code
path as s3://, gs://, abfss://), rolling it out with `loom rollout`'s orchestration, reconciling."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.loop.faults import fail_at
from workloads.promote.stage import MANIFEST, StageError, read_manifest, reconcile
from workloads.promote.stage_generator import lora_name, stage_generator
from workloads.serving.render_repo import render

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def adapter(tmp_path):
    """A peft adapter directory as fine_tune_lora saves it (content is not read by staging)."""
    d = tmp_path / "adapter"
    d.mkdir()
    (d / "adapter_config.json").write_text(json.dumps({"r": 8, "lora_alpha": 16, "target_modules": ["q_proj", "v_proj"], "peft_type": "LORA"}))
    (d / "adapter_model.safetensors").write_bytes(b"\x00" * 64)
    return d


def _bucket(tmp_path: Path, *, gpu: bool, manifest: dict | None = None) -> Path:
    bucket = tmp_path / "bucket"
    render(REPO / "model_repo", bucket / "models", accelerator="gpu" if gpu else "cpu", use_gpu_variants=gpu)
    shutil.rmtree(bucket / "models" / "gpu", ignore_errors=True)
    if manifest:
        (bucket / "models" / MANIFEST).write_text(json.dumps(manifest))
    return bucket


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_python_backend_candidate_carries_the_adapter_where_model_py_loads_it(tmp_path, adapter):
    stable_manifest = {"models": {"loom-embedder": {"version": "4", "collection": "loom_docs_m4", "alias": "loom_docs"}}}
    bucket = _bucket(tmp_path, gpu=False, manifest=stable_manifest)
    served = _tree(bucket / "models")
    staged = stage_generator(str(bucket), "models", "7", adapter)
    cand = bucket / staged.prefix
    assert staged.prefix == "candidates/generator-v7" and staged.steps == ["copy", "adapter", "manifest"]
    assert (cand / "generator" / "1" / "adapter" / "adapter_config.json").read_bytes() == (adapter / "adapter_config.json").read_bytes()
    assert (cand / "generator" / "1" / "model.py").read_bytes() == served["generator/1/model.py"]
    assert not (cand / "generator" / "1" / "multi_lora.json").exists(), "LoRA files are for the vLLM backend only"
    manifest = json.loads((cand / MANIFEST).read_text())
    assert manifest["models"]["loom-generator"]["version"] == "7" and manifest["backend"] == "python"
    assert manifest["models"]["loom-embedder"] == stable_manifest["models"]["loom-embedder"], "the embedder's version is carried over"
    assert _tree(bucket / "models") == served, "nothing served changed"


def test_vllm_candidate_enables_lora_and_names_the_adapter_for_rag(tmp_path, adapter):
    bucket = _bucket(tmp_path, gpu=True)
    staged = stage_generator(str(bucket), "models", "7", adapter)
    v1 = bucket / staged.prefix / "generator" / "1"
    engine = json.loads((v1 / "model.json").read_text())
    assert engine["enable_lora"] is True and engine["max_lora_rank"] >= 8 and engine["max_loras"] >= 1
    assert json.loads((v1 / "multi_lora.json").read_text()) == {lora_name("7"): "/models/generator/1/adapter"}
    assert (v1 / "adapter" / "adapter_model.safetensors").is_file()
    rag = (bucket / staged.prefix / "rag" / "config.pbtxt").read_text()
    assert f'key: "generator_lora", value: {{ string_value: "{lora_name("7")}" }}' in rag
    assert json.loads((bucket / staged.prefix / MANIFEST).read_text())["models"]["loom-generator"]["lora_name"] == lora_name("7")


@pytest.mark.parametrize("step", ["copy", "adapter", "manifest"])
def test_staging_that_fails_at_any_step_leaves_the_bucket_as_it_was(tmp_path, adapter, monkeypatch, step):
    bucket = _bucket(tmp_path, gpu=True)
    before = _tree(bucket)
    seen = fail_at(monkeypatch, step)
    with pytest.raises(StageError) as err:
        stage_generator(str(bucket), "models", "7", adapter)
    assert step in seen and err.value.step == step and err.value.undone[-1] == "copy" and not err.value.undo_errors
    assert _tree(bucket) == before


def test_staging_refuses_what_it_cannot_stage(tmp_path, adapter):
    bucket = _bucket(tmp_path, gpu=False)
    with pytest.raises(StageError, match="not a peft adapter directory"):
        stage_generator(str(bucket), "models", "7", tmp_path)
    stage_generator(str(bucket), "models", "7", adapter)
    with pytest.raises(StageError, match="already exists"):
        stage_generator(str(bucket), "models", "7", adapter)


def test_the_candidate_goes_through_loom_rollout_and_a_failed_gate_rolls_it_back(tmp_path, adapter):
    """What the Job prints next, run by the rollout's orchestration against a fake stack."""
    from loom.automation.metrics import WindowStats
    from loom.automation.tracks import check_version
    from tests.automation.fakes import HEALTHY, FakeSource
    from tests.automation.test_rollout import deployed, make

    staged = stage_generator(str(_bucket(tmp_path, gpu=True)), "models", "7", adapter)
    assert check_version(staged.prefix) is None
    bad = WindowStats(requests=400, errors=80, p99_ms=100.0, mean_ms=30.0)
    rollout, plan, stack, log, clock, policy = make(source=FakeSource(HEALTHY, bad), model="rag", version=staged.prefix)
    report = rollout.start(plan)
    assert report.outcome == "rolled_back" and not report.succeeded
    last = deployed(log)[-1]
    assert last["stable"]["modelRepositoryPath"] == "models" and not last["canary"].get("enabled") and last["canary"]["weight"] == 0
    ok, ok_plan, *_ = make(model="rag", version=staged.prefix)
    assert ok.start(ok_plan).outcome == "promoted"


@pytest.mark.slow  # starts a real `mlflow server` (mlflow_uri: ~60 s on the shared machine) and registers two versions
def test_reconcile_moves_the_generator_champion_to_what_stable_serves(tmp_path, adapter, mlflow_uri):
    import mlflow

    from workloads.retrain.generator.registry import CHAMPION, EXPERIMENT, REGISTERED_MODEL, ensure_champion, log_adapter
    from workloads.retrain.registry import alias_version, client

    base = ensure_champion(mlflow_uri)
    client(mlflow_uri)
    mlflow.set_experiment(EXPERIMENT)
    with mlflow.start_run():
        version = log_adapter(adapter)
    bucket = _bucket(tmp_path, gpu=False)
    staged = stage_generator(str(bucket), "models", version, adapter)
    try:
        assert reconcile(str(bucket), "models", mlflow_uri, "unused")["changed"] == []
        moved = reconcile(str(bucket), staged.prefix, mlflow_uri, "unused")  # as if loom rollout made it stable
        assert moved["changed"] == [f"mlflow:{REGISTERED_MODEL}@{CHAMPION}->{version}"] and moved["models"] == {REGISTERED_MODEL: version}
        assert alias_version(mlflow_uri, CHAMPION, REGISTERED_MODEL) == version
        assert reconcile(str(bucket), staged.prefix, mlflow_uri, "unused")["changed"] == []  # idempotent
        assert read_manifest(str(bucket), staged.prefix)["registered_model"] == REGISTERED_MODEL
    finally:
        client(mlflow_uri).set_registered_model_alias(REGISTERED_MODEL, CHAMPION, base)
