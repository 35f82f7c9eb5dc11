"""The harness itself: starting the pack as the CLI does, bounded waits, config handling, remediation,
output formats. Broken packs are tiny throwaway packs in tmp dirs."""

from __future__ import annotations

import json
import os
import textwrap
import time
from pathlib import Path

import jsonschema
import pytest

from loom.errors import LoomError
from loom.policycheck import PolicySession, run_policy_check
from loom.policycheck import DEFAULT_PACK_DIR
from loom.policycheck.pack import PackError, PolicyPackProcess, pack_python
from loom.policycheck.report import render_sarif, render_text
from tests.policy import builders as b
from tests.policy import cloud as c

FIXTURES = Path(__file__).parent / "fixtures"
# Throwaway packs run on the real pack's interpreter (policy/.venv after `make install`): pulumi-policy
# lives there, not necessarily in the project's environment.
PY = pack_python(DEFAULT_PACK_DIR)


def _pack(tmp_path: Path, main: str) -> Path:
    d = tmp_path / "pack"
    d.mkdir()
    (d / "PulumiPolicy.yaml").write_text("runtime: python\nversion: 9.9.9\n")
    (d / "__main__.py").write_text(textwrap.dedent(main))
    return d


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a zombie still answers kill(0); it is dead once its state is Z or it vanished
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_crashing_pack_is_a_clear_error(tmp_path):
    pack = _pack(tmp_path, "raise RuntimeError('rule module is broken')\n")
    t = time.monotonic()
    with pytest.raises(PackError) as err:
        run_policy_check([b.stack()], stack="t", pack_dir=pack, timeout_s=20, python=PY)
    assert time.monotonic() - t < 15
    msg = str(err.value)
    assert "exited with code 1 before printing its port" in msg
    assert "rule module is broken" in msg  # the pack's own traceback is shown


def test_silent_pack_times_out_and_is_killed(tmp_path):
    pack = _pack(tmp_path, """\
        import os, pathlib, time
        pathlib.Path('pid').write_text(str(os.getpid()))
        time.sleep(600)
        """)
    t = time.monotonic()
    with pytest.raises(PackError, match=r"printed no port within 2s"):
        run_policy_check([b.stack()], stack="t", pack_dir=pack, timeout_s=2, python=PY)
    assert time.monotonic() - t < 10
    pid = int((pack / "pid").read_text())
    assert _gone(pid), "the silent pack was left running"


def test_pack_printing_garbage_instead_of_a_port(tmp_path):
    pack = _pack(tmp_path, "print('hello, not a port', flush=True)\nimport time; time.sleep(600)\n")
    with pytest.raises(PackError, match="instead of a port number"):
        run_policy_check([b.stack()], stack="t", pack_dir=pack, timeout_s=10, python=PY)


def test_not_a_pack_directory(tmp_path):
    with pytest.raises(LoomError, match="no PulumiPolicy.yaml"):
        run_policy_check([], stack="t", pack_dir=tmp_path)


def test_policy_raising_during_analyze_is_reported(tmp_path):
    pack = _pack(tmp_path, """\
        from pulumi_policy import PolicyPack, ResourceValidationPolicy
        def boom(args, report):
            raise ValueError('bug in rule')
        PolicyPack('broken', [ResourceValidationPolicy('boom', 'always fails', boom)])
        """)
    with pytest.raises(PackError, match=r"failed during Analyze of .*bug in rule|failed during Analyze of"):
        run_policy_check([b.deployment()], stack="t", pack_dir=pack, python=PY)


def test_pack_process_is_stopped_after_a_check():
    with PolicyPackProcess(Path(__file__).parents[2] / "policy") as proc:
        pid = proc.proc.pid
    assert _gone(pid)


def test_pack_version_comes_from_pulumipolicy_yaml(policy_session):
    assert policy_session.version == "0.1.0"  # the SDK itself always answers 0.0.1


# --- configuration (the CLI's --policy-pack-config format) -------------------------------------------
def test_enforcement_level_override_and_all(policy_session):
    res = [b.stack(), b.pod()]
    rep = policy_session.check(res, stack="t", policy_config={"no-bare-pods": "advisory"})
    bare = [v for v in rep.violations if v.policy == "no-bare-pods"]
    assert bare and all(v.enforcementLevel == "advisory" for v in bare)
    rep = policy_session.check(res, stack="t", policy_config={"all": "advisory"})
    assert rep.violations and not rep.mandatory and rep.exit_code == 0
    rep = policy_session.check(res, stack="t", policy_config={"all": "disabled"})
    assert rep.violations == [] and rep.policies_evaluated == 0


