"""`loom demo`: the closed loop on the running local platform, end to end, in one command.

1. index a small runbook corpus (through Triton's embedder into Milvus, like `loom index`);
2. replay plain-language questions through `rag` into the *reference* window, fit the topic
   centroids on them; replay code-name questions (the drift) into the *current* window; each
   becomes a correction: a corrected answer where rag retrieved the right runbook (what a
   reviewer writes when the passage was there but the answer was not), else, for every other
   one, the source that answers it (`--source`);
3. drift check (KL per feature) logged to MLflow and the lake;
4. embedder: retrain on the corrections, evaluate challenger vs champion on held-out phrasings
   and on the general regression set, promote through the canary (Triton version, Milvus
   alias, MLflow champion together);
5. generator: LoRA fine-tune on the corrected answers, evaluate champion vs challenger on
   held-out phrasings (prompts built from what the platform now retrieves for them) and on the
   general regression set, promote the adapter as a new Triton version through its canary;
6. measure served retrieval (Triton embedder + Milvus alias) before and after, and show the
   generator's held-out answers before and after.

Replayed traffic is written with timestamps inside the two windows it simulates, into a lake of
its own (`$LOOM_HOME/demo/lake`), so it never mixes with real interactions logged by `rag`.
Requests go to rag eight at a time, as concurrent users would send them (the served models batch).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

import numpy as np

from loom.errors import LoomError

TOP_K = 4
"""Passages per prompt, as the rag model's default_top_k."""


def _search(http_url: str, milvus_uri: str, alias: str, questions: list[str], limit: int, fields: list[str]) -> list[list[dict]]:
    """What rag retrieves: Triton `embedder` vectors searched in the Milvus `alias`."""
    from workloads.promote import Triton
    from workloads.rag.milvus import connect

    vecs = Triton(http_url).embed("embedder", questions)
    mc = connect(milvus_uri)
    try:
        res = mc.search(alias, data=vecs.tolist(), limit=limit, output_fields=fields, search_params={"metric_type": "COSINE", "params": {"ef": 64}})
    finally:
        mc.close()
    return [[{"id": str(h["id"]), **h["entity"]} for h in found] for found in res]


def _served_metrics(http_url: str, milvus_uri: str, alias: str, heldout) -> dict[str, float]:
    """recall@5 and MRR of what the platform serves now: Triton `embedder` + Milvus `alias`."""
    from workloads.promote.transaction import _same_source

    rr, hit5 = [], 0
    for want, found in zip(heldout.relevant, _search(http_url, milvus_uri, alias, list(heldout.queries), 20, ["source"])):
        rank = next((i + 1 for i, h in enumerate(found) if _same_source(h.get("source", ""), want)), None)
        rr.append(1.0 / rank if rank else 0.0)
        hit5 += bool(rank and rank <= 5)
    return {"recall_at_5": hit5 / len(rr), "mrr": float(np.mean(rr))}


