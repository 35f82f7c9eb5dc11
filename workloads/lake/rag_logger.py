"""The lake's interaction logger for the rag model's hook (`LOOM_INTERACTION_LOGGER` or the rag
config parameter `interaction_logger` = "workloads.lake.rag_logger:LakeInteractionLogger").

The rag model calls it once per answered request, on its request path, so the logger only
queues the record; a background thread writes batches (one Delta commit per batch, not per
request) and assigns topic clusters by embedding the batch's questions through the served
`embedder`, once reference centroids exist. The answer in the record has already been through
output_guard; the question is scanned here, before anything is written.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import threading
import time
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Any

from contract.env import LOOM_HOME, LOOM_INFERENCE_URL, LOOM_LAKE_URI
from workloads.lake.interactions import interaction_event
from workloads.lake.store import Lake


class LakeInteractionLogger:
    def __init__(self, lake_uri: str | None = None, inference_url: str | None = None, *, batch: int = 256, flush_s: float = 2.0) -> None:
        self.lake = Lake(lake_uri or os.environ.get(LOOM_LAKE_URI) or None)
        self.inference_url = inference_url or os.environ.get(LOOM_INFERENCE_URL) or _local_inference_url()
        self.batch, self.flush_s = batch, flush_s
        self.q: queue.Queue = queue.Queue(maxsize=100_000)
        self._centroids: Any = None
        self._centroids_at = 0.0
        self._thread = threading.Thread(target=self._run, name="lake-interaction-logger", daemon=True)
        self._stop = threading.Event()
        self._thread.start()
        atexit.register(self.close)

    def __call__(self, record: Any) -> None:
        self.q.put_nowait(record)  # a full queue raises; the rag model logs it and answers anyway

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while not (self._stop.is_set() and self.q.empty()):
            items: list[Any] = []
            deadline = time.monotonic() + self.flush_s
            while len(items) < self.batch and time.monotonic() < deadline:
                try:
                    items.append(self.q.get(timeout=0.2))
                except queue.Empty:
                    if self._stop.is_set():
                        break
            if items:
                try:
                    self.write(items)
                except Exception as exc:  # noqa: BLE001 - keep serving; the records are lost only from this batch
                    print(f"lake-interaction-logger: batch of {len(items)} not written: {exc}", flush=True)

    def _load_centroids(self):
        if time.monotonic() - self._centroids_at > 300:
            from workloads.drift.topics import load_centroids

            self._centroids, self._centroids_at = load_centroids(self.lake), time.monotonic()
        return self._centroids

    def write(self, records: list[Any]) -> int:
        from workloads.guard import scan

        centroids = self._load_centroids()
        embeddings = [None] * len(records)
        if centroids is not None and self.inference_url:
            from workloads.promote.triton import Triton

            embeddings = list(Triton(self.inference_url, timeout_s=60).embed("embedder", [r.question for r in records]))
        events = []
        for r, emb in zip(records, embeddings):
            findings = list(r.guard_findings or [])
            answer_guard = SimpleNamespace(flagged=bool(findings), findings=findings, redacted=r.answer)
            versions = dict(r.model_versions or {})
            events.append(interaction_event(
                request_id=r.request_id, question=r.question, answer=r.answer, model="rag", model_version=versions.get("rag", "") or "unknown",
                latency_ms=r.latency_ms, sources=[str(s.get("id")) for s in r.sources], answer_guard=answer_guard,
                question_embedding=emb, centroids=centroids, scan=scan,
                ts=datetime.fromtimestamp(r.timestamp, tz=timezone.utc) if r.timestamp else None,
            ))
        return self.lake.append("interactions", events).inserted


def _local_inference_url() -> str | None:
    home = os.environ.get(LOOM_HOME)
    try:
        return json.loads(open(os.path.join(home, "outputs.json")).read())["inference"]["http_url"] if home else None
    except (OSError, ValueError, KeyError):
        return None
