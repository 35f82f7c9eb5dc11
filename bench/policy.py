"""Policy check cost against the offline preview alone, per shipped stack, measured side by side.

Per stack, medians of --repeat runs, all in one process after a warm-up (SDK modules imported):
- preview: `run_preview` alone;
- check:   what `loom policy check` does: spawn the pack, run the preview while it starts, then
           GetAnalyzerInfo, Configure, ConfigureStack, Analyze per resource, AnalyzeStack, stop;
- ratio:   (check - preview) / preview, the share the policy pass adds. Goal: <= 0.50.
Also: the pack's start time, the part of it not hidden behind the preview, and the per-resource
Analyze overhead (the Analyze phase over the resource count). With --e2e, the two commands as a user
runs them (`loom preview --stack S` vs `loom policy check --stack S`, fresh processes). With
--baseline-ref REF, the pack as it was at git REF (`git archive REF policy`, same virtualenv) analyzes the
same graphs in alternation with the current one: Analyze and AnalyzeStack per resource, before and after.

    .venv/bin/python bench/policy.py [--repeat 3] [--stacks dev,aws] [--e2e] [--baseline-ref REF] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from loom.policycheck import DEFAULT_PACK_DIR, PolicySession  # noqa: E402
from loom.preview import run_preview, stack_names  # noqa: E402


def _config_for(stack: str) -> str | None:
    path = DEFAULT_PACK_DIR / "config" / f"{stack}.json"
    return str(path) if path.is_file() else None


def _check_flow(stack: str):
    """The CLI's flow (loom/commands/policy.py) without rendering."""
    session = PolicySession(stack=stack).spawn()
    try:
        result = run_preview(stack=stack)
        with session:
            return result, session.check(result.resources, stack=stack, policy_config=_config_for(stack))
    finally:
        session.process.close()


def bench_stack(stack: str, repeat: int) -> dict:
    previews, checks, starts, waits, analyzes, stack_pols = [], [], [], [], [], []
    n = 0
    for _ in range(repeat):
        t = time.perf_counter()
        result = run_preview(stack=stack)
        previews.append(time.perf_counter() - t)
        n = len(result.resources)
        t = time.perf_counter()
        _, report = _check_flow(stack)
        checks.append(time.perf_counter() - t)
        starts.append(report.timings["start_s"])
        waits.append(report.timings["start_wait_s"])
        analyzes.append(report.timings["analyze_s"])
        stack_pols.append(report.timings["analyze_stack_s"])
    preview_s, check_s = statistics.median(previews), statistics.median(checks)
    return {"stack": stack, "resources": n, "preview_s": round(preview_s, 3), "check_s": round(check_s, 3),
            "ratio": round((check_s - preview_s) / preview_s, 3),
            "pack_start_s": round(statistics.median(starts), 3),
            "pack_start_exposed_s": round(statistics.median(waits), 3),
            "analyze_per_resource_ms": round(1000 * statistics.median(analyzes) / max(n, 1), 3),
            "analyze_stack_s": round(statistics.median(stack_pols), 4)}


def _proc_cpu_s(pid: int) -> float:
    """User+system CPU seconds a live process has used (Linux /proc): unlike wall time, barely moved by
    other load on the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pack_at(ref: str, into: Path) -> Path:
    """policy/ as it was at git `ref`, run with the current pack's virtualenv."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "policy"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    pack = into / "policy"
    venv = (DEFAULT_PACK_DIR / ".venv").resolve()
    if venv.is_dir():
        (pack / ".venv").symlink_to(venv)
    return pack


