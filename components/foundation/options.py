"""Resource options for what a foundation creates on behalf of another component."""

from __future__ import annotations

from typing import Optional

import pulumi


def owner_of(opts: Optional[pulumi.ResourceOptions], foundation: pulumi.Resource) -> pulumi.Resource:
    """The component that owns the resource (`opts.parent`), else the foundation itself."""
    return opts.parent if opts is not None and opts.parent is not None else foundation


def owned(opts: Optional[pulumi.ResourceOptions], foundation: pulumi.Resource,
          provider: Optional[pulumi.ProviderResource]) -> pulumi.ResourceOptions:
    """Parent = the owner, the caller's depends_on (e.g. a namespace), and our explicit provider."""
    return pulumi.ResourceOptions(parent=owner_of(opts, foundation), provider=provider,
                                  depends_on=(opts.depends_on if opts is not None else None))
