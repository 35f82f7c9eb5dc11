"""The models bucket through pyarrow.fs: s3:// (IRSA; MinIO through AWS_ENDPOINT_URL_S3, which
pyarrow does not read by itself), gs:// (GKE Workload Identity), abfs[s]:// (Azure), and plain
local paths for the local platform and tests: one code path for all of them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


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


def join(first: str, *parts: str) -> str:
    """Join path parts with '/', keeping `first`'s leading '/' (local paths)."""
    return "/".join([first.rstrip("/"), *(p.strip("/") for p in parts if p.strip("/"))])


def list_files(filesystem: Any, root: str) -> list[str]:
    """Every file under `root`, relative to it ([] when root does not exist)."""
    from pyarrow import fs

    info = filesystem.get_file_info(root)
    if info.type == fs.FileType.NotFound:
        return []
    selector = fs.FileSelector(root, recursive=True)
    return sorted(i.path[len(root.rstrip("/")) + 1 :] for i in filesystem.get_file_info(selector) if i.type == fs.FileType.File)


def read_bytes(filesystem: Any, path: str) -> bytes:
    with filesystem.open_input_stream(path) as f:
        return f.read()


def write_bytes(filesystem: Any, path: str, data: bytes) -> None:
    from pyarrow import fs

    if isinstance(filesystem, fs.LocalFileSystem):  # object stores have no directories; pyarrow's S3
        filesystem.create_dir(path.rsplit("/", 1)[0], recursive=True)  # create_dir would add empty marker objects
    with filesystem.open_output_stream(path) as f:
        f.write(data)


def exists(filesystem: Any, path: str) -> bool:
    from pyarrow import fs

    return filesystem.get_file_info(path).type != fs.FileType.NotFound


def remove_tree(filesystem: Any, root: str, *, keep_above: str) -> None:
    """Delete `root` and then its parents that became empty, up to (not including) `keep_above`."""
    from pyarrow import fs

    if exists(filesystem, root):
        filesystem.delete_dir(root)
    parent = root.rsplit("/", 1)[0]
    while parent.rstrip("/") != keep_above.rstrip("/") and parent.startswith(keep_above.rstrip("/") + "/"):
        info = filesystem.get_file_info(parent)
        if info.type != fs.FileType.Directory or filesystem.get_file_info(fs.FileSelector(parent)):
            break
        filesystem.delete_dir(parent)
        parent = parent.rsplit("/", 1)[0]


def upload_dir(filesystem: Any, local: Path, target: str) -> int:
    """Every file under the local directory `local` to `target`; returns how many."""
    count = 0
    for path in sorted(Path(local).rglob("*")):
        if path.is_file():
            write_bytes(filesystem, join(target, path.relative_to(local).as_posix()), path.read_bytes())
            count += 1
    return count
