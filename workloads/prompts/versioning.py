"""A prompt whose behaviour changed must get a new version: compare each prompt.yaml with the
copy at a git revision (HEAD by default) and report a change without a version bump."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from workloads.prompts.loader import PromptError

# What changes a prompt's behaviour; description/owner edits need no bump.
BEHAVIOUR_KEYS = ("template", "model", "parameters", "variables", "output_schema")
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")


def semver_key(version: str) -> tuple:
    """Sort key by semver precedence (a release sorts after its pre-releases)."""
    m = _SEMVER.match(version)
    if not m:
        raise ValueError(f"not a semantic version: {version!r}")
    major, minor, patch, pre = m.groups()
    return (int(major), int(minor), int(patch), pre is None, pre or "")


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


def check_version_bump(prompt_file: Path, rev: str = "HEAD") -> PromptError | None:
    """The error for prompt_file if it changed behaviour since `rev` without a higher version."""
    prompt_file = prompt_file.resolve()
    top = _git(["rev-parse", "--show-toplevel"], prompt_file.parent)
    if top.returncode != 0:
        return None  # not in a git checkout: nothing to compare with
    rel = prompt_file.relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    old = _git(["show", f"{rev}:{rel}"], prompt_file.parent)
    if old.returncode != 0:
        return None  # new prompt: any version is fine
    try:
        before = yaml.safe_load(old.stdout) or {}
        after = yaml.safe_load(prompt_file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return None  # the schema check reports broken YAML
    changed = [k for k in BEHAVIOUR_KEYS if before.get(k) != after.get(k)]
    if not changed:
        return None
    old_v, new_v = str(before.get("version", "")), str(after.get("version", ""))
    try:
        bumped = semver_key(new_v) > semver_key(old_v)
    except ValueError:
        return None  # an invalid version is reported by the schema check
    if bumped:
        return None
    line = next((i for i, text in enumerate(prompt_file.read_text(encoding="utf-8").splitlines(), 1) if text.startswith("version:")), None)
    return PromptError(prompt_file, line, "version", f"{', '.join(changed)} changed since {rev} but version is still {new_v} (was {old_v}); bump it")
