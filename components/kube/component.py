"""The preamble every platform component shares, written once.

Each component validates its args before it registers (bad args leave nothing half-made), parents every child to
itself, gives every Kubernetes child the explicit provider and its own `depends_on` (Pulumi does not pass a
component's `depends_on` down to children), and asks the foundation for buckets and workload identities under
stable child names (`<name>-<suffix>`). `LoomComponent` does exactly that and nothing else: the graph is what each
component declared inline before.
"""

from __future__ import annotations

import abc

from typing import Any, Optional, Sequence

import pulumi

from components.foundation.base import Bucket, BucketGrant, BucketSpec, Foundation, IdentityRequest, WorkloadIdentity
from components.kube.options import inherited_depends_on, k8s_child


class LoomComponent(pulumi.ComponentResource, abc.ABC):
    """Base of Loom's components. Subclasses define `_validate(args)` (raises on bad args) and pass their provider."""

    def __init__(
        self,
        type_token: str,
        name: str,
        args: Any,
        opts: Optional[pulumi.ResourceOptions],
        *,
        provider: pulumi.ProviderResource,
    ) -> None:
        type(self)._validate(args)  # before registering: bad args leave nothing half-made
        super().__init__(type_token, name, None, opts)
        self._child_prefix = name
        self._k8s_provider = provider
        self._inherited = inherited_depends_on(opts)

    @staticmethod
    @abc.abstractmethod
    def _validate(args: Any) -> None:
        """Raise an `ArgumentError` subclass on bad args; runs before anything is registered."""

    def owned(self, **kw: Any) -> pulumi.ResourceOptions:
        """Options of a non-Kubernetes child (bucket, identity, password): parented to this component."""
        return pulumi.ResourceOptions(parent=self, **kw)

    def k8s_opts(self, depends_on: Sequence[pulumi.Resource] = (), **kw: Any) -> pulumi.ResourceOptions:
        """Options of a Kubernetes child: parented, explicit provider, waiting for this component's dependencies."""
        return k8s_child(self, self._k8s_provider, self._inherited, depends_on, **kw)

    def own_bucket(self, foundation: Foundation, suffix: str, spec: BucketSpec) -> Bucket:
        """A bucket of this component: `<name>-<suffix>`."""
        return foundation.bucket(f"{self._child_prefix}-{suffix}", spec, self.owned())

    def identity(
        self, foundation: Foundation, *, namespace: str, service_account: str, grants: Sequence[BucketGrant],
        suffix: str = "identity",
    ) -> WorkloadIdentity:
        """Bind `namespace/service_account` to `grants` through the foundation's workload identity: `<name>-<suffix>`."""
        request = IdentityRequest(namespace=namespace, service_account=service_account, grants=list(grants))
        return foundation.bind_identity(f"{self._child_prefix}-{suffix}", request, self.owned())
