"""Fault injection for the promotion and staging sagas, from the outside.

The product code has no test hook: promotion, generator promotion and staging all run their
steps through `workloads.promote.saga.run`, and a test replaces that function with one that
wraps the named step so that it raises, before its `do` ran or after (then whatever the step
changed must be undone too).
"""

from __future__ import annotations

from workloads.promote import saga


class InjectedFault(RuntimeError):
    """Raised by a wrapped step."""


def fail_at(monkeypatch, step: str, *, after: bool = True, exc: type[BaseException] = InjectedFault) -> list[str]:
    """From now on in this test, the saga step named `step` fails; returns the step names seen
    (so a test can assert the step exists: a typo must not make the test pass)."""
    real = saga.run
    seen: list[str] = []

    def wrap(s: saga.Step) -> saga.Step:
        seen.append(s.name)
        if s.name != step:
            return s

        def do() -> None:
            if after:
                s.do()
            raise exc(f"injected failure {'after' if after else 'before'} step {s.name!r}")

        return saga.Step(s.name, do, s.undo)

    monkeypatch.setattr(saga, "run", lambda steps, **kw: real([wrap(s) for s in steps], **kw))
    return seen
