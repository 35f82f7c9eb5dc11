"""`loom feedback`, `loom kpi`, `loom drift check`, `loom demo`: the closed loop from the command line."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import click

from contract.env import LOOM_LAKE_URI, loom_home
from loom.errors import LoomError
from loom.output import emit_json

_DIM = re.compile(r"^([A-Za-z_][\w.\-/]{0,99})=(.{0,500})$")




def outputs() -> dict[str, Any]:
    """The local platform's outputs contract, or {} when it has not been started."""
    path = loom_home() / "outputs.json"
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise LoomError(f"{path}: not readable JSON ({exc}); run 'loom up' again") from None


def lake_uri() -> str:
    if os.environ.get(LOOM_LAKE_URI):
        return os.environ[LOOM_LAKE_URI]
    uri = (outputs().get("lake") or {}).get("uri")
    return uri or str(loom_home() / "lake")


def tracking_uri() -> str | None:
    return os.environ.get("MLFLOW_TRACKING_URI") or (outputs().get("tracking") or {}).get("uri")


def open_lake():
    from workloads.lake import Lake, LakeError

    try:
        return Lake(lake_uri())
    except LakeError as exc:
        raise LoomError(str(exc)) from None


@click.command()
@click.argument("request_id")
@click.option("--answer", "answer", help="The answer that should have been given.")
@click.option("--source", "source", help="Id of the source (chunk) that answers the question.")
@click.option("--author", default=lambda: os.environ.get("USER", "unknown"), show_default="$USER", help="Who corrects.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored event as JSON.")
def feedback(request_id: str, answer: str | None, source: str | None, author: str, as_json: bool) -> None:
    """Log a correction for REQUEST_ID: exactly one of --answer TEXT or --source ID."""
    from workloads.lake import correction_event

    if bool(answer) == bool(source):
        raise LoomError("feedback: give exactly one of --answer TEXT or --source ID")
    lake = open_lake()
    if not lake.contains("interactions", "request_id", request_id):
        raise LoomError(f"feedback: request id {request_id!r} has no logged interaction in {lake.uri}; use the request_id printed by 'loom ask --json'")
    ev = correction_event(request_id=request_id, corrected_answer=answer, source_id=source, author=author)
    res = lake.append("corrections", [ev])
    if res.quarantined:
        raise LoomError(f"feedback: correction rejected: {res.reasons[0]}")
    out = {"event_id": ev["event_id"], "request_id": request_id, "stored": res.inserted == 1}
    if as_json:
        emit_json(out)
    else:
        click.echo(f"correction {ev['event_id']} stored for {request_id}")


@click.command()
@click.argument("name")
@click.argument("value", type=float)
@click.option("--dim", "dims", multiple=True, metavar="K=V", help="A dimension, repeatable (e.g. --dim team=search).")
@click.option("--json", "as_json", is_flag=True)
def kpi(name: str, value: float, dims: tuple[str, ...], as_json: bool) -> None:
    """Log a KPI value NAME VALUE to the lake."""
    import math

    from workloads.lake import kpi_event

    if not math.isfinite(value):
        raise LoomError(f"kpi: VALUE = {value!r} must be a finite number")
    dimensions: dict[str, str] = {}
    for d in dims:
        m = _DIM.match(d)
        if not m:
            raise LoomError(f"kpi: --dim {d!r} must look like key=value (key: letters, digits, _ . - /)")
        if m.group(1) in dimensions:
            raise LoomError(f"kpi: --dim {m.group(1)!r} given twice")
        dimensions[m.group(1)] = m.group(2)
    ev = kpi_event(name, value, dimensions)
    res = open_lake().append("kpis", [ev])
    if res.quarantined:
        raise LoomError(f"kpi: rejected: {res.reasons[0]}")
    if as_json:
        emit_json({"event_id": ev["event_id"], "name": name, "value": value, "dimensions": dimensions})
    else:
        click.echo(f"kpi {name}={value:g} stored")


@click.group()
def drift() -> None:
    """Drift detection over the lake's interactions."""


@drift.command("check")
@click.option("--reference", default="7d", show_default=True, help="Reference window: 7d, 24h, ... (ends where --current starts) or START/END.")
@click.option("--current", default="24h", show_default=True, help="Current window: a duration ending now, or START/END (ISO-8601).")
@click.option("--threshold", type=float, default=0.05, show_default=True, help="KL above which (strictly) a feature has drifted.")
@click.option("--feature-threshold", "feature_thresholds", multiple=True, metavar="FEATURE=KL", help="Per-feature override, repeatable.")
@click.option("--min-events", type=int, default=100, show_default=True, help="Fewer interactions in a window: nothing is checked.")
@click.option("--trigger-job", "trigger_jobs", metavar="CRONJOB", multiple=True,
              help="In a cluster: start a Job from this retrain template when drift is found (repeatable: embedder, generator).")
