"""Benchmark: preview all six stacks in one process vs the floor of importing the SDK modules.

Two fresh subprocesses, side by side in one run:
  1. previews: import the program and preview dev, onprem, edge, aws, gcp, azure (one process,
     as `make preview`/CI does it through `loom.preview.run_preview`), each followed by the offline
     checks `loom preview` runs (loom.checks.run_checks; `--no-checks` leaves them out);
  2. floor: import exactly the Pulumi SDK modules (pulumi*, and their submodules) that run 1
     ended up with in sys.modules, and nothing else.
Goal: all six < 20 s on 2 cores, and previews <= 1.5x the floor. Prints the ratio.

    .venv/bin/python bench/preview.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
import time

STACKS = ("dev", "onprem", "edge", "aws", "gcp", "azure")
GOAL_SECONDS = 20.0
GOAL_RATIO = 1.5

_PREVIEWS = textwrap.dedent(
    """
    import json, sys, time, warnings
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    from loom.preview import run_preview
    per = {}
    counts = {}
    checks = {}
    findings = {}
    for stack in STACKS_:
        t = time.perf_counter()
        r = run_preview(stack=stack)
        per[stack] = time.perf_counter() - t
        counts[stack] = len(r.resources)
        if CHECKS_:
            from loom.checks import run_checks
            t = time.perf_counter()
            findings[stack] = len(run_checks(r))
            checks[stack] = time.perf_counter() - t
    wall = time.perf_counter() - t0
    mods = sorted(m for m in sys.modules if m.split(".")[0] in ("pulumi", "pulumi_kubernetes", "pulumi_aws", "pulumi_gcp",
                  "pulumi_azure_native", "pulumi_random", "pulumi_tls"))
    print(json.dumps({"wall": wall, "per_stack": per, "counts": counts, "modules": mods, "checks": checks, "findings": findings}))
    """
)

_FLOOR = textwrap.dedent(
    """
    import importlib, json, sys, time, warnings
    warnings.simplefilter("ignore")
    mods = json.loads(sys.stdin.read())
    t0 = time.perf_counter()
    for m in mods:
        importlib.import_module(m)
    print(json.dumps({"wall": time.perf_counter() - t0}))
    """
)


def _run(code: str, stdin: str | None = None) -> dict:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], input=stdin, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark subprocess failed:\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_wall"] = time.perf_counter() - t
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each side (the median is reported)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-checks", action="store_true", help="preview only, without the offline checks")
    args = ap.parse_args(argv)

    previews, floors = [], []
    last: dict = {}
    for _ in range(max(1, args.repeat)):
        last = _run(_PREVIEWS.replace("STACKS_", repr(STACKS)).replace("CHECKS_", repr(not args.no_checks)))
        previews.append(last["wall"])
        floors.append(_run(_FLOOR, json.dumps(last["modules"]))["wall"])
    p, f = statistics.median(previews), statistics.median(floors)
    ratio = p / f if f else float("inf")
    figures = {
        "previews_s": round(p, 2),
        "import_floor_s": round(f, 2),
        "ratio": round(ratio, 2),
        "per_stack_s": {k: round(v, 2) for k, v in last["per_stack"].items()},
        "resources": last["counts"],
        "sdk_modules": len(last["modules"]),
        "checks_s": {k: round(v, 3) for k, v in last["checks"].items()},
        "checks_total_s": round(sum(last["checks"].values()), 2),
        "findings": last["findings"],
        "goal": {"seconds": GOAL_SECONDS, "ratio": GOAL_RATIO},
        "met": p < GOAL_SECONDS and ratio <= GOAL_RATIO,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title="Offline preview of all six stacks (one process) vs SDK import floor")
        t.add_column("stack")
        t.add_column("resources", justify="right")
        t.add_column("seconds (incl. first imports)", justify="right")
        t.add_column("checks s", justify="right")
        t.add_column("findings", justify="right")
        for s in STACKS:
            t.add_row(s, str(figures["resources"][s]), f"{figures['per_stack_s'][s]:.2f}",
                      f"{figures['checks_s'].get(s, 0):.3f}", str(figures["findings"].get(s, "-")))
        console = Console()
        console.print(t)
        console.print(
            f"all six{'' if args.no_checks else ' with checks'}: {p:.2f} s (goal < {GOAL_SECONDS:.0f} s; checks {figures['checks_total_s']:.2f} s) | import floor: {f:.2f} s ({figures['sdk_modules']} SDK modules) | "
            f"ratio {ratio:.2f}x (goal <= {GOAL_RATIO}x) | {'MET' if figures['met'] else 'NOT MET'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
