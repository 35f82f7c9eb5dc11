"""The CI workflows that drive stacks: what pull-request code may reach, that Azure's OIDC identity
reaches the provider, that the engine gets the pack's per-env config, and that the policy pack's
virtualenv is the one PulumiPolicy.yaml and the Makefile name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO_ROOT / ".github" / "workflows"


def load(name: str) -> dict:
    doc = yaml.safe_load((WORKFLOWS / name).read_text())
    doc["on"] = doc.pop(True, doc.get("on"))  # YAML 1.1 reads the key `on` as true
    return doc


def runs_on_pull_requests(job: dict) -> bool:
    condition = str(job.get("if", ""))
    return "pull_request" in condition.replace("!= 'pull_request'", "") or not condition


def runners(job: dict) -> list[str]:
    """Every runner label a job may get (its matrix expanded)."""
    runs_on = job.get("runs-on")
    labels: list = []
    if isinstance(runs_on, str) and "matrix." in runs_on:
        key = runs_on.split("matrix.")[1].strip(" }")
        for leg in job.get("strategy", {}).get("matrix", {}).get("include", []):
            labels += leg[key] if isinstance(leg[key], list) else [leg[key]]
    else:
        labels += runs_on if isinstance(runs_on, list) else [runs_on]
    return [str(label) for label in labels]


@pytest.mark.parametrize("name", ["deploy.yml", "policy.yml"])
def test_pull_request_code_never_runs_on_self_hosted_runners_or_with_identities_for_forks(name):
    doc = load(name)
    if "pull_request" not in (doc["on"] or {}):
        pytest.skip(f"{name} does not run on pull requests")
    for job_name, job in doc["jobs"].items():
        if not runs_on_pull_requests(job):
            continue
        assert not any("self-hosted" in label for label in runners(job)), f"{name}:{job_name} runs PR code on a self-hosted runner"
        if job.get("permissions", {}).get("id-token") == "write":
            assert "github.event.pull_request.head.repo.full_name == github.repository" in str(job.get("if")), (
                f"{name}:{job_name} hands an identity token to pull requests from forks"
            )
        secrets = re.findall(r"secrets\.([A-Z_]+)", yaml.safe_dump(job))
        assert set(secrets) <= {"PULUMI_PREVIEW_TOKEN"}, f"{name}:{job_name} gives PR code {secrets}"


def test_deployments_run_only_from_main_with_the_environments_protection():
    up = load("deploy.yml")["jobs"]["up"]
    assert "github.ref == 'refs/heads/main'" in up["if"] and "!= 'pull_request'" in up["if"]
    assert up["environment"] == "${{ matrix.env }}"
    assert up["strategy"]["max-parallel"] == 1 and up["strategy"]["fail-fast"] is True


@pytest.mark.parametrize("name", ["deploy.yml", "policy.yml"])
def test_azure_oidc_sets_client_tenant_and_subscription_for_the_provider(name):
    for job_name, job in load(name)["jobs"].items():
        logins = [s for s in job.get("steps", []) if str(s.get("uses", "")).startswith("azure/login")]
        if not logins:
            continue
        env = {**job.get("env", {})}
        for step in job["steps"]:
            if "loom stack" in str(step.get("run", "")) or "pulumi" in str(step.get("run", "")):
                env.update(step.get("env", {}))
        for key in ("ARM_USE_OIDC", "ARM_CLIENT_ID", "ARM_TENANT_ID", "ARM_SUBSCRIPTION_ID"):
            assert key in env, f"{name}:{job_name}: azure/login alone does not reach azure-native; {key} is missing"
        client = env["ARM_CLIENT_ID"]
        assert any(str(login["with"]["client-id"]).split(".")[-1].strip(" }") in client for login in logins), (
            f"{name}:{job_name}: ARM_CLIENT_ID {client} is not the identity azure/login uses"
        )


@pytest.mark.parametrize("name", ["deploy.yml", "policy.yml"])
def test_the_engine_runs_the_pack_through_loom_with_its_config(name):
    """Raw `pulumi preview --policy-pack` / pulumi/actions previews would run the pack without
    policy/config/<env>.json and deploy the checkout's rollout-owned settings: only `loom stack`."""
    for job_name, job in load(name)["jobs"].items():
        for step in job.get("steps", []):
            run = str(step.get("run", ""))
            assert not re.search(r"\bpulumi (preview|up)\b", run), f"{name}:{job_name} runs the CLI directly: {run}"
            if str(step.get("uses", "")).startswith("pulumi/actions"):
                assert "command" not in step.get("with", {}), f"{name}:{job_name}: pulumi/actions runs {step['with']['command']}"
            for command in re.findall(r"bin/loom stack (?:up|preview)[^\n]*", run):
                assert "--json" in command


def test_ci_deploys_wait_for_a_stack_lock_instead_of_failing():
    runs = [s.get("run", "") for s in load("deploy.yml")["jobs"]["up"]["steps"]]
    (up,) = [r for r in runs if "bin/loom stack up" in r]
    assert "--lock-wait" in up and "--yes" in up


def test_the_policy_pack_virtualenv_is_the_one_pulumipolicy_and_the_makefile_name():
    pack = yaml.safe_load((REPO_ROOT / "policy" / "PulumiPolicy.yaml").read_text())
    venv = pack["runtime"]["options"]["virtualenv"]
    assert f"POLICY_VENV  := policy/{venv}" in (REPO_ROOT / "Makefile").read_text()
    for workflow in WORKFLOWS.glob("*.yml"):
        text = workflow.read_text()
        for match in re.findall(r"policy/\.?venv\b", text):
            assert match == f"policy/{venv}", f"{workflow.name} uses {match}; PulumiPolicy.yaml says policy/{venv}"
