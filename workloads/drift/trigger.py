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


def trigger_job(cronjob: str, *, sa_dir: Path = SA_DIR, api: str | None = None) -> str:
    import requests

    token = (sa_dir / "token").read_text().strip()
    ns = (sa_dir / "namespace").read_text().strip()
    api = api or f"https://{os.environ['KUBERNETES_SERVICE_HOST']}:{os.environ.get('KUBERNETES_SERVICE_PORT', '443')}"
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    s.verify = str(sa_dir / "ca.crt")
    r = s.get(f"{api}/apis/batch/v1/namespaces/{ns}/cronjobs/{cronjob}", timeout=30)
    r.raise_for_status()
    cj = r.json()
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
    r = s.post(f"{api}/apis/batch/v1/namespaces/{ns}/jobs", json=job, timeout=30)
    r.raise_for_status()
    return name
