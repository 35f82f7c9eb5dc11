"""Loom's platform tooling over the Pulumi Automation API.

    from loom.automation import PulumiWorkspace, StackOps, Project
    ops = StackOps(PulumiWorkspace(Project.load()))
    ops.preview("aws")          # with the CrossGuard pack and policy/config/aws.json attached
    ops.up("aws", message="...") # refused when `loom policy check` finds a mandatory violation

`Rollout` moves a model version through canary steps with gates, recorded with the stack so that
it can be resumed or aborted after a crash (loom/automation/rollout.py, record.py, deployed.py).
Everything below talks to a `Workspace` protocol; only `PulumiWorkspace` needs the Pulumi CLI.
"""

from loom.automation.deployed import DeployedState
from loom.automation.gates import GateThresholds, PrometheusSource, TritonEndpointSource
from loom.automation.operations import PolicyRefused, StackOps
from loom.automation.policy import PolicyVerdict, check_stack_policies
from loom.automation.project import Project, qualified_stack_name
from loom.automation.record import RolloutRecord
from loom.automation.rollout import Observation, Rollout, RolloutPlan, RolloutReport
from loom.automation.workspace import (
    OperationFailed,
    OperationResult,
    OutputItem,
    PulumiWorkspace,
    StackHandle,
    StackLocked,
    StateReadError,
    Streams,
    Workspace,
)

__all__ = [
    "DeployedState",
    "GateThresholds",
    "Observation",
    "OperationFailed",
    "OperationResult",
    "OutputItem",
    "PolicyRefused",
    "PolicyVerdict",
    "Project",
    "PrometheusSource",
    "PulumiWorkspace",
    "Rollout",
    "RolloutPlan",
    "RolloutRecord",
    "RolloutReport",
    "StackHandle",
    "StackLocked",
    "StackOps",
    "StateReadError",
    "Streams",
    "TritonEndpointSource",
    "Workspace",
    "check_stack_policies",
    "qualified_stack_name",
]
