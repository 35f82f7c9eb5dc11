"""Every layer reads $LOOM_HOME the same way (contract.env.loom_home): the local platform writes
outputs.json and the lake where the automation, the loop commands and the lake's writer look."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract.env import LOOM_HOME, LOOM_LAKE_URI, loom_home


@pytest.mark.parametrize("value", ["~/loom-state", "relative/state", "/abs/state"])
def test_every_reader_of_loom_home_agrees(monkeypatch, tmp_path, value):
    from loom.automation.project import state_dir
    from loom.commands.loop import lake_uri
    from loom.local.paths import loom_home as local_home
    from workloads.lake.store import default_lake_uri

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv(LOOM_HOME, value)
    monkeypatch.delenv(LOOM_LAKE_URI, raising=False)
    expected = Path(value).expanduser().resolve()
    assert loom_home() == local_home() == state_dir() == state_dir(tmp_path) == expected
    assert Path(default_lake_uri()) == Path(lake_uri()) == expected / "lake"


def test_without_loom_home_state_lives_in_the_repository(monkeypatch):
    from loom.automation.project import state_dir

    monkeypatch.delenv(LOOM_HOME, raising=False)
    repo = Path(__file__).resolve().parents[2]
    assert loom_home() == state_dir() == repo / ".loom"
