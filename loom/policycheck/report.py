"""Render a PolicyReport: text grouped by resource (as `pulumi preview` shows policy violations),
the JSON CI consumes, and SARIF 2.1.0 for GitHub code scanning."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

from loom.policycheck.model import PolicyReport, Violation

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# GitHub ranks code-scanning alerts by properties.security-severity (0.1-10).
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "unspecified": "5.0"}


def _short(urn: str) -> str:
    return urn.rsplit("::", 1)[-1] if urn else "(stack)"


def render_text(report: PolicyReport) -> str:
    lines = [f"Policy pack {report.pack_name}@v{report.pack_version}: {report.policies_evaluated} policies, "
             f"{report.resources_analyzed} resources, stack {report.stack}"]
    groups: "OrderedDict[str, list[Violation]]" = OrderedDict()
    for v in sorted(report.violations, key=lambda v: (v.urn, not v.mandatory, v.policy)):
        groups.setdefault(v.urn, []).append(v)
    for urn, items in groups.items():
        lines.append("")
        lines.append(f"  {items[0].type} ({_short(urn)})")
        if urn:
            lines.append(f"  {urn}")
        for v in items:
            head, _, detail = v.message.partition("\n")
            lines.append(f"    [{v.enforcementLevel}] [{v.severity}] {v.policy}")
            lines.append(f"        {head}")
            for d in detail.splitlines():
                lines.append(f"        {d}")
    for rem in report.remediations:
        lines.append(f"  remediated: {rem.policy} on {_short(rem.urn)}")
    mandatory = len(report.mandatory)
    advisory = len(report.violations) - mandatory
    lines.append("")
    verdict = "FAILED" if mandatory else "passed"
    lines.append(f"Policy check {verdict}: {mandatory} mandatory, {advisory} advisory violation(s)"
                 + (f", {len(report.remediations)} remediation(s)" if report.remediations else ""))
    return "\n".join(lines) + "\n"


def render_json(report: PolicyReport) -> dict:
    return report.to_json()


def render_sarif(report: PolicyReport, *, artifact_uri: str) -> dict:
    """One run per check. Each result points at the stack settings file (the source that produced the
    graph) and names the resource URN as a logical location, so alerts are stable and navigable."""
    rules = []
    index: dict[str, int] = {}
    for i, p in enumerate(report.policies):
        index[p.name] = i
        rules.append({
            "id": p.name,
            "name": "".join(part.capitalize() for part in p.name.split("-")),
            "shortDescription": {"text": p.description},
            "fullDescription": {"text": p.description},
            "help": {"text": p.remediation_steps or p.description,
                     "markdown": f"**{p.name}** ({', '.join(p.tags) or 'general'}, {p.severity})\n\n"
                                 f"{p.description}\n\nFix: {p.remediation_steps or '-'}"},
            "defaultConfiguration": {"level": "error" if p.enforcement_level in ("mandatory", "remediate")
                                     else "warning" if p.enforcement_level == "advisory" else "none"},
            "properties": {"tags": ["security", "crossguard", *p.tags], "security-severity":
                           _SECURITY_SEVERITY.get(p.severity, "5.0"), "precision": "high"},
        })
    results = []
    for v in report.violations:
        fingerprint = hashlib.sha256(f"{v.policy}\0{v.urn}\0{v.message}".encode()).hexdigest()
        result: dict[str, Any] = {
            "ruleId": v.policy,
            "level": "error" if v.mandatory else "warning",
            "message": {"text": f"{v.message}\nResource: {v.urn or report.stack}"},
            "locations": [{
                "physicalLocation": {"artifactLocation": {"uri": artifact_uri},
                                     "region": {"startLine": 1}},
                "logicalLocations": [{"fullyQualifiedName": v.urn or f"stack:{report.stack}",
                                      "name": _short(v.urn), "kind": "resource"}],
            }],
            "partialFingerprints": {"loomPolicyViolation/v1": fingerprint},
            "properties": {"enforcementLevel": v.enforcementLevel, "severity": v.severity, "type": v.type},
        }
        if v.policy in index:
            result["ruleIndex"] = index[v.policy]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "loom-crossguard", "fullName": f"CrossGuard pack {report.pack_name}",
                                "version": report.pack_version, "semanticVersion": report.pack_version,
                                "informationUri": "https://www.pulumi.com/docs/iac/packages-and-automation/crossguard/",
                                "rules": rules}},
            "automationDetails": {"id": f"loom-policy/{report.stack}/"},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


