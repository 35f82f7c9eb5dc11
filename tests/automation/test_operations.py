"""StackOps against a fake workspace: the policy gate in front of up, the pack and the env's policy
config on every preview and up (the same file the offline check gets), the settings file each
operation deploys, outputs written as JSON, and the adapter over `loom policy check`'s interface."""

from __future__ import annotations

import json

import pytest

from loom.automation.operations import PolicyRefused, StackOps
from loom.automation.policy import PolicyVerdict, parse_policy_check, policy_check_command
from loom.automation.project import Project, qualified_stack_name
from loom.automation.workspace import OutputItem
from loom.errors import LoomError
from loom.reference import load_contract_file

from tests.automation.fakes import CONTRACT, REPO_ROOT, FakePolicy, FakeStack, FakeWorkspace

VIOLATION = {
    "policy": "mesh-mtls-strict",
    "urn": "urn:pulumi:dev::loom::kubernetes:security.istio.io/v1:PeerAuthentication::default",
    "type": "kubernetes:security.istio.io/v1:PeerAuthentication",
    "message": "mode must be STRICT",
    "enforcementLevel": "mandatory",
    "severity": "high",
}


@pytest.fixture
def loom_home(tmp_path, monkeypatch):
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    return tmp_path


def make(policy=None, outputs=None):
    log: list = []
    stack = FakeStack("dev", log, outputs=outputs)
    ws = FakeWorkspace(stack)
    policy = policy or FakePolicy(log=log)
    notes: list[str] = []
    return StackOps(ws, policy_check=policy, notify=notes.append), stack, log, ws, notes


def test_up_is_refused_when_the_offline_policy_check_fails(loom_home):
    policy = FakePolicy([PolicyVerdict(False, [VIOLATION], 14)])
    ops, stack, log, _, _ = make(policy)
    with pytest.raises(PolicyRefused) as err:
        ops.up("dev")
    assert err.value.exit_code == 1
    assert "up refused for 'dev': 1 mandatory violation(s): mesh-mtls-strict" in str(err.value)
    assert stack.ups == 0 and ("up",) not in [e[:1] for e in log]
    assert not (loom_home / "stacks" / "dev" / "outputs.json").exists()


def test_advisory_only_violations_do_not_block_up(loom_home):
    advisory = dict(VIOLATION, enforcementLevel="advisory")
    ops, stack, log, _, _ = make(FakePolicy([PolicyVerdict(True, [advisory], 14)]))
    ops.up("dev")
    assert stack.ups == 1


def test_up_checks_policies_first_attaches_the_pack_and_writes_outputs(loom_home):
    secret_outputs = {**{k: OutputItem(v) for k, v in CONTRACT.items()}, "admin_token": OutputItem("s3cr3t", secret=True)}
    ops, stack, log, ws, notes = make(outputs=secret_outputs)
    result = ops.up("dev", message="release 42")

    assert [e[0] for e in log] == ["history", "policy", "up"]
    assert stack.calls == [("up", [str(REPO_ROOT / "policy")], [str(REPO_ROOT / "policy" / "config" / "dev.json")], "release 42")]
    assert ws.opened == [("dev", False, None)]
    assert result.changes == {"update": 1, "same": 5}
    path = loom_home / "stacks" / "dev" / "outputs.json"
    written = json.loads(path.read_text())
    assert written["admin_token"] == "[secret]"  # secrets never land on disk in clear text
    assert written["inference"] == CONTRACT["inference"]
    assert load_contract_file(path).mesh.namespace == "loom-serving"  # PlatformReference reads it back
    assert any("policy check" in n for n in notes)
    assert not list(path.parent.glob(".outputs.json.*"))  # no temp file left behind


def test_preview_attaches_the_pack_and_its_config_without_the_offline_check():
    ops, stack, log, _, _ = make()
    ops.preview("dev")
    assert stack.calls == [("preview", [str(REPO_ROOT / "policy")], [str(REPO_ROOT / "policy" / "config" / "dev.json")])]
    assert [e[0] for e in log] == ["history", "preview"]


@pytest.mark.parametrize("env", ["dev", "onprem", "edge", "aws", "gcp", "azure"])
def test_the_engine_and_the_offline_check_get_the_same_policy_config(loom_home, env):
    """The file `loom policy check --stack ENV` reads by default (policy/config/<env>.json when it
    exists) is the one the engine gets with --policy-pack-config, and the one the gate checks with."""
    from loom.commands.policy import _default_policy_config
    from loom.policycheck import DEFAULT_PACK_DIR

    policy = FakePolicy()
    ops, stack, log, _, _ = make(policy)
    ops.up(env)
    offline_default = _default_policy_config(DEFAULT_PACK_DIR, env)
    (_, _, engine_configs, _), = [c for c in stack.calls if c[0] == "up"]
    (_, settings_file, gate_config), = policy.given
    assert engine_configs == ([str(offline_default)] if offline_default else [])
    assert gate_config == offline_default
    assert settings_file == loom_home / "stacks" / env / f"Pulumi.{env}.yaml"


def test_the_offline_check_runs_over_the_deployed_settings_file_with_the_policy_config(tmp_path):
    settings, config = tmp_path / "Pulumi.aws.yaml", tmp_path / "aws.json"
    cmd = policy_check_command("aws", settings_file=settings, policy_config=config)
    assert cmd[1:] == ["-m", "loom.cli", "policy", "check", "--config-file", str(settings), "--policy-config", str(config), "--format", "json"]
    assert policy_check_command("edge")[3:] == ["policy", "check", "--stack", "edge", "--format", "json"]


