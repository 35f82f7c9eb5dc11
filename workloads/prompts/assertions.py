"""The assertion types a prompt test can use. Each returns an Outcome with the measured value,
so the report shows *how close* a failing case was (e.g. the similarity score)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import jsonschema
from rapidfuzz import fuzz


@dataclass(frozen=True)
class Response:
    """What the inference API answered for one case."""

    text: str
    latency_ms: float
    sources: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class Outcome:
    type: str
    passed: bool
    detail: str
    score: float | None = None


def _values(spec: Mapping[str, Any]) -> list[str]:
    value = spec["value"]
    return [value] if isinstance(value, str) else list(value)


def similar(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    threshold = float(spec.get("threshold", 0.8))
    method = spec.get("method", "token_set_ratio")
    score = getattr(fuzz, method)(spec["value"], resp.text, processor=lambda s: s.lower()) / 100.0
    return Outcome("similar", score >= threshold, f"similarity {score:.2f} {'>=' if score >= threshold else '<'} {threshold:.2f} ({method})", score)


def json_schema(spec: Mapping[str, Any], resp: Response, output_schema: Mapping[str, Any] | None) -> Outcome:
    schema = spec.get("value") or output_schema
    if not schema:
        return Outcome("json_schema", False, "no schema: give `value` or declare output_schema in prompt.yaml")
    try:
        document = json.loads(resp.text)
    except json.JSONDecodeError as exc:
        return Outcome("json_schema", False, f"output is not JSON: {exc.msg} at char {exc.pos}")
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(map(str, first.absolute_path)) or "(root)"
        return Outcome("json_schema", False, f"{len(errors)} schema error(s); first at {where}: {first.message}")
    return Outcome("json_schema", True, "output matches the schema")


def contains(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    fold = spec.get("ignore_case", True)
    haystack = resp.text.lower() if fold else resp.text
    missing = [v for v in _values(spec) if (v.lower() if fold else v) not in haystack]
    return Outcome("contains", not missing, f"missing {missing}" if missing else "all present")


def not_contains(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    fold = spec.get("ignore_case", True)
    haystack = resp.text.lower() if fold else resp.text
    found = [v for v in _values(spec) if (v.lower() if fold else v) in haystack]
    return Outcome("not_contains", not found, f"found {found}" if found else "none present")


def regex(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    flags = 0
    for letter in spec.get("flags", ""):
        flags |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}[letter]
    match = re.search(spec["value"], resp.text, flags)
    return Outcome("regex", match is not None, f"matched {match.group(0)[:60]!r}" if match else f"no match for /{spec['value']}/")


def guard_clean(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    from workloads.guard import scan  # the same scanner the platform runs before persisting

    result = scan(resp.text)
    categories = set(spec.get("categories") or [])
    findings = [f for f in result.findings if not categories or f.category in categories]
    if findings:
        kinds = sorted({f.category for f in findings})
        return Outcome("guard_clean", False, f"{len(findings)} guard finding(s): {', '.join(kinds)}")
    return Outcome("guard_clean", True, "no guard findings")


def latency(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    budget = float(spec["max_ms"])
    return Outcome("latency", resp.latency_ms <= budget, f"{resp.latency_ms:.0f} ms {'<=' if resp.latency_ms <= budget else '>'} {budget:.0f} ms", resp.latency_ms)


_CITATION = re.compile(r"\[(\d+)\]")


def citations(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    """At least `min` citation markers [n], each pointing at a passage or source that exists."""
    wanted = int(spec.get("min", 1))
    cited = sorted({int(n) for n in _CITATION.findall(resp.text)})
    available = len(resp.sources) if resp.sources else None
    dangling = [n for n in cited if available is not None and not 1 <= n <= available]
    if dangling:
        return Outcome("citations", False, f"citation(s) {dangling} point at no source (have {available})")
    ok = len(cited) >= wanted
    return Outcome("citations", ok, f"{len(cited)} distinct citation(s) {'>=' if ok else '<'} {wanted}", float(len(cited)))


def grounded(spec: Mapping[str, Any], resp: Response, _schema: Mapping[str, Any] | None) -> Outcome:
    """The rag model's own check (workloads/rag/citations.py): it cites passages that exist, and
    talks about what they talk about; `strict` also requires every citation to be supported."""
    from workloads.rag.citations import check

    texts = [str(s.get("text", "")) for s in resp.sources]
    if not texts:
        return Outcome("grounded", False, "no passages in this case's vars to check against")
    result = check(resp.text, texts)
    problems = []
    if result.dangling:
        problems.append(f"cites {result.dangling}, which do not exist (have {len(texts)})")
    if not result.grounded:
        problems.append("cites nothing" if result.uncited else "shares no content word with any passage")
    if spec.get("strict") and result.unsupported:
        problems.append("; ".join(f"sentence {u.sentence} cites [{u.cited}], which does not mention it" for u in result.unsupported))
    if problems:
        return Outcome("grounded", False, "; ".join(problems))
    unsupported = f"; {len(result.unsupported)} citation(s) point at a passage that does not mention the sentence" if result.unsupported else ", all supported"
    return Outcome("grounded", True, f"cites {result.cited}{unsupported}")


CHECKS: dict[str, Callable[[Mapping[str, Any], Response, Mapping[str, Any] | None], Outcome]] = {
    "similar": similar,
    "json_schema": json_schema,
    "contains": contains,
    "not_contains": not_contains,
    "regex": regex,
    "guard_clean": guard_clean,
    "latency": latency,
    "citations": citations,
    "grounded": grounded,
}


def evaluate(spec: Mapping[str, Any], resp: Response, output_schema: Mapping[str, Any] | None = None) -> Outcome:
    return CHECKS[spec["type"]](spec, resp, output_schema)
