"""Triton Python-backend model: the local generator, SmolLM2-135M-Instruct.

Same contract as Triton's vLLM backend (model_repo/gpu/generator): `text_input`, optional
`stream`, `sampling_parameters` (JSON; vLLM's names, see workloads/llm/sampling.py),
`exclude_input_in_output`, `return_finish_reason`, `return_num_input_tokens`,
`return_num_output_tokens` -> `text_output` (+ the outputs asked for). As in vLLM the prompt is
echoed before the answer unless `exclude_input_in_output` is true, a stream never echoes it, and
without `sampling_parameters` the request's parameters are read instead (on the generate
endpoint: `{"text_input": "...", "temperature": 0, "max_tokens": 32}`).

The weights are the installed GGUF's (workloads/llm/smollm.py); a version directory holding
`adapter/` (a peft LoRA adapter, how promotion stages a fine-tuned generator) serves the base
model with that adapter merged. Generation runs in workloads.llm.engine.Engine: this model only
reads requests, hands them over, and sends what the engine emits through each request's
response sender (decoupled: many responses per request when streaming, one otherwise).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import triton_python_backend_utils as pb_utils

from workloads.llm import smollm
from workloads.llm.engine import Engine, Result
from workloads.llm.guided import Grammars
from workloads.llm.sampling import RequestError, SamplingParams, parse

FLAGS_FINAL = pb_utils.TRITONSERVER_RESPONSE_COMPLETE_FINAL


def _param(config: dict, key: str, default: str) -> str:
    return config.get("parameters", {}).get(key, {}).get("string_value", default)


def _single(request, name: str, kind: str):
    """The one value of an optional [1] input, or None when it was not sent."""
    tensor = pb_utils.get_input_tensor_by_name(request, name)
    if tensor is None:
        return None
    values = tensor.as_numpy().reshape(-1)
    if values.size != 1:
        raise RequestError(f"{name} must hold exactly one {kind}, got {values.size}")
    return values[0]


def _text(request, name: str) -> str | None:
    raw = _single(request, name, "string")
    return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else (None if raw is None else str(raw))


def _flag(request, name: str) -> bool | None:
    raw = _single(request, name, "boolean")
    return None if raw is None else bool(raw)


def _error(message: str, code) -> pb_utils.InferenceResponse:
    return pb_utils.InferenceResponse(error=pb_utils.TritonError(message, code))


class TritonPythonModel:
    def initialize(self, args: dict) -> None:
        config = json.loads(args["model_config"])
        if not pb_utils.using_decoupled_model_transaction_policy(config):
            raise pb_utils.TritonModelException("the generator must be decoupled (model_transaction_policy { decoupled: true })")
        adapter = Path(args["model_repository"]) / args["model_version"] / "adapter"
        threads = int(_param(config, "threads", "0"))
        tokenizer, model = smollm.load(adapter=adapter if adapter.is_dir() else None, threads=threads or None)
        self.adapter = str(adapter) if adapter.is_dir() else None
        self.engine = Engine(
            tokenizer,
            model,
            max_num_seqs=int(_param(config, "max_num_seqs", "8")),
            max_model_len=int(_param(config, "max_model_len", str(smollm.CONTEXT_TOKENS))),
            prefill_chunk=int(_param(config, "max_num_batched_tokens", "512")),
            prompt_format=_param(config, "prompt_format", "chat"),
            grammars=Grammars(tokenizer, model.config.vocab_size),
        )
        self.engine.generate("Hello", SamplingParams(temperature=0.0, max_tokens=2))  # warm up the kernels
        pb_utils.Logger.log_info(f"generator: SmolLM2-135M-Instruct ready (adapter: {self.adapter or 'none'})")

    def _read(self, request) -> tuple[str, SamplingParams, bool, bool, dict[str, bool]]:
        text = _text(request, "text_input") or ""
        if not text.strip():
            raise RequestError("text_input is empty; send the prompt as one non-empty string")
        stream = bool(_flag(request, "stream"))
        exclude = _flag(request, "exclude_input_in_output")
        if stream and exclude is False:
            raise RequestError("when streaming, exclude_input_in_output = false is not allowed (as in vLLM); omit it or send true")
        echo = not stream and not exclude  # vLLM echoes the prompt unless told not to
        sampling = _text(request, "sampling_parameters")
        if sampling is None:
            # as the vLLM backend: without the input, the request's parameters are the sampling
            # parameters (Triton's generate endpoint puts top-level keys that are not inputs there)
            sampling = request.parameters()
        params = parse(sampling)
        extras = {name: bool(_flag(request, f"return_{name}")) for name in ("finish_reason", "num_input_tokens", "num_output_tokens")}
        return text, params, stream, echo, extras

    def execute(self, requests):
        for request in requests:
            sender = request.get_response_sender()
            try:
                text, params, stream, echo, extras = self._read(request)
                self.engine.submit(
                    text,
                    params,
                    self._emitter(sender, text if echo else "", extras),
                    stream=stream,
                    cancelled=getattr(request, "is_cancelled", lambda: False),
                )
            except RequestError as exc:
                sender.send(_error(str(exc), pb_utils.TritonError.INVALID_ARG), flags=FLAGS_FINAL)
            except Exception as exc:  # noqa: BLE001  (never leave a request without a final response)
                sender.send(_error(f"generator failed: {exc}", pb_utils.TritonError.INTERNAL), flags=FLAGS_FINAL)
        return None

    @staticmethod
    def _emitter(sender, echo: str, extras: dict[str, bool]):
        state = {"first": True}

        def emit(delta: str, tokens: int, result: Result | None) -> None:
            if result is not None and result.error is not None:
                code = pb_utils.TritonError.INVALID_ARG if result.error_is_request else pb_utils.TritonError.INTERNAL
                if result.finish_reason == "abort" and "cancelled" in result.error:
                    code = getattr(pb_utils.TritonError, "CANCELLED", pb_utils.TritonError.INTERNAL)
                sender.send(_error(result.error, code), flags=FLAGS_FINAL)
                return
            text = (echo if state["first"] else "") + delta
            state["first"] = False
            outputs = [pb_utils.Tensor("text_output", np.array([text.encode("utf-8")], dtype=object))]
            if extras["finish_reason"]:
                reason = result.finish_reason if result is not None else "None"  # vLLM's value mid-stream
                outputs.append(pb_utils.Tensor("finish_reason", np.array([reason.encode()], dtype=object)))
            if extras["num_input_tokens"] and result is not None:
                outputs.append(pb_utils.Tensor("num_input_tokens", np.array([result.prompt_tokens], dtype=np.uint32)))
            if extras["num_output_tokens"]:
                outputs.append(pb_utils.Tensor("num_output_tokens", np.array([tokens], dtype=np.uint32)))
            sender.send(pb_utils.InferenceResponse(output_tensors=outputs), flags=FLAGS_FINAL if result is not None else 0)

        return emit

    def finalize(self) -> None:
        self.engine.close()
