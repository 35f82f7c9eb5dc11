"""`loom prompts lint|test|render`: prompts are code, checked like code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from loom.errors import LoomError
from loom.output import emit_json
from workloads.prompts.loader import PromptError, discover, load_all, load_prompt, load_suite

DEFAULT_DIR = "prompts"


def resolve_endpoint(endpoint: str | None) -> str:
    """--endpoint, else the local platform's inference URL from its outputs contract."""
    if endpoint:
        if not endpoint.startswith(("http://", "https://")):
            raise LoomError(f"--endpoint {endpoint!r} is not an http(s) URL; allowed: http://host:port or https://host")
        return endpoint
    from loom.reference import ContractError, load_contract_file, local_outputs_path

    outputs = local_outputs_path()
    if not outputs.exists():
        raise LoomError(f"no --endpoint and no local platform outputs at {outputs}; start it with `loom up --detach` or pass --endpoint URL")
    try:
        return load_contract_file(outputs).inference.http_url
    except ContractError as exc:
        raise LoomError(f"{exc}; pass --endpoint URL") from None


def _folders(directory: str, only: tuple[str, ...], label: str = "--only") -> list[Path]:
    try:
        folders = discover(directory)
    except PromptError as exc:
        raise LoomError(str(exc)) from None
    if only:
        known = {f.name for f in folders}
        unknown = sorted(set(only) - known)
        if unknown:
            raise LoomError(f"{label} {unknown[0]!r}: no such prompt in {directory}; available: {', '.join(sorted(known))}")
        folders = [f for f in folders if f.name in only]
    return folders


@click.group()
def prompts() -> None:
    """Lint, render and test prompts-as-code (prompts/<name>/prompt.yaml + tests.yaml)."""


@prompts.command()
@click.option("--dir", "directory", default=DEFAULT_DIR, show_default=True, help="Folder holding one sub-folder per prompt.")
@click.option("--base", default="HEAD", show_default=True, help="Git revision to compare versions with.")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def lint(directory: str, base: str, as_json: bool) -> None:
    """Validate every prompt and test file; report a changed prompt without a version bump."""
    from workloads.prompts.versioning import check_version_bump

    problems: list[PromptError] = []
    folders = _folders(directory, ())
    for folder in folders:
        try:
            prompt = load_prompt(folder / "prompt.yaml")
        except PromptError as exc:
            problems.append(exc)
            continue
        if (folder / "tests.yaml").exists():
            try:
                load_suite(folder / "tests.yaml", prompt)
            except PromptError as exc:
                problems.append(exc)
        bump = check_version_bump(folder / "prompt.yaml", base)
        if bump:
            problems.append(bump)
    if as_json:
        emit_json({"prompts": len(folders), "errors": [{"file": str(p.path), "line": p.line, "field": p.field, "message": p.message} for p in problems]}, indent=2, sort_keys=False)
    else:
        for p in problems:
            click.echo(f"error: {p}", err=True)
        click.echo(f"{len(folders)} prompt(s) checked, {len(problems)} problem(s)")
    if problems:
        sys.exit(1)


@prompts.command()
@click.argument("name")
@click.option("--var", "variables", multiple=True, metavar="KEY=VALUE", help="A template variable; VALUE may be JSON (lists, objects, numbers).")
@click.option("--dir", "directory", default=DEFAULT_DIR, show_default=True)
def render(name: str, variables: tuple[str, ...], directory: str) -> None:
    """Print the text a prompt sends to the model."""
    from workloads.prompts.render import render as render_prompt

    (folder,) = _folders(directory, (name,), label="prompt")
    values = {}
    for item in variables:
        if "=" not in item:
            raise LoomError(f"--var {item!r}: expected KEY=VALUE")
        key, raw = item.split("=", 1)
        try:
            values[key] = json.loads(raw) if raw[:1] in "[{" or raw in ("true", "false") or raw.lstrip("-").replace(".", "", 1).isdigit() else raw
        except json.JSONDecodeError as exc:
            raise LoomError(f"--var {key}: value looks like JSON but is not valid: {exc.msg}") from None
    try:
        click.echo(render_prompt(load_prompt(folder / "prompt.yaml"), values), nl=False)
    except PromptError as exc:
        raise LoomError(str(exc)) from None


@prompts.command()
@click.option("--endpoint", help="Inference API base URL (default: the local platform's).")
@click.option("--only", multiple=True, help="Run only this prompt (repeatable).")
@click.option("--repeat", type=click.IntRange(1, 50), default=None, help="Runs per case, overriding tests.yaml (seeds 0..N-1).")
@click.option("--concurrency", type=click.IntRange(1, 64), default=8, show_default=True, help="Runs in flight at once.")
@click.option("--timeout", "timeout_s", type=click.FloatRange(1, 3600), default=600, show_default=True, help="Seconds to wait for one generation.")
@click.option("--junit", "junit", type=click.Path(dir_okay=False), help="Write a JUnit XML report here.")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.option("--dir", "directory", default=DEFAULT_DIR, show_default=True)
def test(endpoint: str | None, only: tuple[str, ...], repeat: int | None, concurrency: int, timeout_s: float, junit: str | None, as_json: bool, directory: str) -> None:
    """Run every case `repeat` times with distinct seeds against the inference API; a case passes
    when its pass rate reaches its `min_pass_rate`. Exit 1 when a case fails."""
    from workloads.prompts.client import GenerateClient
    from workloads.prompts.runner import run_suites, write_junit

    folders = _folders(directory, only)
    try:
        loaded = [(p, s) for p, s in load_all(directory) if p.path.parent in folders and s is not None]
    except PromptError as exc:
        raise LoomError(str(exc)) from None
    url = resolve_endpoint(endpoint)
    console = Console()
    progress_console = Console(stderr=True)  # progress on stderr: stdout holds the report alone
    total = sum(len(s.cases) for _, s in loaded)
    done: list = []

    def progress(result) -> None:
        done.append(result)
        verdict = "[green]pass[/]" if result.passed else "[red]FAIL[/]"
        progress_console.print(f"[{len(done)}/{total}] {result.prompt_id}/{result.case}: {verdict} ({result.passed_runs}/{len(result.runs)} runs)", highlight=False)

    results = run_suites(GenerateClient(url, timeout_s=timeout_s), loaded, on_result=progress, repeat=repeat, concurrency=concurrency)
    if junit:
        write_junit(results, Path(junit))
    failed = [r for r in results if not r.passed]
    if as_json:
        emit_json({"endpoint": url, "passed": len(results) - len(failed), "failed": len(failed), "results": [r.to_dict() for r in results]}, indent=2, sort_keys=False)
    else:
        table = Table(title=f"prompt tests against {url}")
        for col in ("prompt", "case", "result", "pass rate", "similarity", "latency", "detail"):
            table.add_column(col)
        for r in results:
            detail = r.error or ("" if r.pass_rate == 1 else r.summary())
            table.add_row(
                f"{r.prompt_id}@{r.prompt_version}", r.case, "[green]pass[/]" if r.passed else "[red]FAIL[/]",
                f"{r.passed_runs}/{len(r.runs)} (needs {r.min_pass_rate:.2f})",
                "" if r.similarity is None else f"{r.similarity:.2f}", "" if r.latency_ms is None else f"{r.latency_ms:.0f} ms", detail,
            )
        console.print(table)
        console.print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        sys.exit(1)
