"""Milvus collections behind the `loom_docs` alias: adopt, re-embed, and keep one rollback generation.

The rag model and `loom index` use the name `loom_docs`. The first promotion turns the plain
collection of that name into `loom_docs_base` with `loom_docs` an alias of it; every promotion
then writes a new collection `loom_docs_m<version>` and moves the alias. After a promotion only
two generations are kept: the one served and the one it replaced (what a rollback, or the undo
of a failed later step, points the alias back to). Older ones are dropped, so the corpus is
stored at most twice.
"""

from __future__ import annotations

from typing import Any

from workloads.rag.chunking import embedding_input


def adopt(mc: Any, alias: str) -> str:
    """Turn the plain collection `alias` into `<alias>_base` with `alias` naming it; returns the base."""
    base = f"{alias}_base"
    mc.rename_collection(alias, base)
    mc.load_collection(base)  # a rename leaves the collection released
    mc.create_alias(base, alias)
    return base


def unadopt(mc: Any, alias: str) -> None:
    """Undo `adopt` from wherever it stopped: the alias goes, the base gets its name back."""
    base = f"{alias}_base"
    real = set(mc.list_collections())  # real collections only, never aliases
    if alias not in real and mc.has_collection(alias):
        mc.drop_alias(alias)
    if base in real and alias not in real:
        mc.rename_collection(base, alias)
        mc.load_collection(alias)


def served_collection(mc: Any, alias: str) -> str | None:
    """The real collection behind `alias` (the alias itself while it is still a plain collection,
    which the first promotion adopts); None when there is neither."""
    if alias in mc.list_collections():  # real collections only, never aliases
        return alias
    if mc.has_collection(alias):
        return mc.describe_alias(alias)["collection_name"]
    return None


def generations(mc: Any, alias: str) -> list[str]:
    """The collections promotion made for `alias`: `<alias>_base` and `<alias>_m<version>`."""
    return sorted(c for c in mc.list_collections() if c == f"{alias}_base" or (c.startswith(f"{alias}_m") and c[len(alias) + 2 :].isdigit()))


def prune(mc: Any, alias: str, keep: set[str]) -> list[str]:
    """Drop every generation of `alias` not in `keep`; returns the dropped names."""
    dropped = [c for c in generations(mc, alias) if c not in keep]
    for name in dropped:
        mc.drop_collection(name)
    return dropped


def reindex(mc: Any, source: str | None, target: str, model: Any) -> int:
    """Copy every row of `source` into a new `target` with vectors from `model` (a
    sentence-transformers model), embedding exactly what `loom index` embeds."""
    from workloads.rag.store import create_collection

    create_collection(mc, target)
    if source is None:
        return 0
    fields = ["id", "source", "chunk", "heading", "text", "doc_hash"]
    rows: list[dict[str, Any]] = []
    it = mc.query_iterator(source, batch_size=1000, filter="", output_fields=fields)
    while True:
        batch = it.next()
        if not batch:
            it.close()
            break
        rows.extend({k: r[k] for k in fields} for r in batch)
    for i in range(0, len(rows), 256):
        chunk = rows[i : i + 256]
        vecs = model.encode([embedding_input(r["heading"], r["text"]) for r in chunk], batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        mc.insert(target, [{**r, "vector": v.tolist()} for r, v in zip(chunk, vecs)])
    mc.flush(target)
    return len(rows)
