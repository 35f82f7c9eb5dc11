"""`loom guard scan`: the output guard over JSON Lines on stdin, one result per input line.

It is a stream: each result is written (whole line, flushed) as soon as its input line is
scanned, so a consumer can pipe gigabytes through it. On the first malformed line it stops with
exit 2 and a message naming that line; results already written for earlier lines stay valid
(they are complete lines), and nothing at all is written for the bad line or any after it.
Imports only the guard (no torch, no Pulumi) so it starts fast.
"""

from __future__ import annotations

import json
import sys
from typing import IO, Any

import click

from loom.errors import LoomError

EXAMPLE = '{"text": "..."}'


@click.group()
def guard() -> None:
    """Scan text with the output guard (PII, secrets, policy, biased language)."""


@guard.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON result per input line (for CI and pipes).")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Guard config file (default: $LOOM_GUARD_CONFIG, else the packaged deny-list and lexicon).",
)
@click.option("--language", type=click.Choice(["en", "de", "fr", "es", "nl"]), default=None,
              help="Language hint for every line (a line's own \"language\" key wins); default: language-independent.")
def scan(as_json: bool, config_path: str | None, language: str | None) -> None:
    """Scan JSON Lines from stdin: {"text": ..., "language"?: ...} in, one result per line out.

    Each result is {"flagged", "findings": [{"category", "start", "end"}], "redacted"};
    offsets are Unicode code points into "text". Stops at the first malformed line (exit 2);
    results already written for earlier lines stay valid."""
    from workloads.guard import LANGUAGES, GuardConfigError, GuardInputError, Scanner, load_config
    from workloads.guard.gazetteer import GazetteerError

    try:
        scanner = Scanner(load_config(config_path))
    except GuardConfigError as exc:
        raise LoomError(f"guard config: {exc}") from None
    except GazetteerError as exc:
        raise LoomError(f"guard: {exc}") from None
    from loom import output

    if as_json:
        output.json_lines()
    out, stdin = sys.stdout, sys.stdin  # click.get_text_stream is deprecated (removed in Click 9)
    for number, line in enumerate(_lines(stdin), start=1):
        text, line_language = _parse(line, number, scanner.config.max_chars, LANGUAGES)
        try:
            result = scanner.scan(text, language=line_language or language or scanner.config.language)
        except GuardInputError as exc:  # defensive: _parse already enforces the limits
            raise LoomError(f"stdin line {number}: {exc}") from None
        if as_json:  # JSON Lines: one document per input line (emit_json writes each in one write)
            output.emit_json(result.to_dict(), sort_keys=False, ensure_ascii=False)
            continue
        out.write(_human(number, text, result))  # one write per result: a line is either all there or not at all
        out.flush()


def _lines(stream: IO[str]) -> Any:
    try:
        yield from stream
    except UnicodeDecodeError as exc:
        raise LoomError(f"stdin is not valid UTF-8 ({exc.reason} at byte {exc.start} of a read block)") from None


def _parse(line: str, number: int, max_chars: int, languages: tuple[str, ...]) -> tuple[str, str | None]:
    where = f"stdin line {number}"
    if not line.strip():
        raise LoomError(f"{where}: empty line; expected one JSON object per line, e.g. {EXAMPLE}")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LoomError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); expected e.g. {EXAMPLE}") from None
    if not isinstance(obj, dict):
        raise LoomError(f"{where}: expected a JSON object like {EXAMPLE}, got {type(obj).__name__}")
    if "text" not in obj:
        raise LoomError(f"{where}: missing key \"text\"; expected e.g. {EXAMPLE}")
    text = obj["text"]
    if not isinstance(text, str):
        raise LoomError(f"{where}: \"text\" must be a string, got {type(text).__name__}")
    if len(text) > max_chars:
        raise LoomError(f"{where}: \"text\" is {len(text)} characters; the limit is {max_chars} (guard config max_chars)")
    language = obj.get("language")
    if language is not None and language not in languages:
        raise LoomError(f"{where}: \"language\" is {language!r}; allowed: {', '.join(languages)} or no key")
    return text, language


def _human(number: int, text: str, result: Any) -> str:
    if not result.flagged:
        return f"line {number}: clean\n"
    lines = [f"line {number}: FLAGGED ({len(result.findings)} finding{'s' if len(result.findings) != 1 else ''})"]
    for f in result.findings:
        lines.append(f"  {f.category:<16} [{f.start}:{f.end}]  {f.detector}")
    lines.append(f"  redacted: {result.redacted}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(guard())
