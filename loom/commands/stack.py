"""`loom stack up|preview|destroy|outputs` and `loom rollout`: real stacks through the Automation API.

Thin click layer over `loom.automation`: options in, one `StackOps`/`Rollout` call, progress on
stderr (the CLI's own lines streamed as they come, Loom's steps highlighted), and with `--json`
one JSON document on stdout for CI.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Callable, Optional

import click

from loom.errors import LoomError
from loom.output import emit_json

ENV_HELP = "Environment: the stack settings file stacks/Pulumi.<env>.yaml (dev, onprem, edge, aws, gcp, azure)."
ORG_HELP = "Pulumi organisation: the stack is <org>/loom/<env> (default: $LOOM_PULUMI_ORG, else the backend's default)."


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
        self.console.print(f"[bold cyan]loom[/] {message}")

    def on_output(self, line: str) -> None:
        if not self.quiet_cli:
            self.console.out(line.rstrip("\n"), highlight=False)

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


def _ops(progress: _Progress, org: Optional[str], *, show_secrets: bool = False):
    from loom.automation.operations import StackOps
    from loom.automation.project import Project
    from loom.automation.workspace import PulumiWorkspace

    project = Project.load()
    return StackOps(
        PulumiWorkspace(project),
        org=org,
        on_output=progress.on_output,
        on_event=progress.on_event,
        notify=progress.notify,
        show_secrets=show_secrets,
    )


def _confirm(action: str, env: str, yes: bool) -> None:
    """Destructive or deploying actions need --yes, or an interactive yes."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise LoomError(f"refusing to {action} {env!r} without --yes in a non-interactive session")
    click.confirm(f"{action} {env!r}?", abort=True, err=True)


def _emit(as_json: bool, payload: dict[str, Any], human: Callable[[], None]) -> None:
    if as_json:
        emit_json(payload, indent=2, default=str)
    else:
        human()


def _run_op(as_json: bool, base: dict[str, Any], call: Callable[[], dict[str, Any]], human: Callable[[dict[str, Any]], None]) -> None:
    """Run one operation; with --json a failure is also a JSON document (then the usual error line)."""
    try:
        payload = {**base, "ok": True, **call()}
    except LoomError as exc:
        if as_json:
            emit_json({**base, "ok": False, "error": str(exc)}, indent=2)
        raise
    _emit(as_json, payload, lambda: human(payload))


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
def preview(env: str, org: Optional[str], as_json: bool) -> None:
    """Preview changes with the CrossGuard pack attached (violations fail the preview)."""
    progress = _Progress()
    ops = _ops(progress, org)

    def call() -> dict[str, Any]:
        handle = ops.open(env)
        result = ops.preview(env, stack=handle)
        return {"stack": handle.name, "changes": result.changes, "policy_events": progress.policy_events}

    _run_op(as_json, {"env": env, "operation": "preview"}, call, _print_changes)


@stack.command()
@_common
@click.option("--yes", is_flag=True, help="Deploy without asking (required when not interactive).")
@click.option("--create", is_flag=True, help="Create the stack in the backend when it does not exist yet.")
@click.option("--message", default=None, help="Message recorded with the update.")
@click.option("--show-secrets", is_flag=True, help="Write secret outputs in clear text (default: masked).")
def up(env: str, org: Optional[str], as_json: bool, yes: bool, create: bool, message: Optional[str], show_secrets: bool) -> None:
    """Deploy: offline policy check first (refused on a mandatory violation), then up with the pack attached."""
    progress = _Progress()
    ops = _ops(progress, org, show_secrets=show_secrets)

    def call() -> dict[str, Any]:
        handle = ops.open(env, create=create)
        if not yes:
            ops.preview(env, stack=handle)
            _confirm("deploy", env, yes)
        result = ops.up(env, stack=handle, message=message)
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
@click.option("--yes", is_flag=True, help="Destroy without asking (required when not interactive).")
@click.option("--exclude-protected", is_flag=True, help="Keep protected resources (buckets, databases) and destroy the rest.")
def destroy(env: str, org: Optional[str], as_json: bool, yes: bool, exclude_protected: bool) -> None:
    """Destroy the stack's resources. Stateful stores are protected: without --exclude-protected the CLI refuses."""
    progress = _Progress()
    ops = _ops(progress, org)

    def call() -> dict[str, Any]:
        handle = ops.open(env)
        _confirm("destroy", env, yes)
        result = ops.destroy(env, stack=handle, exclude_protected=exclude_protected)
        return {"stack": handle.name, "changes": result.changes}

    _run_op(as_json, {"env": env, "operation": "destroy"}, call, _print_changes)


