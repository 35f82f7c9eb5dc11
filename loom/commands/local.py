"""`loom up`, `loom down`, `loom status`: the local platform from the command line."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import click

from loom.errors import LoomError
from loom.output import emit_json
from loom.local.paths import loom_home
from loom.local.ports import Ports


def _console():
    from rich.console import Console

    return Console(stderr=True)


def _index_progress(console):
    """A rich progress bar over documents for `loom.local.platform.index`."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    def run(documents, work):
        with Progress(
            TextColumn("[bold]indexing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
            TimeElapsedColumn(), console=console, transient=False,
        ) as progress:
            task = progress.add_task("", total=len(documents))

            def on_document(path, outcome):
                progress.update(task, advance=1, description=f"{path.name} ({outcome})")

            return work(on_document)

    return run


def _start(settings, console):
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from loom.local import platform

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console) as progress:
        tasks: dict[str, int] = {}
        labels = {"milvus": "Milvus Lite", "mlflow": "MLflow", "triton": "Triton (loading models)"}

        def report(service: str, event: str) -> None:
            if event == "starting":
                tasks[service] = progress.add_task(f"{labels[service]}: waiting for health", total=1)
            elif event == "ready":
                progress.update(tasks[service], completed=1, description=f"{labels[service]}: [green]ready")

        contract = platform.start(settings, report=report, index_progress=None)
    return contract


@click.command()
@click.option("--detach", "-d", is_flag=True, help="Start in the background and return once healthy (stop with `loom down`).")
@click.option("--http-port", type=int, default=Ports.http, show_default=True, help="Triton KServe v2 HTTP port.")
@click.option("--grpc-port", type=int, default=Ports.grpc, show_default=True, help="Triton KServe v2 gRPC port.")
@click.option("--metrics-port", type=int, default=Ports.metrics, show_default=True, help="Triton metrics port.")
@click.option("--milvus-port", type=int, default=Ports.milvus, show_default=True, help="Milvus Lite gRPC port.")
@click.option("--mlflow-port", type=int, default=Ports.mlflow, show_default=True, help="MLflow tracking server port.")
@click.option("--accelerator", type=click.Choice(["auto", "cpu", "gpu"]), default="auto", show_default=True,
              help="Instance kind of the models (auto: GPU only with an NVIDIA driver and CUDA torch).")
@click.option("--index-docs/--no-index-docs", default=True, show_default=True, help="Index the repository's docs/ (idempotent).")
@click.option("--json", "as_json", is_flag=True, help="Print only the outputs contract as JSON.")
def up(detach, http_port, grpc_port, metrics_port, milvus_port, mlflow_port, accelerator, index_docs, as_json):
    """Start Triton, Milvus Lite and MLflow on 127.0.0.1 and print the outputs contract."""
    from loom.local import platform

    home = loom_home()
    console = _console()
    settings = platform.LocalSettings(
        home=home,
        ports=Ports(http_port, grpc_port, metrics_port, milvus_port, mlflow_port),
        accelerator=None if accelerator == "auto" else accelerator,
        index_docs=False,
    )
    contract = _start(settings, console)
    try:
        if index_docs:
            docs = [d for d in settings.docs if Path(d).exists()]
            if docs:
                report = platform.index(contract, docs, progress=_index_progress(console))
                console.print(f"docs: {len(report.indexed)} indexed, {len(report.unchanged)} unchanged ({report.chunks} chunks)")
    except BaseException:
        platform.stop(home)
        raise
    if as_json:
        emit_json(contract.to_dict(), indent=2, sort_keys=False)
    else:
        click.echo(json.dumps(contract.to_dict(), indent=2))
    if not as_json:
        console.print(f"outputs contract written to {home / 'outputs.json'}")
    if detach:
        if not as_json:
            console.print("running in the background; stop with `loom down`")
        return
    _foreground(home, console)


def _foreground(home: Path, console) -> None:
    """Stay up until Ctrl-C (or SIGTERM), then stop everything; stop too if a server dies."""
    from loom.local import platform

    stopping: list[int] = []

    def on_signal(signum, _frame):
        stopping.append(signum)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    console.print("running; press Ctrl-C to stop")
    died = []
    try:
        while not stopping:
            time.sleep(0.5)
            state = platform.status(home)
            died = [n for n, s in state["services"].items() if not s["running"]]
            if died or not state["services"]:
                break
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        console.print("stopping…")
        platform.stop(home)
    if died:
        raise LoomError(f"{', '.join(died)} stopped unexpectedly; everything was stopped (logs in {home / 'logs'})", exit_code=1)


@click.command()
def down():
    """Stop the local platform and every process it started."""
    from loom.local import platform

    home = loom_home()
    stopped = platform.stop(home)
    click.echo(f"stopped {', '.join(stopped)}" if stopped else f"nothing was running in {home}")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
def status(as_json):
    """Show whether each local service runs and answers its health check (exit 1 when not healthy)."""
    from loom.local import platform

    state = platform.status(loom_home())
    if as_json:
        emit_json(state, indent=2, sort_keys=False)
    else:
        from rich.console import Console
        from rich.table import Table

        if not state["services"]:
            click.echo(f"not running ({state['home']})")
        else:
            table = Table("service", "pid", "running", "healthy", "log")
            for name, s in state["services"].items():
                table.add_row(name, str(s["pid"]), "yes" if s["running"] else "no",
                              "[green]yes" if s["healthy"] else "[red]no", s["log"])
            Console().print(table)
            if "outputs" in state:
                click.echo(f"inference: {state['outputs']['inference']['http_url']}")
    if not state.get("healthy"):
        click.get_current_context().exit(1)
