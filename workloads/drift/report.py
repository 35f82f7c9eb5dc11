"""Where a drift report goes: MLflow (a metric per feature + the JSON artifact) and the lake."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import datetime, timezone

from workloads.drift.check import DriftReport
from workloads.lake import Lake
from workloads.lake.schemas import SCHEMA_VERSION

EXPERIMENT = "loom-drift"


def log_to_mlflow(report: DriftReport, tracking_uri: str, experiment: str = EXPERIMENT) -> str:
    """One run per check; returns its run id."""
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment(experiment)
    with mlflow.start_run(run_name=f"drift-{report.checked_at[:19]}") as run:
        mlflow.log_params({"reference": f"{report.reference['start']}/{report.reference['end']}", "current": f"{report.current['start']}/{report.current['end']}", "min_events": report.min_events})
        metrics = {"reference_n": report.reference_n, "current_n": report.current_n, "triggered": float(report.triggered)}
        for f in report.features:
            if f.kl is not None:
                metrics[f"kl_{f.feature}"] = f.kl
            metrics[f"drifted_{f.feature}"] = float(f.drifted)
        mlflow.log_metrics(metrics)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "drift_report.json")
            with open(path, "w") as fh:
                fh.write(report.to_json())
            mlflow.log_artifact(path)
        return run.info.run_id


def log_to_lake(report: DriftReport, lake: Lake) -> int:
    """One row per feature in `drift_reports`; idempotent per (check time, feature)."""
    doc = report.to_json()
    key = hashlib.sha256(doc.encode()).hexdigest()[:16]
    ts = datetime.fromisoformat(report.checked_at) if report.checked_at else datetime.now(timezone.utc)
    rows = [
        {
            "event_id": f"drift:{key}:{f.feature}", "ts": ts, "schema_version": SCHEMA_VERSION, "feature": f.feature,
            "kl": f.kl, "threshold": f.threshold, "drifted": f.drifted, "reason": f.reason,
            "reference_n": report.reference_n, "current_n": report.current_n, "report": json.dumps(report.to_dict(), sort_keys=True),
        }
        for f in report.features
    ]
    return lake.append("drift_reports", rows).inserted
