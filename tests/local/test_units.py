"""Fast checks of the pure parts: rendering, chunking, the prompt format, the extractive generator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loom.local.ports import Ports, problems
from workloads.rag.chunking import chunk_text
from workloads.rag.extractive import NO_ANSWER, NO_SOURCES, answer, generate
from workloads.rag.interactions import InteractionRecord, load_logger, noop_logger
from workloads.rag.prompt import Passage, build_prompt, parse_prompt
from workloads.serving.render_repo import render

REPO = Path(__file__).resolve().parents[2]


def test_render_sets_instance_kind_per_environment(tmp_path):
    cpu = render(REPO / "model_repo", tmp_path / "cpu", accelerator="cpu")
    gpu = render(REPO / "model_repo", tmp_path / "gpu", accelerator="gpu")
    assert {"embedder", "generator", "rag"} <= set(cpu) and cpu == gpu
    assert "kind: KIND_CPU" in (tmp_path / "cpu/embedder/config.pbtxt").read_text()
    assert "kind: KIND_GPU" in (tmp_path / "gpu/embedder/config.pbtxt").read_text()
    assert not (tmp_path / "cpu/gpu").exists()  # the variants folder is not a model


def test_render_gpu_variants_swap_in_the_vllm_generator(tmp_path):
    target = tmp_path / "repo"
    render(REPO / "model_repo", target, accelerator="cpu")
    assert (target / "generator/1/model.py").exists()
    render(REPO / "model_repo", target, accelerator="gpu", use_gpu_variants=True, vllm_model="org/llm-8b")
    assert json.loads((target / "generator/1/model.json").read_text())["model"] == "org/llm-8b"
    config = (target / "generator/config.pbtxt").read_text()
    assert 'backend: "vllm"' in config and "KIND_MODEL" in config and "KIND_GPU" not in config
    assert (target / "generator/1/model.json").exists() and not (target / "generator/1/model.py").exists()
    assert 'key: "generator_decoupled", value: { string_value: "true" }' in (target / "rag/config.pbtxt").read_text()


def test_render_appends_parameters_and_keeps_promoted_versions(tmp_path):
    target = tmp_path / "repo"
    (target / "embedder/2/weights").mkdir(parents=True)
    render(REPO / "model_repo", target, parameters={"rag": {"milvus_uri": 'http://h:1/"x"'}})
    assert 'parameters { key: "milvus_uri", value: { string_value: "http://h:1/\\"x\\"" } }' in (
        target / "rag/config.pbtxt"
    ).read_text()
    assert (target / "embedder/2/weights").is_dir()
    with pytest.raises(ValueError, match="allowed: cpu, gpu"):
        render(REPO / "model_repo", target, accelerator="tpu")


def test_chunks_keep_headings_and_size_limit():
    text = "# A\n\nintro text here.\n\n## B\n\n" + "A sentence of words. " * 200
    chunks = chunk_text(text, max_chars=300)
    assert chunks[0].heading == "A" and chunks[0].text == "intro text here."
    assert all(c.heading == "A > B" for c in chunks[1:])
    assert all(len(c.text) <= 300 for c in chunks)
    assert [c.index for c in chunks] == list(range(len(chunks)))


def test_prompt_round_trip():
    passages = [Passage(1, "a.md", "First text.\nMore."), Passage(2, "dir/b.txt", "Second.")]
    question, parsed = parse_prompt(build_prompt("What   is it?", passages))
    assert question == "What is it?" and parsed == passages


def test_extractive_answer_cites_the_passage_it_quotes():
    passages = [
        Passage(1, "x.md", "The sky is blue on clear days."),
        Passage(2, "y.md", "Milvus Lite stores vectors in a local data directory."),
    ]
    out = answer("Where does Milvus Lite store vectors?", passages)
    assert out == "Milvus Lite stores vectors in a local data directory. [2]"
    assert answer("What is the capital of France?", passages) == NO_ANSWER
    assert generate("no sources in this prompt") == NO_SOURCES


def test_interaction_logger_hook_defaults_to_noop_and_loads_by_name():
    assert load_logger("") is noop_logger
    assert load_logger("workloads.rag.interactions:noop_logger") is noop_logger
    with pytest.raises(ValueError, match="module:attribute"):
        load_logger("no-colon")
    record = InteractionRecord("r", "q", "a", [], [], 1.0)
    assert record.to_dict()["request_id"] == "r"


def test_port_problems_name_the_option():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        taken = s.getsockname()[1]
        free = Ports.random()
        found = problems(Ports(taken, free.grpc, free.metrics, free.milvus, free.mlflow))
    assert len(found) == 1 and f"port {taken}" in found[0] and "--http-port" in found[0]
    assert "each service needs its own port" in problems(Ports(free.http, free.http, free.metrics, free.milvus, free.mlflow))[0]
