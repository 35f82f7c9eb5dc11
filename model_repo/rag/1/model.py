"""Triton Python-backend model: the RAG pipeline, composed over BLS.

question -> embedder -> Milvus top-k -> generator (grounded prompt, answer shape enforced by
constrained decoding) -> citation check -> output_guard -> answer.
The answer returned (and handed to the interaction logger) is the guard's redacted text: no
unscanned model output leaves this model, which is also why it never streams.
"""

from __future__ import annotations

import json
import os
import time
import uuid

import numpy as np
import triton_python_backend_utils as pb_utils

from contract.env import LOOM_INTERACTION_LOGGER, LOOM_MILVUS_URI
from workloads.rag.citations import check as check_citations
from workloads.rag.interactions import InteractionRecord, load_logger
from workloads.llm.sampling import INCOMPLETE_STRUCTURED_OUTPUT
from workloads.rag.prompt import ANSWER_TOKEN_BUDGET, Passage, answer_pattern, build_prompt, max_answer_tokens
from workloads.rag.store import VectorStore

NO_DOCUMENTS = "I don't know: no documents are indexed yet (run `loom index PATH`)."
UNSUPPORTED = "I don't know: the retrieved passages do not support an answer to this question."
INCOMPLETE = "I don't know: no complete answer came within the answer's length limit."


class ModelCallError(RuntimeError):
    """A model called over BLS (embedder, generator, output_guard) answered with an error."""


class BadRequest(ValueError):
    """The caller's fault: becomes a 400 with this message."""


def _param(config: dict, key: str, default: str) -> str:
    return config.get("parameters", {}).get(key, {}).get("string_value", default)


def _bytes(value: str) -> np.ndarray:
    return np.array([value.encode("utf-8")], dtype=object)


def _decode(raw) -> str:
    return raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)


