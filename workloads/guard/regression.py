"""Every finding of the guard on the corpus's splits, written down and compared: how a rule change is
checked before it lands (docs/guard.md, "Rounds"). A change to a rule should move findings only where
it means to; `compare` lists every finding a change gained or lost, split by split, and says whether
each covers a labeled value (a true positive) or not.

  python -m workloads.guard.regression dump OUT.json [--splits a,b] [--samples N] [--jobs N]
  python -m workloads.guard.regression compare BASE.json NEW.json [--show N] [--json]

A dump holds, per split, each sample's text and findings; `compare` needs two dumps of the same
splits and samples (it checks the texts). Progress goes to stderr; with --json, stdout holds one
JSON document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any, Iterator

from workloads.guard.corpus import SPLIT_SEEDS, SPLITS, generate

DEV_SEED = 20261125
"""The dev split's seed here, as `python -m workloads.guard.corpus` uses it."""


class RegressionError(Exception):
    """Bad input: one line that says what, where and what is allowed."""


def _scan_split(job: tuple[str, int]) -> tuple[str, list[dict[str, Any]]]:
    from workloads.guard import Scanner

    split, samples = job
    scanner = Scanner()
    rows = []
    for sample in generate(samples, seed=SPLIT_SEEDS.get(split, DEV_SEED), split=split):
        found = sorted((f.category, f.start, f.end) for f in scanner.scan(sample.text).findings)
        rows.append({"text": sample.text, "labels": [list(x) for x in sample.labels],
                     "findings": [list(x) for x in sample.scored(found)]})
    return split, rows


def dump(splits: list[str], samples: int, jobs: int = 1) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(split, rows) for each split: every sample's text, labels and findings (findings on the
    sample's public figures left out, as the scoring leaves them)."""
    work = [(split, samples) for split in splits]
    if jobs <= 1:
        yield from map(_scan_split, work)
        return
    with Pool(jobs) as pool:
        yield from pool.imap(_scan_split, work)


def _true(finding: tuple[str, int, int], labels: list[list[Any]]) -> bool:
    category, start, end = finding
    return any(c == category and s < end and start < e for c, s, e in labels)


def compare(base: dict[str, list[dict[str, Any]]], new: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every finding that one dump has and the other lacks, on the splits both hold: split, sample
    index, "gained" or "lost", category, whether it covers a labeled value, and the text around it."""
    changes = []
    for split in (s for s in new if s in base):
        if len(base[split]) != len(new[split]):
            raise RegressionError(f"compare: split {split!r} has {len(base[split])} samples in one dump and "
                                  f"{len(new[split])} in the other; dump both with the same --samples")
        for i, (a, b) in enumerate(zip(base[split], new[split])):
            if a["text"] != b["text"]:
                raise RegressionError(f"compare: split {split!r} sample {i} differs between the dumps "
                                      "(another corpus or seed); dump both from the same corpus")
            before = {tuple(f) for f in a["findings"]}
            after = {tuple(f) for f in b["findings"]}
            for change, found in (("lost", before - after), ("gained", after - before)):
                for category, start, end in sorted(found):
                    text = b["text"]
                    changes.append({"split": split, "sample": i, "change": change, "category": category,
                                    "true": _true((category, start, end), b["labels"]),
                                    "context": (text[max(0, start - 50):start] + "[[" + text[start:end] + "]]"
                                                + text[end:end + 50]).replace("\n", "⏎")})
    return changes


def _splits(value: str | None) -> list[str]:
    if not value:
        return list(SPLITS)
    chosen = [s.strip() for s in value.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SPLITS]
    if unknown or not chosen:
        raise RegressionError(f"--splits: unknown split(s) {', '.join(unknown) or '(none given)'}; allowed: {', '.join(SPLITS)}")
    return chosen


def _load(path: str) -> dict[str, list[dict[str, Any]]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise RegressionError(f"compare: cannot read {path}: {e.strerror}") from None
    except ValueError as e:
        raise RegressionError(f"compare: {path} is not a dump (not JSON: {e})") from None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise RegressionError(f"compare: {path} is not a dump (want {{split: [samples]}} as `dump` writes it)")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workloads.guard.regression", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every finding on the chosen splits to a JSON file")
    d.add_argument("out")
    d.add_argument("--splits", help="comma-separated splits (default: all)")
    d.add_argument("--samples", type=int, default=1500, help="samples per split (default 1500)")
    d.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    cmp = sub.add_parser("compare", help="list the findings that differ between two dumps")
    cmp.add_argument("base")
    cmp.add_argument("new")
    cmp.add_argument("--show", type=int, default=20, help="print up to N changed findings with their context")
    cmp.add_argument("--json", action="store_true", help="print one JSON document: the counts and every change")
    args = parser.parse_args(argv)
    try:
        if args.command == "dump":
            if args.samples < 1 or args.jobs < 1:
                raise RegressionError("dump: --samples and --jobs must be at least 1")
            splits = _splits(args.splits)
            out: dict[str, list[dict[str, Any]]] = {}
            for split, rows in dump(splits, args.samples, args.jobs):
                out[split] = rows
                print(f"{split}: {len(rows)} samples", file=sys.stderr)
            target = Path(args.out)
            partial = target.with_name(target.name + ".partial")
            try:
                partial.write_text(json.dumps(out), encoding="utf-8")
                partial.replace(target)  # never a half-written dump under the final name
            except OSError as e:
                raise RegressionError(f"dump: cannot write {args.out}: {e.strerror}") from None
            return 0
        changes = compare(_load(args.base), _load(args.new))
    except RegressionError as e:
        print(e, file=sys.stderr)
        return 2
    counts = Counter((c["split"], c["change"], "TP" if c["true"] else "FP", c["category"]) for c in changes)
    if args.json:
        print(json.dumps({"changes": len(changes),
                          "counts": [{"split": s, "change": ch, "kind": k, "category": cat, "n": n}
                                     for (s, ch, k, cat), n in sorted(counts.items())],
                          "findings": changes}, ensure_ascii=False))
        return 0
    for c in changes[: max(0, args.show)]:
        print(c["split"], "+" if c["change"] == "gained" else "-", c["category"], "TP" if c["true"] else "FP", c["context"])
    for (split, change, kind, category), n in sorted(counts.items()):
        print(f"{split} {change}-{kind} {category} {n}")
    print(f"changes: {len(changes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
