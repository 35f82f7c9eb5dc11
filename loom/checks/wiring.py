"""Check "wiring": the pieces a workload's identity, jobs and autoscaling need are all there and in order.

1. Token files: every container given a credential file by environment (AWS_WEB_IDENTITY_TOKEN_FILE,
   AWS_CA_BUNDLE, AZURE_FEDERATED_TOKEN_FILE, GOOGLE_APPLICATION_CREDENTIALS) mounts a volume at that
   path, and a web-identity token comes from a projected serviceAccountToken (with the audience the
   STS expects). Files the cloud's own webhook mounts (EKS IRSA, Azure Workload Identity) count.
2. Identity bindings: every ServiceAccount annotation that names a cloud identity has its binding, for
   exactly that namespace/name: IRSA (eks.amazonaws.com/role-arn -> an IAM role whose trust policy
   admits system:serviceaccount:<ns>:<sa> through the cluster's OIDC provider), GKE Workload Identity
   (iam.gke.io/gcp-service-account -> roles/iam.workloadIdentityUser for <pool>[ns/sa] on that Google
   service account, ordered after the cluster that creates the pool), Azure Workload Identity
   (azure.workload.identity/client-id -> a federated credential of that identity for the subject, and the
   pods labelled azure.workload.identity/use=true); MinIO STS (pods whose STS endpoint is MinIO's -> a
   PolicyBinding for their namespace/service account). Milvus 2.5 cannot use any STS but AWS's (minio-go
   `credentials.NewIAM("")` in its newMinioClient, minio/minio-go pkg/credentials/iam_aws.go; segcore's AWS SDK
   default chain): useIAM against a non-AWS store is a finding, and without useIAM its key must come by env
   (MINIO_ACCESS_KEY_ID, MINIO_SECRET_ACCESS_KEY) from a Secret, never from the values (docs/foundations.md,
   "Milvus on MinIO").
3. Jobs finish: a Job in a namespace with sidecar injection completes only if its istio-proxy is a native
   sidecar (Kubernetes 1.29+ SidecarContainers): `sidecar.istio.io/nativeSidecar: "true"` on the pod or
   istiod's ENABLE_NATIVE_SIDECARS=true set explicitly, or Istio 1.27's default "auto" on clusters whose every
   kubelet is 1.33 or newer (istio/istio 1.27.3 pilot/pkg/features/pilot.go, pkg/kube/inject/webhook.go
   DetectNativeSidecar); otherwise the proxy keeps running after the job's container exits. The documented
   alternative is no sidecar (`sidecar.istio.io/inject: "false"`) for jobs that need no mesh identity.
4. Autoscaling metrics: each HorizontalPodAutoscaler metric has a server: Resource metrics need
   metrics.k8s.io (metrics-server, the platform's, or prometheus-adapter's resource rules), Pods/Object
   metrics a custom.metrics.k8s.io rule for that metric name.
5. Ordering: PostgreSQL Flexible Server configurations of one server are applied one after another
   (the server answers ServerIsBusy to concurrent configuration writes).
6. Trust: a container that calls an in-cluster https endpoint whose certificate the cluster CA signs (MinIO's
   auto-generated ones: the tenant's S3 Service and the operator's STS) must be given that CA the way its client
   reads one: AWS_CA_BUNDLE for the AWS SDKs and tools, SSL_CERT_FILE and the system bundle for Milvus (minio-go
   and segcore's C++ client read no AWS_CA_BUNDLE), each naming a mounted file that holds kube-root-ca.crt's ca.crt.
   Otherwise every call fails certificate verification (and turning verification off is never the fix).
"""

from __future__ import annotations

import json
import posixpath
from typing import TYPE_CHECKING, Optional
from urllib.parse import urlsplit

from contract.env import LOOM_STS_TOKEN_AUDIENCE
from loom.checks import CHECKS, Finding
from loom.checks.chart_pods import chart_name
from loom.checks.cluster import Cluster, Pod, Service, cluster_of

if TYPE_CHECKING:
    from loom.preview import PreviewResource, PreviewResult

NAME = "wiring"
FILE_ENV = ("AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CA_BUNDLE", "AZURE_FEDERATED_TOKEN_FILE", "GOOGLE_APPLICATION_CREDENTIALS")
TOKEN_ENV = ("AWS_WEB_IDENTITY_TOKEN_FILE", "AZURE_FEDERATED_TOKEN_FILE")
IRSA_TOKEN = "/var/run/secrets/eks.amazonaws.com/serviceaccount/token"
AZURE_TOKEN = "/var/run/secrets/azure/tokens/azure-identity-token"
MINIO_STS_HOST = "sts.minio-operator"
MINIO_AUDIENCE = "sts.min.io"
NATIVE_SIDECAR_MIN = 29
AUTO_NATIVE_SIDECAR_MIN = 33


