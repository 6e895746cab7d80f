"""What a live session is made of, as plain data: the segments as used, the prompter position, the segment log,
sales, flash-sale count-downs (with their real end time and real quantity left), corrections, the whole state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..errors import Issue, ValidationError
from .clock import iso, parse

DEFAULT_SPEED = 240  # 字/分 (Chinese characters per minute)
MAX_SPEED = 2000


@dataclass(frozen=True)
class LiveSegment:
    """A run-sheet segment as it was taken on air (copied at start, so later sheet edits do not rewrite the show)."""

    index: int
    kind: str
    title: str
    sku: str | None
    name: str  # product name at start ("" for free segments)
    planned_s: int
    script: str
    refeature: bool = False  # from the 返场 queue
    segment_id: int | None = None  # the run-sheet segment it came from


@dataclass(frozen=True)
class Position:
    """The prompter position: segment index, character offset at the reading line, sub-line fraction (0–1)."""

    segment: int
    offset: int = 0
    fraction: float = 0.0


@dataclass(frozen=True)
class LogEntry:
    index: int
    entered_at: str
    left_at: str | None = None  # None: the segment on air now
    how: str = "enter"  # "resume": re-entered after the app stopped
    id: int | None = None


@dataclass(frozen=True)
class Sale:
    """One sale tap: the stock movement it wrote (``move_id``: what undo takes back) and its Changes."""

    move_id: int
    sku: str
    quantity: int
    at: str
    index: int
    changes: object = None


@dataclass(frozen=True)
class Countdown:
    id: int
    index: int
    sku: str
    started_at: str
    duration_s: int
    quantity: int
    stopped_at: str | None = None

    @property
    def ends_at(self) -> str:
        return iso(parse(self.started_at) + timedelta(seconds=self.duration_s))


@dataclass(frozen=True)
class CountdownState:
    """A count-down at one moment. ``left`` = quantity − units of the SKU sold in this session since it started
    (until it ended); ``available`` = ``left`` capped by stock on hand (what may honestly be announced)."""

    countdown: Countdown
    ends_at: str
    remaining_s: float
    sold: int
    left: int
    available: int
    ended: bool
    reason: str | None  # "stopped" | "quantity" | "time" | "sold_out" | None while running


@dataclass(frozen=True)
class Correction:
    said: str
    truth: str
    at: str
    index: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Resumable:
    """A session that was on air when the app stopped: what the resume offer shows."""

    session_id: int
    title: str
    started_at: str
    sheet_title: str
    position: Position
    segments: int
    updated_at: str
    rehearsal: bool = False


@dataclass(frozen=True)
class LiveState:
    """Everything the operator and prompter windows show, as stored (``resume`` hands back the same numbers)."""

    session_id: int
    title: str
    started_at: str
    sheet_id: int | None
    sheet_title: str
    segments: tuple[LiveSegment, ...]
    current: int
    position: Position
    speed: int
    updated_at: str
    ended: bool
    sold: dict = field(default_factory=dict)  # sku -> units sold in this session
    on_hand: dict = field(default_factory=dict)  # sku -> stock on hand now (None: product removed)
    countdowns: tuple[CountdownState, ...] = ()
    corrections: tuple[Correction, ...] = ()
    log: tuple[LogEntry, ...] = ()
    reminders: tuple = ()  # reminders.ReminderState

    def sold_out(self, index: int) -> bool:
        """True for a product segment whose product has no stock left."""
        seg = self.segments[index]
        return seg.kind == "product" and (self.on_hand.get(seg.sku) or 0) <= 0


def countdown_state(c: Countdown, sales: list[Sale], on_hand: int | None, now: datetime) -> CountdownState:
    """The state of ``c`` at ``now`` from the session's sales, oldest first (undone sales are gone from the ledger).

    It ended at the first of: stopped, the quantity reached, the time up; or, with none of these yet, when the
    product has no stock left (``sold_out``).
    """
    start, end = parse(c.started_at), parse(c.started_at) + timedelta(seconds=c.duration_s)
    stop = parse(c.stopped_at) if c.stopped_at else None
    until = min(x for x in (now, end, stop) if x is not None)
    sold, reached = 0, None
    for s in sales:
        at = parse(s.at)
        if s.sku == c.sku and start <= at <= until:
            sold += s.quantity
            if reached is None and sold >= c.quantity:
                reached = at
    left = max(0, c.quantity - sold)
    available = max(0, min(left, on_hand or 0))
    events = [(t, r) for t, r in ((stop, "stopped"), (reached, "quantity"), (end, "time"))
              if t is not None and t <= now]
    reason = min(events)[1] if events else ("sold_out" if available == 0 else None)
    remaining = 0.0 if reason else (end - now).total_seconds()
    return CountdownState(c, iso(end), remaining, sold, left, available, reason is not None, reason)


def check_speed(speed) -> None:
    """Prompter speed in 字/分: an integer from 1 to MAX_SPEED."""
    if isinstance(speed, bool) or not isinstance(speed, int) or not 1 <= speed <= MAX_SPEED:
        raise ValidationError([Issue("speed", "out_of_range", {"value": speed, "min": 1, "max": MAX_SPEED})])
