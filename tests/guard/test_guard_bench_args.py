"""bench/guard.py's --splits: an unknown split gets one clear line and exit 2, before presidio loads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("value,expected", [
    ("keystone,nowhere", "unknown split(s) nowhere; allowed: dev, heldout"),
    (",", "unknown split(s) (none given); allowed: dev"),
])
def test_unknown_split_gets_one_clear_error(value: str, expected: str) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "guard.py"), "--splits", value], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2
    assert run.stdout == ""
    assert expected in run.stderr and "Traceback" not in run.stderr and "loading presidio" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
