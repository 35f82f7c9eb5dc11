"""Promotion of the embedder as a saga (workloads.promote.saga): every step knows how to undo itself.

Steps, in order; on any failure the started steps are undone newest-first, so the served
Triton version, the Milvus alias and the MLflow `champion` alias are exactly as they were:

1. adopt     - first promotion only: the plain `loom_docs` collection becomes `loom_docs_base`
               with `loom_docs` an alias of it. undo: drop the alias, rename back.
2. stage     - `<repo>/embedder/<N>/` = the embedder's model.py + `weights/` (the challenger).
               undo: remove the directory.
3. index     - a new Milvus collection `<alias>_m<mlflow version>`, every stored chunk
               re-embedded with the challenger exactly as `loom index` embeds it (heading and
               text, workloads.rag.chunking.embedding_input). undo: drop it.
4. canary    - the challenger served by Triton as its own model `embedder_canary` (so no
               unversioned request can reach it), canary queries embedded by it searched in
               the new collection; must match the in-process model (cosine) and reach the
               champion's recall@5. undo: unload it and remove its directory.
5. switch:triton - Triton loads `embedder` (the highest version, N, is served; the old one
               unloads). undo: remove version N and reload (the old version is served again).
6. switch:milvus - the alias moves to the new collection. undo: move it back.
7. switch:mlflow - MLflow `champion` moves to the challenger. undo: set it back.

After the commit (not part of the contract, best effort): the canary model is removed, and
only one rollback generation of collections is kept: the new one and the one it replaced
(workloads.promote.collections.prune); older generations are dropped and reported.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from workloads.promote import saga
from workloads.promote.collections import adopt, prune, reindex, served_collection, unadopt
from workloads.promote.saga import SagaError, Step
from workloads.promote.triton import Triton
from workloads.retrain.evaluate import Heldout
from workloads.retrain.registry import CHAMPION, REGISTERED_MODEL, client

CANARY_MODEL = "embedder_canary"

__all__ = ["CANARY_MODEL", "PromotionError", "PromotionReport", "Targets", "Triton", "adopt", "promote", "reindex", "served_collection", "state"]


class PromotionError(SagaError):
    """A promotion step failed; `undone` lists the steps that were compensated."""

    what = "promotion"


@dataclass
class Targets:
    """Where the three things that switch together live."""

    model_repo: Path
    """The served Triton model repository (the local platform's rendered copy)."""
    triton_url: str
    """KServe v2 HTTP base URL."""
    milvus_uri: str
    tracking_uri: str
    alias: str = "loom_docs"
    """The Milvus name the rag model queries: an alias after the first promotion."""
    model: str = "embedder"
    registered_model: str = REGISTERED_MODEL


@dataclass
class PromotionReport:
    version: str
    triton_version: int
    collection: str
    previous: dict[str, Any]
    canary: dict[str, Any] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)
    dropped_collections: list[str] = field(default_factory=list)
    """Generations older than the one replaced (only one rollback generation is kept)."""
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def state(t: Targets) -> dict[str, Any]:
    """What the three switches point at now (used by tests and by the report)."""
    from mlflow.exceptions import MlflowException
    from workloads.rag.milvus import connect

    try:
        champion = str(client(t.tracking_uri).get_model_version_by_alias(t.registered_model, CHAMPION).version)
    except MlflowException:
        champion = None
    mc = connect(t.milvus_uri)
    try:
        everything = mc.list_collections()  # real collections only, never aliases
        collections = sorted(c for c in everything if c == t.alias or c.startswith(f"{t.alias}_"))
        collection = served_collection(mc, t.alias)
    finally:
        mc.close()
    versions = sorted(int(p.name) for p in (t.model_repo / t.model).iterdir() if p.is_dir() and p.name.isdigit())
    return {"champion": champion, "milvus_alias_target": collection, "collections": collections, "triton_versions_on_disk": versions}


