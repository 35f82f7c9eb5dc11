"""workloads/guard/regression.py: a dump of every finding, and a comparison that lists what changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workloads.guard.regression import RegressionError, compare, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def small_dump(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dump") / "base.json"
    assert main(["dump", str(out), "--splits", "dev,keystone", "--samples", "12"]) == 0
    return out


def test_a_dump_holds_each_sample_and_compares_equal_to_itself(small_dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(small_dump.read_text())
    assert list(data) == ["dev", "keystone"] and all(len(rows) == 12 for rows in data.values())
    assert any(row["findings"] for row in data["keystone"])
    assert not list(small_dump.parent.glob("*.partial"))
    assert main(["compare", str(small_dump), str(small_dump), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {"changes": 0, "counts": [], "findings": []}


def test_compare_lists_a_lost_true_finding_and_a_gained_false_one(small_dump: Path) -> None:
    base = json.loads(small_dump.read_text())
    new = json.loads(small_dump.read_text())
    row = next(r for r in new["keystone"] if r["findings"] and r["labels"])
    labelled = next(f for f in row["findings"] if any(f[0] == c and f[1] < e and s < f[2] for c, s, e in row["labels"]))
    row["findings"].remove(labelled)
    free = next(i for i in range(len(row["text"]) - 3) if not any(s <= i < e for _, s, e in row["labels"]))
    row["findings"].append(["person", free, free + 2])
    changes = compare(base, new)
    assert {(c["change"], c["true"], c["category"]) for c in changes} == {("lost", True, labelled[0]), ("gained", False, "person")}
    assert all(c["split"] == "keystone" and "[[" in c["context"] for c in changes)


def test_compare_refuses_dumps_of_different_corpora(small_dump: Path) -> None:
    base = json.loads(small_dump.read_text())
    other = json.loads(small_dump.read_text())
    other["dev"][3]["text"] += " changed"
    with pytest.raises(RegressionError, match="sample 3 differs"):
        compare(base, other)
    other["dev"] = other["dev"][:5]
    with pytest.raises(RegressionError, match="same --samples"):
        compare(base, other)


@pytest.mark.parametrize("args,expected", [
    (["dump", "OUT", "--splits", "dev,nowhere"], "unknown split(s) nowhere; allowed: dev, heldout"),
    (["dump", "OUT", "--samples", "0"], "--samples and --jobs must be at least 1"),
    (["dump", "/nonexistent-dir/out.json", "--splits", "dev", "--samples", "1"], "cannot write /nonexistent-dir/out.json"),
    (["compare", "MISSING", "MISSING"], "MISSING: No such file or directory"),
    (["compare", "NOTJSON", "NOTJSON"], "is not a dump (not JSON"),
])
def test_bad_input_gets_one_clear_error(tmp_path: Path, args: list[str], expected: str) -> None:
    (tmp_path / "NOTJSON").write_text("{not json")
    args = [str(tmp_path / a) if a in ("OUT", "MISSING", "NOTJSON") else a for a in args]
    run = subprocess.run([sys.executable, "-m", "workloads.guard.regression", *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    assert expected in run.stderr.strip().splitlines()[-1]
    assert not list(tmp_path.glob("OUT*"))