def _mocked(r: "PreviewResource") -> dict:
    """The outputs the preview's provider mocks gave a resource (ARNs, client ids: loom/mocks.py)."""
    from loom import mocks

    return mocks.new_resource_outputs(r.type, r.name, r.inputs)[1]


def _volume_for(pod: Pod, container_mounts: list[dict], path: str) -> Optional[tuple[dict, dict]]:
    """(mount, volume) that serves `path` in a container, the longest mountPath that contains it."""
    best = None
    for m in container_mounts:
        mp = str(m.get("mountPath") or "").rstrip("/")
        if mp and (path == mp or path.startswith(mp + "/")) and (best is None or len(mp) > len(str(best.get("mountPath")))):
            best = m
    if best is None:
        return None
    vol = next((v for v in pod.volumes if v.get("name") == best.get("name")), {})
    return best, vol


def _token_source(vol: dict, rel: str) -> Optional[dict]:
    for src in (vol.get("projected") or {}).get("sources") or []:
        sat = src.get("serviceAccountToken")
        if sat and str(sat.get("path")) == rel:
            return sat
    return None


def _token_files(cluster: Cluster) -> list[Finding]:
    findings = []
    sas = cluster.service_accounts
    for pod in cluster.pods:
        sa = sas.get((pod.namespace, pod.service_account), {}).get("annotations", {})
        for c in [*pod.containers, *pod.init_containers]:
            for key in FILE_ENV:
                path = c.env.get(key)
                if not path:
                    continue
                if key == "AWS_WEB_IDENTITY_TOKEN_FILE" and path == IRSA_TOKEN and sa.get("eks.amazonaws.com/role-arn"):
                    continue  # the EKS pod identity webhook mounts it
                if key == "AZURE_FEDERATED_TOKEN_FILE" and path == AZURE_TOKEN and pod.labels.get("azure.workload.identity/use") == "true":
                    continue
                found = _volume_for(pod, c.mounts, path)
                if found is None:
                    findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} container {c.name} is given {key}={path} but mounts nothing there: every call that needs it fails"))
                    continue
                mount, vol = found
                if key in TOKEN_ENV:
                    rel = path[len(str(mount.get("mountPath")).rstrip("/")) + 1:]
                    sat = _token_source(vol, rel)
                    if sat is None and "projected" not in vol:
                        findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} container {c.name}: {key}={path} lies on volume {mount.get('name')!r}, which is not a projected service-account token"))
                    elif sat is not None and MINIO_STS_HOST in c.env.get("AWS_ENDPOINT_URL_STS", "") and sat.get("audience") != c.env.get(LOOM_STS_TOKEN_AUDIENCE, MINIO_AUDIENCE):
                        findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} container {c.name}: the token at {path} has audience {sat.get('audience')!r}; MinIO's STS accepts {MINIO_AUDIENCE!r} only"))
    return findings


def _pods_of_sa(cluster: Cluster, ns: str, sa: str) -> list[Pod]:
    return [p for p in cluster.pods if p.namespace == ns and p.service_account == sa]


def _waits_for(cluster: Cluster, r: "PreviewResource", wanted) -> bool:
    """Does `r` wait (through its dependencies, transitively) for a resource `wanted(x)` accepts? Waiting for a
    component means waiting for all its children (how the engine treats a ComponentResource dependency)."""
    by_urn = {x.urn: x for x in cluster.result.resources}
    children: dict[str, list[str]] = {}
    for res in cluster.result.resources:
        if res.parent:
            children.setdefault(res.parent, []).append(res.urn)
    seen, stack = set(), list(r.dependencies)
    while stack:
        urn = stack.pop()
        if urn in seen:
            continue
        seen.add(urn)
        x = by_urn.get(urn)
        if x is None:
            continue
        if wanted(x):
            return True
        stack += x.dependencies
        if not x.custom:
            stack += children.get(urn, [])
    return False


