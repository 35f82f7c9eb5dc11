"""Workload rules beyond the Pod Security Standards: requests and limits, pinned images, no bare pods,
classified data. Every pod-bearing object counts (`_k8s.pod_template`); a Patch is judged only on what
it sets."""

from __future__ import annotations

import re

from ._k8s import SYSTEM_NAMESPACES, cname, containers, is_patch, kind_of, name_of, namespace_of, pod_template
from ._util import HIGH, MEDIUM, config, get, is_map, matches_any, resource_policy, schema, string_list

CONCERN = "workloads"
CLASSIFICATION_KEY = "loom.io/data-classification"
CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"]
_DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")

_exempt_schema = string_list(SYSTEM_NAMESPACES, "Namespaces (globs) this rule skips.")


def _pods(args):
    """The pod template of a workload outside the exempt namespaces, or None."""
    pod = pod_template(args.resource_type, args.props)
    if pod is None:
        return None
    if matches_any(namespace_of(args.props, args.provider), config(args, "exemptNamespaces", SYSTEM_NAMESPACES)):
        return None
    return pod


# --- resource-requests-and-limits ---------------------------------------------------------------
def _resources(args, report, unknowns):
    pod = _pods(args)
    if pod is None or is_patch(args.resource_type):
        return
    need_req = config(args, "requiredRequests", ["cpu", "memory"])
    need_lim = config(args, "requiredLimits", ["memory"])
    for field, c in containers(pod.spec):
        if field == "ephemeralContainers":
            continue  # the API forbids resources on ephemeral containers
        with unknowns.guard():
            res = get(c, "resources", default={})
            missing = [f"requests.{r}" for r in need_req if get(res, "requests", r) is None]
            missing += [f"limits.{r}" for r in need_lim if get(res, "limits", r) is None]
            if missing:
                report(f"container '{cname(c)}' lacks resources {', '.join(missing)}")


resource_requests_and_limits = resource_policy(
    "resource-requests-and-limits",
    "Every container must declare resource requests and limits (by default requests cpu+memory, limit memory).",
    _resources, concern=CONCERN, severity=MEDIUM,
    config_schema=schema(
        requiredRequests=string_list(["cpu", "memory"], "Resources every container must request."),
        requiredLimits=string_list(["memory"], "Resources every container must limit (CPU limits throttle latency-"
                                               "sensitive inference, so they are opt-in)."),
        exemptNamespaces=_exempt_schema),
    steps="Set resources.requests and resources.limits on every container.",
)


# --- image-pinned-by-digest / no-latest-tag ---------------------------------------------------------
def _images(args, unknowns):
    pod = _pods(args)
    if pod is None:
        return []
    out = []
    for _, c in containers(pod.spec):
        with unknowns.guard():
            image = get(c, "image")
            if isinstance(image, str):
                out.append((c, image))
            elif not is_patch(args.resource_type):
                out.append((c, ""))
    return out


def _digest(args, report, unknowns):
    for c, image in _images(args, unknowns):
        if not _DIGEST.search(image):
            report(f"container '{cname(c)}' image '{image}' is not pinned by digest (repo@sha256:...)")


image_pinned_by_digest = resource_policy(
    "image-pinned-by-digest",
    "Every container image must be pinned by digest (repo@sha256:...); enforcement is set per stack.",
    _digest, concern=CONCERN, severity=MEDIUM,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Resolve the tag to its digest (crane digest IMAGE) and use repo@sha256:<digest>.",
)


def _tag_of(image: str) -> str | None:
    ref = image.split("@", 1)[0]
    last = ref.rsplit("/", 1)[-1]
    return last.split(":", 1)[1] if ":" in last else None


def _latest(args, report, unknowns):
    for c, image in _images(args, unknowns):
        if "@" in image:
            continue
        tag = _tag_of(image)
        if tag is None or tag == "latest":
            report(f"container '{cname(c)}' image '{image}' uses the mutable 'latest' tag")


no_latest_tag = resource_policy(
    "no-latest-tag",
    "No container image may use the 'latest' tag or omit the tag.",
    _latest, concern=CONCERN, severity=HIGH,
    config_schema=schema(exemptNamespaces=_exempt_schema),
    steps="Pin a version tag, better a digest.",
)


# --- no-bare-pods -----------------------------------------------------------------------------------
def _bare(args, report, unknowns):
    if kind_of(args.resource_type) == "Pod" and not is_patch(args.resource_type):
        report("a bare Pod is not rescheduled on node failure; use a Deployment, StatefulSet or Job")


no_bare_pods = resource_policy(
    "no-bare-pods",
    "Pods must be owned by a controller (Deployment, StatefulSet, DaemonSet, Job, CronJob).",
    _bare, concern=CONCERN, severity=MEDIUM,
)


# --- data-classification-label (remediable) ----------------------------------------------------------
def _classification_targets(args):
    """(where, labels-holder) pairs that must carry the label; empty when the rule does not apply."""
    exempt = config(args, "exemptNamespaces", SYSTEM_NAMESPACES)
    if kind_of(args.resource_type) == "Namespace" and not is_patch(args.resource_type):
        if matches_any(name_of(args.props, args.name), exempt):
            return []
        return [("metadata", get(args.props, "metadata"))]
    if is_patch(args.resource_type):
        return []
    pod = _pods(args)
    if pod is None:
        return []
    out = [("metadata", get(args.props, "metadata"))]
    if kind_of(args.resource_type) != "Pod":
        out.append(("pod template metadata", pod.meta))
    return out


def _classification(args, report, unknowns):
    allowed = config(args, "allowedValues", CLASSIFICATIONS)
    for where, meta in _classification_targets(args):
        with unknowns.guard():
            value = get(meta, "labels", CLASSIFICATION_KEY)
            if value is None:
                report(f"{where} lacks label {CLASSIFICATION_KEY} (one of {', '.join(allowed)})")
            elif value not in allowed:
                report(f"{where} label {CLASSIFICATION_KEY}={value!r} is not one of {', '.join(allowed)}")


def _fix_classification(args):
    """Adds the configured default class where the label is missing; never changes a present value."""
    default = config(args, "defaultValue", "internal")
    changed = False
    for _, meta in _classification_targets(args):
        if not is_map(meta):
            continue
        if not is_map(get(meta, "labels")):
            meta["labels"] = {}
        if get(meta, "labels", CLASSIFICATION_KEY) is None:
            meta["labels"][CLASSIFICATION_KEY] = default
            changed = True
    return args.props if changed else None


data_classification_label = resource_policy(
    "data-classification-label",
    f"Namespaces, workloads and their pod templates must carry {CLASSIFICATION_KEY} "
    "(public|internal|confidential|restricted).",
    _classification, concern=CONCERN, severity=MEDIUM, remediate=_fix_classification,
    config_schema=schema(
        allowedValues=string_list(CLASSIFICATIONS, "Allowed classification values."),
        defaultValue={"type": "string", "enum": CLASSIFICATIONS, "default": "internal",
                      "description": "Value the remediation adds where the label is missing."},
        exemptNamespaces=_exempt_schema),
    steps=f"Add label {CLASSIFICATION_KEY}; enforcement 'remediate' adds the configured default value.",
)

POLICIES = [
    resource_requests_and_limits,
    image_pinned_by_digest,
    no_latest_tag,
    no_bare_pods,
    data_classification_label,
]