def test_config_file_is_read(policy_session, tmp_path):
    f = tmp_path / "policy.json"
    f.write_text(json.dumps({"image-pinned-by-digest": {"enforcementLevel": "advisory"}}))
    dep = b.deployment(containers=[b.container(image="ghcr.io/x/y:1.0")])
    rep = policy_session.check([b.stack(), dep], stack="t", policy_config=str(f))
    assert [v.enforcementLevel for v in rep.violations if v.policy == "image-pinned-by-digest"] == ["advisory"]


@pytest.mark.parametrize("doc,fragment", [
    ({"no-such-policy": "mandatory"}, "'no-such-policy' is not a policy of this pack"),
    ({"no-bare-pods": "sometimes"}, "no-bare-pods.enforcementLevel = 'sometimes' is invalid"),
    ({"database-backup-retention": {"minRetentionDays": "seven"}}, "database-backup-retention.minRetentionDays"),
    ({"database-backup-retention": {"minRetentionDays": 0}}, "minimum of 1"),
    ({"no-bare-pods": 3}, "no-bare-pods = 3 is invalid"),
    ([1, 2], "must be a JSON object"),
])
def test_bad_policy_config_is_one_clear_error(policy_session, doc, fragment):
    with pytest.raises(LoomError) as err:
        policy_session.check([b.stack()], stack="t", policy_config=doc)
    assert fragment in str(err.value)
    assert err.value.exit_code == 2


def test_bad_config_file(policy_session, tmp_path):
    f = tmp_path / "bad.json"
    f.write_text("{not json")
    with pytest.raises(LoomError, match=r"bad.json: not valid JSON at line 1"):
        policy_session.check([b.stack()], stack="t", policy_config=str(f))
    with pytest.raises(LoomError, match="cannot read policy config"):
        policy_session.check([b.stack()], stack="t", policy_config=str(tmp_path / "missing.json"))


# --- remediation ---------------------------------------------------------------------------------
def test_remediation_adds_the_classification_label(policy_session):
    dep = b.deployment(labels={}, pod_labels={})
    ns = b.namespace("loom-data", {"istio-injection": "enabled"})
    before = policy_session.check([b.stack(), dep, ns], stack="t")
    assert {v.urn for v in before.violations if v.policy == "data-classification-label"} == {dep.urn, ns.urn}
    after = policy_session.check([b.stack(), dep, ns], stack="t", policy_config={
        "data-classification-label": {"enforcementLevel": "remediate", "defaultValue": "confidential"}})
    assert not [v for v in after.violations if v.policy == "data-classification-label"]
    assert {(r.policy, r.urn) for r in after.remediations} == {("data-classification-label", dep.urn),
                                                              ("data-classification-label", ns.urn)}
    assert dep.inputs["metadata"]["labels"] == {}  # the caller's graph is not mutated


def test_remediation_never_overrides_a_present_value(policy_session):
    dep = b.deployment(labels={"loom.io/data-classification": "secret"})
    rep = policy_session.check([b.stack(), dep], stack="t",
                               policy_config={"data-classification-label": "remediate"})
    assert not rep.remediations
    # a remediate-level policy still failing is reported as mandatory, as the SDK does
    assert [v.enforcementLevel for v in rep.violations if v.policy == "data-classification-label"] == ["mandatory"]


def test_remediation_disables_privilege_escalation(policy_session):
    dep = b.deployment(containers=[b.container(securityContext={"runAsNonRoot": True})])
    rep = policy_session.check([b.stack(), dep], stack="t", policy_config={"pod-security-restricted": "remediate"})
    assert [r.policy for r in rep.remediations] == ["pod-security-restricted"]
    left = [v.message for v in rep.violations if v.policy == "pod-security-restricted"]
    assert left and not [m for m in left if "Privilege Escalation" in m], left  # the other controls still fail


def test_remediation_is_the_same_on_every_check_of_a_session(policy_session):
    """The conversion memo never caches remediation's inputs: it mutates them (secrets-preserving proxy)."""
    dep = b.deployment(containers=[b.container(securityContext={"runAsNonRoot": True})])
    cfg = {"pod-security-restricted": "remediate"}
    first = policy_session.check([b.stack(), dep], stack="t", policy_config=cfg)
    second = policy_session.check([b.stack(), dep], stack="t", policy_config=cfg)
    assert [r.policy for r in first.remediations] == [r.policy for r in second.remediations] == ["pod-security-restricted"]


