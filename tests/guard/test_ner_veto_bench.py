"""bench/ner_veto.py's bad input: one clear line, exit 2, no traceback, before any model loads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("args,expected", [
    (["--splits", "dev,nowhere"], "unknown split(s) nowhere; allowed: dev, heldout"),
    (["--samples", "0"], "--samples must be at least 1"),
])
def test_bad_input_gets_one_clear_error(args: list[str], expected: str) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "ner_veto.py"), *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2
    assert run.stdout == ""
    assert expected in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
