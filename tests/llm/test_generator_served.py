"""The generator as served by the real Triton (one local platform per test session).

Same contract as Triton's vLLM backend: text_input, sampling_parameters, stream,
exclude_input_in_output -> text_output; generated lengths are kept small (two shared cores).
"""

from __future__ import annotations

import json
import threading

import jsonschema
import pytest
import requests

pytestmark = pytest.mark.platform

PROMPT = "Write one sentence about the sea."


def _generate(url: str, text: str = PROMPT, *, endpoint: str = "generate", timeout: float = 600, **body) -> requests.Response:
    sampling = body.pop("sampling", None)
    payload = {"text_input": text, "exclude_input_in_output": True, **body}
    if sampling is not None:
        payload["sampling_parameters"] = json.dumps(sampling)
    return requests.post(f"{url}/v2/models/generator/{endpoint}", json=payload, timeout=timeout, stream=endpoint == "generate_stream")


def _text(url: str, text: str = PROMPT, **kwargs) -> dict:
    response = _generate(url, text, **kwargs)
    assert response.status_code == 200, response.text
    data = response.json()
    assert "error" not in data, data
    return data


@pytest.fixture(scope="module")
def url(local_platform) -> str:
    return local_platform["inference"]["http_url"]


def test_same_seed_same_output_and_the_seed_matters(url):
    sampled = {"temperature": 1.0, "top_p": 0.95, "max_tokens": 10}
    first = _text(url, sampling={**sampled, "seed": 11})["text_output"]
    assert _text(url, sampling={**sampled, "seed": 11})["text_output"] == first
    others = {_text(url, sampling={**sampled, "seed": s})["text_output"] for s in (12, 13)}
    assert others - {first}, "three seeds at temperature 1 gave the same text"


def test_max_tokens_and_finish_reason(url):
    data = _text(url, sampling={"temperature": 0, "max_tokens": 3}, return_num_output_tokens=True, return_finish_reason=True)
    assert data["num_output_tokens"] == 3 and data["finish_reason"] == "length"  # one-element outputs come as scalars
    assert data["text_output"].strip()


def test_prompt_is_echoed_unless_excluded_as_in_vllm(url):
    echoed = _text(url, sampling={"temperature": 0, "max_tokens": 3}, exclude_input_in_output=False)["text_output"]
    plain = _text(url, sampling={"temperature": 0, "max_tokens": 3})["text_output"]
    assert echoed == PROMPT + plain


def test_sampling_parameters_may_come_as_request_parameters(url):
    """Triton's generate endpoint passes top-level keys that are not inputs as parameters; the
    vLLM backend reads them as sampling parameters when the input is absent, and so does this."""
    as_input = _text(url, sampling={"temperature": 0, "max_tokens": 4})["text_output"]
    as_parameters = _text(url, temperature=0, max_tokens=4)["text_output"]
    assert as_parameters == as_input


def test_stop_strings_end_the_output_before_them(url):
    free = _text(url, sampling={"temperature": 0, "max_tokens": 12})["text_output"]
    words = free.split()
    assert len(words) >= 4, free
    stop = " " + words[2]
    cut = _text(url, sampling={"temperature": 0, "max_tokens": 12, "stop": [stop]}, return_finish_reason=True)
    assert cut["text_output"] == free[: free.index(stop)] and cut["finish_reason"] == "stop"


def test_streaming_sends_the_tokens_in_order_and_completely(url):
    whole = _text(url, sampling={"temperature": 0, "max_tokens": 12})["text_output"]
    response = _generate(url, endpoint="generate_stream", stream=True, sampling={"temperature": 0, "max_tokens": 12}, return_finish_reason=True)
    assert response.status_code == 200
    events = [json.loads(line[len(b"data: "):]) for line in response.iter_lines() if line.startswith(b"data: ")]
    assert len(events) >= 3 and all("error" not in e for e in events), events
    assert "".join(e["text_output"] for e in events) == whole
    assert [e["finish_reason"] for e in events[:-1]] == ["None"] * (len(events) - 1) and events[-1]["finish_reason"] != "None"


SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 12},
        "age": {"type": "integer", "minimum": 0, "maximum": 120},
        "role": {"enum": ["admin", "user", "guest"]},
    },
    "required": ["name", "age", "role"],
    "additionalProperties": False,
}


def test_structured_output_matches_the_schema_for_every_seed(url):
    """12 seeds at temperature 1, sent at once (the generator batches them)."""
    outputs: dict[int, requests.Response] = {}

    def run(seed: int) -> None:
        outputs[seed] = _generate(url, "Describe a user of a web shop as JSON.", sampling={
            "temperature": 1.0, "seed": seed, "max_tokens": 96, "guided_decoding": {"json": SCHEMA}})

    threads = [threading.Thread(target=run, args=(seed,)) for seed in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    documents = []
    for seed, response in sorted(outputs.items()):
        assert response.status_code == 200 and "error" not in response.json(), (seed, response.text)
        document = json.loads(response.json()["text_output"])
        jsonschema.validate(document, SCHEMA)
        documents.append(document)
    assert len({json.dumps(d, sort_keys=True) for d in documents}) > 1  # sampled, not one canned answer


def test_regex_and_choice_constrain_the_output(url):
    choice = _text(url, "Is the sea salty? Answer yes or no.", sampling={"temperature": 1.0, "seed": 1, "max_tokens": 4, "guided_decoding": {"choice": ["yes", "no"]}})
    assert choice["text_output"] in ("yes", "no")
    date = _text(url, "When did the first moon landing happen?", sampling={"temperature": 0, "max_tokens": 12, "guided_decoding": {"regex": r"(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]"}})
    assert len(date["text_output"]) == 10 and date["text_output"][4] == "-"


BAD = [
    ("unknown sampling parameter", {"sampling": {"temprature": 0.5}}, "unknown sampling parameter 'temprature'; supported: temperature"),
    ("vLLM parameter not implemented", {"sampling": {"n": 3}}, "sampling_parameters.n = 3 is a vLLM parameter the local generator does not implement"),
    ("not a JSON Schema", {"sampling": {"guided_decoding": {"json": {"type": "objekt"}}}}, "guided_decoding.json is not a valid JSON Schema: at type"),
    ("schema given as a list", {"sampling": {"guided_decoding": {"json": ["type", "object"]}}}, "must be a JSON Schema (an object)"),
    ("max_tokens beyond the context", {"sampling": {"max_tokens": 9000}}, "exceeds the model's context (max_model_len) of 8192 tokens; allowed: max_tokens <= "),
    ("prompt beyond the context", {"text_input": "tide " * 9000}, "the model's context (max_model_len) is 8192 tokens"),
    ("empty prompt", {"text_input": "   "}, "text_input is empty"),
    ("echo while streaming", {"stream": True, "exclude_input_in_output": False}, "when streaming, exclude_input_in_output = false is not allowed"),
]


@pytest.mark.parametrize("what,body,message", BAD, ids=[b[0] for b in BAD])
def test_bad_requests_get_a_400_that_says_what_and_the_server_stays_ready(url, what, body, message):
    body = dict(body)
    text = body.pop("text_input", PROMPT)
    response = _generate(url, text, timeout=120, **body)
    assert response.status_code == 400, (response.status_code, response.text)
    assert message in response.json()["error"]
    assert requests.get(f"{url}/v2/models/generator/ready", timeout=10).status_code == 200


def test_streaming_from_the_single_response_endpoint_is_an_error(url):
    """The model cannot tell /generate from /generate_stream (Triton passes nothing about it), so
    it streams as asked; Triton 2.51 then answers /generate with its own error, in a 200 body
    (Loom's client raises it: tests/prompts/test_runner.py). The rag endpoint refuses `stream`
    itself with a 400."""
    response = _generate(url, stream=True, sampling={"temperature": 0, "max_tokens": 4})
    assert "generate expects model to produce exactly 1 response, use generate stream" in response.json()["error"]
    assert requests.get(f"{url}/v2/models/generator/ready", timeout=10).status_code == 200
    rag = requests.post(f"{url}/v2/models/rag/generate", json={"question": "What is Loom?", "stream": True}, timeout=60)
    assert rag.status_code == 400 and "rag does not stream" in rag.json()["error"]
