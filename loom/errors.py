"""The CLI's error types: defined in the neutral `contract` package, which every layer may import.

`loom` shows any `LoomError` as one clear line and exits with its `exit_code` (2 by default)."""

from __future__ import annotations

from contract.errors import ArgumentError, ConfigError, LoomError

__all__ = ["ArgumentError", "ConfigError", "LoomError"]
