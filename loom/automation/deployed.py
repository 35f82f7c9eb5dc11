"""What a stack runs, and the settings file every Loom operation deploys.

The settings `loom rollout` owns (the canary's enabled/weight/prefix/image and the stable track's
prefix, `tracks.py`) must not live in the git-tracked `stacks/Pulumi.<env>.yaml`: a rollout would
edit whichever checkout ran it, the next deploy from `main` would undo a promotion, and a deploy
during a rollout would reset the weight. They live with the stack instead, in the backend:

- every operation writes a settings file of its own, `<state dir>/stacks/<env>/Pulumi.<env>.yaml`,
  = the tracked file + the rollout-owned settings (+ the rollout's record while one runs), in one
  atomic write, and passes it to the CLI with `--config-file`;
- the CLI records the config each update ran with in the stack's update history (Pulumi Cloud and
  every DIY backend), so `pulumi stack history` is the durable copy: the next operation, from any
  machine or checkout, reads the owned settings back from the last update.

Read errors are never "unset": a history that cannot be read, or an update whose `loom:triton` or
record does not parse, raises `StateReadError` and the caller changes nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from loom.automation.project import Project
from loom.automation.record import RECORD_KEY, RolloutRecord
from loom.automation.tracks import TRITON_KEY, TrackState
from loom.automation.workspace import StackHandle, StateReadError, UpdateRecord
from loom.errors import LoomError

HISTORY_PAGE = 20
HISTORY_MAX_PAGES = 50


@dataclass(frozen=True)
class DeployedState:
    """The rollout-owned settings a stack runs with, and the rollout recorded with them (if any)."""

    tracks: TrackState
    record: Optional[RolloutRecord] = None
    source: str = ""
    """Where it was read: `update 12 (succeeded)`, or the tracked file for a stack never updated."""


def last_update(stack: StackHandle) -> Optional[UpdateRecord]:
    """The newest `update` in the stack's history (refreshes and previews do not count); None when
    the stack was never updated or was destroyed since."""
    for page in range(1, HISTORY_MAX_PAGES + 1):
        entries = stack.history(page_size=HISTORY_PAGE, page=page)
        for entry in entries:
            if entry.kind == "update":
                return entry
            if entry.kind == "destroy" and entry.result == "succeeded":
                return None
        if len(entries) < HISTORY_PAGE:
            return None
    return None


def read_deployed_state(stack: StackHandle, project: Project, env: str) -> DeployedState:
    """From the last update's config; from the tracked settings file when there is none yet."""
    entry = last_update(stack)
    if entry is None:
        settings = project.stack_settings(env)
        where = project.settings_file(env).relative_to(project.root).as_posix()
        try:
            tracks = TrackState.from_triton(_mapping(settings.get(TRITON_KEY)))
        except (TypeError, ValueError) as exc:
            raise LoomError(f"{where}: {TRITON_KEY}: {exc}") from None
        return DeployedState(tracks, None, f"{where} (stack never updated)")
    where = f"update {entry.version} ({entry.result})"
    raw = entry.config.get(TRITON_KEY)
    if raw is None:
        raise StateReadError(f"stack {stack.name!r}: {where} recorded no {TRITON_KEY} setting; nothing was changed")
    try:
        triton = json.loads(raw)
        tracks = TrackState.from_triton(_mapping(triton))
    except (ValueError, TypeError) as exc:
        raise StateReadError(f"stack {stack.name!r}: {TRITON_KEY} of {where} does not parse ({exc}); nothing was changed") from None
    record = None
    raw_record = entry.config.get(RECORD_KEY)
    if raw_record:
        try:
            record = RolloutRecord.from_config(json.loads(raw_record))
        except ValueError as exc:
            raise StateReadError(f"stack {stack.name!r}: {RECORD_KEY} of {where} is not a rollout record ({exc}); nothing was changed") from None
    return DeployedState(tracks, record, where)


def write_settings_file(project: Project, env: str, state: DeployedState, *, stack_name: str = "") -> Path:
    """The tracked settings with `state` written in, to `project.deploy_settings_file(env)` in one
    atomic write (a reader never sees half a file). The tracked file is only read."""
    source = project.settings_file(env)
    try:
        doc = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LoomError(f"{source}: not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("config") or {}, dict):
        raise LoomError(f"{source}: expected a mapping with a `config:` mapping")
    config = dict(doc.get("config") or {})
    config[TRITON_KEY] = state.tracks.apply_to(_mapping(config.get(TRITON_KEY)))
    config.pop(RECORD_KEY, None)
    if state.record is not None:
        config[RECORD_KEY] = state.record.to_config()
    doc["config"] = config
    rel = source.relative_to(project.root).as_posix()
    header = (
        f"# Generated by loom for `pulumi --config-file`: {rel} plus the settings `loom rollout` owns, as\n"
        f"# stack {stack_name or env} runs them ({state.source or 'given'}). Do not edit: every loom operation rewrites it.\n"
    )
    dest = project.deploy_settings_file(env)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(header)
            yaml.safe_dump(doc, fh, sort_keys=False, default_flow_style=False)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def _mapping(value: object) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"{TRITON_KEY} is a {type(value).__name__}, not an object")
    return value
