"""Promotion in clusters: stage a challenger as a model-repository prefix, reconcile after rollout.

In a cluster a served model version is a whole Triton model repository under one prefix of the
models bucket (stack setting `loom:triton.<track>.modelRepositoryPath`), and the canary is moved
by `loom rollout --version PREFIX` through the Automation API. So promotion there is three parts:

1. `stage` (the retraining Job, after a winning challenger), each step undone if a later fails
   (workloads.promote.saga). For the embedder (`stage`):
   index  - collection `<alias>_m<version>`: every chunk of the served collection re-embedded
            by the challenger (the served collection is never touched);
   copy   - every object under the served prefix -> `candidates/embedder-v<version>/`, except
            the embedder's old weights; rag's `collection` parameter set to the new collection
            (the candidate queries what it embedded);
   weights- the challenger into `embedder/<highest version>/weights/`;
   manifest - `loom-candidate.json` written last: a prefix without it is incomplete.
   For the generator see workloads.promote.stage_generator (copy, adapter, manifest).
   Nothing served changes: the stable track keeps its prefix and its collection.
2. `loom rollout --env E --model rag --version candidates/<model>-v<version>`: canary weights,
   gates, automatic rollback (loom.automation.rollout); a failed rollout leaves the stable prefix.
3. `reconcile` (at the start of every retraining Job): the stack's stable prefix is the truth;
   its manifest names the registered version of every model it serves, and MLflow `champion`
   (and, for the embedder, the Milvus alias) are moved to them, so the registry and the alias
   follow what Triton serves, and the next retraining starts from it.

The manifest carries every model: a candidate copies the served prefix's entries and replaces
its own, so promoting the generator does not make the registry forget the embedder's version.
Object storage goes through workloads.promote.objects (pyarrow.fs).
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from workloads.promote import saga
from workloads.promote.objects import exists, join, list_files, open_models, read_bytes, remove_tree, upload_dir, write_bytes
from workloads.promote.saga import SagaError, Step

MANIFEST = "loom-candidate.json"
CANDIDATES = "candidates"
EMBEDDER = "embedder"
EMBEDDER_REGISTERED = "loom-embedder"
RAG_CONFIG = "rag/config.pbtxt"
_COLLECTION_PARAM = re.compile(r'(\{\s*key:\s*"collection",\s*value:\s*\{\s*string_value:\s*")[^"]*("\s*\}\s*\})')


class StageError(SagaError):
    """A staging step failed; `undone` lists the steps that were compensated."""

    what = "staging"


@dataclass
class Staged:
    """A candidate ready for `loom rollout --version <prefix>`."""

    version: str
    prefix: str
    collection: str | None
    source_prefix: str
    rows: int
    objects: int
    steps: list[str] = field(default_factory=list)
    model: str = EMBEDDER

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def candidate_prefix(version: str, model: str = EMBEDDER) -> str:
    return f"{CANDIDATES}/{model}-v{version}"


def rollout_command(env: str, prefix: str) -> list[str]:
    """The `loom rollout` that puts a staged candidate on the canary track (gates watch `rag`)."""
    return ["loom", "rollout", "--env", env, "--model", "rag", "--version", prefix]


def set_collection(config_text: str, collection: str) -> str:
    """rag's config.pbtxt with its `collection` parameter set; refuses a config without one."""
    new, count = _COLLECTION_PARAM.subn(lambda m: f"{m.group(1)}{collection}{m.group(2)}", config_text)
    if count != 1:
        raise ValueError(f"{RAG_CONFIG} must have exactly one `collection` parameter, found {count}")
    return new


def set_parameter(config_text: str, key: str, value: str) -> str:
    """A config.pbtxt with the string parameter `key` set to `value` (replaced, else appended:
    protobuf text format merges repeated map entries and the last one wins)."""
    pattern = re.compile(r'(\{\s*key:\s*"' + re.escape(key) + r'",\s*value:\s*\{\s*string_value:\s*")[^"]*("\s*\}\s*\})')
    new, count = pattern.subn(lambda m: f"{m.group(1)}{value}{m.group(2)}", config_text)
    if count:
        return new
    return config_text.rstrip() + f'\nparameters {{ key: "{key}", value: {{ string_value: "{value}" }} }}\n'