class TritonPythonModel:
    def initialize(self, args: dict) -> None:
        config = json.loads(args["model_config"])
        self.uri = os.environ.get(LOOM_MILVUS_URI) or _param(config, "milvus_uri", "")
        self.collection = _param(config, "collection", "loom_docs")
        self.default_top_k = int(_param(config, "default_top_k", "4"))
        self.max_top_k = int(_param(config, "max_top_k", "20"))
        self.max_chars = int(_param(config, "max_question_chars", "2000"))
        self.generator_decoupled = _param(config, "generator_decoupled", "false").lower() == "true"
        self.answer_temperature = float(_param(config, "answer_temperature", "0"))
        self.guided_answers = _param(config, "guided_answers", "true").lower() == "true"
        budget = _param(config, "answer_max_tokens", str(ANSWER_TOKEN_BUDGET))
        if not budget.isdigit() or not 1 <= int(budget) <= max_answer_tokens():
            raise pb_utils.TritonModelException(
                f"rag parameter answer_max_tokens = {budget!r} is invalid; allowed: an integer 1..{max_answer_tokens()}"
            )
        self.answer_max_tokens = int(budget)
        # THE lake hook: one record per answered request goes to this logger (default: no-op).
        self.log_interaction = load_logger(os.environ.get(LOOM_INTERACTION_LOGGER) or _param(config, "interaction_logger", ""))
        self.versions = {"rag": str(args.get("model_version", ""))}
        self._store: VectorStore | None = None

    # -- steps -----------------------------------------------------------------------------
    def _store_client(self) -> VectorStore:
        if self._store is None:
            self._store = VectorStore(self.uri, collection=self.collection)
        return self._store

    def _read(self, request) -> tuple[str, int]:
        try:
            parameters = json.loads(request.parameters() or "{}")
        except ValueError:
            parameters = {}
        if str(parameters.get("stream", "")).lower() in ("true", "1"):
            raise BadRequest(
                "rag does not stream: the output guard must see the whole answer before any of it leaves; "
                "call /v2/models/rag/generate without stream (the generator model streams raw model output)"
            )
        values = pb_utils.get_input_tensor_by_name(request, "question").as_numpy().reshape(-1)
        if values.size != 1:
            raise BadRequest(f"question must hold exactly one string, got {values.size}")
        question = _decode(values[0]).strip()
        if not question:
            raise BadRequest("question is empty; send one non-empty string")
        if len(question) > self.max_chars:
            raise BadRequest(f"question has {len(question)} characters; at most {self.max_chars} are allowed")
        top_k = self.default_top_k
        tensor = pb_utils.get_input_tensor_by_name(request, "top_k")
        if tensor is not None:
            top_k = int(tensor.as_numpy().reshape(-1)[0])
            if not 1 <= top_k <= self.max_top_k:
                raise BadRequest(f"top_k = {top_k} is out of range; allowed: 1..{self.max_top_k}")
        return question, top_k

    @staticmethod
    def _call(model: str, inputs: list, outputs: list[str], *, decoupled: bool = False) -> list:
        request = pb_utils.InferenceRequest(model_name=model, requested_output_names=outputs, inputs=inputs)
        if decoupled:
            responses = [r for r in request.exec(decoupled=True)]
        else:
            responses = [request.exec()]
        results = []
        for response in responses:
            if response.has_error():
                raise ModelCallError(f"{model}: {response.error().message()}")
            if response.output_tensors():
                results.append(response)
        if not results:
            raise RuntimeError(f"{model}: returned no output")
        return results

    def _embed(self, question: str) -> np.ndarray:
        (response,) = self._call(
            "embedder", [pb_utils.Tensor("TEXT", np.array([[question.encode("utf-8")]], dtype=object))], ["EMBEDDING"]
        )
        return pb_utils.get_output_tensor_by_name(response, "EMBEDDING").as_numpy().reshape(-1)

    def _generate(self, prompt: str, passages: int) -> str | None:
        """The model's answer, or None when it ran out of `answer_max_tokens` before finishing one
        (the local generator says so with an error, vLLM with finish_reason "length")."""
        sampling: dict[str, object] = {"temperature": self.answer_temperature, "max_tokens": self.answer_max_tokens}
        if self.guided_answers:
            sampling["guided_decoding"] = {"regex": answer_pattern(passages)}
        inputs = [
            pb_utils.Tensor("text_input", _bytes(prompt)),
            pb_utils.Tensor("sampling_parameters", _bytes(json.dumps(sampling))),
            pb_utils.Tensor("exclude_input_in_output", np.array([True], dtype=bool)),
            pb_utils.Tensor("return_finish_reason", np.array([True], dtype=bool)),
        ]
        try:
            responses = self._call("generator", inputs, ["text_output", "finish_reason"], decoupled=self.generator_decoupled)
        except ModelCallError as exc:
            if INCOMPLETE_STRUCTURED_OUTPUT in str(exc):
                return None
            raise
        parts, finish = [], ""
        for response in responses:
            for raw in pb_utils.get_output_tensor_by_name(response, "text_output").as_numpy().reshape(-1):
                parts.append(_decode(raw))
            reason = pb_utils.get_output_tensor_by_name(response, "finish_reason")
            if reason is not None and reason.as_numpy().size:
                finish = _decode(reason.as_numpy().reshape(-1)[-1])
        if finish == "length":
            return None
        return "".join(parts).strip()

    def _guard(self, text: str) -> tuple[str, list]:
        (response,) = self._call("output_guard", [pb_utils.Tensor("TEXT", _bytes(text))], ["FLAGGED", "FINDINGS", "REDACTED"])
        findings = json.loads(_decode(pb_utils.get_output_tensor_by_name(response, "FINDINGS").as_numpy().reshape(-1)[0]) or "[]")
        redacted = _decode(pb_utils.get_output_tensor_by_name(response, "REDACTED").as_numpy().reshape(-1)[0])
        return redacted, findings

    def _answer(self, question: str, top_k: int) -> tuple[str, list, list, dict]:
        hits = self._store_client().search(self._embed(question), top_k)
        if not hits:
            raw, citations = NO_DOCUMENTS, check_citations(NO_DOCUMENTS, [])
        else:
            passages = [Passage(i + 1, h.source, h.text) for i, h in enumerate(hits)]
            generated = self._generate(build_prompt(question, passages), len(passages))
            if generated is None:
                # cut off by the token budget (a degenerate "1.1.1.1..." run): nothing to pass on
                raw, citations = INCOMPLETE, check_citations(INCOMPLETE, [p.text for p in passages])
            else:
                citations = check_citations(generated, [p.text for p in passages])
                raw = citations.answer
                if citations.cited and not citations.related:
                    # cites passages for claims about things none of them mentions: do not pass it on
                    raw = UNSUPPORTED
        report = citations.to_dict() | {"withheld": raw in (UNSUPPORTED, INCOMPLETE), "incomplete": raw == INCOMPLETE}
        answer, findings = self._guard(raw)
        return answer, [h.citation() for h in hits], findings, report

    # -- Triton ----------------------------------------------------------------------------
    def execute(self, requests):
        responses = []
        for request in requests:
            started = time.perf_counter()
            request_id = request.request_id() or uuid.uuid4().hex
            try:
                question, top_k = self._read(request)
                answer, sources, findings, citations = self._answer(question, top_k)
            except BadRequest as exc:
                responses.append(
                    pb_utils.InferenceResponse(error=pb_utils.TritonError(str(exc), pb_utils.TritonError.INVALID_ARG))
                )
                continue
            except Exception as exc:  # a dependency failed: report it, keep serving
                self._store = None  # reconnect next time (Milvus may have restarted)
                responses.append(
                    pb_utils.InferenceResponse(
                        error=pb_utils.TritonError(f"rag pipeline failed: {exc}", pb_utils.TritonError.UNAVAILABLE)
                    )
                )
                continue
            latency_ms = (time.perf_counter() - started) * 1000.0
            self._hand_to_logger(
                InteractionRecord(
                    request_id=request_id,
                    question=question,
                    answer=answer,
                    sources=sources,
                    guard_findings=findings,
                    latency_ms=latency_ms,
                    model_versions=dict(self.versions),
                    timestamp=time.time(),
                )
            )
            responses.append(
                pb_utils.InferenceResponse(
                    output_tensors=[
                        pb_utils.Tensor("answer", _bytes(answer)),
                        pb_utils.Tensor("sources", _bytes(json.dumps(sources))),
                        pb_utils.Tensor("flags", _bytes(json.dumps(findings))),
                        pb_utils.Tensor("citations", _bytes(json.dumps(citations))),
                        pb_utils.Tensor("request_id", _bytes(request_id)),
                    ]
                )
            )
        return responses

    def _hand_to_logger(self, record: InteractionRecord) -> None:
        """The single hook point for the telemetry lake; a logger failure never fails the answer."""
        try:
            self.log_interaction(record)
        except Exception as exc:  # noqa: BLE001
            pb_utils.Logger.log_error(f"rag: interaction logger failed for {record.request_id}: {exc}")

    def finalize(self) -> None:
        if self._store is not None:
            self._store.close()
