"""The runner and the CLI against a small in-process generate endpoint (the real local platform
is exercised in test_platform.py)."""

import json
import re
import subprocess
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from loom.cli import cli
from workloads.prompts.client import GenerateClient, InferenceError
from workloads.prompts.loader import load_prompt, load_suite
from workloads.prompts.loader import Case, Suite
from workloads.prompts.runner import run_suites, write_junit

REPO = Path(__file__).resolve().parents[2]


class Echo(BaseHTTPRequestHandler):
    """A stand-in model: structured requests get the prompt's facts block back (what SmolLM2
    mostly does with them), others `answer`; seed 0 of "/models/flaky/" answers right, others not."""

    answer = "The mesh enforces STRICT mutual TLS. [1]"
    seen: list = []

    def do_POST(self):  # noqa: N802 (http.server API)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Echo.seen.append((self.path, body))
        if "/models/missing/" in self.path:
            self._send(400, {"error": "Request for unknown model: 'missing' is not found"})
            return
        if "/models/streaming/" in self.path:  # what Triton answers when a decoupled model streams to /generate
            self._send(200, {"error": "generate expects model to produce exactly 1 response, use generate stream for model that generates various number of responses"})
            return
        sampling = json.loads(body.get("sampling_parameters", "{}"))
        schema = (sampling.get("guided_decoding") or {}).get("json")
        if schema:
            text = re.search(r"```json\n(.*?)\n```", body["text_input"], re.S).group(1)
        elif "/models/flaky/" in self.path:
            text = "right" if sampling.get("seed") == 0 else "wrong"
        else:
            text = Echo.answer
        self._send(200, {"model_name": "generator", "model_version": "3", "text_output": text})

    def _send(self, code, payload):
        data = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def endpoint():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_client_sends_schema_as_guided_decoding_and_reports_errors(endpoint):
    client = GenerateClient(endpoint)
    schema = {"type": "object", "required": ["a"]}
    facts = 'Facts:\n```json\n{"a": 1}\n```\n'
    assert json.loads(client.generate("generator", facts, {"temperature": 0}, schema).text) == {"a": 1}
    path, body = Echo.seen[-1]
    assert path == "/v2/models/generator/generate"
    assert json.loads(body["sampling_parameters"]) == {"temperature": 0, "guided_decoding": {"json": schema}}
    assert body["exclude_input_in_output"] is True  # vLLM (and the local generator) echo the prompt otherwise
    with pytest.raises(InferenceError, match="answered 400: Request for unknown model"):
        client.generate("missing", "x")
    with pytest.raises(InferenceError, match="answered with an error: generate expects model to produce exactly 1 response"):
        client.generate("streaming", "x")  # Triton's 200 with an error body is an error too
    with pytest.raises(InferenceError, match="cannot reach"):
        GenerateClient("http://127.0.0.1:9", timeout_s=2).generate("generator", "x")


def test_each_run_gets_its_own_seed_and_the_pass_rate_decides(endpoint, tmp_path):
    prompt = load_prompt(REPO / "prompts" / "rag-answer" / "prompt.yaml")
    prompt.model = "flaky"
    check = [{"type": "contains", "value": "right"}]
    cases = [Case("lenient", {"question": "q", "passages": []}, check, repeat=4, min_pass_rate=0.25),
             Case("strict", {"question": "q", "passages": []}, check, repeat=4, min_pass_rate=0.5)]
    Echo.seen.clear()
    results = run_suites(GenerateClient(endpoint), [(prompt, Suite(prompt.id, tmp_path, cases))], concurrency=3)
    seeds = sorted(json.loads(body["sampling_parameters"])["seed"] for path, body in Echo.seen if "/flaky/" in path)
    assert seeds == [0, 0, 1, 1, 2, 2, 3, 3]  # four distinct seeds per case
    lenient, strict = results
    assert [r.seed for r in lenient.runs] == [0, 1, 2, 3] and lenient.pass_rate == 0.25
    assert lenient.passed and not strict.passed
    assert strict.summary() == "1/4 runs passed (pass rate 0.25, needs 0.50); contains passed 1/4"
    assert strict.to_dict()["assertions"] == [{"type": "contains", "passed": 1, "runs": 4}]
    junit = tmp_path / "report.xml"
    write_junit(results, junit)
    case = ET.parse(junit).getroot().find(".//testcase[@name='strict']")
    assert {p.get("name"): p.get("value") for p in case.iter("property")} == {"pass_rate": "0.250", "min_pass_rate": "0.500", "runs": "4"}
    assert "1/4 runs passed" in case.find("failure").get("message") and "run with seed 3: FAIL" in case.find("failure").text
    assert run_suites(GenerateClient(endpoint), [(prompt, Suite(prompt.id, tmp_path, cases))], repeat=1)[0].runs[0].seed == 0


