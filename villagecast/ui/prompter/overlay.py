"""The product overlay: what the caller knows about the current segment, and the words shown for it.

``OverlayData`` is filled by the caller (the live session) and handed to ``PrompterView.set_overlay``
whenever anything changes (a sale, a price change, a new segment). Times: ``countdown_end`` is a real
datetime (aware, or naive local) and ``segment_started`` a ``time.monotonic()`` reading — the view's clock.
``overlay_items`` turns it into (role, text, colour, background) at a moment; the view paints them and
``PrompterView.overlay_texts()`` returns them for tests and accessibility.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from .style import DANGER, REHEARSAL, WARNING, Scheme

OVER_RED = 1.25  # elapsed beyond planned × this turns red (amber as soon as it is over)


@dataclass(frozen=True)
class OverlayData:
    """The current segment's live facts; every field may be None (then it is not shown)."""

    name: str = ""
    price_text: str | None = None  # already formatted, e.g. "¥39.90"
    stock: int | None = None
    countdown_end: datetime | None = None
    countdown_left: int | None = None  # units left in the flash sale
    planned_s: float | None = None
    segment_started: float | None = None  # time.monotonic() when the segment began
    sold_out: bool = False
    rehearsal: bool = False  # a practice show (the demo catalogue): marked REHEARSAL first


def rehearsal_text() -> str:
    """The marker a rehearsal's prompter shows first in its overlay."""
    return QCoreApplication.translate("Prompter", "REHEARSAL")


def clock_text(seconds: float) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour), never negative."""
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def _remaining(end: datetime, wall: datetime) -> float:
    if (end.tzinfo is None) != (wall.tzinfo is None):
        end = end.astimezone() if end.tzinfo is None else end
        wall = wall.astimezone() if wall.tzinfo is None else wall
    return (end - wall).total_seconds()


def overlay_items(data: OverlayData, scheme: Scheme, monotonic_now: float, wall: datetime
                  ) -> list[tuple[str, str, str, str | None]]:
    """(role, text, colour, background) for every fact to show, in reading order."""
    items = []
    if data.rehearsal:
        items.append(("rehearsal", rehearsal_text(), "#ffffff", REHEARSAL))
    if data.sold_out:
        items.append(("sold_out", QCoreApplication.translate("Prompter", "SOLD OUT"), "#ffffff", DANGER))
    if data.name:
        items.append(("name", data.name, scheme.text, None))
    if data.price_text:
        items.append(("price", data.price_text, scheme.field, None))
    if data.stock is not None:
        colour = DANGER if data.stock <= 0 else scheme.text
        items.append(("stock", QCoreApplication.translate("Prompter", "Stock %1").replace("%1", str(data.stock)), colour, None))
    if data.countdown_end is not None:
        left = _remaining(data.countdown_end, wall)
        if left <= 0 or (data.countdown_left is not None and data.countdown_left <= 0):
            text = QCoreApplication.translate("Prompter", "Flash sale %1 ended").replace("%1", "00:00")
            colour = DANGER
        else:
            if data.countdown_left is None:
                text = QCoreApplication.translate("Prompter", "Flash sale %1").replace("%1", clock_text(left + 0.999))
            else:
                text = QCoreApplication.translate("Prompter", "Flash sale %1 · %2 left").replace("%1", clock_text(left + 0.999)).replace(
                    "%2", str(data.countdown_left))
            colour = DANGER if left < 60 else scheme.field
        items.append(("countdown", text, colour, None))
    items.append(("clock", wall.strftime("%H:%M:%S"), scheme.muted, None))
    if data.segment_started is not None:
        elapsed = monotonic_now - data.segment_started
        if data.planned_s:
            text = QCoreApplication.translate("Prompter", "%1 of %2").replace("%1", clock_text(elapsed)).replace("%2", clock_text(data.planned_s))
            colour = (DANGER if elapsed > data.planned_s * OVER_RED else WARNING if elapsed > data.planned_s
                      else scheme.text)
        else:
            text, colour = clock_text(elapsed), scheme.text
        items.append(("elapsed", text, colour, None))
    return items


def banner_text(skip_key: str) -> str:
    """The SOLD OUT banner across a sold-out segment, naming the key that skips it."""
    if not skip_key:
        return QCoreApplication.translate("Prompter", "SOLD OUT")
    return QCoreApplication.translate("Prompter", "SOLD OUT · press %1 to skip").replace("%1", skip_key)
