"""Policy check cost against the offline preview alone, per shipped stack, measured side by side.

For each stack: the preview (warm: SDK modules already imported, as in the second stack of a CI job),
then the policy pass on that preview's graph exactly as `loom policy check` runs it (start the pack
process, GetAnalyzerInfo, Configure, Analyze per resource, AnalyzeStack, stop). Ratio = policy pass /
preview; goal: the policy pass adds at most 50% to the preview. Per-resource Analyze overhead is the
Analyze phase divided by the resource count. Medians of --repeat runs.

    .venv/bin/python bench/policy.py [--repeat 3] [--stacks dev,aws] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loom.policycheck import DEFAULT_PACK_DIR, run_policy_check  # noqa: E402
from loom.preview import run_preview, stack_names  # noqa: E402


def _config_for(stack: str) -> str | None:
    path = DEFAULT_PACK_DIR / "config" / f"{stack}.json"
    return str(path) if path.is_file() else None


def bench_stack(stack: str, repeat: int) -> dict:
    previews, checks, starts, analyzes, stacks_ = [], [], [], [], []
    n = 0
    for _ in range(repeat):
        t = time.perf_counter()
        result = run_preview(stack=stack)
        previews.append(time.perf_counter() - t)
        n = len(result.resources)
        t = time.perf_counter()
        report = run_policy_check(result.resources, stack=stack, policy_config=_config_for(stack))
        checks.append(time.perf_counter() - t)
        starts.append(report.timings["start_s"])
        analyzes.append(report.timings["analyze_s"])
        stacks_.append(report.timings["analyze_stack_s"])
    preview_s, check_s = statistics.median(previews), statistics.median(checks)
    return {"stack": stack, "resources": n, "preview_s": round(preview_s, 3), "policy_s": round(check_s, 3),
            "ratio": round(check_s / preview_s, 3), "pack_start_s": round(statistics.median(starts), 3),
            "analyze_s": round(statistics.median(analyzes), 4),
            "analyze_per_resource_ms": round(1000 * statistics.median(analyzes) / max(n, 1), 3),
            "analyze_stack_s": round(statistics.median(stacks_), 4)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stacks", default=",".join(stack_names()))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    stacks = [s for s in args.stacks.split(",") if s]
    run_preview(stack=stacks[0])  # warm-up: import the SDK modules once, as the preview bench's floor does
    rows = [bench_stack(s, args.repeat) for s in stacks]
    total_preview = sum(r["preview_s"] for r in rows)
    total_policy = sum(r["policy_s"] for r in rows)
    summary = {"preview_s": round(total_preview, 3), "policy_s": round(total_policy, 3),
               "ratio": round(total_policy / total_preview, 3), "goal_ratio": 0.5,
               "goal_met": total_policy / total_preview <= 0.5}
    if args.json:
        print(json.dumps({"stacks": rows, "total": summary}, indent=2))
        return 0
    print(f"{'stack':8} {'res':>4} {'preview s':>10} {'policy s':>9} {'ratio':>6} {'start s':>8} "
          f"{'analyze ms/res':>15} {'stack-pol s':>11}")
    for r in rows:
        print(f"{r['stack']:8} {r['resources']:>4} {r['preview_s']:>10.3f} {r['policy_s']:>9.3f} {r['ratio']:>6.2f} "
              f"{r['pack_start_s']:>8.3f} {r['analyze_per_resource_ms']:>15.3f} {r['analyze_stack_s']:>11.4f}")
    print(f"all      {'':>4} {total_preview:>10.3f} {total_policy:>9.3f} {summary['ratio']:>6.2f}   "
          f"(goal: policy pass <= 0.50 x preview: {'met' if summary['goal_met'] else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
