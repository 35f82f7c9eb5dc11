"""The shipped prompt suites against the real local platform (Triton's generate endpoint)."""

import json
import subprocess
from pathlib import Path

import pytest

from workloads.prompts import load_all, load_prompt, render
from workloads.rag.prompt import Passage, build_prompt

REPO = Path(__file__).resolve().parents[2]


def test_rag_answer_prompt_is_the_prompt_rag_sends():
    """prompts/rag-answer is the reviewed copy of what the rag model builds: they must not drift."""
    prompt = load_prompt(REPO / "prompts" / "rag-answer" / "prompt.yaml")
    passages = [{"source": "docs/a.md", "text": "Alpha is one.\nIt has two lines."}, {"source": "docs/b.md", "text": "Beta."}]
    rendered = render(prompt, {"question": "What is alpha?", "passages": passages})
    built = build_prompt("What is alpha?", [Passage(i + 1, p["source"], p["text"]) for i, p in enumerate(passages)])
    assert rendered.rstrip("\n") == built


@pytest.mark.platform
def test_every_shipped_case_passes_against_the_local_platform(local_platform, tmp_path):
    cases = sum(len(s.cases) for _, s in load_all(REPO / "prompts") if s)
    assert cases >= 12
    junit = tmp_path / "prompts.xml"
    proc = subprocess.run(
        [str(REPO / ".venv/bin/loom"), "prompts", "test", "--endpoint", local_platform["inference"]["http_url"], "--json", "--junit", str(junit)],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    report = json.loads(proc.stdout)
    failures = [r for r in report["results"] if not r["passed"]]
    assert proc.returncode == 0 and not failures, json.dumps(failures, indent=1)[:4000]
    assert report["passed"] == cases
    assert junit.read_text().count("<testcase") == cases


@pytest.mark.platform
def test_assist_contract_is_the_models_schema_valid_draft_labelled_as_such(local_platform, tmp_path):
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: Inference, version: '2'}\npaths:\n  /v2/health/ready:\n    get:\n      summary: Server readiness\n      responses: {'200': {description: ready}}\n")
    out = tmp_path / "contract.md"
    proc = subprocess.run(
        [str(REPO / ".venv/bin/loom"), "assist", "contract", str(spec), "--endpoint", local_platform["inference"]["http_url"], "-o", str(out)],
        capture_output=True, text=True, cwd=REPO, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text()
    assert text.startswith("## API contract: ") and "> **Model output**: drafted by the language model `generator` (version 1) with prompt `assist-contract@" in text
    assert "`/v2/health/ready`" in text  # the model copied the operation from the facts it was given