def generator_heldout(data, http_url: str, milvus_uri: str, per_topic: int = 1, topics: int = 8) -> list:
    """Held-out generator examples: phrasings never replayed, prompted with what the platform
    retrieves for them now (as rag would), kept where the right runbook is among the passages."""
    from workloads.promote.transaction import _same_source
    from workloads.rag.prompt import Passage
    from workloads.retrain.demo_data import HELDOUT
    from workloads.retrain.generator.examples import Example

    sids = list(data.corpus)[:: max(1, len(data.corpus) // topics)][:topics]
    qs = [(t.format(c=data.codenames[sid]), sid) for sid in sids for t in HELDOUT[:per_topic]]
    out = []
    for (q, sid), hits in zip(qs, _search(http_url, milvus_uri, "loom_docs", [q for q, _ in qs], TOP_K, ["source", "text"])):
        n = next((i + 1 for i, h in enumerate(hits) if _same_source(h["source"], sid)), None)
        if n:
            passages = tuple(Passage(i + 1, h["source"], h["text"]) for i, h in enumerate(hits))
            out.append(Example(f"heldout:{sid}", q, passages, data.answer(sid, n), frozenset({n})))
    return out


def run_demo(outputs: dict[str, Any], home: Path, *, margin: float = 0.01, generator_margin: float = 0.02, quiet: bool = False,
             n_reference: int = 120, n_shifted: int = 120, train_steps: int = 40, generator_steps: int = 8,
             regression_items: int | None = 8, concurrency: int = 8) -> dict[str, Any]:
    """The defaults size the demo for two CPU cores: the generator's evaluation answers 8 held-out
    and 8 regression questions with champion and challenger (the cluster Job uses all 40)."""
    from rich.console import Console

    # Before torch loads OpenMP: idle OpenMP threads sleep instead of spinning, so the demo's
    # training does not fight Triton's processes (and anything else) for the two cores.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("TQDM_DISABLE", "1")  # model load/save bars would bury the demo's own progress
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from loom.commands.rag import ask_rag
    from contract.outputs import OutputsContract
    from workloads.drift import Window, check_drift
    from workloads.drift.report import log_to_lake, log_to_mlflow
    from workloads.drift.topics import fit_centroids, save_centroids
    from workloads.lake import Lake, correction_event, interaction_event
    from workloads.promote import PromotionError, Targets, Triton, promote_generator_if_won, promote_if_won
    from workloads.promote.generator import GeneratorPromotionError, GeneratorTargets
    from workloads.retrain import RetrainError, TrainConfig, retrain
    from workloads.retrain.demo_data import demo_data
    from workloads.retrain.generator import LoraTrainConfig, regression_examples, retrain_generator

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

    def ask(q: str) -> tuple[dict, float]:
        t0 = time.perf_counter()
        try:
            return ask_rag(http, q), (time.perf_counter() - t0) * 1000
        except Exception as exc:
            raise LoomError(f"demo: rag did not answer at {http}: {exc}") from None

    def replay(questions: list[tuple[str, str]], window: Window, centroids: np.ndarray | None, label: str) -> list[tuple[dict, str]]:
        embs = triton.embed("embedder", [q for q, _ in questions])
        events, out = [], []
        step = (window.end - window.start) / (len(questions) + 1)
        with console.status(f"{label}: 0/{len(questions)}") as status, ThreadPoolExecutor(max_workers=concurrency) as pool:
            for i, ((q, sid), emb, (r, ms)) in enumerate(zip(questions, embs, pool.map(ask, [q for q, _ in questions]))):
                findings = r.get("flags") or []
                guard = type("G", (), {"flagged": bool(findings), "findings": findings, "redacted": r["answer"]})()
                events.append(interaction_event(
                    request_id=r["request_id"], question=q, answer=r["answer"], latency_ms=ms,
                    sources=[str(s.get("id")) for s in r.get("sources", [])], answer_guard=guard,
                    question_embedding=emb, centroids=centroids, ts=window.start + step * (i + 1),
                ))
                out.append((r, sid))
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
    corrections = []
    for i, (r, sid) in enumerate(shifted):
        ts = cur_w.start + (cur_w.end - cur_w.start) * (i + 1) / (len(shifted) + 1)
        ids = [str(s.get("id")) for s in r.get("sources", [])]
        if chunk_of.get(sid) in ids:  # the runbook was retrieved: the reviewer writes the answer
            corrections.append(correction_event(request_id=r["request_id"], corrected_answer=data.answer(sid, ids.index(chunk_of[sid]) + 1),
                                                author="demo", ts=ts))
        elif i % 2 == 0 and sid in chunk_of:  # it was not: the reviewer points at the runbook
            corrections.append(correction_event(request_id=r["request_id"], source_id=chunk_of[sid], author="demo", ts=ts))
    lake.append("corrections", corrections)
    end()

    end = stage("drift check")
    report = check_drift(lake, ref_w, cur_w)
    log_to_lake(report, lake)
    drift_run = log_to_mlflow(report, tracking)
    end()
    result: dict[str, Any] = {
        "drift": {"kl": {f.feature: f.kl for f in report.features}, "drifted": report.drifted, "triggered": report.triggered,
                  "reference_n": report.reference_n, "current_n": report.current_n, "mlflow_run_id": drift_run},
        "corrections": {"answers": sum(1 for c in corrections if c["corrected_answer"]), "sources": sum(1 for c in corrections if c["source_id"])},
        "served_before": before,
    }
    promoted: dict[str, Any] = {"promoted": False, "reason": "no drift: retraining not triggered"}
    generator: dict[str, Any] = {"promoted": False, "reason": "no drift: retraining not triggered"}
    if report.triggered:
        end = stage("embedder: retrain + evaluate (held-out, regression set)")
        texts = _chunk_rows(milvus, list(chunk_of.values()))
        try:
            rt = retrain(lake, tracking, {k: v["text"] for k, v in texts.items()}, heldout, margin=margin,
                         config=TrainConfig(max_steps=train_steps), work_dir=str(work / "models"), progress=lambda s: console.print(f"  {s}"))
        except RetrainError as exc:
            raise LoomError(f"demo: {exc}") from None
        end()
        result["retrain"] = rt.to_dict()
        end = stage("embedder: promote (canary, then switch)")
        targets = Targets(model_repo=home / "model_repo", triton_url=http, milvus_uri=milvus, tracking_uri=tracking)
        try:
            promoted = promote_if_won(rt.decision, targets, rt.challenger_version, rt.challenger_dir, heldout, progress=lambda s: console.print(f"  {s} ✓"))
        except PromotionError as exc:
            promoted = {"promoted": False, "reason": str(exc)}
        end()

        end = stage("generator: LoRA fine-tune + evaluate (held-out, regression set)")
        gen_heldout = generator_heldout(data, http, milvus)
        all_rows = _chunk_rows(milvus, None)
        try:
            gt = retrain_generator(lake, tracking, lambda cid: (all_rows[cid]["source"], all_rows[cid]["text"]) if cid in all_rows else None,
                                   heldout=gen_heldout, regression=regression_examples(regression_items), margin=generator_margin,
                                   config=LoraTrainConfig(max_steps=generator_steps), work_dir=str(work / "generator"),
                                   progress=lambda s: console.print(f"  {s}"))
        except RetrainError as exc:
            raise LoomError(f"demo: {exc}") from None
        end()
        result["retrain_generator"] = gt.to_dict()
        end = stage("generator: promote (canary, then switch)")
        gtargets = GeneratorTargets(model_repo=home / "model_repo", triton_url=http, tracking_uri=tracking)
        try:
            generator = promote_generator_if_won(gt.decision, gtargets, gt.challenger_version, gt.challenger_dir, gen_heldout,
                                                 progress=lambda s: console.print(f"  {s} ✓"))
        except GeneratorPromotionError as exc:
            generator = {"promoted": False, "reason": str(exc)}
        end()
    result["promotion"] = promoted
    result["generator_promotion"] = generator
    result["served_after"] = _served_metrics(http, milvus, "loom_docs", heldout)
    result["gain"] = {k: round(result["served_after"][k] - before[k], 4) for k in before}
    result["timings_s"] = timings | {"total": round(time.perf_counter() - t_all, 2)}
    _print(console, result)
    return result


def _chunk_ids(milvus_uri: str, sids: list[str]) -> dict[str, str]:
    """source id -> the id of its first chunk in the vector store (what `loom ask` cites)."""
    from workloads.promote.transaction import _same_source
    from workloads.rag.milvus import connect

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


def _chunk_rows(milvus_uri: str, ids: list[str] | None) -> dict[str, dict[str, str]]:
    """chunk id -> {"source", "text"} for `ids` (None: every stored chunk)."""
    from workloads.rag.milvus import connect

    mc = connect(milvus_uri)
    try:
        rows = mc.get("loom_docs", ids=ids, output_fields=["source", "text"]) if ids is not None else \
            mc.query("loom_docs", filter="", output_fields=["id", "source", "text"], limit=16384)
    finally:
        mc.close()
    return {str(r["id"]): {"source": r["source"], "text": r["text"]} for r in rows}


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
        m = Table(title=f"embedder: held-out retrieval (margin {d['margin']:g}) and the general regression set")
        for c in ("model", "held-out recall@5", "held-out MRR", "regression hit@1", "regression MRR"):
            m.add_column(c)
        reg = d.get("regression") or {}
        for who in ("champion", "challenger"):
            r = reg.get(who) or {}
            m.add_row(f"{who} v{result['retrain'][f'{who}_version']}", f"{d[who]['recall_at_5']:.3f}", f"{d[who]['mrr']:.3f}",
                      f"{r.get('hit_at_1', float('nan')):.3f}", f"{r.get('mrr', float('nan')):.3f}")
        console.print(m)
    p = result["promotion"]
    console.print("embedder " + ("[green]promoted[/green]: " if p.get("promoted") else "[yellow]not promoted[/yellow]: ") + p.get("reason", ""))
    if p.get("promoted"):
        console.print(f"  MLflow champion -> v{p['version']}, Triton embedder -> version {p['triton_version']}, Milvus loom_docs -> {p['collection']}"
                      + (f"; dropped older generations {', '.join(p['dropped_collections'])}" if p.get("dropped_collections") else ""))
    console.print(f"served retrieval before {result['served_before']} after {result['served_after']}")
    if "retrain_generator" in result:
        g = result["retrain_generator"]
        d = g["decision"]
        m = Table(title=f"generator: held-out answers (margin {d['margin']:g}) and the general regression set (margin {d['regression_margin']:g})")
        for c in ("model", "held-out token F1", "valid citations", "cites the runbook", "guard pass", "regression token F1", "regression guard pass"):
            m.add_column(c)
        for who in ("champion", "challenger"):
            h, r = d["heldout"][who], d["regression"][who]
            m.add_row(f"{who} v{g[f'{who}_version']}", f"{h['token_f1']:.3f}", f"{h['citations_valid']:.3f}",
                      "-" if h["cites_gold"] is None else f"{h['cites_gold']:.3f}", f"{h['guard_pass_rate']:.3f}",
                      f"{r['token_f1']:.3f}", f"{r['guard_pass_rate']:.3f}")
        console.print(m)
        a = Table(title="generator: held-out answers before (champion) and after (challenger), in-process, greedy")
        for c in ("question", "before", "after"):
            a.add_column(c, overflow="fold")
        for row in g["heldout_answers"][:4]:
            a.add_row(row["question"], row["champion"][:160], row["challenger"][:160])
        console.print(a)
    gp = result["generator_promotion"]
    console.print("generator " + ("[green]promoted[/green]: " if gp.get("promoted") else "[yellow]not promoted[/yellow]: ") + gp.get("reason", ""))
    if gp.get("promoted"):
        console.print(f"  MLflow loom-generator@champion -> v{gp['version']}, Triton generator -> version {gp['triton_version']}")
    t = Table(title="stage timings (s)")
    t.add_column("stage")
    t.add_column("seconds", justify="right")
    for k, v in result["timings_s"].items():
        t.add_row(k, f"{v:.1f}")
    console.print(t)
