"""`loom drift check --trigger-job`: a Job created from the rendered retrain CronJob, over real HTTPS.

No Kubernetes API server can run here, so a small TLS server answers the two API paths the
drift check uses, with the CronJob exactly as FeedbackLoop renders it (Pulumi mocks); the Job
the client posts is validated against the Kubernetes schema. What this cannot show: RBAC as
the API server evaluates it (the Role is checked in test_feedback_component.py).
"""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import kubernetes_validate
import pytest

from tests.components.fakes import K8S_VERSION, plain
from tests.loop.test_feedback_component import CRONJOB, build
from workloads.drift.trigger import TriggerError, trigger_job

NS, TOKEN, UID = "loom-system", "sa-token-123", "5c0f6f0e-0000-4000-8000-000000000001"


def _ca_and_server_cert(d: Path, cn: str) -> tuple[Path, Path, Path]:
    """(ca.crt, server.crt, server.key): a CA and a 127.0.0.1 serving cert it signed, as a cluster has."""
    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=d)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={cn}-ca", "-keyout", "ca.key", "-out", "ca.crt",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr")
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1",
        "-extfile", "ext.cnf", "-out", "server.crt")
    return d / "ca.crt", d / "server.crt", d / "server.key"


@pytest.fixture(scope="module")
def cronjob() -> dict:
    rendered = plain(build().graph.one(CRONJOB, "loop-retrain").inputs)
    return {"apiVersion": "batch/v1", "kind": "CronJob", **rendered, "metadata": {**rendered["metadata"], "uid": UID}}


@pytest.fixture()
def api(tmp_path, cronjob):
    """(base URL, service-account dir, requests seen, response overrides) of a TLS fake API server."""
    sa, pki = tmp_path / "sa", tmp_path / "pki"
    sa.mkdir()
    pki.mkdir()
    ca, cert, key = _ca_and_server_cert(pki, "cluster")
    (sa / "ca.crt").write_bytes(ca.read_bytes())
    (sa / "token").write_text(TOKEN + "\n")
    (sa / "namespace").write_text(NS)
    seen: list[dict] = []
    status: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, code: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):  # noqa: N802
            seen.append({"method": "GET", "path": self.path, "auth": self.headers.get("Authorization")})
            if self.path == f"/apis/batch/v1/namespaces/{NS}/cronjobs/loop-retrain":
                code = status.get("GET", 200)
                self._answer(code, cronjob if code == 200 else {"kind": "Status", "message": "cronjobs.batch \"loop-retrain\" is forbidden"})
            else:
                self._answer(404, {"kind": "Status", "message": "not found"})

        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"method": "POST", "path": self.path, "auth": self.headers.get("Authorization"), "body": body})
            self._answer(status.get("POST", 201), body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", sa, seen, status
    finally:
        server.shutdown()


def test_a_job_is_created_from_the_template_with_an_owner_reference(api, cronjob):
    url, sa, seen, _ = api
    name = trigger_job("loop-retrain", sa_dir=sa, api=url)
    assert name.startswith("loop-retrain-drift-") and len(name) <= 63
    assert [(r["method"], r["path"]) for r in seen] == [
        ("GET", f"/apis/batch/v1/namespaces/{NS}/cronjobs/loop-retrain"), ("POST", f"/apis/batch/v1/namespaces/{NS}/jobs")]
    assert all(r["auth"] == f"Bearer {TOKEN}" for r in seen)
    job = seen[1]["body"]
    assert job["metadata"]["ownerReferences"] == [{"apiVersion": "batch/v1", "kind": "CronJob", "name": "loop-retrain", "uid": UID}]
    assert job["spec"] == cronjob["spec"]["jobTemplate"]["spec"] and job["metadata"]["namespace"] == NS
    kubernetes_validate.validate(job, K8S_VERSION, strict=True)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_refusal_is_one_clear_error(api, method):
    url, sa, _, status = api
    status[method] = 403
    with pytest.raises(TriggerError) as err:
        trigger_job("loop-retrain", sa_dir=sa, api=url)
    assert f"{method} /apis/batch/v1/namespaces/{NS}/" in str(err.value) and "HTTP 403" in str(err.value)


def test_outside_a_cluster_it_says_so(tmp_path, monkeypatch):
    with pytest.raises(TriggerError, match="works only inside the cluster"):
        trigger_job("loop-retrain", sa_dir=tmp_path / "none")
    (tmp_path / "token").write_text("t")
    (tmp_path / "namespace").write_text(NS)
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    with pytest.raises(TriggerError, match="KUBERNETES_SERVICE_HOST"):
        trigger_job("loop-retrain", sa_dir=tmp_path)


def test_an_untrusted_certificate_is_refused(api, tmp_path):
    url, sa, seen, _ = api
    other = tmp_path / "other"
    other.mkdir()
    for f in ("token", "namespace"):
        (other / f).write_text((sa / f).read_text())
    pki = tmp_path / "pki-other"
    pki.mkdir()
    (other / "ca.crt").write_bytes(_ca_and_server_cert(pki, "other")[0].read_bytes())
    with pytest.raises(TriggerError, match="SSLError"):
        trigger_job("loop-retrain", sa_dir=other, api=url)
    assert not any(r["method"] == "POST" for r in seen)
