"""The post-show report as CSV: UTF-8 with BOM (Excel and WPS show the Chinese), one table per section.

Sections follow each other, separated by an empty row, each opened by a title row and a header row: products
(with a totals row), segments, checklist, reminders, corrections, findings. Titles and headers come from the
caller (``headers``: key → words, ``broadcast_messages.csv_headers()``); a missing key prints as the key.
``describe(code, params)`` words finding explanations and segment kinds (default: the code). Money is yuan
with two decimals, durations whole seconds, times local ISO-8601 with their offset; text Excel would run as
a formula gets a leading ' (``exchange.sheet_values.guard``).
"""

from __future__ import annotations

import csv
import io
from typing import Callable

from ..atomic import write_bytes
from ..exchange.sheet_values import guard
from ..money import format_fen
from .clock import parse
from .report import Report

SECTIONS = {
    "products": ("sku", "name", "units", "revenue", "unpriced_units", "stock_left", "planned_s", "spent_s"),
    "segments": ("segment", "kind", "title", "sku", "planned_s", "spent_s", "visits"),
    "checklist": ("item", "ticked_at"),
    "reminders": ("item", "acknowledged_at"),
    "corrections": ("at", "segment", "said", "truth"),
    "findings": ("segment", "sku", "rule", "severity", "category", "text", "explanation"),
}
KEYS = tuple(SECTIONS) + tuple(dict.fromkeys(k for cols in SECTIONS.values() for k in cols)) + ("total", "refeature")


def _local(at: str | None) -> str:
    return parse(at).astimezone().isoformat(timespec="seconds") if at else ""


def rows(r: Report, headers: dict[str, str] | None = None,
         describe: Callable[[str, dict], str] | None = None) -> list[list]:
    """The CSV rows (lists of cells) of report ``r``."""
    words = headers or {}
    say = describe or (lambda code, params: code)

    def w(key: str) -> str:
        return words.get(key, key)

    def section(name: str, body: list[list]) -> list[list]:
        return [[w(name)], [w(k) for k in SECTIONS[name]], *body, []]

    t = r.totals
    products = [[p.sku, p.name, p.units, format_fen(p.revenue_fen), p.unpriced_units,
                 "" if p.stock_left is None else p.stock_left, p.planned_s, round(p.spent_s)] for p in r.products]
    products.append([w("total"), "", t["units"], format_fen(t["revenue_fen"]), t["unpriced_units"], "",
                     t["planned_s"], round(t["spent_s"])])
    segments = [[s.index + 1, say("kind." + s.kind, {}) + (f" ({w('refeature')})" if s.refeature else ""), s.title,
                 s.sku or "", s.planned_s, round(s.spent_s), s.visits] for s in r.segments]
    out = section("products", products) + section("segments", segments)
    out += section("checklist", [[item, _local(at)] for item, at in r.checklist])
    out += section("reminders", [[item, _local(at)] for item, at in r.reminders])
    out += section("corrections", [[_local(c.at), "" if c.index is None else c.index + 1, c.said, c.truth]
                                   for c in r.corrections])
    out += section("findings", [[f.index + 1, f.sku or "", f.rule, f.severity, f.category, f.text,
                                 say(f.explanation, f.params)] for f in r.findings])
    return out[:-1]


def write_csv(r: Report, out, headers: dict[str, str] | None = None,
              describe: Callable[[str, dict], str] | None = None) -> int:
    """Write report ``r`` to ``out`` (temp file, then renamed); returns the size in bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([[guard(c) if isinstance(c, str) else c for c in row] for row in rows(r, headers, describe)])
    return write_bytes(out, buffer.getvalue().encode("utf-8-sig"))
