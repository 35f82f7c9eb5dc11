"""One running pack for the whole policy test session: every case is its own check over the real
Analyzer protocol, but the pack starts once."""

from __future__ import annotations

import pytest

from loom.policycheck import PolicySession


@pytest.fixture(scope="session")
def policy_session():
    with PolicySession(stack="test") as session:
        yield session
