"""The Pulumi workspace behind a small interface, so orchestration (policy gate, rollout steps,
rollback) is plain Python that tests drive with a fake, and only `PulumiWorkspace` needs the CLI.

`PulumiWorkspace` is a `pulumi.automation.LocalWorkspace` on this repository: `work_dir` is the
repo root, so the CLI reads `Pulumi.yaml` (`main: infra/`, `stackConfigDir: stacks/`) and the
stack's settings from `stacks/Pulumi.<env>.yaml`, exactly as `pulumi up` run by hand would.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Protocol, Sequence

from loom.automation.project import Project
from loom.errors import LoomError

if TYPE_CHECKING:  # the Automation API is imported only when a real stack is opened
    from pulumi.automation import EngineEvent

OnOutput = Callable[[str], None]
"""Receives each line the CLI prints (the human progress view)."""
OnEvent = Callable[["EngineEvent"], None]
"""Receives each structured engine event (resource steps, policy violations, the summary)."""


@dataclass(frozen=True)
class OutputItem:
    """One stack output: its value and whether Pulumi holds it as a secret."""

    value: Any
    secret: bool = False


@dataclass
class OperationResult:
    """What a preview, up or destroy did: resource changes by operation (`create`, `update`, `same`...)."""

    operation: str
    changes: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, OutputItem] = field(default_factory=dict)
    stdout: str = ""


class StackHandle(Protocol):
    """One selected stack: the operations Loom drives. Config keys are full (`loom:triton`)."""

    name: str

    def get_config(self, key: str, *, path: bool = False) -> Any:
        """The value at `key` (JSON-decoded where it is structured), or None when unset."""

    def set_config(self, key: str, value: str, *, path: bool = False) -> None:
        """Set `key` (with `path=True`, a leaf inside a structured value: `loom:triton.canary.weight`)."""

    def remove_config(self, key: str, *, path: bool = False) -> None:
        """Remove `key` (a leaf with `path=True`), so the program's default applies again."""

    def preview(self, *, policy_packs: Sequence[str], on_output: Optional[OnOutput], on_event: Optional[OnEvent]) -> OperationResult: ...

    def up(
        self, *, policy_packs: Sequence[str], message: Optional[str], on_output: Optional[OnOutput], on_event: Optional[OnEvent]
    ) -> OperationResult: ...

    def destroy(self, *, exclude_protected: bool, on_output: Optional[OnOutput], on_event: Optional[OnEvent]) -> OperationResult: ...

    def outputs(self) -> dict[str, OutputItem]: ...


class Workspace(Protocol):
    """Opens stacks of the Loom project."""

    project: Project

    def stack(self, name: str, *, create: bool = False) -> StackHandle:
        """Select the stack `name` (`env` or `<org>/loom/<env>`); with `create`, create it when missing."""


def pulumi_cli_path() -> str | None:
    """The Pulumi CLI on PATH, or None (every real operation needs it; the offline tools do not)."""
    return shutil.which("pulumi")


class PulumiWorkspace:
    """`Workspace` over `pulumi.automation.LocalWorkspace(work_dir=<repo root>)`."""

    def __init__(self, project: Project, env_vars: Mapping[str, str] | None = None) -> None:
        self.project = project
        self._env_vars = dict(env_vars or {})

    def stack(self, name: str, *, create: bool = False) -> "PulumiStack":
        if pulumi_cli_path() is None:
            raise LoomError(
                "the Pulumi CLI is not on PATH; `loom stack` drives real stacks through it "
                "(install: https://www.pulumi.com/docs/iac/download-install/). Offline, use `loom preview` and `loom policy check`."
            )
        from pulumi import automation as auto

        workspace = auto.LocalWorkspace(work_dir=str(self.project.root), env_vars=self._env_vars)
        try:
            stack = (auto.Stack.create_or_select if create else auto.Stack.select)(name, workspace)
        except auto.errors.StackNotFoundError:
            raise LoomError(f"stack {name!r} does not exist in the current Pulumi backend; create it with --create (or `pulumi stack init {name}`)") from None
        except auto.errors.CommandError as exc:
            raise LoomError(f"could not select stack {name!r}: {_first_error_line(exc)}") from None
        return PulumiStack(stack)


class PulumiStack:
    """`StackHandle` over `pulumi.automation.Stack`; CLI failures become one-line LoomErrors."""

    def __init__(self, stack: Any) -> None:
        self._stack = stack
        self.name: str = stack.name

    def get_config(self, key: str, *, path: bool = False) -> Any:
        from pulumi import automation as auto

        try:
            raw = self._stack.get_config(key, path=path).value
        except auto.errors.CommandError:
            return None  # `pulumi config get` exits non-zero for a missing key
        try:
            return json.loads(raw)
        except (TypeError, ValueError):
            return raw

    def set_config(self, key: str, value: str, *, path: bool = False) -> None:
        from pulumi import automation as auto

        self._run(lambda: self._stack.set_config(key, auto.ConfigValue(value=value), path=path), f"config set {key}")

    def remove_config(self, key: str, *, path: bool = False) -> None:
        self._run(lambda: self._stack.remove_config(key, path=path), f"config rm {key}")

    def preview(self, *, policy_packs: Sequence[str], on_output: Optional[OnOutput], on_event: Optional[OnEvent]) -> OperationResult:
        result = self._run(
            lambda: self._stack.preview(policy_packs=list(policy_packs), on_output=on_output, on_event=on_event, color="never"),
            "preview",
        )
        return OperationResult("preview", _changes(result.change_summary), {}, result.stdout)

    def up(
        self, *, policy_packs: Sequence[str], message: Optional[str], on_output: Optional[OnOutput], on_event: Optional[OnEvent]
    ) -> OperationResult:
        result = self._run(
            lambda: self._stack.up(
                policy_packs=list(policy_packs), message=message, on_output=on_output, on_event=on_event, color="never"
            ),
            "up",
        )
        outputs = {k: OutputItem(v.value, v.secret) for k, v in result.outputs.items()}
        return OperationResult("up", _changes(result.summary.resource_changes), outputs, result.stdout)

    def destroy(self, *, exclude_protected: bool, on_output: Optional[OnOutput], on_event: Optional[OnEvent]) -> OperationResult:
        result = self._run(
            lambda: self._stack.destroy(exclude_protected=exclude_protected, on_output=on_output, on_event=on_event, color="never"),
            "destroy",
        )
        return OperationResult("destroy", _changes(result.summary.resource_changes), {}, result.stdout)

    def outputs(self) -> dict[str, OutputItem]:
        raw = self._run(self._stack.outputs, "stack output")
        return {k: OutputItem(v.value, v.secret) for k, v in raw.items()}

    def _run(self, call: Callable[[], Any], what: str) -> Any:
        from pulumi import automation as auto

        try:
            return call()
        except auto.errors.CommandError as exc:
            raise OperationFailed(f"pulumi {what} on stack {self.name!r} failed: {_first_error_line(exc)}") from None


class OperationFailed(LoomError):
    """A Pulumi operation ran and failed (exit 1: the input was fine, the deployment was not)."""

    exit_code = 1


def _changes(summary: Mapping[str, int] | None) -> dict[str, int]:
    # keys are OpType (a str Enum) or plain strings depending on where the CLI's JSON came from
    return {str(getattr(k, "value", k)): int(v) for k, v in (summary or {}).items()}


def _first_error_line(exc: Exception) -> str:
    """The CLI's own `error:` line from a CommandError (its str() holds the whole stderr)."""
    text = str(exc)
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("error:"):
            return stripped[len("error:") :].strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else exc.__class__.__name__
