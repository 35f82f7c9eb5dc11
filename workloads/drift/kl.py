"""KL divergence between two histograms, smoothed so that an empty bin never gives infinity."""

from __future__ import annotations

import numpy as np
from scipy.stats import entropy

DEFAULT_ALPHA = 0.5
"""Additive (Jeffreys) pseudo-count per bin: a bin seen in one window and not the other gives a
large but finite divergence, and the smoothing's own bias fades as windows grow."""


def smoothed(counts: np.ndarray, alpha: float = DEFAULT_ALPHA) -> np.ndarray:
    c = np.asarray(counts, dtype=np.float64) + alpha
    return c / c.sum()


def kl_divergence(current: np.ndarray, reference: np.ndarray, alpha: float = DEFAULT_ALPHA) -> float:
    """KL(current || reference) in nats over the same bins, via scipy.stats.entropy."""
    cur, ref = np.asarray(current), np.asarray(reference)
    if cur.shape != ref.shape:
        raise ValueError(f"histograms have different bins: {cur.shape} vs {ref.shape}")
    return float(entropy(smoothed(cur, alpha), smoothed(ref, alpha)))
