"""Run prompt suites against the inference API and report: a table, JSON, or JUnit XML for CI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from workloads.prompts.assertions import Outcome, Response, evaluate
from workloads.prompts.client import GenerateClient, InferenceError
from workloads.prompts.loader import Case, Prompt, PromptError, Suite
from workloads.prompts.render import render


@dataclass
class CaseResult:
    prompt_id: str
    prompt_version: str
    case: str
    passed: bool
    latency_ms: float | None
    outcomes: list[Outcome] = field(default_factory=list)
    error: str | None = None
    output: str = ""

    @property
    def similarity(self) -> float | None:
        scores = [o.score for o in self.outcomes if o.type == "similar" and o.score is not None]
        return min(scores) if scores else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt_id,
            "version": self.prompt_version,
            "case": self.case,
            "passed": self.passed,
            "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 1),
            "similarity": None if self.similarity is None else round(self.similarity, 3),
            "error": self.error,
            "assertions": [{"type": o.type, "passed": o.passed, "detail": o.detail} for o in self.outcomes],
            "output": self.output,
        }


def _sources(case: Case) -> tuple[dict[str, Any], ...]:
    passages = case.vars.get("passages")
    return tuple(p for p in passages if isinstance(p, dict)) if isinstance(passages, list) else ()


def run_case(client: GenerateClient, prompt: Prompt, case: Case) -> CaseResult:
    try:
        text = render(prompt, case.vars)
        generation = client.generate(prompt.model, text, prompt.parameters, prompt.output_schema)
    except (PromptError, InferenceError) as exc:
        return CaseResult(prompt.id, prompt.version, case.name, False, None, error=str(exc))
    response = Response(text=generation.text, latency_ms=generation.latency_ms, sources=_sources(case))
    outcomes = [evaluate(spec, response, prompt.output_schema) for spec in case.assertions]
    return CaseResult(
        prompt.id,
        prompt.version,
        case.name,
        all(o.passed for o in outcomes),
        generation.latency_ms,
        outcomes,
        output=generation.text,
    )


def run_suites(
    client: GenerateClient,
    suites: Iterable[tuple[Prompt, Suite]],
    on_result: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    results = []
    for prompt, suite in suites:
        for case in suite.cases:
            result = run_case(client, prompt, case)
            results.append(result)
            if on_result:
                on_result(result)
    return results


def write_junit(results: list[CaseResult], path: Path) -> None:
    """JUnit XML: one testsuite per prompt, one testcase per case (what CI test reporters read)."""
    root = ET.Element("testsuites", name="loom-prompts", tests=str(len(results)), failures=str(sum(not r.passed and not r.error for r in results)), errors=str(sum(bool(r.error) for r in results)))
    by_prompt: dict[str, list[CaseResult]] = {}
    for r in results:
        by_prompt.setdefault(r.prompt_id, []).append(r)
    for prompt_id, items in by_prompt.items():
        suite = ET.SubElement(
            root,
            "testsuite",
            name=prompt_id,
            tests=str(len(items)),
            failures=str(sum(not r.passed and not r.error for r in items)),
            errors=str(sum(bool(r.error) for r in items)),
            time=f"{sum((r.latency_ms or 0) for r in items) / 1000:.3f}",
        )
        for r in items:
            case = ET.SubElement(suite, "testcase", classname=f"prompts.{prompt_id}@{r.prompt_version}", name=r.case, time=f"{(r.latency_ms or 0) / 1000:.3f}")
            if r.error:
                ET.SubElement(case, "error", message=r.error[:500]).text = r.error
            elif not r.passed:
                failed = [o for o in r.outcomes if not o.passed]
                ET.SubElement(case, "failure", message="; ".join(f"{o.type}: {o.detail}" for o in failed)[:500]).text = "\n".join(f"{o.type}: {o.detail}" for o in r.outcomes) + f"\n--- output ---\n{r.output}"
    tmp = path.with_name(path.name + ".tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(tmp, encoding="utf-8", xml_declaration=True)
    tmp.replace(path)  # never a half-written report
