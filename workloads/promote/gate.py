"""The gate between evaluation and promotion: only a challenger that won goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workloads.promote.transaction import Targets, promote
from workloads.retrain.evaluate import Decision, Heldout


def promote_if_won(
    decision: Decision,
    targets: Targets,
    challenger_version: str,
    challenger_dir: str,
    heldout: Heldout,
    **kwargs: Any,
) -> dict[str, Any]:
    """{"promoted": False, "reason"} without touching anything, or the promotion report."""
    if not decision.promote:
        return {"promoted": False, "reason": f"challenger {challenger_version} not promoted: {decision.reason}"}
    report = promote(targets, challenger_version, challenger_dir, heldout, champion_recall=decision.champion.recall_at_5, **kwargs)
    return {"promoted": True, "reason": decision.reason, **report.to_dict()}


def promote_generator_if_won(decision: Any, targets: Any, challenger_version: str, adapter: str | Path, heldout: list, **kwargs: Any) -> dict[str, Any]:
    """The same for the generator (a GeneratorDecision, workloads.promote.generator)."""
    from workloads.promote.generator import promote_generator

    if not decision.promote:
        return {"promoted": False, "reason": f"generator challenger {challenger_version} not promoted: {decision.reason}"}
    report = promote_generator(targets, challenger_version, adapter, heldout, **kwargs)
    return {"promoted": True, "reason": decision.reason, **report.to_dict()}
