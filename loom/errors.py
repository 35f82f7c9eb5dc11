"""One error type for bad input, so every command fails the same way: one clear line, exit 2."""

from __future__ import annotations


class LoomError(Exception):
    """A problem the user can fix: says what, where and what is allowed. Never shown with a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class ConfigError(LoomError):
    """A stack settings file (or other config) has a missing or invalid key."""

    def __init__(self, where: str, key: str, value: object, allowed: str) -> None:
        self.where, self.key, self.value, self.allowed = where, key, value, allowed
        super().__init__(f"{where}: {key} = {value!r} is invalid; allowed: {allowed}")
