"""The guard finds the same things whatever Python's hash seed is.

Word lists are frozensets, and some rules build their patterns from them: a pattern built in set order can differ
from one interpreter to the next. Round 62's first draft of a species list split "guinea[ ]pig" into two words, and
the broken character class it made caught different words under different seeds: "Meneer Snuffel (konijn)" was a
pet in one process and a person in the next. The corpus regression compares dumps made by different processes, so
such a rule would show as changes nobody made. This test scans the same texts under two seeds and compares.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
import json
from workloads.guard import Scanner
from workloads.guard.corpus import generate
scanner = Scanner()
texts = [sample.text for split in ("dev", "flysch", "kopje", "flatiron") for sample in generate(150, seed=7, split=split)]
texts.append("Deze week op het spreekuur: Meneer Snuffel (konijn) en poes Mimi.")  # round 62's case
print(json.dumps([[(f.start, f.end, f.category) for f in scanner.scan(t).findings] for t in texts]))
"""


def _scan_under(seed: str) -> list[list[list[object]]]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=600, check=True)
    return json.loads(proc.stdout)


def test_findings_do_not_depend_on_the_hash_seed() -> None:
    runs = {seed: _scan_under(seed) for seed in ("1", "6", "9")}
    assert {len(run) for run in runs.values()} == {601}
    for seed, run in runs.items():
        differing = [i for i, (a, b) in enumerate(zip(runs["1"], run)) if a != b]
        assert differing == [], f"{len(differing)} of 601 texts scanned differently under PYTHONHASHSEED 1 and {seed}"
