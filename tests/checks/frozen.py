"""The six stacks' graphs as they were when issue 10's defects were found, frozen as test data.

The per-defect tests prove that each check catches its defect class on a graph that has the defect. Today's
graphs stop having it as the fixes land (that is what tests/checks/test_all_stacks.py follows), so those tests
read these frozen graphs instead: `tests/checks/data/issue10-graphs.json.gz`, recorded from the code of
commit FROZEN_AT with `python -m tests.checks.frozen` (never regenerate it over fixed code: it is evidence).
It keeps every resource as the preview recorded it (inputs, dependencies, parents) and the few stack
settings the checks read, as plain attributes.
"""

from __future__ import annotations

import copy
import gzip
import json
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from loom.preview import PreviewResource, PreviewResult

DATA = Path(__file__).resolve().parent / "data" / "issue10-graphs.json.gz"
FROZEN_AT = "components and stacks of 58d0b4c (defects 1-18 present) with this branch's capacity settings (loom:existing.nodePools ...)"


def _settings(result: PreviewResult) -> dict[str, Any]:
    s = result.settings
    x = s.loom.existing
    return {
        "kubernetes_version": s.kubernetes_version,
        "cloud": s.loom.cloud.value,
        "existing": None if x is None else {
            "load_balancer": x.load_balancer, "metrics_server": x.metrics_server, "storage_class": x.storage_class,
            "node_pools": {k: {"count": p.count, "cpu": p.cpu, "memory": p.memory, "gpus": p.gpus,
                               "labels": dict(p.labels), "taints": list(p.taints)} for k, p in x.node_pools.items()},
        },
    }


def freeze(results: dict[str, PreviewResult]) -> None:
    doc = {stack: {"resources": [asdict(r) for r in r_.resources], "outputs": r_.outputs, "settings": _settings(r_)} for stack, r_ in results.items()}
    DATA.parent.mkdir(parents=True, exist_ok=True)
    DATA.write_bytes(gzip.compress(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode(), 9, mtime=0))


@lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    return json.loads(gzip.decompress(DATA.read_bytes()))


def frozen(stack: str) -> PreviewResult:
    """A fresh copy (tests mutate it) of the stack's frozen graph."""
    doc = copy.deepcopy(_load()[stack])
    st = doc["settings"]
    existing = None
    if st["existing"] is not None:
        e = dict(st["existing"])
        e["node_pools"] = {k: SimpleNamespace(**p) for k, p in e["node_pools"].items()}
        existing = SimpleNamespace(**e)
    settings = SimpleNamespace(kubernetes_version=st["kubernetes_version"], loom=SimpleNamespace(cloud=SimpleNamespace(value=st["cloud"]), existing=existing))
    return PreviewResult(stack=stack, project="loom", resources=[PreviewResource(**r) for r in doc["resources"]], outputs=doc["outputs"], settings=settings)


if __name__ == "__main__":  # pragma: no cover - run once, on the code that has the defects
    from loom.preview import run_preview

    freeze({s: run_preview(stack=s) for s in ("dev", "onprem", "edge", "aws", "gcp", "azure")})
    print(f"wrote {DATA}")
