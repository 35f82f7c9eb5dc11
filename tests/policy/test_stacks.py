"""The pack against the real program: the six shipped stacks pass; a deliberately insecure stack
settings file fails with the expected rules; the CLI's exit codes and formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from loom.policycheck import DEFAULT_PACK_DIR, PolicySession

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = ["dev", "onprem", "edge", "aws", "gcp", "azure"]


def _loom(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "loom.cli", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def shipped_reports():
    from loom.preview import run_preview

    out = {}
    with PolicySession() as session:
        for stack in SHIPPED:
            per_stack = DEFAULT_PACK_DIR / "config" / f"{stack}.json"
            result = run_preview(stack=stack)
            out[stack] = session.check(result.resources, stack=stack,
                                       policy_config=str(per_stack) if per_stack.is_file() else None)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("stack", SHIPPED)
def test_shipped_stack_has_no_mandatory_violation(shipped_reports, stack):
    report = shipped_reports[stack]
    assert report.resources_analyzed > 20, "the preview produced almost nothing to check"
    assert not report.mandatory, "\n".join(f"{v.policy} {v.urn}: {v.message}" for v in report.mandatory)


@pytest.mark.slow
def test_insecure_stack_fails_with_the_expected_rules(tmp_path):
    out = tmp_path / "report.json"
    proc = _loom("policy", "check", "--config-file", str(FIXTURES / "Pulumi.insecure.yaml"),
                 "--policy-config", str(FIXTURES / "policy-eu-only.json"), "--format", "json", "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(out.read_text())
    assert doc["stack"] == "insecure" and doc["policies_evaluated"] >= 25
    failed = {v["policy"] for v in doc["violations"] if v["enforcementLevel"] == "mandatory"}
    assert {"database-backup-retention", "resource-location-allowed"} <= failed
    rds = [v for v in doc["violations"] if v["policy"] == "database-backup-retention"]
    assert rds and rds[0]["type"] == "aws:rds/instance:Instance" and "1 day" in rds[0]["message"]
    assert any(v["type"] == "aws:s3/bucket:Bucket" and "us-east-1" in v["message"]
               for v in doc["violations"] if v["policy"] == "resource-location-allowed")


@pytest.mark.slow
def test_cli_sarif_for_a_stack_is_schema_valid(tmp_path):
    out = tmp_path / "aws.sarif"
    proc = _loom("policy", "check", "--stack", "aws", "--format", "sarif", "-o", str(out))
    assert proc.returncode in (0, 1), proc.stderr
    doc = json.loads(out.read_text())
    jsonschema.Draft4Validator(json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())).validate(doc)
    assert doc["runs"][0]["automationDetails"]["id"] == "loom-policy/aws/"
    for result in doc["runs"][0]["results"]:
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "stacks/Pulumi.aws.yaml"


@pytest.mark.parametrize("args,fragment", [
    (["--stack", "aws", "--config-file", "x.yaml"], "give exactly one of --stack NAME or --config-file PATH"),
    ([], "give exactly one of --stack NAME or --config-file PATH"),
    (["--stack", "nope"], "stack 'nope' not found"),
    (["--config-file", "missing/Pulumi.x.yaml"], "no such stack settings file"),
])
def test_cli_bad_input_exits_2_without_traceback(args, fragment):
    proc = _loom("policy", "check", *args)
    assert proc.returncode == 2
    assert fragment in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("text,fragment", [
    ('{"no-bare-pods": "mandatory",', "not valid JSON at line 1"),
    ('{"no-such-rule": "advisory"}', "'no-such-rule' is not a policy of this pack"),
    ('{"resource-location-allowed": {"allowedRegions": ["eu-west-1", "europe-westt4"]}}',
     "allowedRegions[1] = 'europe-westt4' is invalid; allowed: a region or multi-region"),
    ('{"resource-location-allowed": {"allowedRegions": ["moon-*"]}}', "allowedRegions[0] = 'moon-*' matches nothing"),
])
def test_cli_bad_policy_config_is_one_line_and_exit_2(tmp_path, text, fragment):
    bad = tmp_path / "policy.json"
    bad.write_text(text)
    proc = _loom("policy", "check", "--stack", "dev", "--policy-config", str(bad))
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and fragment in lines[0], proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize("text", ['{"no-such-rule": "advisory"}', '{"no-bare-pods": "sometimes"}', "{"])
def test_cli_rejects_a_bad_policy_config_before_the_preview(tmp_path, monkeypatch, capsys, text):
    """A bad --policy-config fails against the pack's own policies before the (slow) preview runs."""
    import loom.preview
    from loom.cli import _run

    def no_preview(**_):
        raise AssertionError("the preview ran before the policy config was validated")

    monkeypatch.setattr(loom.preview, "run_preview", no_preview)
    bad = tmp_path / "p.json"
    bad.write_text(text)
    assert _run(["policy", "check", "--stack", "dev", "--policy-config", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "preview ran" not in err, err


def test_cli_bad_policy_config_exits_2(tmp_path):
    bad = tmp_path / "p.json"
    bad.write_text('{"no-bare-pods": "sometimes"}')
    proc = _loom("policy", "check", "--config-file", str(FIXTURES / "Pulumi.insecure.yaml"),
                 "--policy-config", str(bad))
    assert proc.returncode == 2
    assert "no-bare-pods.enforcementLevel = 'sometimes' is invalid" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_rules_lists_the_pack():
    proc = _loom("policy", "rules", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["pack"] == "loom" and len(doc["rules"]) >= 25
    assert {r["concern"] for r in doc["rules"]} == {"mesh", "workloads", "network", "secrets", "storage", "databases",
                                                   "clusters", "residency"}
