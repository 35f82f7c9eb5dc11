"""Steps that know how to undo themselves: run them in order, undo the started ones on failure.

Shared by local promotion (embedder and generator) and cluster staging, so each is a list of
`Step(name, do, undo)` objects and all report a failure the same way: the step that failed,
what was undone and what could not be.

The rules:
- any exception, `KeyboardInterrupt` and `SystemExit` included, rolls back: the failed step's
  own `undo` runs too (its `do` may have half-happened), then every earlier step's, newest
  first; every undo runs even when another one fails;
- an `undo` must therefore tolerate a `do` that stopped anywhere (idempotent, "remove if there");
- an `Exception` becomes the caller's `SagaError` subclass naming the step; an interrupt is
  re-raised as itself after the rollback (with a note saying what was undone), so Ctrl-C still
  means Ctrl-C to the caller.

Faults are injected from tests by wrapping steps (tests/loop/faults.py), never through a
parameter of the product code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

Undo = tuple[str, Callable[[], object]]


@dataclass(frozen=True)
class Step:
    """One reversible change. `undo` is None for a step that changes nothing (a check)."""

    name: str
    do: Callable[[], object]
    """Its return value is ignored."""
    undo: Callable[[], object] | None = None


class SagaError(RuntimeError):
    """A step failed; `undone` lists the steps that were compensated, `undo_errors` those that were not."""

    what = "saga"

    def __init__(self, step: str, cause: BaseException, undone: list[str], undo_errors: list[str]):
        self.step, self.cause, self.undone, self.undo_errors = step, cause, undone, undo_errors
        extra = f"; UNDO FAILED: {'; '.join(undo_errors)}" if undo_errors else ""
        super().__init__(f"{self.what} failed at step {step!r}: {cause}; undone: {', '.join(undone) or 'nothing'}{extra}")


def compensate(undo: list[Undo]) -> tuple[list[str], list[str]]:
    """Run every undo, newest first, even after one fails; returns (undone, errors)."""
    undone, errors = [], []
    for name, fn in reversed(undo):
        try:
            fn()
            undone.append(name)
        except Exception as exc:  # keep undoing the rest; report what could not be undone
            errors.append(f"{name}: {exc}")
    return undone, errors


def run(
    steps: Iterable[Step],
    *,
    error: type[SagaError] = SagaError,
    progress: Callable[[str], None] = lambda _: None,
) -> list[str]:
    """Run every step; returns the names done. On failure roll back and raise (see module doc)."""
    started: list[Step] = []
    done: list[str] = []
    try:
        for step in steps:
            started.append(step)
            step.do()
            done.append(step.name)
            progress(step.name)
    except BaseException as exc:
        undone, errors = compensate([(s.name, s.undo) for s in started if s.undo is not None])
        failed = started[-1].name if started else "plan"
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: rolled back, then re-raised
            exc.add_note(f"{error.what} interrupted at step {failed!r}; undone: {', '.join(undone) or 'nothing'}"
                         + (f"; UNDO FAILED: {'; '.join(errors)}" if errors else ""))
            raise
        raise error(failed, exc, undone, errors) from exc
    return done
