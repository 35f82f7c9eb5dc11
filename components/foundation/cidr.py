"""CIDR arithmetic for VPC/VNet layouts (pure; no Pulumi)."""

from __future__ import annotations

import ipaddress
from typing import Sequence

from contract.errors import ArgumentError


def parse_network(arg: str, value: str, max_prefix: int = 24) -> ipaddress.IPv4Network:
    """Parse an IPv4 CIDR; raise ArgumentError naming the argument if invalid, host bits set, or too small."""
    try:
        net = ipaddress.IPv4Network(value, strict=True)
    except (ValueError, TypeError) as exc:
        raise ArgumentError(f"{arg}={value!r} is not an IPv4 CIDR block like 10.40.0.0/16 ({exc})") from None
    if net.prefixlen > max_prefix:
        raise ArgumentError(f"{arg}={value!r} is too small: a /{max_prefix} or larger block is needed")
    return net


def split(network: str, count: int, new_prefix: int) -> list[str]:
    """The first `count` subnets of size /new_prefix in `network`, in order."""
    net = ipaddress.IPv4Network(network)
    if new_prefix < net.prefixlen:
        raise ArgumentError(f"/{new_prefix} subnets do not fit in {network}")
    subnets = net.subnets(new_prefix=new_prefix)
    out = []
    for _ in range(count):
        try:
            out.append(str(next(subnets)))
        except StopIteration:
            raise ArgumentError(f"{network} holds fewer than {count} /{new_prefix} subnets") from None
    return out


def vpc_layout(vpc_cidr: str, az_count: int) -> tuple[list[str], list[str]]:
    """Split a VPC into (public, private) subnets, one of each per AZ.

    The VPC is cut in eight (16 parts when there are more than 4 AZs): private subnets get the
    first az_count eighths (pods take VPC IPs with the VPC CNI, so they need the room), public
    subnets share the last eighth (load balancers and NAT only).
    """
    net = ipaddress.IPv4Network(vpc_cidr)
    parts = 8 if az_count <= 4 else 16
    step = parts.bit_length() - 1
    chunks = list(net.subnets(prefixlen_diff=step))
    private = [str(c) for c in chunks[:az_count]]
    public_parent = chunks[-1]
    public = split(str(public_parent), az_count, public_parent.prefixlen + step)
    return public, private


def overlaps(a: str, b: str) -> bool:
    return ipaddress.IPv4Network(a).overlaps(ipaddress.IPv4Network(b))


def check_no_overlap(named: Sequence[tuple[str, str]]) -> None:
    """Raise ArgumentError naming both arguments if any two CIDRs overlap."""
    for i, (arg_a, a) in enumerate(named):
        for arg_b, b in named[i + 1 :]:
            if overlaps(a, b):
                raise ArgumentError(f"{arg_a}={a!r} overlaps {arg_b}={b!r}: the ranges must be disjoint")


def check_restricted(arg: str, cidrs: Sequence[str]) -> None:
    """Reject world-open ranges for API access lists; every entry must be a valid CIDR."""
    for cidr in cidrs:
        net = parse_network(arg, cidr, max_prefix=32)
        if net.prefixlen == 0:
            raise ArgumentError(f"{arg} contains {cidr!r}: the API must not be open to the whole internet; list your own CIDRs")


def first_half(network: str) -> str:
    """The lower half of a network (e.g. the AKS node subnet of a VNet)."""
    net = ipaddress.IPv4Network(network)
    return str(next(net.subnets(prefixlen_diff=1)))


def last_subnet(network: str, prefix: int) -> str:
    """The last /prefix block of a network (e.g. a small delegated subnet at the top of a VNet)."""
    net = ipaddress.IPv4Network(network)
    size = 2 ** (32 - prefix)
    return str(ipaddress.IPv4Network((int(net.broadcast_address) - size + 1, prefix)))


def aks_layout(vnet_cidr: str) -> tuple[str, str, str]:
    """(nodes, API server, PostgreSQL) subnets of an AKS VNet: nodes take the lower half (pods use the
    overlay CIDR), the API server a /28 at the start of the upper half (the smallest subnet API Server
    VNet Integration accepts), PostgreSQL a /24 at the top."""
    net = ipaddress.IPv4Network(vnet_cidr)
    lower, upper = net.subnets(prefixlen_diff=1)
    return str(lower), split(str(upper), 1, 28)[0], last_subnet(vnet_cidr, 24)


def contains(network: str, address: str) -> bool:
    try:
        return ipaddress.IPv4Address(address) in ipaddress.IPv4Network(network)
    except ValueError:
        return False
