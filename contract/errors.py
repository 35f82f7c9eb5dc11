"""The error types every layer shares, so that callers tell the user's mistakes from bugs by type.

- `LoomError`: a problem the user can fix. Its message says what, where and what is allowed; the
  `loom` command shows it as one line and exits with `exit_code`, never with a traceback.
- `ArgumentError`: a bad argument (a stack setting, a component's or a foundation's argument). It is
  a `LoomError` and a `ValueError`: `loom preview` and the Pulumi program (infra/__main__.py) catch
  it by type and print one line; any other exception is a bug and keeps its traceback.
- `ConfigError`: an `ArgumentError` that knows the file and key the value came from.
"""

from __future__ import annotations


class LoomError(Exception):
    """A problem the user can fix: says what, where and what is allowed. Never shown with a traceback."""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class ArgumentError(LoomError, ValueError):
    """An invalid argument: the message names the argument, shows the value and says what is allowed.

    Raised before anything is registered (components validate before `super().__init__`), so a
    bad argument leaves no half-made resource behind."""

    where: str | None = None
    """The settings file the value came from, when the raiser knows it (None: the caller adds it)."""

    def located(self, where: str) -> "ArgumentError":
        """This error as the user reads it: naming the settings file `where`, unless it names its own."""
        if self.where:
            return self
        located = ArgumentError(f"{where}: {self}")
        located.where = where
        return located


class ConfigError(ArgumentError):
    """A stack settings file (or other config) has a missing or invalid key."""

    def __init__(self, where: str, key: str, value: object, allowed: str) -> None:
        self.where, self.key, self.value, self.allowed = where, key, value, allowed
        super().__init__(f"{where}: {key} = {value!r} is invalid; allowed: {allowed}")