@click.option("--no-mlflow", is_flag=True, help="Do not log the report to MLflow.")
@click.option("--json", "as_json", is_flag=True)
def check(reference: str, current: str, threshold: float, feature_thresholds: tuple[str, ...], min_events: int, trigger_jobs: tuple[str, ...], no_mlflow: bool, as_json: bool) -> None:
    """Compare the current window with the reference window, feature by feature."""
    import math

    from workloads.drift import FEATURES, WindowError, check_drift, resolve_windows
    from workloads.drift.report import log_to_lake, log_to_mlflow

    if not math.isfinite(threshold) or threshold <= 0:
        raise LoomError(f"drift check: --threshold = {threshold!r} must be a KL divergence > 0 (default 0.05)")
    if min_events < 1:
        raise LoomError(f"drift check: --min-events = {min_events} must be >= 1")
    overrides: dict[str, float] = {}
    for item in feature_thresholds:
        name, _, val = item.partition("=")
        try:
            v = float(val)
        except ValueError:
            v = float("nan")
        if name not in FEATURES or not math.isfinite(v) or v <= 0:
            raise LoomError(f"drift check: --feature-threshold {item!r} must be FEATURE=KL with FEATURE in {', '.join(FEATURES)} and KL > 0")
        overrides[name] = v
    try:
        ref, cur = resolve_windows(reference, current)
    except WindowError as exc:
        raise LoomError(f"drift check: {exc}") from None
    lake = open_lake()
    report = check_drift(lake, ref, cur, threshold=threshold, thresholds=overrides, min_events=min_events)
    log_to_lake(report, lake)
    run_id = None
    uri = tracking_uri()
    if uri and not no_mlflow:
        try:
            run_id = log_to_mlflow(report, uri)
        except Exception as exc:  # MlflowException, connection errors: the lake already has the report
            raise LoomError(f"drift check: MLflow at {uri} did not take the report ({str(exc).splitlines()[0][:200]}); "
                            "the report is in the lake's drift_reports table; retry, or pass --no-mlflow") from None
    jobs: list[str] = []
    if trigger_jobs and report.triggered:
        from workloads.drift.trigger import TriggerError, trigger_job as start

        for template in trigger_jobs:
            try:
                jobs.append(start(template))
            except TriggerError as exc:
                started = f" (started: {', '.join(jobs)})" if jobs else ""
                raise LoomError(f"drift check: drift found but retraining was not started from cronjob/{template}: {exc}{started} "
                                "(the report is in the lake's drift_reports table)") from None
    doc = report.to_dict() | {"mlflow_run_id": run_id, "retrain_job": jobs[0] if jobs else None, "retrain_jobs": jobs}
    if as_json:
        emit_json(doc)
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"drift: current {cur} vs reference {ref}")
    for col in ("feature", "KL", "threshold", "drifted", "why"):
        t.add_column(col)
    for f in report.features:
        t.add_row(f.feature, "-" if f.kl is None else f"{f.kl:.4f}", f"{f.threshold:g}", "yes" if f.drifted else "no", f.reason)
    con = Console()
    con.print(t)
    con.print(f"interactions: reference {report.reference_n}, current {report.current_n}; retraining {'TRIGGERED' if report.triggered else 'not triggered'}"
              + (f"; MLflow run {run_id}" if run_id else "; MLflow not configured" if not uri else ""))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON document (progress and links on stderr).")
@click.option("--margin", type=float, default=0.01, show_default=True, help="MRR margin the embedder's challenger must win by.")
@click.option("--generator-margin", type=float, default=0.02, show_default=True, help="Token-F1 margin the generator's challenger must win by.")
@click.option("--questions", type=click.IntRange(100, 2000), default=120, show_default=True, help="Replayed questions per window (the drift check needs 100).")
@click.option("--train-steps", type=click.IntRange(1, 1000), default=40, show_default=True, help="Optimizer steps of the embedder's fine-tune.")
@click.option("--generator-steps", type=click.IntRange(1, 1000), default=8, show_default=True, help="Optimizer steps of the generator's LoRA fine-tune.")
def demo(as_json: bool, margin: float, generator_margin: float, questions: int, train_steps: int, generator_steps: int) -> None:
    """Run the closed loop on the local platform: index, replay, drift, retrain and promote the embedder and the generator."""
    from loom.commands.loop_demo import run_demo

    for name, value in (("--margin", margin), ("--generator-margin", generator_margin)):
        if not 0 <= value < 1:
            raise LoomError(f"demo: {name} = {value} must be in [0, 1)")
    report = run_demo(outputs(), loom_home(), margin=margin, generator_margin=generator_margin, quiet=False, n_reference=questions,
                      n_shifted=questions, train_steps=train_steps, generator_steps=generator_steps)
    if as_json:
        emit_json(report)
