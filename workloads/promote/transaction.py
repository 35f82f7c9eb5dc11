"""Promotion as a transaction with compensation (a saga): every step knows how to undo itself.

Steps, in order; on any failure the completed steps are undone newest-first, so the served
Triton version, the Milvus alias and the MLflow `champion` alias are exactly as they were:

1. stage     - `<repo>/embedder/<N>/` = the embedder's model.py + `weights/` (the challenger).
               undo: remove the directory.
2. index     - a new Milvus collection `<alias>_m<mlflow version>`, the corpus re-embedded with
               the challenger. undo: drop it.
3. canary    - the challenger served by Triton as its own model `embedder_canary` (so no
               unversioned request can reach it), canary queries embedded by it searched in
               the new collection; must match the in-process model (cosine) and reach the
               champion's recall@5. undo: unload it and remove its directory.
4. switch    - together: Triton loads `embedder` (the highest version, N, is served; the old
               one unloads), the Milvus alias moves to the new collection, MLflow `champion`
               moves to the challenger. undo: remove version N and reload (the old version is
               served again), move the alias back, set `champion` back.
5. cleanup   - the canary model is unloaded and removed (best effort; not part of the contract).

Triton must run with `--model-control-mode=explicit` (the local platform and the serving
image do) for the repository API `POST /v2/repository/models/<name>/load` to be accepted.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from workloads.promote.saga import SagaError, compensate
from workloads.retrain.evaluate import Heldout
from workloads.retrain.registry import CHAMPION, REGISTERED_MODEL, client

CANARY_MODEL = "embedder_canary"


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


class Triton:
    """The few repository-API calls promotion needs (KServe v2 + Triton's repository extension)."""

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
            body = {"inputs": [{"name": "TEXT", "shape": [len(batch), 1], "datatype": "BYTES", "data": batch}]}
            r = self.http.post(f"{self.url}/v2/models/{model}/infer", json=body, timeout=120)
            if r.status_code != 200:
                raise RuntimeError(f"Triton infer {model}: HTTP {r.status_code} {r.text[:300]}")
            o = r.json()["outputs"][0]
            out.append(np.asarray(o["data"], dtype=np.float32).reshape(o["shape"]))
        return np.concatenate(out)


@dataclass
class PromotionReport:
    version: str
    triton_version: int
    collection: str
    previous: dict[str, Any]
    canary: dict[str, Any] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)
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
    inject_failure: str | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> PromotionReport:
    """Run the steps; on failure undo the completed ones and raise PromotionError."""
    from workloads.rag.milvus import connect
    from sentence_transformers import SentenceTransformer

    started = time.perf_counter()
    triton = Triton(t.triton_url)
    mc = connect(t.milvus_uri)
    mlc = client(t.tracking_uri)
    undo: list[tuple[str, Callable[[], None]]] = []
    before = state(t)
    model_dir = t.model_repo / t.model
    versions = before["triton_versions_on_disk"]
    if not versions:
        raise PromotionError("plan", RuntimeError(f"{model_dir} has no numbered version directory to copy model.py from"), [], [])
    new_v = max(versions) + 1
    new_dir = model_dir / str(new_v)
    collection = f"{t.alias}_m{challenger_version}"
    canary_dir = t.model_repo / CANARY_MODEL
    challenger = SentenceTransformer(challenger_dir, device="cpu")
    report = PromotionReport(challenger_version, new_v, collection, before)
    step = "plan"

    def done(name: str, undo_fn: Callable[[], None] | None) -> None:
        if undo_fn is not None:
            undo.append((name, undo_fn))
        report.steps.append(name)
        progress(name)
        if inject_failure == name:
            raise RuntimeError(f"injected failure after step {name!r}")

    try:
        # 0. adopt: the first promotion turns the plain collection into an alias, data untouched.
        step = "adopt"
        if before["milvus_alias_target"] == t.alias:
            base = adopt(mc, t.alias)

            def undo_adopt() -> None:
                mc.drop_alias(t.alias)
                mc.rename_collection(base, t.alias)
                mc.load_collection(t.alias)

            done("adopt", undo_adopt)
        old_collection = mc.describe_alias(t.alias)["collection_name"] if before["milvus_alias_target"] else None

        step = "stage"
        new_dir.mkdir()
        undo.append(("stage", lambda: shutil.rmtree(new_dir, ignore_errors=True)))
        shutil.copy2(model_dir / str(max(versions)) / "model.py", new_dir / "model.py")
        challenger.save(str(new_dir / "weights"))
        done("stage", None)

        step = "index"
        if mc.has_collection(collection):
            raise RuntimeError(f"collection {collection!r} already exists: was this version promoted before?")
        undo.append(("index", lambda: mc.drop_collection(collection)))
        reindex(mc, old_collection, collection, challenger)
        done("index", None)

        step = "canary"
        if canary_dir.exists():
            shutil.rmtree(canary_dir)
        (canary_dir / "1").mkdir(parents=True)
        cfg = (model_dir / "config.pbtxt").read_text()
        (canary_dir / "config.pbtxt").write_text(cfg.replace(f'name: "{t.model}"', f'name: "{CANARY_MODEL}"', 1))
        shutil.copy2(new_dir / "model.py", canary_dir / "1" / "model.py")
        shutil.copytree(new_dir / "weights", canary_dir / "1" / "weights")

        def undo_canary() -> None:
            try:
                triton.unload(CANARY_MODEL)
            except Exception:  # not loaded (its load failed) or Triton gone: nothing serves it then
                pass
            shutil.rmtree(canary_dir, ignore_errors=True)

        undo.append(("canary", undo_canary))
        triton.load(CANARY_MODEL)
        report.canary = _canary_check(triton, mc, collection, challenger, heldout, champion_recall, min_cosine)
        undo.pop()
        done("canary", undo_canary)

        step = "switch"
        prev_champion = before["champion"]

        def undo_triton() -> None:
            shutil.rmtree(new_dir, ignore_errors=True)
            triton.load(t.model)  # the highest remaining version (the old one) is served again

        undo.append(("switch:triton", undo_triton))
        triton.load(t.model)
        served = triton.ready_versions(t.model)
        if served != [str(new_v)]:
            raise RuntimeError(f"Triton serves {t.model} versions {served}, expected [{new_v}]")
        if old_collection is not None:
            mc.alter_alias(collection, t.alias)
            undo.append(("switch:milvus", lambda: mc.alter_alias(old_collection, t.alias)))
        else:
            mc.create_alias(collection, t.alias)
            undo.append(("switch:milvus", lambda: mc.drop_alias(t.alias)))
        mlc.set_registered_model_alias(t.registered_model, CHAMPION, challenger_version)
        undo.append(("switch:mlflow", (lambda: mlc.set_registered_model_alias(t.registered_model, CHAMPION, prev_champion)) if prev_champion
                     else (lambda: mlc.delete_registered_model_alias(t.registered_model, CHAMPION))))
        done("switch", None)
    except BaseException as exc:
        undone, errors = compensate(undo)
        mc.close()
        raise PromotionError(step, exc, undone, errors) from exc

    # Committed. The canary model is no longer needed; failing to remove it changes nothing served.
    try:
        triton.unload(CANARY_MODEL)
    except Exception:
        pass
    shutil.rmtree(canary_dir, ignore_errors=True)
    mc.close()
    report.steps.append("cleanup")
    report.seconds = round(time.perf_counter() - started, 2)
    return report


