"""Every offline check on every stack: the findings are exactly the known defects being fixed.

`KNOWN_DEFECTS_BEING_FIXED` maps each finding expected on today's graphs to the defect of issue 10 that
explains it: (stack, check, resource name pattern, message pattern) -> defect number. The engineers of
branches i10-helm and i10-cloud are fixing these defects now; the expectations are strict:
- a finding that matches no entry fails the test (a new defect, or a check that went wrong);
- an entry that no longer matches any finding fails the test too: when a fix lands, delete its entries
  (that is how the lead sees a defect is gone, and an entry can never silently outlive its defect).
"""

from __future__ import annotations

import re

import pytest

from loom.checks import CHECKS, _load, run_checks
from tests.infra.conftest import STACKS, preview_of

_load()

EXISTING = ("dev", "edge", "onprem")

KNOWN_DEFECTS_BEING_FIXED: dict[tuple[str, str, str, str], int] = {
    # Empty: every defect of issue 10 these checks find is fixed on main (merged i10-cloud, i10-helm).
    # The proof that each check catches its defect stays in the defect tests over frozen graphs.
}
"""(stack, check, pattern on the resource's name, pattern on the message) -> defect number in issue 10."""

CAUGHT_BY = {
    4: "readiness", 5: "mesh", 6: "wiring", 8: "scheduling, readiness", 9: "scheduling, readiness", 10: "wiring",
    11: "scheduling, readiness", 13: "wiring", 14: "wiring", 15: "mesh", 16: "wiring", 17: "wiring", 18: "readiness",
}
"""Which check finds which defect of issue 10: proved on the graphs that had them by the defect tests in
test_mesh.py, test_scheduling.py, test_wiring.py and test_readiness.py (tests/checks/frozen.py)."""

NOT_CAUGHT_HERE = {1: "charts", 2: "charts", 3: "charts", 7: "none (a GKE API fact)", 12: "none (an AKS API fact)"}
"""Defects of issue 10 these four checks do not find (charts: check 1, another branch)."""

TESTED_ELSEWHERE = {"charts": "check 1 (chart facts) keeps its own expectations next to its tests"}
"""Registered checks whose findings this test leaves to their own tests; every other check's findings must be listed above."""


def _name(urn: str) -> str:
    return urn.rsplit("::", 1)[-1]


@pytest.mark.parametrize("stack", STACKS)
def test_every_check_runs_and_every_finding_is_a_known_defect(stack):
    findings = [f for f in run_checks(preview_of(stack)) if f.check not in TESTED_ELSEWHERE]
    expected = {k: v for k, v in KNOWN_DEFECTS_BEING_FIXED.items() if k[0] == stack}
    matched: set[tuple] = set()
    unexpected = []
    for f in findings:
        hits = [k for k in expected if k[1] == f.check and re.search(k[2], _name(f.resource)) and re.search(k[3], f.message)]
        if hits:
            matched.update(hits)
        else:
            unexpected.append(f.line())
    assert not unexpected, "findings that match no known defect (a new defect, or a broken check):\n" + "\n".join(unexpected)
    gone = sorted(set(expected) - matched)
    assert not gone, ("known defects no longer found (fixed? delete their entries from KNOWN_DEFECTS_BEING_FIXED): "
                      + "; ".join(f"defect {expected[k]}: {k}" for k in gone))


def test_the_checks_of_this_issue_are_registered():
    assert {"mesh", "scheduling", "wiring", "readiness"} <= set(CHECKS)


def test_every_defect_of_issue_10_is_accounted_for():
    assert set(CAUGHT_BY) | set(NOT_CAUGHT_HERE) == set(range(1, 19)) and not set(CAUGHT_BY) & set(NOT_CAUGHT_HERE)
    for (_stack, check, _r, _m), defect in KNOWN_DEFECTS_BEING_FIXED.items():
        assert check in CAUGHT_BY[defect], (defect, check)
