"""The offline policy gate in front of `up`: one adapter over `loom policy check` (issue 3).

`loom policy check --stack ENV --format json` runs the CrossGuard pack over the offline preview
of `stacks/Pulumi.<env>.yaml` with no CLI and no cloud. Its interface is fixed by issue 3:
exit 0 with no mandatory violation, 1 with any, 2 on bad input, and JSON
`{"stack", "violations": [{"policy", "urn", "type", "message", "enforcementLevel", "severity"}],
"policies_evaluated"}`. It runs as a subprocess, so this module does not depend on how the check
is built inside and a crash in the pack cannot take the rollout's rollback down with it.

The check is given exactly what the engine is given: the settings file the update deploys
(`--config-file`, see deployed.py) and the env's policy config file (`--policy-config`, the same
file `pulumi up` gets as `--policy-pack-config`), so the offline verdict and the engine's can
never be computed over different settings or a different enforcement configuration.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Protocol

from loom.errors import LoomError

POLICY_CHECK_TIMEOUT_S = 600
"""Upper bound on one offline check (preview + analyzer); a hung pack must not hang a deployment."""


@dataclass(frozen=True)
class PolicyVerdict:
    """Result of the offline check: `passed` is False when any mandatory violation was found."""

    passed: bool
    violations: list[dict[str, Any]] = field(default_factory=list)
    policies_evaluated: int = 0

    @property
    def mandatory(self) -> list[dict[str, Any]]:
        return [v for v in self.violations if str(v.get("enforcementLevel", "")).lower() == "mandatory"]

    def summary(self) -> str:
        if self.passed:
            return f"{self.policies_evaluated} policies, no mandatory violation"
        names = sorted({str(v.get("policy", "?")) for v in self.mandatory}) or ["(unnamed)"]
        return f"{len(self.mandatory) or 'some'} mandatory violation(s): {', '.join(names)}"


class PolicyChecker(Protocol):
    """Checks one environment's settings file with its policy config; the orchestration takes one."""

    def __call__(self, env: str, *, settings_file: Optional[Path], policy_config: Optional[Path]) -> PolicyVerdict: ...


def policy_check_command(env: str, *, settings_file: Optional[Path] = None, policy_config: Optional[Path] = None) -> list[str]:
    """`loom policy check` over `settings_file` (else `--stack ENV`) with `policy_config`, as JSON."""
    cmd = [sys.executable, "-m", "loom.cli", "policy", "check"]
    cmd += ["--config-file", str(settings_file)] if settings_file else ["--stack", env]
    if policy_config is not None:
        cmd += ["--policy-config", str(policy_config)]
    return cmd + ["--format", "json"]


def check_stack_policies(
    env: str,
    *,
    repo_root: Path | None = None,
    settings_file: Optional[Path] = None,
    policy_config: Optional[Path] = None,
    timeout_s: float = POLICY_CHECK_TIMEOUT_S,
) -> PolicyVerdict:
    """Run `loom policy check ... --format json` and parse its verdict."""
    cmd = policy_check_command(env, settings_file=settings_file, policy_config=policy_config)
    try:
        proc = subprocess.run(cmd, cwd=repo_root, capture_output=True, text=True, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        raise LoomError(f"loom policy check for {env} did not finish within {timeout_s:.0f} s") from None
    return parse_policy_check(proc.returncode, proc.stdout, proc.stderr, env=env)


def parse_policy_check(returncode: int, stdout: str, stderr: str, *, env: str) -> PolicyVerdict:
    """Turn the check's exit code and JSON into a verdict; anything but 0/1 with JSON is an error."""
    if returncode not in (0, 1):
        detail = _last_line(stderr) or _last_line(stdout) or f"exit code {returncode}"
        raise LoomError(f"loom policy check --stack {env} could not run: {detail}")
    try:
        report = json.loads(stdout)
    except ValueError:
        raise LoomError(f"loom policy check --stack {env} printed no JSON report (exit {returncode}): {_last_line(stderr) or _last_line(stdout)!r}") from None
    violations = list(report.get("violations") or []) if isinstance(report, dict) else []
    evaluated = int(report.get("policies_evaluated") or 0) if isinstance(report, dict) else 0
    return PolicyVerdict(passed=returncode == 0, violations=violations, policies_evaluated=evaluated)


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    return lines[-1] if lines else ""
