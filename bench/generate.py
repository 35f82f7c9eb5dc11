"""Generation benchmark: the served generator against the library it runs on, and rag's answers.

One run, side by side, on a local platform this script starts (temporary LOOM_HOME, random
ports) and stops:
  1. output tokens/s served through Triton's generate endpoint for one caller (sequential
     requests) and for 8 concurrent callers, against in-process greedy generation with the same
     library (transformers' `generate` on the same weights, one prompt at a time: the floor).
     Goals: one caller >= 0.8x the floor; 8 callers >= 2x one caller. Interleaved rounds,
     medians; greedy everywhere, so every path produces the same tokens.
  2. time to first token with streaming (generate_stream) against the full response.
  3. LoRA training steps/s: a peft LoRA step (r=8 on q_proj and v_proj, AdamW) on the model
     directly, batch of 8 chat examples.
  4. the 66 developer questions over the Python standard library's documentation (122 modules,
     built offline with bench/stdlib_corpus.py, indexed with `loom index`): for the served rag
     pipeline (SmolLM2) and the extractive baseline (workloads/rag/extractive.py) on the same
     retrieved passages: abstention rate, abstentions although the right module was ranked
     first, and the detail rate (the answer names what was asked: a function, a parameter).
Prints a table and, with --json, one JSON object. Timings are wall clock on a shared machine:
compare the ratios, which are measured back to back.
Usage: .venv/bin/python bench/generate.py [--json] [--rounds 2] [--skip-questions]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

# the OpenMP setting Triton gets (loom/local/triton.py), so the floor runs under the same conditions
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

PROMPTS = [
    "Write a long story about a lighthouse keeper who finds a message in a bottle.",
    "Explain in detail how a compiler turns source code into machine code.",
    "Describe a walk through a busy city market in the morning.",
    "Write a detailed guide to planting a vegetable garden.",
    "Explain how the water cycle works, step by step.",
    "Tell the history of a small mountain village over three centuries.",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- 1. throughput -----------------------------------------------------------------------------
def _served(url: str, prompt: str, max_tokens: int, session) -> int:
    body = {
        "text_input": prompt,
        "exclude_input_in_output": True,
        "return_num_output_tokens": True,
        "sampling_parameters": json.dumps({"temperature": 0, "max_tokens": max_tokens}),
    }
    response = session.post(f"{url}/v2/models/generator/generate", json=body, timeout=1800)
    response.raise_for_status()
    data = response.json()
    if "error" in data:
        raise RuntimeError(data["error"])
    return int(data["num_output_tokens"])


def served_rate(url: str, callers: int, per_caller: int, max_tokens: int) -> float:
    """Output tokens/s of `callers` threads, each sending `per_caller` requests one after another."""
    from concurrent.futures import ThreadPoolExecutor

    import requests

    def caller(index: int) -> int:
        session = requests.Session()
        return sum(_served(url, PROMPTS[(index + i) % len(PROMPTS)], max_tokens, session) for i in range(per_caller))

    with ThreadPoolExecutor(max_workers=callers) as pool:
        started = time.perf_counter()
        tokens = sum(pool.map(caller, range(callers)))  # re-raises a caller's error
        return tokens / (time.perf_counter() - started)


def in_process_rate(tokenizer, model, engine_encode, requests_: int, max_tokens: int) -> float:
    """The floor: transformers' generate, greedy, one prompt at a time, in this process."""
    import torch

    eos = {tokenizer.eos_token_id, tokenizer.convert_tokens_to_ids("<|endoftext|>")}
    tokens = 0
    started = time.perf_counter()
    with torch.inference_mode():
        for i in range(requests_):
            ids = torch.tensor([engine_encode(PROMPTS[i % len(PROMPTS)])])
            out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_tokens, do_sample=False)
            tokens += sum(1 for t in out[0, ids.shape[1]:].tolist() if t not in eos)
    return tokens / (time.perf_counter() - started)


def throughput(url: str, rounds: int, max_tokens: int, callers: int) -> dict:
    from workloads.llm import smollm
    from workloads.llm.engine import encode

    tokenizer, model = smollm.load()
    _served(url, PROMPTS[0], 4, __import__("requests").Session())  # warm-up
    rates: dict[str, list[float]] = {"served_1": [], f"served_{callers}": [], "in_process": []}
    per_round = len(PROMPTS)
    for r in range(rounds):  # interleaved, so load changes on a shared machine hit all three
        log(f"throughput round {r + 1}/{rounds}")
        rates["served_1"].append(served_rate(url, 1, per_round, max_tokens))
        rates[f"served_{callers}"].append(served_rate(url, callers, 2, max_tokens))
        rates["in_process"].append(in_process_rate(tokenizer, model, lambda text: encode(tokenizer, text), per_round, max_tokens))
    medians = {k: statistics.median(v) for k, v in rates.items()}
    del model
    return {
        "max_tokens": max_tokens,
        "tokens_per_s": {k: round(v, 2) for k, v in medians.items()},
        "rounds": {k: [round(x, 2) for x in v] for k, v in rates.items()},
        "served_1_vs_in_process": round(medians["served_1"] / medians["in_process"], 2),
        f"served_{callers}_vs_served_1": round(medians[f"served_{callers}"] / medians["served_1"], 2),
        "goals": {"served_1_vs_in_process": ">= 0.8", f"served_{callers}_vs_served_1": ">= 2"},
    }