def _irsa(cluster: Cluster, ns: str, sa: str, arn: str, where: str, owner: "PreviewResource") -> list[Finding]:
    roles = {_mocked(r).get("arn"): r for r in cluster.by_type("aws:iam/role:Role")}
    role = roles.get(arn)
    if role is None:
        return [Finding(NAME, owner.urn, f"ServiceAccount {ns}/{sa} ({where}) names IAM role {arn}, which the stack does not create")]
    subject = f"system:serviceaccount:{ns}:{sa}"
    try:
        doc = json.loads(role.inputs.get("assumeRolePolicy") or "{}")
    except (TypeError, ValueError):
        return [Finding(NAME, role.urn, f"IAM role for {ns}/{sa}: the trust policy is not JSON")]
    for st in doc.get("Statement") or []:
        actions = st.get("Action") if isinstance(st.get("Action"), list) else [st.get("Action")]
        if st.get("Effect") != "Allow" or "sts:AssumeRoleWithWebIdentity" not in actions:
            continue
        for op, cond in (st.get("Condition") or {}).items():
            for k, v in cond.items():
                values = v if isinstance(v, list) else [v]
                if k.endswith(":sub") and (subject in values or (op == "StringLike" and any(_glob(x, subject) for x in values))):
                    return []
    return [Finding(NAME, role.urn, f"IAM role {arn} is on ServiceAccount {ns}/{sa} ({where}) but its trust policy does not admit {subject}")]


def _glob(pattern: str, value: str) -> bool:
    import fnmatch

    return fnmatch.fnmatchcase(value, pattern)


def _gke(cluster: Cluster, ns: str, sa: str, email: str, where: str, owner: "PreviewResource") -> list[Finding]:
    member_types = ("gcp:serviceaccount/iAMMember:IAMMember", "gcp:serviceaccount/iAMBinding:IAMBinding")
    for r in cluster.by_type(*member_types):
        i = r.inputs
        if i.get("role") != "roles/iam.workloadIdentityUser" or not str(i.get("serviceAccountId", "")).endswith(f"/serviceAccounts/{email}"):
            continue
        members = [i.get("member")] if i.get("member") else list(i.get("members") or [])
        if any(str(m).endswith(f".svc.id.goog[{ns}/{sa}]") for m in members):
            clusters = cluster.by_type("gcp:container/cluster:Cluster")
            if clusters and not _waits_for(cluster, r, lambda x: x.type == "gcp:container/cluster:Cluster"):
                return [Finding(NAME, r.urn, f"the Workload Identity binding of {ns}/{sa} ({email}) does not wait for the GKE cluster that creates the identity pool "
                                             f"<project>.svc.id.goog: in a fresh project it fails with \"Identity Pool does not exist\"")]
            return []
    return [Finding(NAME, owner.urn, f"ServiceAccount {ns}/{sa} ({where}) is annotated with Google service account {email} but no roles/iam.workloadIdentityUser binding "
                                     f"for [{ns}/{sa}] exists on it")]


def _azure(cluster: Cluster, ns: str, sa: str, client_id: str, where: str, owner: "PreviewResource") -> list[Finding]:
    findings = []
    identities = {_mocked(r).get("clientId"): r for r in cluster.by_type("azure-native:managedidentity:UserAssignedIdentity")}
    ident = identities.get(client_id)
    if ident is None:
        return [Finding(NAME, owner.urn, f"ServiceAccount {ns}/{sa} ({where}) names managed identity client id {client_id}, which the stack does not create")]
    name = _mocked(ident).get("name")
    subject = f"system:serviceaccount:{ns}:{sa}"
    creds = [r for r in cluster.by_type("azure-native:managedidentity:FederatedIdentityCredential")
             if r.inputs.get("resourceName") == name and r.inputs.get("subject") == subject]
    if not creds:
        findings.append(Finding(NAME, ident.urn, f"managed identity {name} is on ServiceAccount {ns}/{sa} ({where}) but has no federated credential for {subject}"))
    issuers = {str(((_mocked(c).get("oidcIssuerProfile") or {}).get("issuerURL")) or "") for c in cluster.by_type("azure-native:containerservice:ManagedCluster")}
    for cred in creds:
        if issuers and cred.inputs.get("issuer") not in issuers:
            findings.append(Finding(NAME, cred.urn, f"federated credential for {subject} trusts issuer {cred.inputs.get('issuer')}, not the cluster's OIDC issuer"))
    for pod in _pods_of_sa(cluster, ns, sa):
        if pod.labels.get("azure.workload.identity/use") != "true":
            findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} runs as {ns}/{sa} (Azure Workload Identity) without the pod label azure.workload.identity/use=true: the webhook gives it no token"))
    return findings


