"""The type checker is part of the suite: mypy (configured in pyproject.toml's [tool.mypy]) runs clean
over components/, infra/, loom/, workloads/ (and contract/), and over policy/ against the pack's own virtualenv (its
pulumi-policy lives only there). And every `# type: ignore` or `# noqa` left in them says why.

With its cache (.mypy_cache) a run takes seconds; a cold run (a clean clone) about a minute on
two cores, most of it in the Pulumi SDK and the libraries Loom imports (the provider SDKs, hundreds
of MB of generated code, are read as Any: pyproject.toml says why)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHECKED = [d for d in ("contract", "components", "infra", "loom", "workloads") if (REPO / d).is_dir()]
"""Every layer of ours but policy/ (checked against its own virtualenv); contract/ is the neutral leaf package."""
POLICY_PYTHON = REPO / "policy" / ".venv" / "bin" / "python"
TIMEOUT_S = 900

CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["mypy"]
NOT_YET_CHECKED = sorted(m for o in CONFIG.get("overrides", []) if o.get("ignore_errors") for m in o["module"])
"""Modules whose errors mypy does not report yet (pyproject.toml says why); named on every run."""


def _mypy(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S,
                          env={**os.environ, **(env or {})})


def _report(result: subprocess.CompletedProcess[str]) -> str:
    return (result.stdout + result.stderr)[-8000:]


def test_loom_packages_type_check():
    result = _mypy(*CHECKED)
    assert result.returncode == 0, f"mypy {' '.join(CHECKED)} (not yet checked: {', '.join(NOT_YET_CHECKED)}):\n{_report(result)}"
    assert "Success: no issues found" in result.stdout


@pytest.mark.skipif(not POLICY_PYTHON.exists(), reason="policy/.venv is created by `make install` (the pack's own virtualenv)")
def test_policy_pack_type_checks_against_its_own_virtualenv():
    result = _mypy("--python-executable", str(POLICY_PYTHON), "--cache-dir", str(REPO / ".mypy_cache" / "policy"),
                   "policy/__main__.py", "policy/loom_policy", env={"MYPYPATH": "policy"})
    assert result.returncode == 0, f"mypy policy/:\n{_report(result)}"
    assert "Success: no issues found" in result.stdout


# `# type: ignore[code]` or `# noqa[: CODES]`, then the reason: `  # why`, ` - why` or `  (why)`.
_IGNORE = re.compile(r"#\s*(?:type:\s*ignore(?P<codes>\[[^\]]*\])?|noqa(?::\s*[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)?)(?P<rest>.*)$")
_REASON = re.compile(r"^\s*(?:#|-|\()\s*\S.{4,}")


def _module(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts)


def _suppressions() -> list[tuple[str, int, str]]:
    found = []
    for top in [*CHECKED, "policy"]:
        for path in sorted((REPO / top).rglob("*.py")):
            if ".venv" in path.parts or _module(path) in NOT_YET_CHECKED:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if _IGNORE.search(line):
                    found.append((f"{path.relative_to(REPO)}:{number}", number, line))
    return found


def test_every_type_ignore_and_noqa_says_why():
    bare = []
    for where, _, line in _suppressions():
        m = _IGNORE.search(line)
        assert m is not None
        if "type:" in m.group(0) and not m.group("codes"):
            bare.append(f"{where}: a type: ignore names its error code(s): {line.strip()}")
        elif not _REASON.match(m.group("rest")):
            bare.append(f"{where}: say why after the comment (`  # why`, ` - why` or `  (why)`): {line.strip()}")
    assert not bare, "\n".join(bare)


@pytest.mark.parametrize(
    "line, ok",
    [
        ("x = f()  # type: ignore[arg-type]  # the SDK's stub is wrong here", True),
        ("x = f()  # type: ignore[arg-type]", False),
        ("x = f()  # type: ignore  # no code", False),
        ("import a  # noqa: F401  (re-exported)", True),
        ("import a  # noqa: PLC0415 - keeps `loom -h` fast", True),
        ("import a  # noqa: F401", False),
        ("import a  # noqa", False),
    ],
)
def test_the_reason_rule_itself(line, ok):
    m = _IGNORE.search(line)
    assert m is not None
    said_why = bool(m.group("codes") or "type:" not in m.group(0)) and bool(_REASON.match(m.group("rest")))
    assert said_why is ok


def test_the_not_yet_checked_list_names_real_modules():
    """A typo in the list would silently check nothing less: each entry must be a module of the repo."""
    for module in NOT_YET_CHECKED:
        assert (REPO / Path(*module.split(".")).with_suffix(".py")).is_file(), module
