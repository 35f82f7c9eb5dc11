"""Index documents: read, chunk, embed through the inference API, store with source metadata."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol

import numpy as np

from workloads.rag.chunking import SUFFIXES, chunk_text, embedding_input
from workloads.rag.store import VectorStore, document_hash


class Embedder(Protocol):
    def embed(self, texts: list[str]) -> np.ndarray: ...


@dataclass
class IndexReport:
    indexed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    chunks: int = 0

    def to_dict(self) -> dict:
        return {"indexed": self.indexed, "unchanged": self.unchanged, "empty": self.empty, "chunks": self.chunks}


def collect(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The documents under `paths` (files as given, directories recursively by suffix)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise FileNotFoundError(f"{raw}: no such file or directory")
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.suffix.lower() in SUFFIXES:
            found.append(path)
        else:
            raise ValueError(f"{raw}: unsupported document type {path.suffix or '(none)'}; allowed: {', '.join(SUFFIXES)}")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique


def source_name(path: Path) -> str:
    """The name a citation shows: relative to the working directory when under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def read_document(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def index_documents(
    documents: list[Path],
    embedder: Embedder,
    store: VectorStore,
    *,
    on_document: Callable[[Path, str], None] | None = None,
) -> IndexReport:
    """Index each document unless its hash is already stored; `on_document(path, outcome)` reports progress."""
    report = IndexReport()
    texts = {path: read_document(path) for path in documents}  # fail on unreadable input before writing
    for path in documents:
        text, source = texts[path], source_name(path)
        digest = document_hash(text)
        if store.indexed_hash(source) == digest:
            report.unchanged.append(source)
            outcome = "unchanged"
        else:
            chunks = chunk_text(text)
            if not chunks:
                report.empty.append(source)
                outcome = "empty"
            else:
                vectors = embedder.embed([embedding_input(c.heading, c.text) for c in chunks])
                report.chunks += store.replace_document(
                    source, digest, [(c.index, c.heading, c.text) for c in chunks], vectors
                )
                report.indexed.append(source)
                outcome = "indexed"
        if on_document:
            on_document(path, outcome)
    return report
