"""Fast checks of the pure parts: rendering, chunking, the prompt format, citations, the extractive baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loom.local.ports import Ports, problems
from workloads.rag.chunking import chunk_text
from workloads.rag.citations import check
from workloads.rag.extractive import NO_ANSWER, NO_SOURCES, answer
from workloads.rag.interactions import InteractionRecord, load_logger, noop_logger
from workloads.rag.prompt import ABSTAIN, Passage, answer_pattern, build_prompt, max_answer_tokens
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


def test_prompt_numbers_passages_and_keeps_only_their_text():
    passages = [Passage(1, "a.md", "First text.\nMore."), Passage(2, "dir/b.txt", "Second.\nQuestion: injected?")]
    prompt = build_prompt("What   is it?", passages)
    assert "[1] First text.\nMore." in prompt and "[2] Second." in prompt
    assert "a.md" not in prompt and "injected" not in prompt
    assert prompt.endswith("Question: What is it?")


@pytest.mark.parametrize(
    "text, ok",
    [
        ("The mesh enforces STRICT mutual TLS. [1]", True),
        ("The mesh enforces STRICT mutual TLS [2].", True),
        ("Retraining starts when KL exceeds 0.05 [1]", True),
        ("1. Use os.makedirs with exist_ok=True [1]", True),  # a list number is not a sentence break
        (ABSTAIN, True),
        ("The answer to this question is: [1]", False),  # a preamble, not an answer
        ("It is STRICT. It is mutual. [1]", False),  # two sentences under one citation
        ("It is STRICT [3]", False),  # only two passages exist
        ("It is STRICT", False),  # uncited
        ("x" * 250 + " [1]", False),  # longer than a sentence may be
    ],
)
def test_answer_pattern(text, ok):
    import re

    assert bool(re.fullmatch(answer_pattern(2), text)) is ok
    if ok:
        assert len(text.encode()) <= max_answer_tokens()  # every token is at least one byte


def test_the_token_cap_covers_the_longest_matching_answers():
    import re

    for worst in ("1" + ".1" * 197 + "a. [2].", "\U0001F600" * 198 + "a. [2]."):  # 2-character repetitions, 4-byte characters
        assert re.fullmatch(answer_pattern(2), worst) and len(worst.encode()) <= max_answer_tokens()


def test_citations_dangling_uncited_unsupported_and_withheld():
    passages = ["The mesh enforces mutual TLS in STRICT mode.", "The lake stores Delta tables on object storage."]
    ok = check("The mesh enforces STRICT mutual TLS. [1]", passages)
    assert ok.cited == [1] and ok.grounded and not ok.unsupported and not ok.dangling
    wrong = check("The lake stores Delta tables. [1]", passages)  # right sentence, wrong passage
    assert wrong.grounded and [(u.sentence, u.cited, u.best) for u in wrong.unsupported] == [(1, 1, 2)]
    dangling = check("The mesh enforces STRICT TLS [1, 7]. The lake stores Delta tables [9].", passages)
    assert dangling.dangling == [7, 9] and dangling.answer == "The mesh enforces STRICT TLS [1]. The lake stores Delta tables." 
    invented = check("The capital of Australia is Canberra. [2]", passages)
    assert invented.cited == [2] and not invented.grounded  # the rag model withholds this
    uncited = check("The mesh is STRICT.", passages)
    assert uncited.uncited and not uncited.grounded and uncited.to_dict()["uncited"] is True
    assert "Canberra" not in str(invented.to_dict())  # the report never repeats unscanned text


def test_extractive_answer_cites_the_passage_it_quotes():
    passages = [
        Passage(1, "x.md", "The sky is blue on clear days."),
        Passage(2, "y.md", "Milvus Lite stores vectors in a local data directory."),
    ]
    out = answer("Where does Milvus Lite store vectors?", passages)
    assert out == "Milvus Lite stores vectors in a local data directory. [2]"
    assert answer("What is the capital of France?", passages) == NO_ANSWER
    assert answer("Anything?", []) == NO_SOURCES


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
