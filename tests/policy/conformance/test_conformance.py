"""The conformance suite: every case sent through the real pack over the Analyzer protocol (the harness
the CLI's engine stand-in uses), each with the verdict its specification clause demands."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from tests.policy import builders as b
from tests.policy.conformance.model import ADVISE, ALLOW, DENY, Case

HERE = Path(__file__).parent


def _all_cases() -> list[Case]:
    out: list[Case] = []
    for mod in sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("cases_")):
        out += importlib.import_module(f"tests.policy.conformance.{mod}").CASES
    return out


CASES = _all_cases()


def _verdict(case: Case, report) -> None:
    hits = [v for v in report.violations if v.policy == case.rule]
    shown = [f"[{v.enforcementLevel}] {v.message}" for v in hits]
    if case.verdict == ALLOW:
        assert not hits, shown
        return
    level = "mandatory" if case.verdict == DENY else "advisory"
    matching = [v for v in hits if v.enforcementLevel == level]
    assert matching, f"{case.rule} gave no {level} verdict; got {shown or 'nothing'}"
    if case.expect:
        assert any(case.expect in v.message for v in matching), shown
    if case.verdict == ADVISE:
        assert not [v for v in hits if v.enforcementLevel == "mandatory"], shown


@pytest.mark.parametrize("case", CASES, ids=[f"{c.rule}:{c.verdict}:{c.id}" for c in CASES])
def test_case(policy_session, case: Case):
    report = policy_session.check([b.stack(), *case.resources], stack="conformance", policy_config=case.config)
    _verdict(case, report)


def test_suite_is_large_cites_its_sources_and_covers_both_verdicts(policy_session):
    assert len(CASES) >= 150
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    for c in CASES:
        assert c.clause and ("http" in c.clause or "schema" in c.clause or "pulumi-aws" in c.clause), c.id
    names = {p.name for p in policy_session.policies}
    assert {c.rule for c in CASES} <= names, "a case names a rule the pack does not have"
    advisory = {p.name for p in policy_session.policies if p.enforcement_level == "advisory"}
    denied = {c.rule for c in CASES if c.verdict == DENY or (c.verdict == ADVISE and c.rule in advisory)}
    allowed = {c.rule for c in CASES if c.verdict == ALLOW}
    missing = sorted((names - denied) | (names - allowed))
    assert not missing, f"rules without an insecure and a hardened case: {missing}"
