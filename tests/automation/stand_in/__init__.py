"""Drive the recording stand-in for the Pulumi CLI (`fake_pulumi.py`) from tests.

`FakePulumi(tmp_path)` makes a `bin/pulumi` that runs the stand-in with this interpreter (so it can
speak the SDK's gRPC event protocol), keeps its state in a folder of its own, and reads back every
invocation it recorded. `project_copy(tmp_path)` copies the Loom project files a stack operation
reads (Pulumi.yaml, stacks/, policy/config/) so that what the CLI writes (`stack init
--secrets-provider` adds keys to the settings file, as the real CLI does) never touches the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterable

REPO_ROOT = Path(__file__).resolve().parents[3]
PROGRAM = Path(__file__).with_name("fake_pulumi.py")


class FakePulumi:
    def __init__(self, root: Path) -> None:
        self.home = root / "fake-pulumi-home"
        self.bin = root / "fake-pulumi-bin"
        self.home.mkdir(parents=True, exist_ok=True)
        self.bin.mkdir(parents=True, exist_ok=True)
        exe = self.bin / "pulumi"
        exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{PROGRAM}" "$@"\n')
        exe.chmod(0o755)

    # -- environment ---------------------------------------------------------------------------

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["FAKE_PULUMI_HOME"] = str(self.home)
        return env

    def install(self, monkeypatch) -> "FakePulumi":
        monkeypatch.setenv("PATH", f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}")
        monkeypatch.setenv("FAKE_PULUMI_HOME", str(self.home))
        return self

    # -- behaviour -----------------------------------------------------------------------------

    def script(self, **behaviour: Any) -> None:
        path = self.home / "script.json"
        current = json.loads(path.read_text()) if path.is_file() else {}
        current.update(behaviour)
        path.write_text(json.dumps(current))

    def create_stack(self, name: str) -> None:
        """A stack that exists in the backend and was never deployed (what `pulumi stack init` leaves)."""
        path = self.home / "stacks" / (name.replace("/", "__") + ".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"name": name, "secretsProvider": "default", "tags": {}, "history": [], "outputs": {}, "resources": 0, "deployedConfig": None}))

    def hold_lock(self, stack: str, seconds: float, *, owner: str = "ci@runner-7", pid: int = 4242) -> None:
        """Another process's update holds the stack lock for `seconds`."""
        path = self.home / "locks" / (stack.replace("/", "__") + ".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"pid": pid, "owner": owner, "at": "2026-12-03T10:00:00Z", "expires": time.time() + seconds}))

    def locked(self, stack: str) -> bool:
        return (self.home / "locks" / (stack.replace("/", "__") + ".json")).exists()

    # -- what it recorded ----------------------------------------------------------------------

    def calls(self, *command: str) -> list[dict[str, Any]]:
        """Recorded invocations, oldest first; with `command` ("up", "stack history"...) only those."""
        path = self.home / "calls.jsonl"
        records = [json.loads(line) for line in path.read_text().splitlines()] if path.is_file() else []
        return [r for r in records if not command or words(r["argv"])[: len(command)] == list(command)]

    def stack(self, name: str) -> dict[str, Any]:
        return json.loads((self.home / "stacks" / (name.replace("/", "__") + ".json")).read_text())

    def history(self, name: str) -> list[dict[str, Any]]:
        """Newest first, as `pulumi stack history` lists it."""
        return self.stack(name)["history"]

    def deployed_triton(self, name: str) -> dict[str, Any]:
        """`loom:triton` as the last update of `name` deployed it."""
        return json.loads(self.history(name)[0]["config"]["loom:triton"]["value"])

    def markers(self) -> list[str]:
        path = self.home / "markers.log"
        return path.read_text().splitlines() if path.is_file() else []

    def wait_for(self, marker: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while marker not in self.markers():
            if time.monotonic() > deadline:
                raise AssertionError(f"the stand-in never reported {marker!r}; saw {self.markers()}")
            time.sleep(0.02)

    def run(self, *args: str, cwd: Path) -> subprocess.CompletedProcess:
        """Run the stand-in as a user would (`pulumi cancel --stack dev --yes`)."""
        return subprocess.run([str(self.bin / "pulumi"), *args], cwd=cwd, env=self.env(), capture_output=True, text=True, timeout=60)


def words(argv: Iterable[str]) -> list[str]:
    """The command words of an argv (flags and their values left out)."""
    from tests.automation.stand_in.fake_pulumi import parse  # noqa: PLC0415

    return parse(list(argv))[0]


def flag_values(argv: list[str], flag: str) -> list[str]:
    from tests.automation.stand_in.fake_pulumi import parse  # noqa: PLC0415

    return parse(argv)[1].get(flag, [])


def project_copy(root: Path) -> Path:
    """The files of the Loom project a stack operation reads, copied under `root/project`."""
    dest = root / "project"
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO_ROOT / "Pulumi.yaml", dest / "Pulumi.yaml")
    shutil.copytree(REPO_ROOT / "stacks", dest / "stacks")
    shutil.copytree(REPO_ROOT / "policy" / "config", dest / "policy" / "config")
    return dest
