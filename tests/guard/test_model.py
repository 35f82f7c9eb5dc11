"""model_repo/output_guard/1/model.py in-process, with a minimal stand-in for Triton's
triton_python_backend_utils (only what the model touches). The real server runs it in
test_triton.py; this checks the request handling logic quickly and exhaustively."""

from __future__ import annotations

import importlib.util
import json
import sys
import types
from pathlib import Path

import numpy as np
import pytest

MODEL_PY = Path(__file__).resolve().parents[2] / "model_repo" / "output_guard" / "1" / "model.py"
CONFIG = Path(__file__).resolve().parents[2] / "model_repo" / "output_guard" / "config.pbtxt"


class FakeTritonError:
    INVALID_ARG = 3

    def __init__(self, message: str, code: int | None = None) -> None:
        self.message, self.code = message, code


class FakeTensor:
    def __init__(self, name: str, array: np.ndarray) -> None:
        self.name, self.array = name, array

    def as_numpy(self) -> np.ndarray:
        return self.array


class FakeResponse:
    def __init__(self, output_tensors=None, error=None) -> None:
        self.output_tensors = output_tensors or []
        self.error = error

    def out(self, name: str) -> np.ndarray:
        return next(t.array for t in self.output_tensors if t.name == name)


class FakeRequest:
    def __init__(self, **inputs: np.ndarray) -> None:
        self.inputs = inputs


@pytest.fixture(scope="module")
def model():
    fake = types.ModuleType("triton_python_backend_utils")
    fake.TritonError = FakeTritonError
    fake.Tensor = FakeTensor
    fake.InferenceResponse = FakeResponse
    fake.TritonModelException = RuntimeError
    fake.get_input_tensor_by_name = lambda request, name: (
        FakeTensor(name, request.inputs[name]) if name in request.inputs else None
    )
    saved = sys.modules.get("triton_python_backend_utils")
    sys.modules["triton_python_backend_utils"] = fake
    try:
        spec = importlib.util.spec_from_file_location("output_guard_model", MODEL_PY)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        instance = module.TritonPythonModel()
        params = {"max_text_chars": {"string_value": "50"}, "max_batch_texts": {"string_value": "3"}}
        instance.initialize({"model_config": json.dumps({"parameters": params})})
        yield instance
    finally:
        if saved is None:
            sys.modules.pop("triton_python_backend_utils", None)
        else:
            sys.modules["triton_python_backend_utils"] = saved


def texts(*values: str | bytes) -> np.ndarray:
    return np.array([v if isinstance(v, bytes) else v.encode("utf-8") for v in values], dtype=object)


def test_one_request_many_texts(model) -> None:
    (resp,) = model.execute([FakeRequest(TEXT=texts("mail ada@example.org", "clean"))])
    assert resp.error is None
    assert resp.out("FLAGGED").tolist() == [True, False] and resp.out("FLAGGED").dtype == bool
    assert [json.loads(b) for b in resp.out("FINDINGS")] == [[{"category": "email", "start": 5, "end": 20}], []]
    assert [b.decode() for b in resp.out("REDACTED")] == ["mail [EMAIL]", "clean"]


def test_bad_requests_get_invalid_arg_and_do_not_spoil_the_batch(model) -> None:
    requests = [
        FakeRequest(TEXT=texts("")),
        FakeRequest(TEXT=texts("x" * 51)),
        FakeRequest(TEXT=texts(b"\xff\xfe")),
        FakeRequest(TEXT=texts("a", "b", "c", "d")),
        FakeRequest(TEXT=np.array([], dtype=object)),
        FakeRequest(),
        FakeRequest(TEXT=texts("call 415-555-2671")),
    ]
    responses = model.execute(requests)
    assert len(responses) == len(requests)
    errors = [r.error for r in responses[:-1]]
    assert all(isinstance(e, FakeTritonError) and e.code == FakeTritonError.INVALID_ARG for e in errors)
    messages = [e.message for e in errors]
    assert "TEXT[0] is empty" in messages[0]
    assert "51 characters; at most 50" in messages[1]
    assert "not valid UTF-8" in messages[2]
    assert "at most 3 per request" in messages[3]
    assert "no strings" in messages[4]
    assert "TEXT is missing" in messages[5]
    assert responses[-1].error is None and responses[-1].out("REDACTED")[0] == b"call [PHONE]"


def test_shape_2d_is_flattened(model) -> None:
    (resp,) = model.execute([FakeRequest(TEXT=texts("a@example.org").reshape(1, 1))])
    assert resp.out("FLAGGED").tolist() == [True]


def test_config_declares_the_contract() -> None:
    text = CONFIG.read_text()
    for expected in ('name: "output_guard"', 'backend: "python"', 'name: "TEXT"', 'name: "FLAGGED"', "TYPE_BOOL",
                     'name: "FINDINGS"', 'name: "REDACTED"', "KIND_CPU", 'name: "LANGUAGE"', "optional: true",
                     'key: "categories"', 'key: "language"'):
        assert expected in text


def _model_with(params: dict):
    fake = sys.modules["triton_python_backend_utils"]
    spec = importlib.util.spec_from_file_location("output_guard_model_params", MODEL_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    instance = module.TritonPythonModel()
    instance.initialize({"model_config": json.dumps({"parameters": {k: {"string_value": v} for k, v in params.items()}})})
    return instance, fake


def test_categories_and_language_parameters_and_language_input(model) -> None:
    only_people, _ = _model_with({"categories": "person,street_address"})
    (resp,) = only_people.execute([FakeRequest(TEXT=texts("Hi Margaret, mail ada@example.org"))])
    assert [f["category"] for f in json.loads(resp.out("FINDINGS")[0])] == ["person"]
    # a per-request LANGUAGE hint: "Liebe" greets only in German
    (de, fr) = model.execute([FakeRequest(TEXT=texts("Liebe Anke, bis morgen"), LANGUAGE=texts("de")),
                              FakeRequest(TEXT=texts("Liebe Anke, bis morgen"), LANGUAGE=texts("fr"))])
    assert de.out("REDACTED")[0] == b"Liebe [PERSON], bis morgen"
    assert fr.out("REDACTED")[0] == b"Liebe Anke, bis morgen"
    (bad,) = model.execute([FakeRequest(TEXT=texts("a"), LANGUAGE=texts("xx"))])
    assert bad.error is not None and "language 'xx' is unknown" in bad.error.message


@pytest.mark.parametrize("params,message", [({"categories": "person,telepathy"}, "telepathy"), ({"language": "klingon"}, "klingon")])
def test_bad_parameters_refuse_to_load(model, params: dict, message: str) -> None:
    with pytest.raises(RuntimeError, match=message):
        _model_with(params)
