"""Steps that know how to undo themselves: run the undos newest-first and say what happened.

Shared by local promotion (transaction.py) and cluster staging (stage.py), so both report a
failure the same way: the step that failed, what was undone, and what could not be.
"""

from __future__ import annotations

from typing import Callable

Undo = tuple[str, Callable[[], None]]


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
