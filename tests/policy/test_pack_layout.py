"""The pack stands alone (imports only pulumi_policy, the stdlib and itself) and its documentation
is generated from its own metadata."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from loom.policycheck.docs import DOC, current_doc, render_table
from components.kube.reference import parse_source

PACK = Path(__file__).resolve().parents[2] / "policy"
CONCERNS = {"mesh", "workloads", "network", "secrets", "storage", "databases", "clusters", "residency"}
ALLOWED_TOP = {"pulumi_policy", "loom_policy", "yaml"} | set(sys.stdlib_module_names)  # yaml: pyyaml, a pulumi dependency


def test_pack_imports_nothing_of_the_repository():
    offenders = []
    for path in [PACK / "__main__.py", *(PACK / "loom_policy").rglob("*.py")]:
        for node in ast.walk(parse_source(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__":
                names = ["__import__"]
            offenders += [f"{path.relative_to(PACK)}: {n}" for n in names if n.split(".")[0] not in ALLOWED_TOP]
    assert not offenders


def test_pack_has_its_own_requirements_and_yaml():
    reqs = (PACK / "requirements.txt").read_text()
    assert "pulumi-policy" in reqs
    assert "runtime:" in (PACK / "PulumiPolicy.yaml").read_text()


def test_per_stack_configs_are_valid_for_the_pack(policy_session):
    from tests.policy import builders as b

    for f in sorted((PACK / "config").glob("*.json")):
        json.loads(f.read_text())
        policy_session.check([b.stack()], stack=f.stem, policy_config=str(f))  # raises on any invalid key


def test_rule_table_in_docs_is_current(policy_session):
    text = DOC.read_text()
    assert current_doc(render_table(policy_session.policies), text) == text, \
        "docs/policy.md is stale: run python -m loom.policycheck.docs"


def test_every_rule_declares_severity_concern_and_fix(policy_session):
    for p in policy_session.policies:
        assert p.severity in {"low", "medium", "high", "critical"}, p.name
        assert p.tags and p.tags[0] in CONCERNS, p.name
        assert p.enforcement_level in {"advisory", "mandatory"}, p.name
        assert p.description.endswith("."), p.name
