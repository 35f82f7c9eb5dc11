"""Stack operations with Loom's guardrails: the policy pack and its per-env configuration on every
preview and up, `up` refused when the offline policy check finds a mandatory violation, the
rollout-owned settings carried from the deployed stack (never from the checkout), outputs written
as JSON after up.

`StackOps` is the Python API platform tooling uses (the `loom stack` commands are a thin layer on
it); it only talks to a `Workspace`, so tests drive it with a fake one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from loom.automation.clock import Clock, SystemClock
from loom.automation.deployed import DeployedState, read_deployed_state, write_settings_file
from loom.automation.policy import PolicyChecker, PolicyVerdict, check_stack_policies
from loom.automation.project import POLICY_PACK_DIR, qualified_stack_name, write_json_atomic
from loom.automation.workspace import OperationResult, OutputItem, StackHandle, StackLocked, Streams, Workspace
from loom.errors import LoomError

SECRET_MASK = "[secret]"

LOCK_POLL_S = 5.0
"""How often a locked stack is tried again while waiting for its lock."""


class PolicyRefused(LoomError):
    """`up` was refused: the offline policy check found mandatory violations (exit 1, like the check)."""

    exit_code = 1

    def __init__(self, env: str, verdict: PolicyVerdict) -> None:
        self.verdict = verdict
        super().__init__(f"up refused for {env!r}: {verdict.summary()} (see `loom policy check --stack {env}`)")


class StackOps:
    """preview / up / refresh / destroy / outputs of one Loom environment through a `Workspace`."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        policy_check: PolicyChecker | None = None,
        org: Optional[str] = None,
        streams: Streams | None = None,
        notify: Callable[[str], None] | None = None,
        show_secrets: bool = False,
        clock: Clock | None = None,
    ) -> None:
        self.workspace = workspace
        self.project = workspace.project
        self.policy_check: PolicyChecker = policy_check or self._offline_check
        self.org = org
        self.streams = streams or Streams()
        self.notify = notify or (lambda message: None)
        self.show_secrets = show_secrets
        self.clock = clock or SystemClock()

    # -- what every operation is given -----------------------------------------------------------

    @property
    def policy_packs(self) -> list[str]:
        return [str(self.project.root / POLICY_PACK_DIR)]

    def policy_config(self, env: str) -> Optional[Path]:
        """`policy/config/<env>.json` when it exists: given to the engine AND to the offline check."""
        return self.project.policy_config_file(env)

    def policy_pack_configs(self, env: str) -> list[str]:
        config = self.policy_config(env)
        return [str(config)] if config else []

    def _offline_check(self, env: str, *, settings_file: Optional[Path], policy_config: Optional[Path]) -> PolicyVerdict:
        return check_stack_policies(env, repo_root=self.project.root, settings_file=settings_file, policy_config=policy_config)

    def open(self, env: str, *, create: bool = False, secrets_provider: Optional[str] = None) -> StackHandle:
        """Select the env's stack; the env must have `stacks/Pulumi.<env>.yaml` (checked first)."""
        self.project.settings_file(env)
        return self.workspace.stack(qualified_stack_name(env, self.org), create=create, secrets_provider=secrets_provider)

    def deployed_state(self, env: str, stack: StackHandle) -> DeployedState:
        """The rollout-owned settings the stack runs with (its last update), and any rollout record."""
        return read_deployed_state(stack, self.project, env)

    def settings_file(self, env: str, stack: StackHandle, state: DeployedState | None = None) -> Path:
        """Write the settings file the next operation deploys: tracked settings + `state` (by default
        what the stack runs now, so a deploy from any checkout keeps a promotion and a rollout's weight)."""
        if state is None:
            state = self.deployed_state(env, stack)
            if state.record is not None:
                self.notify(
                    f"{state.record.describe()}; its settings are kept ({state.tracks.describe()}). "
                    f"Finish it with `loom rollout --env {env} --resume` or `--abort`"
                )
        return write_settings_file(self.project, env, state, stack_name=stack.name)

    def check_policies(self, env: str, settings_file: Path) -> PolicyVerdict:
        config = self.policy_config(env)
        self.notify(f"policy check: loom policy check --config-file {settings_file}" + (f" --policy-config {config}" if config else ""))
        verdict = self.policy_check(env, settings_file=settings_file, policy_config=config)
        self.notify(f"policy check: {verdict.summary()}")
        return verdict

    # -- operations ------------------------------------------------------------------------------

    def preview(
        self,
        env: str,
        *,
        stack: StackHandle | None = None,
        state: DeployedState | None = None,
        expect_no_changes: bool = False,
        refresh: bool = False,
        save_plan: Optional[Path] = None,
    ) -> OperationResult:
        stack = stack or self.open(env)
        settings = self.settings_file(env, stack, state)
        self.notify(f"preview {stack.name} with policy pack {POLICY_PACK_DIR}/" + self._config_note(env))
        return stack.preview(
            config_file=settings,
            policy_packs=self.policy_packs,
            policy_pack_configs=self.policy_pack_configs(env),
            streams=self.streams,
            expect_no_changes=expect_no_changes,
            refresh=refresh,
            save_plan=save_plan,
        )

    def up(
        self,
        env: str,
        *,
        stack: StackHandle | None = None,
        message: Optional[str] = None,
        state: DeployedState | None = None,
        skip_policy_check: bool = False,
        refresh: bool = False,
        plan: Optional[Path] = None,
        lock_wait_s: float = 0.0,
        before: Callable[[], None] | None = None,
    ) -> OperationResult:
        """Check policies offline, then `pulumi up` with the pack and its config, then write the outputs file.

        `state`: the rollout-owned settings to deploy (default: keep what the stack runs).
        `skip_policy_check` is for restoring a configuration that was already deployed (a rollback):
        refusing to roll back would leave traffic on a failing canary. The pack stays attached.
        `lock_wait_s`: while another update holds the stack's lock, try again for this long.
        `before`: called before each attempt (a rollout checks that the stack is still its own).
        """
        stack = stack or self.open(env)
        settings = self.settings_file(env, stack, state)
        if not skip_policy_check:
            verdict = self.check_policies(env, settings)
            if not verdict.passed:
                raise PolicyRefused(env, verdict)
        self.notify(f"up {stack.name} with policy pack {POLICY_PACK_DIR}/" + self._config_note(env) + (f": {message}" if message else ""))
        result = self._waiting_for_lock(
            lambda: stack.up(
                config_file=settings,
                policy_packs=self.policy_packs,
                policy_pack_configs=self.policy_pack_configs(env),
                message=message,
                streams=self.streams,
                refresh=refresh,
                plan=plan,
            ),
            lock_wait_s,
            before,
        )
        self.write_outputs(env, result.outputs)
        return result

    def refresh(
        self, env: str, *, stack: StackHandle | None = None, message: Optional[str] = None, expect_no_changes: bool = False
    ) -> OperationResult:
        """`pulumi refresh` with the settings the stack runs (so provider config matches the deployment)."""
        stack = stack or self.open(env)
        settings = self.settings_file(env, stack)
        self.notify(f"refresh {stack.name}" + (" (expecting no changes)" if expect_no_changes else ""))
        return stack.refresh(config_file=settings, message=message, streams=self.streams, expect_no_changes=expect_no_changes)

    def destroy(self, env: str, *, stack: StackHandle | None = None, exclude_protected: bool = False) -> OperationResult:
        stack = stack or self.open(env)
        settings = self.settings_file(env, stack)
        self.notify(f"destroy {stack.name}" + (" (protected resources kept)" if exclude_protected else ""))
        return stack.destroy(config_file=settings, exclude_protected=exclude_protected, streams=self.streams)

    def outputs(self, env: str) -> dict[str, Any]:
        """The stack's outputs (secrets masked unless `show_secrets`), also written to the outputs file."""
        items = self.open(env).outputs()
        self.write_outputs(env, items)
        return self.plain(items)

    def plain(self, items: dict[str, OutputItem]) -> dict[str, Any]:
        return {k: (SECRET_MASK if v.secret and not self.show_secrets else v.value) for k, v in sorted(items.items())}

    def outputs_file(self, env: str) -> Path:
        return self.project.outputs_file(env)

    def write_outputs(self, env: str, items: dict[str, OutputItem]) -> Path:
        """`<state dir>/stacks/<env>/outputs.json`: the outputs as one JSON object (the contract's shape),
        readable by `PlatformReference.from_file`."""
        path = self.outputs_file(env)
        write_json_atomic(path, self.plain(items))
        return path

    # -- helpers ---------------------------------------------------------------------------------

    def _config_note(self, env: str) -> str:
        config = self.policy_config(env)
        return f" and {config.relative_to(self.project.root).as_posix()}" if config else " (no policy config for this env: pack defaults)"

    def _waiting_for_lock(self, attempt: Callable[[], OperationResult], lock_wait_s: float, before: Callable[[], None] | None) -> OperationResult:
        """Run `attempt`; while the stack is locked, try again every LOCK_POLL_S up to `lock_wait_s`.
        A locked stack refuses before it changes anything, so trying again is safe."""
        deadline = self.clock.monotonic() + lock_wait_s
        while True:
            if before is not None:
                before()
            try:
                return attempt()
            except StackLocked as exc:
                left = deadline - self.clock.monotonic()
                if left <= 0:
                    raise
                self.notify(f"{exc.stack} is locked ({exc.cli_error}); trying again for up to {left:.0f} s")
                self.clock.sleep(min(LOCK_POLL_S, left))
