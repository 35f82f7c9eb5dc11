"""The key/value cache of a batch whose sequences join and leave at any step (continuous batching).

transformers' DynamicCache concatenates the whole cache at every step (a copy of everything cached,
per layer, per token) and has no way to add a sequence to a running batch. Here each layer appends
into spare capacity, and the batch is left-padded: sequence i's cached tokens are the last
`lengths[i]` columns, and `valid` marks which columns hold real tokens. A sequence joins with
`join` (its own prefilled cache, padded to the batch's width) and leaves with `keep`.
"""

from __future__ import annotations

import torch
from transformers.cache_utils import Cache, DynamicCache, DynamicLayer

SPARE = 64
"""Columns allocated beyond what is needed; grown by doubling when used up."""


class _Layer(DynamicLayer):
    def __init__(self) -> None:
        super().__init__()
        self._k: torch.Tensor | None = None
        self._v: torch.Tensor | None = None
        self._len = 0

    def _set(self, k: torch.Tensor, v: torch.Tensor, length: int) -> None:
        self._k, self._v, self._len = k, v, length
        self.keys, self.values = k[:, :, :length], v[:, :, :length]
        self.device = k.device
        self.is_initialized = True

    def lazy_initialization(self, key_states: torch.Tensor, value_states: torch.Tensor) -> None:
        b, h, n, d = key_states.shape
        self._set(key_states.new_zeros(b, h, n + SPARE, d), value_states.new_zeros(b, h, n + SPARE, d), 0)

    def update(self, key_states: torch.Tensor, value_states: torch.Tensor, *args, **kwargs):
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
        assert self._k is not None and self._v is not None  # set by lazy_initialization
        n = key_states.shape[-2]
        need = self._len + n
        if need > self._k.shape[-2]:
            grown = max(need + SPARE, 2 * self._k.shape[-2])
            k = self._k.new_zeros(*self._k.shape[:2], grown, self._k.shape[-1])
            v = self._v.new_zeros(*self._v.shape[:2], grown, self._v.shape[-1])
            k[:, :, : self._len] = self._k[:, :, : self._len]
            v[:, :, : self._len] = self._v[:, :, : self._len]
            self._k, self._v = k, v
        self._k[:, :, self._len : need] = key_states
        self._v[:, :, self._len : need] = value_states
        self._set(self._k, self._v, need)
        return self.keys, self.values

    def rows(self, index: torch.Tensor, drop_front: int) -> None:
        """Keep the rows in `index` and drop the first `drop_front` columns (padding of every row)."""
        assert self._k is not None and self._v is not None  # only initialized layers have rows
        k = self._k[index, :, drop_front : self._len].contiguous()
        v = self._v[index, :, drop_front : self._len].contiguous()
        self._from_dense(k, v)

    def _from_dense(self, k: torch.Tensor, v: torch.Tensor) -> None:
        length = k.shape[-2]
        bk = k.new_zeros(*k.shape[:2], length + SPARE, k.shape[-1])
        bv = v.new_zeros(*v.shape[:2], length + SPARE, v.shape[-1])
        bk[:, :, :length] = k
        bv[:, :, :length] = v
        self._set(bk, bv, length)

    def dense(self) -> tuple[torch.Tensor, torch.Tensor]:
        return self.keys, self.values


def _left_pad(t: torch.Tensor, width: int) -> torch.Tensor:
    pad = width - t.shape[-2]
    if pad == 0:
        return t
    return torch.cat([t.new_zeros(*t.shape[:2], pad, t.shape[-1]), t], dim=-2)


class BatchCache(DynamicCache):
    """A DynamicCache (so the model accepts it) of left-padded rows that can join and leave."""

    layers: list[_Layer]

    def __init__(self, num_layers: int) -> None:
        Cache.__init__(self, layers=[_Layer() for _ in range(num_layers)])
        self.valid = torch.zeros(0, 0, dtype=torch.bool)
        """[batch, width]: True where a column holds one of that row's real tokens."""

    @property
    def width(self) -> int:
        return self.valid.shape[1]

    @property
    def rows(self) -> int:
        return self.valid.shape[0]

    def grow_step(self) -> None:
        """Account for the token every row just appended (after a decode step)."""
        self.valid = torch.cat([self.valid, torch.ones(self.rows, 1, dtype=torch.bool)], dim=1)

    def join(self, other: "BatchCache") -> None:
        """Append the rows of `other` (a freshly prefilled cache without padding)."""
        if self.rows == 0:
            self.layers, self.valid = other.layers, other.valid
            return
        width = max(self.width, other.width)
        for mine, theirs in zip(self.layers, other.layers):
            k1, v1 = mine.dense()
            k2, v2 = theirs.dense()
            mine._from_dense(
                torch.cat([_left_pad(k1, width), _left_pad(k2, width)], dim=0),
                torch.cat([_left_pad(v1, width), _left_pad(v2, width)], dim=0),
            )
        pad = lambda m: torch.cat([torch.zeros(m.shape[0], width - m.shape[1], dtype=torch.bool), m], dim=1)  # noqa: E731  (a one-line helper used twice, right here)
        self.valid = torch.cat([pad(self.valid), pad(other.valid)], dim=0)

    def keep(self, index: list[int]) -> None:
        """Keep only these rows (in this order); drop columns that are padding in all of them."""
        if not index:
            BatchCache.__init__(self, len(self.layers))
            return
        rows = torch.tensor(index, dtype=torch.long)
        valid = self.valid[rows]
        used = valid.any(dim=0).nonzero()
        front = int(used[0]) if used.numel() else valid.shape[1]
        for layer in self.layers:
            layer.rows(rows, front)
        self.valid = valid[:, front:]

    def decode_mask(self, dtype: torch.dtype) -> torch.Tensor:
        """The additive 4-D attention mask [batch, 1, 1, width + 1] for one new token per row."""
        allowed = torch.cat([self.valid, torch.ones(self.rows, 1, dtype=torch.bool)], dim=1)
        mask = torch.zeros(allowed.shape, dtype=dtype)
        mask.masked_fill_(~allowed, torch.finfo(dtype).min)
        return mask[:, None, None, :]
