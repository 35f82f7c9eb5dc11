"""AppTenant: one app team's place in Loom's mesh, built only from the platform's outputs contract.

- a namespace with sidecar injection and the app's data classification (the platform's policies
  require both on every namespace in the mesh);
- a ServiceAccount: its mTLS identity (`cluster.local/ns/<app>/sa/<app>`) is what the platform
  authorises, and its annotations carry the app's vector-store collection prefix;
- an Istio AuthorizationPolicy in the inference namespace that ALLOWs exactly that identity to call
  Triton's inference and health APIs (not the model repository API) under the default-deny mesh;
- a ConfigMap with the platform's endpoints for the app's Deployment (`envFrom`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import pulumi
import pulumi_kubernetes as k8s

from loom.reference import PlatformReference

CLASSIFICATION_LABEL = "loom.io/data-classification"
CLASSIFICATIONS = ("public", "internal", "confidential", "restricted")
INFERENCE_SELECTOR = {"app.kubernetes.io/name": "triton", "app.kubernetes.io/part-of": "loom"}
"""Labels of the Triton pods (both tracks) in the platform's inference namespace."""
INFERENCE_PATHS = ("/v2/health/*", "/v2/models/*", "/inference.GRPCInferenceService/*")
"""KServe v2 inference, metadata and health over HTTP and gRPC."""
MODEL_CONTROL_RPCS = (
    "/inference.GRPCInferenceService/RepositoryIndex",
    "/inference.GRPCInferenceService/RepositoryModelLoad",
    "/inference.GRPCInferenceService/RepositoryModelUnload",
)
"""Model control is the platform's job: these stay denied even for allowed callers."""
INFERENCE_PORTS = ("8000", "8001")
PREFIX_ANNOTATION = "loom.io/vector-store-collection-prefix"
VECTOR_STORE_ANNOTATION = "loom.io/vector-store-uri"

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")


@dataclass
class AppTenantArgs:
    """Arguments of `AppTenant`."""

    app: str
    """The app's name: a DNS label (namespace and ServiceAccount name), e.g. support-assistant."""
    platform: PlatformReference
    """The platform's outputs contract (a stack reference or the local platform)."""
    k8s_provider: k8s.Provider
    """Provider of the platform's cluster."""
    classification: str = "confidential"
    """Data classification of the app namespace: public, internal, confidential or restricted."""


class AppTenant(pulumi.ComponentResource):
    """An app namespace in the mesh, allowed to call inference, with its vector-store prefix."""

    namespace: pulumi.Output[str]
    service_account_name: pulumi.Output[str]
    principal: pulumi.Output[str]
    collection_prefix: pulumi.Output[str]

    def __init__(self, name: str, args: AppTenantArgs, opts: Optional[pulumi.ResourceOptions] = None) -> None:
        super().__init__("loom-example:app:AppTenant", name, None, opts)
        if not _DNS_LABEL.match(args.app or ""):
            raise ValueError(f"AppTenantArgs.app = {args.app!r}: allowed: a DNS label (lowercase letters, digits, '-'), e.g. support-assistant")
        if args.classification not in CLASSIFICATIONS:
            raise ValueError(f"AppTenantArgs.classification = {args.classification!r}: allowed: {', '.join(CLASSIFICATIONS)}")

        p = args.platform
        child = pulumi.ResourceOptions(parent=self, provider=args.k8s_provider)
        labels = {
            "app.kubernetes.io/name": args.app,
            "app.kubernetes.io/managed-by": "pulumi",
            CLASSIFICATION_LABEL: args.classification,
        }
        # Collection names in Milvus allow letters, digits and '_': loom_ + support_assistant + _
        collection_prefix = p.collection_prefix.apply(lambda prefix: f"{prefix}{args.app.replace('-', '_')}_")

        ns = k8s.core.v1.Namespace(
            f"{name}-namespace",
            metadata={"name": args.app, "labels": {**labels, "istio-injection": "enabled"}},
            opts=child,
        )
        sa = k8s.core.v1.ServiceAccount(
            f"{name}-sa",
            metadata={
                "name": args.app,
                "namespace": ns.metadata["name"],
                "labels": labels,
                "annotations": {PREFIX_ANNOTATION: collection_prefix, VECTOR_STORE_ANNOTATION: p.vector_store_uri},
            },
            opts=child,
        )
        principal = pulumi.Output.all(ns.metadata["name"], sa.metadata["name"]).apply(
            lambda v: f"cluster.local/ns/{v[0]}/sa/{v[1]}"
        )
        k8s.apiextensions.CustomResource(
            f"{name}-inference-access",
            api_version="security.istio.io/v1",
            kind="AuthorizationPolicy",
            metadata={"name": f"allow-{args.app}", "namespace": p.mesh_namespace, "labels": labels},
            spec={
                "action": "ALLOW",
                "selector": {"matchLabels": INFERENCE_SELECTOR},
                "rules": [
                    {
                        "from": [{"source": {"principals": [principal]}}],
                        "to": [
                            {
                                "operation": {
                                    "ports": list(INFERENCE_PORTS),
                                    "paths": list(INFERENCE_PATHS),
                                    "notPaths": list(MODEL_CONTROL_RPCS),
                                }
                            }
                        ],
                    }
                ],
            },
            opts=child,
        )
        k8s.core.v1.ConfigMap(
            f"{name}-platform",
            metadata={"name": "loom-platform", "namespace": ns.metadata["name"], "labels": labels},
            data={
                "LOOM_INFERENCE_HTTP_URL": p.inference_http_url,
                "LOOM_INFERENCE_GRPC_URL": p.inference_grpc_url,
                "LOOM_RAG_MODEL": p.model("rag"),
                "LOOM_EMBEDDER_MODEL": p.model("embedder"),
                "LOOM_VECTOR_STORE_URI": p.vector_store_uri,
                "LOOM_COLLECTION_PREFIX": collection_prefix,
                "LOOM_TRACKING_URI": p.tracking_uri,
                "LOOM_CONTRACT_VERSION": p.contract_version,
            },
            opts=child,
        )

        self.namespace = ns.metadata["name"]
        self.service_account_name = sa.metadata["name"]
        self.principal = principal
        self.collection_prefix = collection_prefix
        self.register_outputs(
            {
                "namespace": self.namespace,
                "service_account_name": self.service_account_name,
                "principal": self.principal,
                "collection_prefix": self.collection_prefix,
            }
        )
