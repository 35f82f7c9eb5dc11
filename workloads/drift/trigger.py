"""Start a retraining Job from the suspended retrain CronJob (in-cluster, the pod's own token).

The same thing `kubectl create job --from=cronjob/<name>` does: read the CronJob, create a Job
with its jobTemplate and an ownerReference to it. The drift ServiceAccount's Role allows exactly
`get` on that CronJob and `create` on Jobs in its namespace (components/feedback.py).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SA_DIR = Path("/var/run/secrets/kubernetes.io/serviceaccount")


class TriggerError(RuntimeError):
    """The retraining Job could not be started (no in-cluster credentials, API refused)."""


def trigger_job(cronjob: str, *, sa_dir: Path = SA_DIR, api: str | None = None) -> str:
    """Create a Job from the CronJob `cronjob` in the pod's namespace; returns the Job's name."""
    import requests

    try:
        token = (sa_dir / "token").read_text().strip()
        ns = (sa_dir / "namespace").read_text().strip()
    except OSError as exc:
        raise TriggerError(f"no ServiceAccount token in {sa_dir} ({exc.strerror}): --trigger-job works only inside the cluster") from None
    if api is None:
        if "KUBERNETES_SERVICE_HOST" not in os.environ:
            raise TriggerError("KUBERNETES_SERVICE_HOST is not set: --trigger-job works only inside the cluster")
        api = f"https://{os.environ['KUBERNETES_SERVICE_HOST']}:{os.environ.get('KUBERNETES_SERVICE_PORT', '443')}"
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    # Per request, not `s.verify`: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a
    # session-level verify, and only the cluster's CA may vouch for the API server.
    ca = str(sa_dir / "ca.crt")

    def call(method: str, path: str, **kw):
        try:
            r = s.request(method, f"{api}{path}", timeout=30, verify=ca, **kw)
        except requests.RequestException as exc:
            reason = getattr(exc.args[0], "reason", None) if exc.args else None  # urllib3's MaxRetryError hides the cause
            raise TriggerError(f"{method} {path}: {exc.__class__.__name__}: {str(reason or exc)[:300]}") from None
        if r.status_code >= 300:
            try:
                why = r.json().get("message", r.text)
            except ValueError:
                why = r.text
            raise TriggerError(f"{method} {path}: HTTP {r.status_code}: {why[:300]}")
        return r.json()

    cj = call("GET", f"/apis/batch/v1/namespaces/{ns}/cronjobs/{cronjob}")
    name = f"{cronjob}-drift-{int(time.time())}"[:63]
    job = {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {
            "name": name,
            "namespace": ns,
            "labels": cj["spec"]["jobTemplate"].get("metadata", {}).get("labels", {}),
            "annotations": {"cronjob.kubernetes.io/instantiate": "manual", "loom.io/triggered-by": "drift-check"},
            "ownerReferences": [{"apiVersion": "batch/v1", "kind": "CronJob", "name": cronjob, "uid": cj["metadata"]["uid"]}],
        },
        "spec": cj["spec"]["jobTemplate"]["spec"],
    }
    call("POST", f"/apis/batch/v1/namespaces/{ns}/jobs", json=job)
    return name
