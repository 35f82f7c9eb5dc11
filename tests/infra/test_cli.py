"""`loom preview` on bad input: exit 2, one line `error: ...`, no traceback, nothing written."""

from __future__ import annotations

import json

import pytest
import yaml

from loom.cli import main
from loom.preview import read_stack_file


def run_cli(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    out = capsys.readouterr()
    return info.value.code, out.out, out.err


def _write(tmp_path, name, cfg) -> str:
    p = tmp_path / name
    p.write_text(yaml.safe_dump({"config": cfg}, sort_keys=False))
    return str(p)


@pytest.mark.parametrize(
    "case",
    ["bad-yaml", "missing-key", "invalid-value", "unknown-key"],
)
def test_bad_input_exits_2_with_one_line(case, tmp_path, capsys):
    cfg = read_stack_file("aws").config
    if case == "bad-yaml":
        path = tmp_path / "Pulumi.bad.yaml"
        path.write_text("config:\n  loom:environment: aws\n  loom:triton: {image: [\n")
        path = str(path)
    elif case == "missing-key":
        cfg = {k: v for k, v in cfg.items() if k != "loom:cloud"}
        path = _write(tmp_path, "Pulumi.bad.yaml", cfg)
    elif case == "invalid-value":
        cfg = {**cfg, "loom:triton": {**cfg["loom:triton"], "canary": {"enabled": True, "weight": 250}}}
        path = _write(tmp_path, "Pulumi.bad.yaml", cfg)
    else:
        cfg = {**cfg, "loom:milvs": {"mode": "cluster"}}
        path = _write(tmp_path, "Pulumi.bad.yaml", cfg)
    out_json = tmp_path / "graph.json"
    code, out, err = run_cli(["preview", "--config-file", path, "--json", str(out_json)], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "Pulumi.bad.yaml" in lines[0]
    assert "Traceback" not in err + out
    assert not out_json.exists()


def test_unknown_stack_lists_the_available_ones(capsys):
    code, _, err = run_cli(["preview", "--stack", "prod"], capsys)
    assert code == 2
    assert "available: aws, azure, dev, edge, gcp, onprem" in err


def test_preview_writes_the_json_contract(tmp_path, capsys):
    out_json = tmp_path / "aws.json"
    code, out, err = run_cli(["preview", "--stack", "aws", "--json", str(out_json), "-q", "--no-checks"], capsys)
    assert code == 0, err
    data = json.loads(out_json.read_text())
    assert set(data) == {"stack", "project", "resources"}
    assert data["stack"] == "aws" and data["project"] == "loom"
    assert {"urn", "type", "name", "parent", "provider", "inputs"} == set(data["resources"][0])
    assert "resources in stack aws" in out


def test_preview_reports_every_finding_and_exits_1(tmp_path, capsys):
    """The offline checks run by default: findings in the human output and in --json, exit status 1.
    An edge node declared with 1 CPU cannot hold the platform, whatever else gets fixed."""
    cfg = read_stack_file("edge").config
    cfg["loom:existing"] = {**cfg["loom:existing"], "nodePools": {"site": {"count": 1, "cpu": "1", "memory": "32Gi"}}}
    path = _write(tmp_path, "Pulumi.tiny.yaml", cfg)
    out_json = tmp_path / "tiny.json"
    code, out, err = run_cli(["preview", "--config-file", path, "--json", str(out_json), "-q"], capsys)
    assert code == 1, err
    data = json.loads(out_json.read_text())
    assert set(data) == {"stack", "project", "resources", "findings"}
    assert data["findings"] and set(data["findings"][0]) == {"check", "resource", "message", "setting"}
    tiny = [f for f in data["findings"] if f["check"] == "scheduling" and "CPU asked, 1 CPU offered" in f["message"]]
    assert tiny and tiny[0]["setting"] == "loom:existing.nodePools.site.count"
    assert f"{len(data['findings'])} finding(s) in stack tiny" in out
    for f in data["findings"]:
        assert f["resource"].rsplit("::", 1)[-1] in out
    assert "Traceback" not in out + err


def test_a_canary_the_gpu_pool_cannot_hold_fails_preview_with_one_line(tmp_path, capsys):
    """Issue 10: "Stack settings that cannot fit (for example a canary on a GPU pool whose maximum is too small) fail
    `loom preview` with one clear error naming the setting and the numbers". gcp at rest (canary off), but a rollout
    would run 3 canary pods: 6 stable (HPA maximum) + 3 canary + one surge pod per track = 11 GPUs > 3 nodes x 3 zones."""
    cfg = read_stack_file("gcp").config
    cfg["loom:triton"] = {**cfg["loom:triton"], "canary": {**cfg["loom:triton"]["canary"], "replicas": 3}}
    assert cfg["loom:triton"]["canary"]["enabled"] is False  # at rest: the check plans for the rollout anyway
    path = _write(tmp_path, "Pulumi.gcp.yaml", cfg)
    code, out, err = run_cli(["preview", "--config-file", path, "-q"], capsys)
    assert code == 1, err
    lines = [line for line in out.splitlines() if line.startswith("  [")]
    assert len(lines) == 1, out
    line = lines[0]
    assert line.startswith("  [scheduling] kubernetes:apps/v1:Deployment::loom-gcp-triton-")
    assert "11 nvidia.com/gpu asked at peak, 9 nvidia.com/gpu offered" in line
    assert "triton-canary 3 x 1 nvidia.com/gpu (loom.io/peak-replicas)" in line
    assert line.endswith("(setting loom:gcp.gpuMaxNodes)") and "loom:triton.canary.replicas" in line
    assert "1 finding(s) in stack gcp" in out and "Traceback" not in out + err
    # The shipped file fits: the same preview without the change finds nothing.
    code, out, _ = run_cli(["preview", "--stack", "gcp", "-q"], capsys)
    assert code == 0 and "nothing found in stack gcp" in out
