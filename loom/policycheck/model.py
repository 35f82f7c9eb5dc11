"""What goes into and comes out of a policy check."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Resource:
    """One resource as the engine would hand it to an analyzer. Field-compatible with
    loom.preview.PreviewResource, so a preview's resources can be passed as they are."""

    urn: str
    type: str
    name: str
    inputs: dict
    parent: str | None = None
    provider: str | None = None
    custom: bool = True
    protect: bool = False
    dependencies: list[str] = field(default_factory=list)


@dataclass
class Violation:
    policy: str
    urn: str
    type: str
    message: str
    enforcementLevel: str  # noqa: N815 - the JSON output's key
    severity: str

    @property
    def mandatory(self) -> bool:
        return self.enforcementLevel == "mandatory"

    def to_dict(self) -> dict:
        return {"policy": self.policy, "urn": self.urn, "type": self.type, "message": self.message,
                "enforcementLevel": self.enforcementLevel, "severity": self.severity}


@dataclass
class PolicyInfo:
    name: str
    description: str
    enforcement_level: str
    severity: str
    tags: list[str]
    config_schema: dict
    required: list[str]
    kind: str  # "resource" | "stack"
    remediation_steps: str = ""


@dataclass
class Remediation:
    policy: str
    urn: str
    description: str


@dataclass
class PolicyReport:
    stack: str
    pack_name: str
    pack_version: str
    policies: list[PolicyInfo]
    policies_evaluated: int
    resources_analyzed: int
    violations: list[Violation]
    remediations: list[Remediation] = field(default_factory=list)
    not_applicable: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def mandatory(self) -> list[Violation]:
        return [v for v in self.violations if v.mandatory]

    @property
    def exit_code(self) -> int:
        return 1 if self.mandatory else 0

    def to_json(self) -> dict:
        return {"stack": self.stack, "violations": [v.to_dict() for v in self.violations],
                "policies_evaluated": self.policies_evaluated}
