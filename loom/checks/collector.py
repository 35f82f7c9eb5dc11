"""OpenTelemetry Collector facts: which config keys each exporter has at a collector-contrib version.

The collector rejects a config with a key its exporter does not have ("has invalid keys: compression"),
and an atomic Helm release then rolls back (issue 10, defect 3). The facts are committed per version in
`facts/otelcol/contrib-<version>.yaml` with where each exporter's keys were read; `check_config` walks the
exporters of a collector config against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional

import yaml

from loom.checks.chartfacts import accepts, join_path, leaves, split_path, value_type

FACTS_DIR = Path(__file__).resolve().parent / "facts" / "otelcol"


@dataclass(frozen=True)
class CollectorFacts:
    version: str
    exporters: dict[str, dict[tuple[str, ...], str]]
    """exporter type -> config path -> type (`free`: any key below)."""
    in_distribution: frozenset[str]
    file: Path

    def check_exporter(self, exporter_id: str, config: Any) -> list[str]:
        """Problems of one exporter's config (`type/name` ids are checked against `type`)."""
        kind = exporter_id.split("/", 1)[0]
        keys = self.exporters.get(kind)
        if keys is None:
            if kind in self.in_distribution:
                return []  # present, keys not recorded (Loom only removes it, e.g. `debug: null`)
            return [f"exporter {kind!r} has no recorded keys at collector-contrib {self.version} "
                    f"(known: {', '.join(sorted(self.exporters))})"]
        if config is None:
            return []
        problems = []
        for path, value in leaves(config):
            problem = _check_key(keys, path, value)
            if problem:
                problems.append(f"exporters.{exporter_id}.{join_path(path)}: {problem} at collector-contrib {self.version}")
        return problems

    def check_config(self, config: Mapping[str, Any]) -> list[str]:
        """Problems of every exporter in a collector config (`exporters:` map)."""
        problems: list[str] = []
        for exporter_id, exporter in (config.get("exporters") or {}).items():
            if exporter is None:
                continue  # null removes a default exporter of the chart
            problems.extend(self.check_exporter(str(exporter_id), exporter))
        return problems


def _check_key(keys: Mapping[tuple[str, ...], str], path: tuple[str, ...], value: Any) -> Optional[str]:
    for i in range(1, len(path)):
        if keys.get(path[:i]) == "free":
            return None
    declared = keys.get(path)
    if declared is None:
        return "not a key of the exporter"
    if declared in ("free", "map") and isinstance(value, Mapping):
        return None
    if declared == "free":
        return None
    if not accepts(declared, value):
        return f"a {declared}, not a {value_type(value)}"
    return None


@lru_cache(maxsize=None)
def load_collector_facts(version: str) -> Optional[CollectorFacts]:
    """The committed facts of collector-contrib `version` (e.g. "0.144.0"), or None."""
    file = FACTS_DIR / f"contrib-{version}.yaml"
    if not file.is_file():
        return None
    data = yaml.load(file.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    exporters = {
        kind: {split_path(p): str(t) for p, t in (spec.get("keys") or {}).items()}
        for kind, spec in (data.get("exporters") or {}).items()
    }
    dist = frozenset((data.get("distribution") or {}).get("exporters_in_distribution") or [])
    return CollectorFacts(version=str(data["version"]), exporters=exporters, in_distribution=dist, file=file)


def known_versions() -> list[str]:
    return sorted(p.stem.removeprefix("contrib-") for p in FACTS_DIR.glob("contrib-*.yaml"))
