"""A recording stand-in for the Pulumi CLI (the real one cannot be installed where Loom is built).

It speaks the part of the CLI that `pulumi.automation.LocalWorkspace` and `Stack` use (read from
the SDK 3.272 sources: `_local_workspace.py`, `_stack.py`, `_cmd.py`): `version`, `stack
select/init/ls/history/output/tag`, `config get/set/set-all/rm/rm-all` and `config --json` (with
`--path` and `--config-file`), `preview/up/refresh/destroy` with `--event-log` (engine events over
the gRPC `Events` service for CLI > 3.205, as the SDK expects, or a JSON-lines file), `--save-plan`
/ `--plan`, `--policy-pack[-config]`, `--expect-no-changes`, `--refresh`, and `cancel`.

State lives under `$FAKE_PULUMI_HOME` (a DIY backend in miniature): one JSON file per stack
(history newest first, outputs, tags), DIY-style lock files, and `calls.jsonl`, one record per
invocation (argv, cwd, environment, exit code, and the content of every file passed with
`--config-file` / `--policy-pack-config` at the moment the CLI read it).

`$FAKE_PULUMI_HOME/script.json` tells it to misbehave like the real thing does:
- `fail`: [{"cmd": "up", "on": [2], "stderr": "...", "code": 255}] fails the 2nd `up` (per stack);
  `"on": "all"` fails every one; `"locked": true` instead finds the stack locked by another process;
- `op_seconds`: {"up": 2.0} makes an operation take that long (so it can be interrupted), or
  {"up": {"2": 30, "default": 0}} only the 2nd one;
- `sigint_keep_lock_s`: on the first SIGINT/SIGTERM during an operation, print the CLI's
  "^C received; cancelling" line, keep the stack lock that many seconds, record the update as
  failed, release the lock and exit 255 with `error: update canceled` (what the real CLI does
  while it finishes the resource operations in flight); a second signal terminates at once and
  leaves the lock behind, as a killed CLI does;
- `kill_parent`: {"cmd": "up", "on": [3], "when": "after"|"during"} SIGKILLs the process that ran
  the CLI (a crashed `loom`) after the 3rd `up` completed, or while it runs (the CLI carries on).
Lock files whose `expires` lies in the future are "another process's update" (tests create them).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import signal
import sys
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

VERSION = "3.272.0"
BASE_RESOURCES = 42
"""How many resources a deployed Loom stack has in this stand-in (create on first up)."""

VALUE_FLAGS = {
    "--stack", "-s", "--color", "--config-file", "--message", "-m", "--policy-pack", "--policy-pack-config",
    "--event-log", "--exec-kind", "--plan", "--save-plan", "--secrets-provider", "--page-size", "--page",
    "--parallel", "--target", "--replace", "--exclude", "--client", "--import-file", "--tracing", "--verbose",
}

HOME = Path(os.environ.get("FAKE_PULUMI_HOME") or Path.home() / ".fake-pulumi")


class CliExit(Exception):
    def __init__(self, code: int, stderr: str = "") -> None:
        super().__init__(stderr)
        self.code, self.stderr = code, stderr


# -- arguments ---------------------------------------------------------------------------------


def parse(argv: list[str]) -> tuple[list[str], dict[str, list[str]], set[str]]:
    """(positionals, flags with values, boolean flags); `--x=v` and a `--` separator as cobra does."""
    pos: list[str] = []
    values: dict[str, list[str]] = {}
    bools: set[str] = set()
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            pos.extend(argv[i + 1 :])
            break
        if arg.startswith("-") and "=" in arg and arg.startswith("--"):
            name, value = arg.split("=", 1)
            values.setdefault(name, []).append(value)
        elif arg in VALUE_FLAGS:
            values.setdefault(arg, []).append(argv[i + 1] if i + 1 < len(argv) else "")
            i += 1
        elif arg.startswith("-"):
            bools.add(arg)
        else:
            pos.append(arg)
        i += 1
    return pos, values, bools


def one(values: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        if values.get(name):
            return values[name][-1]
    return None


# -- persistent state ----------------------------------------------------------------------------


@contextmanager
def state_lock():
    HOME.mkdir(parents=True, exist_ok=True)
    with open(HOME / ".state.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def script() -> dict[str, Any]:
    path = HOME / "script.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def stack_file(name: str) -> Path:
    return HOME / "stacks" / (name.replace("/", "__") + ".json")


def load_stack(name: str) -> dict[str, Any] | None:
    path = stack_file(name)
    return json.loads(path.read_text()) if path.is_file() else None


def save_stack(data: dict[str, Any]) -> None:
    path = stack_file(data["name"])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True))
    os.replace(tmp, path)


def count(key: str) -> int:
    """1-based invocation number of `key` (e.g. `dev:up`), kept across processes."""
    with state_lock():
        path = HOME / "counters.json"
        counters = json.loads(path.read_text()) if path.is_file() else {}
        counters[key] = counters.get(key, 0) + 1
        path.write_text(json.dumps(counters))
        return counters[key]


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def marker(text: str) -> None:
    """Progress markers tests wait on (`up-start dev 3`)."""
    with open(HOME / "markers.log", "a") as fh:
        fh.write(text + "\n")


# -- project and stack config files ---------------------------------------------------------------


def short(stack: str) -> str:
    return stack.rsplit("/", 1)[-1]


def default_config_path(stack: str) -> Path:
    project = yaml.safe_load((Path.cwd() / "Pulumi.yaml").read_text()) or {}
    config_dir = project.get("stackConfigDir") or "."
    return Path.cwd() / config_dir / f"Pulumi.{short(stack)}.yaml"


def config_path(stack: str, values: dict[str, list[str]]) -> Path:
    given = one(values, "--config-file")
    return Path(given) if given else default_config_path(stack)


def read_config_doc(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        return yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise CliExit(255, f"error: could not load stack config file {path}: {exc}")


def write_config_doc(path: Path, doc: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def is_secure(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"secure"}


def cli_value(value: Any) -> tuple[str, bool]:
    """How the CLI reports a config value: objects as JSON text, scalars as text, secure as secret."""
    if is_secure(value):
        return "[secret]", True
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":")), False
    if isinstance(value, bool):
        return "true" if value else "false", False
    return str(value), False


def path_typed(text: str) -> Any:
    """What `config set --path` stores: true/false as booleans, integers as numbers."""
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"-?[1-9][0-9]*|0", text):
        return int(text)
    return text


def parent(cfg: dict[str, Any], key: str, use_path: bool) -> tuple[dict[str, Any], str]:
    """The mapping that holds `key` (with `--path`, `loom:triton.canary.weight` walks into objects,
    creating them) and the key inside it."""
    if not use_path:
        return cfg, key
    top, _, rest = key.partition(".")
    parts = [top, *rest.split(".")] if rest else [top]
    node = cfg
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    return node, parts[-1]


def require_stack(values: dict[str, list[str]]) -> tuple[str, dict[str, Any]]:
    name = one(values, "--stack", "-s")
    if not name:
        raise CliExit(255, "error: no stack selected; please use `pulumi stack select` to choose one")
    data = load_stack(name)
    if data is None:
        raise CliExit(255, f"error: no stack named '{name}' found")
    return name, data


# -- commands ------------------------------------------------------------------------------------


def cmd_stack(pos: list[str], values, bools) -> str:
    sub = pos[1] if len(pos) > 1 else ""
    if sub == "select":
        name = one(values, "--stack", "-s") or (pos[2] if len(pos) > 2 else "")
        if load_stack(name) is None:
            raise CliExit(255, f"error: no stack named '{name}' found")
        return ""
    if sub == "init":
        name = pos[2] if len(pos) > 2 else one(values, "--stack", "-s") or ""
        if load_stack(name) is not None:
            raise CliExit(255, f"error: stack '{name}' already exists")
        provider = one(values, "--secrets-provider") or "default"
        scheme = provider.split("://", 1)[0] if "://" in provider else provider
        if scheme not in ("default", "passphrase", "awskms", "gcpkms", "azurekeyvault", "hashivault"):
            raise CliExit(255, f"error: unknown secrets provider type '{scheme}'")
        doc_path = default_config_path(name)
        doc = read_config_doc(doc_path)
        if scheme == "passphrase":
            if not (os.environ.get("PULUMI_CONFIG_PASSPHRASE") or os.environ.get("PULUMI_CONFIG_PASSPHRASE_FILE")):
                raise CliExit(255, "error: passphrase must be set with PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE environment variables")
            doc.setdefault("encryptionsalt", "v1:fake-salt:v1:fake")
            write_config_doc(doc_path, doc)
        elif scheme != "default":
            doc = {"secretsprovider": provider, "encryptedkey": "ZmFrZS1lbmNyeXB0ZWQta2V5", **{k: v for k, v in doc.items() if k not in ("secretsprovider", "encryptedkey")}}
            write_config_doc(doc_path, doc)
        save_stack({"name": name, "secretsProvider": provider, "tags": {}, "history": [], "outputs": {}, "resources": 0, "deployedConfig": None})
        return f"Created stack '{name}'"
    if sub == "ls":
        out = []
        for path in sorted((HOME / "stacks").glob("*.json")):
            data = json.loads(path.read_text())
            out.append({"name": data["name"], "current": False, "updateInProgress": lock_path(data["name"]).exists(), "resourceCount": data["resources"]})
        return json.dumps(out)
    name, data = require_stack(values)
    if sub == "history":
        history = data["history"]
        if one(values, "--page-size"):
            size, page = int(one(values, "--page-size") or 0), int(one(values, "--page") or 1)
            history = history[(page - 1) * size : page * size]
        show = "--show-secrets" in bools
        entries = []
        for entry in history:
            cfg = {}
            for key, item in entry["config"].items():
                cfg[key] = {"secret": item["secret"]} if item["secret"] and not show else dict(item)
            entries.append({**entry, "config": cfg})
        return json.dumps(entries, indent=2)
    if sub == "output":
        show = "--show-secrets" in bools
        return json.dumps({k: (v["value"] if show or not v["secret"] else "[secret]") for k, v in data["outputs"].items()})
    if sub == "tag":
        action = pos[2] if len(pos) > 2 else ""
        if action == "ls":
            return json.dumps(data["tags"])
        if action == "set":
            if len(pos[4]) > 256:
                raise CliExit(255, f"error: stack tag \"{pos[3]}\" value is too long (max length 256 characters)")
            data["tags"][pos[3]] = pos[4]
        elif action == "rm":
            data["tags"].pop(pos[3], None)
        elif action == "get":
            if pos[3] not in data["tags"]:
                raise CliExit(255, f"error: stack tag '{pos[3]}' not found for stack '{name}'")
            return data["tags"][pos[3]]
        save_stack(data)
        return ""
    raise CliExit(255, f"error: unknown command \"stack {sub}\" for \"pulumi\"")


def cmd_config(pos: list[str], values, bools) -> str:
    name, _ = require_stack(values)
    path = config_path(name, values)
    doc = read_config_doc(path)
    cfg = doc.setdefault("config", {}) if isinstance(doc, dict) else {}
    sub = pos[1] if len(pos) > 1 else ""
    use_path = "--path" in bools

    def lookup(key: str) -> Any:
        if not use_path:
            if key not in cfg:
                raise KeyError(key)
            return cfg[key]
        top, _, rest = key.partition(".")
        node = cfg[top]
        for part in rest.split(".") if rest else []:
            node = node[part]
        return node

    if sub == "" and "--json" in bools:
        show = "--show-secrets" in bools
        out = {}
        for key, value in cfg.items():
            text, secret = cli_value(value)
            out[key] = {"value": text, "secret": secret} if (show or not secret) else {"secret": True}
            if isinstance(value, (dict, list)):
                out[key]["objectValue"] = value
        return json.dumps(out)
    if sub == "get":
        key = pos[2]
        try:
            value = lookup(key)
        except (KeyError, TypeError):
            raise CliExit(255, f"error: configuration key '{key}' not found for stack '{short(name)}'") from None
        text, secret = cli_value(value)
        return json.dumps({"value": text, "secret": secret}) if "--json" in bools else text
    if sub in ("set", "set-all"):
        pairs = [(pos[2], pos[3])] if sub == "set" else [tuple(item.split("=", 1)) for flag in ("--plaintext", "--secret") for item in values.get(flag, [])]
        for key, text in pairs:
            node, leaf = parent(cfg, key, use_path)
            node[leaf] = path_typed(text) if use_path else text
        write_config_doc(path, doc)
        return ""
    if sub in ("rm", "rm-all"):
        for key in pos[2:]:
            node, leaf = parent(cfg, key, use_path)
            node.pop(leaf, None)
        write_config_doc(path, doc)
        return ""
    raise CliExit(255, f"error: unknown command \"config {sub}\" for \"pulumi\"")


# -- locks ---------------------------------------------------------------------------------------


def lock_path(stack: str) -> Path:
    return HOME / "locks" / (stack.replace("/", "__") + ".json")


def lock_held(stack: str) -> dict[str, Any] | None:
    path = lock_path(stack)
    if not path.is_file():
        return None
    try:
        lock = json.loads(path.read_text())
    except ValueError:
        return None
    if lock.get("expires") is not None and lock["expires"] < time.time():
        path.unlink(missing_ok=True)  # another process's update finished
        return None
    return lock


def locked_error(stack: str, lock: dict[str, Any]) -> CliExit:
    where = f"file://{lock_path(stack)}"
    return CliExit(
        255,
        "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) to end "
        "or delete the lock file with `pulumi cancel`.\n"
        f"  {where}: created by {lock.get('owner', 'ci@runner')} (pid {lock.get('pid', 0)}) at {lock.get('at', now_iso())}",
    )


def acquire(stack: str) -> None:
    with state_lock():
        held = lock_held(stack)
        if held is not None:
            raise locked_error(stack, held)
        path = lock_path(stack)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"pid": os.getpid(), "owner": "loom@fake", "at": now_iso(), "expires": None, "id": str(uuid.uuid4())}))


def release(stack: str) -> None:
    lock_path(stack).unlink(missing_ok=True)


# -- engine events --------------------------------------------------------------------------------


class Events:
    """The engine event stream: JSON lines to a file, or the gRPC `Events` service (CLI > 3.205)."""

    def __init__(self, target: str | None) -> None:
        self.target = target
        self.buffer: list[dict[str, Any]] = []
        self.sequence = 0

    def emit(self, **payload: Any) -> None:
        self.sequence += 1
        event = {"sequence": self.sequence, "timestamp": int(time.time()), **payload}
        if self.target and not self.target.startswith("tcp://"):
            with open(self.target, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(event) + "\n")
        else:
            self.buffer.append(event)

    def close(self) -> None:
        if not self.target or not self.target.startswith("tcp://") or not self.buffer:
            return
        import grpc
        from pulumi.runtime.proto import events_pb2, events_pb2_grpc

        with grpc.insecure_channel(self.target[len("tcp://") :]) as channel:
            stub = events_pb2_grpc.EventsStub(channel)
            stub.StreamEvents(iter([events_pb2.EventRequest(event=json.dumps(e)) for e in self.buffer]), timeout=10)


# -- engine operations ----------------------------------------------------------------------------

_signals: list[int] = []


def _on_signal(signum, frame) -> None:  # noqa: ARG001 (signal API)
    _signals.append(signum)


def config_snapshot(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for key, value in (doc.get("config") or {}).items():
        text, secret = cli_value(value)
        out[key] = {"value": text, "secret": secret}
    return out


def digest(doc: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(doc.get("config") or {}, sort_keys=True).encode()).hexdigest()


def changes_between(old: dict[str, Any] | None, new: dict[str, Any], kind: str) -> dict[str, int]:
    if kind == "destroy":
        return {"delete": BASE_RESOURCES}
    if old is None:
        return {"create": BASE_RESOURCES}
    changed = sum(1 for key in set(old) | set(new) if old.get(key) != new.get(key))
    return {k: v for k, v in {"update": changed, "same": BASE_RESOURCES - changed}.items() if v}


def fail_rule(stack: str, cmd: str, n: int) -> dict[str, Any] | None:
    for rule in script().get("fail", []):
        if rule.get("cmd") == cmd and (rule.get("on") == "all" or n in rule.get("on", [])):
            if rule.get("stack") in (None, stack, short(stack)):
                return rule
    return None


def op_seconds(kind: str, n: int) -> float:
    """`op_seconds`: {"up": 2.0} for every up, or {"up": {"2": 30, "default": 0.1}} per invocation."""
    given = script().get("op_seconds", {}).get(kind, 0.0)
    if isinstance(given, dict):
        given = given.get(str(n), given.get("default", 0.0))
    return float(given)


def kill_parent_rule(cmd: str, n: int) -> dict[str, Any] | None:
    rule = script().get("kill_parent")
    if rule and rule.get("cmd") == cmd and n in rule.get("on", []):
        return rule
    return None


def engine(kind: str, values, bools, out) -> int:
    """preview | up | refresh | destroy."""
    name, data = require_stack(values)
    n = count(f"{name}:{kind}")
    rule = fail_rule(name, kind, n)
    if rule is not None and rule.get("locked"):  # another process's update holds the lock right now
        raise locked_error(name, {"owner": "ci@runner-7", "pid": 4242})
    path = config_path(name, values)
    doc = read_config_doc(path)
    if not doc.get("config"):
        raise CliExit(255, f"error: stack configuration file {path} has no config (the stand-in refuses to run an empty program)")
    packs, pack_configs = values.get("--policy-pack", []), values.get("--policy-pack-config", [])
    if len(pack_configs) > len(packs):
        raise CliExit(255, "error: the number of --policy-pack-config flags must not exceed the number of --policy-pack flags")
    for cfg in pack_configs:
        if not Path(cfg).is_file():
            raise CliExit(255, f"error: could not read policy pack config {cfg}: no such file")
    plan = one(values, "--plan")
    if plan is not None:
        saved = json.loads(Path(plan).read_text())
        if saved.get("config") != digest(doc):
            raise CliExit(255, "error: the update plan does not match this update: the stack configuration changed after `pulumi preview --save-plan`")
    held = lock_held(name)
    if held is not None:
        raise locked_error(name, held)
    mutating = kind != "preview"
    if mutating:
        acquire(name)
    events = Events(one(values, "--event-log"))
    events.emit(preludeEvent={"config": {k: v["value"] for k, v in config_snapshot(doc).items() if not v["secret"]}})
    verb = {"preview": "Previewing update", "up": "Updating", "refresh": "Refreshing", "destroy": "Destroying"}[kind]
    out(f"{verb} ({name})")
    out("")
    out(f"     Type                 Name      Status")
    out(f"     pulumi:pulumi:Stack  loom-{short(name)}  running")
    # The handlers go in before the marker: a test that signals on seeing the marker must find the
    # operation interruptible (installed after it, a loaded machine let SIGINT kill the stand-in first).
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _on_signal)
    marker(f"{kind}-start {short(name)} {n}")
    killer = kill_parent_rule(kind, n)
    if killer and killer.get("when") == "during":
        os.kill(os.getppid(), signal.SIGKILL)
    started, seconds = time.time(), op_seconds(kind, n)
    while time.time() - started < seconds and not _signals:
        time.sleep(0.02)
    changes = changes_between(data.get("deployedConfig"), doc.get("config") or {}, kind)
    if _signals:
        return interrupted(name, data, kind, doc, values, events, out)
    if rule is not None:
        for line in (rule.get("stdout") or "").splitlines():
            out(line)
        events.emit(cancelEvent={})
        events.close()
        if mutating:
            record_update(name, kind, doc, values, "failed", changes)
            release(name)
        raise CliExit(int(rule.get("code", 255)), rule.get("stderr") or f"error: {kind} failed")
    if "--expect-no-changes" in bools and any(k != "same" for k in changes):
        if mutating:
            record_update(name, kind, doc, values, "failed", changes)
            release(name)
        events.emit(summaryEvent={"maybeCorrupt": False, "durationSeconds": 1, "resourceChanges": changes, "PolicyPacks": {}})
        events.emit(cancelEvent={})
        events.close()
        what = "proposed by this preview" if kind == "preview" else "occurred"
        raise CliExit(255, f"error: no changes were expected but changes were {what}")
    for op, number in changes.items():
        if op != "same":
            events.emit(resourcePreEvent={"metadata": {"op": op, "urn": f"urn:pulumi:{short(name)}::loom::fake:resource::r{number}", "type": "fake:resource", "provider": ""}})
    events.emit(summaryEvent={"maybeCorrupt": False, "durationSeconds": 1, "resourceChanges": changes, "PolicyPacks": {p: "0.1.0" for p in packs}})
    events.emit(cancelEvent={})
    events.close()
    out("")
    out("Resources:")
    for op, number in changes.items():
        out(f"    {number} {op}")
    out("")
    out("Duration: 1s")
    save = one(values, "--save-plan")
    if save:
        Path(save).write_text(json.dumps({"config": digest(doc)}))
    if mutating:
        data = record_update(name, kind, doc, values, "succeeded", changes)
        release(name)
    if killer and killer.get("when", "after") == "after":
        os.kill(os.getppid(), signal.SIGKILL)
    return 0


def interrupted(name, data, kind, doc, values, events, out) -> int:
    out("^C received; cancelling. If you would like to terminate immediately, press ^C again.")
    if kind != "preview":
        out("Note that terminating immediately may lead to orphaned resources and other inconsistencies.")
    keep = float(script().get("sigint_keep_lock_s", 0.0))
    began = time.time()
    seen = len(_signals)
    while time.time() - began < keep:
        if len(_signals) > seen:
            out("^C received; terminating")
            os._exit(255)  # the lock stays, as it does when a CLI is killed
        time.sleep(0.02)
    if kind != "preview":
        record_update(name, kind, doc, values, "failed", {})
        release(name)
    events.emit(cancelEvent={})
    events.close()
    raise CliExit(255, "error: update canceled")


def record_update(name, kind, doc, values, result, changes) -> dict[str, Any]:
    with state_lock():
        data = load_stack(name) or {}
        version = (data["history"][0]["version"] + 1) if data.get("history") else 1
        entry = {
            "version": version,
            "kind": {"up": "update"}.get(kind, kind),  # apitype.UpdateKind: update, refresh, destroy...
            "startTime": now_iso(),
            "endTime": now_iso(),
            "message": one(values, "--message", "-m") or "",
            "environment": {"exec.kind": one(values, "--exec-kind") or "cli"},
            "config": config_snapshot(doc),
            "result": result,
            "resourceChanges": changes,
        }
        data["history"].insert(0, entry)
        if result == "succeeded":
            if kind == "destroy":
                data["deployedConfig"], data["resources"], data["outputs"] = None, 0, {}
            else:
                data["deployedConfig"] = doc.get("config") or {}
                data["resources"] = BASE_RESOURCES
                outputs = script().get("outputs") or {"environment": short(name), "contract_version": "1.0"}
                data["outputs"] = {k: {"value": v, "secret": False} for k, v in outputs.items()}
        save_stack(data)
        return data


def cmd_cancel(values) -> str:
    name = one(values, "--stack", "-s")
    if not name or load_stack(name) is None:
        raise CliExit(255, f"error: no stack named '{name}' found")
    if not lock_path(name).exists():
        raise CliExit(255, f"error: stack '{name}' has no update in progress")
    release(name)
    return f"The currently running update for '{name}' has been canceled!"


# -- main ----------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    pos, values, bools = parse(argv)
    stdout: list[str] = []

    def out(line: str) -> None:
        stdout.append(line)
        try:
            print(line, flush=True)
        except BrokenPipeError:
            # Whoever ran the CLI is gone: a Go CLI dies of SIGPIPE at its next write, whatever it
            # holds (the stack lock stays behind).
            os._exit(141)

    record: dict[str, Any] = {
        "argv": argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "pid": os.getpid(),
        "ppid": os.getppid(),
        "sid": os.getsid(0),
        "start": time.time(),
        "files": {},
    }
    for flag in ("--config-file", "--policy-pack-config", "--plan"):
        for path in values.get(flag, []):
            try:
                record["files"][path] = Path(path).read_text()
            except OSError:
                record["files"][path] = None
    code = 0
    try:
        command = pos[0] if pos else ""
        if command in ("stack", "config") and len(pos) > 1:
            key = f"{command} {pos[1]}"
        else:
            key = command
        if command not in ("preview", "up", "refresh", "destroy", "version"):
            stack = one(values, "--stack", "-s") or ""
            rule = fail_rule(stack, key, count(f"{stack}:{key}")) or fail_rule(stack, command, count(f"{stack}:{command}"))
            if rule is not None:
                raise CliExit(int(rule.get("code", 255)), rule.get("stderr") or f"error: {key} failed")
        if command == "version":
            out(f"v{VERSION}")
        elif command == "whoami":
            out(json.dumps({"user": "loom-ci", "url": f"file://{HOME}", "organizations": []}) if "--json" in bools else "loom-ci")
        elif command == "stack":
            text = cmd_stack(pos, values, bools)
            if text:
                out(text)
        elif command == "config":
            text = cmd_config(pos, values, bools)
            if text:
                out(text)
        elif command in ("preview", "up", "refresh", "destroy"):
            code = engine(command, values, bools, out)
        elif command == "cancel":
            out(cmd_cancel(values))
        else:
            raise CliExit(255, f"error: unknown command \"{command}\" for \"pulumi\"")
    except CliExit as exc:
        code = exc.code
        if exc.stderr:
            print(exc.stderr, file=sys.stderr, flush=True)
        record["stderr"] = exc.stderr
    record.update(code=code, end=time.time())
    with state_lock():
        with open(HOME / "calls.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
