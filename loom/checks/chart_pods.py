"""What Loom's Helm releases and operator CustomResources put in the cluster: pods, services, volume
claims, webhooks, metrics APIs. Committed facts, each read from the chart's (or operator's) source at
the tag Loom pins, and recorded in the model's `source` so a finding says where it came from.

A Helm release is opaque to the preview (its values are visible, its objects are not), so for each
chart a function here does what the chart's templates do with the values the checks care about:
workload names and kinds, pod labels and annotations (mesh selection, sidecar injection), service
accounts, container ports, resource requests (chart defaults where Loom sets none), replicas and
autoscaling, volumeClaimTemplates and their storage class, node selectors, tolerations and affinity.
Values are merged as Helm merges them: Loom's values over the chart defaults recorded here (only the
defaults these facts use), maps recursively, a null value removing the default.

Sources (read with `git show <tag>:<path>`):
- istio/istio 1.27.3: manifests/charts/istio-control/istio-discovery (values.yaml, templates/deployment.yaml,
  mutatingwebhook.yaml, poddisruptionbudget.yaml), manifests/charts/gateway (values.yaml, templates/_helpers.tpl,
  deployment.yaml), manifests/charts/base.
- zilliztech/milvus-helm milvus-4.2.45: charts/milvus (values.yaml, templates/*-deployment.yaml, pvc.yaml,
  _helpers.tpl) and its bundled charts/etcd-6.3.3.tgz (bitnami) and charts/pulsar-3.3.0.tgz (apache pulsar:
  templates/*-statefulset.yaml, pulsar-cluster-initialize.yaml, bookkeeper-cluster-initialize.yaml, _helpers.tpl).
- prometheus-community/helm-charts kube-prometheus-stack-67.8.0 (values.yaml, admission webhooks) with
  prometheus-node-exporter 4.43 (hostNetwork, tolerations), prometheus-adapter-4.11.0 (values.yaml,
  templates/custom-metrics-apiservice.yaml, resource-metrics-apiservice.yaml).
- open-telemetry/opentelemetry-helm-charts opentelemetry-collector-0.158.2 (templates/_helpers.tpl: fullname,
  selector labels, service account; values.yaml: ports, replicaCount). 0.158.3, Loom's pin, was never
  published (issue 10 defect 1); the rendering rules read apply to 0.158.x and 0.159.x alike.
- cloudnative-pg/charts cloudnative-pg-v0.23.2 (appVersion 1.25.1: values.yaml, templates/*webhookconfiguration.yaml)
  and cloudnative-pg/cloudnative-pg v1.25.1 (pkg/specs/jobs.go: initdb Job `<cluster>-1-initdb` labelled
  cnpg.io/cluster and cnpg.io/jobRole=initdb; pkg/specs/pods.go and docs/src/security.md "Exposed Ports":
  5432 postgresql, 8000 status (the operator calls it), 9187 metrics, operator webhook 9443).
- minio/operator v7.1.1 (Tenant pools: StatefulSet `<tenant>-<pool>`, labels v1.min.io/tenant and v1.min.io/pool,
  one claim per volume from the pool's volumeClaimTemplate; STS on the operator's port 4223).
- NVIDIA/k8s-device-plugin v0.17.1: deployments/helm/nvidia-device-plugin/values.yaml (nodeSelector {}, the
  default required node affinity on feature.node.kubernetes.io/pci-10de.present=true,
  feature.node.kubernetes.io/cpu-model.vendor_id=NVIDIA or nvidia.com/gpu.present=true; tolerations) and
  templates/daemonset-device-plugin.yml (each rendered only when set).
- NVIDIA/gpu-operator v25.3.0: deployments/gpu-operator/values.yaml (daemonsets.tolerations, devicePlugin.resources) and
  controllers/state_manager.go (nodes with feature.node.kubernetes.io/pci-10de.present=true get
  nvidia.com/gpu.deploy.device-plugin=true and nvidia.com/gpu.present=true).
- prometheus-operator (kube-prometheus-stack 67.8.0, operator v0.79): every Prometheus and Alertmanager pod also runs
  the `config-reloader` sidecar sized by prometheusOperator.prometheusConfigReloader.resources.
- cert-manager/cert-manager v1.21.1: deploy/charts/cert-manager (values.yaml: replicaCount, resources, nodeSelector
  kubernetes.io/os=linux for the controller, webhook and cainjector; webhook.securePort 10250; templates/_helpers.tpl
  fullnames `<fullname>`, `<fullname>-webhook`, `<fullname>-cainjector`).
- kubernetes-sigs/metrics-server metrics-server-helm-chart-3.13.1: charts/metrics-server/values.yaml (replicas 1,
  resources.requests 100m/200Mi, containerPort 10250).
- aws/karpenter-provider-aws 1.14.1 (release commit 1d927085): charts/karpenter/values.yaml (replicas 2, nodeSelector
  kubernetes.io/os=linux, required node affinity karpenter.sh/nodepool DoesNotExist, toleration CriticalAddonsOnly,
  controller.resources).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from loom.checks.cluster import (
    Claim,
    Cluster,
    Container,
    MetricsApi,
    Monitor,
    Pod,
    Service,
    ServicePort,
    Webhook,
    container_of,
    rolling_surge,
)

if TYPE_CHECKING:
    from loom.preview import PreviewResource

ISTIO = "istio/istio 1.27.3 manifests/charts"
MILVUS = "zilliztech/milvus-helm milvus-4.2.45 charts/milvus"
PULSAR = "milvus-helm milvus-4.2.45 charts/pulsar-3.3.0.tgz"
ETCD = "milvus-helm milvus-4.2.45 charts/etcd-6.3.3.tgz"
KPS = "prometheus-community/helm-charts kube-prometheus-stack-67.8.0"
ADAPTER = "prometheus-community/helm-charts prometheus-adapter-4.11.0"
OTEL = "open-telemetry/opentelemetry-helm-charts opentelemetry-collector-0.158.2"
CNPG_CHART = "cloudnative-pg/charts cloudnative-pg-v0.23.2"
CNPG = "cloudnative-pg/cloudnative-pg v1.25.1 pkg/specs"
MINIO_OP = "minio/operator v7.1.1"
DEVICE_PLUGIN = "NVIDIA/k8s-device-plugin v0.17.1 deployments/helm/nvidia-device-plugin"
GPU_OPERATOR = "NVIDIA/gpu-operator v25.3.0"
CERT_MANAGER = "cert-manager/cert-manager v1.21.1 deploy/charts/cert-manager"
METRICS_SERVER = "kubernetes-sigs/metrics-server metrics-server-helm-chart-3.13.1 charts/metrics-server"
KARPENTER = "aws/karpenter-provider-aws 1.14.1 charts/karpenter"
LINUX = {"kubernetes.io/os": "linux"}
SYSTEM_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
"""components/kube/identity.py: the system trust of Debian/Ubuntu images (Go's first file, OpenSSL's bundle)."""

ISTIO_PROXY_REQUESTS = {"cpu": 0.1, "memory": 128 * 2**20}
"""istiod values global.proxy.resources.requests (100m, 128Mi): what every injected sidecar adds to its pod."""


def merge(defaults: Any, values: Any) -> Any:
    """Helm's coalescing of user values over chart defaults: maps merge, a null removes the default."""
    if not isinstance(defaults, Mapping) or not isinstance(values, Mapping):
        return copy.deepcopy(values)
    out = copy.deepcopy(dict(defaults))
    for k, v in values.items():
        if v is None:
            out.pop(k, None)
        elif isinstance(v, Mapping) and isinstance(out.get(k), Mapping):
            out[k] = merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def get(values: Mapping[str, Any], path: str, default: Any = None) -> Any:
    cur: Any = values
    for part in path.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return default
        cur = cur[part]
    return default if cur is None else cur


