"""output_guard served by a real Triton server, over KServe v2 HTTP.

- `slow`: a Triton started here with only output_guard (the server bundled in nvidia-pytriton,
  launched the way the local platform launches it, loom.local.triton), on free ports.
- `platform`: the same checks against the session's local platform (tests/plugins/local_platform.py).
Both compare the served results with the in-process `workloads.guard.scan` on corpus samples.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from workloads.guard import scan
from workloads.guard.corpus import generate

MODEL_DIR = Path(__file__).resolve().parents[2] / "model_repo" / "output_guard"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def infer(base: str, texts: list[str], *, shape: list[int] | None = None, datatype: str = "BYTES") -> tuple[int, dict]:
    body = {"inputs": [{"name": "TEXT", "datatype": datatype, "shape": shape or [len(texts)], "data": texts}]}
    request = urllib.request.Request(
        f"{base}/v2/models/output_guard/infer",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def ready(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/v2/health/ready", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def outputs(reply: dict) -> dict[str, list]:
    return {o["name"]: o["data"] for o in reply["outputs"]}


def check_contract(base: str) -> None:
    samples = generate(40, seed=99)
    texts = [s.text for s in samples if s.text]
    status, reply = infer(base, texts)
    assert status == 200, reply
    out = outputs(reply)
    for i, text in enumerate(texts):
        expected = scan(text).to_dict()
        assert out["FLAGGED"][i] is expected["flagged"]
        assert json.loads(out["FINDINGS"][i]) == expected["findings"]
        assert out["REDACTED"][i] == expected["redacted"]


def check_bad_requests(base: str) -> None:
    status, reply = infer(base, [""])
    assert status == 400 and "TEXT[0] is empty" in reply["error"]
    status, reply = infer(base, ["x" * 1_000_001])
    assert status == 400 and "at most 1000000" in reply["error"]
    status, reply = infer(base, ["a"], shape=[1, 1])
    assert status == 400 and "shape" in reply["error"]
    status, reply = infer(base, [1], datatype="INT32")
    assert status == 400 and "error" in reply
    assert ready(base)  # the server and the model stay up
    status, reply = infer(base, ["mail ada@example.org"])
    assert status == 200 and outputs(reply)["REDACTED"] == ["mail [EMAIL]"]


@pytest.fixture(scope="module")
def standalone_triton(tmp_path_factory):
    triton = pytest.importorskip("loom.local.triton", reason="the local platform's Triton launcher is not in this build")
    try:
        binary = triton.server_binary()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    if not binary.is_file():
        pytest.skip(f"no Triton server binary at {binary}")
    home = tmp_path_factory.mktemp("guard-triton")
    repo = home / "repo"
    shutil.copytree(MODEL_DIR, repo / "output_guard", ignore=shutil.ignore_patterns("__pycache__"))
    http_port = _free_port()
    cmd = triton.command(
        repo,
        triton.backend_dir(home),
        http_port=http_port,
        grpc_port=_free_port(),
        metrics_port=_free_port(),
        models=["output_guard"],
    )
    log = (home / "triton.log").open("w")
    proc = subprocess.Popen(cmd, env=triton.environment(), stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + 90
        while not ready(base):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Triton did not become ready:\n" + (home / "triton.log").read_text()[-3000:])
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.mark.slow
def test_served_results_match_in_process_scan(standalone_triton: str) -> None:
    check_contract(standalone_triton)


@pytest.mark.slow
def test_bad_requests_get_a_clean_400(standalone_triton: str) -> None:
    check_bad_requests(standalone_triton)


@pytest.mark.platform
def test_output_guard_on_the_local_platform(local_platform: dict) -> None:
    base = local_platform["inference"]["http_url"].rstrip("/")
    assert local_platform["inference"]["models"]["guard"] == "output_guard"
    check_contract(base)
    check_bad_requests(base)