def promote(
    t: Targets,
    challenger_version: str,
    challenger_dir: str,
    heldout: Heldout,
    *,
    champion_recall: float,
    min_cosine: float = 0.999,
    progress: Callable[[str], None] = lambda _: None,
) -> PromotionReport:
    """Run the steps (module doc); on failure they are undone and PromotionError is raised."""
    from sentence_transformers import SentenceTransformer

    from workloads.promote import steps
    from workloads.rag.milvus import connect

    started = time.perf_counter()
    triton = Triton(t.triton_url)
    before = state(t)
    model_dir = t.model_repo / t.model
    versions = before["triton_versions_on_disk"]
    if not versions:
        raise PromotionError("plan", RuntimeError(f"{model_dir} has no numbered version directory to copy model.py from"), [], [])
    new_dir = model_dir / str(max(versions) + 1)
    collection = f"{t.alias}_m{challenger_version}"
    report = PromotionReport(challenger_version, int(new_dir.name), collection, before)
    mc = connect(t.milvus_uri)
    try:
        if mc.has_collection(collection):
            raise PromotionError("plan", RuntimeError(f"collection {collection!r} already exists: was version {challenger_version} promoted before?"), [], [])
        challenger = SentenceTransformer(challenger_dir, device="cpu")
        mlc = client(t.tracking_uri)
        served: dict[str, str | None] = {"collection": before["milvus_alias_target"]}

        def do_adopt() -> None:
            served["collection"] = adopt(mc, t.alias)

        def fill(d: Path) -> None:
            shutil.copy2(model_dir / str(max(versions)) / "model.py", d / "model.py")
            challenger.save(str(d / "weights"))

        def check(canary_name: str) -> None:
            report.canary = _canary_check(triton, mc, collection, challenger, heldout, champion_recall, min_cosine, canary_name)

        def point_alias() -> None:
            if served["collection"] is None:
                mc.create_alias(collection, t.alias)
            else:
                mc.alter_alias(collection, t.alias)

        def alias_back() -> None:
            if served["collection"] is None:
                if mc.has_collection(t.alias):
                    mc.drop_alias(t.alias)
            else:
                mc.alter_alias(served["collection"], t.alias)

        first = [Step("adopt", do_adopt, lambda: unadopt(mc, t.alias))] if before["milvus_alias_target"] == t.alias else []
        plan = first + [
            steps.stage(new_dir, fill),
            Step("index", lambda: reindex(mc, served["collection"], collection, challenger), lambda: mc.drop_collection(collection)),
            steps.canary(triton, t.model_repo, t.model, new_dir, check),
            steps.serve(triton, t.model, new_dir),
            Step("switch:milvus", point_alias, alias_back),
            steps.champion(mlc, t.registered_model, challenger_version, before["champion"]),
        ]
        report.steps = saga.run(plan, error=PromotionError, progress=progress)

        # Committed. What follows changes nothing served; a failure here is reported, not undone.
        steps.remove_canary(triton, t.model_repo, t.model)
        keep = {collection} | ({served["collection"]} if served["collection"] else set())
        report.dropped_collections = prune(mc, t.alias, keep)
        report.steps.append("cleanup")
    finally:
        mc.close()
    report.seconds = round(time.perf_counter() - started, 2)
    return report


def _canary_check(triton: Triton, mc: Any, collection: str, model: Any, heldout: Heldout, champion_recall: float, min_cosine: float,
                  canary_model: str = CANARY_MODEL) -> dict[str, Any]:
    """Canary traffic: held-out queries through the canary Triton model into the new collection."""
    queries = list(heldout.queries)
    served = triton.embed(canary_model, queries)
    local = model.encode(queries, normalize_embeddings=True, convert_to_numpy=True)
    cos = float(np.min(np.sum(served * local, axis=1) / (np.linalg.norm(served, axis=1) * np.linalg.norm(local, axis=1) + 1e-12)))
    if cos < min_cosine:
        raise RuntimeError(f"canary: Triton's {canary_model} disagrees with the challenger (min cosine {cos:.4f} < {min_cosine})")
    text_of = dict(zip(heldout.corpus_ids, heldout.corpus_texts))
    hits = 0
    res = mc.search(collection, data=served.tolist(), limit=5, output_fields=["source", "text"], search_params={"metric_type": "COSINE", "params": {"ef": 64}})
    for want, found in zip(heldout.relevant, res):
        if any(_same_source(h["entity"].get("source", ""), want) or h["entity"].get("text") == text_of.get(want) for h in found):
            hits += 1
    recall = hits / max(1, len(queries))
    if recall < champion_recall:
        raise RuntimeError(f"canary: recall@5 {recall:.3f} through Triton + Milvus is below the champion's {champion_recall:.3f}")
    return {"min_cosine": round(cos, 5), "recall_at_5": recall, "queries": len(queries)}


def _same_source(source: str, want: str) -> bool:
    """Indexed sources are ids or file paths (`docs/<id>.md`)."""
    return source == want or Path(source).stem == want
