"""Promotion in clusters: stage a challenger as a model-repository prefix, reconcile after rollout.

In a cluster a served model version is a whole Triton model repository under one prefix of the
models bucket (stack setting `loom:triton.<track>.modelRepositoryPath`), and the canary is moved
by `loom rollout --version PREFIX` through the Automation API. So promotion there is three parts:

1. `stage` (the retraining Job, after a winning challenger), each step undone if a later fails:
   index  - collection `<alias>_m<version>`: every chunk of the served collection re-embedded
            by the challenger (the served collection is never touched);
   copy   - every object under the served prefix -> `candidates/embedder-v<version>/`, except
            the embedder's old weights;
   weights- the challenger into `embedder/<highest version>/weights/`, and rag's `collection`
            parameter set to the new collection (the candidate queries what it embedded);
   manifest - `loom-candidate.json` written last: a prefix without it is incomplete.
   Nothing served changes: the stable track keeps its prefix and its collection.
2. `loom rollout --env E --model rag --version candidates/embedder-v<version>`: canary weights, gates,
   automatic rollback (loom.automation.rollout); a failed rollout leaves the stable prefix.
3. `reconcile` (at the start of every retraining Job): the stack's stable prefix is the truth;
   when its manifest names a version, MLflow `champion` and the Milvus alias are moved to it, so
   the registry and the alias follow what Triton serves, and the next retraining starts from it.

Object storage goes through pyarrow.fs (already here for the lake): s3:// (IRSA; MinIO through
AWS_ENDPOINT_URL_S3, which pyarrow does not read by itself), gs:// (GKE Workload Identity),
abfs[s]:// (Azure), and plain local paths for the local platform and tests.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from workloads.promote.saga import SagaError, compensate

MANIFEST = "loom-candidate.json"
CANDIDATES = "candidates"
EMBEDDER = "embedder"
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
    collection: str
    source_prefix: str
    rows: int
    objects: int
    steps: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def candidate_prefix(version: str) -> str:
    return f"{CANDIDATES}/{EMBEDDER}-v{version}"


def rollout_command(env: str, prefix: str) -> list[str]:
    """The `loom rollout` that puts a staged candidate on the canary track (gates watch `rag`)."""
    return ["loom", "rollout", "--env", env, "--model", "rag", "--version", prefix]


def open_models(models_uri: str) -> tuple[Any, str]:
    """(pyarrow FileSystem, base path) for the models bucket URI or a local directory."""
    from pyarrow import fs

    if "://" not in models_uri:
        return fs.LocalFileSystem(), str(Path(models_uri).resolve())
    scheme = models_uri.split("://", 1)[0].lower()
    if scheme in ("s3", "s3a"):
        endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
        bucket_path = models_uri.split("://", 1)[1].strip("/")
        if endpoint:
            scheme_name, _, host = endpoint.partition("://")
            s3 = fs.S3FileSystem(endpoint_override=host or endpoint, scheme=scheme_name if host else "https",
                                 region=os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION"))
            return s3, bucket_path
        return fs.S3FileSystem(region=os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")), bucket_path
    filesystem, path = fs.FileSystem.from_uri(models_uri)
    return filesystem, path.rstrip("/")


def _join(first: str, *parts: str) -> str:
    """Join path parts with '/', keeping `first`'s leading '/' (local paths)."""
    return "/".join([first.rstrip("/"), *(p.strip("/") for p in parts if p.strip("/"))])


def _list(filesystem: Any, root: str) -> list[str]:
    """Every file under `root`, relative to it ([] when root does not exist)."""
    from pyarrow import fs

    info = filesystem.get_file_info(root)
    if info.type == fs.FileType.NotFound:
        return []
    selector = fs.FileSelector(root, recursive=True)
    return sorted(i.path[len(root.rstrip("/")) + 1 :] for i in filesystem.get_file_info(selector) if i.type == fs.FileType.File)


def _read(filesystem: Any, path: str) -> bytes:
    with filesystem.open_input_stream(path) as f:
        return f.read()


def _write(filesystem: Any, path: str, data: bytes) -> None:
    from pyarrow import fs

    if isinstance(filesystem, fs.LocalFileSystem):  # object stores have no directories; pyarrow's S3
        filesystem.create_dir(path.rsplit("/", 1)[0], recursive=True)  # create_dir would add empty marker objects
    with filesystem.open_output_stream(path) as f:
        f.write(data)


def _exists(filesystem: Any, path: str) -> bool:
    from pyarrow import fs

    return filesystem.get_file_info(path).type != fs.FileType.NotFound


def _remove_tree(filesystem: Any, root: str, *, keep_above: str) -> None:
    """Delete `root` and then its parents that became empty, up to (not including) `keep_above`."""
    from pyarrow import fs

    if _exists(filesystem, root):
        filesystem.delete_dir(root)
    parent = root.rsplit("/", 1)[0]
    while parent.rstrip("/") != keep_above.rstrip("/") and parent.startswith(keep_above.rstrip("/") + "/"):
        info = filesystem.get_file_info(parent)
        if info.type != fs.FileType.Directory or filesystem.get_file_info(fs.FileSelector(parent)):
            break
        filesystem.delete_dir(parent)
        parent = parent.rsplit("/", 1)[0]


def set_collection(config_text: str, collection: str) -> str:
    """rag's config.pbtxt with its `collection` parameter set; refuses a config without one."""
    new, count = _COLLECTION_PARAM.subn(lambda m: f"{m.group(1)}{collection}{m.group(2)}", config_text)
    if count != 1:
        raise ValueError(f"{RAG_CONFIG} must have exactly one `collection` parameter, found {count}")
    return new


