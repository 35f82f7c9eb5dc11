"""Output guard throughput and recall against presidio-analyzer's pattern recognizers.

Both run in one process on the same seeded Faker corpus (workloads/guard/corpus.py), timed in
alternating rounds (median of the rounds) so machine noise hits both alike.

Presidio runs without any NLP model: its predefined recognizers for the categories both tools
cover are called directly (`recognizer.analyze(text, entities, None)`), which is presidio's
fastest path (no tokenisation) and its highest recall (score threshold 0, as AnalyzerEngine's
default), with its own duplicate removal. Its PhoneRecognizer uses the phonenumbers library.

Goal (issue 4): guard throughput >= 5x presidio's at equal or better recall.

    .venv/bin/python bench/guard.py [--samples 2000] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from typing import Callable

from workloads.guard import GuardConfig, Scanner
from workloads.guard.corpus import Sample, generate, score

SHARED = ("email", "phone", "payment_card", "iban", "national_id", "ip_address")
"""Categories both tools detect; recall is compared on these."""

PRESIDIO_ENTITIES = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "CREDIT_CARD": "payment_card",
    "IBAN_CODE": "iban",
    "US_SSN": "national_id",
    "UK_NINO": "national_id",
    "ES_NIF": "national_id",
    "ES_NIE": "national_id",
    "IP_ADDRESS": "ip_address",
}

Predict = Callable[[str], list[tuple[str, int, int]]]


def presidio_predictor() -> Predict:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer import predefined_recognizers as pr

    recognizers = [
        pr.EmailRecognizer(),
        pr.PhoneRecognizer(),
        pr.CreditCardRecognizer(),
        pr.IbanRecognizer(),
        pr.UsSsnRecognizer(),
        pr.UkNinoRecognizer(),
        pr.EsNifRecognizer(),
        pr.EsNieRecognizer(),
        pr.IpRecognizer(),
    ]

    def predict(text: str) -> list[tuple[str, int, int]]:
        results = []
        for r in recognizers:
            results.extend(r.analyze(text, r.supported_entities, None))
        results = EntityRecognizer.remove_duplicates(results)
        return [(PRESIDIO_ENTITIES[x.entity_type], x.start, x.end) for x in results if x.entity_type in PRESIDIO_ENTITIES]

    return predict


def guard_predictor(categories: tuple[str, ...] | None = None) -> Predict:
    scanner = Scanner(GuardConfig(categories=categories)) if categories else Scanner()

    def predict(text: str) -> list[tuple[str, int, int]]:
        return [(f.category, f.start, f.end) for f in scanner.scan(text).findings]

    return predict


def triton_throughput(url: str, texts: list[str], *, batch: int = 32, concurrency: int = 4) -> dict:
    """MB/s of output_guard served by Triton (KServe v2 HTTP): batches of `batch` texts,
    `concurrency` requests in flight. Includes JSON encoding and HTTP on 127.0.0.1."""
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    endpoint = url.rstrip("/") + "/v2/models/output_guard/infer"
    batches = [texts[i : i + batch] for i in range(0, len(texts), batch)]

    def call(chunk: list[str]) -> None:
        body = json.dumps({"inputs": [{"name": "TEXT", "datatype": "BYTES", "shape": [len(chunk)], "data": chunk}]})
        request = urllib.request.Request(endpoint, data=body.encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()

    call(batches[0])  # warm-up
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(call, batches))
    elapsed = time.perf_counter() - start
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"url": url, "batch": batch, "concurrency": concurrency, "seconds": round(elapsed, 4), "mb_per_s": round(mb / elapsed, 3)}


def timed(predict: Predict, texts: list[str]) -> tuple[float, list]:
    start = time.perf_counter()
    out = [predict(t) for t in texts]
    return time.perf_counter() - start, out


def recall_on(samples: list[Sample], predictions: list, categories: tuple[str, ...], strict: bool) -> dict[str, float]:
    restricted = [[p for p in preds if p[0] in categories] for preds in predictions]
    scores, _ = score(samples, restricted, strict=strict)
    tp = sum(scores[c].tp for c in categories if c in scores)
    fn = sum(scores[c].fn for c in categories if c in scores)
    fp = sum(scores[c].fp for c in categories if c in scores)
    out = {c: round(scores[c].recall, 4) for c in categories if c in scores}
    out["overall"] = round(tp / (tp + fn), 4) if tp + fn else 1.0
    out["precision"] = round(tp / (tp + fp), 4) if tp + fp else 1.0
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object (for CI)")
    parser.add_argument("--triton-url", help="also measure output_guard served at this KServe v2 HTTP URL (e.g. after `loom up`)")
    args = parser.parse_args(argv)

    samples = generate(args.samples, seed=args.seed)
    texts = [s.text for s in samples]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    systems: dict[str, Predict] = {
        "guard (all 9 categories)": guard_predictor(),
        "guard (6 shared categories)": guard_predictor(SHARED),
        "presidio pattern recognizers": presidio_predictor(),
    }
    times: dict[str, list[float]] = {name: [] for name in systems}
    predictions: dict[str, list] = {}
    for _ in range(args.rounds):
        for name, predict in systems.items():
            elapsed, preds = timed(predict, texts)
            times[name].append(elapsed)
            predictions[name] = preds

    report: dict = {"corpus": {"samples": len(samples), "megabytes": round(mb, 3), "seed": args.seed,
                               "clean_samples": sum(s.clean for s in samples)}, "systems": {}}
    for name in systems:
        median = statistics.median(times[name])
        report["systems"][name] = {
            "seconds_median": round(median, 4),
            "mb_per_s": round(mb / median, 3),
            "recall_overlap": recall_on(samples, predictions[name], SHARED, strict=False),
            "recall_strict": recall_on(samples, predictions[name], SHARED, strict=True),
        }
    base = report["systems"]["presidio pattern recognizers"]
    for name in ("guard (all 9 categories)", "guard (6 shared categories)"):
        ours = report["systems"][name]
        ours["speedup_vs_presidio"] = round(ours["mb_per_s"] / base["mb_per_s"], 2)
    main_ratio = report["systems"]["guard (all 9 categories)"]["speedup_vs_presidio"]
    recall_ok = all(
        report["systems"][n]["recall_overlap"]["overall"] >= base["recall_overlap"]["overall"]
        for n in ("guard (all 9 categories)", "guard (6 shared categories)")
    )
    report["goal"] = {"throughput_ratio": main_ratio, "target": 5.0, "met": main_ratio >= 5.0 and recall_ok,
                      "recall_equal_or_better": recall_ok}

    if args.triton_url:
        served = triton_throughput(args.triton_url, texts)
        served["speedup_vs_presidio"] = round(served["mb_per_s"] / base["mb_per_s"], 2)
        report["served"] = served

    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"corpus: {len(samples)} samples, {mb:.3f} MB (seed {args.seed}), {args.rounds} rounds, median")
    header = f"{'system':32} {'MB/s':>8} {'x presidio':>10} {'recall':>7} {'prec.':>6}  " + " ".join(f"{c[:8]:>8}" for c in SHARED)
    print(header)
    for name, r in report["systems"].items():
        rec = r["recall_overlap"]
        print(
            f"{name:32} {r['mb_per_s']:8.3f} {r.get('speedup_vs_presidio', 1.0):10.2f} {rec['overall']:7.3f} "
            f"{rec['precision']:6.3f}  " + " ".join(f"{rec.get(c, float('nan')):8.3f}" for c in SHARED)
        )
    print(
        f"goal: >= 5x presidio at equal or better recall -> {main_ratio:.1f}x, recall "
        f"{'equal or better' if recall_ok else 'WORSE'}: {'MET' if report['goal']['met'] else 'NOT MET'}"
    )
    if "served" in report:
        sv = report["served"]
        print(f"served by Triton at {sv['url']}: {sv['mb_per_s']:.3f} MB/s (batches of {sv['batch']}, "
              f"{sv['concurrency']} in flight) = {sv['speedup_vs_presidio']:.1f}x presidio in-process")
    print("(recall by overlap with the labeled span, on the 6 categories both detect; strict spans in --json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
