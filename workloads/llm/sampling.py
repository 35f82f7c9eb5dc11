"""The sampling parameters the local generator takes: vLLM's names and meanings, checked.

Clusters serve the generator with Triton's vLLM backend, which reads `sampling_parameters` (a JSON
object) into vLLM's `SamplingParams`. The local generator takes the same object, so a caller
never knows which one answers. It implements temperature, top_p, top_k, max_tokens, seed, stop,
repetition_penalty (prompt and output tokens, multiplicative), presence_penalty and
frequency_penalty (output tokens only, additive; as in vLLM) and structured output (`guided_decoding`, or vLLM's newer name
`structured_outputs`). vLLM's other parameters are accepted when they ask for vLLM's default
(say `"n": 1`) and refused otherwise; a name vLLM does not know is refused. Every refusal is a
`RequestError`, which the server turns into HTTP 400 naming the parameter and what is allowed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

INCOMPLETE_STRUCTURED_OUTPUT = "structured output incomplete"
"""How the local generator's error begins when max_tokens ends guided output before it matched
(vLLM returns the partial text with finish_reason "length" instead); callers look for it."""

DEFAULT_MAX_TOKENS = 16
"""vLLM's default `max_tokens`: a request that names none gets 16 new tokens, there as here."""

SUPPORTED = (
    "temperature", "top_p", "top_k", "max_tokens", "seed", "stop", "repetition_penalty",
    "presence_penalty", "frequency_penalty", "guided_decoding", "structured_outputs",
)

VLLM_DEFAULTS: dict[str, Any] = {
    "n": 1,
    "best_of": None,
    "min_p": 0.0,
    "stop_token_ids": [],
    "bad_words": [],
    "ignore_eos": False,
    "min_tokens": 0,
    "logprobs": None,
    "prompt_logprobs": None,
    "detokenize": True,
    "skip_special_tokens": True,
    "spaces_between_special_tokens": True,
    "include_stop_str_in_output": False,
    "truncate_prompt_tokens": None,
    "logit_bias": None,
    "allowed_token_ids": None,
    "extra_args": None,
    "lora_name": None,
}
"""vLLM SamplingParams fields (and the Triton backend's `lora_name`) the local generator does
not implement, with the value that means "not used": only that value is accepted."""

GUIDED_KINDS = ("json", "json_object", "regex", "choice")
GUIDED_IGNORED = ("backend", "disable_fallback", "disable_any_whitespace", "disable_additional_properties")
"""Keys of vLLM's guided-decoding object that choose how, not what: one library serves here."""


class RequestError(ValueError):
    """The request is wrong: the message says what, where, and what is allowed (HTTP 400)."""


@dataclass(frozen=True)
class Guided:
    """What the output must match: `kind` is one of GUIDED_KINDS; `spec` the schema, regex or choices."""

    kind: str
    spec: Any


@dataclass(frozen=True)
class SamplingParams:
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = -1
    max_tokens: int = DEFAULT_MAX_TOKENS
    seed: int | None = None
    stop: tuple[str, ...] = field(default_factory=tuple)
    repetition_penalty: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    guided: Guided | None = None

    @property
    def greedy(self) -> bool:
        return self.temperature == 0.0


def _number(key: str, value: Any, *, low: float, high: float = math.inf, low_open: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise RequestError(f"sampling_parameters.{key} = {json.dumps(value)} must be a number")
    if value < low or (low_open and value == low) or value > high:
        bound = f"{'>' if low_open else '>='} {low:g}" + (f" and <= {high:g}" if high != math.inf else "")
        raise RequestError(f"sampling_parameters.{key} = {value!r} is out of range; allowed: {bound}")
    return float(value)


def _integer(key: str, value: Any, *, low: int, high: int | None = None) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestError(f"sampling_parameters.{key} = {json.dumps(value)} must be an integer")
    if value < low or (high is not None and value > high):
        raise RequestError(f"sampling_parameters.{key} = {value} is out of range; allowed: {low}..{high if high is not None else ''}")
    return value


def _stop(value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) and s for s in items):
        raise RequestError("sampling_parameters.stop must be a non-empty string or a list of non-empty strings")
    return tuple(dict.fromkeys(items))


