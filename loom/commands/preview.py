"""`loom preview`: the resource graph of a stack, offline (no Pulumi CLI, no credentials)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import click

from loom.errors import LoomError


@click.command("preview")
@click.option("--stack", "stack", metavar="NAME", help="Preview stacks/Pulumi.NAME.yaml (dev, onprem, edge, aws, gcp, azure).")
@click.option("--config-file", "config_file", type=click.Path(dir_okay=False), metavar="PATH", help="Preview any stack settings file.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, writable=True, allow_dash=True), metavar="FILE",
              help="Also write the graph as JSON (stack, project, resources with urn/type/name/parent/provider/inputs, "
                   "findings); '-' writes it to standard output and the tree to standard error.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the counts per type (and the findings).")
@click.option("--checks/--no-checks", "run_checks", default=True, show_default=True,
              help="Run the offline checks (mesh, scheduling, wiring, readiness, ...; docs/preview.md) and exit 1 when any finds something.")
def preview(stack: str | None, config_file: str | None, json_file: str | None, quiet: bool, run_checks: bool) -> int:
    """Run the Pulumi program under the SDK's mocks, show the resource tree and a count per type, and report
    what the offline checks find (exit 1 when they find anything, 2 on bad input)."""
    from rich.console import Console

    console = Console()
    if json_file and json_file != "-" and not Path(json_file).resolve().parent.is_dir():
        raise LoomError(f"{json_file}: directory {Path(json_file).parent} does not exist")
    with console.status(f"previewing {stack or config_file} offline ...", spinner="dots"):
        from loom.preview import run_preview

        result = run_preview(stack=stack, config_file=config_file)
    findings = []
    if run_checks:
        with console.status("running the offline checks ...", spinner="dots"):
            from loom.checks import run_checks as checks

            findings = checks(result)

    if json_file:
        doc = result.to_json()
        if run_checks:
            doc["findings"] = [finding_json(f) for f in findings]
        if json_file == "-":
            from loom.output import emit_json

            emit_json(doc, indent=2, sort_keys=False)
        else:
            _write_json_atomically(Path(json_file), doc)
    if not quiet:
        console.print(render_tree(result))
    console.print(render_counts(result))
    if run_checks:
        render_findings(console, result, findings)
    if json_file and json_file != "-":
        console.print(f"wrote {json_file}")
    return 1 if findings else 0


def finding_json(f) -> dict:
    return {"check": f.check, "resource": f.resource, "message": f.message, "setting": f.setting}


def short_resource(urn: str) -> str:
    """`urn:pulumi:s::loom::a$b$type::name` -> `type::name`."""
    parts = urn.split("::")
    if len(parts) >= 4 and parts[0].startswith("urn:pulumi:"):
        return f"{parts[2].split('$')[-1]}::{parts[3]}"
    return urn


def render_findings(console, result, findings) -> None:
    """Every finding, grouped by check, one line each (what fails, the numbers, the setting to change)."""
    from rich.markup import escape

    if not findings:
        console.print(f"[green]offline checks: nothing found in stack {result.stack}[/green]")
        return
    console.print(f"[bold red]{len(findings)} finding(s) in stack {result.stack}[/bold red] (what would fail on a real cluster; docs/preview.md)")
    for f in findings:
        where = f" [yellow](setting {escape(f.setting)})[/yellow]" if f.setting else ""
        console.print(f"  [bold]{escape('[' + f.check + ']')}[/bold] [cyan]{escape(short_resource(f.resource))}[/cyan]: {escape(f.message)}{where}", soft_wrap=True)


def _write_json_atomically(path: Path, data: dict) -> None:
    """Never leave a half-written file: write a temp file beside it, then rename."""
    if path.parent and not path.parent.exists():
        raise LoomError(f"{path}: directory {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent or Path(".")))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=False)
            fh.write("\n")
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise LoomError(f"{path}: cannot write: {exc.strerror}") from None


def render_tree(result):
    """The resource tree: type and name, children under their parent."""
    from rich.tree import Tree

    children: dict[str | None, list] = {}
    for r in result.resources:
        children.setdefault(r.parent, []).append(r)
    roots = children.get(None, [])
    root = Tree(f"[bold]{result.project}[/bold] / [bold]{result.stack}[/bold]")

    def add(node, res) -> None:
        label = f"[cyan]{res.type}[/cyan]  {res.name}"
        if res.protect:
            label += "  [yellow](protected)[/yellow]"
        branch = node.add(label)
        for child in sorted(children.get(res.urn, []), key=lambda c: (c.custom, c.type, c.name)):
            add(branch, child)

    for r in roots:
        add(root, r)
    return root


def render_counts(result):
    from rich.table import Table

    table = Table(title=f"{len(result.resources)} resources in stack {result.stack}")
    table.add_column("type")
    table.add_column("count", justify="right")
    for typ, n in result.counts().items():
        table.add_row(typ, str(n))
    return table
