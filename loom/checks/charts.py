"""Check 1, chart facts: every Helm release asks for a published chart version and sets only values the
chart has (issue 10).

For each `kubernetes:helm.sh/v3:Release` of the rendered graph: the chart and version must have committed
facts (`loom/checks/facts/charts/`, written by `python -m loom.checks.chartfacts` from the chart's source at
its tag), installed from the repository the facts were read for, with the publication recorded (the index
entry's digest, or why it cannot be read offline); and every values path Loom sets must be one of the chart's
values paths, of a compatible type, or sit inside a free-form map. The OpenTelemetry Collector's release is
also checked for its exporter keys against the collector facts of the image's version (`collector.py`).
Custom resources whose CRD a pinned chart ships (Istio's policies, Karpenter's NodePools, cert-manager's
Certificates, ...) are checked against that CRD's schema as the chart's facts record it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from loom.checks import CHECKS, Finding
from loom.checks.chartfacts import crd_for, load_facts, normalize_repo
from loom.checks.collector import known_versions, load_collector_facts

if TYPE_CHECKING:
    from loom.preview import PreviewResource, PreviewResult

NAME = "charts"
RELEASE = "kubernetes:helm.sh/v3:Release"
COLLECTOR_CHART = "opentelemetry-collector"
GENERATE = "python -m loom.checks.chartfacts (loom/checks/chartfacts.py)"


def release_findings(resource: "PreviewResource") -> list[Finding]:
    """What Helm or the chart would refuse in one release."""
    inputs = resource.inputs
    chart, version = str(inputs.get("chart", "")), str(inputs.get("version", ""))
    repo = str((inputs.get("repositoryOpts") or {}).get("repo", ""))
    if chart.startswith("oci://"):  # an OCI chart names its registry in the chart reference itself
        repo, _, chart = chart.rpartition("/")
    values = inputs.get("values") or {}

    def finding(message: str) -> Finding:
        return Finding(check=NAME, resource=resource.urn, message=message)

    if not version:
        return [finding(f"chart {chart} has no pinned version (Helm would take whatever is newest)")]
    facts = load_facts(chart, version)
    if facts is None:
        return [finding(f"no facts for chart {chart} {version} from {repo}: the version may be unpublished "
                        f"(Helm: version not found); read the chart at its tag and write its facts with {GENERATE}")]
    out: list[Finding] = []
    if normalize_repo(repo) != normalize_repo(facts.repository):
        out.append(finding(f"installs {chart} {version} from {repo}, but its facts are for {facts.repository}"))
    if not facts.is_published:
        out.append(finding(f"{chart} {version}: facts record no index entry (digest) and no reason it is unverified"))
    for path, problem in facts.check_values(values):
        out.append(finding(f"values {path}: {problem}"))
    if chart == COLLECTOR_CHART:
        out.extend(finding(m) for m in collector_problems(values))
    return out


def collector_problems(values: Mapping[str, Any]) -> list[str]:
    """Exporter keys of the collector config that the image's collector-contrib version does not have."""
    tag = str(((values.get("image") or {}).get("tag")) or "")
    version = tag.split("@", 1)[0].lstrip("v")
    if not version:
        return ["values image.tag is not set: the collector's version (and so its exporter keys) is unknown"]
    facts = load_collector_facts(version)
    if facts is None:
        return [f"no collector facts for collector-contrib {version} (known: {', '.join(known_versions()) or 'none'}); "
                f"record the exporter keys of that version in loom/checks/facts/otelcol/"]
    return facts.check_config(values.get("config") or {})


def custom_resource_findings(resource: "PreviewResource") -> list[Finding]:
    """A custom resource whose CRD a pinned chart installs: its spec against that CRD's schema."""
    api_version, kind = resource.inputs.get("apiVersion"), resource.inputs.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return []
    found = crd_for(api_version, kind)
    if found is None:
        return []
    chart, crd = found
    return [Finding(check=NAME, resource=resource.urn,
                    message=f"{kind} {problem} ({chart.chart} {chart.version} CRD)")
            for problem in crd.check(resource.inputs.get("spec"))]


def check_charts(result: "PreviewResult") -> list[Finding]:
    findings: list[Finding] = []
    for resource in result.resources:
        if resource.type == RELEASE:
            findings.extend(release_findings(resource))
        elif resource.type.startswith("kubernetes:") and "apiVersion" in resource.inputs:
            findings.extend(custom_resource_findings(resource))
    return findings


CHECKS[NAME] = check_charts
