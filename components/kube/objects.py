"""Kubernetes objects that several components declare the same way.

The one module under `components/kube/` that declares resources: each function creates one
child of the calling component, with the options the caller passes (parent, provider,
depends_on), so the graph is exactly what the component would have declared inline.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import pulumi
import pulumi_kubernetes as k8s

from components.foundation.base import WorkloadIdentity
from components.kube import istio


def allow_policy(
    resource_name: str,
    *,
    name: str,
    namespace: pulumi.Input[str],
    labels: Mapping[str, str],
    selector: Mapping[str, str],
    namespaces: Sequence[str] = (),
    principals: Sequence[str] = (),
    ports: Sequence[int] = (),
    opts: pulumi.ResourceOptions,
) -> k8s.apiextensions.CustomResource:
    """An Istio ALLOW AuthorizationPolicy: the one exception each service adds to its namespace's default deny."""
    return k8s.apiextensions.CustomResource(
        resource_name,
        api_version="security.istio.io/v1",
        kind="AuthorizationPolicy",
        metadata={"name": name, "namespace": namespace, "labels": labels},
        spec=istio.allow_spec(selector, namespaces=list(namespaces), principals=list(principals), ports=ports),
        opts=opts,
    )


def identity_service_account(
    resource_name: str,
    *,
    name: str,
    namespace: pulumi.Input[str],
    labels: Mapping[str, str],
    identity: WorkloadIdentity,
    opts: pulumi.ResourceOptions,
    automount: bool = False,
) -> k8s.core.v1.ServiceAccount:
    """The ServiceAccount a workload identity is bound to, carrying the foundation's annotations.

    `automount` stays False unless the pods call the Kubernetes API themselves: identity webhooks
    and Istio mount the tokens they need on their own.
    """
    return k8s.core.v1.ServiceAccount(
        resource_name,
        metadata={
            "name": name,
            "namespace": namespace,
            "labels": labels,
            "annotations": dict(identity.service_account_annotations),
        },
        automount_service_account_token=automount,
        opts=opts,
    )