def _minio(cluster: Cluster) -> list[Finding]:
    findings = []
    bindings = {(str((r.inputs.get("spec") or {}).get("application", {}).get("namespace")), str((r.inputs.get("spec") or {}).get("application", {}).get("serviceaccount")))
                for r in cluster.by_type("kubernetes:sts.min.io/v1beta1:PolicyBinding")}
    for pod in cluster.pods:
        if any(MINIO_STS_HOST in c.env.get("AWS_ENDPOINT_URL_STS", "") for c in [*pod.containers, *pod.init_containers]):
            if (pod.namespace, pod.service_account) not in bindings:
                findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} exchanges its token at MinIO's STS as {pod.namespace}/{pod.service_account}, but no PolicyBinding names that service account: STS refuses it"))
    return findings


MILVUS_KEY_ENV = ("MINIO_ACCESS_KEY_ID", "MINIO_SECRET_ACCESS_KEY")
"""Milvus' paramtable overrides of minio.accessKeyID / minio.secretAccessKey (milvus-io/milvus
pkg/util/paramtable/service_param.go: "Environment variable: MINIO_ACCESS_KEY_ID or minio.accessKeyID")."""


def _milvus_store(cluster: Cluster) -> list[Finding]:
    """Milvus 2.5 reads its object store with minio-go (internal/storage/minio_object_storage.go newMinioClient:
    `credentials.NewIAM("")` when useIAM) and segcore's AWS SDK default chain; both send a web-identity token only
    to AWS STS (minio/minio-go pkg/credentials/iam_aws.go), whatever `externalS3.iamEndpoint` says. So useIAM with
    cloudProvider aws works only against AWS S3 (IRSA); any other S3 endpoint (MinIO, an on-prem S3) needs a key.
    Without useIAM, every Milvus container must take the key by env from a Secret (the chart would write
    externalS3.accessKey/secretKey into the milvus.yaml ConfigMap in plain text), and a Secret Pulumi creates must
    hold the keys named (checked where the preview shows its keys: Pulumi hides a secret stringData whole)."""
    findings = []
    secrets = {(str((r.inputs.get("metadata") or {}).get("namespace") or "default"), str((r.inputs.get("metadata") or {}).get("name"))): r
               for r in cluster.by_type("kubernetes:core/v1:Secret")}
    for r in cluster.by_type("kubernetes:helm.sh/v3:Release"):
        if chart_name(r.inputs) != "milvus":
            continue
        ext = (r.inputs.get("values") or {}).get("externalS3") or {}
        if not ext.get("enabled"):
            continue
        host = str(ext.get("host") or "")
        if ext.get("useIAM"):
            if str(ext.get("cloudProvider") or "aws") == "aws" and not (host == "amazonaws.com" or host.endswith(".amazonaws.com")):
                findings.append(Finding(NAME, r.urn, f"Milvus reads {host} with externalS3.useIAM: Milvus 2.5's S3 clients (minio-go credentials.NewIAM(\"\"), "
                                                     "segcore's AWS SDK) send the web-identity token only to AWS STS, whatever iamEndpoint says, so the "
                                                     "bucket check fails; read a non-AWS store with a key from a Secret (Foundation.bind_access_key)"))
            continue
        if ext.get("secretKey"):
            findings.append(Finding(NAME, r.urn, f"Milvus' externalS3.secretKey is set in the release's values: the chart writes it into the milvus.yaml "
                                                 "ConfigMap in plain text; give it by env from a Secret (MINIO_SECRET_ACCESS_KEY, secretKeyRef)"))
        ns = str(r.inputs.get("namespace") or "default")
        for pod in [p for p in cluster.pods if p.owner is r and p.labels.get("app.kubernetes.io/name") == "milvus"]:
            for c in pod.containers:
                missing = [e for e in MILVUS_KEY_ENV if e not in c.secret_env]
                if missing:
                    findings.append(Finding(NAME, r.urn, f"{pod.ref} container {c.name} reads {host} without useIAM but takes {', '.join(missing)} from "
                                                         "no Secret: Milvus then signs with the chart's empty key and every object-store call is refused"))
                    continue
                for env in MILVUS_KEY_ENV:
                    secret, key = c.secret_env[env]
                    made = secrets.get((ns, secret))
                    data = (made.inputs.get("stringData") or made.inputs.get("data") or {}) if made is not None else {}
                    if made is not None and isinstance(data, dict) and key not in data:
                        findings.append(Finding(NAME, r.urn, f"{pod.ref} container {c.name} takes {env} from key {key} of Secret {ns}/{secret}, "
                                                             f"which has no such key: the pod never starts"))
    return findings


