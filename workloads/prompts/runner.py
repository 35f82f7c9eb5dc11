"""Run prompt suites against the inference API and report: a table, JSON, or JUnit XML for CI.

The model is stochastic, so a case is a small experiment: it runs `repeat` times, run i with
seed i (reproducible, and distinct), every assertion is evaluated on every output, and the case
passes when at least `min_pass_rate` of its runs pass. Runs are sent concurrently, so a server
that batches (the local generator does) answers them together.
"""

from __future__ import annotations

import statistics
import threading
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from workloads.prompts.assertions import Outcome, Response, evaluate
from workloads.prompts.client import GenerateClient, InferenceError
from workloads.prompts.loader import Case, Prompt, PromptError, Suite
from workloads.prompts.render import render


@dataclass
class RunResult:
    seed: int
    passed: bool
    latency_ms: float | None
    outcomes: list[Outcome] = field(default_factory=list)
    error: str | None = None
    output: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "passed": self.passed,
            "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 1),
            "error": self.error,
            "failed": [{"type": o.type, "detail": o.detail} for o in self.outcomes if not o.passed],
            "output": self.output,
        }


@dataclass
class CaseResult:
    prompt_id: str
    prompt_version: str
    case: str
    min_pass_rate: float
    runs: list[RunResult] = field(default_factory=list)

    @property
    def passed_runs(self) -> int:
        return sum(r.passed for r in self.runs)

    @property
    def pass_rate(self) -> float:
        return self.passed_runs / len(self.runs) if self.runs else 0.0

    @property
    def passed(self) -> bool:
        return bool(self.runs) and self.pass_rate >= self.min_pass_rate - 1e-9

    @property
    def error(self) -> str | None:
        """The error when no run produced an output at all (then the case is an error, not a failure)."""
        errors = [r.error for r in self.runs if r.error]
        return errors[0] if errors and len(errors) == len(self.runs) else None

    @property
    def latency_ms(self) -> float | None:
        values = [r.latency_ms for r in self.runs if r.latency_ms is not None]
        return statistics.median(values) if values else None

    @property
    def similarity(self) -> float | None:
        """The median over runs of each run's lowest `similar` score."""
        scores = [min(s) for s in ([o.score for o in r.outcomes if o.type == "similar" and o.score is not None] for r in self.runs) if s]
        return statistics.median(scores) if scores else None

    def assertion_rates(self) -> list[dict[str, Any]]:
        """Per assertion (in the order declared): in how many runs it passed."""
        rows: list[dict[str, Any]] = []
        for run in self.runs:
            for i, outcome in enumerate(run.outcomes):
                if i == len(rows):
                    rows.append({"type": outcome.type, "passed": 0, "runs": 0})
                rows[i]["passed"] += outcome.passed
                rows[i]["runs"] += 1
        return rows

    def summary(self) -> str:
        text = f"{self.passed_runs}/{len(self.runs)} runs passed (pass rate {self.pass_rate:.2f}, needs {self.min_pass_rate:.2f})"
        weak = [f"{a['type']} passed {a['passed']}/{a['runs']}" for a in self.assertion_rates() if a["passed"] < a["runs"]]
        errors = sum(bool(r.error) for r in self.runs)
        return text + (f"; {', '.join(weak)}" if weak else "") + (f"; {errors} run(s) errored: {next(r.error for r in self.runs if r.error)}" if errors else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "prompt": self.prompt_id,
            "version": self.prompt_version,
            "case": self.case,
            "passed": self.passed,
            "pass_rate": round(self.pass_rate, 3),
            "min_pass_rate": self.min_pass_rate,
            "runs": [r.to_dict() for r in self.runs],
            "assertions": self.assertion_rates(),
            "latency_ms": None if self.latency_ms is None else round(self.latency_ms, 1),
            "similarity": None if self.similarity is None else round(self.similarity, 3),
            "error": self.error,
        }


def run_once(client: GenerateClient, prompt: Prompt, case: Case, seed: int) -> RunResult:
    try:
        text = render(prompt, case.vars)
        generation = client.generate(prompt.model, text, {**prompt.parameters, "seed": seed}, prompt.output_schema)
    except (PromptError, InferenceError) as exc:
        return RunResult(seed, False, None, error=str(exc))
    response = Response(text=generation.text, latency_ms=generation.latency_ms, sources=_sources(case))
    outcomes = [evaluate(spec, response, prompt.output_schema) for spec in case.assertions]
    return RunResult(seed, all(o.passed for o in outcomes), generation.latency_ms, outcomes, output=generation.text)


def _sources(case: Case) -> tuple[dict[str, Any], ...]:
    passages = case.vars.get("passages")
    return tuple(p for p in passages if isinstance(p, dict)) if isinstance(passages, list) else ()


def run_suites(
    client: GenerateClient,
    suites: Iterable[tuple[Prompt, Suite]],
    on_result: Callable[[CaseResult], None] | None = None,
    *,
    repeat: int | None = None,
    concurrency: int = 8,
) -> list[CaseResult]:
    """Every case of every suite, `repeat` (or the case's own) runs each; results in suite order."""
    plan = [(prompt, case) for prompt, suite in suites for case in suite.cases]
    results = [CaseResult(p.id, p.version, c.name, c.min_pass_rate) for p, c in plan]
    pending = [repeat or c.repeat for _, c in plan]
    lock = threading.Lock()

    def one(index: int, seed: int) -> None:
        prompt, case = plan[index]
        run = run_once(client, prompt, case, seed)
        with lock:
            results[index].runs.append(run)
            pending[index] -= 1
            finished = pending[index] == 0
        if finished:
            results[index].runs.sort(key=lambda r: r.seed)
            if on_result:
                on_result(results[index])

    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="prompt-test") as pool:
        futures = [pool.submit(one, i, seed) for i, (_, c) in enumerate(plan) for seed in range(repeat or c.repeat)]
        for future in futures:
            future.result()
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
            properties = ET.SubElement(case, "properties")
            for name, value in (("pass_rate", f"{r.pass_rate:.3f}"), ("min_pass_rate", f"{r.min_pass_rate:.3f}"), ("runs", str(len(r.runs)))):
                ET.SubElement(properties, "property", name=name, value=value)
            if r.error:
                ET.SubElement(case, "error", message=r.error[:500]).text = r.error
            elif not r.passed:
                ET.SubElement(case, "failure", message=r.summary()[:500]).text = "\n\n".join(
                    f"--- run with seed {run.seed}: {'pass' if run.passed else 'FAIL'} ---\n"
                    + ("\n".join(f"{o.type}: {o.detail}" for o in run.outcomes) or f"error: {run.error}")
                    + f"\n--- output ---\n{run.output}"
                    for run in r.runs
                )
    tmp = path.with_name(path.name + ".tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(tmp, encoding="utf-8", xml_declaration=True)
    tmp.replace(path)  # never a half-written report
