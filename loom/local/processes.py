"""Start server processes in their own process groups, record them, and stop them for good.

Each server runs as the leader of a new session, so `loom up --detach` can exit and leave
them running, and `loom down` can stop a server together with everything it spawned (Triton's
Python-backend stubs, MLflow's workers) by signalling the group. A group counts as stopped
when /proc holds no live (non-zombie) process in it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class ProcessRecord:
    name: str
    pid: int
    pgid: int
    cmd: list[str]
    log: str

    def to_dict(self) -> dict:
        return asdict(self)


def spawn(name: str, cmd: list[str], *, env: dict[str, str], log: Path, cwd: Path) -> tuple[subprocess.Popen, ProcessRecord]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    return proc, ProcessRecord(name=name, pid=proc.pid, pgid=proc.pid, cmd=cmd, log=str(log))


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, pgid) of a process from /proc, or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read().decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    fields = data[data.rfind(")") + 2 :].split()
    return fields[0], int(fields[2])


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group `pgid`."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        stat = _stat(int(entry))
        if stat and stat[1] == pgid and stat[0] != "Z":
            members.append(int(entry))
    return members


def alive(record: ProcessRecord) -> bool:
    """Whether the recorded server still runs (pid present, not a zombie, same group)."""
    stat = _stat(record.pid)
    return stat is not None and stat[0] != "Z" and stat[1] == record.pgid


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass  # not our child: init reaps it


def stop_group(record: ProcessRecord, *, grace_s: float = 15.0) -> bool:
    """SIGTERM the group, wait up to `grace_s`, then SIGKILL; True when nothing is left."""
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
        if not group_members(record.pgid):
            break
        try:
            os.killpg(record.pgid, sig)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            _reap(record.pid)
            if not group_members(record.pgid):
                break
            time.sleep(0.1)
    _reap(record.pid)
    return not group_members(record.pgid)
