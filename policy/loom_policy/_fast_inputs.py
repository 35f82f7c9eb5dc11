"""Convert a resource's inputs once per request, not once per policy (pulumi-policy 1.21.0 only).

pulumi-policy's analyzer converts a resource's protobuf inputs (`MessageToDict`, then
`deserialize_properties`, then `unknown_checking_proxy`) again for every policy of the pack, and
`AnalyzeStack` does it for every resource once per stack policy. With ~40 policies that conversion was
most of the Analyze time (cProfile, docs/benchmarks.md). The converted values are only read by the
rules' `validate`, so sharing them changes no result (tests/policy/test_fast_inputs.py compares the
verdicts with the SDK unmodified).

Two conditions keep it correct:
- It patches module internals of one exact SDK release. `install()` refuses any other version (the pack
  then runs the plain SDK, only slower) and policy/requirements.txt pins `pulumi-policy==1.21.0`.
- The SDK serves Analyze from a thread pool (4 workers), so each memo is guarded by a lock. A value is
  computed outside the lock; two threads racing on the same key both compute it and one result wins,
  which is harmless for a pure conversion.
Remediation reads its inputs through a secrets-preserving proxy and mutates them: that path
(`deserialize_properties(..., True)`) is never memoised.
"""

from __future__ import annotations

import sys
import threading
import types
from collections import OrderedDict
from typing import Any, Callable

import pulumi_policy.policy as _sdk
from pulumi_policy.version import VERSION as SDK_VERSION

SUPPORTED_SDK = "1.21.0"
_ENTRIES = 4096
_MISS = object()


class Memo:
    """A bounded, thread-safe LRU over a pure conversion. `key` returns None for calls not to cache."""

    def __init__(self, fn: Callable[..., Any], key: Callable[..., Any], entries: int = _ENTRIES):
        self.fn, self.key, self.capacity = fn, key, entries
        self.entries: OrderedDict = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        k = self.key(*args, **kwargs)
        if k is None:
            return self.fn(*args, **kwargs)
        with self.lock:
            entry = self.entries.get(k, _MISS)
            if entry is not _MISS:
                self.entries.move_to_end(k)
                self.hits += 1
                return entry[1]
            self.misses += 1
        value = self.fn(*args, **kwargs)
        with self.lock:
            # the args stay referenced, so an id() in a key is never reused while the entry lives
            self.entries[k] = (args, value)
            self.entries.move_to_end(k)
            while len(self.entries) > self.capacity:
                self.entries.popitem(last=False)
        return value


def _message_key(m: Any, *args: Any, **kwargs: Any) -> Any:
    return (type(m).__name__, m.SerializeToString(deterministic=True), args, tuple(sorted(kwargs.items())))


def _deserialize_key(props: Any, proxy_secrets: bool = False) -> Any:
    return None if proxy_secrets else id(props)


def _proxy_key(props: Any) -> Any:
    return id(props) if isinstance(props, dict) else None


def install() -> bool:
    """Idempotent: wrap the conversions pulumi_policy.policy calls per policy. False (and nothing patched)
    when the installed SDK is not the one these internals were read from."""
    if getattr(_sdk, "_loom_fast_inputs", False):
        return True
    if SDK_VERSION != SUPPORTED_SDK:
        print(f"loom policy pack: pulumi-policy {SDK_VERSION} is not {SUPPORTED_SDK}; running without the "
              "conversion memo", file=sys.stderr)
        return False
    json_format = _sdk.json_format
    shim = types.SimpleNamespace(**{k: getattr(json_format, k) for k in dir(json_format) if not k.startswith("__")})
    shim.MessageToDict = Memo(json_format.MessageToDict, _message_key)
    _sdk.json_format = shim
    _sdk.deserialize_properties = Memo(_sdk.deserialize_properties, _deserialize_key)
    _sdk.unknown_checking_proxy = Memo(_sdk.unknown_checking_proxy, _proxy_key)
    setattr(_sdk, "_loom_fast_inputs", True)  # the marker read above (a module has no such attribute to type)
    return True
