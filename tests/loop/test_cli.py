"""`loom feedback`, `loom kpi`, `loom drift check`: clear errors (exit 2) and real writes.

Each command runs at least once through the real entry point (a subprocess: the installed `loom`
script, its imports, its exit code); the bad-input cases call the same entry point in-process
(`loom.cli.main`, stdout and stderr captured), which spares a fresh interpreter's imports
(pyarrow, scipy: about a second each) per case and checks the same exit code and message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loom.cli import main
from tests.loop.conftest import clean
from workloads.lake import Lake, interaction_event

LOOM = str(Path(sys.executable).with_name("loom"))


def loom(home, *args):
    env = {"LOOM_HOME": str(home), "PATH": str(Path(sys.executable).parent), "HOME": str(home)}
    return subprocess.run([LOOM, *args], capture_output=True, text=True, env=env, timeout=120)


def loom_in_process(home, monkeypatch, capsys, *args):
    """`loom ARGS` through `loom.cli.main` in this process, with the subprocess's environment."""
    monkeypatch.setenv("LOOM_HOME", str(home))
    monkeypatch.setenv("HOME", str(home))
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["loom", *args], exit_info.value.code, out, err)


@pytest.fixture()
def home(tmp_path):
    Lake(tmp_path / "lake").append("interactions", [interaction_event(request_id="req-1", question="q?", answer="a", scan=clean)])
    return tmp_path


def test_feedback_stores_a_correction_joined_to_its_request(home):
    r = loom(home, "feedback", "req-1", "--source", "chunk-9", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["stored"] is True
    rows = Lake(home / "lake").read("corrections").to_pylist()
    assert [(x["request_id"], x["source_id"]) for x in rows] == [("req-1", "chunk-9")]


@pytest.mark.parametrize(
    "args,msg",
    [
        (("feedback", "req-1"), "exactly one of --answer TEXT or --source ID"),
        (("feedback", "req-1", "--answer", "x", "--source", "y"), "exactly one"),
        (("feedback", "nope", "--answer", "x"), "request id 'nope' has no logged interaction"),
        (("kpi", "latency", "nan"), "finite"),
        (("kpi", "latency", "1", "--dim", "novalue"), "key=value"),
        (("drift", "check", "--current", "3 days"), "--current: '3 days' is not understood"),
        (("drift", "check", "--reference", "2026-11-08/2026-11-01"), "ends before it starts"),
        (("drift", "check", "--threshold", "0"), "--threshold"),
        (("drift", "check", "--feature-threshold", "color=0.1"), "FEATURE=KL"),
    ],
)
def test_bad_input_is_one_clear_error_and_exit_2(home, args, msg, monkeypatch, capsys):
    r = loom_in_process(home, monkeypatch, capsys, *args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert msg in r.stderr and "Traceback" not in r.stderr


def test_kpi_and_drift_check_json(home):
    assert loom(home, "kpi", "answer_quality", "0.82", "--dim", "team=search").returncode == 0
    kpis = Lake(home / "lake").read("kpis").to_pylist()
    assert kpis[0]["name"] == "answer_quality" and kpis[0]["dimensions"] == [("team", "search")]
    r = loom(home, "drift", "check", "--json", "--no-mlflow")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["triggered"] is False and doc["current_n"] == 1
    assert all("at least 100 needed" in f["reason"] for f in doc["features"])
    assert Lake(home / "lake").read("drift_reports").num_rows == 4


def test_bad_input_through_the_installed_script_is_one_clear_error_and_exit_2(home):
    """The same refusal as above, once through the real `loom` executable."""
    r = loom(home, "drift", "check", "--threshold", "0")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "--threshold" in r.stderr and "Traceback" not in r.stderr


def test_demo_without_a_running_platform_says_so(tmp_path):
    r = loom(tmp_path, "demo", "--json")
    assert r.returncode == 2 and "loom up --detach" in r.stderr and "Traceback" not in r.stderr
