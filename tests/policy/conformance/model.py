"""A conformance case: resources as a user writes them (real type tokens, wire-format inputs), the rule
it is about, the verdict the pack must reach, and the clause it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field

DENY, ALLOW, ADVISE = "deny", "allow", "advisory"


@dataclass
class Case:
    id: str
    rule: str
    verdict: str  # DENY: a mandatory violation of `rule`; ALLOW: none of `rule`; ADVISE: advisory only
    clause: str
    resources: list
    config: dict | None = None
    expect: str | None = None  # substring the violation message must contain (DENY/ADVISE)
    tags: list = field(default_factory=list)


def deny(id_: str, rule: str, clause: str, resources: list, *, config=None, expect=None) -> Case:
    return Case(id_, rule, DENY, clause, resources, config, expect)


def allow(id_: str, rule: str, clause: str, resources: list, *, config=None) -> Case:
    return Case(id_, rule, ALLOW, clause, resources, config)


def advise(id_: str, rule: str, clause: str, resources: list, *, config=None, expect=None) -> Case:
    return Case(id_, rule, ADVISE, clause, resources, config, expect)