def _guided(key: str, value: Any) -> Guided:
    if isinstance(value, str):  # the Triton vLLM backend also takes it JSON-encoded
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise RequestError(f"sampling_parameters.{key} is a string but not JSON: {exc.msg}") from None
    if not isinstance(value, dict):
        raise RequestError(f"sampling_parameters.{key} must be an object with one of: {', '.join(GUIDED_KINDS)}")
    unknown = sorted(set(value) - set(GUIDED_KINDS) - set(GUIDED_IGNORED))
    if unknown:
        raise RequestError(
            f"sampling_parameters.{key}.{unknown[0]} is not supported by the local generator; allowed: {', '.join(GUIDED_KINDS)}"
        )
    given = [k for k in GUIDED_KINDS if value.get(k) not in (None, False)]
    if len(given) != 1:
        raise RequestError(f"sampling_parameters.{key} must set exactly one of {', '.join(GUIDED_KINDS)}; got {given or 'none'}")
    kind = given[0]
    spec = value[kind]
    if kind == "json":
        if isinstance(spec, str):
            try:
                spec = json.loads(spec)
            except json.JSONDecodeError as exc:
                raise RequestError(f"sampling_parameters.{key}.json is a string but not JSON: {exc.msg}") from None
        if not isinstance(spec, (dict, bool)):
            raise RequestError(f"sampling_parameters.{key}.json must be a JSON Schema (an object), got {type(spec).__name__}")
    elif kind == "regex" and not (isinstance(spec, str) and spec):
        raise RequestError(f"sampling_parameters.{key}.regex must be a non-empty string")
    elif kind == "choice" and not (isinstance(spec, list) and spec and all(isinstance(c, str) and c for c in spec)):
        raise RequestError(f"sampling_parameters.{key}.choice must be a non-empty list of non-empty strings")
    return Guided(kind, spec)


def parse(text: str | None) -> SamplingParams:
    """`sampling_parameters` as sent (a JSON object, or nothing) -> checked SamplingParams."""
    if text is None or not text.strip():
        return SamplingParams()
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RequestError(f"sampling_parameters is not JSON: {exc.msg} at character {exc.pos}") from None
    if not isinstance(raw, dict):
        raise RequestError("sampling_parameters must be a JSON object, e.g. {\"temperature\": 0.7, \"max_tokens\": 64}")
    raw = {k: v for k, v in raw.items() if v is not None}  # vLLM drops nulls too, then uses its defaults
    for key, value in raw.items():
        if key in SUPPORTED:
            continue
        if key in VLLM_DEFAULTS:
            default = VLLM_DEFAULTS[key]
            if default is not None and value == default:
                continue  # asks for what vLLM would do anyway
            accepted = f" (only its default {json.dumps(default)} is accepted)" if default is not None else ""
            raise RequestError(
                f"sampling_parameters.{key} = {json.dumps(value)[:80]} is a vLLM parameter the local generator does not "
                f"implement{accepted}; supported: {', '.join(SUPPORTED)}"
            )
        raise RequestError(f"unknown sampling parameter {key!r}; supported: {', '.join(SUPPORTED)}")
    if "guided_decoding" in raw and "structured_outputs" in raw:
        raise RequestError("sampling_parameters: give guided_decoding or structured_outputs (its newer name), not both")
    guided_key = "guided_decoding" if "guided_decoding" in raw else "structured_outputs"
    guided = _guided(guided_key, raw[guided_key]) if guided_key in raw else None
    stop = _stop(raw["stop"]) if "stop" in raw else ()
    if stop and guided is not None:
        raise RequestError(
            f"sampling_parameters.stop cannot be combined with {guided_key}: a stop string could cut the document short; "
            "the grammar already ends the output"
        )
    top_k = _integer("top_k", raw.get("top_k", -1), low=-1)
    return SamplingParams(
        temperature=_number("temperature", raw.get("temperature", 1.0), low=0.0, high=100.0),
        top_p=_number("top_p", raw.get("top_p", 1.0), low=0.0, high=1.0, low_open=True),
        top_k=-1 if top_k == 0 else top_k,
        max_tokens=_integer("max_tokens", raw.get("max_tokens", DEFAULT_MAX_TOKENS), low=1),
        seed=_integer("seed", raw["seed"], low=-(2**63), high=2**63 - 1) if "seed" in raw else None,
        stop=stop,
        repetition_penalty=_number("repetition_penalty", raw.get("repetition_penalty", 1.0), low=0.0, high=10.0, low_open=True),
        presence_penalty=_number("presence_penalty", raw.get("presence_penalty", 0.0), low=-2.0, high=2.0),
        frequency_penalty=_number("frequency_penalty", raw.get("frequency_penalty", 0.0), low=-2.0, high=2.0),
        guided=guided,
    )
