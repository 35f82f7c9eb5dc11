"""Retrieval quality on held-out queries: recall@k and MRR over a corpus, and the promotion gate."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Callable, Sequence

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
    return Metrics(float(np.mean(ranks <= k)), float(np.mean(1.0 / ranks)), len(target))


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

    def to_dict(self) -> dict:
        return {"promote": self.promote, "reason": self.reason, "challenger": self.challenger.to_dict(), "champion": self.champion.to_dict(), "margin": self.margin}


def decide(challenger: Metrics, champion: Metrics, margin: float) -> Decision:
    """The challenger goes on only when its MRR beats the champion's by more than `margin`
    and its recall@5 is not worse."""
    gain = challenger.mrr - champion.mrr
    if gain > margin and challenger.recall_at_5 >= champion.recall_at_5:
        return Decision(True, f"MRR +{gain:.4f} > margin {margin:g}, recall@5 {challenger.recall_at_5:.3f} >= {champion.recall_at_5:.3f}", challenger, champion, margin)
    why = f"MRR gain {gain:+.4f} <= margin {margin:g}" if gain <= margin else f"recall@5 fell {champion.recall_at_5:.3f} -> {challenger.recall_at_5:.3f}"
    return Decision(False, why, challenger, champion, margin)
