"""Shared fixtures for the guard tests: the labeled corpus is generated once per session."""

from __future__ import annotations

import pytest

from workloads.guard import Scanner
from workloads.guard.corpus import Sample, generate

CORPUS_SIZE = 1500
CORPUS_SEED = 20261125


@pytest.fixture(scope="session")
def corpus() -> list[Sample]:
    return generate(CORPUS_SIZE, seed=CORPUS_SEED)


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner()
