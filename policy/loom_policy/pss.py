"""Kubernetes Pod Security Standards, every control of the baseline and restricted profiles, as
kubernetes.io/docs/concepts/security/pod-security-standards defines them (v1.34: the controls the
built-in Pod Security Admission enforces, plus the documented host-port allow-list).

Profiles: `pod-security-restricted` applies to the platform namespaces (configurable, `["*"]` for every
namespace), `pod-security-baseline` everywhere except the exempt (privileged) namespaces. Both read
every pod-bearing object (`_k8s.pod_template`): Pods, the built-in controllers, their Patch variants and
custom resources with a pod template. Helm values are checked for the baseline opt-outs a values file
can carry (privileged, host namespaces). Each message starts with the control's name.
"""

from __future__ import annotations

from typing import Any, Iterator

from ._k8s import (PLATFORM_NAMESPACES, SYSTEM_NAMESPACES, PodTemplate, annotations_of, cname, containers, dotted,
                   helm_nodes, helm_release, is_helm, is_patch, namespace_of, pod_template)
from ._util import (CRITICAL, HIGH, Unknowns, as_list, config, get, is_map, matches_any, number, resource_policy,
                    schema, string_list, text, truthy)

CONCERN = "workloads"

# Baseline "Capabilities": what may be added beyond the runtime's default set.
BASELINE_CAPABILITIES = {"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
                         "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"}
SAFE_SYSCTLS = {"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
                "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
                "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
                "net.ipv4.tcp_keepalive_probes"}
SELINUX_TYPES = {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}
SECCOMP_OK = {"RuntimeDefault", "Localhost"}
APPARMOR_OK = {"RuntimeDefault", "Localhost"}
RESTRICTED_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
                      "projected", "secret"}
_APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/"
_SECCOMP_ANNOTATIONS = ("seccomp.security.alpha.kubernetes.io/pod", "container.seccomp.security.alpha.kubernetes.io/")


def _sc(obj: Any) -> Any:
    sc = get(obj, "securityContext")
    return sc if is_map(sc) else {}


def _probe_hosts(c: Any) -> Iterator[str]:
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        for handler in ("httpGet", "tcpSocket"):
            host = get(c, probe, handler, "host")
            if isinstance(host, str) and host:
                yield f"{probe}.{handler}.host"
    for hook in ("postStart", "preStop"):
        for handler in ("httpGet", "tcpSocket"):
            host = get(c, "lifecycle", hook, handler, "host")
            if isinstance(host, str) and host:
                yield f"lifecycle.{hook}.{handler}.host"


# --- baseline --------------------------------------------------------------------------------------
def baseline_findings(pod: PodTemplate, allowed_host_ports: set[int], unknowns: Unknowns) -> Iterator[str]:
    """Baseline findings; the pod-level controls and each container are judged under their own guard, so an
    unknown value in one never hides a violation in another."""
    spec = pod.spec
    with unknowns.guard():
        yield from _baseline_pod(pod, spec, _sc(spec))
    for field, c in containers(spec):
        with unknowns.guard():
            yield from _baseline_container(f"{field[:-1]} '{cname(c)}'", c, _sc(c), allowed_host_ports)


def _baseline_pod(pod: PodTemplate, spec: Any, psc: Any) -> Iterator[str]:
    if truthy(get(psc, "windowsOptions", "hostProcess")):
        yield "HostProcess: spec.securityContext.windowsOptions.hostProcess is true"
    for key in ("hostNetwork", "hostPID", "hostIPC"):
        if truthy(get(spec, key)):
            yield f"Host Namespaces: spec.{key} is true"
    for v in as_list(get(spec, "volumes")):
        if is_map(v) and get(v, "hostPath") is not None:
            yield f"HostPath Volumes: volume '{text(get(v, 'name'))}' mounts hostPath {text(get(v, 'hostPath', 'path'))}"
    t = get(psc, "appArmorProfile", "type")
    if t is not None and t not in APPARMOR_OK:
        yield f"AppArmor: spec.securityContext.appArmorProfile.type is {t}; allowed: RuntimeDefault, Localhost"
    for ann, value in annotations_of(pod.meta).items():
        if ann.startswith(_APPARMOR_ANNOTATION) and isinstance(value, str) and value != "runtime/default" \
                and not value.startswith("localhost/"):
            yield f"AppArmor: annotation {ann}={value}; allowed: runtime/default, localhost/*"
        if (ann == _SECCOMP_ANNOTATIONS[0] or ann.startswith(_SECCOMP_ANNOTATIONS[1])) and value == "unconfined":
            yield f"Seccomp: annotation {ann}=unconfined"
    yield from _selinux("spec.securityContext", psc)
    t = get(psc, "seccompProfile", "type")
    if t is not None and t not in SECCOMP_OK:
        yield f"Seccomp: spec.securityContext.seccompProfile.type is {t}; allowed: RuntimeDefault, Localhost"
    for s in as_list(get(psc, "sysctls")):
        name = text(get(s, "name"))
        if name not in SAFE_SYSCTLS:
            yield f"Sysctls: spec.securityContext.sysctls '{name}' is not one of the safe sysctls"