def _identities(cluster: Cluster) -> list[Finding]:
    findings = []
    for (ns, sa), info in sorted(cluster.service_accounts.items()):
        ann, owner, where = info["annotations"], info["owner"], info["where"]
        if ann.get("eks.amazonaws.com/role-arn"):
            findings += _irsa(cluster, ns, sa, str(ann["eks.amazonaws.com/role-arn"]), where, owner)
        if ann.get("iam.gke.io/gcp-service-account"):
            findings += _gke(cluster, ns, sa, str(ann["iam.gke.io/gcp-service-account"]), where, owner)
        if ann.get("azure.workload.identity/client-id"):
            findings += _azure(cluster, ns, sa, str(ann["azure.workload.identity/client-id"]), where, owner)
    return [*findings, *_minio(cluster), *_milvus_store(cluster)]


def never_finishing_jobs(cluster: Cluster) -> list[Finding]:
    from loom.checks.mesh import Mesh

    mesh = Mesh(cluster)
    env_vars = (cluster.istio_values or {}).get("env") or {}
    mode = str(env_vars.get("ENABLE_NATIVE_SIDECARS", "auto")).lower()
    minor = cluster.env.kubelet_minor if cluster.env else None
    findings = []
    for pod in cluster.pods:
        if not pod.is_job or not mesh.sidecar(pod)[0]:
            continue
        annotation = pod.annotations.get("sidecar.istio.io/nativeSidecar")
        if annotation == "true" or (annotation is None and mode == "true"):
            if minor is not None and minor < NATIVE_SIDECAR_MIN:
                findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} asks for a native sidecar but the kubelets are 1.{minor} (< 1.{NATIVE_SIDECAR_MIN}, no SidecarContainers): the job never completes"))
            continue
        if annotation is None and mode == "auto" and minor is not None and minor >= AUTO_NATIVE_SIDECAR_MIN:
            continue
        why = (f"sidecar.istio.io/nativeSidecar=false" if annotation == "false" else f"ENABLE_NATIVE_SIDECARS={mode}" if mode != "auto"
               else f"Istio's auto mode needs every kubelet at 1.{AUTO_NATIVE_SIDECAR_MIN}+ and this cluster runs 1.{minor}")
        extra = ""
        if pod.kind == "CronJob" and ((pod.owner.inputs.get("spec") or {}).get("concurrencyPolicy") == "Forbid"):
            extra = "; with concurrencyPolicy Forbid the CronJob never starts another run"
        findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} runs in meshed namespace {pod.namespace} with a classic istio-proxy sidecar ({why}): the proxy keeps "
                                                     f"running after the job's container exits, so the Job never completes{extra}. Enable native sidecars explicitly "
                                                     f"(istiod env ENABLE_NATIVE_SIDECARS=true or the pod annotation sidecar.istio.io/nativeSidecar=\"true\", kubelet 1.29+) "
                                                     f"or give the job no sidecar"))
    return findings


def _metrics(cluster: Cluster) -> list[Finding]:
    findings = []
    apis: dict[str, set[str]] = {}
    for a in cluster.metrics_apis:
        apis.setdefault(a.group, set()).update(a.metrics)
    if cluster.env is not None and cluster.env.metrics_server:
        apis.setdefault("metrics.k8s.io", set()).update({"cpu", "memory"})
    platform = {"eks": "EKS installs no metrics-server", "existing": "the cluster declares no metrics-server (loom:existing.metricsServer)"}.get(
        cluster.env.platform if cluster.env else "", "nothing serves it")
    for h in cluster.hpas:
        for m in h["metrics"]:
            kind = m.get("type")
            if kind == "Resource":
                res = (m.get("resource") or {}).get("name")
                if res not in apis.get("metrics.k8s.io", set()):
                    where = h.get("where") or f"HPA {h['namespace']}/{h['target']}"
                    findings.append(Finding(NAME, h["owner"].urn, f"{where} scales on {res} but nothing serves metrics.k8s.io ({platform}; "
                                                                  f"prometheus-adapter's resource rules are off): that metric never has data",
                                            "loom:observability.serveResourceMetrics"))
            elif kind in ("Pods", "Object"):
                metric = ((m.get("pods") or m.get("object") or {}).get("metric") or {}).get("name")
                served = apis.get("custom.metrics.k8s.io", set())
                if metric not in served and "*" not in served:
                    findings.append(Finding(NAME, h["owner"].urn, f"HPA {h['namespace']}/{h['target']} scales on custom metric {metric}, which no custom.metrics.k8s.io rule serves"))
    return findings