# --- output formats --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def mixed_report():
    bucket = c.s3_bucket("lake", protect=False)
    with PolicySession() as session:
        return session.check([b.stack(), b.pod(), bucket, *b.mesh_baseline()], stack="unit",
                             policy_config={"no-bare-pods": "advisory"})


def test_text_groups_violations_by_resource(mixed_report):
    text = render_text(mixed_report)
    pod_block = text.split("kubernetes:core/v1:Pod (debug)")[1].split("\n\n")[0]
    assert "[advisory] [medium] no-bare-pods" in pod_block
    assert "aws:s3/bucket:Bucket (lake)" in text
    assert text.rstrip().endswith("advisory violation(s)")
    assert "Policy check FAILED" in text


def test_json_shape(mixed_report):
    doc = json.loads(json.dumps(mixed_report.to_json()))
    assert set(doc) == {"stack", "violations", "policies_evaluated"}
    assert doc["stack"] == "unit" and doc["policies_evaluated"] == len(mixed_report.policies)
    for v in doc["violations"]:
        assert set(v) == {"policy", "urn", "type", "message", "enforcementLevel", "severity"}
    assert {"policy": "no-bare-pods", "type": "kubernetes:core/v1:Pod", "enforcementLevel": "advisory",
            "severity": "medium"}.items() <= next(v for v in doc["violations"] if v["policy"] == "no-bare-pods").items()


def test_sarif_validates_against_the_official_schema(mixed_report):
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    doc = json.loads(json.dumps(render_sarif(mixed_report, artifact_uri="stacks/Pulumi.unit.yaml")))
    jsonschema.Draft4Validator(schema).validate(doc)
    run = doc["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) >= 25
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "stacks/Pulumi.unit.yaml"
        assert result["partialFingerprints"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["no-bare-pods"] == "warning" and levels["stateful-stores-protected"] == "error"
    for rule in run["tool"]["driver"]["rules"]:
        assert 0 < float(rule["properties"]["security-severity"]) <= 10


def test_sarif_schema_rejects_a_broken_document():
    """The validation above can fail: the schema catches a result without a message."""
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text())
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(bad)


def test_a_pack_that_prints_a_lot_after_its_port_does_not_block(tmp_path):
    """A policy that print()s on every call would fill the stdout pipe if nobody read it."""
    pack = _pack(tmp_path, """\
        from pulumi_policy import PolicyPack, ResourceValidationPolicy
        def chatty(args, report):
            print('x' * 65536, flush=True)
            report('seen')
        PolicyPack('chatty', [ResourceValidationPolicy('chatty', 'prints a lot', chatty)])
        """)
    res = [b.deployment(name=f"d{i}") for i in range(8)]
    report = run_policy_check(res, stack="t", pack_dir=pack, timeout_s=20, python=PY)
    assert len([v for v in report.violations if v.policy == "chatty"]) == 8


def test_missing_pulumi_policy_gives_a_setup_hint(tmp_path):
    pack = _pack(tmp_path, "raise ModuleNotFoundError(\"No module named 'pulumi_policy'\")\n")
    with pytest.raises(PackError, match="make install"):
        run_policy_check([b.stack()], stack="t", pack_dir=pack, timeout_s=20, python=PY)


# --- values unknown during `pulumi preview` ---------------------------------------------------------
UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"  # how the engine marshals an unknown string


def test_unknown_join_keys_fall_back_to_the_dependency_graph(policy_session):
    """In a real preview a settings resource's `bucket` is the bucket's id, unknown until creation;
    the join must use the dependency instead of aborting the whole stack policy."""
    lake = c.s3_bucket("lake")
    models = c.s3_bucket("models")
    settings = c.s3_settings(lake) + c.s3_settings(models)
    for r in settings:
        r.inputs["bucket"] = UNKNOWN
    rds = c.rds(parameterGroupName=UNKNOWN, engineVersion="14.12")
    pg = c.rds_params()
    rds.dependencies = [pg.urn]
    rep = policy_session.check([b.stack(), lake, models, *settings, rds, pg], stack="t")
    assert not [v for v in rep.violations if v.policy.startswith("object-store-") or v.policy == "database-tls-required"]
    assert not [v for v in rep.violations if "can't be known during preview" in v.message]


def test_an_unknown_checked_value_is_advisory_not_a_false_violation(policy_session):
    """An unknown value a rule must judge is the SDK's advisory 'can't run during preview'."""
    rds = c.rds(storageEncrypted=UNKNOWN)
    rep = policy_session.check([b.stack(), rds], stack="t")
    enc = [v for v in rep.violations if v.policy == "database-encrypted"]
    assert enc and all(v.enforcementLevel == "advisory" and "during preview" in v.message for v in enc)
