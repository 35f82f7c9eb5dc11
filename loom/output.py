"""Standard output under `--json`: exactly one JSON document, everything else on standard error.

Libraries print on standard output when they please (MLflow writes "🏃 View run ... at: <url>"
there whenever a run ends; native code can write to file descriptor 1), and CI pipes `loom ...
--json` into `jq`. So while a `--json` command runs, `loom.cli.main` points both Python's
`sys.stdout` and file descriptor 1 at standard error, and the command's document goes out
through `emit_json`, the one writer of the real standard output. When the command fails, `main`
writes `{"ok": false, "error": ..., "exit_code": ...}` there unless the command already wrote its
document, so a consumer always gets one document to parse.

`loom guard scan --json` is the documented exception: JSON Lines, one document per input line
(`json_lines()`), and no error document is added to that stream: it stops at the first bad line,
which the error on stderr names, and the results already written stay valid.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import Any, Iterator, TextIO

_streams: list[TextIO] = []
_emitted: list[int] = [0]
_lines: list[bool] = [False]


def json_lines() -> None:
    """Declare that this command streams JSON Lines (no error document is appended on failure)."""
    _lines[0] = True


def emit_json(document: Any, *, indent: int | None = None, sort_keys: bool = True, default: Any = None, ensure_ascii: bool = True) -> None:
    """Write one JSON document (one line unless `indent`) to the real standard output."""
    stream = _streams[-1] if _streams else sys.stdout
    stream.write(json.dumps(document, indent=indent, sort_keys=sort_keys, default=default, ensure_ascii=ensure_ascii) + "\n")
    stream.flush()
    _emitted[0] += 1


def emitted() -> int:
    """How many documents `emit_json` wrote so far in this process (a JSON Lines stream counts as one)."""
    return _emitted[0] + _lines[0]


@contextlib.contextmanager
def stdout_for_json_only() -> Iterator[None]:
    """Inside: print(), sys.stdout and fd 1 go to standard error; `emit_json` to the real stdout."""
    sys.stdout.flush()
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test runner's buffer)
        fd = None
    if fd is None:
        _streams.append(sys.stdout)
        try:
            with contextlib.redirect_stdout(sys.stderr):
                yield
        finally:
            _streams.pop()
        return
    saved = os.dup(fd)
    real = os.fdopen(os.dup(fd), "w", encoding="utf-8")
    _streams.append(real)
    sys.stderr.flush()
    os.dup2(sys.stderr.fileno(), fd)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, fd)
        os.close(saved)
        _streams.pop()
        real.close()
