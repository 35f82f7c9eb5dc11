"""`loom guard scan` through the real entry point (a subprocess): JSON Lines in, JSON Lines out,
exit 2 with the line number on the first malformed line, and no torch or Pulumi at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LOOM = [sys.executable, "-m", "loom.cli"]


def run(stdin: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*LOOM, "guard", "scan", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def lines(*objs: object) -> str:
    return "".join(json.dumps(o) + "\n" for o in objs)


def test_json_results_one_per_line() -> None:
    proc = run(lines({"text": "mail ada@example.org"}, {"text": "nothing"}, {"text": "", "meta": 1}), "--json")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out == [
        {"flagged": True, "findings": [{"category": "email", "start": 5, "end": 20}], "redacted": "mail [EMAIL]"},
        {"flagged": False, "findings": [], "redacted": "nothing"},
        {"flagged": False, "findings": [], "redacted": ""},
    ]
    assert proc.stderr == ""


def test_offsets_are_code_points_for_non_ascii_text() -> None:
    text = "Zoë → ada@example.org"
    proc = run(lines({"text": text}), "--json")
    (finding,) = json.loads(proc.stdout)["findings"]
    assert text[finding["start"] : finding["end"]] == "ada@example.org"


@pytest.mark.parametrize(
    "bad,message",
    [
        ("not json\n", "stdin line 2: not valid JSON"),
        ("[1, 2]\n", "stdin line 2: expected a JSON object"),
        ('{"txt": "a"}\n', 'stdin line 2: missing key "text"'),
        ('{"text": 42}\n', 'stdin line 2: "text" must be a string, got int'),
        ("\n", "stdin line 2: empty line"),
    ],
)
def test_malformed_line_exits_2_naming_the_line(bad: str, message: str) -> None:
    good = lines({"text": "call 415-555-2671"})
    after = lines({"text": "ada@example.org"})
    proc = run(good + bad + after, "--json")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    # a stream: the result for line 1 was already written whole; nothing for line 2 or after
    out = proc.stdout.splitlines()
    assert len(out) == 1 and json.loads(out[0])["redacted"] == "call [PHONE]"


def test_oversized_text_is_rejected_with_the_limit(tmp_path: Path) -> None:
    cfg = tmp_path / "guard.yaml"
    cfg.write_text("version: 1\nmax_chars: 10\n")
    proc = run(lines({"text": "x" * 11}), "--json", "--config", str(cfg))
    assert proc.returncode == 2 and "11 characters; the limit is 10" in proc.stderr
    assert proc.stdout == ""


def test_bad_config_is_one_clear_error(tmp_path: Path) -> None:
    cfg = tmp_path / "guard.yaml"
    cfg.write_text("version: 1\ncategories: [nope]\n")
    proc = run(lines({"text": "a"}), "--json", env={"LOOM_GUARD_CONFIG": str(cfg)})
    assert proc.returncode == 2 and "categories[0]" in proc.stderr and str(cfg) in proc.stderr


def test_human_readable_form() -> None:
    proc = run(lines({"text": "Add it to the whitelist, ada@example.org"}, {"text": "fine"}))
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == [
        "line 1: FLAGGED (2 findings)",
        "  biased_language  [14:23]  lexicon:whitelist",
        "  email            [25:40]  email",
        "  redacted: Add it to the [BIASED_LANGUAGE], [EMAIL]",
        "line 2: clean",
    ]


def test_starts_without_torch_or_pulumi() -> None:
    code = (
        "import sys\n"
        "from loom.cli import main\n"
        "try:\n    main(['guard', 'scan', '--json'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'pulumi', 'tritonclient', 'faker', 'presidio_analyzer') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], input=lines({"text": "a"}), capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in proc.stderr, proc.stderr


def test_language_hint_per_run_and_per_line(tmp_path: Path) -> None:
    text = "Liebe Anke, bis morgen"
    proc = run(lines({"text": text}, {"text": text, "language": "de"}), "--json", "--language", "fr")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line)["redacted"] for line in proc.stdout.splitlines()]
    assert out == [text, "Liebe [PERSON], bis morgen"]  # the line's own "language" wins
    bad = run(lines({"text": text, "language": "xx"}), "--json")
    assert bad.returncode == 2 and "stdin line 1: \"language\" is 'xx'" in bad.stderr


def test_config_switches_categories_off(tmp_path: Path) -> None:
    cfg = tmp_path / "guard.yaml"
    cfg.write_text("version: 1\ncategories: [email]\n")
    proc = run(lines({"text": "Hi Margaret, ada@example.org, 221B Baker Street, London NW1 6XE"}), "--json", "--config", str(cfg))
    assert proc.returncode == 0, proc.stderr
    assert [f["category"] for f in json.loads(proc.stdout)["findings"]] == ["email"]
