"""Entry point the Pulumi CLI (and `loom policy check`) runs: `python -u -m pulumi.policy <engine> <packDir>`.

Starting the pack costs only the pulumi_policy import: the rules are plain functions over resource inputs.
"""

from pulumi_policy import EnforcementLevel, PolicyPack

from loom_policy import ALL_POLICIES

PolicyPack(
    name="loom",
    display_name="Loom platform guardrails",
    description="Strict mTLS, default-deny mesh, hardened workloads, encrypted private data stores, residency.",
    enforcement_level=EnforcementLevel.MANDATORY,
    policies=ALL_POLICIES,
    tags=["loom", "mesh", "data-governance"],
)
