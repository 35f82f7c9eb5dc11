"""`loom assist tests|refactor|contract`: the CI helper prompts, as Markdown for a pull-request comment.

The content is the generator's draft, constrained to the prompt's output schema (structured
output), checked against that schema again here, and labelled as model output: a reviewer must
know that no person and no deterministic analysis wrote it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from loom.commands.prompts import DEFAULT_DIR, resolve_endpoint
from loom.errors import LoomError


def _read_diff(base: str | None) -> str:
    if base:
        proc = subprocess.run(["git", "diff", f"{base}...HEAD"], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise LoomError(f"--base {base!r}: git diff failed: {proc.stderr.strip() or 'unknown revision'}")
        return proc.stdout
    if sys.stdin.isatty():
        raise LoomError("no diff: pipe one on stdin (git diff | loom assist tests) or pass --base REV")
    return sys.stdin.read()


def _run(prompt_id: str, variables: dict[str, Any], endpoint: str | None, directory: str) -> tuple[dict[str, Any], str]:
    """The model's draft (schema-valid JSON) and the label that says it is model output."""
    import jsonschema

    from workloads.prompts.client import GenerateClient, InferenceError
    from workloads.prompts.loader import PromptError, load_prompt
    from workloads.prompts.render import render

    try:
        prompt = load_prompt(Path(directory) / prompt_id / "prompt.yaml")
        text = render(prompt, variables)
    except PromptError as exc:
        raise LoomError(str(exc)) from None
    try:
        generation = GenerateClient(resolve_endpoint(endpoint)).generate(prompt.model, text, prompt.parameters, prompt.output_schema)
    except InferenceError as exc:
        raise LoomError(str(exc), exit_code=1) from None
    try:
        draft = json.loads(generation.text)
    except json.JSONDecodeError:
        raise LoomError(f"{prompt_id}: the model answered text that is not JSON: {generation.text[:120]!r}", exit_code=1) from None
    errors = sorted(jsonschema.Draft202012Validator(prompt.output_schema or {}).iter_errors(draft), key=lambda e: list(e.absolute_path))
    if errors:  # structured output should make this impossible; never pass on a draft that breaks it
        where = "/".join(map(str, errors[0].absolute_path)) or "(root)"
        raise LoomError(f"{prompt_id}: the model's draft does not match the output schema at {where}: {errors[0].message}", exit_code=1)
    version = f" (version {generation.model_version})" if generation.model_version else ""
    label = (
        f"> **Model output**: drafted by the language model `{prompt.model}`{version} with prompt "
        f"`{prompt.id}@{prompt.version}`. Review it before relying on it."
    )
    return draft, label


def _cell(text: Any) -> str:
    """Model text inside a Markdown table cell: one line, no column breaks."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _write(markdown: str, output: str | None) -> None:
    if output:
        path = Path(output)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(markdown, encoding="utf-8")
        tmp.replace(path)
    else:
        click.echo(markdown, nl=False)


_common = [
    click.option("--endpoint", help="Inference API base URL (default: the local platform's)."),
    click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the Markdown here instead of stdout."),
    click.option("--dir", "directory", default=DEFAULT_DIR, show_default=True, hidden=True),
]


def common(fn):
    for option in reversed(_common):
        fn = option(fn)
    return fn


@click.group()
def assist() -> None:
    """CI helpers for pull requests: the generator's drafts, schema-checked and labelled as model output."""


@assist.command()
@click.option("--base", help="Diff HEAD against this revision (default: read a diff on stdin).")
@click.option("--language", default="python", show_default=True)
@common
def tests(base: str | None, language: str, endpoint: str | None, output: str | None, directory: str) -> None:
    """Draft unit tests for the functions a diff adds or changes."""
    from workloads.prompts.analyze import AnalysisError, as_json_block, parse_diff, test_facts

    diff = _read_diff(base)
    try:
        facts = test_facts(parse_diff(diff))
    except AnalysisError as exc:
        raise LoomError(f"diff: {exc}") from None
    result, label = _run("assist-tests", {"diff": diff, "language": language, "facts": as_json_block(facts)}, endpoint, directory)
    lines = ["## Suggested unit tests", "", label, "", result["summary"], "", "| test | target | checks |", "|---|---|---|"]
    lines += [f"| `{_cell(t['name'])}` | `{_cell(t['target'])}` | {_cell(t['checks'])} |" for t in result["tests"]]
    _write("\n".join(lines) + "\n", output)


@assist.command()
@click.option("--base", help="Diff HEAD against this revision (default: read a diff on stdin).")
@common
def refactor(base: str | None, endpoint: str | None, output: str | None, directory: str) -> None:
    """Suggest refactorings for the code a diff changes."""
    from workloads.prompts.analyze import AnalysisError, as_json_block, parse_diff, refactor_facts

    diff = _read_diff(base)
    try:
        facts = refactor_facts(parse_diff(diff))
    except AnalysisError as exc:
        raise LoomError(f"diff: {exc}") from None
    result, label = _run("assist-refactor", {"diff": diff, "facts": as_json_block(facts)}, endpoint, directory)
    lines = ["## Refactoring suggestions", "", label, "", result["summary"], ""]
    lines += [f"- **{_cell(s['file'])}**: {_cell(s['concern'])} — {_cell(s['proposal'])}" for s in result["suggestions"]] or ["No structural suggestions."]
    _write("\n".join(lines) + "\n", output)


@assist.command()
@click.argument("openapi_file", type=click.Path(exists=True, dir_okay=False))
@common
def contract(openapi_file: str, endpoint: str | None, output: str | None, directory: str) -> None:
    """Draft an API contract from an OpenAPI document."""
    from workloads.prompts.analyze import AnalysisError, as_json_block, contract_facts

    document = Path(openapi_file).read_text(encoding="utf-8")
    try:
        facts = contract_facts(document)
    except AnalysisError as exc:
        raise LoomError(f"{openapi_file}: {exc}") from None
    result, label = _run("assist-contract", {"openapi": document, "facts": as_json_block(facts)}, endpoint, directory)
    lines = [f"## API contract: {_cell(result['title'])}", "", label, "", "| method | path | summary | errors |", "|---|---|---|---|"]
    lines += [f"| {o['method']} | `{_cell(o['path'])}` | {_cell(o['summary'])} | {_cell('; '.join(o.get('errors') or [])) or '—'} |" for o in result["operations"]]
    _write("\n".join(lines) + "\n", output)
