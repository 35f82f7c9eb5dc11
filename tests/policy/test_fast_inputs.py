"""The pack's conversion memo (policy/loom_policy/_fast_inputs.py) changes no result.

The same insecure stack checked twice through the real analyzer protocol: once as shipped, once
with pulumi-policy unmodified (LOOM_POLICY_PLAIN_SDK=1). Every violation must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"


def _check(tmp_path: Path, plain: bool) -> dict:
    out = tmp_path / f"report-{'plain' if plain else 'memo'}.json"
    env = dict(os.environ, LOOM_POLICY_PLAIN_SDK="1" if plain else "0")
    proc = subprocess.run([sys.executable, "-m", "loom.cli", "policy", "check", "--config-file", str(FIXTURES / "Pulumi.insecure.yaml"),
                           "--policy-config", str(FIXTURES / "policy-eu-only.json"), "--format", "json", "-o", str(out)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    return json.loads(out.read_text())


@pytest.mark.slow
def test_memoised_conversion_reports_exactly_what_the_plain_sdk_reports(tmp_path):
    memo, plain = _check(tmp_path, plain=False), _check(tmp_path, plain=True)
    key = lambda v: (v["urn"], v["policy"], v["message"])  # noqa: E731
    assert len(plain["violations"]) > 20, "the fixture must exercise many rules"
    assert sorted(memo["violations"], key=key) == sorted(plain["violations"], key=key)
    assert memo["policies_evaluated"] == plain["policies_evaluated"]


@pytest.mark.slow
def test_memo_and_plain_sdk_agree_on_every_conformance_case(monkeypatch):
    """The whole specification corpus (every rule, unknowns, Helm values files) through both conversions."""
    from loom.policycheck import PolicySession
    from tests.policy import builders as b
    from tests.policy.conformance.test_conformance import CASES

    def verdicts(plain: bool) -> list:
        monkeypatch.setenv("LOOM_POLICY_PLAIN_SDK", "1" if plain else "0")
        with PolicySession(stack="eq") as session:
            return [sorted((v.policy, v.urn, v.message, v.enforcementLevel) for v in session.check(
                [b.stack(), *c.resources], stack="eq", policy_config=c.config).violations) for c in CASES]

    memo, plain = verdicts(False), verdicts(True)
    assert sum(len(v) for v in plain) > 300, "the corpus must produce many violations"
    assert memo == plain


# --- the memo's own guarantees, in the pack's interpreter (pulumi-policy lives there) --------------------
PACK = REPO / "policy"


def _in_pack(code: str) -> subprocess.CompletedProcess:
    from loom.policycheck.pack import pack_python

    return subprocess.run([pack_python(PACK), "-c", code], cwd=PACK, capture_output=True, text=True, timeout=120)


def test_pulumi_policy_is_pinned_exactly_to_the_release_the_memo_patches():
    reqs = (PACK / "requirements.txt").read_text()
    pins = [line.split("#")[0].strip() for line in reqs.splitlines() if line.startswith("pulumi-policy")]
    assert pins == ["pulumi-policy==1.21.0"], pins
    proc = _in_pack("from loom_policy._fast_inputs import SUPPORTED_SDK, SDK_VERSION; print(SUPPORTED_SDK, SDK_VERSION)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1.21.0", "1.21.0"]


_INTERNALS = r"""
import importlib.metadata as md, inspect, re
import google.protobuf.json_format as json_format
import pulumi_policy.policy as sdk
from pulumi_policy.deserialize import deserialize_properties
from pulumi_policy.proxy import unknown_checking_proxy
pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^\s#]+)", open("requirements.txt").read(), re.M))
print("pins", {k: (v, md.version(k)) for k, v in pins.items() if v != md.version(k)})
# the three module attributes the memo replaces are what the analyzer calls per policy
print("names", sdk.json_format is json_format, sdk.deserialize_properties is deserialize_properties,
      sdk.unknown_checking_proxy is unknown_checking_proxy)
print("sig", list(inspect.signature(sdk.deserialize_properties).parameters), list(inspect.signature(sdk.unknown_checking_proxy).parameters))
src = inspect.getsource(sdk)
print("calls", src.count("deserialize_properties(json_format.MessageToDict("), src.count("unknown_checking_proxy(deserialized)"),
      src.count("deserialize_properties(json_format.MessageToDict(request.properties), True)"))
