"""Pod Security Standards: every baseline and restricted control, insecure and hardened, across every
pod-bearing kind (built-in controllers, Patch variants, a custom resource with a pod template)."""

from __future__ import annotations

from tests.policy.conformance.k8s import container, helm, pod_spec, rollout, workload
from tests.policy.conformance.model import allow, deny
from tests.policy.conformance.sources import pss

B, R = "pod-security-baseline", "pod-security-restricted"
APP_NS = "team-apps"  # not a platform namespace: baseline only, by default


def ctr(sc=None, **fields):
    return pod_spec(containers=[container(sc=sc, **fields)])


CASES = [
    # --- baseline: Host Namespaces ---------------------------------------------------------------
    deny("host-network-deployment", B, pss("baseline", "Host Namespaces"),
         [workload("Deployment", ns=APP_NS, pod=pod_spec(hostNetwork=True))], expect="spec.hostNetwork"),
    deny("host-pid-daemonset", B, pss("baseline", "Host Namespaces"),
         [workload("DaemonSet", ns=APP_NS, pod=pod_spec(hostPID=True))], expect="hostPID"),
    deny("host-ipc-cronjob", B, pss("baseline", "Host Namespaces"),
         [workload("CronJob", ns=APP_NS, pod=pod_spec(hostIPC=True))], expect="hostIPC"),
    deny("host-network-patch", B, pss("baseline", "Host Namespaces"),
         [workload("Deployment", ns=APP_NS, pod={"hostNetwork": True}, patch=True)], expect="hostNetwork"),
    allow("host-namespaces-false", B, pss("baseline", "Host Namespaces"),
          [workload("Deployment", ns=APP_NS, pod=pod_spec(hostNetwork=False, hostPID=False, hostIPC=False))]),
    # --- baseline: Privileged Containers ------------------------------------------------------------
    deny("privileged-statefulset", B, pss("baseline", "Privileged Containers"),
         [workload("StatefulSet", ns=APP_NS, pod=ctr({"privileged": True}))], expect="privileged"),
    deny("privileged-init-container", B, pss("baseline", "Privileged Containers"),
         [workload("Job", ns=APP_NS, pod=pod_spec(initContainers=[container("init", sc={"privileged": True})]))],
         expect="initContainer 'init'"),
    deny("privileged-ephemeral-container", B, pss("baseline", "Privileged Containers"),
         [workload("Pod", ns=APP_NS, pod=pod_spec(ephemeralContainers=[container("debug", sc={"privileged": True})]))],
         expect="ephemeralContainer"),
    deny("privileged-rollout-custom-resource", B, pss("baseline", "Privileged Containers"),
         [rollout(ns=APP_NS, pod=ctr({"privileged": True}))], expect="privileged"),
    allow("privileged-false", B, pss("baseline", "Privileged Containers"),
          [workload("ReplicaSet", ns=APP_NS, pod=ctr({"privileged": False}))]),
    # --- baseline: Capabilities ----------------------------------------------------------------
    deny("cap-sys-admin", B, pss("baseline", "Capabilities"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"capabilities": {"add": ["SYS_ADMIN"]}}))], expect="SYS_ADMIN"),
    deny("cap-net-raw-not-in-allow-list", B, pss("baseline", "Capabilities"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"capabilities": {"add": ["NET_RAW"]}}))], expect="NET_RAW"),
    deny("cap-bpf", B, pss("baseline", "Capabilities"),
         [workload("DaemonSet", ns=APP_NS, pod=ctr({"capabilities": {"add": ["BPF", "PERFMON"]}}))], expect="BPF"),
    deny("cap-prefixed-name-is-not-allowed", B, pss("baseline", "Capabilities"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"capabilities": {"add": ["CAP_CHOWN"]}}))], expect="CAP_CHOWN"),
    allow("cap-baseline-allow-list", B, pss("baseline", "Capabilities"),
          [workload("Deployment", ns=APP_NS, pod=ctr({"capabilities": {"add": ["CHOWN", "NET_BIND_SERVICE", "SETUID"]}}))]),
    # --- baseline: HostPath Volumes -----------------------------------------------------------------
    deny("hostpath-docker-socket", B, pss("baseline", "HostPath Volumes"),
         [workload("DaemonSet", ns=APP_NS, pod=pod_spec(volumes=[{"name": "sock", "hostPath": {
             "path": "/var/run/docker.sock", "type": "Socket"}}]))], expect="/var/run/docker.sock"),
    deny("hostpath-in-pod-template", B, pss("baseline", "HostPath Volumes"),
         [workload("PodTemplate", ns=APP_NS, pod=pod_spec(volumes=[{"name": "root", "hostPath": {"path": "/"}}]))],
         expect="hostPath"),
    allow("emptydir-and-pvc", B, pss("baseline", "HostPath Volumes"),
          [workload("StatefulSet", ns=APP_NS, pod=pod_spec(volumes=[{"name": "tmp", "emptyDir": {}},
                                                                   {"name": "d", "persistentVolumeClaim": {"claimName": "d"}}]))]),
    # --- baseline: Host Ports ---------------------------------------------------------------
    deny("host-port", B, pss("baseline", "Host Ports"),
         [workload("Deployment", ns=APP_NS, pod=ctr(ports=[{"containerPort": 8080, "hostPort": 8080}]))],
         expect="hostPort 8080"),
    allow("host-port-zero", B, pss("baseline", "Host Ports"),
          [workload("Deployment", ns=APP_NS, pod=ctr(ports=[{"containerPort": 8080, "hostPort": 0}]))]),
    allow("host-port-on-known-list", B, pss("baseline", "Host Ports"),
          [workload("DaemonSet", ns=APP_NS, pod=ctr(ports=[{"containerPort": 9100, "hostPort": 9100}]))],
          config={"pod-security-baseline": {"allowedHostPorts": [9100]}}),
    # --- baseline: Host Probes / Lifecycle Hooks ---------------------------------------------------
    deny("probe-host", B, pss("baseline", "Host Probes / Lifecycle Hooks"),
         [workload("Deployment", ns=APP_NS, pod=ctr(livenessProbe={"httpGet": {"host": "169.254.169.254", "port": 80,
                                                                             "path": "/"}}))],
         expect="livenessProbe.httpGet.host"),
    deny("lifecycle-host", B, pss("baseline", "Host Probes / Lifecycle Hooks"),
         [workload("Deployment", ns=APP_NS, pod=ctr(lifecycle={"preStop": {"tcpSocket": {"host": "10.0.0.1", "port": 22}}}))],
         expect="lifecycle.preStop.tcpSocket.host"),
    allow("probe-without-host", B, pss("baseline", "Host Probes / Lifecycle Hooks"),
          [workload("Deployment", ns=APP_NS, pod=ctr(readinessProbe={"httpGet": {"port": 8080, "path": "/ready"}}))]),
    # --- baseline: AppArmor -----------------------------------------------------------------------
    deny("apparmor-unconfined-field", B, pss("baseline", "AppArmor"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"appArmorProfile": {"type": "Unconfined"}}))], expect="Unconfined"),
    deny("apparmor-unconfined-annotation", B, pss("baseline", "AppArmor"),
         [workload("Deployment", ns=APP_NS, pod_annotations={
             "container.apparmor.security.beta.kubernetes.io/app": "unconfined"})], expect="AppArmor"),
    allow("apparmor-runtime-default", B, pss("baseline", "AppArmor"),
          [workload("Deployment", ns=APP_NS, pod=pod_spec(sc={"appArmorProfile": {"type": "RuntimeDefault"}}),
                    pod_annotations={"container.apparmor.security.beta.kubernetes.io/app": "localhost/k8s-app"})]),
    # --- baseline: SELinux ----------------------------------------------------------------------
    deny("selinux-spc-type", B, pss("baseline", "SELinux"),
         [workload("Deployment", ns=APP_NS, pod=pod_spec(sc={"seLinuxOptions": {"type": "spc_t"}}))], expect="spc_t"),
    deny("selinux-custom-user", B, pss("baseline", "SELinux"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"seLinuxOptions": {"user": "system_u"}}))], expect="seLinuxOptions.user"),
    allow("selinux-container-t", B, pss("baseline", "SELinux"),
          [workload("Deployment", ns=APP_NS, pod=ctr({"seLinuxOptions": {"type": "container_init_t", "level": "s0:c1,c2"}}))]),
    # --- baseline: /proc Mount Type -----------------------------------------------------------------
    deny("procmount-unmasked", B, pss("baseline", "/proc Mount Type"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"procMount": "Unmasked"}))], expect="Unmasked"),
    allow("procmount-default", B, pss("baseline", "/proc Mount Type"),
          [workload("Deployment", ns=APP_NS, pod=ctr({"procMount": "Default"}))]),
    # --- baseline: Seccomp ----------------------------------------------------------------------
    deny("seccomp-unconfined-pod", B, pss("baseline", "Seccomp"),
         [workload("Deployment", ns=APP_NS, pod=pod_spec(sc={"seccompProfile": {"type": "Unconfined"}}))],
         expect="Unconfined"),
    deny("seccomp-unconfined-container", B, pss("baseline", "Seccomp"),
         [workload("Job", ns=APP_NS, pod=ctr({"seccompProfile": {"type": "Unconfined"}}))], expect="Seccomp"),
    allow("seccomp-localhost", B, pss("baseline", "Seccomp"),
          [workload("Deployment", ns=APP_NS, pod=ctr({"seccompProfile": {"type": "Localhost",
                                                                        "localhostProfile": "profiles/app.json"}}))]),
    # --- baseline: Sysctls ----------------------------------------------------------------------
    deny("sysctl-unsafe", B, pss("baseline", "Sysctls"),
         [workload("Deployment", ns=APP_NS, pod=pod_spec(sc={"sysctls": [{"name": "kernel.msgmax", "value": "65536"}]}))],
         expect="kernel.msgmax"),
    deny("sysctl-net-core", B, pss("baseline", "Sysctls"),
         [workload("Deployment", ns=APP_NS, pod=pod_spec(sc={"sysctls": [{"name": "net.core.somaxconn", "value": "1024"}]}))],
         expect="net.core.somaxconn"),
    allow("sysctl-safe-set", B, pss("baseline", "Sysctls"),
          [workload("Deployment", ns=APP_NS, pod=pod_spec(sc={"sysctls": [
              {"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"},
              {"name": "net.ipv4.tcp_keepalive_time", "value": "600"}]}))]),
    # --- baseline: HostProcess ------------------------------------------------------------------
    deny("windows-host-process", B, pss("baseline", "HostProcess"),
         [workload("DaemonSet", ns=APP_NS, pod=pod_spec(sc={"windowsOptions": {"hostProcess": True}}))],
         expect="hostProcess"),
    # --- baseline scope ------------------------------------------------------------------------
    allow("kube-system-runs-privileged", B, pss("privileged", "Privileged profile for system namespaces"),
          [workload("DaemonSet", ns="kube-system", pod=pod_spec(hostNetwork=True,
                                                               containers=[container(sc={"privileged": True})]))]),
    # --- baseline opt-outs in Helm values ---------------------------------------------------------
    deny("helm-values-privileged", B, pss("baseline", "Privileged Containers"),
         [helm("fluent-bit", APP_NS, {"securityContext": {"privileged": True}})], expect="securityContext.privileged"),
    deny("helm-v4-values-host-network", B, pss("baseline", "Host Namespaces"),
         [helm("node-agent", APP_NS, {"hostNetwork": True}, v4=True)], expect="hostNetwork"),
    deny("helm-values-file-host-pid", B, pss("baseline", "Host Namespaces"),
         [helm("profiler", APP_NS, files=["agent:\n  hostPID: true\n"])], expect="valueYamlFiles[0]"),
    deny("helm-values-host-network-enabled-map", B, pss("baseline", "Host Namespaces"),
         [helm("metrics-agent", APP_NS, {"hostNetwork": {"enabled": True}})], expect="hostNetwork"),
    allow("helm-values-unprivileged", B, pss("baseline", "Privileged Containers"),
          [helm("web", APP_NS, {"securityContext": {"privileged": False}, "hostNetwork": False})]),
    # --- restricted: Volume Types ------------------------------------------------------------------
    deny("restricted-nfs-volume", R, pss("restricted", "Volume Types"),
         [workload("Deployment", pod=pod_spec(volumes=[{"name": "share", "nfs": {"server": "nfs", "path": "/x"}}]))],
         expect="nfs"),
    deny("restricted-gitrepo-volume", R, pss("restricted", "Volume Types"),
         [workload("StatefulSet", ns="loom-data", pod=pod_spec(volumes=[{"name": "src", "gitRepo": {
             "repository": "https://example.com/x.git"}}]))], expect="gitRepo"),
    allow("restricted-allowed-volumes", R, pss("restricted", "Volume Types"),
          [workload("Deployment", pod=pod_spec(volumes=[
              {"name": "a", "configMap": {"name": "a"}}, {"name": "b", "secret": {"secretName": "b"}},
              {"name": "c", "projected": {"sources": []}}, {"name": "d", "downwardAPI": {"items": []}},
              {"name": "e", "csi": {"driver": "secrets-store.csi.k8s.io"}}, {"name": "f", "emptyDir": {}},
              {"name": "g", "ephemeral": {"volumeClaimTemplate": {"spec": {}}}}]))]),
    # --- restricted: Privilege Escalation -------------------------------------------------------------
    deny("restricted-escalation-unset", R, pss("restricted", "Privilege Escalation"),
         [workload("Deployment", pod=ctr({"allowPrivilegeEscalation": None}))], expect="allowPrivilegeEscalation"),
    deny("restricted-escalation-true-in-patch", R, pss("restricted", "Privilege Escalation"),
         [workload("Deployment", pod={"containers": [{"name": "app", "securityContext": {
             "allowPrivilegeEscalation": True}}]}, patch=True)], expect="allowPrivilegeEscalation"),
    allow("restricted-patch-leaves-fields-alone", R, pss("restricted", "Privilege Escalation"),
          [workload("Deployment", pod={"containers": [{"name": "app", "image": "x" + "@sha256:" + "c" * 64}]},
                    patch=True)]),
    # --- restricted: Running as Non-root -------------------------------------------------------------
    deny("restricted-no-run-as-non-root", R, pss("restricted", "Running as Non-root"),
         [workload("Deployment", pod=pod_spec(sc={"runAsNonRoot": None},
                                              containers=[container(sc={"runAsNonRoot": None})]))],
         expect="runAsNonRoot"),
    deny("restricted-container-overrides-non-root", R, pss("restricted", "Running as Non-root"),
         [workload("Job", ns="loom-system", pod=ctr({"runAsNonRoot": False}))], expect="runAsNonRoot"),
    allow("restricted-pod-level-non-root", R, pss("restricted", "Running as Non-root"),
          [workload("Deployment", pod=pod_spec(containers=[container(sc={"runAsNonRoot": None})]))]),
    # --- restricted: Running as Non-root user ---------------------------------------------------------
    deny("restricted-run-as-uid-0", R, pss("restricted", "Running as Non-root user"),
         [workload("Deployment", pod=ctr({"runAsUser": 0}))], expect="runAsUser is 0"),
    deny("restricted-pod-uid-0", R, pss("restricted", "Running as Non-root user"),
         [workload("CronJob", ns="loom-system", pod=pod_spec(sc={"runAsUser": 0}))], expect="runAsUser is 0"),
    # --- restricted: Seccomp ------------------------------------------------------------------------
    deny("restricted-seccomp-unset", R, pss("restricted", "Seccomp"),
         [workload("Deployment", pod=pod_spec(sc={"seccompProfile": None},
                                              containers=[container(sc={"seccompProfile": None})]))],
         expect="seccompProfile"),
    allow("restricted-seccomp-on-every-container", R, pss("restricted", "Seccomp"),
          [workload("Deployment", pod=pod_spec(sc={"seccompProfile": None}))]),
    # --- restricted: Capabilities -------------------------------------------------------------------
    deny("restricted-no-drop-all", R, pss("restricted", "Capabilities"),
         [workload("Deployment", pod=ctr({"capabilities": {"drop": ["NET_RAW"]}}))], expect="drop ALL"),
    deny("restricted-adds-chown", R, pss("restricted", "Capabilities"),
         [workload("Deployment", pod=ctr({"capabilities": {"drop": ["ALL"], "add": ["CHOWN"]}}))], expect="CHOWN"),
    allow("restricted-net-bind-service", R, pss("restricted", "Capabilities"),
          [workload("Deployment", pod=ctr({"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}}))]),
    # --- restricted scope -------------------------------------------------------------------------
    allow("restricted-not-applied-outside-platform", R, pss("baseline", "profile for other namespaces"),
          [workload("Deployment", ns=APP_NS, pod=ctr({"runAsNonRoot": None, "allowPrivilegeEscalation": None}))]),
    deny("restricted-everywhere-when-configured", R, pss("restricted", "Privilege Escalation"),
         [workload("Deployment", ns=APP_NS, pod=ctr({"allowPrivilegeEscalation": None}))],
         config={"pod-security-restricted": {"namespaces": ["*"]}}, expect="allowPrivilegeEscalation"),
    allow("restricted-windows-pod-skips-linux-controls", R, pss("restricted", "Seccomp / Capabilities (Linux only)"),
          [workload("Deployment", pod=pod_spec(os={"name": "windows"}, sc={"seccompProfile": None}, containers=[
              container(sc={"seccompProfile": None, "capabilities": None, "allowPrivilegeEscalation": None})]))]),
    allow("restricted-every-kind-hardened", R, pss("restricted", "all controls"),
          [workload(k) for k in ("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob",
                                 "ReplicationController", "PodTemplate")] + [rollout()]),
]
