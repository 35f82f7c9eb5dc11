"""Every core Kubernetes object the program renders validates against the official schema of the
stack's target Kubernetes version (kubernetes-validate, strict: unknown fields are errors).
CustomResources (Istio, Prometheus Operator) and Helm releases are not core objects: their
fields are checked by the graph tests and the policy pack."""

from __future__ import annotations

import copy

import kubernetes_validate
import pytest

from loom.preview import SECRET, PreviewResult

from .conftest import STACKS

CORE_GROUPS = {
    "core/v1", "apps/v1", "batch/v1", "autoscaling/v2", "policy/v1", "rbac.authorization.k8s.io/v1",
    "networking.k8s.io/v1", "storage.k8s.io/v1", "scheduling.k8s.io/v1", "admissionregistration.k8s.io/v1",
    "apiextensions.k8s.io/v1", "coordination.k8s.io/v1",
}


def _core_objects(result: PreviewResult):
    for r in result.resources:
        parts = r.type.split(":")
        if len(parts) == 3 and parts[0] == "kubernetes" and parts[1] in CORE_GROUPS:
            yield r


def _sanitize(obj):
    """Secret values are redacted in the preview: drop them (their shape is the engine's business)."""
    if isinstance(obj, dict):
        return {k: _sanitize(v) for k, v in obj.items() if v != SECRET}
    if isinstance(obj, list):
        return [_sanitize(v) for v in obj if v != SECRET]
    return obj


@pytest.mark.parametrize("stack", STACKS)
def test_core_objects_validate_for_the_target_kubernetes_version(stack, previews, settings_of):
    version = settings_of(stack).kubernetes_version
    result = previews(stack)
    objects = list(_core_objects(result))
    assert objects, "the platform renders core Kubernetes objects"
    kinds = {r.type.rsplit(":", 1)[1] for r in objects}
    assert {"Namespace", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceAccount"} <= kinds
    errors = []
    for r in objects:
        doc = _sanitize(copy.deepcopy(r.inputs))
        doc.setdefault("metadata", {}).setdefault("name", r.name)
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            errors.append(f"{r.type} {r.name}: {'.'.join(str(p) for p in exc.path)}: {exc.message}")
    assert not errors, "\n".join(errors)
