"""The locks (constraints.txt, policy/constraints.txt) are what the suite runs with, and they sit inside the
ranges pyproject.toml and policy/requirements.txt declare: a clean clone installs the tested point, never
what PyPI published since (pyarrow 26.0, which needs NumPy 2, broke a clean install on 2026-12-07)."""
from __future__ import annotations

import importlib.metadata as md
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.!+-]*)$")


def _lock(path: Path) -> dict[str, Version]:
    """name -> pinned version; every non-comment line must be one exact pin, each package once."""
    pins: dict[str, Version] = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _PIN.match(line.strip())
        assert match, f"{path.name}:{number}: not an exact `name==version` pin: {line!r}"
        name = canonicalize_name(match[1])
        assert name not in pins, f"{path.name}:{number}: {name} pinned twice"
        pins[name] = Version(match[2])
    return pins


def _inside(pins: dict[str, Version], requirements: list[Requirement], where: str) -> None:
    for req in requirements:
        if req.marker is not None and not req.marker.evaluate():
            continue
        name = canonicalize_name(req.name)
        assert name in pins, f"{where} needs {req.name} but the lock does not pin it"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"the lock pins {name}=={pins[name]}, outside {where}'s range {req.specifier}")


def _project_requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]]


def _policy_requirements() -> list[Requirement]:
    lines = (REPO / "policy" / "requirements.txt").read_text().splitlines()
    return [Requirement(line.split("#")[0]) for line in lines if line.split("#")[0].strip()]


def test_the_lock_pins_every_dependency_inside_the_ranges_pyproject_declares():
    _inside(_lock(REPO / "constraints.txt"), _project_requirements(), "pyproject.toml")


def test_the_policy_lock_pins_every_requirement_of_the_pack_inside_its_ranges():
    _inside(_lock(REPO / "policy" / "constraints.txt"), _policy_requirements(), "policy/requirements.txt")


def test_this_interpreter_runs_the_locked_versions():
    """The suite tests the lock, not a drifted venv: every locked package that is installed has its pin
    (a local label such as torch's `+cpu` is the same release)."""
    drift = {}
    for name, pinned in _lock(REPO / "constraints.txt").items():
        try:
            installed = Version(md.version(name))
        except md.PackageNotFoundError:
            continue
        if installed.public != pinned.public:
            drift[name] = (str(pinned), str(installed))
    assert drift == {}, f"installed versions differ from constraints.txt (pinned, installed): {drift}"


def test_the_packs_interpreter_runs_the_policy_lock():
    from loom.policycheck.pack import pack_python

    python = pack_python(REPO / "policy")
    if python == sys.executable:
        pytest.skip("policy/.venv is not built (`make install` builds it); the pack would run in this interpreter")
    code = "import importlib.metadata as md\nfor d in md.distributions(): print(d.metadata['Name'], d.version)"
    proc = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    installed = {canonicalize_name(n): Version(v) for n, v in (line.split() for line in proc.stdout.splitlines())}
    drift = {name: (str(pin), str(installed.get(name))) for name, pin in _lock(REPO / "policy" / "constraints.txt").items()
             if installed.get(name) != pin}
    assert drift == {}, f"policy/.venv differs from policy/constraints.txt (pinned, installed): {drift}"


def test_the_lock_keeps_pyarrow_and_numpy_compatible():
    """The failure the lock exists for: pyarrow from 26.0 refuses to import beside NumPy 1.x."""
    pins = _lock(REPO / "constraints.txt")
    assert pins["numpy"].major == 1
    assert pins["pyarrow"].major < 26


def test_a_line_that_is_not_an_exact_pin_is_refused_by_name(tmp_path):
    bad = tmp_path / "constraints.txt"
    bad.write_text("# header\nnumpy==1.26.4\npyarrow>=17\n")
    with pytest.raises(AssertionError, match=r"constraints.txt:3: not an exact"):
        _lock(bad)
    bad.write_text("numpy==1.26.4\nNumPy==1.26.4\n")
    with pytest.raises(AssertionError, match="pinned twice"):
        _lock(bad)


def test_the_installers_own_tools_are_locked_and_installed_with_the_lock():
    """pip, setuptools and wheel are upgraded before anything else is installed: unpinned, a pip released tomorrow
    would resolve a clean install differently from the one the suite passed with."""
    pins = _lock(REPO / "constraints.txt")
    assert {"pip", "setuptools", "wheel"} <= pins.keys()
    assert "pip" in _lock(REPO / "policy" / "constraints.txt")
    makefile = (REPO / "Makefile").read_text()
    upgrades = [line for line in makefile.splitlines() if "install" in line and "--upgrade pip" in line]
    assert len(upgrades) == 2 and all(" -c " in line and "constraints.txt" in line for line in upgrades), upgrades
