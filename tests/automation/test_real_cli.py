"""What only the real Pulumi CLI can confirm about the assumptions the stand-in encodes. Skipped
where `pulumi` is not on PATH (it cannot be installed where Loom is built; docs/automation.md).

Run where it is installed: `.venv/bin/pytest tests/automation/test_real_cli.py` (a file:// backend
in a temporary folder; no cloud, no cluster)."""

from __future__ import annotations

import json
import shutil

import pytest

from loom.automation.deployed import DeployedState, read_deployed_state, write_settings_file
from loom.automation.project import Project
from loom.automation.record import RECORD_KEY, RolloutRecord
from loom.automation.tracks import TrackState
from loom.automation.workspace import PulumiWorkspace

from tests.automation.stand_in import project_copy

pytestmark = [
    pytest.mark.needs_pulumi_cli,
    pytest.mark.skipif(shutil.which("pulumi") is None, reason="needs the Pulumi CLI on PATH (not installable offline here; see docs/automation.md)"),
]


@pytest.fixture
def local_backend(tmp_path, monkeypatch):
    monkeypatch.setenv("PULUMI_BACKEND_URL", f"file://{tmp_path / 'state'}")
    monkeypatch.setenv("PULUMI_CONFIG_PASSPHRASE", "test-only")
    (tmp_path / "state").mkdir()
    return Project.load(project_copy(tmp_path))


def test_a_new_stack_has_no_history_so_the_tracked_settings_apply(local_backend):
    stack = PulumiWorkspace(local_backend).stack("dev", create=True)
    assert stack.history(page_size=20, page=1) == []
    state = read_deployed_state(stack, local_backend, "dev")
    assert state.record is None and state.tracks.canary_weight == 0


def test_the_cli_reads_the_generated_settings_file_with_typed_values_and_the_record(local_backend):
    """`pulumi config --json --config-file F` sees the canary weight as a number, the switch as a
    boolean and the record as an object: what `pulumi up --config-file F` deploys."""
    from pulumi.automation import PulumiCommand

    stack = PulumiWorkspace(local_backend).stack("dev", create=True)
    previous = TrackState(False, 0, None, None, "models")
    record = RolloutRecord.begin(model="generator", version="models/v3", steps=(50, 100), image=None, promote=True, previous=previous).at(step=0)
    path = write_settings_file(local_backend, "dev", DeployedState(TrackState(True, 50, "models/v3", None, "models"), record))
    result = PulumiCommand().run(
        ["config", "--json", "--config-file", str(path), "--stack", stack.name], str(local_backend.root), {}
    )
    config = json.loads(result.stdout)
    triton = config["loom:triton"].get("objectValue") or json.loads(config["loom:triton"]["value"])
    assert triton["canary"]["weight"] == 50 and triton["canary"]["enabled"] is True
    recorded = config[RECORD_KEY].get("objectValue") or json.loads(config[RECORD_KEY]["value"])
    assert RolloutRecord.from_config(recorded) == record
