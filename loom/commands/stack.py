"""`loom stack up|preview|refresh|destroy|outputs` and `loom rollout`: real stacks through the Automation API.

Thin click layer over `loom.automation`: options in, one `StackOps`/`Rollout` call, progress on
stderr (the CLI's own stdout and stderr streamed as they come, Loom's steps highlighted), and with
`--json` exactly one JSON document on stdout for CI, on failure and interrupt too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Optional

import click

from loom.errors import LoomError
from loom.output import emit_json

ENV_HELP = "Environment: the stack settings file stacks/Pulumi.<env>.yaml (dev, onprem, edge, aws, gcp, azure)."
ORG_HELP = "Pulumi organisation: the stack is <org>/loom/<env> (default: $LOOM_PULUMI_ORG, else the backend's default)."
INTERRUPTED = 130


class _Progress:
    """Renders progress on stderr and keeps what --json reports (policy events, resource steps)."""

    def __init__(self, quiet_cli: bool = False) -> None:
        from rich.console import Console

        self.console = Console(stderr=True, highlight=False)
        self.quiet_cli = quiet_cli
        self.policy_events: list[dict[str, Any]] = []
        self.steps: dict[str, int] = {}
        self.failed: list[str] = []

    def notify(self, message: str) -> None:
        from rich.markup import escape

        # escaped: the CLI's own text ("[409] Conflict") must not be read as markup
        self.console.print(f"[bold cyan]loom[/] {escape(message)}", soft_wrap=True)

    def on_output(self, line: str) -> None:
        if not self.quiet_cli:
            self.console.out(line.rstrip("\n"), highlight=False)

    def on_error(self, line: str) -> None:
        """The CLI's stderr, as it comes (its errors and warnings), in red and marked as the CLI's."""
        self.console.print(f"pulumi: {line.rstrip()}", style="red", markup=False, highlight=False, soft_wrap=True)

    def on_event(self, event: Any) -> None:
        policy = getattr(event, "policy_event", None)
        if policy is not None:
            self.policy_events.append(
                {
                    "policy": policy.policy_name,
                    "pack": policy.policy_pack_name,
                    "enforcementLevel": policy.enforcement_level,
                    "urn": policy.resource_urn,
                    "message": policy.message,
                }
            )
        pre = getattr(event, "resource_pre_event", None)
        if pre is not None and getattr(pre, "metadata", None) is not None:
            op = str(getattr(pre.metadata.op, "value", pre.metadata.op))
            self.steps[op] = self.steps.get(op, 0) + 1
        failed = getattr(event, "res_op_failed_event", None)
        if failed is not None and getattr(failed, "metadata", None) is not None:
            self.failed.append(failed.metadata.urn)

    def streams(self):
        from loom.automation.workspace import Streams

        return Streams(on_output=self.on_output, on_error=self.on_error, on_event=self.on_event)


def _ops(progress: _Progress, org: Optional[str], *, show_secrets: bool = False):
    from loom.automation.operations import StackOps
    from loom.automation.project import Project
    from loom.automation.workspace import PulumiWorkspace

    project = Project.load()
    return StackOps(
        PulumiWorkspace(project, on_signal=progress.notify),
        org=org,
        streams=progress.streams(),
        notify=progress.notify,
        show_secrets=show_secrets,
    )


def _require_yes(action: str, env: str, yes: bool) -> None:
    """Deploying or destructive actions need --yes when nobody can be asked (checked before anything runs)."""
    if not yes and not sys.stdin.isatty():
        raise LoomError(f"refusing to {action} {env!r} without --yes in a non-interactive session")


def _confirm(action: str, env: str) -> None:
    click.confirm(f"{action} {env!r}?", abort=True, err=True)


def _json(payload: dict[str, Any]) -> None:
    """The command's one JSON document on standard output (loom.output)."""
    emit_json(payload, indent=2, default=str)


