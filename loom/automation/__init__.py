"""Loom's platform tooling over the Pulumi Automation API.

    from loom.automation import PulumiWorkspace, StackOps, Project
    ops = StackOps(PulumiWorkspace(Project.load()))
    ops.preview("aws")          # with the CrossGuard pack attached
    ops.up("aws", message="...") # refused when `loom policy check` finds a mandatory violation

`Rollout` moves a model version through canary steps with gates (loom/automation/rollout.py).
Everything below talks to a `Workspace` protocol; only `PulumiWorkspace` needs the Pulumi CLI.
"""

from loom.automation.gates import GateThresholds, PrometheusSource, TritonEndpointSource
from loom.automation.operations import PolicyRefused, StackOps
from loom.automation.policy import PolicyVerdict, check_stack_policies
from loom.automation.project import Project, qualified_stack_name
from loom.automation.rollout import Rollout, RolloutPlan, RolloutReport
from loom.automation.workspace import OperationResult, OutputItem, PulumiWorkspace, StackHandle, Workspace

__all__ = [
    "GateThresholds",
    "OperationResult",
    "OutputItem",
    "PolicyRefused",
    "PolicyVerdict",
    "Project",
    "PrometheusSource",
    "PulumiWorkspace",
    "Rollout",
    "RolloutPlan",
    "RolloutReport",
    "StackHandle",
    "StackOps",
    "TritonEndpointSource",
    "Workspace",
    "check_stack_policies",
    "qualified_stack_name",
]
