"""What the prompter shows for a show on air, built from the core's records (plain functions, no writes).

``read_facts`` reads the live values once (placeholder values per SKU, stock on hand, count-downs);
``build_document`` turns the live segments into a ``PrompterDocument`` whose {价格} {库存} {产地} {原价} are live
fields (``fill.runs``), keyed by segment index; ``overlay_for`` gives the ``OverlayData`` of the segment on
air. Elapsed times come from the segment log, so a resumed show shows the time spent before the app stopped
(and not the gap).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ...core.broadcast import fill
from ...core.broadcast.clock import parse
from ..prompter import OverlayData, PrompterDocument, Segment

ENDED_SHOWN_S = 60  # an ended flash sale stays on the overlay this long (its "ended" is seen)


@dataclass
class Facts:
    """Live values at one moment: placeholder values and stock per SKU, the session's count-downs."""

    values: dict = field(default_factory=dict)  # sku -> {"price": "39.90", "stock": "12", ...}
    on_hand: dict = field(default_factory=dict)  # sku -> int (None: product removed)
    countdowns: list = field(default_factory=list)  # CountdownState, oldest first


def skus(segments) -> list[str]:
    out: list[str] = []
    for seg in segments:
        if seg.sku and seg.sku not in out:
            out.append(seg.sku)
    return out


def read_facts(live, day, now: datetime) -> Facts:
    """The facts of every product of the show, from the catalogue and the session's records."""
    catalogue = live.catalogue
    facts = Facts(countdowns=live.countdowns(now))
    for sku in skus(live.segments):
        facts.values[sku] = fill.values(catalogue, sku, day)
        facts.on_hand[sku] = catalogue.on_hand(sku) if catalogue.exists(sku) else None
    return facts


def prompter_kind(seg) -> str:
    return "refeature" if seg.refeature else seg.kind


def key(index: int) -> str:
    return str(index)


def is_sold_out(seg, facts: Facts) -> bool:
    return seg.kind == "product" and bool(seg.sku) and (facts.on_hand.get(seg.sku) or 0) <= 0


def segment_runs(seg, facts: Facts) -> list:
    return fill.runs(seg.script or "", facts.values.get(seg.sku, {}) if seg.sku else {})


def build_document(segments, facts: Facts) -> PrompterDocument:
    return PrompterDocument(Segment(key(s.index), s.title, segment_runs(s, facts), prompter_kind(s),
                                    is_sold_out(s, facts)) for s in segments)


def price_text(values: dict) -> str | None:
    price = values.get("price") if values else None
    return f"\u00a5{price}" if price else None


def spent_s(log, index: int | None, now: datetime) -> float:
    """Seconds on air of segment ``index`` (every visit; None: the whole show) up to ``now``."""
    total = 0.0
    for entry in log:
        if index is None or entry.index == index:
            end = parse(entry.left_at) if entry.left_at else now
            total += max(0.0, (end - parse(entry.entered_at)).total_seconds())
    return total


def shown_countdown(sku: str | None, countdowns, now: datetime, ended_seen: dict):
    """The count-down of ``sku`` to show: the newest one, while running and for ``ENDED_SHOWN_S`` after it
    ended (``ended_seen`` remembers when each was first seen ended); None otherwise."""
    mine = [c for c in countdowns if sku and c.countdown.sku == sku]
    if not mine:
        return None
    state = max(mine, key=lambda c: parse(c.countdown.started_at))
    if not state.ended:
        return state
    first = ended_seen.setdefault(state.countdown.id, now)
    return state if now - first < timedelta(seconds=ENDED_SHOWN_S) else None


def overlay_for(seg, facts: Facts, elapsed: float, monotonic_now: float, countdown) -> OverlayData:
    """The overlay of ``seg`` on air for ``elapsed`` seconds (``monotonic_now``: the prompter view's clock)."""
    values = facts.values.get(seg.sku, {}) if seg.sku else {}
    end = left = None
    if countdown is not None:
        stopped = countdown.countdown.stopped_at
        end = parse(stopped) if countdown.reason == "stopped" and stopped else parse(countdown.ends_at)
        left = countdown.available
    name = (values.get("name") or seg.name or seg.title) if seg.kind == "product" else seg.title
    return OverlayData(name=name, price_text=price_text(values),
                       stock=facts.on_hand.get(seg.sku) if seg.kind == "product" and seg.sku else None,
                       countdown_end=end, countdown_left=left, planned_s=seg.planned_s or None,
                       segment_started=monotonic_now - elapsed, sold_out=is_sold_out(seg, facts))
