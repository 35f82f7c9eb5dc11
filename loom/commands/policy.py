"""`loom policy check`: the CrossGuard pack over the offline preview, through the Analyzer protocol."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click

from loom.errors import LoomError
from loom.output import emit_json


@click.group(name="policy")
def policy() -> None:
    """Run the CrossGuard pack (policy/) offline, exactly as `pulumi preview --policy-pack` does."""


def _default_policy_config(pack_dir: Path, stack: str | None) -> Path | None:
    """policy/config/<stack>.json, the per-stack enforcement CI passes as --policy-pack-config."""
    if stack is None:
        return None
    candidate = pack_dir / "config" / f"{stack}.json"
    return candidate if candidate.is_file() else None


@policy.command(name="check")
@click.option("--stack", "stack", help="Stack name: previews stacks/Pulumi.<NAME>.yaml.")
@click.option("--config-file", "config_file", type=click.Path(dir_okay=False),
              help="Any stack settings file to preview instead of a named stack.")
@click.option("--policy-config", "policy_config", type=click.Path(dir_okay=False),
              help="Policy config JSON in the CLI's --policy-pack-config format "
                   "(default: policy/config/<stack>.json when it exists).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False),
              help="Write the report to this file instead of stdout.")
@click.option("--pack", "pack_dir", type=click.Path(file_okay=False), default=None,
              help="Policy pack directory (default: the repository's policy/).")
def check(stack, config_file, policy_config, fmt, output, pack_dir) -> int:
    """Preview the stack offline, analyze every resource and the stack with the pack.

    Exit 0 with no mandatory violation, 1 with any, 2 on bad input."""
    from loom.policycheck import DEFAULT_PACK_DIR, PolicySession  # noqa: PLC0415 - keeps `loom -h` fast
    from loom.policycheck.report import render_json, render_sarif, render_text  # noqa: PLC0415 - keeps `loom -h` fast

    if (stack is None) == (config_file is None):
        raise LoomError("give exactly one of --stack NAME or --config-file PATH")
    pack = Path(pack_dir) if pack_dir else DEFAULT_PACK_DIR
    if policy_config is None:
        found = _default_policy_config(pack, stack)
        if found is not None:
            policy_config = str(found)
            click.echo(f"policy config: {found}", err=True)
    try:
        from loom.preview import PROJECT, resolve_stack_file, run_preview  # noqa: PLC0415 - the preview imports Pulumi: only when run
    except ImportError as exc:
        raise LoomError(f"the offline preview is not available in this build ({exc})") from None

    name, _ = resolve_stack_file(stack, config_file)
    # The pack starts first and the policy config is validated against its policies before the
    # preview runs: a bad --policy-config fails in about a second, not after a whole preview. The
    # session always stops the process.
    session = PolicySession(pack, project=PROJECT, stack=name).spawn()
    with _closing(session):
        with _status("starting the policy pack"), session:
            resolved = session.resolve(policy_config)
            with _status(f"previewing {stack or config_file} offline"):
                result = run_preview(stack=stack, config_file=config_file)
            with _status(f"analyzing {len(result.resources)} resources with the policy pack"):
                report = session.check(result.resources, stack=result.stack, resolved=resolved)
    if fmt == "json":
        text = json.dumps(render_json(report), indent=2) + "\n"
    elif fmt == "sarif":
        artifact = _artifact_uri(stack, config_file)
        text = json.dumps(render_sarif(report, artifact_uri=artifact), indent=2) + "\n"
    else:
        text = render_text(report)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(render_text(report).rstrip().splitlines()[-1], err=True)
    else:
        sys.stdout.write(text)
    return report.exit_code


@contextlib.contextmanager
def _closing(session):
    try:
        yield session
    finally:
        session.process.close()


@contextlib.contextmanager
def _status(message: str):
    """A spinner on stderr when it is a terminal (CI logs stay clean)."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console  # noqa: PLC0415 - keeps `loom -h` fast

    with Console(stderr=True).status(message):
        yield


@policy.command(name="rules")
@click.option("--pack", "pack_dir", type=click.Path(file_okay=False), default=None,
              help="Policy pack directory (default: the repository's policy/).")
@click.option("--json", "as_json", is_flag=True, help="Print the rules as JSON.")
def rules(pack_dir, as_json) -> None:
    """List the pack's rules (from its own GetAnalyzerInfo): concern, severity, default enforcement."""
    from loom.policycheck import DEFAULT_PACK_DIR, describe_pack  # noqa: PLC0415 - keeps `loom -h` fast

    name, version, policies = describe_pack(Path(pack_dir) if pack_dir else DEFAULT_PACK_DIR)
    if as_json:
        emit_json({"pack": name, "version": version, "rules": [
            {"name": p.name, "concern": (p.tags or [""])[0], "kind": p.kind, "severity": p.severity,
             "enforcementLevel": p.enforcement_level, "description": p.description,
             "config": p.config_schema} for p in policies]}, indent=2, sort_keys=False)
        return
    from rich.console import Console  # noqa: PLC0415 - keeps `loom -h` fast
    from rich.table import Table  # noqa: PLC0415 - keeps `loom -h` fast

    table = Table(title=f"{name}@v{version}: {len(policies)} rules")
    for col in ("rule", "concern", "kind", "severity", "enforcement"):
        table.add_column(col)
    for p in sorted(policies, key=lambda p: ((p.tags or [""])[0], p.name)):
        table.add_row(p.name, (p.tags or [""])[0], p.kind, p.severity, p.enforcement_level)
    Console().print(table)


def _artifact_uri(stack, config_file) -> str:
    """The stack settings file relative to the repository (where GitHub shows the alert)."""
    repo = Path(__file__).resolve().parents[2]
    path = Path(config_file) if config_file else repo / "stacks" / f"Pulumi.{stack}.yaml"
    try:
        return path.resolve().relative_to(repo).as_posix()
    except ValueError:
        return path.as_posix()