# MessageToDict is a pure function of the message's deterministic bytes (the memo's key)
from google.protobuf import struct_pb2
a, b = struct_pb2.Struct(), struct_pb2.Struct()
a.update({"x": 1, "y": {"z": [1, "s"]}}); b.update({"y": {"z": [1, "s"]}, "x": 1})
print("pure", a.SerializeToString(deterministic=True) == b.SerializeToString(deterministic=True), json_format.MessageToDict(a) == json_format.MessageToDict(b))
"""


def test_the_internals_the_memo_patches_are_as_assumed():
    """Fails by name when pulumi-policy or protobuf changes what loom_policy/_fast_inputs.py relies on: every
    exact pin of policy/requirements.txt is what the pack's interpreter has, the replaced names are the SDK's,
    with the assumed signatures, called as assumed (per policy, and once with proxy_secrets for remediation)."""
    proc = _in_pack(_INTERNALS)
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split(" ", 1) for line in proc.stdout.strip().splitlines())
    assert lines["pins"] == "{}", f"installed versions differ from policy/requirements.txt pins: {lines['pins']}"
    assert lines["names"] == "True True True"
    assert lines["sig"] == "['props', 'proxy_secrets'] ['props']"
    per_policy, proxies, remediation = map(int, lines["calls"].split())
    assert per_policy >= 3 and proxies >= 3 and remediation == 1, lines["calls"]
    assert lines["pure"] == "True True"


def test_install_refuses_any_other_sdk_version():
    proc = _in_pack(
        "import loom_policy._fast_inputs as f, pulumi_policy.policy as sdk\n"
        "before = (sdk.json_format, sdk.deserialize_properties, sdk.unknown_checking_proxy)\n"
        "f.SDK_VERSION = '1.22.0'\n"
        "print(f.install())\n"
        "print(before == (sdk.json_format, sdk.deserialize_properties, sdk.unknown_checking_proxy))\n"
        "f.SDK_VERSION = f.SUPPORTED_SDK\n"
        "print(f.install(), sdk.deserialize_properties is not before[1])\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "True", "True", "True"]
    assert "is not 1.21.0" in proc.stderr


_RACE = """
import contextlib, threading
from collections import OrderedDict
from loom_policy._fast_inputs import Memo

hit, evicted = threading.Event(), threading.Event()

class Gate(OrderedDict):
    # Pauses the first hit on key 0 between the lookup and the LRU bookkeeping that follows it.
    armed = False
    def get(self, key, default=None):
        value = super().get(key, default)
        if self.armed and key == 0 and value is not default:
            self.armed = False
            hit.set()
            evicted.wait(5)
        return value

def race(memo):
    hit.clear(); evicted.clear()
    memo.entries = Gate()
    memo(0)
    memo.entries.armed = True
    errors = []
    def first():
        try:
            assert memo(0) == 0
        except Exception as exc:
            errors.append(type(exc).__name__)
    a = threading.Thread(target=first)
    a.start()
    assert hit.wait(5)
    b = threading.Thread(target=lambda: memo(1))  # a miss that evicts key 0 (capacity 1)
    b.start()
    b.join(0.3)  # with the lock, b waits for a; without it, b evicts key 0 under a's feet
    evicted.set()
    a.join(); b.join()
    return errors

locked = Memo(lambda k: k * 10, lambda k: k, entries=1)
unlocked = Memo(lambda k: k * 10, lambda k: k, entries=1)
unlocked.lock = contextlib.nullcontext()
print("locked", race(locked), "unlocked", race(unlocked))
"""


def test_memo_is_thread_safe_where_an_unlocked_lru_breaks():
    """The SDK serves Analyze from 4 threads. A forced interleaving: one thread is between its cache hit and
    the LRU update while another evicts that key. The locked memo serialises them; the same memo without its
    lock raises KeyError, so this test fails if the lock is ever removed."""
    proc = _in_pack(_RACE)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "locked [] unlocked ['KeyError']", proc.stdout


def test_memo_under_concurrent_load_returns_exact_values():
    proc = _in_pack(
        "import sys, threading\n"
        "sys.setswitchinterval(1e-6)\n"
        "from loom_policy._fast_inputs import Memo\n"
        "calls = []\n"
        "memo = Memo(lambda k: (calls.append(k), k * k)[1], lambda k: k, entries=8)\n"
        "bad = []\n"
        "def work(seed):\n"
        "    for i in range(3000):\n"
        "        k = (i * 7 + seed) % 24\n"
        "        if memo(k) != k * k: bad.append(k)\n"
        "ts = [threading.Thread(target=work, args=(s,)) for s in range(8)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "print(len(bad), memo.hits + memo.misses, len(memo.entries) <= 8)\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["0", str(8 * 3000), "True"]
