"""The whole closed loop on a fresh local platform: time per stage, and the retrieval gain.

Starts the local platform in a temporary LOOM_HOME on free ports (the code behind
`loom up --detach`), runs `loom demo` (index, replay, drift, retrain, evaluate, promote), and
prints the time of each stage, the served retrieval quality (Triton embedder + Milvus alias)
on held-out queries before and after the promotion, the embedder's regression-set figures, and the
generator's held-out and regression-set figures (champion vs challenger) with its promotion. Stops everything it started.
Usage: .venv/bin/python bench/loop.py [--json] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import tempfile
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="loom-bench-loop-"))
    os.environ["LOOM_HOME"] = str(home)
    from loom.commands.loop_demo import run_demo
    from loom.local import platform
    from loom.local.ports import Ports
    from loom.output import emit_json, stdout_for_json_only

    settings = platform.LocalSettings(home=home, ports=Ports.random(), accelerator="cpu", index_docs=False, timeout_s=300)
    # MLflow prints "View run ... at" on stdout when a run ends: under --json only the summary goes there.
    with stdout_for_json_only() if a.json else contextlib.nullcontext():
        contract = platform.start(settings)
        try:
            result = run_demo(contract.to_dict(), home, quiet=a.json)
        finally:
            platform.stop(home)
    summary = {
        "cores": os.cpu_count(),
        "timings_s": result["timings_s"],
        "served_before": result["served_before"],
        "served_after": result["served_after"],
        "gain": result["gain"],
        "promoted": result["promotion"].get("promoted"),
        "kl": result["drift"]["kl"],
        "embedder_regression": ((result.get("retrain") or {}).get("decision") or {}).get("regression"),
        "generator": _generator(result),
    }
    if a.json:
        emit_json(summary)
    else:
        print(f"closed loop: {summary['timings_s']['total']} s in total; stages: {summary['timings_s']}")
        print(f"held-out retrieval served before {summary['served_before']} -> after {summary['served_after']} (gain {summary['gain']})")
        print(f"embedder regression set: {summary['embedder_regression']}")
        print(f"generator: {json.dumps(summary['generator'], sort_keys=True)}")


def _generator(result: dict) -> dict | None:
    """The generator's gate figures (held-out and regression set, champion vs challenger) and its promotion."""
    g = result.get("retrain_generator")
    if not g:
        return None
    d = g["decision"]
    keep = ("token_f1", "citations_valid", "cites_gold", "guard_pass_rate")
    return {
        "heldout": {who: {k: d["heldout"][who].get(k) for k in keep} for who in ("champion", "challenger")},
        "regression": {who: {k: d["regression"][who].get(k) for k in keep} for who in ("champion", "challenger")},
        "gate_passed": d.get("promote"),
        "gate_reason": d.get("reason"),
        "promoted": (result.get("generator_promotion") or {}).get("promoted"),
        "reason": (result.get("generator_promotion") or {}).get("reason"),
    }


if __name__ == "__main__":
    main()
