"""Where the Loom project lives on disk and how an environment name maps onto a Pulumi stack.

Pure path and name logic, no Pulumi import, so the CLI can validate `--env` (and fail with one
clear line) before paying for the Automation API.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml

from contract.env import LOOM_HOME, loom_home
from loom.errors import LoomError

PROJECT_NAME = "loom"
REPO_ROOT = Path(__file__).resolve().parents[2]

POLICY_PACK_DIR = "policy"
"""The CrossGuard pack, relative to the repo root; attached to every preview and up."""

ORG_ENV_VAR = "LOOM_PULUMI_ORG"
"""Pulumi organisation of the platform stacks (`<org>/loom/<env>`); unset: the backend's default."""

_ENV_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Project:
    """The Pulumi project on disk: `Pulumi.yaml` at `root`, stack settings under `stack_config_dir`."""

    root: Path
    stack_config_dir: Path

    @classmethod
    def load(cls, root: Path | None = None) -> "Project":
        root = (root or REPO_ROOT).resolve()
        settings_file = root / "Pulumi.yaml"
        if not settings_file.is_file():
            raise LoomError(f"{settings_file}: not found; run loom from a Loom checkout (Pulumi.yaml at its root)")
        try:
            settings = yaml.safe_load(settings_file.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise LoomError(f"{settings_file}: not valid YAML ({exc.__class__.__name__})") from None
        if settings.get("name") != PROJECT_NAME:
            raise LoomError(f"{settings_file}: name = {settings.get('name')!r}; expected {PROJECT_NAME!r}")
        config_dir = settings.get("stackConfigDir") or "."
        return cls(root=root, stack_config_dir=(root / str(config_dir)).resolve())

    def environments(self) -> list[str]:
        """Environments that have a settings file (`stacks/Pulumi.<env>.yaml`)."""
        return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in self.stack_config_dir.glob("Pulumi.*.yaml"))

    def settings_file(self, env: str) -> Path:
        """The stack settings file of `env`; a LoomError naming the allowed environments otherwise."""
        if not _ENV_NAME.match(env or ""):
            raise LoomError(f"--env {env!r}: not a valid environment name (letters, digits, '-', '_', '.')")
        path = self.stack_config_dir / f"Pulumi.{env}.yaml"
        if not path.is_file():
            known = ", ".join(self.environments()) or "none yet"
            raise LoomError(f"--env {env!r}: no stack settings file {path.relative_to(self.root)}; known environments: {known}")
        return path

    def stack_settings(self, env: str) -> dict[str, Any]:
        """The parsed `config:` block of the env's settings file (keys as written, e.g. `loom:triton`)."""
        path = self.settings_file(env)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise LoomError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
        config = data.get("config") or {}
        if not isinstance(config, Mapping):
            raise LoomError(f"{path}: config = {type(config).__name__}; expected a mapping of keys to values")
        return dict(config)

    def policy_config_file(self, env: str) -> Path | None:
        """`policy/config/<env>.json`, the pack's configuration for the env, when it exists: the ONE file
        both the engine (`--policy-pack-config`) and the offline check (`--policy-config`) are given."""
        path = self.root / POLICY_PACK_DIR / "config" / f"{env}.json"
        return path if path.is_file() else None

    def deploy_settings_file(self, env: str) -> Path:
        """Where Loom writes the settings file an operation of `env` deploys (`pulumi up --config-file`):
        the tracked `stacks/Pulumi.<env>.yaml` plus the settings `loom rollout` owns (deployed.py)."""
        return state_dir(self.root) / "stacks" / env / f"Pulumi.{env}.yaml"

    def outputs_file(self, env: str) -> Path:
        """Where `loom stack up|outputs` writes the env's outputs as JSON (`<state dir>/stacks/<env>/outputs.json`)."""
        return state_dir(self.root) / "stacks" / env / "outputs.json"


def state_dir(root: Path | None = None) -> Path:
    """`$LOOM_HOME` if set, else `<repo>/.loom` (the convention shared with the local platform)."""
    if root is None or os.environ.get(LOOM_HOME):
        return loom_home()
    return root / ".loom"


def qualified_stack_name(env: str, org: str | None = None) -> str:
    """`<org>/loom/<env>` when an organisation is known (flag or $LOOM_PULUMI_ORG), else `env`."""
    org = org or os.environ.get(ORG_ENV_VAR) or None
    return f"{org}/{PROJECT_NAME}/{env}" if org else env


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON through a temp file and a rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
