"""The few Triton calls promotion needs: KServe v2 inference, the generate extension and the
repository extension (load / unload / index).

Triton must run with `--model-control-mode=explicit` (the local platform and the serving image
do) for `POST /v2/repository/models/<name>/load` to be accepted.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Mapping, Sequence

import numpy as np


class Triton:
    """A small HTTP client of one Triton server (KServe v2 + Triton's extensions)."""

    def __init__(self, url: str, timeout_s: float = 300.0):
        import requests

        self.url, self.timeout, self.http = url.rstrip("/"), timeout_s, requests.Session()

    def load(self, model: str) -> None:
        r = self.http.post(f"{self.url}/v2/repository/models/{model}/load", json={}, timeout=self.timeout)
        if r.status_code != 200:
            raise RuntimeError(f"Triton load {model}: HTTP {r.status_code} {r.text[:300]}")

    def unload(self, model: str) -> None:
        r = self.http.post(f"{self.url}/v2/repository/models/{model}/unload", json={}, timeout=self.timeout)
        if r.status_code != 200:
            raise RuntimeError(f"Triton unload {model}: HTTP {r.status_code} {r.text[:300]}")

    def ready_versions(self, model: str) -> list[str]:
        r = self.http.post(f"{self.url}/v2/repository/index", json={}, timeout=30)
        r.raise_for_status()
        return sorted((m.get("version", "") for m in r.json() if m.get("name") == model and m.get("state") == "READY"), key=lambda v: int(v or 0))

    def embed(self, model: str, texts: list[str]) -> np.ndarray:
        out = []
        for i in range(0, len(texts), 32):
            batch = texts[i : i + 32]
            body: dict[str, Any] = {"inputs": [{"name": "TEXT", "shape": [len(batch), 1], "datatype": "BYTES", "data": batch}]}
            r = self.http.post(f"{self.url}/v2/models/{model}/infer", json=body, timeout=120)
            if r.status_code != 200:
                raise RuntimeError(f"Triton infer {model}: HTTP {r.status_code} {r.text[:300]}")
            o = r.json()["outputs"][0]
            out.append(np.asarray(o["data"], dtype=np.float32).reshape(o["shape"]))
        return np.concatenate(out)

    def generate(self, model: str, text: str, sampling: Mapping[str, Any] | None = None) -> str:
        """One answer from the generate extension, with vLLM-style `sampling_parameters`."""
        body: dict[str, Any] = {"text_input": text}
        if sampling:
            body["sampling_parameters"] = json.dumps(dict(sampling))
        r = self.http.post(f"{self.url}/v2/models/{model}/generate", json=body, timeout=self.timeout)
        if r.status_code != 200:
            raise RuntimeError(f"Triton generate {model}: HTTP {r.status_code} {r.text[:300]}")
        out = r.json()["text_output"]
        return "".join(out) if isinstance(out, list) else str(out)

    def generate_many(self, model: str, texts: Sequence[str], sampling: Mapping[str, Any] | None = None, *, concurrency: int = 8) -> list[str]:
        """Answers in order; requests go out concurrently so the server can batch them."""
        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            return list(pool.map(lambda t: self.generate(model, t, sampling), texts))
