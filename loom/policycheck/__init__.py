"""Run a CrossGuard pack exactly as the Pulumi CLI does, over the Analyzer gRPC protocol, against
a list of resources (the offline preview's graph), with no CLI and no cloud."""

from loom.policycheck.model import PolicyReport, Resource, Violation
from loom.policycheck.runner import DEFAULT_PACK_DIR, PolicySession, describe_pack, run_policy_check

__all__ = ["DEFAULT_PACK_DIR", "PolicyReport", "PolicySession", "Resource", "Violation", "describe_pack",
           "run_policy_check"]
