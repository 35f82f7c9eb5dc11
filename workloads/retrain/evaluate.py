"""Retrieval quality on held-out queries (recall@k, MRR, hit@1 over a corpus) and the embedder's gate.

The gate has two sides: the challenger must beat the champion on the held-out queries of the
drifted traffic (what it was trained for) AND must not lose more than a margin of hit@1 on the
fixed regression set of general questions (workloads/retrain/regression_set.py), which no
training run sees: a model that learns a team's code names while forgetting plain questions
is not promoted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Callable, Sequence

import numpy as np


@dataclass(frozen=True)
class Heldout:
    """Queries with the id of the one passage that answers each, and the corpus searched."""

    queries: Sequence[str]
    relevant: Sequence[str]
    corpus_ids: Sequence[str]
    corpus_texts: Sequence[str]


@dataclass(frozen=True)
class Metrics:
    recall_at_5: float
    mrr: float
    queries: int
    hit_at_1: float = 0.0

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


def retrieval_metrics(embed: Callable[[list[str]], np.ndarray], data: Heldout, k: int = 5) -> Metrics:
    """Exact cosine ranking of the whole corpus per query (vectors are L2-normalised)."""
    q = np.asarray(embed(list(data.queries)), dtype=np.float32)
    c = np.asarray(embed(list(data.corpus_texts)), dtype=np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True) + 1e-12
    c /= np.linalg.norm(c, axis=1, keepdims=True) + 1e-12
    scores = q @ c.T
    index = {cid: i for i, cid in enumerate(data.corpus_ids)}
    target = np.array([index[r] for r in data.relevant])
    # rank = 1 + number of passages scoring strictly higher than the relevant one
    ranks = 1 + (scores > scores[np.arange(len(target)), target][:, None]).sum(axis=1)
    return Metrics(float(np.mean(ranks <= k)), float(np.mean(1.0 / ranks)), len(target), float(np.mean(ranks == 1)))


def general_heldout() -> Heldout:
    """The fixed regression set as retrieval queries: each question against all its passages,
    embedded as `loom index` embeds a chunk (heading, then text)."""
    from workloads.rag.chunking import embedding_input
    from workloads.retrain.regression_set import ITEMS

    return Heldout([i.question for i in ITEMS], [i.id for i in ITEMS], [i.id for i in ITEMS], [embedding_input(i.heading, i.passage) for i in ITEMS])


def st_embedder(model_dir: str) -> Callable[[list[str]], np.ndarray]:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_dir, device="cpu")
    return lambda texts: model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)


@dataclass(frozen=True)
class Decision:
    promote: bool
    reason: str
    challenger: Metrics
    champion: Metrics
    margin: float
    regression: dict | None = None
    """{"champion": Metrics, "challenger": Metrics, "margin": float} on the general regression set."""

    def to_dict(self) -> dict:
        out = {"promote": self.promote, "reason": self.reason, "challenger": self.challenger.to_dict(), "champion": self.champion.to_dict(), "margin": self.margin}
        if self.regression is not None:
            out["regression"] = {k: (v.to_dict() if isinstance(v, Metrics) else v) for k, v in self.regression.items()}
        return out


REGRESSION_MARGIN = 0.03
"""Most hit@1 the challenger may lose on the general regression set (one question in 40 is 0.025,
so a single flip passes while the 0.91 -> 0.83 regression seen on the demo does not)."""


def decide(challenger: Metrics, champion: Metrics, margin: float, *, regression: tuple[Metrics, Metrics] | None = None,
           regression_margin: float = REGRESSION_MARGIN) -> Decision:
    """The challenger goes on only when its MRR beats the champion's by more than `margin`, its
    recall@5 is not worse, and (given `regression` = (challenger, champion) on the general set)
    its hit@1 there is not lower than the champion's by more than `regression_margin`."""
    gain = challenger.mrr - champion.mrr
    reg: dict[str, Any] | None = None
    why = None
    if regression is not None:
        r_chal, r_champ = regression
        reg = {"challenger": r_chal, "champion": r_champ, "margin": regression_margin}
        if r_champ.hit_at_1 - r_chal.hit_at_1 > regression_margin:
            why = f"regression set: hit@1 fell {r_champ.hit_at_1:.3f} -> {r_chal.hit_at_1:.3f} (more than the margin {regression_margin:g})"
    if gain <= margin:
        why = f"MRR gain {gain:+.4f} <= margin {margin:g}" + (f"; {why}" if why else "")
    elif challenger.recall_at_5 < champion.recall_at_5:
        why = f"recall@5 fell {champion.recall_at_5:.3f} -> {challenger.recall_at_5:.3f}" + (f"; {why}" if why else "")
    if why:
        return Decision(False, why, challenger, champion, margin, reg)
    ok = f"MRR +{gain:.4f} > margin {margin:g}, recall@5 {challenger.recall_at_5:.3f} >= {champion.recall_at_5:.3f}"
    if reg:
        ok += f", regression-set hit@1 {reg['champion'].hit_at_1:.3f} -> {reg['challenger'].hit_at_1:.3f} within {regression_margin:g}"
    return Decision(True, ok, challenger, champion, margin, reg)