def chart_name(inputs: Mapping[str, Any]) -> str:
    """The chart's name, also for an OCI reference (`oci://public.ecr.aws/karpenter/karpenter` -> `karpenter`)."""
    chart = str(inputs.get("chart") or "")
    return chart.rstrip("/").rsplit("/", 1)[-1] if "://" in chart else chart


def _mocked_release_name(r: "PreviewResource") -> str:
    from loom import mocks

    return str(mocks.new_resource_outputs(r.type, r.name, r.inputs)[1].get("name") or r.name)


class Release:
    """One `kubernetes:helm.sh/v3:Release` as Helm would install it."""

    def __init__(self, r: "PreviewResource") -> None:
        i = r.inputs
        self.resource = r
        self.chart = chart_name(i)
        self.version = str(i.get("version") or "")
        self.namespace = str(i.get("namespace") or "default")
        # Without `name` Pulumi auto-names the release (resource name plus a random suffix); the
        # preview's mocks pick that suffix deterministically (loom/mocks.py).
        self.name = str(i.get("name") or _mocked_release_name(r))
        values = i.get("values")
        self.values: Mapping[str, Any] = values if isinstance(values, Mapping) else {}
        # A Release waits for its resources unless skipAwait; atomic implies waiting too.
        self.awaited = not bool(i.get("skipAwait"))
        self.create_namespace = bool(i.get("createNamespace"))


def _pod(
    rel: Release,
    kind: str,
    name: str,
    *,
    labels: Mapping[str, str],
    containers: list[Container],
    source: str,
    namespace: Optional[str] = None,
    annotations: Optional[Mapping[str, str]] = None,
    service_account: str = "default",
    replicas: int = 1,
    max_replicas: Optional[int] = None,
    surge: int = 0,
    volumes: Optional[list] = None,
    node_selector: Optional[Mapping[str, str]] = None,
    tolerations: Optional[list] = None,
    affinity: Optional[Mapping[str, Any]] = None,
    host_network: bool = False,
    claims: Optional[list[Claim]] = None,
    awaited: Optional[bool] = None,
    init_containers: Optional[list[Container]] = None,
) -> Pod:
    return Pod(
        owner=rel.resource,
        kind=kind,
        name=name,
        namespace=namespace or rel.namespace,
        labels={str(k): str(v) for k, v in labels.items()},
        annotations={str(k): str(v) for k, v in (annotations or {}).items()},
        service_account=service_account,
        containers=containers,
        init_containers=list(init_containers or []),
        volumes=list(volumes or []),
        node_selector={str(k): str(v) for k, v in (node_selector or {}).items()},
        tolerations=[dict(t) for t in tolerations or []],
        affinity=dict(affinity or {}),
        host_network=host_network,
        replicas=replicas,
        max_replicas=max(replicas, max_replicas or replicas),
        surge=surge,
        claims=list(claims or []),
        source=source,
        awaited=rel.awaited if awaited is None else awaited,
    )


def _container(name: str, ports: list[tuple[int, str]], resources: Any = None, env: Any = None, mounts: Any = None) -> Container:
    return container_of(
        {
            "name": name,
            "ports": [{"containerPort": p, "name": n} for p, n in ports],
            "resources": resources or {},
            "env": env if isinstance(env, list) else [{"name": k, "value": v} for k, v in (env or {}).items()],
            "volumeMounts": mounts or [],
        }
    )


def _claim(rel: Release, name: str, storage_class: Any, size: Any, where: str) -> Claim:
    return Claim(name=name, storage_class=storage_class, size=str(size or ""), owner=rel.resource, where=where, awaited=rel.awaited)


def _service(rel: Release, name: str, type_: str, selector: Mapping[str, str], ports: list[tuple[int, Any, str, str]], namespace: Optional[str] = None) -> Service:
    return Service(
        owner=rel.resource,
        name=name,
        namespace=namespace or rel.namespace,
        type=type_,
        selector=dict(selector),
        ports=[ServicePort(p, t, n, a) for p, t, n, a in ports],
        awaited=rel.awaited,
        where=f"Service {namespace or rel.namespace}/{name} (release {rel.name}, chart {rel.chart})",
    )


def _hpa(cluster: Cluster, rel: Release, pod: Pod, metrics: list[dict], minimum: int, maximum: int) -> None:
    cluster.hpas.append({"owner": rel.resource, "namespace": pod.namespace, "target": pod.name, "metrics": metrics, "min": minimum, "max": maximum,
                         "where": f"HPA of {pod.ref} (release {rel.name})"})


