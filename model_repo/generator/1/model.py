"""Triton Python-backend model: the local, honest generator.

It is extractive, not a language model: it answers from the numbered sources in the prompt
(the format of workloads/rag/prompt.py) with their sentences and [n] citations, or says it
does not know. `sampling_parameters` is accepted for vLLM compatibility; `max_tokens` caps the
answer's words, and `guided_decoding.json` asks for structured output, which this generator
gives only by restating the prompt's static-analysis facts (workloads/prompts/structured.py). `stream` true is rejected: this model is not
decoupled.
"""

from __future__ import annotations

import json

import numpy as np
import triton_python_backend_utils as pb_utils

from workloads.prompts.structured import StructuredOutputError, generate_structured
from workloads.rag.extractive import generate


def _param(config: dict, key: str, default: str) -> str:
    return config.get("parameters", {}).get(key, {}).get("string_value", default)


def _text(request, name: str) -> str | None:
    tensor = pb_utils.get_input_tensor_by_name(request, name)
    if tensor is None:
        return None
    values = tensor.as_numpy().reshape(-1)
    if values.size != 1:
        raise ValueError(f"{name} must hold exactly one string, got {values.size}")
    raw = values[0]
    return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)


class TritonPythonModel:
    def initialize(self, args: dict) -> None:
        config = json.loads(args["model_config"])
        self.max_chars = int(_param(config, "max_prompt_chars", "65536"))
        self.max_sentences = int(_param(config, "max_sentences", "3"))

    def _one(self, request) -> str:
        prompt = _text(request, "text_input") or ""
        if not prompt.strip():
            raise ValueError("text_input is empty; send the prompt as one non-empty string")
        if len(prompt) > self.max_chars:
            raise ValueError(f"text_input has {len(prompt)} characters; at most {self.max_chars} are allowed")
        stream = pb_utils.get_input_tensor_by_name(request, "stream")
        if stream is not None and bool(stream.as_numpy().reshape(-1)[0]):
            raise ValueError("stream=true is not supported by the local generator; send stream=false or omit it")
        params_text = _text(request, "sampling_parameters")
        max_tokens = None
        params = None
        if params_text:
            try:
                params = json.loads(params_text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"sampling_parameters is not JSON: {exc.msg} at {exc.pos}") from None
            if not isinstance(params, dict):
                raise ValueError("sampling_parameters must be a JSON object")
            max_tokens = params.get("max_tokens")
            if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
                raise ValueError(f"sampling_parameters.max_tokens = {max_tokens!r} must be a positive integer")
        schema = ((params or {}).get("guided_decoding") or {}).get("json") if params_text else None
        if schema is not None:
            # Structured output (vLLM's guided_decoding.json): restate the prompt's facts under
            # the schema, or refuse; an extractive generator never invents content.
            try:
                return generate_structured(prompt, schema)
            except StructuredOutputError as exc:
                raise ValueError(str(exc)) from None
        answer = generate(prompt, max_sentences=self.max_sentences)
        if max_tokens is not None:
            words = answer.split()
            answer = " ".join(words[:max_tokens])
        return answer

    def execute(self, requests):
        responses = []
        for request in requests:
            try:
                answer = self._one(request)
            except ValueError as exc:
                responses.append(
                    pb_utils.InferenceResponse(error=pb_utils.TritonError(str(exc), pb_utils.TritonError.INVALID_ARG))
                )
                continue
            out = pb_utils.Tensor("text_output", np.array([answer.encode("utf-8")], dtype=object))
            responses.append(pb_utils.InferenceResponse(output_tensors=[out]))
        return responses
