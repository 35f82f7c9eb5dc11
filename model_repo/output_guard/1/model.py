"""Triton Python-backend model: the output guard (workloads.guard) behind KServe v2.

Each request is scanned on its own, so one bad request (empty, oversized, not UTF-8) gets an
INVALID_ARG error while the others in the same `execute` call still get their results.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import triton_python_backend_utils as pb_utils

try:
    from workloads.guard import GuardConfigError, GuardInputError, Scanner, load_config
except ImportError:  # running straight from a checkout: model_repo/output_guard/1/model.py -> repo root
    _root = Path(__file__).resolve().parents[3]
    if (_root / "workloads" / "guard").is_dir():
        sys.path.insert(0, str(_root))
    from workloads.guard import GuardConfigError, GuardInputError, Scanner, load_config


def _param(config: dict, key: str, default: str) -> str:
    return config.get("parameters", {}).get(key, {}).get("string_value", default) or default


class RequestError(ValueError):
    """A request the client must fix; becomes an INVALID_ARG (HTTP 400) response."""


def _invalid_arg(message: str):
    code = getattr(pb_utils.TritonError, "INVALID_ARG", None)
    return pb_utils.TritonError(message) if code is None else pb_utils.TritonError(message, code)


class TritonPythonModel:
    def initialize(self, args: dict) -> None:
        config = json.loads(args["model_config"])
        self.max_chars = int(_param(config, "max_text_chars", "1000000"))
        self.max_texts = int(_param(config, "max_batch_texts", "256"))
        path = _param(config, "guard_config", "") or None
        try:
            guard_config = load_config(path)
            # per-deployment switches on top of the config file: categories on/off, a language hint
            categories = _param(config, "categories", "").strip()
            if categories:
                guard_config = replace(guard_config, categories=tuple(c.strip() for c in categories.split(",") if c.strip()))
            language = _param(config, "language", "").strip()
            if language:
                guard_config = replace(guard_config, language=language)
            self.scanner = Scanner(guard_config)
        except (GuardConfigError, RuntimeError) as exc:  # RuntimeError: the name gazetteer cannot be built
            raise pb_utils.TritonModelException(f"output_guard: {exc}") from None
        if hasattr(pb_utils, "Logger"):
            pb_utils.Logger.log_info(
                f"output_guard: config {guard_config.source}, categories {', '.join(guard_config.categories)}"
            )

    def _texts(self, request) -> list[str]:
        tensor = pb_utils.get_input_tensor_by_name(request, "TEXT")
        if tensor is None:
            raise RequestError("input TEXT is missing; send TEXT as BYTES with shape [n], one string per text")
        values = tensor.as_numpy().reshape(-1)
        if len(values) == 0:
            raise RequestError("TEXT holds no strings; send at least one")
        if len(values) > self.max_texts:
            raise RequestError(f"TEXT holds {len(values)} strings; at most {self.max_texts} per request")
        texts = []
        for i, raw in enumerate(values):
            try:
                text = raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
            except UnicodeDecodeError as exc:
                raise RequestError(f"TEXT[{i}] is not valid UTF-8 (byte {exc.start})") from None
            if not text:
                raise RequestError(f"TEXT[{i}] is empty; every text must hold at least one character")
            if len(text) > self.max_chars:
                raise RequestError(f"TEXT[{i}] has {len(text)} characters; at most {self.max_chars} are allowed")
            texts.append(text)
        return texts

    def _language(self, request) -> str | None:
        tensor = pb_utils.get_input_tensor_by_name(request, "LANGUAGE")
        if tensor is None:
            return None
        values = tensor.as_numpy().reshape(-1)
        if len(values) != 1:
            raise RequestError(f"LANGUAGE holds {len(values)} strings; send one (en, de, fr, es, nl) or leave it out")
        raw = values[0]
        language = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)).strip()
        return language or None

    def _respond(self, request):
        try:
            texts = self._texts(request)
            language = self._language(request)
            results = [self.scanner.scan(t, language=language) if language else self.scanner.scan(t) for t in texts]
        except (RequestError, GuardInputError) as exc:
            return pb_utils.InferenceResponse(output_tensors=[], error=_invalid_arg(str(exc)))
        flagged = np.array([r.flagged for r in results], dtype=bool)
        findings = np.array(
            [json.dumps([f.to_dict() for f in r.findings]).encode("utf-8") for r in results], dtype=object
        )
        redacted = np.array([r.redacted.encode("utf-8") for r in results], dtype=object)
        return pb_utils.InferenceResponse(
            output_tensors=[
                pb_utils.Tensor("FLAGGED", flagged),
                pb_utils.Tensor("FINDINGS", findings),
                pb_utils.Tensor("REDACTED", redacted),
            ]
        )

    def execute(self, requests):
        return [self._respond(request) for request in requests]

    def finalize(self) -> None:
        self.scanner = None
