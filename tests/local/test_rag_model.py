"""The rag model's answer budget, in-process with a stand-in for Triton's BLS.

A real generator writes the degenerate "1.1.1.1..." runs only now and then, so the served tests
cannot make it; here the generator's answer is whatever each test says, and the embedder,
Milvus and output_guard answer as the platform's would.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from workloads.llm.sampling import INCOMPLETE_STRUCTURED_OUTPUT
from workloads.rag.prompt import ANSWER_TOKEN_BUDGET, max_answer_tokens
from workloads.rag.store import Hit

MODEL_PY = Path(__file__).resolve().parents[2] / "model_repo" / "rag" / "1" / "model.py"
PASSAGE = "Restoring a backup: pick the snapshot from the backup catalogue and restore it into a new instance."


class TritonError:
    INVALID_ARG, UNAVAILABLE = 3, 14

    def __init__(self, message: str, code: int | None = None) -> None:
        self._message, self.code = message, code

    def message(self) -> str:
        return self._message


class Tensor:
    def __init__(self, name: str, array: np.ndarray) -> None:
        self.name, self.array = name, np.asarray(array)

    def as_numpy(self) -> np.ndarray:
        return self.array


class Response:
    def __init__(self, output_tensors=None, error=None) -> None:
        self.tensors, self.err = output_tensors or [], error

    def has_error(self) -> bool:
        return self.err is not None

    def error(self) -> TritonError:
        return self.err

    def output_tensors(self) -> list[Tensor]:
        return self.tensors


def _text(value: str) -> np.ndarray:
    return np.array([value.encode()], dtype=object)


class Platform:
    """What the BLS calls reach: the test sets `generator` to the generator's responses."""

    def __init__(self) -> None:
        self.generator: list[Response] = []
        self.sent: list[dict] = []

    def answer(self, model: str, inputs: list[Tensor]) -> list[Response]:
        if model == "embedder":
            return [Response([Tensor("EMBEDDING", np.ones((1, 4), dtype=np.float32))])]
        if model == "output_guard":
            text = next(t for t in inputs if t.name == "TEXT").array.reshape(-1)[0].decode()
            return [Response([Tensor("FLAGGED", np.array([False])), Tensor("FINDINGS", _text("[]")), Tensor("REDACTED", _text(text))])]
        self.sent.append(json.loads(next(t for t in inputs if t.name == "sampling_parameters").array[0]))
        return self.generator


@pytest.fixture
def rag(monkeypatch):
    platform = Platform()

    class InferenceRequest:
        def __init__(self, model_name: str, requested_output_names: list[str], inputs: list[Tensor]) -> None:
            self.model, self.inputs = model_name, inputs

        def exec(self, decoupled: bool = False):
            responses = platform.answer(self.model, self.inputs)
            return iter(responses) if decoupled else responses[0]

    fake = types.ModuleType("triton_python_backend_utils")
    fake.TritonError, fake.Tensor, fake.InferenceResponse, fake.InferenceRequest = TritonError, Tensor, Response, InferenceRequest
    fake.TritonModelException = RuntimeError
    fake.get_output_tensor_by_name = lambda response, name: next((t for t in response.tensors if t.name == name), None)
    fake.get_input_tensor_by_name = lambda request, name: request.get(name)
    monkeypatch.setitem(sys.modules, "triton_python_backend_utils", fake)
    spec = importlib.util.spec_from_file_location("rag_model_under_test", MODEL_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def load(parameters: dict[str, str] | None = None):
        model = module.TritonPythonModel()
        config = {"parameters": {k: {"string_value": v} for k, v in (parameters or {}).items()}}
        model.initialize({"model_config": json.dumps(config), "model_version": "1"})
        model._store = types.SimpleNamespace(search=lambda vector, top_k: [Hit("c1", "docs/backup.md", 0, "Backup", PASSAGE, 0.9)])
        return model

    return types.SimpleNamespace(module=module, platform=platform, load=load)


def _generated(text: str, finish: str | None = "stop") -> list[Response]:
    tensors = [Tensor("text_output", _text(text))]
    if finish is not None:
        tensors.append(Tensor("finish_reason", _text(finish)))
    return [Response(tensors)]


def _ask(rag, model) -> tuple[str, dict]:
    answer, _sources, _findings, report = model._answer("How do I restore a backup?", 4)
    return answer, report


def test_each_answer_gets_the_token_budget_not_the_patterns_bound(rag):
    model = rag.load()
    rag.platform.generator = _generated("Pick the snapshot from the backup catalogue and restore it into a new instance [1].")
    answer, report = _ask(rag, model)
    assert rag.platform.sent[-1]["max_tokens"] == ANSWER_TOKEN_BUDGET < max_answer_tokens()
    assert answer.startswith("Pick the snapshot") and not report["withheld"] and not report["incomplete"]
    rag.load({"answer_max_tokens": "64"})._answer("How do I restore a backup?", 4)
    assert rag.platform.sent[-1]["max_tokens"] == 64


@pytest.mark.parametrize(
    "responses",
    [
        # the local generator: guided output cut off by max_tokens is an error naming it
        [Response(error=TritonError(f"{INCOMPLETE_STRUCTURED_OUTPUT}: max_tokens = 128 was reached", TritonError.INVALID_ARG))],
        # vLLM: the partial text, finish_reason "length"
        _generated("1. 1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "length"),
    ],
    ids=["local-generator-error", "vllm-length"],
)
def test_an_answer_cut_off_by_the_budget_is_withheld_not_an_error(rag, responses):
    model = rag.load()
    rag.platform.generator = responses
    answer, report = _ask(rag, model)
    assert answer == rag.module.INCOMPLETE and report["withheld"] and report["incomplete"]
    assert "1.1.1" not in answer


def test_any_other_generator_error_still_fails_the_request(rag):
    model = rag.load()
    rag.platform.generator = [Response(error=TritonError("generator failed: out of memory"))]
    with pytest.raises(rag.module.ModelCallError, match="out of memory"):
        _ask(rag, model)


def test_a_generator_without_finish_reason_is_read_as_finished(rag):
    """An older vLLM backend may not return finish_reason: the answer is judged as before."""
    model = rag.load()
    rag.platform.generator = _generated("Restore it into a new instance [1].", finish=None)
    answer, report = _ask(rag, model)
    assert answer.startswith("Restore it") and not report["incomplete"]


@pytest.mark.parametrize("value", ["0", "-5", "lots", str(max_answer_tokens() + 1)])
def test_a_bad_budget_refuses_to_load(rag, value):
    with pytest.raises(RuntimeError, match=rf"answer_max_tokens = '{value}' is invalid; allowed: an integer 1\.\.{max_answer_tokens()}"):
        rag.load({"answer_max_tokens": value})


def test_the_shipped_config_sets_the_budget_and_eight_cpu_instances():
    config = (MODEL_PY.parents[1] / "config.pbtxt").read_text()
    assert f'key: "answer_max_tokens", value: {{ string_value: "{ANSWER_TOKEN_BUDGET}" }}' in config
    assert "instance_group [ { count: 8, kind: KIND_CPU } ]" in config
