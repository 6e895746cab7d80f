"""The post-show report: per product units sold, revenue, stock left and time spent against plan; the segments;
the checklist with tick times; the compliance findings of the scripts used; corrections; count-downs; totals.

Figures come from the records, not from counters: units are the session's ``sell`` movements in the stock
ledger, revenue prices each sale at the live price in force at that moment (price history), stock left is the
ledger balance when the show ended, time spent is summed from the segment log (a gap after a crash is not
counted). Planned time counts the main list and the 返场 segments that went on air (the rest of the 返场
queue was a reserve). Findings are codes and parameters (``compliance_messages`` words them). ``report_data`` is plain
data for JSON; ``csv_export.write_csv`` writes it for spreadsheets.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import datetime

from ..compliance import RulePack
from ..errors import NotFound
from .clock import iso, parse, seconds
from .live_model import Correction, CountdownState, LiveSegment
from .sheet_check import check_segment


@dataclass(frozen=True)
class ProductLine:
    sku: str
    name: str
    units: int
    revenue_fen: int
    unpriced_units: int  # units sold while the product had no live price (not in the revenue)
    sales: int  # how many sale taps
    stock_left: int | None  # ledger balance when the show ended; None: product removed since
    planned_s: int
    spent_s: float


@dataclass(frozen=True)
class SegmentLine:
    index: int
    kind: str
    title: str
    sku: str | None
    refeature: bool
    planned_s: int
    spent_s: float
    visits: int


@dataclass(frozen=True)
class FindingLine:
    index: int  # segment
    sku: str | None
    rule: str
    severity: str
    category: str
    explanation: str
    params: dict
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Report:
    session_id: int
    title: str
    status: str
    rehearsal: bool
    started_at: str | None
    ended_at: str | None
    overridden: bool
    gate: dict
    sheet_title: str
    products: tuple[ProductLine, ...]
    segments: tuple[SegmentLine, ...]
    checklist: tuple[tuple[str, str], ...]  # (item id, ticked at)
    reminders: tuple[tuple[str, str], ...]  # (item id, acknowledged at)
    findings: tuple[FindingLine, ...]
    notes: tuple[tuple[int, str, dict], ...]  # (segment, code, params): not_approved / product_missing
    corrections: tuple[Correction, ...]
    countdowns: tuple[CountdownState, ...]
    totals: dict = field(default_factory=dict)


def build_report(live_sessions, session_id: int, pack: RulePack | None = None, now: datetime | None = None) -> Report:
    """The report of session ``session_id`` (a show still on air is reported up to ``now``)."""
    book, repo, catalogue = live_sessions.broadcasts, live_sessions.repo, live_sessions.catalogue
    session = book.session(session_id)
    now = now or live_sessions.clock()
    live_row = repo.live(session_id)
    state = repo.state(session_id) if live_row else None
    # The end of a finished show as the live record wrote it (microseconds; the session row keeps seconds).
    end = (state[3] if state and state[2] else session.ended_at) if session.ended_at else iso(now)
    segments = repo.segments(session_id) if live_row else []
    sales = repo.sales(session_id)
    spent, visits = _time_spent(repo.log(session_id) if live_row else [], end)
    planned = {s.index: s.planned_s for s in segments if not s.refeature or visits.get(s.index)}
    products = _products(catalogue, segments, sales, spent, planned, end)
    findings, notes = [], []
    day = parse(session.started_at or end).astimezone().date()
    opening_stock = {p.sku: _balance(catalogue, p.sku, session.started_at or end) for p in products}
    for seg in segments:
        check = check_segment(seg.index, seg.segment_id, seg.kind, seg.sku, seg.script, catalogue,
                              pack or live_sessions.pack, day, opening_stock.get(seg.sku))
        notes += [(seg.index, n.code, n.params) for n in check.notes]
        findings += [FindingLine(seg.index, seg.sku, f.rule, f.severity, f.category, f.explanation, dict(f.params),
                                 f.text, f.start, f.end) for f in check.result.findings]
    seg_lines = tuple(SegmentLine(s.index, s.kind, s.title, s.sku, s.refeature, s.planned_s,
                                  spent.get(s.index, 0.0), visits.get(s.index, 0)) for s in segments)
    countdowns = tuple(live_sessions.open(session_id).countdowns(parse(end))) if live_row else ()
    totals = {
        "units": sum(p.units for p in products), "revenue_fen": sum(p.revenue_fen for p in products),
        "unpriced_units": sum(p.unpriced_units for p in products), "sales": len(sales),
        "planned_s": sum(planned.values()), "spent_s": sum(spent.values()),
        "duration_s": seconds(session.started_at, end) if session.started_at else 0.0,
        "block": sum(1 for f in findings if f.severity == "block"),
        "warn": sum(1 for f in findings if f.severity != "block"),
        "corrections": len(repo.corrections(session_id)) if live_row else 0,
    }
    return Report(session_id, session.title, session.status, session.rehearsal, session.started_at,
                  session.ended_at, session.overridden, session.gate, live_row[1] if live_row else "",
                  tuple(products), seg_lines, tuple((t.item_id, t.ticked_at) for t in session.ticks),
                  tuple(repo.acks(session_id)) if live_row else (), tuple(findings), tuple(notes),
                  tuple(repo.corrections(session_id)) if live_row else (), countdowns, totals)


def _time_spent(log, end: str) -> tuple[dict[int, float], dict[int, int]]:
    spent: dict[int, float] = {}
    visits: dict[int, int] = {}
    for entry in log:
        spent[entry.index] = spent.get(entry.index, 0.0) + seconds(entry.entered_at, entry.left_at or end)
        if entry.how == "enter":
            visits[entry.index] = visits.get(entry.index, 0) + 1
    return spent, visits


def _products(catalogue, segments: list[LiveSegment], sales, spent: dict[int, float], planned: dict[int, int],
              end: str) -> list[ProductLine]:
    order: list[str] = []
    for sku in [s.sku for s in segments if s.kind == "product" and s.sku] + [s.sku for s in sales]:
        if sku not in order:
            order.append(sku)
    names = {s.sku: s.name for s in segments if s.sku}
    lines = []
    for sku in order:
        mine = [s for s in sales if s.sku == sku]
        prices = _live_prices(catalogue, sku)
        revenue = unpriced = 0
        for sale in mine:
            fen = _in_force(prices, sale.at)
            if fen is None:
                unpriced += sale.quantity
            else:
                revenue += fen * sale.quantity
        name = names.get(sku) or _name(catalogue, sku)
        own = [s for s in segments if s.sku == sku]
        lines.append(ProductLine(sku, name, sum(s.quantity for s in mine), revenue, unpriced, len(mine),
                                 _balance(catalogue, sku, end),
                                 sum(planned.get(s.index, 0) for s in own),
                                 sum(spent.get(s.index, 0.0) for s in own)))
    return lines


def _live_prices(catalogue, sku: str) -> list[tuple[datetime, int | None]]:
    try:
        return [(parse(r["at"]), r["price_fen"]) for r in catalogue.price_history(sku, "live")]
    except NotFound:
        return []


def _in_force(prices: list[tuple[datetime, int | None]], at: str) -> int | None:
    """The live price set last at or before ``at`` (a price set in the same instant as the sale counts)."""
    k = bisect.bisect_right([p[0] for p in prices], parse(at))
    return prices[k - 1][1] if k else None


def _balance(catalogue, sku: str, at: str) -> int | None:
    """Stock on hand at ``at`` from the ledger (None for a product no longer in the catalogue)."""
    try:
        moves = catalogue.stock_history(sku)
    except NotFound:
        return None
    moment = parse(at)
    return sum(m["quantity"] for m in moves if parse(m["at"]) <= moment)


def _name(catalogue, sku: str) -> str:
    try:
        return catalogue.get(sku).name_zh
    except NotFound:
        return ""


def report_data(r: Report) -> dict:
    """The report as JSON-ready data: money as yuan strings plus ``*_fen`` integers, times UTC ISO."""
    from ..money import format_fen

    def money(fen):
        return format_fen(fen) if fen is not None else None

    return {
        "session": {"id": r.session_id, "title": r.title, "status": r.status, "rehearsal": r.rehearsal,
                    "started_at": r.started_at, "ended_at": r.ended_at, "overridden": r.overridden, "gate": r.gate,
                    "run_sheet": r.sheet_title},
        "products": [{"sku": p.sku, "name": p.name, "units": p.units, "revenue": money(p.revenue_fen),
                      "revenue_fen": p.revenue_fen, "unpriced_units": p.unpriced_units, "sales": p.sales,
                      "stock_left": p.stock_left, "planned_s": p.planned_s, "spent_s": round(p.spent_s, 3)}
                     for p in r.products],
        "segments": [{"index": s.index, "kind": s.kind, "title": s.title, "sku": s.sku, "refeature": s.refeature,
                      "planned_s": s.planned_s, "spent_s": round(s.spent_s, 3), "visits": s.visits}
                     for s in r.segments],
        "checklist": [{"item": item, "ticked_at": at} for item, at in r.checklist],
        "reminders": [{"item": item, "at": at} for item, at in r.reminders],
        "findings": [{"segment": f.index, "sku": f.sku, "rule": f.rule, "severity": f.severity,
                      "category": f.category, "explanation": f.explanation, "params": f.params, "text": f.text,
                      "start": f.start, "end": f.end} for f in r.findings],
        "notes": [{"segment": i, "code": code, "params": params} for i, code, params in r.notes],
        "corrections": [{"at": c.at, "segment": c.index, "said": c.said, "truth": c.truth} for c in r.corrections],
        "countdowns": [{"sku": c.countdown.sku, "segment": c.countdown.index, "started_at": c.countdown.started_at,
                        "ends_at": c.ends_at, "duration_s": c.countdown.duration_s, "quantity": c.countdown.quantity,
                        "sold": c.sold, "left": c.left, "reason": c.reason} for c in r.countdowns],
        "totals": {**{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.totals.items()},
                   "revenue": money(r.totals.get("revenue_fen", 0))},
    }
