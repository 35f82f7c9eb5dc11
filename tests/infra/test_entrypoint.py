"""`infra/` runs as the Pulumi CLI runs it (Pulumi.yaml `main: infra/`): the directory's
`__main__.py`, with the directory itself first on sys.path."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pulumi
import pytest

from loom.preview import read_stack_file, run_program, run_preview, to_runtime_config

REPO = Path(__file__).resolve().parents[2]
INFRA = REPO / "infra"


def test_infra_directory_runs_like_the_cli_and_builds_the_same_graph():
    sf = read_stack_file("gcp")
    saved = list(sys.path)
    try:
        via_cli_path = run_program(
            lambda: runpy.run_path(str(INFRA), run_name="__main__"), stack="gcp", config=to_runtime_config(sf.config)
        )
    finally:
        sys.path[:] = saved
    assert via_cli_path.to_json() == run_preview(stack="gcp").to_json()
    assert via_cli_path.outputs["contract_version"] == "1.0"


def test_no_module_in_infra_shadows_the_standard_library():
    """The CLI puts infra/ first on sys.path: a `platform.py` there would break `import platform`."""
    names = {p.stem for p in INFRA.glob("*.py")} - {"__init__", "__main__"}
    assert not names & set(sys.stdlib_module_names)


def test_bad_setting_under_the_cli_path_names_the_stack_file():
    cfg = dict(read_stack_file("aws").config)
    cfg["loom:cloud"] = "oracle"
    # The CLI shows a RunError as its message alone, without a Python traceback.
    with pytest.raises(pulumi.RunError, match=r"^stacks/Pulumi.aws.yaml: loom:cloud = 'oracle'"):
        run_program(lambda: runpy.run_path(str(INFRA), run_name="__main__"), stack="aws", config=to_runtime_config(cfg))
    # ...and the runtime is left usable: the next preview in the same process works.
    assert run_preview(stack="dev").outputs["environment"] == "dev"


@pytest.mark.needs_pulumi_cli
@pytest.mark.skipif(shutil.which("pulumi") is None, reason="the Pulumi CLI is not on PATH (not installable on this machine)")
def test_pulumi_cli_preview_of_dev_stack(tmp_path):
    """With the CLI: a local backend and `pulumi preview` of the dev stack (needs the provider plugins
    and the kind cluster of stacks/Pulumi.dev.yaml: `kind create cluster --name loom`)."""
    env = {"PULUMI_BACKEND_URL": f"file://{tmp_path}", "PULUMI_CONFIG_PASSPHRASE": "loom-test", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    subprocess.run(["pulumi", "stack", "init", "dev", "--non-interactive"], cwd=REPO, env=env, check=True)
    out = subprocess.run(["pulumi", "preview", "--stack", "dev", "--non-interactive"], cwd=REPO, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
