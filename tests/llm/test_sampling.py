"""sampling_parameters as the vLLM backend takes them: checked, with one clear error each."""

from __future__ import annotations

import json

import pytest

from workloads.llm.sampling import DEFAULT_MAX_TOKENS, Guided, RequestError, SamplingParams, parse


def p(**kwargs) -> SamplingParams:
    return parse(json.dumps(kwargs))


def test_defaults_are_vllms():
    assert parse(None) == parse("") == parse("{}") == SamplingParams()
    assert SamplingParams().max_tokens == DEFAULT_MAX_TOKENS == 16
    assert SamplingParams().temperature == 1.0 and not SamplingParams().greedy


def test_supported_values_are_read():
    got = p(temperature=0, top_p=0.9, top_k=0, max_tokens=7, seed=3, stop=["\n", "\n"], repetition_penalty=1.1, frequency_penalty=0.5)
    assert got.greedy and got.top_p == 0.9 and got.top_k == -1  # 0 means "all", as in vLLM
    assert got.max_tokens == 7 and got.seed == 3 and got.stop == ("\n",) and got.frequency_penalty == 0.5
    assert p(stop="END").stop == ("END",)
    assert p(max_tokens=None).max_tokens == DEFAULT_MAX_TOKENS  # nulls mean "default", as in vLLM


@pytest.mark.parametrize(
    "params, message",
    [
        ({"foo": 1}, "unknown sampling parameter 'foo'; supported: temperature"),
        ({"n": 2}, "sampling_parameters.n = 2 is a vLLM parameter the local generator does not implement (only its default 1"),
        ({"logprobs": 5}, "sampling_parameters.logprobs = 5 is a vLLM parameter the local generator does not implement; supported"),
        ({"lora_name": "x"}, "lora_name"),
        ({"temperature": -1}, "temperature = -1 is out of range; allowed: >= 0"),
        ({"temperature": "hot"}, 'temperature = "hot" must be a number'),
        ({"temperature": True}, "temperature = true must be a number"),
        ({"top_p": 0}, "top_p = 0 is out of range; allowed: > 0 and <= 1"),
        ({"max_tokens": 0}, "max_tokens = 0 is out of range; allowed: 1.."),
        ({"max_tokens": 2.5}, "max_tokens = 2.5 must be an integer"),
        ({"stop": [""]}, "stop must be a non-empty string or a list of non-empty strings"),
        ({"repetition_penalty": 0}, "repetition_penalty = 0 is out of range"),
        ({"guided_decoding": {"json": {"type": "object"}}, "stop": ["x"]}, "stop cannot be combined with guided_decoding"),
        ({"guided_decoding": {"json": {}, "regex": "a"}}, "must set exactly one of json, json_object, regex, choice"),
        ({"guided_decoding": {"grammar": "root ::= x"}}, "guided_decoding.grammar is not supported by the local generator"),
        ({"guided_decoding": {"json": [1, 2]}}, "guided_decoding.json must be a JSON Schema (an object), got list"),
        ({"guided_decoding": {"choice": []}}, "choice must be a non-empty list"),
        ({"guided_decoding": {}, "structured_outputs": {}}, "not both"),
    ],
)
def test_bad_parameters_get_one_clear_error(params, message):
    with pytest.raises(RequestError) as caught:
        parse(json.dumps(params))
    assert message in str(caught.value)


def test_not_json_and_not_an_object():
    with pytest.raises(RequestError, match="not JSON"):
        parse("{temperature: 1")
    with pytest.raises(RequestError, match="must be a JSON object"):
        parse("[1]")


def test_vllm_defaults_are_accepted_and_guided_forms_read():
    assert p(n=1, ignore_eos=False, skip_special_tokens=True, logprobs=None) == SamplingParams()
    schema = {"type": "object"}
    assert p(guided_decoding={"json": schema}).guided == Guided("json", schema)
    assert p(guided_decoding={"json": json.dumps(schema), "backend": "xgrammar"}).guided == Guided("json", schema)
    assert parse(json.dumps({"guided_decoding": json.dumps({"regex": "a+"})})).guided == Guided("regex", "a+")
    assert p(structured_outputs={"choice": ["yes", "no"]}).guided == Guided("choice", ["yes", "no"])