def embedder_version_dir(files: list[str]) -> str:
    versions = sorted({int(p.split("/")[1]) for p in files if p.startswith(f"{EMBEDDER}/") and p.count("/") >= 2 and p.split("/")[1].isdigit()})
    if not versions:
        raise ValueError(f"the served model repository has no {EMBEDDER}/<number>/ directory")
    return str(versions[-1])


def stage(
    models_uri: str,
    served_prefix: str,
    challenger_version: str,
    challenger_dir: str,
    milvus_uri: str,
    *,
    alias: str = "loom_docs",
    inject_failure: str | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> Staged:
    """Write the candidate prefix and its collection; on failure undo both and raise StageError."""
    from sentence_transformers import SentenceTransformer

    from workloads.promote.transaction import reindex, served_collection
    from workloads.rag.milvus import connect

    filesystem, base = open_models(models_uri)
    source_root = _join(base, served_prefix)
    prefix = candidate_prefix(challenger_version)
    target_root = _join(base, prefix)
    collection = f"{alias}_m{challenger_version}"
    undo: list[tuple[str, Callable[[], None]]] = []
    staged = Staged(challenger_version, prefix, collection, served_prefix, 0, 0)
    step = "plan"

    def done(name: str) -> None:
        staged.steps.append(name)
        progress(name)
        if inject_failure == name:
            raise RuntimeError(f"injected failure after step {name!r}")

    mc = connect(milvus_uri)
    try:
        files = _list(filesystem, source_root)
        if not files:
            raise ValueError(f"no model repository under {served_prefix!r} in {models_uri}")
        if RAG_CONFIG not in files:
            raise ValueError(f"{served_prefix}/{RAG_CONFIG} is missing: not a Loom model repository")
        version_dir = embedder_version_dir(files)
        if _list(filesystem, target_root):
            raise ValueError(f"{prefix!r} already exists in {models_uri}: was version {challenger_version} staged before?")
        if mc.has_collection(collection):
            raise ValueError(f"collection {collection!r} already exists: was version {challenger_version} staged before?")
        model = SentenceTransformer(challenger_dir, device="cpu")

        step = "index"
        source_collection = served_collection(mc, alias)
        undo.append(("index", lambda: mc.drop_collection(collection)))
        staged.rows = reindex(mc, source_collection, collection, model)
        done("index")

        step = "copy"
        undo.append(("copy", lambda: _remove_tree(filesystem, target_root, keep_above=base)))
        weights_dir = f"{EMBEDDER}/{version_dir}/weights/"
        for rel in files:
            if rel.startswith(weights_dir) or rel == MANIFEST:
                continue
            data = _read(filesystem, _join(source_root, rel))
            if rel == RAG_CONFIG:
                data = set_collection(data.decode("utf-8"), collection).encode("utf-8")
            _write(filesystem, _join(target_root, rel), data)
            staged.objects += 1
        done("copy")

        step = "weights"
        with tempfile.TemporaryDirectory(prefix="loom-stage-") as tmp:
            model.save(tmp)
            for path in sorted(Path(tmp).rglob("*")):
                if path.is_file():
                    rel = path.relative_to(tmp).as_posix()
                    _write(filesystem, _join(target_root, weights_dir, rel), path.read_bytes())
                    staged.objects += 1
        done("weights")

        step = "manifest"
        manifest = {"registered_model_version": challenger_version, "collection": collection, "alias": alias,
                    "source_prefix": served_prefix, "embedder_version_dir": version_dir, "rows": staged.rows}
        _write(filesystem, _join(target_root, MANIFEST), json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
        staged.objects += 1
        done("manifest")
    except BaseException as exc:
        undone, errors = compensate(undo)
        mc.close()
        raise StageError(step, exc, undone, errors) from exc
    mc.close()
    return staged


def read_manifest(models_uri: str, prefix: str) -> dict[str, Any] | None:
    filesystem, base = open_models(models_uri)
    path = _join(base, prefix, MANIFEST)
    if not _exists(filesystem, path):
        return None
    return json.loads(_read(filesystem, path))


def point_alias(mc: Any, alias: str, collection: str) -> str | None:
    """Make `alias` name `collection`; a plain collection called `alias` is adopted first.

    Returns the collection the alias named before (None when there was none)."""
    from workloads.promote.transaction import adopt, served_collection

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


def reconcile(models_uri: str, served_prefix: str, tracking_uri: str, milvus_uri: str, *, name: str | None = None) -> dict[str, Any]:
    """Move MLflow `champion` and the Milvus alias to what the stable prefix serves (idempotent)."""
    from workloads.rag.milvus import connect
    from workloads.retrain.registry import CHAMPION, REGISTERED_MODEL, alias_version, client

    name = name or REGISTERED_MODEL
    manifest = read_manifest(models_uri, served_prefix)
    if manifest is None:
        return {"prefix": served_prefix, "changed": [], "reason": f"{served_prefix!r} has no {MANIFEST}: the shipped repository, nothing to follow"}
    version, collection, alias = str(manifest["registered_model_version"]), manifest["collection"], manifest.get("alias", "loom_docs")
    changed: list[str] = []
    mc = connect(milvus_uri)
    try:
        if not mc.has_collection(collection):
            raise ValueError(f"{served_prefix}/{MANIFEST} names collection {collection!r}, which does not exist in Milvus")
        if point_alias(mc, alias, collection) != collection:
            changed.append(f"milvus:{alias}->{collection}")
    finally:
        mc.close()
    if alias_version(tracking_uri, CHAMPION, name) != version:
        client(tracking_uri).set_registered_model_alias(name, CHAMPION, version)
        changed.append(f"mlflow:{CHAMPION}->{version}")
    return {"prefix": served_prefix, "version": version, "collection": collection, "changed": changed}
