"""Resource options helpers.

Pulumi does not pass a component's `depends_on` down to its children, so a Triton Deployment
could be created before the mesh's namespace exists. Components therefore hand their own
`depends_on` to every Kubernetes child explicitly.
"""

from __future__ import annotations

from typing import Optional, Sequence

import pulumi


def inherited_depends_on(opts: Optional[pulumi.ResourceOptions]) -> list[pulumi.Resource]:
    """The plain resources in `opts.depends_on` (an Output-typed depends_on is not inherited)."""
    if opts is None or opts.depends_on is None:
        return []
    deps = opts.depends_on
    if isinstance(deps, pulumi.Resource):
        return [deps]
    if isinstance(deps, (list, tuple)):
        return [d for d in deps if isinstance(d, pulumi.Resource)]
    return []


def k8s_child(
    parent: pulumi.Resource,
    provider: pulumi.ProviderResource,
    inherited: Sequence[pulumi.Resource],
    depends_on: Sequence[pulumi.Resource] = (),
    **kw,
) -> pulumi.ResourceOptions:
    """Options for a Kubernetes child: parented, explicit provider, waiting for the component's dependencies."""
    return pulumi.ResourceOptions(parent=parent, provider=provider, depends_on=[*inherited, *depends_on], **kw)
