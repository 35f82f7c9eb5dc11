"""Fakes behind loom.automation's interfaces: a workspace that records what is set and deployed
(with the Pulumi CLI's own `config set --path` typing), a policy checker, a clock, a metrics source."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from loom.automation.metrics import WindowStats
from loom.automation.policy import PolicyVerdict
from loom.automation.project import Project
from loom.automation.workspace import OperationFailed, OperationResult, OutputItem

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"

CONTRACT = {
    "contract_version": "1.0",
    "environment": "dev",
    "inference": {
        "http_url": "http://triton.loom-serving.svc.cluster.local:8000",
        "grpc_url": "triton.loom-serving.svc.cluster.local:8001",
        "models": {"embedder": "embedder", "generator": "generator", "rag": "rag", "guard": "output_guard"},
    },
    "vector_store": {"uri": "http://milvus.loom-data.svc.cluster.local:19530", "collection_prefix": "loom_"},
    "tracking": {"uri": "http://mlflow.loom-data.svc.cluster.local:5000"},
    "lake": {"uri": "s3://loom-dev-lake", "format": "delta"},
    "mesh": {"namespace": "loom-serving", "mtls_mode": "STRICT"},
}


def cli_typed(value: str) -> Any:
    """What `pulumi config set --path` stores: true/false as booleans, integers not starting with 0 as numbers."""
    if value in ("true", "false"):
        return value == "true"
    if re.fullmatch(r"-?[1-9][0-9]*|0", value):
        return int(value)
    return value


def _split(key: str) -> tuple[str, list[str]]:
    top, _, rest = key.partition(".")
    return top, rest.split(".") if rest else []


class FakeStack:
    """A stack whose config is a dict and whose `up` snapshots that config into `log`."""

    def __init__(self, name: str, config: dict[str, Any], log: list, *, fail_up_at: Sequence[int] = (), outputs: dict | None = None):
        self.name = name
        self.config = copy.deepcopy(config)
        self.log = log
        self.ups = 0
        self.fail_up_at = set(fail_up_at)
        self._outputs = outputs if outputs is not None else {k: OutputItem(v) for k, v in CONTRACT.items()}
        self.calls: list[tuple] = []

    def get_config(self, key: str, *, path: bool = False) -> Any:
        top, parts = _split(key) if path else (key, [])
        node = self.config.get(top)
        for part in parts:
            node = node.get(part) if isinstance(node, dict) else None
        return copy.deepcopy(node)

    def set_config(self, key: str, value: str, *, path: bool = False) -> None:
        self.log.append(("set", key, value))
        if not path:
            self.config[key] = value
            return
        top, parts = _split(key)
        node = self.config.setdefault(top, {})
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = cli_typed(value)

    def remove_config(self, key: str, *, path: bool = False) -> None:
        self.log.append(("rm", key))
        top, parts = _split(key) if path else (key, [])
        if not parts:
            self.config.pop(top, None)
            return
        node = self.config.get(top, {})
        for part in parts[:-1]:
            node = node.get(part, {})
        node.pop(parts[-1], None)

    def triton(self) -> dict[str, Any]:
        return copy.deepcopy(self.config.get("loom:triton", {}))

    def preview(self, *, policy_packs, on_output, on_event) -> OperationResult:
        self.calls.append(("preview", list(policy_packs)))
        self.log.append(("preview",))
        if on_output:
            on_output("Previewing update (fake)")
        return OperationResult("preview", {"same": 3})

    def up(self, *, policy_packs, message, on_output, on_event) -> OperationResult:
        self.ups += 1
        self.calls.append(("up", list(policy_packs), message))
        self.log.append(("up", self.triton()))
        if self.ups in self.fail_up_at:
            raise OperationFailed(f"pulumi up on stack {self.name!r} failed: fake failure #{self.ups}")
        return OperationResult("up", {"update": 1, "same": 5}, dict(self._outputs))

    def destroy(self, *, exclude_protected, on_output, on_event) -> OperationResult:
        self.calls.append(("destroy", exclude_protected))
        self.log.append(("destroy",))
        return OperationResult("destroy", {"delete": 9})

    def outputs(self) -> dict[str, OutputItem]:
        return dict(self._outputs)


class FakeWorkspace:
    def __init__(self, stack: FakeStack, project: Project | None = None) -> None:
        self.project = project or Project.load(REPO_ROOT)
        self._stack = stack
        self.opened: list[tuple[str, bool]] = []

    def stack(self, name: str, *, create: bool = False) -> FakeStack:
        self.opened.append((name, create))
        self._stack.name = name
        return self._stack


@dataclass
class FakePolicy:
    verdicts: list[PolicyVerdict] = field(default_factory=lambda: [PolicyVerdict(True, [], 12)])
    log: Optional[list] = None
    calls: int = 0

    def __call__(self, env: str) -> PolicyVerdict:
        self.calls += 1
        if self.log is not None:
            self.log.append(("policy", env))
        return self.verdicts[min(self.calls - 1, len(self.verdicts) - 1)]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.slept.append(seconds)
        self.now += seconds


class FakeSource:
    """Returns scripted windows (or raises scripted exceptions) one per `measure()`; repeats the last."""

    description = "fake metrics"

    def __init__(self, *results: WindowStats | BaseException | Callable[[], WindowStats]) -> None:
        self.results = list(results)
        self.begins = 0
        self.measures = 0

    def begin(self) -> None:
        self.begins += 1

    def measure(self) -> WindowStats:
        item = self.results[min(self.measures, len(self.results) - 1)]
        self.measures += 1
        if isinstance(item, BaseException):
            raise item
        return item() if callable(item) else item


HEALTHY = WindowStats(requests=500, errors=1, p99_ms=120.0, mean_ms=40.0)
"""0.2 % errors, p99 120 ms: passes the default gates."""
