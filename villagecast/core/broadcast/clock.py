"""Time for the broadcast core: aware UTC datetimes in memory, one ISO-8601 form in storage.

Every stored time of run sheets and live sessions is written by ``iso`` (microseconds, ``+00:00``), the form
``Catalogue`` writes stock movements and prices in, so the two sort and compare alike.
"""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """``moment`` as stored: UTC, microseconds, ``+00:00``."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def parse(text: str) -> datetime:
    """A stored time as an aware UTC datetime (a time without offset is taken as UTC)."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def seconds(start: str, end: str) -> float:
    """Seconds from ``start`` to ``end`` (stored times); never negative."""
    return max(0.0, (parse(end) - parse(start)).total_seconds())


def clock_text(value: float) -> str:
    """Seconds as ``h:mm:ss`` (or ``m:ss`` under an hour), rounded to the second: how durations are shown."""
    hours, rest = divmod(round(value), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
