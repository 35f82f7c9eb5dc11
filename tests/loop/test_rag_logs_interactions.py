"""`loom ask` -> rag -> the lake hook: every answered request lands in the lake once, guarded."""

from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest

from workloads.lake import Lake


@pytest.mark.platform
def test_ask_logs_a_guarded_interaction(local_platform):
    from loom.commands.rag import ask_rag

    r = ask_rag(local_platform["inference"]["http_url"], "What is Loom? Reply to carol@example.net")
    lake = Lake(urlparse(local_platform["lake"]["uri"]).path)
    deadline = time.monotonic() + 60
    rows = []
    while time.monotonic() < deadline:
        rows = [x for x in lake.read("interactions").to_pylist() if x["request_id"] == r["request_id"]]
        if rows:
            break
        time.sleep(0.5)
    assert len(rows) == 1, "the rag hook did not log the request (batches flush every 2 s)"
    row = rows[0]
    assert "carol@example.net" not in row["question"] and row["guard_flagged"] and "email" in row["guard_findings"]
    assert row["sources"] == [s["id"] for s in r["sources"]] and row["answer_length"] == len(r["answer"])
