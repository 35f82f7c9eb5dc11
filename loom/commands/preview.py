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
              help="Also write the graph as JSON (stack, project, resources with urn/type/name/parent/provider/inputs); "
                   "'-' writes it to standard output and the tree to standard error.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the counts per type.")
def preview(stack: str | None, config_file: str | None, json_file: str | None, quiet: bool) -> None:
    """Run the Pulumi program under the SDK's mocks and show the resource tree and a count per type."""
    from rich.console import Console

    console = Console()
    if json_file and json_file != "-" and not Path(json_file).resolve().parent.is_dir():
        raise LoomError(f"{json_file}: directory {Path(json_file).parent} does not exist")
    with console.status(f"previewing {stack or config_file} offline ...", spinner="dots"):
        from loom.preview import run_preview

        result = run_preview(stack=stack, config_file=config_file)

    if json_file == "-":
        from loom.output import emit_json

        emit_json(result.to_json(), indent=2, sort_keys=False)
    elif json_file:
        _write_json_atomically(Path(json_file), result.to_json())
    if not quiet:
        console.print(render_tree(result))
    console.print(render_counts(result))
    if json_file and json_file != "-":
        console.print(f"wrote {json_file}")


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