# -- 2. time to first token --------------------------------------------------------------------
def first_token(url: str, max_tokens: int) -> dict:
    import requests

    sampling = json.dumps({"temperature": 0, "max_tokens": max_tokens})
    ttft, full, streamed_total = [], [], []
    for prompt in PROMPTS[:4]:
        started = time.perf_counter()
        with requests.post(
            f"{url}/v2/models/generator/generate_stream",
            json={"text_input": prompt, "stream": True, "sampling_parameters": sampling},
            stream=True, timeout=1800,
        ) as response:
            first = None
            for line in response.iter_lines():
                if line.startswith(b"data: ") and first is None:
                    first = time.perf_counter() - started
        streamed_total.append(time.perf_counter() - started)
        ttft.append(first)
        started = time.perf_counter()
        _served(url, prompt, max_tokens, requests.Session())
        full.append(time.perf_counter() - started)
    t, f = statistics.median(ttft), statistics.median(full)
    return {
        "max_tokens": max_tokens,
        "ttft_stream_ms": round(t * 1000, 1),
        "full_response_ms": round(f * 1000, 1),
        "stream_total_ms": round(statistics.median(streamed_total) * 1000, 1),
        "ttft_fraction_of_full": round(t / f, 3),
    }


# -- 3. LoRA -----------------------------------------------------------------------------------
def lora_steps(steps: int, batch: int) -> dict:
    import torch
    from peft import LoraConfig, get_peft_model

    from workloads.llm import smollm

    tokenizer, model = smollm.load()
    model = get_peft_model(model, LoraConfig(r=8, lora_alpha=16, lora_dropout=0.05, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))
    model.train()
    pairs = [("How do I stop the local platform?", "Stop it with loom down [1]."), ("Which mTLS mode does the mesh use?", "STRICT [1].")]
    texts = [
        tokenizer.apply_chat_template([{"role": "user", "content": q}, {"role": "assistant", "content": a}], tokenize=False)
        for q, a in (pairs * batch)[:batch]
    ]
    encoded = tokenizer(texts, return_tensors="pt", padding=True)
    labels = encoded["input_ids"].masked_fill(encoded["attention_mask"] == 0, -100)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3)

    def step() -> float:
        loss = model(**encoded, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        return float(loss.detach())

    step()  # warm-up
    started = time.perf_counter()
    losses = [step() for _ in range(steps)]
    seconds = time.perf_counter() - started
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {
        "steps": steps, "batch": batch, "tokens_per_example": int(encoded["input_ids"].shape[1]),
        "trainable_parameters": trainable, "steps_per_s": round(steps / seconds, 3),
        "loss_first_last": [round(losses[0], 3), round(losses[-1], 3)],
    }


# -- 4. developer questions over the standard library -------------------------------------------
def _module(source: str) -> str:
    return Path(source).name[: -len(".md")] if source.endswith(".md") else Path(source).stem


def _has_detail(answer: str, details: list[str]) -> bool:
    return any(re.search(rf"(?<![\w.]){re.escape(d)}(?!\w)", answer, re.IGNORECASE) for d in details)


def questions(contract, home: Path) -> dict:
    import numpy as np
    import requests

    from loom.local import platform
    from stdlib_corpus import build
    from workloads.rag.extractive import answer as extractive_answer
    from workloads.rag.prompt import Passage
    from workloads.rag.store import VectorStore

    corpus = build(home / "stdlib")
    log(f"indexing {len(corpus)} standard-library modules")
    started = time.perf_counter()
    report = platform.index(contract, [home / "stdlib"])
    index_s = time.perf_counter() - started
    items = json.loads((BENCH / "data" / "stdlib_questions.json").read_text())
    url = contract.inference.http_url
    store = VectorStore(contract.vector_store.uri)
    rows = []
    try:
        for n, item in enumerate(items, 1):
            log(f"question {n}/{len(items)}")
            embedding = requests.post(
                f"{url}/v2/models/embedder/infer",
                json={"inputs": [{"name": "TEXT", "datatype": "BYTES", "shape": [1, 1], "data": [item["question"]]}]},
                timeout=120,
            ).json()["outputs"][0]["data"]
            hits = store.search(np.array(embedding, dtype=np.float32), 4)
            passages = [Passage(i + 1, h.source, h.text) for i, h in enumerate(hits)]
            started = time.perf_counter()
            served = requests.post(f"{url}/v2/models/rag/generate", json={"question": item["question"]}, timeout=1800).json()
            latency = time.perf_counter() - started
            if "error" in served:
                raise RuntimeError(f"rag failed on {item['question']!r}: {served['error']}")
            sources = json.loads(served["sources"])
            citations = json.loads(served["citations"])
            rows.append({
                **item,
                "top1": _module(sources[0]["source"]) if sources else None,
                "same_retrieval": [_module(s["source"]) for s in sources] == [_module(p.source) for p in passages],
                "model": served["answer"],
                "model_cited": [_module(sources[n - 1]["source"]) for n in citations["cited"]],
                "model_withheld": citations.get("withheld", False),
                "model_latency_s": round(latency, 2),
                "extractive": extractive_answer(item["question"], passages),
            })
    finally:
        store.close()

    def figures(system: str) -> dict:
        abstained = [r for r in rows if r[system].startswith("I don't know")]
        hard = [r for r in rows if r["hard"]]
        out = {
            "abstention_rate": round(len(abstained) / len(rows), 3),
            "abstained_with_right_source_first": sum(r["top1"] == r["module"] for r in abstained),
            "detail_hard": f"{sum(_has_detail(r[system], r['detail']) for r in hard)}/{len(hard)}",
            "detail_all": f"{sum(_has_detail(r[system], r['detail']) for r in rows)}/{len(rows)}",
        }
        if system == "model":
            answered = [r for r in rows if r["model_cited"] and not r["model_withheld"]]
            out["withheld"] = sum(r["model_withheld"] for r in rows)
            out["cites_right_module"] = f"{sum(r['module'] in r['model_cited'] for r in answered)}/{len(answered)}"
            out["median_latency_s"] = statistics.median(r["model_latency_s"] for r in rows)
        return out

    return {
        "questions": len(rows),
        "hard": sum(r["hard"] for r in rows),
        "modules": len(corpus),
        "chunks": report.chunks,
        "index_s": round(index_s, 1),
        "hit_at_1": round(sum(r["top1"] == r["module"] for r in rows) / len(rows), 3),
        "same_retrieval_for_both": all(r["same_retrieval"] for r in rows),
        "extractive": figures("extractive"),
        "model": figures("model"),
        "rows": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--callers", type=int, default=8)
    parser.add_argument("--lora-steps", type=int, default=5)
    parser.add_argument("--skip-questions", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from loom.local import platform
    from loom.local.ports import Ports

    home = Path(tempfile.mkdtemp(prefix="loom-bench-generate-"))
    os.environ["LOOM_HOME"] = str(home)
    settings = platform.LocalSettings(home=home, ports=Ports.random(), accelerator="cpu", index_docs=False, timeout_s=600)
    log("starting the local platform")
    contract = platform.start(settings)
    result: dict = {"cores": os.cpu_count()}
    try:
        url = contract.inference.http_url
        result["throughput"] = throughput(url, args.rounds, args.max_tokens, args.callers)
        result["first_token"] = first_token(url, args.max_tokens)
        result["lora"] = lora_steps(args.lora_steps, 8)
        if not args.skip_questions:
            result["stdlib_questions"] = questions(contract, home)
    finally:
        platform.stop(home)
        shutil.rmtree(home, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
        return 0
    t, f, lo = result["throughput"], result["first_token"], result["lora"]
    callers = args.callers
    print(f"generator, greedy, {t['max_tokens']} new tokens per request (medians of {args.rounds} interleaved rounds)")
    print(f"  in-process transformers generate   {t['tokens_per_s']['in_process']:7.2f} tokens/s (floor)")
    print(f"  served, 1 caller                   {t['tokens_per_s']['served_1']:7.2f} tokens/s = {t['served_1_vs_in_process']:.2f}x floor (goal >= 0.8x)")
    print(f"  served, {callers} concurrent callers       {t['tokens_per_s'][f'served_{callers}']:7.2f} tokens/s = "
          f"{t[f'served_{callers}_vs_served_1']:.2f}x one caller (goal >= 2x)")
    print(f"  time to first token, streaming {f['ttft_stream_ms']:.0f} ms; full response {f['full_response_ms']:.0f} ms "
          f"({f['ttft_fraction_of_full']:.2f} of it)")
    print(f"LoRA r=8 (q_proj, v_proj), batch {lo['batch']} x {lo['tokens_per_example']} tokens: {lo['steps_per_s']:.3f} steps/s "
          f"(loss {lo['loss_first_last'][0]} -> {lo['loss_first_last'][1]})")
    if "stdlib_questions" in result:
        q = result["stdlib_questions"]
        print(f"{q['questions']} questions ({q['hard']} hard) over {q['modules']} standard-library modules "
              f"({q['chunks']} chunks, indexed in {q['index_s']} s); retrieval hit@1 {q['hit_at_1']}")
        for system in ("extractive", "model"):
            s = q[system]
            print(f"  {system:10} abstains {s['abstention_rate']:.0%} ({s['abstained_with_right_source_first']} with the right module first); "
                  f"detail: hard {s['detail_hard']}, all {s['detail_all']}"
                  + (f"; withheld {s['withheld']}; cites the right module {s['cites_right_module']}" if system == "model" else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
