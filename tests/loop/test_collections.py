"""Collections behind the alias, on a real Milvus Lite: promotion's re-embedding stores exactly
what `loom index` stores, and only one rollback generation is kept."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from workloads.promote.collections import generations, prune, reindex
from workloads.rag.milvus import connect

DOC = """# Runbooks

## Rotating credentials

Create the new password in the secrets manager, roll the pods, then revoke the old password.

## Restoring a backup

Pick the snapshot, restore it into a new instance, verify row counts, switch the connection string.
"""


class _Local:
    """The in-process embedder with the `embed` interface `index_documents` takes."""

    def __init__(self, model):
        self.model = model

    def embed(self, texts):
        return self.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)


@pytest.mark.slow
def test_reindexed_vectors_are_the_vectors_indexing_stores(tmp_path):
    from sentence_transformers import SentenceTransformer

    from workloads.rag.indexer import index_documents
    from workloads.rag.store import VectorStore
    from workloads.retrain.train import base_model_path

    model = SentenceTransformer(base_model_path(), device="cpu")
    doc = tmp_path / "runbooks.md"
    doc.write_text(DOC)
    uri = str(tmp_path / "m.db")
    store = VectorStore(uri, collection="docs")
    store.ensure_collection()
    index_documents([doc], _Local(model), store)
    mc = connect(uri)
    try:
        rows = reindex(mc, "docs", "docs_m2", model)
        fields = ["id", "vector", "heading"]
        indexed = {r["id"]: r for r in mc.query("docs", filter="", output_fields=fields, limit=100)}
        promoted = {r["id"]: r for r in mc.query("docs_m2", filter="", output_fields=fields, limit=100)}
    finally:
        mc.close()
        store.close()
    assert rows == len(indexed) >= 2 and set(promoted) == set(indexed)
    assert all(r["heading"] for r in indexed.values()), "the chunks have headings, so heading + text differs from text"
    for cid, row in indexed.items():
        cos = float(np.dot(row["vector"], promoted[cid]["vector"]))
        assert cos > 0.9999, (cid, cos)


def test_only_one_rollback_generation_is_kept(tmp_path):
    from workloads.rag.store import create_collection

    mc = connect(str(Path(tmp_path) / "g.db"))
    try:
        for name in ("loom_docs_base", "loom_docs_m3", "loom_docs_m7", "loom_docs_m12", "loom_docs_other", "unrelated"):
            create_collection(mc, name)
        assert generations(mc, "loom_docs") == ["loom_docs_base", "loom_docs_m12", "loom_docs_m3", "loom_docs_m7"]
        dropped = prune(mc, "loom_docs", {"loom_docs_m12", "loom_docs_m7"})
        assert sorted(dropped) == ["loom_docs_base", "loom_docs_m3"]
        assert sorted(mc.list_collections()) == ["loom_docs_m12", "loom_docs_m7", "loom_docs_other", "unrelated"]
    finally:
        mc.close()
