"""Reminders while on air: "during" checklist items of the rule pack repeated at set intervals.

The intervals are data (``assets/broadcast/reminders.json``: item id → minutes). Only items of the pack in
use that apply during the broadcast and are in force count; anything else is reported as an ``Issue``
and skipped. An item is due ``minutes`` after going on air, then ``minutes`` after each acknowledgement.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ... import paths
from ..errors import Issue
from .clock import iso, parse

FORMAT = "villagecast-reminders"
MIN_MINUTES, MAX_MINUTES = 1, 240


@dataclass(frozen=True)
class Reminder:
    item_id: str
    minutes: int


@dataclass(frozen=True)
class ReminderState:
    item_id: str
    minutes: int
    last_at: str  # going on air, or the latest acknowledgement
    due_at: str
    due: bool
    overdue_s: float  # seconds past due_at (0 when not due)
    count: int  # acknowledgements so far


def default_path() -> Path:
    return paths.assets_dir() / "broadcast" / "reminders.json"


def parse_reminders(data, pack, day: date) -> tuple[list[Reminder], list[Issue]]:
    """Reminders from parsed JSON, checked against ``pack`` on ``day``; issues for what was skipped."""
    issues: list[Issue] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("reminders"), dict):
        return [], [Issue("", "not_reminders", {"format": FORMAT})]
    out = []
    for item_id, minutes in data["reminders"].items():
        field = f"reminders.{item_id}"
        item = pack.item(item_id)
        if item is None:
            issues.append(Issue(field, "unknown_item", {"value": item_id}))
        elif not item.in_phase("during"):
            issues.append(Issue(field, "not_during", {"value": item_id, "phases": list(item.phases)}))
        elif not item.in_force(day):
            issues.append(Issue(field, "not_in_force", {"value": item_id, "date": item.effective_from},
                                severity="warning"))
        elif isinstance(minutes, bool) or not isinstance(minutes, int) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
            issues.append(Issue(field, "out_of_range", {"value": minutes, "min": MIN_MINUTES, "max": MAX_MINUTES}))
        else:
            out.append(Reminder(item_id, minutes))
    return out, issues


def load_reminders(pack, day: date | None = None, path: Path | None = None) -> tuple[list[Reminder], list[Issue]]:
    """The shipped mapping (or ``path``) for ``pack``; an unreadable file gives no reminders and an issue."""
    path = path or default_path()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [], [Issue("", "unreadable", {"path": str(path), "reason": type(exc).__name__})]
    return parse_reminders(data, pack, day or date.today())


def reminder_states(reminders: list[Reminder], started_at: str, acks: list[tuple[str, str]], now: datetime
                    ) -> list[ReminderState]:
    """Each reminder at ``now``; ``acks`` are (item id, time) acknowledgements of this session."""
    out = []
    for r in reminders:
        times = [at for item, at in acks if item == r.item_id]
        last = max(times, key=parse) if times else started_at
        due_at = parse(last) + timedelta(minutes=r.minutes)
        over = (now - due_at).total_seconds()
        out.append(ReminderState(r.item_id, r.minutes, last, iso(due_at), over >= 0, max(0.0, over), len(times)))
    return out