def _baseline_container(who: str, c: Any, sc: Any, allowed_host_ports: set[int]) -> Iterator[str]:
    if truthy(get(sc, "windowsOptions", "hostProcess")):
        yield f"HostProcess: {who} sets windowsOptions.hostProcess"
    if truthy(get(sc, "privileged")):
        yield f"Privileged Containers: {who} is privileged"
    added = [str(x) for x in as_list(get(sc, "capabilities", "add"))]
    bad = [x for x in added if x not in BASELINE_CAPABILITIES]
    if bad:
        yield f"Capabilities: {who} adds {', '.join(bad)} (beyond the baseline allow-list)"
    for p in as_list(get(c, "ports")):
        hp = number(get(p, "hostPort"), 0)
        if hp and int(hp) not in allowed_host_ports:
            yield f"Host Ports: {who} uses hostPort {int(hp)}"
    for where in _probe_hosts(c):
        yield f"Host Probes / Lifecycle Hooks: {who} sets {where}"
    t = get(sc, "appArmorProfile", "type")
    if t is not None and t not in APPARMOR_OK:
        yield f"AppArmor: {who} appArmorProfile.type is {t}"
    yield from _selinux(who, sc)
    pm = get(sc, "procMount")
    if pm is not None and pm != "Default":
        yield f"/proc Mount Type: {who} procMount is {pm}; allowed: Default"
    t = get(sc, "seccompProfile", "type")
    if t is not None and t not in SECCOMP_OK:
        yield f"Seccomp: {who} seccompProfile.type is {t}"


def _selinux(who: str, sc: Any) -> Iterator[str]:
    opts = get(sc, "seLinuxOptions")
    if not is_map(opts):
        return
    t = get(opts, "type")
    if t is not None and t not in SELINUX_TYPES:
        yield f"SELinux: {who} seLinuxOptions.type is {t}; allowed: container_t, container_init_t, container_kvm_t, " \
              "container_engine_t"
    for key in ("user", "role"):
        if text(get(opts, key)):
            yield f"SELinux: {who} sets seLinuxOptions.{key}"


# --- restricted ------------------------------------------------------------------------------------
def restricted_findings(pod: PodTemplate, patch: bool, unknowns: Unknowns) -> Iterator[str]:
    """Restricted findings (beyond baseline), guarded per pod and per container like the baseline."""
    spec = pod.spec
    with unknowns.guard() as g:
        psc = _sc(spec)
        windows = text(get(spec, "os", "name")) == "windows"
        yield from _restricted_pod(spec, psc)
    if g.unknown:
        return  # the containers' verdicts depend on the pod-level settings that are not known yet
    for field, c in containers(spec):
        with unknowns.guard():
            yield from _restricted_container(f"{field[:-1]} '{cname(c)}'", _sc(c), psc, patch, windows)


def _restricted_pod(spec: Any, psc: Any) -> Iterator[str]:
    for v in as_list(get(spec, "volumes")):
        if is_map(v):
            kinds = [k for k in v if k != "name"]
            bad = [k for k in kinds if k not in RESTRICTED_VOLUMES]
            if bad:
                yield f"Volume Types: volume '{text(get(v, 'name'))}' is {', '.join(bad)}; allowed: " \
                      + ", ".join(sorted(RESTRICTED_VOLUMES))
    if get(psc, "runAsNonRoot") is False:
        yield "Running as Non-root: spec.securityContext.runAsNonRoot is false"
    if number(get(psc, "runAsUser")) == 0:
        yield "Running as Non-root user: spec.securityContext.runAsUser is 0"


def _restricted_container(who: str, sc: Any, psc: Any, patch: bool, windows: bool) -> Iterator[str]:
    nonroot = get(sc, "runAsNonRoot")
    if nonroot is False or (not patch and nonroot is None and get(psc, "runAsNonRoot") is not True):
        yield f"Running as Non-root: {who} does not set runAsNonRoot: true (nor does the pod)"
    if number(get(sc, "runAsUser")) == 0:
        yield f"Running as Non-root user: {who} runAsUser is 0"
    if windows:
        return
    ape = get(sc, "allowPrivilegeEscalation")
    if ape is True or (not patch and ape is not False):
        yield f"Privilege Escalation: {who} does not set allowPrivilegeEscalation: false"
    if not patch and get(sc, "seccompProfile", "type") is None and get(psc, "seccompProfile", "type") not in SECCOMP_OK:
        yield f"Seccomp: {who} has no seccompProfile RuntimeDefault or Localhost (nor does the pod)"
    drop = [str(x) for x in as_list(get(sc, "capabilities", "drop"))]
    if not patch and "ALL" not in drop:
        yield f"Capabilities: {who} does not drop ALL capabilities"
    added = [str(x) for x in as_list(get(sc, "capabilities", "add"))]
    bad = [x for x in added if x != "NET_BIND_SERVICE"]
    if bad:
        yield f"Capabilities: {who} adds {', '.join(bad)}; restricted allows only NET_BIND_SERVICE"