def _run_op(as_json: bool, base: dict[str, Any], call: Callable[[], dict[str, Any]], human: Callable[[dict[str, Any]], None]) -> None:
    """Run one operation; with --json a failure or an interrupt is also one JSON document (then the
    usual one-line error on stderr)."""
    try:
        try:
            payload = {**base, "ok": True, **call()}
        except KeyboardInterrupt:
            raise LoomError(
                f"interrupted: the Pulumi CLI was asked to cancel and has exited; if `{base['env']}` stays locked "
                f"and no update runs, release it with `pulumi cancel` (see docs/automation.md)",
                exit_code=INTERRUPTED,
            ) from None
    except LoomError as exc:
        if as_json:
            _json({**base, "ok": False, "error": str(exc)})
        raise
    if as_json:
        _json(payload)
    else:
        human(payload)


def _confirmed(as_json: bool, env: str, yes: bool, action: str, ops: Any, run: Callable[[Any], Any]) -> None:
    """An operation that changes the stack's state: --yes, or an interactive yes, first."""

    def call() -> dict[str, Any]:
        _require_yes(action, env, yes)
        handle = ops.open(env)
        if not yes:
            _confirm(action, env)
        result = run(handle)
        return {"stack": handle.name, "changes": result.changes}

    _run_op(as_json, {"env": env, "operation": action}, call, _print_changes)


def _print_changes(payload: dict[str, Any]) -> None:
    changes = payload.get("changes") or {}
    summary = ", ".join(f"{v} {k}" for k, v in sorted(changes.items())) or "no changes reported"
    click.echo(f"{payload['operation']} {payload['stack']}: {summary}")
    if payload.get("outputs_file"):
        click.echo(f"outputs written to {payload['outputs_file']}")


@click.group(name="stack")
def stack() -> None:
    """Drive a Loom stack with the Pulumi Automation API (needs the Pulumi CLI and a backend login)."""


def _common(fn: Callable) -> Callable:
    fn = click.option("--json", "as_json", is_flag=True, help="Print one JSON document on stdout (progress stays on stderr).")(fn)
    fn = click.option("--org", default=None, help=ORG_HELP)(fn)
    fn = click.option("--env", "env", required=True, help=ENV_HELP)(fn)
    return fn


@stack.command()
@_common
@click.option("--expect-no-changes", is_flag=True, help="Fail (exit 1) when the preview proposes any change: a drift check for CI.")
@click.option("--refresh", is_flag=True, help="Refresh the state from the cloud before previewing.")
def preview(env: str, org: Optional[str], as_json: bool, expect_no_changes: bool, refresh: bool) -> None:
    """Preview changes with the CrossGuard pack and its config for the env attached (violations fail the preview)."""
    progress = _Progress()
    ops = _ops(progress, org)

    def call() -> dict[str, Any]:
        handle = ops.open(env)
        result = ops.preview(env, stack=handle, expect_no_changes=expect_no_changes, refresh=refresh)
        return {"stack": handle.name, "changes": result.changes, "policy_events": progress.policy_events}

    _run_op(as_json, {"env": env, "operation": "preview"}, call, _print_changes)


