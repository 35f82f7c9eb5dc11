"""One error type for bad arguments (`contract.errors.ArgumentError`), told apart from bugs by its
type: `loom preview` and the Pulumi program print one line naming the stack file, a bug keeps its
traceback, and a bad argument leaves nothing registered."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pulumi
import pytest
import yaml

from components.foundation import checks
from components.kube.validation import ComponentArgsError
from components.platform import Platform, PlatformArgsError
from contract.errors import ArgumentError, ConfigError, LoomError
from infra.config import parse
from infra.program import platform_args
from loom.cli import main as cli_main
from loom.preview import read_stack_file, run_preview, run_program, to_runtime_config

REPO = Path(__file__).resolve().parents[2]
SMALL_VPC = "10.40.0.0/26"
"""A CIDR the config layer accepts and the AWS foundation rejects (it needs a /20 for its subnets)."""
SMALL_VPC_LINE = "stacks/Pulumi.aws.yaml: args.vpc_cidr='10.40.0.0/26' is too small: a /20 or larger block is needed"


def _aws_file(tmp_path: Path, **aws: object) -> Path:
    doc = yaml.safe_load((REPO / "stacks" / "Pulumi.aws.yaml").read_text())
    doc["config"]["loom:aws"].update(aws)
    path = tmp_path / "Pulumi.aws.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def test_every_bad_argument_error_is_one_type():
    for error in (ComponentArgsError("x"), PlatformArgsError("x"), ConfigError("f", "k", 1, "y")):
        assert isinstance(error, ArgumentError) and isinstance(error, ValueError) and isinstance(error, LoomError)
    with pytest.raises(ArgumentError, match=r"spec.storage_gb=1 must be an integer in 2..3"):
        checks.check_range("spec.storage_gb", 1, 2, 3)


def test_located_names_the_file_once():
    assert str(ComponentArgsError("Triton: x = 1").located("stacks/Pulumi.aws.yaml")) == "stacks/Pulumi.aws.yaml: Triton: x = 1"
    config_error = ConfigError("stacks/Pulumi.gcp.yaml", "loom:cloud", "x", "aws")
    assert config_error.located("stacks/Pulumi.aws.yaml") is config_error


# --- loom preview -----------------------------------------------------------------------------


def test_a_foundation_argument_error_is_one_line_in_loom_preview(tmp_path, capsys):
    path = _aws_file(tmp_path, vpcCidr=SMALL_VPC)
    with pytest.raises(ArgumentError) as info:
        run_preview(config_file=path)
    assert str(info.value) == f"{path}: args.vpc_cidr='10.40.0.0/26' is too small: a /20 or larger block is needed"
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["preview", "--config-file", str(path), "-q", "--no-checks"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.strip().splitlines() == [f"error: {path}: args.vpc_cidr='10.40.0.0/26' is too small: a /20 or larger block is needed"]


def test_preview_tells_the_users_error_by_type_not_by_where_it_was_raised(monkeypatch):
    """An ArgumentError raised outside components/ is still the user's; a ValueError raised by a
    component that is not one is a bug and propagates unchanged."""
    import infra.program

    def rejects(settings):
        raise ArgumentError("loom:triton.models = [] is invalid; allowed: at least one model")

    monkeypatch.setattr(infra.program, "platform_args", rejects)
    with pytest.raises(ArgumentError, match=r"^stacks/Pulumi.dev.yaml: loom:triton.models = \[\] is invalid"):
        run_preview(stack="dev")

    def crashes(kubernetes_version):
        raise ValueError("invalid literal for int() with base 10: 'x'")

    monkeypatch.undo()
    monkeypatch.setattr(infra.program, "native_sidecars", crashes)
    with pytest.raises(ValueError) as info:
        run_preview(stack="dev")
    assert not isinstance(info.value, LoomError)


# --- the Pulumi program, as `pulumi up` runs it -----------------------------------------------


def _language_host(path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, str(REPO / "tests" / "infra" / "language_host.py"), str(path), *extra],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def test_a_bad_argument_under_pulumi_up_prints_one_line_and_no_traceback(tmp_path):
    run = _language_host(_aws_file(tmp_path, vpcCidr=SMALL_VPC))
    assert run.returncode == 1
    assert run.stderr.splitlines() == [f"error: {SMALL_VPC_LINE}"], run.stderr
    assert run.stdout == ""


def test_a_bug_under_pulumi_up_keeps_its_traceback(tmp_path):
    """The control: the same host shows a traceback for anything that is not a bad argument."""
    run = _language_host(_aws_file(tmp_path), "--bug")
    assert run.returncode == 1
    assert "Traceback (most recent call last)" in run.stderr and "KeyError: 'platform'" in run.stderr


# --- nothing half-made ------------------------------------------------------------------------


BAD = {
    "environment": (lambda a: dataclasses.replace(a, environment=""), PlatformArgsError, r"Platform: environment = ''"),
    "foundation": (lambda a: dataclasses.replace(a, foundation=dataclasses.replace(a.foundation, vpc_cidr=SMALL_VPC)),
                   ArgumentError, r"args.vpc_cidr='10.40.0.0/26' is too small"),
    "mesh": (lambda a: dataclasses.replace(a, mesh=dataclasses.replace(a.mesh, gateway_min_replicas=0)),
             ArgumentError, r"mesh.gatewayMinReplicas = 0"),
    "lake": (lambda a: dataclasses.replace(a, lake=dataclasses.replace(a.lake, collector_replicas=0)),
             ArgumentError, r"lake.collectorReplicas = 0"),
    "triton": (lambda a: dataclasses.replace(a, triton=dataclasses.replace(a.triton, canary=dataclasses.replace(a.triton.canary, weight=150))),
               ArgumentError, r"triton.canary.weight = 150"),
    "feedback": (lambda a: dataclasses.replace(a, feedback=dataclasses.replace(a.feedback, drift_threshold=0.0)),
                 ArgumentError, r"feedback.driftThreshold = 0.0"),
}


@pytest.fixture
def registrations(monkeypatch):
    """Every resource constructed, recorded as it is constructed (before any RPC is sent)."""
    seen: list[str] = []
    original = pulumi.Resource.__init__

    def record(self, t, name, *args, **kwargs):
        seen.append(f"{t}::{name}")
        original(self, t, name, *args, **kwargs)

    monkeypatch.setattr(pulumi.Resource, "__init__", record)
    return seen


def _build_platform(seen: list[str], breaks=lambda a: a):
    """Run the program's own steps under the preview's mock engine, recording from the Platform on."""
    sf = read_stack_file("aws")

    def program():
        args = breaks(platform_args(parse(sf.config, where=sf.where)))  # the program's wiring (the AWS provider) comes first
        seen.clear()
        Platform("loom-aws", args)

    run_program(program, stack=sf.stack, config=to_runtime_config(sf.config))


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_argument_raises_before_the_platform_registers_anything(case, registrations):
    breaks, error, message = BAD[case]
    with pytest.raises(error, match=message):
        _build_platform(registrations, breaks)
    assert registrations == []


def test_the_recorder_sees_a_registration(registrations):
    """The control for the test above: with good arguments the Platform registers itself first."""
    _build_platform(registrations)
    assert registrations[0] == "loom:platform:Platform::loom-aws" and len(registrations) > 50
