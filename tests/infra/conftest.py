"""Shared fixtures: each stack is previewed once per test session (a preview takes ~1-5 s)."""

from __future__ import annotations

import pytest

from loom.preview import PreviewResult, read_stack_file, run_preview

STACKS = ("dev", "onprem", "edge", "aws", "gcp", "azure")
GPU_STACKS = ("onprem", "aws", "gcp", "azure")
"""Stacks whose environment offers GPUs (GPU operator on-prem, GPU node pools in clouds)."""

_CACHE: dict[str, PreviewResult] = {}


def preview_of(stack: str) -> PreviewResult:
    if stack not in _CACHE:
        _CACHE[stack] = run_preview(stack=stack)
    return _CACHE[stack]


@pytest.fixture(scope="session")
def previews():
    """stack name -> PreviewResult, computed on first use."""
    return preview_of


@pytest.fixture(scope="session")
def settings_of():
    from infra.config import parse

    def get(stack: str):
        sf = read_stack_file(stack)
        return parse(sf.config, where=sf.where)

    return get
