"""Fakes behind loom.automation's interfaces, for fast orchestration tests: a stack that deploys the
settings file it is given and keeps an update history like the backend's (newest first, each
update's config as the CLI prints it), a policy checker, a clock, a metrics source.

The same code also runs against the recording stand-in for the Pulumi CLI (tests/automation/stand_in).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

import yaml

from loom.automation.metrics import WindowStats
from loom.automation.policy import PolicyVerdict
from loom.automation.project import Project
from loom.automation.record import RECORD_KEY
from loom.automation.workspace import OperationFailed, OperationResult, OutputItem, StackLocked, StateReadError, UpdateRecord

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


def cli_text(value: Any) -> str:
    """How `pulumi stack history --json` prints a config value: objects as JSON, scalars as text."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class FakeStack:
    """Deploys the settings file each operation is given; `updates` is its history, newest first."""

    def __init__(
        self,
        name: str,
        log: list,
        *,
        fail_up_at: Sequence[int] = (),
        locked_up_at: Sequence[int] = (),
        outputs: dict | None = None,
        deployed: dict[str, Any] | None = None,
    ):
        self.name = name
        self.log = log
        self.ups = 0
        self.fail_up_at = set(fail_up_at)
        self.locked_up_at = set(locked_up_at)
        self.history_error: Optional[str] = None
        self.updates: list[UpdateRecord] = []
        self._outputs = outputs if outputs is not None else {k: OutputItem(v) for k, v in CONTRACT.items()}
        self.calls: list[tuple] = []
        self.after_up: Callable[[int], None] = lambda n: None
        if deployed is not None:
            self._record("update", "succeeded", "deployed before the test", deployed)

    # -- what the orchestration sees -------------------------------------------------------------

    def history(self, *, page_size: int, page: int) -> list[UpdateRecord]:
        self.log.append(("history",))
        if self.history_error:
            raise StateReadError(f"could not read the update history of stack {self.name!r}: {self.history_error}")
        return self.updates[(page - 1) * page_size : page * page_size]

    def preview(self, *, config_file, policy_packs, policy_pack_configs, streams, expect_no_changes=False, refresh=False, save_plan=None):
        self.calls.append(("preview", list(policy_packs), list(policy_pack_configs)))
        self.log.append(("preview",))
        if streams.on_output:
            streams.on_output("Previewing update (fake)")
        return OperationResult("preview", {"same": 3})

    def up(self, *, config_file, policy_packs, policy_pack_configs, message, streams, refresh=False, plan=None):
        self.ups += 1
        config = self._read(config_file)
        self.calls.append(("up", list(policy_packs), list(policy_pack_configs), message))
        self.log.append(("up", copy.deepcopy(config.get("loom:triton")), copy.deepcopy(config.get(RECORD_KEY))))
        if self.ups in self.locked_up_at:
            raise StackLocked(self.name, "the stack is currently locked by 1 lock(s)")
        if self.ups in self.fail_up_at:
            self._record("update", "failed", message, config)
            raise OperationFailed(f"pulumi up on stack {self.name!r} failed: fake failure #{self.ups}")
        self._record("update", "succeeded", message, config)
        self.after_up(self.ups)
        return OperationResult("up", {"update": 1, "same": 5}, dict(self._outputs))

    def refresh(self, *, config_file, message, streams, expect_no_changes=False):
        self.calls.append(("refresh", expect_no_changes))
        return OperationResult("refresh", {"same": 5})

    def destroy(self, *, config_file, exclude_protected, streams):
        self.calls.append(("destroy", exclude_protected))
        self.log.append(("destroy",))
        return OperationResult("destroy", {"delete": 9})

    def outputs(self) -> dict[str, OutputItem]:
        return dict(self._outputs)

    # -- what tests read -------------------------------------------------------------------------

    def triton(self) -> dict[str, Any]:
        """`loom:triton` as the last update deployed it."""
        return json.loads(self.updates[0].config["loom:triton"])

    def record(self) -> Optional[dict[str, Any]]:
        raw = self.updates[0].config.get(RECORD_KEY) if self.updates else None
        return json.loads(raw) if raw else None

    def _record(self, kind: str, result: str, message: Optional[str], config: dict[str, Any]) -> None:
        version = (self.updates[0].version or 0) + 1 if self.updates else 1
        self.updates.insert(0, UpdateRecord(version, kind, result, message or "", {k: cli_text(v) for k, v in config.items()}))

    @staticmethod
    def _read(config_file: Path) -> dict[str, Any]:
        return (yaml.safe_load(Path(config_file).read_text()) or {}).get("config") or {}


class FakeWorkspace:
    def __init__(self, stack: FakeStack, project: Project | None = None) -> None:
        self.project = project or Project.load(REPO_ROOT)
        self._stack = stack
        self.opened: list[tuple[str, bool, Optional[str]]] = []

    def stack(self, name: str, *, create: bool = False, secrets_provider: Optional[str] = None) -> FakeStack:
        self.opened.append((name, create, secrets_provider))
        self._stack.name = name
        return self._stack


@dataclass
class FakePolicy:
    verdicts: list[PolicyVerdict] = field(default_factory=lambda: [PolicyVerdict(True, [], 12)])
    log: Optional[list] = None
    calls: int = 0
    given: list[tuple] = field(default_factory=list)

    def __call__(self, env: str, *, settings_file, policy_config) -> PolicyVerdict:
        self.calls += 1
        self.given.append((env, settings_file, policy_config))
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
        self.samples = 0
        self.measures = 0

    def begin(self) -> None:
        self.begins += 1

    def sample(self) -> None:
        self.samples += 1

    def measure(self) -> WindowStats:
        item = self.results[min(self.measures, len(self.results) - 1)]
        self.measures += 1
        if isinstance(item, BaseException):
            raise item
        return item() if callable(item) else item


HEALTHY = WindowStats(requests=500, errors=1, p99_ms=120.0, mean_ms=40.0)
"""0.2 % errors, p99 120 ms: passes the default gates."""
