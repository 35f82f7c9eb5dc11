"""MlflowTracking's container contract against a real `mlflow server` (the same CLI as the image):
the backend URI comes only from the env (never in args), artifacts are proxied, /health answers,
and the Host allow-list admits the in-cluster names and rejects others."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from components.mlflow import BACKEND_URI_KEY, allowed_hosts, server_args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_real_mlflow_server_with_the_component_contract(tmp_path: Path):
    port = _free_port()
    args = server_args(f"file://{tmp_path}/artifacts", workers=1)
    args = [a for a in args if not a.startswith(("--host=", "--port="))] + ["--host=127.0.0.1", f"--port={port}"]
    assert not any("sqlite" in a or "postgresql" in a for a in args)
    env = {
        **os.environ,
        BACKEND_URI_KEY: f"sqlite:///{tmp_path}/mlflow.db",
        "MLFLOW_SERVER_ALLOWED_HOSTS": ",".join(allowed_hosts("loom-data") + [f"127.0.0.1:{port}"]),
    }
    mlflow = Path(sys.executable).parent / "mlflow"
    proc = subprocess.Popen([str(mlflow), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                if requests.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except (requests.ConnectionError, requests.Timeout):
                pass  # not listening yet, or too busy to answer within 2 s on a loaded machine
            assert proc.poll() is None, proc.stdout.read().decode()[-3000:]
            assert time.monotonic() < deadline, "mlflow server did not become healthy"
            time.sleep(0.5)
        search = f"{base}/api/2.0/mlflow/experiments/search"
        ok = requests.post(search, json={"max_results": 1}, headers={"Host": "mlflow.loom-data.svc.cluster.local:5000"}, timeout=10)
        assert ok.status_code == 200, ok.text
        bad = requests.post(search, json={"max_results": 1}, headers={"Host": "attacker.example.com"}, timeout=10)
        assert bad.status_code in (400, 403)
        # The backend store really is the one from the env: the sqlite file exists.
        assert (tmp_path / "mlflow.db").exists()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
