"""Every `loom` command that has a `--json` option prints exactly one JSON document on stdout.

The commands are discovered from the click tree (so a command added later is covered, and
fails here until it has a recipe below), and each runs as its own `python -m loom.cli` process
with a real stdout to parse. Some runs succeed against the real local platform, some fail on
purpose (no stack backend, no platform): a failure under `--json` is a document too. The drift
check runs against the platform's MLflow, which prints "View run ... at" on stdout when a run
ends: that link must arrive on stderr.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from loom.cli import cli

REPO = Path(__file__).resolve().parents[1]


def json_commands() -> list[str]:
    """'group sub' paths of every command with a --json option, by click introspection."""
    found: list[str] = []

    def walk(cmd: click.Command, path: list[str]) -> None:
        if isinstance(cmd, click.Group):
            ctx = click.Context(cmd)
            for name in cmd.list_commands(ctx):
                walk(cmd.get_command(ctx, name), [*path, name])
        elif any(isinstance(p, click.Option) and "--json" in p.opts for p in cmd.params):
            found.append(" ".join(path))

    walk(cli, [])
    return sorted(found)


@pytest.fixture(scope="module")
def env(local_platform, tmp_path_factory):
    """LOOM_HOME of the shared platform, but a lake of our own (nothing leaks into other tests)."""
    from workloads.lake import Lake, interaction_event
    from tests.loop.conftest import clean

    tmp = tmp_path_factory.mktemp("json-output")
    lake = Lake(tmp / "lake")
    lake.append("interactions", [interaction_event(request_id="json-r1", question="q?", answer="a", scan=clean)])
    (tmp / "doc.md").write_text("# JSON output test\n\nThe quokka index of this test document is 7.\n")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LOOM_", "MLFLOW_"))}
    return {
        "platform": {**base, "LOOM_HOME": os.environ["LOOM_HOME"], "LOOM_LAKE_URI": str(tmp / "lake"), "PYTHONPATH": str(REPO)},
        # no platform there; stack commands fail too (no Pulumi CLI here, no backend in CI): as documents
        "nothing": {**base, "LOOM_HOME": str(tmp / "empty-home"), "LOOM_LAKE_URI": str(tmp / "lake"), "PYTHONPATH": str(REPO)},
        "tmp": tmp,
    }


# command -> (arguments after the command, environment, stdin, the run must succeed)
RECIPES: dict[str, tuple[list[str], str, str | None, bool]] = {
    "ask": (["What is Loom?"], "platform", None, True),
    "demo": ([], "nothing", None, False),  # no platform running there: an error document
    "drift check": (["--min-events", "1"], "platform", None, True),
    "feedback": (["json-r1", "--answer", "the right answer"], "platform", None, True),
    "guard scan": ([], "nothing", '{"text": "mail me at ada@example.org"}\n', True),
    "index": (["{tmp}/doc.md"], "platform", None, True),
    "kpi": (["latency_ms", "12.5", "--dim", "team=search"], "platform", None, True),
    "policy rules": ([], "nothing", None, True),
    "preview": (["--stack", "dev", "-q"], "nothing", None, True),
    "prompts lint": ([], "nothing", None, True),
    "prompts test": (["--only", "rag-answer", "--endpoint", "http://127.0.0.1:9"], "nothing", None, False),
    "rollout": (["--env", "aws", "--model", "rag", "--version", "candidates/generator-v2", "--metrics-url", "http://127.0.0.1:9"], "nothing", None, False),
    "stack destroy": (["--env", "aws", "--yes"], "nothing", None, False),
    "stack outputs": (["--env", "aws"], "nothing", None, False),
    "stack preview": (["--env", "aws"], "nothing", None, False),
    "stack refresh": (["--env", "aws", "--yes"], "nothing", None, False),
    "stack up": (["--env", "aws", "--yes"], "nothing", None, False),
    "status": ([], "platform", None, True),
    "up": ([], "platform", None, False),  # already running there: refused, as a document
}


def test_every_json_command_has_a_recipe():
    assert json_commands() == sorted(RECIPES), "a command with --json needs a recipe in RECIPES"


@pytest.mark.platform
@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(RECIPES))
def test_stdout_is_exactly_one_json_document(command, env):
    args, which, stdin, must_succeed = RECIPES[command]
    argv = [*command.split(), *[a.format(tmp=env["tmp"]) for a in args]]
    json_flag = ["--json", "-"] if command == "preview" else ["--json"]  # preview's --json takes a file; '-' is stdout
    p = subprocess.run([sys.executable, "-m", "loom.cli", *argv, *json_flag], input=stdin, capture_output=True, text=True,
                       env=env[which], cwd=REPO, timeout=600)
    try:
        doc = json.loads(p.stdout)
    except json.JSONDecodeError as exc:
        pytest.fail(f"loom {command} --json: stdout is not one JSON document ({exc}); exit {p.returncode}\n"
                    f"stdout: {p.stdout[:2000]!r}\nstderr tail: {p.stderr[-2000:]}")
    assert isinstance(doc, (dict, list))
    if must_succeed:
        assert p.returncode == 0, p.stderr[-2000:]
        assert not (isinstance(doc, dict) and doc.get("ok") is False), doc
    else:  # the failure is the command's own report (prompts test) or the generic error document
        assert p.returncode != 0, doc
        assert doc.get("error") if doc.get("ok") is False else "results" in doc, doc
    if command == "drift check":
        assert doc["mlflow_run_id"] and "View run" in p.stderr, "MLflow's run link must be on stderr"
