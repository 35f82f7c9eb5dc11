"""The Pulumi workspace behind a small interface, so orchestration (policy gate, rollout steps,
rollback) is plain Python that tests drive with a fake, and only `PulumiWorkspace` needs the CLI.

`PulumiWorkspace` is a `pulumi.automation.LocalWorkspace` on this repository: `work_dir` is the
repo root, so the CLI reads `Pulumi.yaml` (`main: infra/`, `stackConfigDir: stacks/`) exactly as a
hand-run `pulumi up` would. Every update is given the settings file Loom generated for it
(`config_file`, see `deployed.py`), and the CLI runs through `LoomPulumiCommand` (Ctrl-C reaches
the CLI once and Loom waits for it to release the stack lock).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Protocol, Sequence

from loom.automation.project import Project
from loom.errors import LoomError

if TYPE_CHECKING:  # the Automation API is imported only when a real stack is opened
    from pulumi.automation import EngineEvent

OnOutput = Callable[[str], None]
"""Receives each line the CLI prints (stdout: the human progress view; stderr: its errors)."""
OnEvent = Callable[["EngineEvent"], None]
"""Receives each structured engine event (resource steps, policy violations, the summary)."""


@dataclass(frozen=True)
class Streams:
    """Where an operation's output goes while it runs: CLI stdout, CLI stderr, engine events."""

    on_output: Optional[OnOutput] = None
    on_error: Optional[OnOutput] = None
    on_event: Optional[OnEvent] = None


@dataclass(frozen=True)
class OutputItem:
    """One stack output: its value and whether Pulumi holds it as a secret."""

    value: Any
    secret: bool = False


@dataclass
class OperationResult:
    """What a preview, up, refresh or destroy did: resource changes by operation (`create`, `update`, `same`...)."""

    operation: str
    changes: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, OutputItem] = field(default_factory=dict)
    stdout: str = ""


@dataclass(frozen=True)
class UpdateRecord:
    """One entry of `pulumi stack history`: the config an update deployed (values as the CLI prints
    them: objects as JSON text; secrets as None) and how it ended."""

    version: Optional[int]
    kind: str
    result: str
    message: str
    config: Mapping[str, Optional[str]]


class StackHandle(Protocol):
    """One selected stack: the operations Loom drives."""

    name: str

    def history(self, *, page_size: int, page: int) -> list[UpdateRecord]:
        """Updates, newest first (`pulumi stack history`); an error when the backend cannot be read."""

    def preview(
        self,
        *,
        config_file: Path,
        policy_packs: Sequence[str],
        policy_pack_configs: Sequence[str],
        streams: Streams,
        expect_no_changes: bool = False,
        refresh: bool = False,
        save_plan: Optional[Path] = None,
    ) -> OperationResult: ...

    def up(
        self,
        *,
        config_file: Path,
        policy_packs: Sequence[str],
        policy_pack_configs: Sequence[str],
        message: Optional[str],
        streams: Streams,
        refresh: bool = False,
        plan: Optional[Path] = None,
    ) -> OperationResult: ...

    def refresh(
        self, *, config_file: Path, message: Optional[str], streams: Streams, expect_no_changes: bool = False
    ) -> OperationResult: ...

    def destroy(self, *, config_file: Path, exclude_protected: bool, streams: Streams) -> OperationResult: ...

    def outputs(self) -> dict[str, OutputItem]: ...


class Workspace(Protocol):
    """Opens stacks of the Loom project."""

    project: Project

    def stack(self, name: str, *, create: bool = False, secrets_provider: Optional[str] = None) -> StackHandle:
        """Select the stack `name` (`env` or `<org>/loom/<env>`); with `create`, create it when missing
        (with `secrets_provider`, e.g. `awskms://alias/pulumi`)."""


class OperationFailed(LoomError):
    """A Pulumi operation ran and failed (exit 1: the input was fine, the deployment was not)."""

    exit_code = 1

    def __init__(self, message: str, *, cli_error: str = "") -> None:
        super().__init__(message)
        self.cli_error = cli_error