def adopt(mc: Any, alias: str) -> str:
    """Turn the plain collection `alias` into `<alias>_base` with `alias` naming it; returns the base."""
    base = f"{alias}_base"
    mc.rename_collection(alias, base)
    mc.load_collection(base)  # a rename leaves the collection released
    mc.create_alias(base, alias)
    return base


def served_collection(mc: Any, alias: str) -> str | None:
    """The real collection behind `alias` (the alias itself while it is still a plain collection,
    which the first promotion adopts); None when there is neither."""
    if alias in mc.list_collections():  # real collections only, never aliases
        return alias
    if mc.has_collection(alias):
        return mc.describe_alias(alias)["collection_name"]
    return None


def reindex(mc: Any, source: str | None, target: str, model: Any) -> int:
    """Copy every row of `source` into a new `target` with vectors from `model`."""
    from pymilvus import DataType, MilvusClient

    from workloads.rag import EMBEDDING_DIM

    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=96)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=EMBEDDING_DIM)
    schema.add_field("source", DataType.VARCHAR, max_length=1024)
    schema.add_field("chunk", DataType.INT64)
    schema.add_field("heading", DataType.VARCHAR, max_length=512)
    schema.add_field("text", DataType.VARCHAR, max_length=8192)
    schema.add_field("doc_hash", DataType.VARCHAR, max_length=64)
    index = mc.prepare_index_params()
    index.add_index(field_name="vector", index_type="HNSW", metric_type="COSINE", params={"M": 16, "efConstruction": 200})
    mc.create_collection(target, schema=schema, index_params=index)
    if source is None:
        return 0
    fields = ["id", "source", "chunk", "heading", "text", "doc_hash"]
    rows = []
    it = mc.query_iterator(source, batch_size=1000, filter="", output_fields=fields)
    while True:
        batch = it.next()
        if not batch:
            it.close()
            break
        rows.extend({k: r[k] for k in fields} for r in batch)
    for i in range(0, len(rows), 256):
        chunk = rows[i : i + 256]
        vecs = model.encode([r["text"] for r in chunk], batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        mc.insert(target, [{**r, "vector": v.tolist()} for r, v in zip(chunk, vecs)])
    mc.flush(target)
    return len(rows)


def _canary_check(triton: Triton, mc: Any, collection: str, model: Any, heldout: Heldout, champion_recall: float, min_cosine: float) -> dict[str, Any]:
    """Canary traffic: held-out queries through the canary Triton model into the new collection."""
    queries = list(heldout.queries)
    served = triton.embed(CANARY_MODEL, queries)
    local = model.encode(queries, normalize_embeddings=True, convert_to_numpy=True)
    cos = float(np.min(np.sum(served * local, axis=1) / (np.linalg.norm(served, axis=1) * np.linalg.norm(local, axis=1) + 1e-12)))
    if cos < min_cosine:
        raise RuntimeError(f"canary: Triton's {CANARY_MODEL} disagrees with the challenger (min cosine {cos:.4f} < {min_cosine})")
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
