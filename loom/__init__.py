"""Loom: the `loom` command for people and CI (local platform, offline preview, policy check, automation)."""

__version__ = "0.1.0"
