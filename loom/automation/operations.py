"""Stack operations with Loom's guardrails: the policy pack on every preview and up, `up` refused
when the offline policy check finds a mandatory violation, outputs written as JSON after up.

`StackOps` is the Python API platform tooling uses (the `loom stack` commands are a thin layer on
it); it only talks to a `Workspace`, so tests drive it with a fake one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from loom.automation.policy import PolicyChecker, PolicyVerdict, check_stack_policies
from loom.automation.project import qualified_stack_name, write_json_atomic
from loom.automation.workspace import OnEvent, OnOutput, OperationResult, OutputItem, StackHandle, Workspace
from loom.errors import LoomError

POLICY_PACK_DIR = "policy"
"""The CrossGuard pack, relative to the repo root; attached to every preview and up."""

SECRET_MASK = "[secret]"


class PolicyRefused(LoomError):
    """`up` was refused: the offline policy check found mandatory violations (exit 1, like the check)."""

    exit_code = 1

    def __init__(self, env: str, verdict: PolicyVerdict) -> None:
        self.verdict = verdict
        super().__init__(f"up refused for {env!r}: {verdict.summary()} (see `loom policy check --stack {env}`)")


class StackOps:
    """preview / up / destroy / outputs of one Loom environment through a `Workspace`."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        policy_check: PolicyChecker | None = None,
        org: Optional[str] = None,
        on_output: Optional[OnOutput] = None,
        on_event: Optional[OnEvent] = None,
        notify: Callable[[str], None] | None = None,
        show_secrets: bool = False,
    ) -> None:
        self.workspace = workspace
        self.project = workspace.project
        self.policy_check: PolicyChecker = policy_check or (lambda env: check_stack_policies(env, repo_root=self.project.root))
        self.org = org
        self.on_output, self.on_event = on_output, on_event
        self.notify = notify or (lambda message: None)
        self.show_secrets = show_secrets

    @property
    def policy_packs(self) -> list[str]:
        return [str(self.project.root / POLICY_PACK_DIR)]

    def open(self, env: str, *, create: bool = False) -> StackHandle:
        """Select the env's stack; the env must have `stacks/Pulumi.<env>.yaml` (checked first)."""
        self.project.settings_file(env)
        return self.workspace.stack(qualified_stack_name(env, self.org), create=create)

    def check_policies(self, env: str) -> PolicyVerdict:
        self.notify(f"policy check: loom policy check --stack {env}")
        verdict = self.policy_check(env)
        self.notify(f"policy check: {verdict.summary()}")
        return verdict

    def preview(self, env: str, *, stack: StackHandle | None = None) -> OperationResult:
        stack = stack or self.open(env)
        self.notify(f"preview {stack.name} with policy pack {POLICY_PACK_DIR}/")
        return stack.preview(policy_packs=self.policy_packs, on_output=self.on_output, on_event=self.on_event)

    def up(
        self, env: str, *, stack: StackHandle | None = None, message: Optional[str] = None, skip_policy_check: bool = False
    ) -> OperationResult:
        """Check policies offline, then `pulumi up` with the pack attached, then write the outputs file.

        `skip_policy_check` is for restoring a configuration that was already deployed (a rollback):
        refusing to roll back would leave traffic on a failing canary. The pack stays attached.
        """
        stack = stack or self.open(env)
        if not skip_policy_check:
            verdict = self.check_policies(env)
            if not verdict.passed:
                raise PolicyRefused(env, verdict)
        self.notify(f"up {stack.name} with policy pack {POLICY_PACK_DIR}/" + (f": {message}" if message else ""))
        result = stack.up(policy_packs=self.policy_packs, message=message, on_output=self.on_output, on_event=self.on_event)
        self.write_outputs(env, result.outputs)
        return result

    def destroy(self, env: str, *, stack: StackHandle | None = None, exclude_protected: bool = False) -> OperationResult:
        stack = stack or self.open(env)
        self.notify(f"destroy {stack.name}" + (" (protected resources kept)" if exclude_protected else ""))
        return stack.destroy(exclude_protected=exclude_protected, on_output=self.on_output, on_event=self.on_event)

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
