"""Offline checks over a rendered stack graph: what a real cluster or cloud would enforce.

The SDK's mocks accept any graph: an unpublished chart version, a values key the chart ignores,
more GPUs than the nodes have, a flow the mesh denies. Each check here reads the graph that
`loom.preview.run_preview` recorded (plus committed facts read from primary sources) and reports
what would fail at `pulumi up` or at run time, as `Finding`s. `loom preview` reports them and the
tests run them on all six stacks.

A check is a function `(PreviewResult) -> list[Finding]` registered in `CHECKS` under its name.
The mesh, scheduling, wiring and readiness checks share one model of the cluster the graph would
build (`cluster.py`, with `chart_pods.py` for what Helm releases and operators create, and
`environment.py` / `machines.py` for node pools and platform built-ins); docs/preview.md says what
each proves and what it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from loom.preview import PreviewResult


@dataclass(frozen=True)
class Finding:
    """One thing that would fail on a real cluster or cloud."""

    check: str
    """The check's name in `CHECKS` (e.g. "charts", "mesh", "scheduling", "wiring", "readiness")."""
    resource: str
    """The resource it is about: its URN, or its `type::name` when it has none."""
    message: str
    """One line: what would fail, with the numbers or keys involved and what is allowed."""
    setting: str | None = None
    """The stack setting (config key) a user changes to fix it, when there is one."""

    def line(self) -> str:
        where = f" (setting {self.setting})" if self.setting else ""
        return f"[{self.check}] {self.resource}: {self.message}{where}"


Check = Callable[["PreviewResult"], list[Finding]]

CHECKS: dict[str, Check] = {}
"""Every check by name, in the order they run. Modules register themselves here when imported
by `_load()`; add a module's import there."""


def _load() -> None:
    """Import the check modules (each registers itself). Kept lazy: importing them must not
    slow down commands that never run the checks."""
    import loom.checks.charts  # noqa: F401  (check 1: chart facts)
    from loom.checks import mesh  # noqa: F401  (registration order is report order)
    from loom.checks import scheduling  # noqa: F401  (imported to register the check)
    from loom.checks import wiring  # noqa: F401  (imported to register the check)
    from loom.checks import readiness  # noqa: F401  (imported to register the check)


def run_checks(result: "PreviewResult", only: list[str] | None = None) -> list[Finding]:
    """All findings of the registered checks (or of `only`) over one rendered stack."""
    _load()
    findings: list[Finding] = []
    for name, check in CHECKS.items():
        if only is None or name in only:
            findings.extend(check(result))
    return findings