def version_dir(files: list[str], model: str) -> str:
    """The highest `<model>/<number>/` of a served repository."""
    versions = sorted({int(p.split("/")[1]) for p in files if p.startswith(f"{model}/") and p.count("/") >= 2 and p.split("/")[1].isdigit()})
    if not versions:
        raise ValueError(f"the served model repository has no {model}/<number>/ directory")
    return str(versions[-1])


def embedder_version_dir(files: list[str]) -> str:
    return version_dir(files, EMBEDDER)


def manifest_models(manifest: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """{registered model: entry} of a manifest; manifests written before the generator was
    promoted too held only the embedder's fields at the top level."""
    if not manifest:
        return {}
    if "models" in manifest:
        return {k: dict(v) for k, v in manifest["models"].items()}
    return {EMBEDDER_REGISTERED: {"version": str(manifest["registered_model_version"]), "collection": manifest["collection"],
                                  "alias": manifest.get("alias", "loom_docs")}}


@dataclass
class Candidate:
    """What every staging run needs: the bucket, the served prefix's files, the new prefix."""

    models_uri: str
    served_prefix: str
    version: str
    model: str

    def __post_init__(self) -> None:
        self.filesystem, self.base = open_models(self.models_uri)
        self.source_root = join(self.base, self.served_prefix)
        self.prefix = candidate_prefix(self.version, self.model)
        self.target_root = join(self.base, self.prefix)

    def plan(self) -> list[str]:
        """The served repository's files, after checking that it is one and that the prefix is new."""
        files = list_files(self.filesystem, self.source_root)
        if not files:
            raise ValueError(f"no model repository under {self.served_prefix!r} in {self.models_uri}")
        if RAG_CONFIG not in files:
            raise ValueError(f"{self.served_prefix}/{RAG_CONFIG} is missing: not a Loom model repository")
        if list_files(self.filesystem, self.target_root):
            raise ValueError(f"{self.prefix!r} already exists in {self.models_uri}: was version {self.version} staged before?")
        return files

    def served_manifest(self) -> dict[str, Any] | None:
        path = join(self.source_root, MANIFEST)
        return json.loads(read_bytes(self.filesystem, path)) if exists(self.filesystem, path) else None

    def copy_step(self, files: list[str], staged: Staged, *, skip: Callable[[str], bool],
                  rewrite: dict[str, Callable[[str], str]]) -> Step:
        """Every served object into the candidate prefix (`rewrite` edits text files on the way).
        undo: delete the prefix (and with it whatever later steps wrote there)."""

        def do() -> None:
            for rel in files:
                if rel == MANIFEST or skip(rel):
                    continue
                data = read_bytes(self.filesystem, join(self.source_root, rel))
                if rel in rewrite:
                    data = rewrite[rel](data.decode("utf-8")).encode("utf-8")
                write_bytes(self.filesystem, join(self.target_root, rel), data)
                staged.objects += 1

        return Step("copy", do, lambda: remove_tree(self.filesystem, self.target_root, keep_above=self.base))

    def upload(self, local: Path, rel: str) -> int:
        return upload_dir(self.filesystem, local, join(self.target_root, rel))

    def write_text(self, rel: str, text: str) -> None:
        write_bytes(self.filesystem, join(self.target_root, rel), text.encode("utf-8"))

    def manifest_step(self, staged: Staged, manifest: Callable[[], dict[str, Any]]) -> Step:
        """`loom-candidate.json`, written last: a prefix without it is incomplete (undone with the prefix)."""

        def do() -> None:
            self.write_text(MANIFEST, json.dumps(manifest(), indent=2, sort_keys=True))
            staged.objects += 1

        return Step("manifest", do)


def stage(
    models_uri: str,
    served_prefix: str,
    challenger_version: str,
    challenger_dir: str,
    milvus_uri: str,
    *,
    alias: str = "loom_docs",
    progress: Callable[[str], None] = lambda _: None,
) -> Staged:
    """Write the embedder's candidate prefix and its collection; on failure undo both and raise StageError."""
    from sentence_transformers import SentenceTransformer

    from workloads.promote.collections import reindex, served_collection
    from workloads.rag.milvus import connect

    cand = Candidate(models_uri, served_prefix, challenger_version, EMBEDDER)
    collection = f"{alias}_m{challenger_version}"
    staged = Staged(challenger_version, cand.prefix, collection, served_prefix, 0, 0)
    mc = connect(milvus_uri)
    try:
        try:
            files = cand.plan()
            vdir = embedder_version_dir(files)
            if mc.has_collection(collection):
                raise ValueError(f"collection {collection!r} already exists: was version {challenger_version} staged before?")
            models = manifest_models(cand.served_manifest())
        except ValueError as exc:
            raise StageError("plan", exc, [], []) from exc
        model = SentenceTransformer(challenger_dir, device="cpu")
        weights_dir = f"{EMBEDDER}/{vdir}/weights/"

        def index() -> None:
            staged.rows = reindex(mc, served_collection(mc, alias), collection, model)

        def weights() -> None:
            with tempfile.TemporaryDirectory(prefix="loom-stage-") as tmp:
                model.save(tmp)
                staged.objects += cand.upload(Path(tmp), weights_dir)

        def manifest() -> dict[str, Any]:
            models[EMBEDDER_REGISTERED] = {"version": challenger_version, "collection": collection, "alias": alias}
            return {"registered_model": EMBEDDER_REGISTERED, "registered_model_version": challenger_version, "collection": collection,
                    "alias": alias, "source_prefix": served_prefix, "embedder_version_dir": vdir, "rows": staged.rows, "models": models}

        plan = [
            Step("index", index, lambda: mc.drop_collection(collection)),
            cand.copy_step(files, staged, skip=lambda rel: rel.startswith(weights_dir),
                           rewrite={RAG_CONFIG: lambda text: set_collection(text, collection)}),
            Step("weights", weights),  # undone with the prefix (copy)
            cand.manifest_step(staged, manifest),
        ]
        staged.steps = saga.run(plan, error=StageError, progress=progress)
    finally:
        mc.close()
    return staged


def read_manifest(models_uri: str, prefix: str) -> dict[str, Any] | None:
    filesystem, base = open_models(models_uri)
    path = join(base, prefix, MANIFEST)
    if not exists(filesystem, path):
        return None
    return json.loads(read_bytes(filesystem, path))


def point_alias(mc: Any, alias: str, collection: str) -> str | None:
    """Make `alias` name `collection`; a plain collection called `alias` is adopted first.

    Returns the collection the alias named before (None when there was none)."""
    from workloads.promote.collections import adopt, served_collection

    current = served_collection(mc, alias)
    if current == collection:
        return current
    if current == alias:  # first promotion: the original collection becomes `<alias>_base`
        current = adopt(mc, alias)
    if current is None:
        mc.create_alias(collection, alias)
    else:
        mc.alter_alias(collection, alias)
    return current


def reconcile(models_uri: str, served_prefix: str, tracking_uri: str, milvus_uri: str) -> dict[str, Any]:
    """Move MLflow `champion` of every model the stable prefix names (and the Milvus alias of the
    embedder's collection) to what it serves. Idempotent; `changed` lists what moved."""
    from workloads.rag.milvus import connect
    from workloads.retrain.registry import CHAMPION, alias_version, client

    manifest = read_manifest(models_uri, served_prefix)
    if manifest is None:
        return {"prefix": served_prefix, "changed": [], "reason": f"{served_prefix!r} has no {MANIFEST}: the shipped repository, nothing to follow"}
    models = manifest_models(manifest)
    changed: list[str] = []
    embedder = models.get(EMBEDDER_REGISTERED)
    if embedder:
        collection, alias = embedder["collection"], embedder.get("alias", "loom_docs")
        mc = connect(milvus_uri)
        try:
            if not mc.has_collection(collection):
                raise ValueError(f"{served_prefix}/{MANIFEST} names collection {collection!r}, which does not exist in Milvus")
            if point_alias(mc, alias, collection) != collection:
                changed.append(f"milvus:{alias}->{collection}")
        finally:
            mc.close()
    for name, entry in sorted(models.items()):
        version = str(entry["version"])
        if alias_version(tracking_uri, CHAMPION, name) != version:
            client(tracking_uri).set_registered_model_alias(name, CHAMPION, version)
            changed.append(f"mlflow:{name}@{CHAMPION}->{version}")
    out: dict[str, Any] = {"prefix": served_prefix, "models": {k: str(v["version"]) for k, v in models.items()}, "changed": changed}
    if embedder:
        out |= {"version": str(embedder["version"]), "collection": embedder["collection"]}
    return out
