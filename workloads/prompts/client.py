"""A small client for Triton's generate extension (POST /v2/models/<model>/generate), the one
inference API every Loom environment serves. Structured output is requested the way vLLM's
Triton backend takes it: `guided_decoding.json` inside `sampling_parameters`; the prompt is not
echoed (`exclude_input_in_output`, which vLLM and the local generator both default to false)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any, Mapping

import requests


class InferenceError(Exception):
    """The endpoint could not be reached or answered with an error."""


@dataclass(frozen=True)
class Generation:
    text: str
    latency_ms: float
    model_version: str


class GenerateClient:
    def __init__(self, endpoint: str, *, timeout_s: float = 600.0) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.timeout_s = timeout_s
        self._local = threading.local()  # one HTTP session per thread: the test runner calls concurrently

    @property
    def _session(self) -> requests.Session:
        if not hasattr(self._local, "session"):
            self._local.session = requests.Session()
        return self._local.session

    def generate(
        self,
        model: str,
        text: str,
        parameters: Mapping[str, Any] | None = None,
        output_schema: Mapping[str, Any] | None = None,
    ) -> Generation:
        sampling = dict(parameters or {})
        if output_schema:
            sampling["guided_decoding"] = {"json": output_schema}
        body: dict[str, Any] = {"text_input": text, "exclude_input_in_output": True}
        if sampling:
            body["sampling_parameters"] = json.dumps(sampling)
        url = f"{self.endpoint}/v2/models/{model}/generate"
        started = time.perf_counter()
        try:
            reply = self._session.post(url, json=body, timeout=self.timeout_s)
        except requests.RequestException as exc:
            raise InferenceError(f"cannot reach {url}: {exc.__class__.__name__}: {exc}") from None
        latency_ms = (time.perf_counter() - started) * 1000.0
        if reply.status_code != 200:
            try:
                message = reply.json().get("error", reply.text)
            except ValueError:
                message = reply.text
            raise InferenceError(f"{url} answered {reply.status_code}: {message}")
        payload = reply.json()
        if "error" in payload:
            # Triton answers 200 with an error body when a decoupled model sends several responses
            # to the (single-response) generate endpoint, e.g. for "stream": true
            raise InferenceError(f"{url} answered with an error: {payload['error']}")
        output = payload.get("text_output")
        if isinstance(output, list):
            output = "".join(map(str, output))
        if not isinstance(output, str):
            raise InferenceError(f"{url} answered without text_output: {str(payload)[:200]}")
        return Generation(text=output, latency_ms=latency_ms, model_version=str(payload.get("model_version", "")))