ENDPOINT_ENV = ("AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_STS")
CLUSTER_CA = ("kube-root-ca.crt", "ca.crt")
"""The ConfigMap every namespace gets from kube-controller-manager, and its key: the CA that signs CSR-API certificates."""


def _service_of(cluster: Cluster, url: str, namespace: str) -> Optional[Service]:
    """The model's Service an in-cluster URL names (`name`, `name.ns`, `name.ns.svc[.cluster.local]`)."""
    host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    parts = host.split(".")
    if len(parts) > 2 and parts[2] != "svc":
        return None
    name, ns = parts[0], (parts[1] if len(parts) > 1 else namespace)
    return next((x for x in cluster.services if x.name == name and x.namespace == ns), None)


def _holds_cluster_ca(pod: Pod, mounts: list[dict], path: str) -> bool:
    """Does `path` in a container (through its mounts) hold kube-root-ca.crt's ca.crt?"""
    found = _volume_for(pod, mounts, path)
    if found is None:
        return False
    mount, vol = found
    mp = str(mount.get("mountPath")).rstrip("/")
    rel = path[len(mp) + 1:] if path != mp else ""
    if mount.get("subPath"):
        rel = posixpath.join(str(mount["subPath"]), rel) if rel else str(mount["subPath"])
    sources = [vol] if "configMap" in vol else (vol.get("projected") or {}).get("sources") or []
    for src in sources:
        cm = src.get("configMap") or {}
        if cm.get("name") != CLUSTER_CA[0]:
            continue
        items = cm.get("items")
        if items is None and rel == CLUSTER_CA[1]:
            return True  # no items: every key of the ConfigMap is a file of that name
        if any(i.get("key") == CLUSTER_CA[1] and str(i.get("path")) == rel for i in items or []):
            return True
    return False


def _trust(cluster: Cluster) -> list[Finding]:
    findings = []
    for pod in cluster.pods:
        for c in [*pod.containers, *pod.init_containers]:
            urls = [c.env[k] for k in ENDPOINT_ENV if c.env.get(k)]
            urls += pod.tls_endpoints if c in pod.containers else []
            signed = sorted({f"{urlsplit(u).hostname}:{urlsplit(u).port or 443}" for u in urls if u.startswith("https://")
                             and (svc := _service_of(cluster, u, pod.namespace)) is not None and svc.cluster_ca_signed})
            if not signed:
                continue
            for way in pod.ca_trust:
                path = way if way.startswith("/") else c.env.get(way)
                if path and _holds_cluster_ca(pod, c.mounts, path):
                    continue
                given = f"{way} is not set" if not path else (f"nothing mounted at {path} holds {CLUSTER_CA[0]}'s {CLUSTER_CA[1]}"
                                                            if way.startswith("/") else f"{way}={path} is not {CLUSTER_CA[0]}'s {CLUSTER_CA[1]} mounted there")
                findings.append(Finding(NAME, pod.owner.urn, f"{pod.ref} container {c.name} calls {', '.join(signed)} over TLS, whose certificate the "
                                                             f"cluster CA signs, but its client trusts that CA only through {way} and {given}: "
                                                             f"every call fails certificate verification"))
    return findings


def _ordering(cluster: Cluster) -> list[Finding]:
    findings = []
    by_server: dict[tuple, list["PreviewResource"]] = {}
    for r in cluster.by_type("azure-native:dbforpostgresql:Configuration"):
        by_server.setdefault((r.inputs.get("resourceGroupName"), r.inputs.get("serverName")), []).append(r)
    for (_rg, server), confs in by_server.items():
        for a in confs:
            for b in confs:
                if a.urn < b.urn and not (_waits_for(cluster, a, lambda x, u=b.urn: x.urn == u) or _waits_for(cluster, b, lambda x, u=a.urn: x.urn == u)):
                    findings.append(Finding(NAME, b.urn, f"configurations {a.inputs.get('configurationName')} and {b.inputs.get('configurationName')} of Flexible Server {server} "
                                                         f"are applied in parallel; the server answers ServerIsBusy to concurrent configuration writes (chain them with depends_on)"))
    return findings


def check(result: "PreviewResult") -> list[Finding]:
    cluster = cluster_of(result)
    return [*_token_files(cluster), *_identities(cluster), *never_finishing_jobs(cluster), *_metrics(cluster), *_ordering(cluster), *_trust(cluster)]


CHECKS[NAME] = check
