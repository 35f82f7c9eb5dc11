"""Convert a resource's inputs once per request, not once per policy (pulumi-policy 1.21).

pulumi-policy's analyzer converts a resource's protobuf inputs (`MessageToDict`, then
`deserialize_properties`) again for every policy of the pack: with 33 policies that was ~78%
of Analyze time (cProfile, docs/benchmarks.md). The converted value is only read: every policy
still gets its own unknown-checking proxy, which copies each container, so sharing the
conversion changes no result (tests/policy/test_fast_inputs.py compares with the plain SDK).
Messages are keyed by their serialized bytes, so the cache never depends on object identity.
"""

from __future__ import annotations

import types
from collections import OrderedDict
from typing import Any, Callable

import pulumi_policy.policy as _sdk

_ENTRIES = 2048


class _Memo:
    """A bounded LRU over a pure conversion."""

    def __init__(self, fn: Callable[..., Any], key: Callable[..., Any]):
        self.fn, self.key, self.entries = fn, key, OrderedDict()

    def __call__(self, *args: Any) -> Any:
        k = self.key(*args)
        if k in self.entries:
            self.entries.move_to_end(k)
            return self.entries[k][1]
        value = self.fn(*args)
        self.entries[k] = (args, value)  # the args stay referenced, so an id() key is never reused
        if len(self.entries) > _ENTRIES:
            self.entries.popitem(last=False)
        return value


def install() -> None:
    """Idempotent: wrap the two conversions pulumi_policy.policy calls per policy."""
    if getattr(_sdk, "_loom_fast_inputs", False):
        return
    json_format = _sdk.json_format
    shim = types.SimpleNamespace(**{k: getattr(json_format, k) for k in dir(json_format) if not k.startswith("__")})
    shim.MessageToDict = _Memo(json_format.MessageToDict, lambda m, *a, **kw: (type(m).__name__, m.SerializeToString(deterministic=True)))
    _sdk.json_format = shim
    _sdk.deserialize_properties = _Memo(_sdk.deserialize_properties, lambda props, *a: (id(props), a))
    _sdk._loom_fast_inputs = True
