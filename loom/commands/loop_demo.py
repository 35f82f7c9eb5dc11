"""`loom demo`: the closed loop on the running local platform, end to end, in one command.

1. index a small runbook corpus (through Triton's embedder into Milvus, like `loom index`);
2. replay plain-language questions through `rag` into the *reference* window, fit the topic
   centroids on them; replay code-name questions (the drift) into the *current* window, with a
   correction (`--source`) for each;
3. drift check (KL per feature) logged to MLflow and the lake;
4. retrain on the corrections, evaluate challenger vs champion on held-out phrasings;
5. promote through the canary (Triton version, Milvus alias, MLflow champion together);
6. measure served retrieval (Triton embedder + Milvus alias) on the held-out queries before and after.

Replayed traffic is written with timestamps inside the two windows it simulates, into a lake of
its own (`$LOOM_HOME/demo/lake`), so it never mixes with real interactions logged by `rag`.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

import numpy as np

from loom.errors import LoomError


def _served_metrics(http_url: str, milvus_uri: str, alias: str, heldout) -> dict[str, float]:
    """recall@5 and MRR of what the platform serves now: Triton `embedder` + Milvus `alias`."""
    from workloads.rag.milvus import connect

    from workloads.promote import Triton
    from workloads.promote.transaction import _same_source

    vecs = Triton(http_url).embed("embedder", list(heldout.queries))
    mc = connect(milvus_uri)
    try:
        res = mc.search(alias, data=vecs.tolist(), limit=20, output_fields=["source"], search_params={"metric_type": "COSINE", "params": {"ef": 64}})
    finally:
        mc.close()
    rr, hit5 = [], 0
    for want, found in zip(heldout.relevant, res):
        rank = next((i + 1 for i, h in enumerate(found) if _same_source(h["entity"].get("source", ""), want)), None)
        rr.append(1.0 / rank if rank else 0.0)
        hit5 += bool(rank and rank <= 5)
    return {"recall_at_5": hit5 / len(rr), "mrr": float(np.mean(rr))}


def run_demo(outputs: dict[str, Any], home: Path, *, margin: float = 0.01, quiet: bool = False, n_reference: int = 160,
             n_shifted: int = 160, train_steps: int = 40) -> dict[str, Any]:
    from rich.console import Console

    os.environ.setdefault("TQDM_DISABLE", "1")  # model load/save bars would bury the demo's own progress
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from loom.commands.rag import ask_rag
    from loom.contract import OutputsContract
    from workloads.drift import Window, check_drift
    from workloads.drift.report import log_to_lake, log_to_mlflow
    from workloads.drift.topics import fit_centroids, save_centroids
    from workloads.lake import Lake, correction_event, interaction_event
    from workloads.promote import PromotionError, Targets, Triton, promote_if_won
    from workloads.retrain import RetrainError, TrainConfig, retrain
    from workloads.retrain.demo_data import demo_data

    if not outputs:
        raise LoomError("demo: the local platform is not running; start it with 'loom up --detach' first")
    try:
        contract = OutputsContract.from_dict(outputs, where=str(home / "outputs.json"))
    except ValueError as exc:
        raise LoomError(f"demo: {exc}") from None
    http, milvus, tracking = contract.inference.http_url, contract.vector_store.uri, contract.tracking.uri
    console = Console(stderr=True, quiet=quiet)
    timings: dict[str, float] = {}
    t_all = time.perf_counter()

    def stage(name: str) -> Callable[[], None]:
        t0 = time.perf_counter()
        console.print(f"[bold]▶ {name}[/bold]")
        return lambda: timings.__setitem__(name, round(time.perf_counter() - t0, 2))

    data = demo_data()
    heldout = data.heldout()
    work = home / "demo" / f"run-{int(time.time())}"
    corpus_dir = home / "demo" / "corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    lake = Lake(work / "lake")

    end = stage("index corpus")
    from loom.local import platform

    for sid, text in data.corpus.items():
        (corpus_dir / f"{sid}.md").write_text(f"# {sid.replace('-', ' ').title()}\n\n{text}\n")
    try:
        platform.index(contract, [corpus_dir])
    except Exception as exc:  # PlatformError and connection errors: say where
        raise LoomError(f"demo: indexing through {http} failed: {exc}") from None
    end()
    try:
        before = _served_metrics(http, milvus, "loom_docs", heldout)
    except Exception as exc:
        raise LoomError(f"demo: the platform at {http} / {milvus} did not answer: {exc}") from None

    now = datetime.now(timezone.utc)
    ref_w, cur_w = Window(now - timedelta(days=2), now - timedelta(days=1)), Window(now - timedelta(days=1), now)
    triton = Triton(http)

    def replay(questions: list[tuple[str, str]], window: Window, centroids: np.ndarray | None, label: str) -> list[tuple[str, str, str]]:
        embs = triton.embed("embedder", [q for q, _ in questions])
        events, out = [], []
        step = (window.end - window.start) / (len(questions) + 1)
        with console.status(f"{label}: 0/{len(questions)}") as status:
            for i, ((q, sid), emb) in enumerate(zip(questions, embs)):
                t0 = time.perf_counter()
                try:
                    r = ask_rag(http, q)
                except Exception as exc:
                    raise LoomError(f"demo: rag did not answer at {http}: {exc}") from None
                findings = r.get("flags") or []
                guard = type("G", (), {"flagged": bool(findings), "findings": findings, "redacted": r["answer"]})()
                events.append(interaction_event(
                    request_id=r["request_id"], question=q, answer=r["answer"], latency_ms=(time.perf_counter() - t0) * 1000,
                    sources=[str(s.get("id")) for s in r.get("sources", [])], answer_guard=guard,
                    question_embedding=emb, centroids=centroids, ts=window.start + step * (i + 1),
                ))
                out.append((r["request_id"], q, sid))
                if i % 10 == 0:
                    status.update(f"{label}: {i + 1}/{len(questions)}")
        lake.append("interactions", events)
        return out

    end = stage("replay reference traffic")
    ref_q = data.reference_questions(n_reference)
    centroids = fit_centroids(triton.embed("embedder", [q for q, _ in ref_q]), k=8)
    save_centroids(lake, centroids)
    replay(ref_q, ref_w, centroids, "reference")
    end()

    end = stage("replay shifted traffic + corrections")
    shifted = replay(data.shifted_questions(n_shifted), cur_w, centroids, "shifted")
    chunk_of = _chunk_ids(milvus, list(data.corpus))
    lake.append("corrections", [
        correction_event(request_id=rid, source_id=chunk_of[sid], author="demo", ts=cur_w.start + (cur_w.end - cur_w.start) * (i + 1) / (len(shifted) + 1))
        for i, (rid, _, sid) in enumerate(shifted) if i % 2 == 0 and sid in chunk_of
    ])
    end()

    end = stage("drift check")
    report = check_drift(lake, ref_w, cur_w)
    log_to_lake(report, lake)
    drift_run = log_to_mlflow(report, tracking)
    end()
    result: dict[str, Any] = {
        "drift": {"kl": {f.feature: f.kl for f in report.features}, "drifted": report.drifted, "triggered": report.triggered,
                  "reference_n": report.reference_n, "current_n": report.current_n, "mlflow_run_id": drift_run},
        "served_before": before,
    }
    promoted: dict[str, Any] = {"promoted": False, "reason": "no drift: retraining not triggered"}
    if report.triggered:
        end = stage("retrain + evaluate")
        texts = _chunk_texts(milvus, list(chunk_of.values()))
        try:
            rt = retrain(lake, tracking, texts, heldout, margin=margin, config=TrainConfig(max_steps=train_steps), work_dir=str(work / "models"),
                         progress=lambda s: console.print(f"  {s}"))
        except RetrainError as exc:
            raise LoomError(f"demo: {exc}") from None
        end()
        result["retrain"] = rt.to_dict()
        end = stage("promote (canary, then switch)")
        targets = Targets(model_repo=home / "model_repo", triton_url=http, milvus_uri=milvus, tracking_uri=tracking)
        try:
            promoted = promote_if_won(rt.decision, targets, rt.challenger_version, rt.challenger_dir, heldout, progress=lambda s: console.print(f"  {s} ✓"))
        except PromotionError as exc:
            promoted = {"promoted": False, "reason": str(exc)}
        end()
    result["promotion"] = promoted
    result["served_after"] = _served_metrics(http, milvus, "loom_docs", heldout)
    result["gain"] = {k: round(result["served_after"][k] - before[k], 4) for k in before}
    result["timings_s"] = timings | {"total": round(time.perf_counter() - t_all, 2)}
    _print(console, result)
    return result


def _chunk_ids(milvus_uri: str, sids: list[str]) -> dict[str, str]:
    """source id -> the id of its first chunk in the vector store (what `loom ask` cites)."""
    from workloads.rag.milvus import connect

    from workloads.promote.transaction import _same_source

    mc = connect(milvus_uri)
    try:
        rows = mc.query("loom_docs", filter="chunk == 0", output_fields=["id", "source"], limit=16384)
    finally:
        mc.close()
    out = {}
    for r in rows:
        for sid in sids:
            if _same_source(r["source"], sid):
                out[sid] = str(r["id"])
    return out


def _chunk_texts(milvus_uri: str, ids: list[str]) -> dict[str, str]:
    from workloads.rag.milvus import connect

    mc = connect(milvus_uri)
    try:
        rows = mc.get("loom_docs", ids=ids, output_fields=["text"])
    finally:
        mc.close()
    return {str(r["id"]): r["text"] for r in rows}


def _print(console, result: dict[str, Any]) -> None:
    from rich.table import Table

    t = Table(title="drift (KL, current vs reference)")
    t.add_column("feature")
    t.add_column("KL")
    for f, kl in result["drift"]["kl"].items():
        t.add_row(f, "-" if kl is None else f"{kl:.4f}" + (" [red]drifted[/red]" if f in result["drift"]["drifted"] else ""))
    console.print(t)
    if "retrain" in result:
        d = result["retrain"]["decision"]
        m = Table(title=f"held-out retrieval (margin {d['margin']:g})")
        for c in ("model", "recall@5", "MRR"):
            m.add_column(c)
        m.add_row(f"champion v{result['retrain']['champion_version']}", f"{d['champion']['recall_at_5']:.3f}", f"{d['champion']['mrr']:.3f}")
        m.add_row(f"challenger v{result['retrain']['challenger_version']}", f"{d['challenger']['recall_at_5']:.3f}", f"{d['challenger']['mrr']:.3f}")
        console.print(m)
    p = result["promotion"]
    console.print(("[green]promoted[/green]: " if p.get("promoted") else "[yellow]not promoted[/yellow]: ") + p.get("reason", ""))
    if p.get("promoted"):
        console.print(f"  MLflow champion -> v{p['version']}, Triton embedder -> version {p['triton_version']}, Milvus loom_docs -> {p['collection']}")
    console.print(f"served retrieval before {result['served_before']} after {result['served_after']}; total {result['timings_s']['total']} s")
