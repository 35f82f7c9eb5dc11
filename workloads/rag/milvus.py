"""One way to open a Milvus client, so every caller gets the same gRPC channel settings.

pymilvus (3.x) keeps one shared gRPC channel per address for the whole process and pings it
every 10 s even when no call is in flight (`grpc.keepalive_permit_without_calls`). Milvus
Lite's server, which the local platform runs, keeps gRPC's default ping policy (at most one
ping per 5 minutes without data) and answers a channel that was busy and then sat idle with
GOAWAY "too_many_pings". pymilvus then health-checks the cached channel, fails to recover
it, and the next `MilvusClient(...)` in the same process raises "Fail connecting to server",
although the server is up. Keepalive pings during calls stay on; only idle pings go, which
also suits a real Milvus behind Istio sidecars (an idle channel reconnects on the next call).
"""

from __future__ import annotations

from typing import Any

GRPC_OPTIONS = {"grpc.keepalive_permit_without_calls": False}


def connect(uri: str, *, timeout_s: float | None = 30.0) -> Any:
    """A `pymilvus.MilvusClient` for `uri` (http(s)://host:port or a Milvus Lite .db file)."""
    from pymilvus import MilvusClient

    return MilvusClient(uri=uri, timeout=timeout_s, grpc_options=dict(GRPC_OPTIONS))
