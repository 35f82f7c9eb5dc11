"""Embed texts through the inference API (the `embedder` model), so indexing and querying use
the very same model version the platform serves."""

from __future__ import annotations

import numpy as np

from workloads.rag import EMBEDDING_DIM


class EmbeddingError(RuntimeError):
    pass


class TritonEmbedder:
    """KServe v2 HTTP client of the `embedder` model (TEXT BYTES [n,1] -> EMBEDDING FP32 [n,384])."""

    def __init__(self, http_url: str, *, model: str = "embedder", batch_size: int = 32, timeout_s: float = 120.0):
        import tritonclient.http as httpclient

        self._http = httpclient
        address = http_url.split("://", 1)[-1].rstrip("/")
        self.client = httpclient.InferenceServerClient(
            address, connection_timeout=timeout_s, network_timeout=timeout_s
        )
        self.model = model
        self.batch_size = batch_size

    def embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for start in range(0, len(texts), self.batch_size):
            batch = texts[start : start + self.batch_size]
            tensor = self._http.InferInput("TEXT", [len(batch), 1], "BYTES")
            tensor.set_data_from_numpy(np.array([t.encode("utf-8") for t in batch], dtype=object).reshape(-1, 1))
            try:
                result = self.client.infer(self.model, [tensor])
            except Exception as exc:  # tritonclient raises InferenceServerException and socket errors
                raise EmbeddingError(f"model {self.model!r}: {exc}") from exc
            out.append(result.as_numpy("EMBEDDING"))
        if not out:
            return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
        return np.concatenate(out).astype(np.float32)

    def close(self) -> None:
        self.client.close()
