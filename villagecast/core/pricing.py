"""Price history rules. 原价 may only be the lowest price in the seven days before a promotion."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

REFERENCE_DAYS = 7


def day_start_utc(day: date, tz=None) -> datetime:
    """Midnight at the start of ``day`` in local time (or ``tz``), as an aware UTC datetime."""
    local = datetime.combine(day, time.min)
    local = local.replace(tzinfo=tz) if tz else local.astimezone()
    return local.astimezone(timezone.utc)


def lowest_in_window(changes: list[tuple[str, int | None]], start: datetime, end: datetime) -> int | None:
    """Lowest price in force at any moment in ``[start, end)``.

    ``changes`` are (UTC ISO time, fen) pairs in time order. The price set before ``start`` and
    still in force when the window opens counts; a price set at or after ``end`` does not.
    """
    in_force = None
    candidates = []
    for at, fen in changes:
        moment = datetime.fromisoformat(at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        if moment < start:
            in_force = fen
        elif moment < end:
            candidates.append(fen)
        else:
            break
    if in_force is not None:
        candidates.append(in_force)
    candidates = [c for c in candidates if c is not None]
    return min(candidates) if candidates else None


def reference_window(day: date, tz=None) -> tuple[datetime, datetime]:
    """The seven whole days before ``day``: [day - 7, day) in local time."""
    end = day_start_utc(day, tz)
    return day_start_utc(day - timedelta(days=REFERENCE_DAYS), tz), end