def bench_packs(stacks: list[str], ref: str, repeat: int) -> list[dict]:
    """Analyze cost per resource of the pack at `ref` (before) and now (after), same graphs, alternating."""
    tmp = Path(tempfile.mkdtemp(prefix="loom-policy-bench-"))
    try:
        packs = {"before": _pack_at(ref, tmp), "after": DEFAULT_PACK_DIR}
        graphs = {s: run_preview(stack=s).resources for s in stacks}
        times: dict = {(w, s, k): [] for w in packs for s in stacks for k in ("analyze", "stack", "cpu")}
        policies = {}
        with PolicySession(packs["before"]) as before, PolicySession(packs["after"]) as after:
            sessions = {"before": before, "after": after}
            for w, sess in sessions.items():
                policies[w] = len(sess.policies)
            for _ in range(repeat):
                for s in stacks:
                    for w, sess in sessions.items():
                        cfg = packs[w] / "config" / f"{s}.json"
                        cpu0 = _proc_cpu_s(sess.process.proc.pid)
                        rep = sess.check(graphs[s], stack=s, policy_config=str(cfg) if cfg.is_file() else None)
                        times[(w, s, "cpu")].append(_proc_cpu_s(sess.process.proc.pid) - cpu0)
                        times[(w, s, "analyze")].append(rep.timings["analyze_s"])
                        times[(w, s, "stack")].append(rep.timings["analyze_stack_s"])
        rows = []
        for s in stacks:
            n = max(len(graphs[s]), 1)
            row = {"stack": s, "resources": len(graphs[s])}
            for w in packs:
                row[f"{w}_policies"] = policies[w]
                row[f"{w}_analyze_ms_per_resource"] = round(1000 * statistics.median(times[(w, s, "analyze")]) / n, 3)
                row[f"{w}_stack_ms_per_resource"] = round(1000 * statistics.median(times[(w, s, "stack")]) / n, 3)
                row[f"{w}_pack_cpu_ms_per_resource"] = round(1000 * statistics.median(times[(w, s, "cpu")]) / n, 3)
            rows.append(row)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _cmd_s(args: list[str], repeat: int) -> tuple[float, float]:
    """(wall s, CPU s) medians of a fresh `loom` process; CPU includes the pack process it waits for."""
    times, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "loom.cli", *args], cwd=REPO, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(times), statistics.median(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stacks", default=",".join(stack_names()))
    ap.add_argument("--e2e", action="store_true", help="also time the two commands as fresh processes")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--baseline-ref", help="also measure the pack as it was at this git ref (before/after)")
    args = ap.parse_args()
    stacks = [s for s in args.stacks.split(",") if s]
    run_preview(stack=stacks[0])  # warm-up: the SDK modules are imported once per process anyway
    rows = [bench_stack(s, args.repeat) for s in stacks]
    total_preview = sum(r["preview_s"] for r in rows)
    total_check = sum(r["check_s"] for r in rows)
    ratio = (total_check - total_preview) / total_preview
    summary = {"preview_s": round(total_preview, 3), "check_s": round(total_check, 3), "ratio": round(ratio, 3),
               "goal_ratio": 0.5, "goal_met": ratio <= 0.5}
    e2e = []
    if args.e2e:
        for s in stacks:
            p, p_cpu = _cmd_s(["preview", "--stack", s], args.repeat)
            c, c_cpu = _cmd_s(["policy", "check", "--stack", s], args.repeat)
            e2e.append({"stack": s, "preview_cmd_s": round(p, 3), "check_cmd_s": round(c, 3),
                        "ratio": round((c - p) / p, 3), "preview_cpu_s": round(p_cpu, 3),
                        "check_cpu_s": round(c_cpu, 3), "cpu_ratio": round((c_cpu - p_cpu) / p_cpu, 3)})
    packs = bench_packs(stacks, args.baseline_ref, args.repeat) if args.baseline_ref else []
    if args.json:
        print(json.dumps({"stacks": rows, "total": summary, "e2e": e2e, "before_after": packs}, indent=2))
        return 0
    print(f"{'stack':8} {'res':>4} {'preview s':>10} {'check s':>8} {'added':>6} {'pack start s':>13} "
          f"{'exposed s':>10} {'analyze ms/res':>15} {'stack pols s':>13}")
    for r in rows:
        print(f"{r['stack']:8} {r['resources']:>4} {r['preview_s']:>10.3f} {r['check_s']:>8.3f} {r['ratio']:>6.2f} "
              f"{r['pack_start_s']:>13.3f} {r['pack_start_exposed_s']:>10.3f} {r['analyze_per_resource_ms']:>15.3f} "
              f"{r['analyze_stack_s']:>13.4f}")
    print(f"{'all':8} {'':>4} {total_preview:>10.3f} {total_check:>8.3f} {ratio:>6.2f}   "
          f"(goal: the policy pass adds <= 0.50 x the preview: {'met' if summary['goal_met'] else 'NOT met'})")
    if e2e:
        print(f"\n{'stack':8} {'loom preview s':>15} {'loom policy check s':>20} {'added':>6} {'CPU s':>14} "
              f"{'added CPU':>10}")
        for r in e2e:
            print(f"{r['stack']:8} {r['preview_cmd_s']:>15.3f} {r['check_cmd_s']:>20.3f} {r['ratio']:>6.2f} "
                  f"{r['preview_cpu_s']:>6.2f}/{r['check_cpu_s']:<7.2f} {r['cpu_ratio']:>10.2f}")
    if packs:
        print(f"\nAnalyze ms per resource, pack at {args.baseline_ref} (before) vs now (after); "
              f"{packs[0]['before_policies']} vs {packs[0]['after_policies']} policies")
        print(f"{'stack':8} {'res':>4} {'Analyze before':>15} {'after':>7} {'AnalyzeStack before':>20} {'after':>7} "
              f"{'pack CPU before':>16} {'after':>7}")
        for r in packs:
            print(f"{r['stack']:8} {r['resources']:>4} {r['before_analyze_ms_per_resource']:>15.3f} "
                  f"{r['after_analyze_ms_per_resource']:>7.3f} {r['before_stack_ms_per_resource']:>20.3f} "
                  f"{r['after_stack_ms_per_resource']:>7.3f} {r['before_pack_cpu_ms_per_resource']:>16.3f} "
                  f"{r['after_pack_cpu_ms_per_resource']:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
