"""Supervised examples for the generator, from the lake.

A correction that carries a corrected answer, joined to the interaction it corrects, is one
example: the prompt is rebuilt exactly as rag built it (the question and the passages it
retrieved, numbered in that order, workloads.rag.prompt.build_prompt) and the target is the
corrected answer. The passages are looked up by the chunk ids the interaction recorded; an
example whose chunks are no longer stored (re-indexed or deleted since) cannot be rebuilt
and is skipped, counted, never guessed. The Delta table versions read are returned so the
MLflow run records the exact snapshot (time travel reproduces the data).

The fixed regression set (workloads/retrain/regression_set.py) becomes examples too: each
general question with its passage and two others, the right one at a position that varies, so
a model that learned "always cite [1]" does not look good on it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from workloads.lake import Lake
from workloads.rag.prompt import Passage, build_prompt
from workloads.retrain.generator.metrics import citations
from workloads.retrain.pairs import Snapshot, corrections_joined

ChunkLookup = Callable[[str], "tuple[str, str] | None"]
"""chunk id -> (source name as rag shows it, chunk text), or None when it is not stored."""


@dataclass(frozen=True)
class Example:
    request_id: str
    question: str
    passages: tuple[Passage, ...]
    answer: str
    """The reference: the corrected answer, or the regression set's answer."""
    gold: frozenset[int] = field(default_factory=frozenset)
    """Numbers of the passages that hold the answer: those the reference cites."""

    @property
    def prompt(self) -> str:
        return build_prompt(self.question, list(self.passages))


def supervised_examples(lake: Lake, chunk_of: ChunkLookup | Mapping[str, tuple[str, str]], snapshot: Snapshot | None = None) -> tuple[list[Example], Snapshot, int]:
    """(examples, snapshot, corrections with an answer that could not be rebuilt)."""
    snap = snapshot or Snapshot(lake.version("interactions"), lake.version("corrections"))
    lookup = chunk_of.get if isinstance(chunk_of, Mapping) else chunk_of
    examples, skipped = [], 0
    for row in corrections_joined(lake, snap).to_pylist():
        if not row["corrected_answer"]:
            continue  # a source-only correction teaches retrieval, not answers
        looked_up = [lookup(cid) for cid in row["sources"] or []]
        found = [f for f in looked_up if f is not None]
        if not found or len(found) != len(looked_up):
            skipped += 1
            continue
        passages = tuple(Passage(i + 1, src, text) for i, (src, text) in enumerate(found))
        gold = frozenset(n for n in citations(row["corrected_answer"]) if 1 <= n <= len(passages))
        examples.append(Example(row["request_id"], row["question"], passages, row["corrected_answer"], gold))
    return examples, snap, skipped


def split_heldout(examples: list, every: int = 5, key: Callable[[Any], str] = lambda e: e.request_id) -> tuple[list, list]:
    """Deterministic split by request id (every `every`-th by hash is held out): a retried Job
    holds out the same examples, and no request is on both sides."""
    held_ids = {key(e) for e in examples if int(hashlib.sha256(key(e).encode()).hexdigest(), 16) % every == 0}
    return [e for e in examples if key(e) not in held_ids], [e for e in examples if key(e) in held_ids]


def regression_examples(limit: int | None = None) -> list[Example]:
    """The general regression set as prompts with three passages (module doc)."""
    from workloads.retrain.regression_set import ITEMS

    items = ITEMS[:limit] if limit else ITEMS
    out = []
    for i, item in enumerate(items):
        others = [ITEMS[(ITEMS.index(item) + k) % len(ITEMS)] for k in (7, 19)]
        position = i % 3
        chosen = others[:position] + [item] + others[position:]
        passages = tuple(Passage(n + 1, f"python-docs/{c.id}.md", f"{c.heading}\n{c.passage}") for n, c in enumerate(chosen))
        out.append(Example(f"general:{item.id}", item.question, passages, item.reference.replace("[1]", f"[{position + 1}]"), frozenset({position + 1})))
    return out
