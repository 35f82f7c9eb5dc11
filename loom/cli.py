"""The `loom` command. Subcommands live one per module in loom/commands and load lazily,
so `loom guard scan` never pays for importing the Pulumi SDKs and `loom preview` never
imports torch."""

from __future__ import annotations

import importlib
import sys

import click

from loom import __version__
from loom.errors import LoomError

# command name -> "module:attribute" of a click.Command (or Group)
COMMANDS: dict[str, tuple[str, str]] = {
    "preview": ("loom.commands.preview:preview", "Run the Pulumi program offline under the SDK's mocks and show the resource graph."),
    "policy": ("loom.commands.policy:policy", "Run the CrossGuard pack over the offline preview through the Analyzer protocol."),
    "up": ("loom.commands.local:up", "Start the local platform (Triton, Milvus Lite, MLflow, the lake)."),
    "down": ("loom.commands.local:down", "Stop the local platform started with --detach."),
    "status": ("loom.commands.local:status", "Show whether the local platform is running and healthy."),
    "index": ("loom.commands.rag:index", "Chunk, embed and store documents in the vector store."),
    "ask": ("loom.commands.rag:ask", "Ask the RAG pipeline a question over the inference API."),
    "guard": ("loom.commands.guard:guard", "Scan text with the output guard (PII, policy, biased language)."),
    "prompts": ("loom.commands.prompts:prompts", "Lint, render and test prompts-as-code."),
    "assist": ("loom.commands.assist:assist", "Run the CI helper prompts on a diff or an OpenAPI document."),
    "feedback": ("loom.commands.loop:feedback", "Log a correction for an answered request."),
    "kpi": ("loom.commands.loop:kpi", "Log a KPI value to the telemetry lake."),
    "drift": ("loom.commands.loop:drift", "Check drift between two windows of interactions."),
    "demo": ("loom.commands.loop:demo", "Run the whole closed loop on the local platform."),
    "stack": ("loom.commands.stack:stack", "Drive stacks through the Pulumi Automation API."),
    "rollout": ("loom.commands.stack:rollout", "Move a model version through canary steps with gates."),
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when invoked (click's documented pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        target, help_text = COMMANDS[cmd_name]
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            return _unavailable(cmd_name, help_text)
        return getattr(module, attr)


def _unavailable(name: str, help_text: str) -> click.Command:
    @click.command(name=name, help=f"{help_text} (not available in this build)")
    def _cmd() -> None:
        raise LoomError(f"'loom {name}' is not available in this build of Loom")

    return _cmd


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="loom")
def cli() -> None:
    """Loom: generative AI as a platform component."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: bad input is one line on stderr and exit 2, never a traceback.

    With `--json` standard output carries exactly one JSON document (loom/output.py): the
    command's, or on failure `{"ok": false, "error", "exit_code"}`; everything else goes to stderr."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not _json_mode(args):
        sys.exit(_run(args))
    from loom import output

    def on_error(message: str, exit_code: int) -> None:
        if not output.emitted():
            output.emit_json({"ok": False, "error": message, "exit_code": exit_code})

    with output.stdout_for_json_only():
        code = _run(args, on_error=on_error)
    sys.exit(code)


def _json_mode(args: list[str]) -> bool:
    """Whether stdout is for one JSON document: a `--json` flag, or `--json -` where the option
    takes a file (`loom preview --json FILE` writes the file and keeps its human output)."""
    if "--json" not in args:
        return False
    cmd: click.Command | None = cli
    for token in args:
        if not isinstance(cmd, click.Group) or token.startswith("-"):
            break
        cmd = cmd.get_command(click.Context(cmd), token)
    option = next((p for p in getattr(cmd, "params", []) if isinstance(p, click.Option) and "--json" in p.opts), None)
    if option is None or option.is_flag:
        return True
    i = args.index("--json")
    return i + 1 < len(args) and args[i + 1] == "-"


def _run(args: list[str], on_error=lambda message, exit_code: None) -> int:
    try:
        rv = cli.main(args=args, prog_name="loom", standalone_mode=False)
    except LoomError as exc:
        click.echo(f"error: {exc}", err=True)
        on_error(str(exc), exc.exit_code)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        on_error("aborted", 130)
        return 130
    except click.ClickException as exc:
        exc.show()
        on_error(exc.format_message(), exc.exit_code)
        return exc.exit_code
    except click.exceptions.Exit as exc:
        if exc.exit_code:
            on_error(f"exit status {exc.exit_code}", exc.exit_code)
        return exc.exit_code
    return rv if isinstance(rv, int) else 0


if __name__ == "__main__":
    main()