def test_unknown_env_fails_before_the_workspace_is_touched():
    ops, stack, log, ws, _ = make()
    with pytest.raises(LoomError, match=r"--env 'prod': no stack settings file stacks/Pulumi.prod.yaml; known environments: .*aws"):
        ops.up("prod")
    assert ws.opened == [] and log == []


def test_org_qualifies_the_stack_name(monkeypatch):
    monkeypatch.delenv("LOOM_PULUMI_ORG", raising=False)
    assert qualified_stack_name("aws") == "aws"
    assert qualified_stack_name("aws", "acme") == "acme/loom/aws"
    monkeypatch.setenv("LOOM_PULUMI_ORG", "platform-team")
    assert qualified_stack_name("gcp") == "platform-team/loom/gcp"
    log: list = []
    ws = FakeWorkspace(FakeStack("x", log))
    StackOps(ws, policy_check=FakePolicy(), org="acme").open("aws", create=True, secrets_provider="awskms://alias/pulumi")
    assert ws.opened == [("acme/loom/aws", True, "awskms://alias/pulumi")]


def test_destroy_passes_exclude_protected():
    ops, stack, *_ = make()
    ops.destroy("dev", exclude_protected=True)
    assert stack.calls == [("destroy", True)]


def test_outputs_masks_secrets_unless_asked(loom_home):
    outs = {"contract_version": OutputItem("1.0"), "token": OutputItem("t", secret=True)}
    ops, *_ = make(outputs=outs)
    assert ops.outputs("dev") == {"contract_version": "1.0", "token": "[secret]"}
    ops.show_secrets = True
    assert ops.outputs("dev")["token"] == "t"


def test_project_reads_pulumi_yaml_and_the_stack_config_dir():
    project = Project.load(REPO_ROOT)
    assert project.stack_config_dir == REPO_ROOT / "stacks"
    assert {"dev", "aws", "gcp", "azure", "onprem", "edge"} <= set(project.environments())
    assert "loom:triton" in project.stack_settings("dev")
    with pytest.raises(LoomError, match="not a valid environment name"):
        project.settings_file("../etc")


# -- the adapter over `loom policy check --stack ENV --format json` (interface fixed by issue 3) --


def test_policy_check_exit_0_passes():
    v = parse_policy_check(0, json.dumps({"stack": "dev", "violations": [], "policies_evaluated": 14}), "", env="dev")
    assert v.passed and v.policies_evaluated == 14 and v.summary() == "14 policies, no mandatory violation"


def test_policy_check_exit_1_lists_mandatory_violations():
    report = {"stack": "dev", "violations": [VIOLATION, dict(VIOLATION, policy="x", enforcementLevel="advisory")], "policies_evaluated": 14}
    v = parse_policy_check(1, json.dumps(report), "", env="dev")
    assert not v.passed and [m["policy"] for m in v.mandatory] == ["mesh-mtls-strict"]


@pytest.mark.parametrize(
    "code, out, err, message",
    [
        (2, "", "error: stacks/Pulumi.dev.yaml: loom:triton.canary.weight = 120 is invalid", "could not run: error: stacks/Pulumi.dev.yaml"),
        (1, "", "Traceback ...\nModuleNotFoundError: No module named 'x'", "printed no JSON report"),
        (137, "", "", "exit code 137"),
    ],
)
def test_policy_check_that_cannot_run_is_an_error_not_a_pass(code, out, err, message):
    with pytest.raises(LoomError, match=message):
        parse_policy_check(code, out, err, env="dev")


@pytest.mark.slow
def test_the_adapter_runs_the_real_offline_check_on_a_shipped_stack():
    """The real `loom policy check --stack dev --format json` in a subprocess (about 5 s): its exit
    code and its JSON agree with the verdict the adapter builds (whether dev is clean today is the
    policy pack's own tests' business, tests/policy)."""
    from loom.automation.policy import check_stack_policies

    verdict = check_stack_policies("dev", repo_root=REPO_ROOT, timeout_s=120)
    assert verdict.policies_evaluated > 0
    assert all({"policy", "enforcementLevel", "urn", "message"} <= set(v) for v in verdict.violations)
    assert verdict.passed == (not verdict.mandatory), verdict.summary()


@pytest.mark.slow
def test_the_real_offline_check_reads_a_settings_file_with_a_rollout_record(loom_home):
    """The settings file an update of a rollout deploys (a candidate at 50 %, the record under
    `loom-rollout:record`) goes through the real `loom policy check --config-file --policy-config`:
    the program ignores the record's namespace and the check judges the candidate's settings."""
    from loom.automation.deployed import DeployedState, write_settings_file
    from loom.automation.policy import check_stack_policies
    from loom.automation.record import RolloutRecord
    from loom.automation.tracks import TrackState

    project = Project.load(REPO_ROOT)
    previous = TrackState(False, 0, None, None, "models")
    record = RolloutRecord.begin(model="generator", version="models/v3", steps=(50, 100), image=None, promote=True, previous=previous).at(step=0)
    state = DeployedState(TrackState(True, 50, "models/v3", None, "models"), record)
    settings = write_settings_file(project, "aws", state)
    verdict = check_stack_policies("aws", repo_root=REPO_ROOT, settings_file=settings, policy_config=project.policy_config_file("aws"), timeout_s=300)
    assert verdict.policies_evaluated > 0
    assert all({"policy", "enforcementLevel", "urn", "message"} <= set(v) for v in verdict.violations)
