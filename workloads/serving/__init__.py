"""Serving helpers shared by the local platform and the serving image (stdlib only)."""