class StackLocked(OperationFailed):
    """Another update holds the stack's lock (or a killed CLI left it): nothing was changed."""

    def __init__(self, stack: str, cli_error: str) -> None:
        self.stack = stack
        super().__init__(
            f"stack {stack!r} is locked by another update ({cli_error}); wait for it to finish, or if no update "
            f"is running (an interrupted or killed CLI left the lock), release it with `pulumi cancel --stack {stack} --yes` "
            f"and run the command again",
            cli_error=cli_error,
        )


class StateReadError(OperationFailed):
    """What is deployed could not be read: callers stop before they change anything."""


SECRETS_PROVIDER_SCHEMES = ("awskms://", "gcpkms://", "azurekeyvault://", "hashivault://")


def check_secrets_provider(provider: str, env: Mapping[str, str] | None = None) -> str:
    """`default`, `passphrase` or a KMS URL (`awskms://alias/pulumi`, `gcpkms://projects/...`,
    `azurekeyvault://<vault>.vault.azure.net/keys/<key>`, `hashivault://<key>`); a LoomError otherwise."""
    env = os.environ if env is None else env
    if provider == "passphrase":
        if not (env.get("PULUMI_CONFIG_PASSPHRASE") or env.get("PULUMI_CONFIG_PASSPHRASE_FILE")):
            raise LoomError(
                "--secrets-provider passphrase: set PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE) first; "
                "the stack's secrets are encrypted with it"
            )
        return provider
    if provider == "default" or any(provider.startswith(s) and len(provider) > len(s) for s in SECRETS_PROVIDER_SCHEMES):
        return provider
    raise LoomError(
        f"--secrets-provider {provider!r}: allowed: default (Pulumi Cloud), passphrase, or a key URL "
        "awskms://..., gcpkms://..., azurekeyvault://..., hashivault://... (see docs/deploy.md)"
    )


def pulumi_cli_path() -> str | None:
    """The Pulumi CLI on PATH, or None (every real operation needs it; the offline tools do not)."""
    return shutil.which("pulumi")


class PulumiWorkspace:
    """`Workspace` over `pulumi.automation.LocalWorkspace(work_dir=<repo root>)`."""

    def __init__(
        self, project: Project, env_vars: Mapping[str, str] | None = None, on_signal: Callable[[str], None] | None = None
    ) -> None:
        self.project = project
        self._env_vars = dict(env_vars or {})
        self._on_signal = on_signal

    def stack(self, name: str, *, create: bool = False, secrets_provider: Optional[str] = None) -> "PulumiStack":
        if pulumi_cli_path() is None:
            raise LoomError(
                "the Pulumi CLI is not on PATH; `loom stack` drives real stacks through it "
                "(install: https://www.pulumi.com/docs/iac/download-install/). Offline, use `loom preview` and `loom policy check`."
            )
        if secrets_provider is not None and not create:
            raise LoomError("--secrets-provider applies when a stack is created: add --create")
        from pulumi import automation as auto

        from loom.automation.pulumi_cli import LoomPulumiCommand

        try:
            command = LoomPulumiCommand(on_signal=self._on_signal)
        except Exception as exc:  # noqa: BLE001 - `pulumi version` itself failed: one line, no traceback
            raise LoomError(f"could not run `pulumi version`: {exc}") from None
        workspace = auto.LocalWorkspace(
            work_dir=str(self.project.root), env_vars=self._env_vars, secrets_provider=secrets_provider, pulumi_command=command
        )
        try:
            try:
                stack = auto.Stack.select(name, workspace)
            except auto.errors.StackNotFoundError:
                if not create:
                    raise LoomError(
                        f"stack {name!r} does not exist in the current Pulumi backend; create it with --create "
                        f"(and --secrets-provider, see docs/deploy.md)"
                    ) from None
                stack = auto.Stack.create(name, workspace)
        except auto.errors.CommandError as exc:
            raise LoomError(f"could not select stack {name!r}: {cli_error(exc)}") from None
        return PulumiStack(stack)