@stack.command()
@_common
@click.option("--yes", is_flag=True, help="Deploy without asking (required when not interactive).")
@click.option("--create", is_flag=True, help="Create the stack in the backend when it does not exist yet.")
@click.option(
    "--secrets-provider",
    default=None,
    help="With --create: how the stack's secrets are encrypted: default (Pulumi Cloud), passphrase, awskms://..., gcpkms://..., azurekeyvault://... (docs/deploy.md).",
)
@click.option("--message", default=None, help="Message recorded with the update.")
@click.option("--refresh", is_flag=True, help="Refresh the state from the cloud before updating.")
@click.option("--lock-wait", type=float, default=0.0, show_default=True, help="Seconds to keep trying while another update holds the stack's lock.")
@click.option("--show-secrets", is_flag=True, help="Write secret outputs in clear text (default: masked).")
def up(
    env: str,
    org: Optional[str],
    as_json: bool,
    yes: bool,
    create: bool,
    secrets_provider: Optional[str],
    message: Optional[str],
    refresh: bool,
    lock_wait: float,
    show_secrets: bool,
) -> None:
    """Deploy: offline policy check first (refused on a mandatory violation), then up with the pack attached.

    Interactively (no --yes), the preview you approve is saved as an update plan and the update is
    held to it: if anything changed in between, the update stops instead of doing something else."""
    from loom.automation.project import state_dir
    from loom.automation.workspace import check_secrets_provider

    progress = _Progress()
    ops = _ops(progress, org, show_secrets=show_secrets)

    def call() -> dict[str, Any]:
        _require_yes("deploy", env, yes)
        if secrets_provider is not None:
            if not create:
                raise LoomError("--secrets-provider applies when a stack is created: add --create")
            check_secrets_provider(secrets_provider)
        if lock_wait < 0:
            raise LoomError(f"--lock-wait {lock_wait!r}: allowed: 0 or more seconds")
        handle = ops.open(env, create=create, secrets_provider=secrets_provider)
        plan: Optional[Path] = None
        state = None
        if not yes:
            state = ops.deployed_state(env, handle)
            plan = state_dir(ops.project.root) / "stacks" / env / "update-plan.json"
            plan.parent.mkdir(parents=True, exist_ok=True)
            ops.preview(env, stack=handle, state=state, refresh=refresh, save_plan=plan)
            _confirm("deploy this plan to", env)
        try:
            result = ops.up(env, stack=handle, message=message, state=state, refresh=refresh, plan=plan, lock_wait_s=lock_wait)
        finally:
            if plan is not None:
                plan.unlink(missing_ok=True)
        return {
            "stack": handle.name,
            "changes": result.changes,
            "outputs": ops.plain(result.outputs),
            "outputs_file": str(ops.outputs_file(env)),
            "policy_events": progress.policy_events,
        }

    _run_op(as_json, {"env": env, "operation": "up"}, call, _print_changes)


@stack.command()
@_common
@click.option("--yes", is_flag=True, help="Write the refreshed state without asking (required when not interactive).")
@click.option("--expect-no-changes", is_flag=True, help="Fail (exit 1) when the cloud drifted from the state.")
@click.option("--message", default=None, help="Message recorded with the refresh.")
def refresh(env: str, org: Optional[str], as_json: bool, yes: bool, expect_no_changes: bool, message: Optional[str]) -> None:
    """Refresh the stack's state from the cloud (adopt drift), with the settings the stack runs."""
    ops = _ops(_Progress(), org)
    _confirmed(as_json, env, yes, "refresh", ops, lambda handle: ops.refresh(env, stack=handle, message=message, expect_no_changes=expect_no_changes))


@stack.command()
@_common
@click.option("--yes", is_flag=True, help="Destroy without asking (required when not interactive).")
@click.option("--exclude-protected", is_flag=True, help="Keep protected resources (buckets, databases) and destroy the rest.")
def destroy(env: str, org: Optional[str], as_json: bool, yes: bool, exclude_protected: bool) -> None:
    """Destroy the stack's resources. Stateful stores are protected: without --exclude-protected the CLI refuses."""
    ops = _ops(_Progress(), org)
    _confirmed(as_json, env, yes, "destroy", ops, lambda handle: ops.destroy(env, stack=handle, exclude_protected=exclude_protected))


@stack.command()
@_common
@click.option("--show-secrets", is_flag=True, help="Show secret outputs in clear text (default: masked).")
def outputs(env: str, org: Optional[str], as_json: bool, show_secrets: bool) -> None:
    """Print the stack's outputs (the outputs contract) and write them to .loom/stacks/<env>/outputs.json."""
    progress = _Progress(quiet_cli=True)
    ops = _ops(progress, org, show_secrets=show_secrets)

    def call() -> dict[str, Any]:
        return {"outputs": ops.outputs(env), "outputs_file": str(ops.outputs_file(env))}

    _run_op(as_json, {"env": env, "operation": "outputs"}, call, lambda p: click.echo(json.dumps(p["outputs"], indent=2, sort_keys=True, default=str)))


