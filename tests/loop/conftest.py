"""Fixtures of the closed-loop tests: a real MLflow server (SQLite backend, tmp dir, free port)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def mlflow_uri(tmp_path_factory) -> str:
    """A real `mlflow server` for the session; killed (by its own pid) at the end."""
    d = tmp_path_factory.mktemp("mlflow")
    port = free_port()
    exe = Path(sys.executable).with_name("mlflow")
    proc = subprocess.Popen(
        [str(exe), "server", "--host", "127.0.0.1", "--port", str(port), "--backend-store-uri", f"sqlite:///{d}/mlflow.db",
         "--artifacts-destination", str(d / "artifacts"), "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=open(d / "server.log", "wb"), start_new_session=True,
    )
    uri = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            if requests.get(f"{uri}/health", timeout=1).ok:
                break
        except requests.RequestException:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"mlflow server did not start: {(d / 'server.log').read_text()[-2000:]}")
        time.sleep(0.3)
    yield uri
    os.killpg(proc.pid, 15)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)


def clean(text: str) -> SimpleNamespace:
    """A guard result for text the test knows is clean (the real guard is tested in tests/guard)."""
    return SimpleNamespace(flagged=False, findings=[], redacted=text)
