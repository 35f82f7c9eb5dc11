"""`loom up` / `loom down` as processes: nothing is left behind, detached or in the foreground."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loom.local.ports import Ports
from loom.local.processes import group_members

pytestmark = [pytest.mark.platform, pytest.mark.slow]
LOOM = str(Path(sys.executable).parent / "loom")


def _port_args(ports: Ports) -> list[str]:
    return [
        "--http-port", str(ports.http), "--grpc-port", str(ports.grpc), "--metrics-port", str(ports.metrics),
        "--milvus-port", str(ports.milvus), "--mlflow-port", str(ports.mlflow),
    ]


def _groups(home: Path) -> list[int]:
    state = json.loads((home / "run" / "platform.json").read_text())
    return [p["pgid"] for p in state["processes"]]


def test_detached_up_then_down_leaves_no_process(tmp_path):
    env = dict(os.environ, LOOM_HOME=str(tmp_path))
    up = subprocess.run([LOOM, "up", "--detach", "--no-index-docs", "--json", *_port_args(Ports.random())],
                        env=env, capture_output=True, text=True, timeout=300)
    groups = _groups(tmp_path) if (tmp_path / "run" / "platform.json").exists() else []
    try:
        assert up.returncode == 0, up.stderr
        assert json.loads(up.stdout)["environment"] == "local"
        assert len(groups) == 3 and all(group_members(g) for g in groups)
    finally:
        down = subprocess.run([LOOM, "down"], env=env, capture_output=True, text=True, timeout=120)
    assert down.returncode == 0, down.stderr
    assert "stopped milvus, mlflow, triton" in down.stdout
    assert [g for g in groups if group_members(g)] == []
    assert not (tmp_path / "outputs.json").exists() and not (tmp_path / "run" / "platform.json").exists()
    again = subprocess.run([LOOM, "down"], env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "nothing was running" in again.stdout


def test_foreground_up_stops_everything_on_ctrl_c(tmp_path):
    env = dict(os.environ, LOOM_HOME=str(tmp_path))
    proc = subprocess.Popen([LOOM, "up", "--no-index-docs", "--json", *_port_args(Ports.random())],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while not (tmp_path / "outputs.json").exists():
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the platform did not come up"
            time.sleep(0.5)
        groups = _groups(tmp_path)
        assert all(group_members(g) for g in groups)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            subprocess.run([LOOM, "down"], env=env, timeout=120)
    assert proc.returncode == 0, err
    assert [g for g in groups if group_members(g)] == []
    assert not (tmp_path / "run" / "platform.json").exists()


def test_up_again_after_down_serves_what_was_indexed(tmp_path):
    """The quickstart run twice: Milvus Lite restarts with its collections released, not loaded."""
    env = dict(os.environ, LOOM_HOME=str(tmp_path))
    doc = tmp_path / "zebra.md"
    doc.write_text("# Zebra\n\nThe zebra protocol rotates stripes every ninety seconds.\n")
    ports = _port_args(Ports.random())
    try:
        first = subprocess.run([LOOM, "up", "--detach", "--no-index-docs", *ports], env=env, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr
        indexed = subprocess.run([LOOM, "index", "--json", str(doc)], env=env, capture_output=True, text=True, timeout=120)
        assert indexed.returncode == 0, indexed.stderr
        subprocess.run([LOOM, "down"], env=env, capture_output=True, text=True, timeout=120, check=True)
        second = subprocess.run([LOOM, "up", "--detach", "--no-index-docs", *ports], env=env, capture_output=True, text=True, timeout=300)
        assert second.returncode == 0 and "Traceback" not in second.stderr, second.stderr[-3000:]
        again = subprocess.run([LOOM, "index", "--json", str(doc)], env=env, capture_output=True, text=True, timeout=120)
        assert again.returncode == 0, again.stderr[-3000:]
        assert json.loads(again.stdout)["unchanged"], "the restarted store must still know the document"
        ask = subprocess.run([LOOM, "ask", "--json", "How often does the zebra protocol rotate stripes?"],
                             env=env, capture_output=True, text=True, timeout=120)
        assert ask.returncode == 0, ask.stderr[-3000:]
        assert any(str(doc) in s.get("source", "") or "zebra" in s.get("source", "") for s in json.loads(ask.stdout)["sources"])
    finally:
        subprocess.run([LOOM, "down"], env=env, capture_output=True, text=True, timeout=120)
