"""Fixtures of the automation tests: a private state dir, the recording stand-in for the Pulumi CLI,
and a copy of the project files the CLI may write to."""

from __future__ import annotations

import pytest

from tests.automation.stand_in import FakePulumi, project_copy


@pytest.fixture(autouse=True)
def _private_state_dir(request, tmp_path, monkeypatch):
    """Settings files and outputs land in a temporary LOOM_HOME, never in the checkout's .loom/
    (tests on the real local platform keep the platform's own)."""
    if request.node.get_closest_marker("platform") is None:
        monkeypatch.setenv("LOOM_HOME", str(tmp_path / "loom-home"))


@pytest.fixture
def fake_pulumi(tmp_path, monkeypatch) -> FakePulumi:
    """The recording stand-in for the Pulumi CLI, first on PATH."""
    return FakePulumi(tmp_path).install(monkeypatch)


@pytest.fixture
def project_root(tmp_path, monkeypatch):
    """A copy of Pulumi.yaml, stacks/ and policy/config/ that `Project.load()` (and so `loom stack`) uses."""
    root = project_copy(tmp_path)
    monkeypatch.setattr("loom.automation.project.REPO_ROOT", root)
    return root
