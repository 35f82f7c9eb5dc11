"""Time windows for the drift check: a duration ending at a point (`7d`, `24h`, `30m`, `2w`) or an
ISO-8601 interval (`2026-11-01/2026-11-08`, `2026-11-01T00:00Z/2026-11-02T12:00Z`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

_DURATION = re.compile(r"^(\d+)([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
ALLOWED = "a duration like 30m, 24h, 7d, 2w, or an ISO interval START/END such as 2026-11-01/2026-11-08"


class WindowError(ValueError):
    """A window that cannot be parsed or is empty; the message names it and what is allowed."""


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _instant(text: str, what: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise WindowError(f"{what}: {text!r} is not an ISO-8601 date or time") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def parse_window(text: str, *, end: datetime, what: str = "window") -> Window:
    """`text` as a Window; a duration ends at `end`. Raises WindowError with the allowed forms."""
    if not isinstance(text, str) or not text.strip():
        raise WindowError(f"{what}: empty; allowed: {ALLOWED}")
    s = text.strip()
    m = _DURATION.match(s)
    if m:
        n = int(m.group(1))
        if n <= 0:
            raise WindowError(f"{what}: {s!r} is an empty duration; allowed: {ALLOWED}")
        return Window(end - timedelta(**{_UNITS[m.group(2)]: n}), end)
    if "/" in s:
        a, b = s.split("/", 1)
        start, stop = _instant(a, what), _instant(b, what)
        if stop <= start:
            raise WindowError(f"{what}: {s!r} ends before it starts; allowed: {ALLOWED}")
        return Window(start, stop)
    raise WindowError(f"{what}: {s!r} is not understood; allowed: {ALLOWED}")


def resolve_windows(reference: str, current: str, *, now: datetime | None = None) -> tuple[Window, Window]:
    """The current window ends now; a reference *duration* ends where the current window starts."""
    now = now or datetime.now(timezone.utc)
    cur = parse_window(current, end=now, what="--current")
    ref = parse_window(reference, end=cur.start, what="--reference")
    return ref, cur
