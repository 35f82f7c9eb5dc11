"""The Triton model names every environment serves (model_repo/), identical everywhere.

App teams address models by these names through the outputs contract; the components load
them by name and the config layer accepts only these.
"""

from __future__ import annotations

MODEL_NAMES = {
    "embedder": "embedder",
    "generator": "generator",
    "rag": "rag",
    "guard": "output_guard",
}
"""Role -> Triton model name."""