class PulumiStack:
    """`StackHandle` over `pulumi.automation.Stack`; CLI failures become one-line LoomErrors."""

    def __init__(self, stack: Any) -> None:
        self._stack = stack
        self.name: str = stack.name

    def history(self, *, page_size: int, page: int) -> list[UpdateRecord]:
        try:
            entries = self._stack.history(page_size=page_size, page=page, show_secrets=False)
        except Exception as exc:  # noqa: BLE001 - CommandError, or JSON the SDK could not parse
            raise StateReadError(
                f"could not read the update history of stack {self.name!r}: {cli_error(exc)}", cli_error=cli_error(exc)
            ) from None
        return [
            UpdateRecord(
                version=e.version,
                kind=str(e.kind),
                result=str(e.result),
                message=e.message or "",
                config={k: (None if v.secret else v.value) for k, v in (e.config or {}).items()},
            )
            for e in entries
        ]

    def preview(
        self,
        *,
        config_file: Path,
        policy_packs: Sequence[str],
        policy_pack_configs: Sequence[str],
        streams: Streams,
        expect_no_changes: bool = False,
        refresh: bool = False,
        save_plan: Optional[Path] = None,
    ) -> OperationResult:
        result = self._run(
            lambda: self._stack.preview(
                config_file=str(config_file),
                policy_packs=list(policy_packs),
                policy_pack_configs=list(policy_pack_configs) or None,
                expect_no_changes=expect_no_changes or None,
                refresh=refresh or None,
                plan=str(save_plan) if save_plan else None,
                color="never",
                **_callbacks(streams),
            ),
            "preview",
        )
        return OperationResult("preview", _changes(result.change_summary), {}, result.stdout)

    def up(
        self,
        *,
        config_file: Path,
        policy_packs: Sequence[str],
        policy_pack_configs: Sequence[str],
        message: Optional[str],
        streams: Streams,
        refresh: bool = False,
        plan: Optional[Path] = None,
    ) -> OperationResult:
        result = self._run(
            lambda: self._stack.up(
                config_file=str(config_file),
                policy_packs=list(policy_packs),
                policy_pack_configs=list(policy_pack_configs) or None,
                message=message,
                refresh=refresh or None,
                plan=str(plan) if plan else None,
                color="never",
                **_callbacks(streams),
            ),
            "up",
        )
        outputs = {k: OutputItem(v.value, v.secret) for k, v in result.outputs.items()}
        return OperationResult("up", _changes(result.summary.resource_changes), outputs, result.stdout)

    def refresh(
        self, *, config_file: Path, message: Optional[str], streams: Streams, expect_no_changes: bool = False
    ) -> OperationResult:
        result = self._run(
            lambda: self._stack.refresh(
                config_file=str(config_file),
                message=message,
                expect_no_changes=expect_no_changes or None,
                color="never",
                **_callbacks(streams),
            ),
            "refresh",
        )
        return OperationResult("refresh", _changes(result.summary.resource_changes), {}, result.stdout)

    def destroy(self, *, config_file: Path, exclude_protected: bool, streams: Streams) -> OperationResult:
        result = self._run(
            lambda: self._stack.destroy(
                config_file=str(config_file), exclude_protected=exclude_protected, color="never", **_callbacks(streams)
            ),
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
        except auto.errors.ConcurrentUpdateError as exc:
            raise StackLocked(self.name, cli_error(exc)) from None
        except auto.errors.CommandError as exc:
            raise OperationFailed(f"pulumi {what} on stack {self.name!r} failed: {cli_error(exc)}", cli_error=cli_error(exc)) from None


def _callbacks(streams: Streams) -> dict[str, Any]:
    return {"on_output": streams.on_output, "on_error": streams.on_error, "on_event": streams.on_event}


def _changes(summary: Mapping[str, int] | None) -> dict[str, int]:
    # keys are OpType (a str Enum) or plain strings depending on where the CLI's JSON came from
    return {str(getattr(k, "value", k)): int(v) for k, v in (summary or {}).items()}


def cli_error(exc: BaseException) -> str:
    """The CLI's own first error line of a failed command (not the SDK's ` stderr: ` dump)."""
    from loom.automation.pulumi_cli import first_error_line

    result = getattr(exc, "result", None)
    if result is not None:
        return first_error_line(result)
    # Errors raised by the SDK's own runner: str() is "\n code: N\n stdout: ...\n stderr: ..."
    text = str(exc)
    _, sep, stderr = text.partition("\n stderr: ")
    for line in (stderr if sep else text).splitlines():
        stripped = line.strip()
        if stripped.startswith("error:"):
            return stripped[len("error:") :].strip()
    lines = [ln.strip() for ln in (stderr if sep else text).splitlines() if ln.strip()]
    return lines[0] if lines else exc.__class__.__name__
