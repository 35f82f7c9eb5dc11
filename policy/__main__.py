"""Entry point the Pulumi CLI (and `loom policy check`) runs: `python -u -m pulumi.policy <engine> <packDir>`.

Starting the pack costs only the pulumi_policy import: the rules are plain functions over resource inputs.
"""

import os

from pulumi_policy import EnforcementLevel, PolicyPack

from loom_policy import ALL_POLICIES
from loom_policy._fast_inputs import install

if os.environ.get("LOOM_POLICY_PLAIN_SDK") != "1":  # "1": pulumi-policy unmodified (debugging, equivalence test)
    install()  # convert each resource's inputs once per request, not once per policy (see the module)

PolicyPack(
    name="loom",
    display_name="Loom platform guardrails",
    description="Strict mTLS, default-deny mesh, hardened workloads, encrypted private data stores, residency.",
    enforcement_level=EnforcementLevel.MANDATORY,
    policies=ALL_POLICIES,
    tags=["loom", "mesh", "data-governance"],
)
