"""The same pack under the real Pulumi CLI (`pulumi preview --policy-pack policy`). Needs the CLI (and,
the first time, network access to fetch the kubernetes provider plugin); skipped where it is absent.
The program renders to YAML (renderYamlToDirectory), so no cluster and no cloud credentials are needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from loom.policycheck import DEFAULT_PACK_DIR

pytestmark = [
    pytest.mark.needs_pulumi_cli,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pulumi") is None, reason="the Pulumi CLI is not on PATH"),
]


def _run(args, cwd, env):
    return subprocess.run(["pulumi", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_pulumi_preview_with_the_pack_blocks_a_bare_pod(tmp_path):
    project = tmp_path / "prog"
    project.mkdir()
    (project / "Pulumi.yaml").write_text(textwrap.dedent(f"""\
        name: policy-cli-check
        runtime:
          name: python
          options:
            virtualenv: {Path(sys.prefix)}
        """))
    (project / "__main__.py").write_text(textwrap.dedent(f"""\
        import pulumi_kubernetes as k8s
        from pulumi import ResourceOptions
        p = k8s.Provider("render", render_yaml_to_directory={str(tmp_path / 'yaml')!r})
        k8s.core.v1.Pod("debug", metadata={{"name": "debug", "namespace": "loom-serving"}},
                        spec={{"containers": [{{"name": "c", "image": "nginx"}}]}},
                        opts=ResourceOptions(provider=p))
        """))
    env = dict(os.environ, PULUMI_BACKEND_URL=f"file://{tmp_path / 'state'}", PULUMI_CONFIG_PASSPHRASE="test",
               PULUMI_SKIP_UPDATE_CHECK="1")
    (tmp_path / "state").mkdir()
    assert _run(["stack", "init", "test", "--non-interactive"], project, env).returncode == 0
    proc = _run(["preview", "--non-interactive", "--policy-pack", str(DEFAULT_PACK_DIR)], project, env)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    for rule in ("no-bare-pods", "no-latest-tag", "pod-security-restricted"):
        assert rule in out, out
