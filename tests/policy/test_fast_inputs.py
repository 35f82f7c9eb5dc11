"""The pack's conversion memo (policy/loom_policy/_fast_inputs.py) changes no result.

The same insecure stack checked twice through the real analyzer protocol: once as shipped, once
with pulumi-policy unmodified (LOOM_POLICY_PLAIN_SDK=1). Every violation must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def _check(tmp_path: Path, plain: bool) -> dict:
    out = tmp_path / f"report-{'plain' if plain else 'memo'}.json"
    env = dict(os.environ, LOOM_POLICY_PLAIN_SDK="1" if plain else "0")
    proc = subprocess.run([sys.executable, "-m", "loom.cli", "policy", "check", "--config-file", str(FIXTURES / "Pulumi.insecure.yaml"),
                           "--policy-config", str(FIXTURES / "policy-eu-only.json"), "--format", "json", "-o", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    return json.loads(out.read_text())


@pytest.mark.slow
def test_memoised_conversion_reports_exactly_what_the_plain_sdk_reports(tmp_path):
    memo, plain = _check(tmp_path, plain=False), _check(tmp_path, plain=True)
    key = lambda v: (v["urn"], v["policy"], v["message"])  # noqa: E731
    assert len(plain["violations"]) > 20, "the fixture must exercise many rules"
    assert sorted(memo["violations"], key=key) == sorted(plain["violations"], key=key)
    assert memo["policies_evaluated"] == plain["policies_evaluated"]