def _cpu_metric(target: Any) -> dict:
    return {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": target}}}


# --- istio ------------------------------------------------------------------------------------

ISTIOD_DEFAULTS = {
    "autoscaleEnabled": True, "autoscaleMin": 1, "autoscaleMax": 5, "replicaCount": 1,
    "rollingMaxSurge": "100%", "rollingMaxUnavailable": "25%",
    "resources": {"requests": {"cpu": "500m", "memory": "2048Mi"}},
    "cpu": {"targetAverageUtilization": 80}, "env": {}, "revision": "",
    "sidecarInjectorWebhook": {"enableNamespacesByDefault": False, "neverInjectSelector": [], "alwaysInjectSelector": []},
    "meshConfig": {"enablePrometheusMerge": True, "rootNamespace": None},
    "global": {"proxy": {"autoInject": "enabled", "statusPort": 15020, "excludeInboundPorts": "",
                         "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}}},
    "pdb": {"minAvailable": 1},
}


def istiod(cluster: Cluster, rel: Release) -> None:
    v = merge(ISTIOD_DEFAULTS, rel.values)
    cluster.istio_values = dict(v, namespace=rel.namespace)
    replicas = int(get(v, "autoscaleMin", 1)) if get(v, "autoscaleEnabled") else int(get(v, "replicaCount", 1))
    maximum = int(get(v, "autoscaleMax", replicas)) if get(v, "autoscaleEnabled") else replicas
    labels = {"app": "istiod", "istio.io/rev": get(v, "revision") or "default", "istio": "pilot", "sidecar.istio.io/inject": "false",
              "operator.istio.io/component": "Pilot", "app.kubernetes.io/name": "istiod"}
    pod = _pod(rel, "Deployment", "istiod", labels=labels, service_account="istiod", replicas=replicas, max_replicas=maximum,
               surge=rolling_surge({"rollingUpdate": {"maxSurge": get(v, "rollingMaxSurge"), "maxUnavailable": get(v, "rollingMaxUnavailable")}}, replicas),
               containers=[_container("discovery", [(8080, "http"), (15010, "grpc-xds"), (15017, "https-webhooks")], get(v, "resources"),
                                      [{"name": k, "value": str(val)} for k, val in (get(v, "env") or {}).items()])],
               node_selector=get(v, "nodeSelector") or {}, tolerations=get(v, "tolerations") or [], affinity=get(v, "affinity") or {},
               source=f"{ISTIO}/istio-control/istio-discovery")
    cluster.pods.append(pod)
    if get(v, "autoscaleEnabled"):
        _hpa(cluster, rel, pod, [_cpu_metric(get(v, "cpu.targetAverageUtilization", 80))], replicas, maximum)
    cluster.services.append(_service(rel, "istiod", "ClusterIP", {"app": "istiod", "istio": "pilot"},
                                     [(15010, 15010, "grpc-xds", ""), (15012, 15012, "https-dns", ""), (443, 15017, "https-webhook", ""), (15014, 15014, "http-monitoring", "")]))
    cluster.webhooks.append(Webhook(rel.resource, "istio-sidecar-injector", "mutating", rel.namespace, "istiod", 443, "Fail", ["*"]))


def istio_base(cluster: Cluster, rel: Release) -> None:
    if get(rel.values, "defaultRevision"):
        # istiod-default-validator validates Istio config, not pods; istiod sets its failurePolicy once ready.
        cluster.webhooks.append(Webhook(rel.resource, "istiod-default-validator", "validating", rel.namespace, "istiod", 443, "Ignore", []))


GATEWAY_DEFAULTS = {
    "name": "", "revision": "",
    "serviceAccount": {"create": True, "name": ""},
    "podAnnotations": {"prometheus.io/port": "15020", "prometheus.io/scrape": "true", "prometheus.io/path": "/stats/prometheus",
                       "inject.istio.io/templates": "gateway", "sidecar.istio.io/inject": "true"},
    "service": {"type": "LoadBalancer", "ports": [{"name": "status-port", "port": 15021, "targetPort": 15021},
                                                  {"name": "http2", "port": 80, "targetPort": 80},
                                                  {"name": "https", "port": 443, "targetPort": 443}]},
    "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
    "autoscaling": {"enabled": True, "minReplicas": 1, "maxReplicas": 5, "targetCPUUtilizationPercentage": 80},
    "labels": {"istio.io/dataplane-mode": "none"},
}


def gateway(cluster: Cluster, rel: Release) -> None:
    v = merge(GATEWAY_DEFAULTS, rel.values)
    name = get(v, "name") or rel.name or "istio-ingressgateway"
    user_labels = get(v, "labels") or {}
    selector = {"app": str(user_labels.get("app") or name), "istio": str(user_labels.get("istio") or name.removeprefix("istio-"))}
    labels = {"sidecar.istio.io/inject": "true", **selector, "app.kubernetes.io/name": name,
              **{k: val for k, val in user_labels.items() if k not in ("app", "istio")}}
    if get(v, "revision"):
        labels["istio.io/rev"] = str(get(v, "revision"))
    sa = (get(v, "serviceAccount.name") or name) if get(v, "serviceAccount.create", True) else (get(v, "serviceAccount.name") or "default")
    autoscale = bool(get(v, "autoscaling.enabled"))
    replicas = int(get(v, "autoscaling.minReplicas", 1)) if autoscale else int(get(v, "replicaCount") or 1)
    maximum = int(get(v, "autoscaling.maxReplicas", replicas)) if autoscale else replicas
    ports = [(int(p.get("targetPort", p["port"])), str(p.get("name", ""))) for p in get(v, "service.ports") or []]
    pod = _pod(rel, "Deployment", name, labels=labels, annotations=get(v, "podAnnotations") or {}, service_account=sa, replicas=replicas,
               max_replicas=maximum, surge=rolling_surge(get(v, "strategy"), replicas),
               containers=[_container("istio-proxy", [*ports, (15090, "http-envoy-prom")], get(v, "resources"))],
               node_selector=get(v, "nodeSelector") or {}, tolerations=get(v, "tolerations") or [], affinity=get(v, "affinity") or {},
               source=f"{ISTIO}/gateway")
    cluster.pods.append(pod)
    if autoscale:
        _hpa(cluster, rel, pod, [_cpu_metric(get(v, "autoscaling.targetCPUUtilizationPercentage", 80))], replicas, maximum)
    cluster.services.append(_service(rel, name, str(get(v, "service.type", "LoadBalancer")), selector,
                                     [(int(p["port"]), p.get("targetPort", p["port"]), str(p.get("name", "")), "") for p in get(v, "service.ports") or []]))


# --- milvus (with etcd and pulsar v3) -----------------------------------------------------------

MILVUS_COMPONENTS = {
    # values key: (workload suffix, component label, grpc port, default enabled in cluster mode)
    "proxy": ("proxy", "proxy", 19530, True),
    "rootCoordinator": ("rootcoord", "rootcoord", 53100, False),
    "queryCoordinator": ("querycoord", "querycoord", 19531, False),
    "indexCoordinator": ("indexcoord", "indexcoord", 31000, False),
    "dataCoordinator": ("datacoord", "datacoord", 13333, False),
    "mixCoordinator": ("mixcoord", "mixcoord", 53100, True),
    "queryNode": ("querynode", "querynode", 21123, True),
    "indexNode": ("indexnode", "indexnode", 21121, True),
    "dataNode": ("datanode", "datanode", 21124, True),
}

PULSAR_COMPONENTS = {
    # values key: (component, requests from Milvus' pulsarv3 defaults, ports, claims)
    "zookeeper": ("zookeeper", {"cpu": "0.2", "memory": "256Mi"}, [(8000, "http"), (2181, "client"), (2888, "follower"), (3888, "leader-election")], ["data"]),
    "bookkeeper": ("bookie", {"cpu": "0.5", "memory": "2048Mi"}, [(3181, "bookie"), (8000, "http")], ["journal", "ledgers"]),
    "autorecovery": ("recovery", {"cpu": "0.1", "memory": "128Mi"}, [(8000, "http")], []),
    "broker": ("broker", {"cpu": "0.5", "memory": "2048Mi"}, [(8080, "http"), (6650, "pulsar")], []),
    "proxy": ("proxy", {"cpu": "0.5", "memory": "1024Mi"}, [(8080, "http"), (6650, "pulsar")], []),
}
PULSAR_REPLICAS = {"zookeeper": 3, "bookkeeper": 3, "autorecovery": 1, "broker": 2, "proxy": 2}
PULSAR_SIZES = {("zookeeper", "data"): "20Gi", ("bookkeeper", "journal"): "100Gi", ("bookkeeper", "ledgers"): "200Gi"}
PULSAR_COMPONENT_FLAG = {"zookeeper": "zookeeper", "bookkeeper": "bookkeeper", "autorecovery": "autorecovery", "broker": "broker", "proxy": "proxy"}


def _fullname(release: str, chart_name: str) -> str:
    return release if chart_name in release else f"{release}-{chart_name}"


def _pulsar_storage_class(pv: Mapping[str, Any], component: str, volume: str, fullname: str) -> Optional[str]:
    """pulsar-3.3.0 templates/zookeeper-statefulset.yaml, bookkeeper-statefulset.yaml: storageClassName,
    else a chart-made class when `storageClass` is set, else local-storage, else none (the default class)."""
    vol = get(pv, f"{component}.volumes.{volume}") or {}
    local = bool(get(pv, "volumes.local_storage")) and bool(vol.get("local_storage"))
    comp_name = PULSAR_COMPONENTS[component][0]
    if vol.get("storageClassName"):
        return str(vol["storageClassName"])
    if not local and vol.get("storageClass"):
        return f"{fullname}-{comp_name}-{vol.get('name', volume)}"
    if local:
        return "local-storage"
    return None


def milvus(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    name = _fullname(rel.name, "milvus") if not get(v, "fullnameOverride") else str(get(v, "fullnameOverride"))
    base_labels = {"app.kubernetes.io/name": "milvus", "app.kubernetes.io/instance": rel.name, **(get(v, "labels") or {})}
    sa = (get(v, "serviceAccount.name") or "milvus") if get(v, "serviceAccount.create") else (get(v, "serviceAccount.name") or "default")
    volumes, mounts = list(get(v, "volumes") or []), list(get(v, "volumeMounts") or [])
    cluster_mode = bool(get(v, "cluster.enabled", True))
    comps: dict[str, tuple[str, str, int, bool]] = dict(MILVUS_COMPONENTS) if cluster_mode else {"standalone": ("standalone", "standalone", 19530, True)}
    if cluster_mode and get(v, "streaming.enabled"):
        comps["streamingNode"] = ("streamingnode", "streamingnode", 22222, True)
    if get(v, "serviceAccount.create"):
        cluster.service_accounts[(rel.namespace, sa)] = {"annotations": dict(get(v, "serviceAccount.annotations") or {}), "owner": rel.resource,
                                                         "where": f"release {rel.name} values serviceAccount.annotations"}
    for key, (suffix, component, port, default_on) in comps.items():
        section = get(v, key) or {}
        if not bool(section.get("enabled", default_on)):
            continue
        replicas = int(section.get("replicas", 1))
        # templates/standalone-deployment.yaml hard-codes Recreate (RocksMQ and the volume are one writer's);
        # mixcoord-deployment.yaml too unless activeStandby is on; the others take `<section>.strategy`.
        recreate = key == "standalone" or (key == "mixCoordinator" and not get(section, "activeStandby.enabled"))
        strategy = {"type": "Recreate"} if recreate else section.get("strategy")
        pod = _pod(
            rel, "Deployment", f"{name}-{suffix}",
            labels={**base_labels, "component": component},
            annotations={**(get(v, "annotations") or {}), **(section.get("annotations") or {})},
            service_account=sa, replicas=replicas, surge=rolling_surge(strategy, replicas),
            containers=[_container(suffix, [(port, suffix), (9091, "metrics")], section.get("resources"), section.get("extraEnv") or [], mounts)],
            volumes=volumes,
            node_selector=section.get("nodeSelector") or get(v, "nodeSelector") or {},
            tolerations=section.get("tolerations") or get(v, "tolerations") or [],
            affinity=section.get("affinity") or get(v, "affinity") or {},
            source=f"{MILVUS}/templates/{suffix}-deployment.yaml",
        )
        cluster.pods.append(pod)
        if key == "standalone" and get(section, "persistence.enabled", True) and not get(section, "persistence.persistentVolumeClaim.existingClaim"):
            sc = get(section, "persistence.persistentVolumeClaim.storageClass")
            cluster.claims.append(_claim(rel, f"{rel.namespace}/{name}", "" if sc == "-" else sc,
                                         get(section, "persistence.persistentVolumeClaim.size", "50Gi"),
                                         f"Milvus standalone volume (release {rel.name}: standalone.persistence.persistentVolumeClaim.storageClass; {MILVUS}/templates/pvc.yaml)"))
    ext = get(v, "externalS3") or {}
    if ext.get("enabled") and ext.get("useSSL"):
        # config.tpl renders externalS3 into milvus.yaml's minio section; both of Milvus' S3 clients (minio-go and the
        # C++ AWS SDK of segcore) then verify the store's certificate against the system trust: SSL_CERT_FILE
        # (Go) and the system bundle (OpenSSL). Milvus' minio.ssl.tlsCACert is not an option: segcore's
        # generateConfig sets verifySSL=false whenever it is given (milvus-io/milvus internal/core/src/storage).
        for pod in [p for p in cluster.pods if p.owner is rel.resource and p.labels.get("app.kubernetes.io/name") == "milvus"]:
            pod.ca_trust = ("SSL_CERT_FILE", SYSTEM_CA_BUNDLE)
            pod.tls_endpoints.append(f"https://{ext.get('host')}:{ext.get('port', 443)}")
    entry = "proxy" if cluster_mode else "standalone"
    cluster.services.append(_service(rel, name, str(get(v, "service.type", "ClusterIP")), {"app.kubernetes.io/name": "milvus", "app.kubernetes.io/instance": rel.name, "component": entry},
                                     [(int(get(v, "service.port", 19530)), "milvus", "milvus", ""), (9091, "metrics", "metrics", "")]))
    if get(v, "metrics.enabled", True) and get(v, "metrics.serviceMonitor.enabled"):
        cluster.monitors.append(Monitor(rel.resource, f"{name} ServiceMonitor", [rel.namespace], {"app.kubernetes.io/name": "milvus", "app.kubernetes.io/instance": rel.name}, "metrics"))

    if get(v, "etcd.enabled", True):
        ev = v.get("etcd") or {}
        sc = get(v, "global.storageClass") or get(ev, "global.storageClass") or get(ev, "persistence.storageClass")
        replicas = int(ev.get("replicaCount", 3))
        etcd_name = f"{rel.name}-etcd" if "etcd" not in rel.name else rel.name
        claims = []
        if get(ev, "persistence.enabled", True):
            claims.append(_claim(rel, f"{etcd_name}/data", "" if sc == "-" else sc, get(ev, "persistence.size", "8Gi"),
                                 f"Milvus etcd volume (release {rel.name}: etcd.persistence.storageClass; {ETCD} templates/statefulset.yaml)"))
        cluster.pods.append(_pod(rel, "StatefulSet", etcd_name, labels={"app.kubernetes.io/name": "etcd", "app.kubernetes.io/instance": rel.name},
                                 containers=[_container("etcd", [(2379, "client"), (2380, "peer")], ev.get("resources"))],
                                 replicas=replicas, claims=claims, node_selector=ev.get("nodeSelector") or {}, tolerations=ev.get("tolerations") or [],
                                 source=f"{ETCD} templates/statefulset.yaml"))

    if get(v, "pulsarv3.enabled", True) and cluster_mode:
        pv = v.get("pulsarv3") or {}
        pname = str(pv.get("nameOverride") or "pulsarv3")
        fullname = _fullname(rel.name, pname)
        plabels = {"app": pname, "release": rel.name, "cluster": fullname, **(pv.get("labels") or {})}
        persistence = bool(pv.get("persistence", True)) and bool(get(pv, "volumes.persistence", True))
        for key, (component, requests, ports, volumes_of) in PULSAR_COMPONENTS.items():
            if not get(pv, f"components.{PULSAR_COMPONENT_FLAG[key]}", True):
                continue
            section = pv.get(key) or {}
            claims = []
            if persistence and get(section, "volumes.persistence", True):
                for vol in volumes_of:
                    claims.append(_claim(rel, f"{fullname}-{component}/{vol}", _pulsar_storage_class(pv, key, vol, fullname),
                                         get(section, f"volumes.{vol}.size", PULSAR_SIZES.get((key, vol), "")),
                                         f"Pulsar {key} {vol} volume (release {rel.name}: pulsarv3.{key}.volumes.{vol}.storageClassName; {PULSAR} templates/{key}-statefulset.yaml)"))
            cluster.pods.append(_pod(rel, "StatefulSet", f"{fullname}-{component}", labels={**plabels, "component": component},
                                     service_account=f"{fullname}-{component}" + ("-acct" if key == "broker" else ""),
                                     containers=[_container(f"{fullname}-{component}", ports, section.get("resources") or {"requests": requests})],
                                     replicas=int(section.get("replicaCount", PULSAR_REPLICAS[key])), claims=claims,
                                     node_selector=section.get("nodeSelector") or {}, tolerations=section.get("tolerations") or [],
                                     source=f"{PULSAR} templates/{key}-statefulset.yaml"))
        if get(pv, "components.broker", True):
            # Plain Jobs (not Helm hooks): pulsar-cluster-initialize.yaml and bookkeeper-cluster-initialize.yaml. Their main
            # containers take pulsar_metadata.resources / bookkeeper.metadata.resources (none unless set), their wait-for
            # init containers initContainer.resources (the pulsar chart's values.yaml: 0.1 CPU, 256Mi).
            init = _container("wait", [], get(pv, "initContainer.resources") or {"requests": {"cpu": "0.1", "memory": "256Mi"}})
            for job, comp, res in (("pulsar-init", str(get(pv, "pulsar_metadata.component", "pulsar-init")), get(pv, "pulsar_metadata.resources")),
                                   ("bookie-init", "bookie-init", get(pv, "bookkeeper.metadata.resources"))):
                cluster.pods.append(_pod(rel, "Job", f"{fullname}-{comp}", labels={**plabels, "component": comp},
                                         containers=[_container(job, [], res or {})], init_containers=[init], awaited=False,
                                         source=f"{PULSAR} templates/{'pulsar' if job == 'pulsar-init' else 'bookkeeper'}-cluster-initialize.yaml"))


# --- observability ----------------------------------------------------------------------------


def kube_prometheus_stack(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    full = str(get(v, "fullnameOverride") or _fullname(rel.name, "kube-prometheus-stack"))
    op = _pod(rel, "Deployment", f"{full}-operator", labels={"app": "kube-prometheus-stack-operator", "release": rel.name}, node_selector=LINUX,
              service_account=f"{full}-operator", containers=[_container("kube-prometheus-stack", [(10250, "https")], get(v, "prometheusOperator.resources"))],
              source=f"{KPS} templates/prometheus-operator/deployment.yaml")
    cluster.pods.append(op)
    if get(v, "prometheusOperator.admissionWebhooks.enabled", True):
        policy = str(get(v, "prometheusOperator.admissionWebhooks.failurePolicy") or "Ignore")
        for kind in ("mutating", "validating"):
            cluster.webhooks.append(Webhook(rel.resource, f"{full}-admission", kind, rel.namespace, f"{full}-operator", 443, policy, []))
    ps = get(v, "prometheus.prometheusSpec") or {}
    replicas = int(ps.get("replicas", 1))
    claims = []
    vct = get(ps, "storageSpec.volumeClaimTemplate")
    if vct:
        claims.append(_claim(rel, f"prometheus-{full}-prometheus/db", get(vct, "spec.storageClassName"), get(vct, "spec.resources.requests.storage", ""),
                             f"Prometheus volume (release {rel.name}: prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.storageClassName)"))
    reloader = _container("config-reloader", [(8080, "reloader-web")], get(v, "prometheusOperator.prometheusConfigReloader.resources"))
    cluster.pods.append(_pod(rel, "StatefulSet", f"prometheus-{full}-prometheus",
                             labels={"app.kubernetes.io/name": "prometheus", "prometheus": f"{full}-prometheus", **(get(ps, "podMetadata.labels") or {})},
                             service_account=f"{full}-prometheus", containers=[_container("prometheus", [(9090, "http-web")], ps.get("resources")), reloader],
                             replicas=replicas, claims=claims, node_selector=ps.get("nodeSelector") or {}, tolerations=ps.get("tolerations") or [],
                             source=f"{KPS} (Prometheus CR rendered by the operator)"))
    if get(v, "alertmanager.enabled", True):
        am = get(v, "alertmanager.alertmanagerSpec") or {}
        am_claims = []
        if get(am, "storage.volumeClaimTemplate"):
            am_claims.append(_claim(rel, f"alertmanager-{full}-alertmanager/db", get(am, "storage.volumeClaimTemplate.spec.storageClassName"), "",
                                    f"Alertmanager volume (release {rel.name}: alertmanager.alertmanagerSpec.storage)"))
        cluster.pods.append(_pod(rel, "StatefulSet", f"alertmanager-{full}-alertmanager", labels={"app.kubernetes.io/name": "alertmanager"},
                                 service_account=f"{full}-alertmanager", containers=[_container("alertmanager", [(9093, "http-web")], am.get("resources")), reloader],
                                 replicas=int(am.get("replicas", 1)), claims=am_claims, source=f"{KPS} (Alertmanager CR)"))
    if get(v, "kubeStateMetrics.enabled", True):
        cluster.pods.append(_pod(rel, "Deployment", f"{full}-kube-state-metrics", labels={"app.kubernetes.io/name": "kube-state-metrics"},
                                 service_account=f"{full}-kube-state-metrics", containers=[_container("kube-state-metrics", [(8080, "http")], get(v, "kube-state-metrics.resources"))],
                                 source=f"{KPS} charts/kube-state-metrics 5.28"))
    if get(v, "nodeExporter.enabled", True):
        ne = v.get("prometheus-node-exporter") or {}
        cluster.pods.append(_pod(rel, "DaemonSet", f"{full}-prometheus-node-exporter", labels={"app.kubernetes.io/name": "prometheus-node-exporter"},
                                 service_account=f"{full}-prometheus-node-exporter", host_network=bool(ne.get("hostNetwork", True)),
                                 tolerations=ne.get("tolerations") or [{"effect": "NoSchedule", "operator": "Exists"}],
                                 containers=[_container("node-exporter", [(9100, "http-metrics")], ne.get("resources"))],
                                 source=f"{KPS} charts/prometheus-node-exporter 4.43 (hostNetwork true, tolerations NoSchedule Exists)"))
    if get(v, "grafana.enabled", True):
        cluster.pods.append(_pod(rel, "Deployment", f"{full}-grafana", labels={"app.kubernetes.io/name": "grafana"}, service_account=f"{full}-grafana",
                                 containers=[_container("grafana", [(3000, "grafana")], get(v, "grafana.resources"))], source=f"{KPS} charts/grafana"))


def prometheus_adapter(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    name = _fullname(rel.name, "prometheus-adapter")
    labels = {"app.kubernetes.io/name": "prometheus-adapter", "app.kubernetes.io/instance": rel.name}
    replicas = int(v.get("replicas", 1))
    cluster.pods.append(_pod(rel, "Deployment", name, labels=labels, service_account=name, replicas=replicas,
                             surge=rolling_surge(v.get("strategy"), replicas),
                             containers=[_container("prometheus-adapter", [(6443, "https")], v.get("resources"))],
                             node_selector=v.get("nodeSelector") or {}, tolerations=v.get("tolerations") or [], source=f"{ADAPTER} templates/deployment.yaml"))
    cluster.services.append(_service(rel, name, "ClusterIP", labels, [(443, "https", "https", "")]))
    rules = v.get("rules") or {}
    if rules.get("default", True) or rules.get("custom"):
        names = {str(get(r, "name.as")) for r in rules.get("custom") or [] if get(r, "name.as")}
        cluster.metrics_apis.append(MetricsApi("custom.metrics.k8s.io", rel.resource, names or {"*"}))
        cluster.webhooks.append(Webhook(rel.resource, "v1beta1.custom.metrics.k8s.io", "apiservice", rel.namespace, name, 443, "Fail", []))
    if rules.get("resource"):
        cluster.metrics_apis.append(MetricsApi("metrics.k8s.io", rel.resource, {"cpu", "memory"}))
        cluster.webhooks.append(Webhook(rel.resource, "v1beta1.metrics.k8s.io", "apiservice", rel.namespace, name, 443, "Fail", []))
    if rules.get("external"):
        cluster.metrics_apis.append(MetricsApi("external.metrics.k8s.io", rel.resource, {"*"}))


OTEL_PORTS = {"otlp": 4317, "otlp-http": 4318, "jaeger-compact": 6831, "jaeger-thrift": 14268, "jaeger-grpc": 14250, "zipkin": 9411, "metrics": 8888}
OTEL_PORTS_ON = {"otlp": True, "otlp-http": True, "jaeger-compact": True, "jaeger-thrift": True, "jaeger-grpc": True, "zipkin": True, "metrics": False}


def opentelemetry_collector(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    full = str(get(v, "fullnameOverride") or _fullname(rel.name, "opentelemetry-collector"))
    selector = {"app.kubernetes.io/name": str(get(v, "nameOverride") or "opentelemetry-collector"), "app.kubernetes.io/instance": rel.name}
    sa = (get(v, "serviceAccount.name") or full) if get(v, "serviceAccount.create", True) else (get(v, "serviceAccount.name") or "default")
    if get(v, "serviceAccount.create", True):
        cluster.service_accounts[(rel.namespace, sa)] = {"annotations": dict(get(v, "serviceAccount.annotations") or {}), "owner": rel.resource,
                                                         "where": f"release {rel.name} values serviceAccount.annotations"}
    ports = [(int(get(v, f"ports.{k}.containerPort", p)), k) for k, p in OTEL_PORTS.items() if get(v, f"ports.{k}.enabled", OTEL_PORTS_ON[k])]
    kind = {"deployment": "Deployment", "daemonset": "DaemonSet", "statefulset": "StatefulSet"}.get(str(v.get("mode") or "deployment"), "Deployment")
    replicas = int(v.get("replicaCount", 1))
    cluster.pods.append(_pod(rel, kind, full, labels={**selector, "component": "standalone-collector", **(v.get("podLabels") or {})},
                             annotations=v.get("podAnnotations") or {}, service_account=sa, replicas=replicas, surge=rolling_surge(v.get("rollout"), replicas),
                             containers=[_container("opentelemetry-collector", ports, v.get("resources"), v.get("extraEnvs") or [], v.get("extraVolumeMounts") or [])],
                             volumes=v.get("extraVolumes") or [], node_selector=v.get("nodeSelector") or {}, tolerations=v.get("tolerations") or [],
                             source=f"{OTEL} templates/deployment.yaml, _pod.tpl"))
    cluster.services.append(_service(rel, full, str(get(v, "service.type", "ClusterIP")), selector, [(p, p, n, "") for p, n in ports]))


# --- operators on existing clusters --------------------------------------------------------------


def cloudnative_pg(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    full = _fullname(rel.name, "cloudnative-pg")
    labels = {"app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/instance": rel.name}
    cluster.pods.append(_pod(rel, "Deployment", full, labels=labels, service_account=full, replicas=int(v.get("replicaCount", 1)),
                             containers=[_container("manager", [(8080, "metrics"), (int(get(v, "webhook.port", 9443)), "webhook-server")], v.get("resources"))],
                             source=f"{CNPG_CHART} templates/deployment.yaml"))
    svc = str(get(v, "service.name", "cnpg-webhook-service"))
    cluster.services.append(_service(rel, svc, "ClusterIP", labels, [(int(get(v, "service.port", 443)), "webhook-server", "webhook-server", "")]))
    cluster.webhooks.append(Webhook(rel.resource, "cnpg-mutating-webhook-configuration", "mutating", rel.namespace, svc, 443, str(get(v, "webhook.mutating.failurePolicy", "Fail")), []))
    cluster.webhooks.append(Webhook(rel.resource, "cnpg-validating-webhook-configuration", "validating", rel.namespace, svc, 443, str(get(v, "webhook.validating.failurePolicy", "Fail")), []))


def minio_operator(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    labels = {"app.kubernetes.io/name": "operator", "app.kubernetes.io/instance": rel.name}
    cluster.pods.append(_pod(rel, "Deployment", "minio-operator", labels=labels, service_account="minio-operator",
                             replicas=int(get(v, "operator.replicaCount", 2)),
                             containers=[_container("operator", [(4221, "http"), (4223, "sts")], get(v, "operator.resources") or {"requests": {"cpu": "200m", "memory": "256Mi"}})],
                             source=f"{MINIO_OP} helm/operator"))
    sts = _service(rel, "sts", "ClusterIP", labels, [(4223, 4223, "https", "")])
    sts.cluster_ca_signed = True  # the operator's STS certificate comes from the Kubernetes CSR API (cluster CA)
    cluster.services.append(sts)


def gpu_operator(cluster: Cluster, rel: Release) -> None:
    v = rel.values
    if not get(v, "devicePlugin.enabled", True):
        return
    pod = _pod(rel, "DaemonSet", "nvidia-device-plugin-daemonset", labels={"app": "nvidia-device-plugin-daemonset"},
               service_account="nvidia-device-plugin", containers=[_container("nvidia-device-plugin", [], get(v, "devicePlugin.resources") or {})],
               node_selector={"nvidia.com/gpu.deploy.device-plugin": "true"},
               tolerations=get(v, "daemonsets.tolerations") or [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
               source=f"{GPU_OPERATOR} deployments/gpu-operator/values.yaml daemonsets.tolerations; controllers/state_manager.go node labels")
    pod.annotations["loom.io/role"] = "nvidia-device-plugin"
    pod.annotations["loom.io/nfd"] = "true" if get(v, "nfd.enabled", True) else "false"
    cluster.pods.append(pod)


DEVICE_PLUGIN_AFFINITY = {
    "nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
        {"matchExpressions": [{"key": "feature.node.kubernetes.io/pci-10de.present", "operator": "In", "values": ["true"]}]},
        {"matchExpressions": [{"key": "feature.node.kubernetes.io/cpu-model.vendor_id", "operator": "In", "values": ["NVIDIA"]}]},
        {"matchExpressions": [{"key": "nvidia.com/gpu.present", "operator": "In", "values": ["true"]}]},
    ]}}
}
DEVICE_PLUGIN_TOLERATIONS = [{"key": "CriticalAddonsOnly", "operator": "Exists"}, {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]


def nvidia_device_plugin(cluster: Cluster, rel: Release) -> None:
    v = merge({"nodeSelector": {}, "affinity": DEVICE_PLUGIN_AFFINITY, "tolerations": DEVICE_PLUGIN_TOLERATIONS}, rel.values)
    if not get(v, "devicePlugin.enabled", True):
        return
    pod = _pod(rel, "DaemonSet", f"{_fullname(rel.name, 'nvidia-device-plugin')}", labels={"app.kubernetes.io/name": "nvidia-device-plugin"},
               containers=[_container("nvidia-device-plugin-ctr", [], v.get("resources"))], node_selector=v.get("nodeSelector") or {},
               tolerations=v.get("tolerations") or [], affinity=v.get("affinity") or {},
               source=f"{DEVICE_PLUGIN}/values.yaml (affinity default kept unless set) and templates/daemonset-device-plugin.yml")
    pod.annotations["loom.io/role"] = "nvidia-device-plugin"
    cluster.pods.append(pod)


def metrics_server(cluster: Cluster, rel: Release) -> None:
    v = merge({"replicas": 1, "resources": {"requests": {"cpu": "100m", "memory": "200Mi"}}}, rel.values)
    name = str(get(v, "fullnameOverride") or _fullname(rel.name, "metrics-server"))
    labels = {"app.kubernetes.io/name": "metrics-server", "app.kubernetes.io/instance": rel.name}
    replicas = int(v.get("replicas", 1))
    cluster.pods.append(_pod(rel, "Deployment", name, labels=labels, service_account=name, replicas=replicas,
                             surge=rolling_surge(v.get("updateStrategy"), replicas),
                             containers=[_container("metrics-server", [(int(v.get("containerPort", 10250)), "https")], v.get("resources"))],
                             node_selector=v.get("nodeSelector") or {}, tolerations=v.get("tolerations") or [], affinity=v.get("affinity") or {},
                             host_network=bool(get(v, "hostNetwork.enabled")), source=f"{METRICS_SERVER}/values.yaml, templates/deployment.yaml"))
    cluster.services.append(_service(rel, name, "ClusterIP", labels, [(443, "https", "https", "")]))
    cluster.metrics_apis.append(MetricsApi("metrics.k8s.io", rel.resource, {"cpu", "memory"}))
    cluster.webhooks.append(Webhook(rel.resource, "v1beta1.metrics.k8s.io", "apiservice", rel.namespace, name, 443, "Fail", []))


def cert_manager(cluster: Cluster, rel: Release) -> None:
    """The controller, webhook and cainjector Deployments (startupapicheck is a post-install Job Helm waits for)."""
    v = rel.values
    full = str(get(v, "fullnameOverride") or _fullname(rel.name, "cert-manager"))
    parts = {"controller": (full, "cert-manager", v, [(9402, "http-metrics")]),
             "webhook": (f"{full}-webhook", "webhook", v.get("webhook") or {}, [(int(get(v, "webhook.securePort", 10250)), "https")]),
             "cainjector": (f"{full}-cainjector", "cainjector", v.get("cainjector") or {}, [])}
    for component, (name, app, section, ports) in parts.items():
        if component == "cainjector" and not get(v, "cainjector.enabled", True):
            continue
        labels = {"app.kubernetes.io/name": app, "app.kubernetes.io/instance": rel.name, "app.kubernetes.io/component": component}
        replicas = int(section.get("replicaCount", 1))
        cluster.pods.append(_pod(rel, "Deployment", name, labels=labels, service_account=name, replicas=replicas,
                                 surge=rolling_surge(section.get("strategy"), replicas),
                                 containers=[_container(f"cert-manager-{component}", ports, section.get("resources"))],
                                 node_selector=merge(LINUX, section.get("nodeSelector") or {}), tolerations=section.get("tolerations") or [],
                                 affinity=section.get("affinity") or {}, source=f"{CERT_MANAGER}/values.yaml, templates/{component if component != 'controller' else ''}deployment.yaml"))
    labels = {"app.kubernetes.io/name": "webhook", "app.kubernetes.io/instance": rel.name, "app.kubernetes.io/component": "webhook"}
    cluster.services.append(_service(rel, f"{full}-webhook", "ClusterIP", labels, [(443, "https", "https", "")]))
    for kind in ("mutating", "validating"):
        cluster.webhooks.append(Webhook(rel.resource, f"{full}-webhook", kind, rel.namespace, f"{full}-webhook", 443, "Fail", []))


def karpenter(cluster: Cluster, rel: Release) -> None:
    """The controller (it runs off Karpenter's own nodes: its affinity excludes every karpenter.sh/nodepool node)."""
    v = merge({"replicas": 2, "nodeSelector": LINUX, "tolerations": [{"key": "CriticalAddonsOnly", "operator": "Exists"}],
               "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
                   {"matchExpressions": [{"key": "karpenter.sh/nodepool", "operator": "DoesNotExist"}]}]}}},
               "strategy": {"rollingUpdate": {"maxUnavailable": 1}}}, rel.values)
    name = str(get(v, "fullnameOverride") or _fullname(rel.name, "karpenter"))
    replicas = int(v.get("replicas", 2))
    cluster.pods.append(_pod(rel, "Deployment", name, labels={"app.kubernetes.io/name": "karpenter", "app.kubernetes.io/instance": rel.name},
                             service_account=str(get(v, "serviceAccount.name") or name), replicas=replicas,
                             surge=rolling_surge(v.get("strategy"), replicas),
                             containers=[_container("controller", [(8080, "http-metrics"), (8081, "http")], get(v, "controller.resources"))],
                             node_selector=v.get("nodeSelector") or {}, tolerations=v.get("tolerations") or [], affinity=v.get("affinity") or {},
                             source=f"{KARPENTER}/values.yaml, templates/deployment.yaml"))


CHARTS: dict[str, Callable[[Cluster, Release], None]] = {
    "istiod": istiod,
    "base": istio_base,
    "gateway": gateway,
    "milvus": milvus,
    "kube-prometheus-stack": kube_prometheus_stack,
    "prometheus-adapter": prometheus_adapter,
    "opentelemetry-collector": opentelemetry_collector,
    "cloudnative-pg": cloudnative_pg,
    "operator": minio_operator,
    "gpu-operator": gpu_operator,
    "nvidia-device-plugin": nvidia_device_plugin,
    "metrics-server": metrics_server,
    "cert-manager": cert_manager,
    "karpenter": karpenter,
}
"""Chart name -> what it renders. A chart missing here contributes no pods (its releases are listed in
`unmodeled`); tests/checks/test_cluster_model.py fails when a stack installs one."""


# --- operator CustomResources -------------------------------------------------------------------


def cnpg_cluster(cluster: Cluster, r: "PreviewResource") -> None:
    """A CloudNativePG Cluster: `instances` pods (SA = the cluster's name) and the initdb Job, both carrying
    `spec.inheritedMetadata` (CNPG's API reference: "Metadata that will be inherited by all objects related to the Cluster")."""
    meta, spec = r.inputs.get("metadata") or {}, r.inputs.get("spec") or {}
    name, ns = str(meta.get("name") or r.name), str(meta.get("namespace") or "default")
    instances = int(spec.get("instances", 1))
    inherited = spec.get("inheritedMetadata") or {}  # CNPG copies these onto every object of the Cluster (pods, jobs)
    extra_labels, annotations = dict(inherited.get("labels") or {}), dict(inherited.get("annotations") or {})
    labels = {**extra_labels, "cnpg.io/cluster": name, "cnpg.io/podRole": "instance"}
    mounts = [{"name": "projected", "mountPath": "/projected"}] if spec.get("projectedVolumeTemplate") else []
    volumes = [{"name": "projected", "projected": spec.get("projectedVolumeTemplate")}] if spec.get("projectedVolumeTemplate") else []
    storage = spec.get("storage") or {}
    claims = [Claim(f"{ns}/{name}-N", storage.get("storageClass"), str(storage.get("size", "")), r, f"CloudNativePG Cluster {ns}/{name} spec.storage.storageClass", awaited=False)]
    env = spec.get("env") or []
    postgres = container_of({"name": "postgres", "ports": [{"containerPort": 5432, "name": "postgresql"}, {"containerPort": 8000, "name": "status"},
                                                              {"containerPort": 9187, "name": "metrics"}],
                             "resources": spec.get("resources") or {}, "env": env, "volumeMounts": mounts})
    affinity = spec.get("affinity") or {}
    common: dict[str, Any] = dict(node_selector=affinity.get("nodeSelector") or {}, tolerations=affinity.get("tolerations") or [])
    cluster.pods.append(Pod(owner=r, kind="StatefulSet", name=name, namespace=ns, labels=labels, annotations=dict(annotations), service_account=name,
                            containers=[postgres], volumes=volumes, replicas=instances, claims=claims, source=f"{CNPG}/pods.go", awaited=False, **common))
    if "initdb" in (spec.get("bootstrap") or {}) or not spec.get("bootstrap"):
        init = container_of({"name": "initdb", "resources": spec.get("resources") or {}, "env": env, "volumeMounts": mounts})
        cluster.pods.append(Pod(owner=r, kind="Job", name=f"{name}-1-initdb", namespace=ns, labels={**extra_labels, "cnpg.io/cluster": name, "cnpg.io/jobRole": "initdb"},
                                annotations=dict(annotations), service_account=name, containers=[init], volumes=volumes, source=f"{CNPG}/jobs.go",
                                awaited=False, **common))
    cluster.services.append(Service(owner=r, name=f"{name}-rw", namespace=ns, selector={"cnpg.io/cluster": name, "role": "primary"},
                                    ports=[ServicePort(5432, "postgresql", "postgres", "")], awaited=False, where=f"Service {ns}/{name}-rw (CloudNativePG)"))


def minio_tenant(cluster: Cluster, r: "PreviewResource") -> None:
    """A MinIO Tenant: one StatefulSet per pool, `volumesPerServer` claims per server."""
    meta, spec = r.inputs.get("metadata") or {}, r.inputs.get("spec") or {}
    name, ns = str(meta.get("name") or r.name), str(meta.get("namespace") or "default")
    sa = str(spec.get("serviceAccountName") or f"{name}-sa")
    for pool in spec.get("pools") or []:
        pname = str(pool.get("name") or "pool-0")
        vct = pool.get("volumeClaimTemplate") or {}
        sc = get(vct, "spec.storageClassName")
        claims = [Claim(f"{ns}/{name}-{pname}/data{i}", sc, str(get(vct, "spec.resources.requests.storage", "")), r,
                        f"MinIO Tenant {ns}/{name} pool {pname} volumeClaimTemplate.spec.storageClassName", awaited=False)
                  for i in range(int(pool.get("volumesPerServer", 1)))]
        cluster.pods.append(Pod(owner=r, kind="StatefulSet", name=f"{name}-{pname}", namespace=ns,
                                labels={"v1.min.io/tenant": name, "v1.min.io/pool": pname}, service_account=sa,
                                containers=[container_of({"name": "minio", "ports": [{"containerPort": 9000, "name": "https-minio"}], "resources": pool.get("resources") or {}})],
                                replicas=int(pool.get("servers", 1)), claims=claims, node_selector=pool.get("nodeSelector") or {},
                                tolerations=pool.get("tolerations") or [], affinity=pool.get("affinity") or {}, source=f"{MINIO_OP} Tenant pools", awaited=False))
    auto_cert = bool(spec.get("requestAutoCert", True))
    cluster.services.append(Service(owner=r, name="minio", namespace=ns, selector={"v1.min.io/tenant": name},
                                    ports=[ServicePort(443 if auto_cert else 80, 9000, "https-minio", "")], awaited=False,
                                    where=f"Service {ns}/minio (MinIO Tenant)", cluster_ca_signed=auto_cert))


CUSTOM_RESOURCES: dict[str, Callable[[Cluster, "PreviewResource"], None]] = {
    "kubernetes:postgresql.cnpg.io/v1:Cluster": cnpg_cluster,
    "kubernetes:minio.min.io/v2:Tenant": minio_tenant,
}


def _monitor_of(cluster: Cluster, r: "PreviewResource") -> None:
    spec = r.inputs.get("spec") or {}
    nss = (spec.get("namespaceSelector") or {}).get("matchNames") or [cluster.namespace_of(r)]
    endpoints = spec.get("podMetricsEndpoints") or spec.get("endpoints") or []
    for e in endpoints:
        cluster.monitors.append(Monitor(r, f"{r.type.rsplit(':', 1)[-1]} {cluster.namespace_of(r)}/{(r.inputs.get('metadata') or {}).get('name', r.name)}",
                                        list(nss), dict((spec.get("selector") or {}).get("matchLabels") or {}), e.get("port") or e.get("targetPort"), dict(e)))


def expand(cluster: Cluster) -> None:
    """Add what releases and operator CustomResources create to the model."""
    unmodeled = []
    for r in cluster.result.resources:
        if r.type == "kubernetes:helm.sh/v3:Release":
            rel = Release(r)
            if rel.create_namespace:
                cluster.namespaces.setdefault(rel.namespace, {})
            fn = CHARTS.get(rel.chart)
            if fn is None:
                unmodeled.append(rel)
            else:
                fn(cluster, rel)
        elif r.type in CUSTOM_RESOURCES:
            CUSTOM_RESOURCES[r.type](cluster, r)
        elif r.type in ("kubernetes:monitoring.coreos.com/v1:PodMonitor", "kubernetes:monitoring.coreos.com/v1:ServiceMonitor"):
            _monitor_of(cluster, r)
        elif r.type == "kubernetes:cert-manager.io/v1:Certificate":
            spec = r.inputs.get("spec") or {}
            if spec.get("secretName"):
                cluster.secrets.add((cluster.namespace_of(r), str(spec["secretName"])))
    cluster.unmodeled = unmodeled


__all__ = ["CHARTS", "CUSTOM_RESOURCES", "ISTIO_PROXY_REQUESTS", "Release", "expand", "get", "merge"]