@click.command(name="rollout")
@click.option("--env", "env", required=True, help=ENV_HELP)
@click.option("--org", default=None, help=ORG_HELP)
@click.option("--model", default=None, help="Triton model the gates watch, e.g. generator (any model of the repository).")
@click.option("--version", "version", default=None, help="The candidate's model repository prefix in the models bucket, e.g. models/v3.")
@click.option("--resume", is_flag=True, help="Continue the rollout recorded on the stack (after a crash): --model/--version come from the record.")
@click.option("--abort", is_flag=True, help="Roll the rollout recorded on the stack back to the settings it started from.")
@click.option("--steps", default="10,50,100", show_default=True, help="Canary weights in percent, strictly increasing.")
@click.option("--image", default=None, help="Also run the canary on this Triton image (pinned by digest).")
@click.option("--prometheus-url", envvar="LOOM_PROMETHEUS_URL", default=None, help="Prometheus base URL for the gates ($LOOM_PROMETHEUS_URL).")
@click.option("--metrics-url", default=None, help="Or a Triton metrics endpoint of the canary (e.g. a port-forwarded :8002).")
@click.option("--selector", default=None, help="Extra PromQL matchers picking the canary's series [default: pod=~\"triton-canary-.*\"].")
@click.option("--triton-version", default=None, help="With --metrics-url: only count this Triton model version label.")
@click.option("--max-error-rate", type=float, default=0.01, show_default=True, help="Largest tolerated failed-request share (0..1).")
@click.option("--max-p99-ms", type=float, default=1000.0, show_default=True, help="Largest tolerated p99 latency in ms (0 disables).")
@click.option("--min-requests", type=int, default=20, show_default=True, help="Requests a step must observe before judging (a window with none never passes).")
@click.option("--bake", "bake_s", type=float, default=120.0, show_default=True, help="Seconds to observe the canary at each step.")
@click.option("--max-wait", "max_wait_s", type=float, default=600.0, show_default=True, help="Most seconds per step to wait for --min-requests.")
@click.option("--poll", "poll_s", type=float, default=30.0, show_default=True, help="Seconds between measurements while observing.")
@click.option("--lock-wait", "lock_wait_s", type=float, default=300.0, show_default=True, help="Most seconds to wait for the stack's lock before an update (after the first).")
@click.option("--no-promote", is_flag=True, help="Stop after the last step instead of making the version stable.")
@click.option("--json", "as_json", is_flag=True, help="Print the rollout report as JSON on stdout (one document, on failure too).")
def rollout(
    env: str,
    org: Optional[str],
    model: Optional[str],
    version: Optional[str],
    resume: bool,
    abort: bool,
    steps: str,
    image: Optional[str],
    prometheus_url: Optional[str],
    metrics_url: Optional[str],
    selector: Optional[str],
    triton_version: Optional[str],
    max_error_rate: float,
    max_p99_ms: float,
    min_requests: int,
    bake_s: float,
    max_wait_s: float,
    poll_s: float,
    lock_wait_s: float,
    no_promote: bool,
    as_json: bool,
) -> None:
    """Move a model version through canary steps; gates between steps; automatic rollback on failure.

    The rollout is recorded with the stack at every update: after a crash, `--resume` continues it
    and `--abort` rolls it back, from any machine."""
    action = "abort" if abort else "resume" if resume else "start"
    try:
        report = _rollout(
            env, org, model, version, resume, abort, steps, image, prometheus_url, metrics_url, selector, triton_version,
            max_error_rate, max_p99_ms, min_requests, bake_s, max_wait_s, poll_s, lock_wait_s, no_promote,
        )
    except KeyboardInterrupt:
        exc = LoomError("interrupted before the rollout changed anything", exit_code=INTERRUPTED)
        if as_json:
            _json({"ok": False, "env": env, "action": action, "error": str(exc)})
        raise exc from None
    except LoomError as exc:
        if as_json:
            from loom.automation.rollout import RolloutFailed

            # An unexpected error after changes were made: the report says what was rolled back.
            done = exc.report.to_dict() if isinstance(exc, RolloutFailed) else {"ok": False, "env": env, "action": action}
            _json({**done, "error": str(exc)})
        raise
    if as_json:
        _json(report.to_dict())
    else:
        click.echo(f"rollout of {report.version} on {env}: {report.outcome}" + (f" ({report.reason})" if report.reason else ""))
    if report.interrupted:
        raise LoomError(
            f"interrupted: {report.outcome.replace('_', ' ')}" + (f"; next: {report.next_step}" if report.next_step else ""),
            exit_code=INTERRUPTED,
        )
    if not report.succeeded:
        from loom.automation.rollout import RolloutFailed

        raise RolloutFailed(report)


