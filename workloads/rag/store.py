"""The vector store: chunks with their source metadata in one Milvus collection.

Idempotent per document: every chunk row carries the SHA-256 of its document's text.
Re-indexing an unchanged document is skipped; a changed one gets its new chunks inserted
first and its old chunks deleted after, so an interrupted run never leaves a document with
no chunks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from workloads.rag import COLLECTION, EMBEDDING_DIM

MAX_TEXT = 8192
MAX_SOURCE = 1024
MAX_HEADING = 512


def document_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def create_collection(client: Any, name: str) -> None:
    """The chunk collection's schema and index: one definition for `loom index` and promotion."""
    from pymilvus import DataType, MilvusClient

    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=96)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=EMBEDDING_DIM)
    schema.add_field("source", DataType.VARCHAR, max_length=MAX_SOURCE)
    schema.add_field("chunk", DataType.INT64)
    schema.add_field("heading", DataType.VARCHAR, max_length=MAX_HEADING)
    schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT)
    schema.add_field("doc_hash", DataType.VARCHAR, max_length=64)
    index = client.prepare_index_params()
    index.add_index(field_name="vector", index_type="HNSW", metric_type="COSINE", params={"M": 16, "efConstruction": 200})
    client.create_collection(name, schema=schema, index_params=index)


@dataclass(frozen=True)
class Hit:
    id: str
    source: str
    chunk: int
    heading: str
    text: str
    score: float

    def citation(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "chunk": self.chunk, "score": round(self.score, 4)}


class VectorStore:
    def __init__(self, uri: str, *, collection: str = COLLECTION, timeout_s: float = 30.0):
        from workloads.rag.milvus import connect

        self.uri = uri
        self.collection = collection
        self.client = connect(uri, timeout_s=timeout_s)

    def ensure_collection(self) -> None:
        if not self.client.has_collection(self.collection):
            create_collection(self.client, self.collection)

    def indexed_hash(self, source: str) -> str | None:
        if not self.client.has_collection(self.collection):
            return None
        rows = self.client.query(self.collection, filter=f"source == {_quote(source)}", output_fields=["doc_hash"], limit=1)
        return rows[0]["doc_hash"] if rows else None

    def replace_document(
        self, source: str, doc_hash: str, chunks: list[tuple[int, str, str]], vectors: np.ndarray
    ) -> int:
        """Store (chunk number, heading, text) rows for `source`, then drop its older rows."""
        self.ensure_collection()
        rows = [
            {
                "id": f"{doc_hash[:24]}-{number}",
                "vector": vectors[i].tolist(),
                "source": source[:MAX_SOURCE],
                "chunk": number,
                "heading": heading[:MAX_HEADING],
                "text": text[:MAX_TEXT],
                "doc_hash": doc_hash,
            }
            for i, (number, heading, text) in enumerate(chunks)
        ]
        for start in range(0, len(rows), 512):
            self.client.upsert(self.collection, rows[start : start + 512])
        self.client.delete(self.collection, filter=f"source == {_quote(source)} and doc_hash != {_quote(doc_hash)}")
        return len(rows)

    def search(self, vector: np.ndarray, top_k: int) -> list[Hit]:
        if not self.client.has_collection(self.collection):
            return []
        result = self.client.search(
            self.collection,
            data=[np.asarray(vector, dtype=np.float32).tolist()],
            limit=top_k,
            output_fields=["source", "chunk", "heading", "text"],
            search_params={"metric_type": "COSINE", "params": {"ef": max(64, top_k)}},
        )
        hits = []
        for item in result[0]:
            entity = item.get("entity", {})
            hits.append(
                Hit(
                    id=str(item.get("id")),
                    source=entity.get("source", ""),
                    chunk=int(entity.get("chunk", 0)),
                    heading=entity.get("heading", ""),
                    text=entity.get("text", ""),
                    score=float(item.get("distance", 0.0)),
                )
            )
        return hits

    def count(self) -> int:
        if not self.client.has_collection(self.collection):
            return 0
        rows = self.client.query(self.collection, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"])

    def sources(self) -> list[str]:
        if not self.client.has_collection(self.collection):
            return []
        rows = self.client.query(self.collection, filter="chunk == 0", output_fields=["source"], limit=16384)
        return sorted({r["source"] for r in rows})

    def close(self) -> None:
        self.client.close()