@stack.command()
@_common
@click.option("--show-secrets", is_flag=True, help="Show secret outputs in clear text (default: masked).")
def outputs(env: str, org: Optional[str], as_json: bool, show_secrets: bool) -> None:
    """Print the stack's outputs (the outputs contract) and write them to .loom/stacks/<env>/outputs.json."""
    progress = _Progress(quiet_cli=True)
    ops = _ops(progress, org, show_secrets=show_secrets)
    values = ops.outputs(env)
    payload = {"env": env, "outputs": values, "outputs_file": str(ops.outputs_file(env))}
    _emit(as_json, payload, lambda: click.echo(json.dumps(values, indent=2, sort_keys=True, default=str)))  # human output is JSON too


@click.command(name="rollout")
@click.option("--env", "env", required=True, help=ENV_HELP)
@click.option("--org", default=None, help=ORG_HELP)
@click.option("--model", required=True, help="Triton model the gates watch, e.g. generator.")
@click.option("--version", "version", required=True, help="The candidate's model repository prefix in the models bucket, e.g. models/v3.")
@click.option("--steps", default="10,50,100", show_default=True, help="Canary weights in percent, strictly increasing.")
@click.option("--image", default=None, help="Also run the canary on this Triton image (pinned by digest).")
@click.option("--prometheus-url", envvar="LOOM_PROMETHEUS_URL", default=None, help="Prometheus base URL for the gates ($LOOM_PROMETHEUS_URL).")
@click.option("--metrics-url", default=None, help="Or a Triton metrics endpoint of the canary (e.g. a port-forwarded :8002).")
@click.option("--selector", default=None, help="Extra PromQL matchers picking the canary's series [default: pod=~\"triton-canary-.*\"].")
@click.option("--triton-version", default=None, help="With --metrics-url: only count this Triton model version label.")
@click.option("--max-error-rate", type=float, default=0.01, show_default=True, help="Largest tolerated failed-request share (0..1).")
@click.option("--max-p99-ms", type=float, default=1000.0, show_default=True, help="Largest tolerated p99 latency in ms (0 disables).")
@click.option("--min-requests", type=int, default=20, show_default=True, help="Requests a step must observe before judging.")
@click.option("--bake", "bake_s", type=float, default=120.0, show_default=True, help="Seconds to observe the canary at each step.")
@click.option("--max-wait", "max_wait_s", type=float, default=600.0, show_default=True, help="Most seconds per step to wait for --min-requests.")
@click.option("--poll", "poll_s", type=float, default=30.0, show_default=True, help="Seconds between measurements while waiting.")
@click.option("--no-promote", is_flag=True, help="Stop after the last step instead of making the version stable.")
@click.option("--json", "as_json", is_flag=True, help="Print the rollout report as JSON on stdout.")
def rollout(
    env: str,
    org: Optional[str],
    model: str,
    version: str,
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
    no_promote: bool,
    as_json: bool,
) -> None:
    """Move a model version through canary steps; gates between steps; automatic rollback on failure."""
    from loom.automation.gates import DEFAULT_CANARY_SELECTOR, GateThresholds, PrometheusSource, TritonEndpointSource
    from loom.automation.rollout import Rollout, RolloutFailed, RolloutPlan, parse_steps

    ctx = click.get_current_context()
    if metrics_url and ctx.get_parameter_source("prometheus_url") == click.core.ParameterSource.ENVIRONMENT:
        prometheus_url = None  # an explicit --metrics-url wins over $LOOM_PROMETHEUS_URL
    if bool(prometheus_url) == bool(metrics_url):
        raise LoomError("the gates need exactly one metrics source: --prometheus-url URL (or $LOOM_PROMETHEUS_URL) or --metrics-url URL")
    try:
        thresholds = GateThresholds(max_error_rate=max_error_rate, max_p99_ms=max_p99_ms or None, min_requests=min_requests)
    except ValueError as exc:
        raise LoomError(f"gate option {exc}") from None
    plan = RolloutPlan(
        env=env,
        model=model,
        version=version,
        steps=parse_steps(steps),
        image=image,
        thresholds=thresholds,
        bake_s=bake_s,
        max_wait_s=max_wait_s,
        poll_s=poll_s,
        promote=not no_promote,
    )
    if prometheus_url:
        source = PrometheusSource(prometheus_url, model, selector or DEFAULT_CANARY_SELECTOR)
    else:
        source = TritonEndpointSource(metrics_url, model, triton_version)  # type: ignore[arg-type]
    progress = _Progress()

    def on_step(record: Any) -> None:
        stats = record.gate.stats.to_dict() if record.gate and record.gate.stats else {}
        detail = record.error or "; ".join(record.gate.reasons if record.gate else []) or "gates passed"
        colour = "green" if record.status == "passed" else "red"
        progress.console.print(f"[bold {colour}]step {record.weight}%: {record.status}[/] {detail} {json.dumps(stats)}")

    report = Rollout(_ops(progress, org), source, plan, notify=progress.notify, on_step=on_step).run()
    if as_json:
        emit_json(report.to_dict(), indent=2)
    else:
        click.echo(f"rollout of {version} on {env}: {report.outcome}" + (f" ({report.reason})" if report.reason else ""))
    if not report.succeeded:
        raise RolloutFailed(report)