def _rollout(
    env, org, model, version, resume, abort, steps, image, prometheus_url, metrics_url, selector, triton_version,
    max_error_rate, max_p99_ms, min_requests, bake_s, max_wait_s, poll_s, lock_wait_s, no_promote,
):
    from loom.automation.gates import DEFAULT_CANARY_SELECTOR, GateThresholds, PrometheusSource, TritonEndpointSource
    from loom.automation.rollout import Observation, Rollout, RolloutPlan, parse_steps

    if resume and abort:
        raise LoomError("give at most one of --resume and --abort")
    if not (resume or abort) and (not model or not version):
        raise LoomError("--model and --version are required to start a rollout (with --resume or --abort they come from the stack's record)")
    if lock_wait_s < 0:
        raise LoomError(f"--lock-wait {lock_wait_s!r}: allowed: 0 or more seconds")
    ctx = click.get_current_context()
    if metrics_url and ctx.get_parameter_source("prometheus_url") == click.core.ParameterSource.ENVIRONMENT:
        prometheus_url = None  # an explicit --metrics-url wins over $LOOM_PROMETHEUS_URL
    if not abort and bool(prometheus_url) == bool(metrics_url):
        raise LoomError("the gates need exactly one metrics source: --prometheus-url URL (or $LOOM_PROMETHEUS_URL) or --metrics-url URL")
    try:
        thresholds = GateThresholds(max_error_rate=max_error_rate, max_p99_ms=max_p99_ms or None, min_requests=min_requests)
    except ValueError as exc:
        raise LoomError(f"gate option {exc}") from None
    observation = Observation(thresholds=thresholds, bake_s=bake_s, max_wait_s=max_wait_s, poll_s=poll_s)
    plan = None
    if not (resume or abort):
        plan = RolloutPlan(env=env, model=model, version=version, steps=parse_steps(steps), image=image, promote=not no_promote)

    def source_for(watched: str):
        if prometheus_url:
            return PrometheusSource(prometheus_url, watched, selector or DEFAULT_CANARY_SELECTOR)
        return TritonEndpointSource(metrics_url, watched, triton_version)

    progress = _Progress()

    def on_step(record: Any) -> None:
        stats = record.gate.stats.to_dict() if record.gate and record.gate.stats else {}
        detail = record.error or "; ".join(record.gate.reasons if record.gate else []) or "gates passed"
        colour = "green" if record.status == "passed" else "red"
        from rich.markup import escape

        progress.console.print(f"[bold {colour}]step {record.weight}%: {record.status}[/] {escape(detail)} {escape(json.dumps(stats))}", soft_wrap=True)

    runner = Rollout(
        _ops(progress, org), env, source_for=source_for, observation=observation, lock_wait_s=lock_wait_s,
        notify=progress.notify, on_step=on_step,
    )
    if abort:
        return runner.abort()
    if resume:
        return runner.resume(model=model, version=version)
    return runner.start(plan)