def test_runner_reports_pass_fail_and_writes_junit(endpoint, tmp_path):
    folder = REPO / "prompts" / "rag-answer"
    prompt = load_prompt(folder / "prompt.yaml")
    suite = load_suite(folder / "tests.yaml", prompt)
    results = run_suites(GenerateClient(endpoint), [(prompt, suite)])
    by_case = {r.case: r for r in results}
    assert by_case["mtls-mode"].passed, by_case["mtls-mode"].to_dict()
    assert not by_case["drift-threshold"].passed  # the fixed answer is about mTLS, not drift
    assert by_case["drift-threshold"].similarity < 0.8 and by_case["drift-threshold"].pass_rate == 0
    junit = tmp_path / "report.xml"
    write_junit(results, junit)
    root = ET.parse(junit).getroot()
    assert root.get("tests") == str(len(results))
    failures = root.findall(".//failure")
    assert len(failures) == sum(not r.passed for r in results) > 0
    assert "similar: similarity" in failures[0].text
    assert failures[0].get("message").startswith("0/3 runs passed (pass rate 0.00, needs 0.33)")


def test_cli_test_exit_codes_json_and_only(endpoint, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["prompts", "test", "--endpoint", endpoint, "--only", "assist-contract", "--json"])
    assert ok.exit_code == 0, ok.output
    report = json.loads(ok.stdout)  # progress goes to stderr
    assert report["failed"] == 0 and report["passed"] == 2
    assert all(len(r["runs"]) == 2 and r["pass_rate"] == 1.0 for r in report["results"])
    bad = runner.invoke(cli, ["prompts", "test", "--endpoint", endpoint, "--only", "rag-answer", "--junit", str(tmp_path / "j.xml")])
    assert bad.exit_code == 1
    assert (tmp_path / "j.xml").exists()


def test_cli_bad_input_is_one_line_exit_2(tmp_path):
    for args in (["prompts", "test", "--only", "nope"], ["prompts", "test", "--endpoint", "ftp://x"], ["prompts", "render", "rag-answer", "--var", "novalue"]):
        proc = subprocess.run([str(REPO / ".venv/bin/loom"), *args], capture_output=True, text=True, cwd=REPO, env={"LOOM_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: "), proc.stderr
        assert "Traceback" not in proc.stderr


def test_cli_without_endpoint_or_platform_says_how_to_start_it(tmp_path, monkeypatch):
    monkeypatch.setenv("LOOM_HOME", str(tmp_path))
    result = CliRunner().invoke(cli, ["prompts", "test"], standalone_mode=False, catch_exceptions=True)
    assert "loom up --detach" in str(result.exception)


def test_assist_contract_writes_markdown(endpoint, tmp_path):
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.0.0\ninfo: {title: Pets, version: '1'}\npaths:\n  /pets:\n    get:\n      summary: List pets\n      responses: {'200': {description: ok}, '500': {description: broken}}\n")
    out = tmp_path / "comment.md"
    result = CliRunner().invoke(cli, ["assist", "contract", str(spec), "--endpoint", endpoint, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert text.startswith("## API contract: Pets 1") and "| GET | `/pets` | List pets | 500: broken |" in text
    assert "> **Model output**: drafted by the language model `generator` (version 3) with prompt `assist-contract@" in text


def test_assist_tests_reads_a_diff_on_stdin(endpoint):
    diff = "--- a/m.py\n+++ b/m.py\n@@ -0,0 +1,3 @@\n+def area(w, h):\n+    if w < 0:\n+        raise ValueError('w')\n"
    result = CliRunner().invoke(cli, ["assist", "tests", "--endpoint", endpoint], input=diff)
    assert result.exit_code == 0, result.output
    assert "`test_area_raises_valueerror`" in result.output and "`m.py::area`" in result.output
    assert "**Model output**" in result.output
    not_a_diff = CliRunner().invoke(cli, ["assist", "tests", "--endpoint", endpoint], input="hello", standalone_mode=False)
    assert "no @@ hunk headers" in str(not_a_diff.exception)
