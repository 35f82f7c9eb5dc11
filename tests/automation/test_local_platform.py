"""Against the real local platform (Triton on CPU): the gate's metrics source sees the requests a
model really served, and PlatformReference reads the contract the platform really wrote."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests

from loom.automation.gates import GateThresholds, TritonEndpointSource, evaluate
from loom.reference import load_contract_file, local_outputs_path

pytestmark = [pytest.mark.platform, pytest.mark.slow]


def test_triton_endpoint_source_counts_real_requests(local_platform):
    from loom.local import platform

    ports = platform.status(Path(os.environ["LOOM_HOME"]))["ports"]
    source = TritonEndpointSource(f"http://127.0.0.1:{ports['metrics']}", "embedder")
    url = f"{local_platform['inference']['http_url']}/v2/models/embedder/infer"
    body = {"inputs": [{"name": "TEXT", "datatype": "BYTES", "shape": [1, 1], "data": ["canary gate"]}]}

    source.begin()
    for _ in range(6):
        assert requests.post(url, json=body, timeout=60).status_code == 200
    window = source.measure()

    assert (window.requests, window.errors) == (6, 0)
    assert window.mean_ms is not None and window.mean_ms > 0
    verdict = evaluate(window, GateThresholds(max_error_rate=0.0, max_p99_ms=None, min_requests=6))
    assert verdict.passed, verdict.reasons


def test_platform_reference_reads_the_local_platforms_contract(local_platform):
    contract = load_contract_file(local_outputs_path())
    assert contract.inference.http_url == local_platform["inference"]["http_url"]
    assert contract.contract_version.split(".")[0] == "1"
    assert contract.inference.models["guard"] == "output_guard"
