"""Environment variables that one layer sets and another reads, spelled once.

The components set them on pods, the local platform on its processes, and the workloads and
Triton models read them: a typo on either side would fail silently (an unset variable reads as
"use the default"), so every name that crosses a layer lives here. Each constant's value is
its own name.
"""

from __future__ import annotations

import os
from pathlib import Path

LOOM_HOME = "LOOM_HOME"
"""The local state directory (default `<repo>/.loom`): outputs.json, the local lake, logs."""


def loom_home() -> Path:
    """`$LOOM_HOME` (with `~` expanded, made absolute), else `<repo>/.loom`: the one reading of the
    variable that the local platform, the automation, the loop commands and the lake share."""
    value = os.environ.get(LOOM_HOME)
    return Path(value).expanduser().resolve() if value else Path(__file__).resolve().parents[1] / ".loom"

LOOM_ENVIRONMENT = "LOOM_ENVIRONMENT"
"""The environment name a retraining Job prints in its rollout command."""

LOOM_LAKE_URI = "LOOM_LAKE_URI"
"""Root of the telemetry lake (file path, s3://, gs://, abfss://)."""

LOOM_INFERENCE_URL = "LOOM_INFERENCE_URL"
"""KServe v2 HTTP base URL of Triton, as the reader of the variable reaches it."""

LOOM_INTERACTION_LOGGER = "LOOM_INTERACTION_LOGGER"
"""`module:attribute` of the logger the rag model hands each guarded interaction to."""

LAKE_INTERACTION_LOGGER = "workloads.lake.rag_logger:LakeInteractionLogger"
"""The value of LOOM_INTERACTION_LOGGER that logs interactions to the lake (the serving image
ships the workloads package)."""

LOOM_MILVUS_URI = "LOOM_MILVUS_URI"
"""Milvus endpoint the rag model retrieves from (overrides its `milvus_uri` parameter)."""

LOOM_VECTOR_STORE_URI = "LOOM_VECTOR_STORE_URI"
"""Milvus endpoint the retraining Job re-indexes into."""

LOOM_MODELS_URI = "LOOM_MODELS_URI"
"""The models bucket retraining writes candidates to."""

LOOM_MODELS_PATH = "LOOM_MODELS_PATH"
"""The prefix in the models bucket that the stable Triton serves."""

LOOM_MODEL_CACHE = "LOOM_MODEL_CACHE"
"""Where the generator's float32 checkpoint is converted to and read from."""

LOOM_STS_TOKEN_AUDIENCE = "LOOM_STS_TOKEN_AUDIENCE"
"""The audience of the projected token a pod exchanges at MinIO's STS."""