# --- profiles ------------------------------------------------------------------------------------
def _exempt(args, ns: str) -> bool:
    return matches_any(ns, config(args, "exemptNamespaces", SYSTEM_NAMESPACES))


def _pod(args) -> tuple[PodTemplate, str] | None:
    pod = pod_template(args.resource_type, args.props)
    if pod is None:
        return None
    ns = namespace_of(args.props, args.provider)
    if _exempt(args, ns):
        return None
    return pod, ns


_HOST_KEYS = ("hostNetwork", "hostPID", "hostIPC")


def _helm_baseline(args, report, unknowns) -> None:
    ns, name, _ = helm_release(args.props, args.name)
    if _exempt(args, ns):
        return
    for label, path, node in helm_nodes(args.props, unknowns):
        key = path[-1]
        if not isinstance(key, str):
            continue
        on = truthy(node) or (is_map(node) and truthy(get(node, "enabled")))
        if key == "privileged" and truthy(node):
            report(f"Privileged Containers: Helm release {ns}/{name} {label}.{dotted(path)} is true")
        elif key in _HOST_KEYS and on:
            report(f"Host Namespaces: Helm release {ns}/{name} {label}.{dotted(path)} enables {key}")


def _baseline(args, report, unknowns) -> None:
    if is_helm(args.resource_type):
        _helm_baseline(args, report, unknowns)
        return
    found = _pod(args)
    if found is None:
        return
    pod, _ = found
    allowed_ports = {int(p) for p in config(args, "allowedHostPorts", []) if isinstance(p, (int, float))}
    for finding in baseline_findings(pod, allowed_ports, unknowns):
        report(finding)


def _restricted_applies(args) -> tuple[PodTemplate, str] | None:
    found = _pod(args)
    if found is None:
        return None
    pod, ns = found
    if not matches_any(ns, config(args, "namespaces", PLATFORM_NAMESPACES)):
        return None
    return pod, ns


def _restricted(args, report, unknowns) -> None:
    found = _restricted_applies(args)
    if found is None:
        return
    pod, ns = found
    for finding in restricted_findings(pod, is_patch(args.resource_type), unknowns):
        report(f"{finding} (namespace {ns} runs the restricted profile)")


def _fix_escalation(args):
    """Safe fix: allowPrivilegeEscalation false only removes setuid/file-capability gains."""
    found = _restricted_applies(args)
    if found is None:
        return None
    pod, _ = found
    if text(get(pod.spec, "os", "name")) == "windows":
        return None
    changed = False
    for _, c in containers(pod.spec):
        if get(c, "securityContext", "allowPrivilegeEscalation") is not False:
            if not is_map(get(c, "securityContext")):
                c["securityContext"] = {}
            c["securityContext"]["allowPrivilegeEscalation"] = False
            changed = True
    return args.props if changed else None


_exempt_schema = string_list(SYSTEM_NAMESPACES, "Namespaces (globs) that run the privileged profile: neither "
                                                "profile applies there.")

pod_security_baseline = resource_policy(
    "pod-security-baseline",
    "Pods must meet the Kubernetes Pod Security Standards baseline profile (host namespaces, privileged, "
    "capabilities, hostPath, host ports, host probes, AppArmor, SELinux, /proc mount, seccomp, sysctls).",
    _baseline, concern=CONCERN, severity=CRITICAL,
    config_schema=schema(
        exemptNamespaces=_exempt_schema,
        allowedHostPorts={"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 65535},
                          "default": [], "description": "Host ports the Host Ports control allows (PSS: 'known list')."}),
    steps="Remove the privileged setting; see the control named in the message.",
)

pod_security_restricted = resource_policy(
    "pod-security-restricted",
    "Pods in platform namespaces must meet the Pod Security Standards restricted profile (volume types, "
    "no privilege escalation, non-root, seccomp, drop ALL capabilities).",
    _restricted, concern=CONCERN, severity=HIGH, remediate=_fix_escalation,
    config_schema=schema(
        namespaces=string_list(PLATFORM_NAMESPACES, "Namespaces (globs) that run the restricted profile; [\"*\"] "
                                                    "for every namespace that is not exempt."),
        exemptNamespaces=_exempt_schema),
    steps="Set runAsNonRoot, allowPrivilegeEscalation: false, seccompProfile RuntimeDefault, capabilities "
          "drop [ALL]; 'remediate' sets allowPrivilegeEscalation for you.",
)

POLICIES = [pod_security_baseline, pod_security_restricted]
