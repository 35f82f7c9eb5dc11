"""The `local_platform` fixture: the real local platform, started once per test session.

Starts Triton, Milvus Lite and MLflow (loom.local.platform.start, the code behind
`loom up --detach`) with a temporary LOOM_HOME and free random ports on 127.0.0.1, indexes
the small corpus in tests/plugins/corpus/, sets LOOM_HOME in os.environ (so `loom ...`
subprocesses and loom.local.paths.loom_home() find it), and yields the outputs contract as
a dict (`inference.http_url`, `vector_store.uri`, `tracking.uri`, `lake.uri`, ...).

Under pytest-xdist the workers share one platform: the first starts it, the last stops it
(a file lock and a user count under the session's shared temp dir).
"""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
"""Indexed by the fixture: loom-overview.md, local-platform.md, support.txt."""


@contextmanager
def _exclusive(path: Path):
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _start(home: Path) -> dict:
    from loom.local import platform
    from loom.local.ports import Ports

    settings = platform.LocalSettings(home=home, ports=Ports.random(), accelerator="cpu", index_docs=False, timeout_s=300)
    try:
        contract = platform.start(settings)
        platform.index(contract, [CORPUS])
    except BaseException:
        platform.stop(home)
        raise
    return contract.to_dict()


@pytest.fixture(scope="session")
def local_platform(tmp_path_factory):
    """The outputs contract (dict) of a running local platform shared by the whole session."""
    from loom.local import platform

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # common to all workers of this run
    home = shared / "loom-home"
    users = shared / "loom-platform.users"
    previous_home = os.environ.get("LOOM_HOME")
    with _exclusive(shared / "loom-platform.lock"):
        count = int(users.read_text()) if users.exists() else 0
        if count == 0 or not platform.status(home).get("healthy"):
            home.mkdir(parents=True, exist_ok=True)
            contract = _start(home)
        else:
            contract = json.loads((home / "outputs.json").read_text())
        users.write_text(str(count + 1))
    os.environ["LOOM_HOME"] = str(home)
    try:
        yield contract
    finally:
        if previous_home is None:
            os.environ.pop("LOOM_HOME", None)
        else:
            os.environ["LOOM_HOME"] = previous_home
        with _exclusive(shared / "loom-platform.lock"):
            count = int(users.read_text()) - 1
            users.write_text(str(count))
            if count <= 0:
                platform.stop(home)
