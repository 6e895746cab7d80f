"""The price history chart: pure data preparation (steps, ranges, ticks) and a QPainter widget over it."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.pricing import day_start_utc, reference_window

CONTEXT = "PriceChart"
translate = QCoreApplication.translate  # literal contexts, so lupdate sees every text
KINDS = ("list", "floor", "cost", "live")  # drawing order: the live price on top
COLORS = {"live": "#1d4ed8", "list": "#6b7280", "floor": "#b45309", "cost": "#374151"}
REFERENCE_COLOR = "#15803d"
DAY_STEPS = (1, 2, 3, 5, 7, 14, 30, 61, 91, 182, 365)


@dataclass(frozen=True)
class Step:
    """One flat piece of a step line: ``fen`` in force from ``start`` to ``end`` (None: no price then)."""

    start: datetime
    end: datetime
    fen: int | None


@dataclass
class ChartData:
    """Everything the chart draws, in data units; ``empty`` when there is no price to draw."""

    start: datetime
    end: datetime
    lines: dict[str, list[Step]] = field(default_factory=dict)
    ticks: list[int] = field(default_factory=list)
    window: tuple[datetime, datetime] | None = None
    reference: int | None = None

    @property
    def empty(self) -> bool:
        return not any(s.fen is not None for steps_ in self.lines.values() for s in steps_)

    @property
    def low(self) -> int:
        return self.ticks[0]

    @property
    def high(self) -> int:
        return self.ticks[-1]


def moment(at: str) -> datetime:
    value = datetime.fromisoformat(at)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def changes_by_kind(rows: list[dict]) -> dict[str, list[tuple[datetime, int | None]]]:
    """``price_history`` rows (oldest first) as (time, fen) changes per kind."""
    out: dict[str, list[tuple[datetime, int | None]]] = {}
    for r in rows:
        out.setdefault(r["kind"], []).append((moment(r["at"]), r["price_fen"]))
    return out


def steps(changes: list[tuple[datetime, int | None]], start: datetime, end: datetime) -> list[Step]:
    """The step line of one price over [start, end]: the price in force at ``start``, then each change."""
    out: list[Step] = []
    at, fen = start, None
    known = False
    for when, value in changes:
        if when <= start:
            fen, known = value, True
            continue
        if when >= end:
            break
        if known:
            out.append(Step(at, when, fen))
        at, fen, known = when, value, True
    if known:
        out.append(Step(at, end, fen))
    return [s for s in out if s.end > s.start]


def span(rows: list[dict], days: int | None, now: datetime, tz=None) -> tuple[datetime, datetime]:
    """The time range shown: the last ``days`` local days up to ``now``, or (None) from the first change."""
    today = now.astimezone(tz).date() if tz else now.astimezone().date()
    if days is None:
        first = min((moment(r["at"]) for r in rows), default=now)
        first_day = first.astimezone(tz).date() if tz else first.astimezone().date()
        return min(day_start_utc(first_day, tz), day_start_utc(today - timedelta(days=7), tz)), now
    return day_start_utc(today - timedelta(days=days), tz), now


def nice_step(raw: float) -> int:
    """The round tick step (1, 2 or 5 × 10^k fen, at least 1 fen) nearest above ``raw``."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            if factor * scale >= raw:
                return factor * scale
        scale *= 10


def price_ticks(values: list[int], count: int = 4) -> list[int]:
    """Round ticks in fen that cover ``values`` with about ``count`` intervals."""
    low, high = min(values), max(values)
    if low == high:
        pad = max(100, low // 10)
        low, high = max(0, low - pad), high + pad
    step = nice_step((high - low) / count)
    first = (low // step) * step
    last = -((-high) // step) * step
    return list(range(first, last + 1, step))


def tick_label(fen: int, ticks: list[int]) -> str:
    """A y-axis label in yuan with as few decimals as the ticks need: "¥50", "¥49.5", "¥49.95"."""
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 100
    digits = 0 if step % 100 == 0 else 1 if step % 10 == 0 else 2
    return f"¥{fen / 100:.{digits}f}"


def day_ticks(start: datetime, end: datetime, max_labels: int, tz=None) -> list[date]:
    """Local dates to label, counting back from the last day in steps of 1, 2, 3, 5, 7, 14… days."""
    local = (lambda d: d.astimezone(tz).date()) if tz else (lambda d: d.astimezone().date())
    first, last = local(start), local(end)
    if day_start_utc(first, tz) < start:
        first += timedelta(days=1)  # a label sits at midnight, so the first whole day
    total = (last - first).days
    step = next((s for s in DAY_STEPS if total // s + 1 <= max(1, max_labels)), DAY_STEPS[-1])
    out, day = [], last
    while day >= first:
        out.append(day)
        day -= timedelta(days=step)
    return out[::-1]


def chart_data(rows: list[dict], reference: int | None, now: datetime, days: int | None,
               tz=None) -> ChartData:
    """What the chart shows for ``price_history`` rows over the last ``days`` (None: all)."""
    start, end = span(rows, days, now, tz)
    by_kind = changes_by_kind(rows)
    lines = {kind: steps(by_kind[kind], start, end) for kind in KINDS if kind in by_kind}
    lines = {kind: line for kind, line in lines.items() if any(s.fen is not None for s in line)}
    today = now.astimezone(tz).date() if tz else now.astimezone().date()
    w_start, w_end = reference_window(today, tz)
    window = (max(w_start, start), min(w_end, end)) if w_end > start else None
    values = [s.fen for line in lines.values() for s in line if s.fen is not None]
    if reference is not None and window is not None:
        values.append(reference)
    data = ChartData(start, end, lines, price_ticks(values) if values else [0, 100], window, reference)
    return data



def legend_html(kinds) -> str:
    """A legend line for the kinds drawn, with their colours (rich text for a QLabel)."""
    names = {"live": translate("PriceChart", "live price"), "list": translate("PriceChart", "list price"),
             "floor": translate("PriceChart", "floor price"), "cost": translate("PriceChart", "cost (dashed)")}
    entries = [(COLORS[k], "\u2501", names[k]) for k in ("live", "list", "floor", "cost") if k in kinds]
    entries.append((REFERENCE_COLOR, "\u2588",
                    translate("PriceChart", "the 7 days before today and their lowest live price")))
    last = len(entries) - 1  # the long last entry may wrap; the short ones stay whole
    return " &nbsp; ".join(
        f'<span style="color:{color}">{mark}</span>&nbsp;'
        + (html.escape(name) if i == last else html.escape(name).replace(" ", "&nbsp;"))
        for i, (color, mark, name) in enumerate(entries))


class PriceChart(QWidget):
    """Step lines of the four prices over time, with the 7-day reference window and price; sizes from the font."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("priceChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.data: ChartData | None = None

    def set_data(self, data: ChartData | None) -> None:
        self.data = data
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, max(220, self.fontMetrics().lineSpacing() * 12))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, max(160, self.fontMetrics().lineSpacing() * 9))

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self.data is None or self.data.empty:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 translate("PriceChart", "No price history yet."))
                return
            self._paint(painter, self.data)
        finally:
            painter.end()

    def _paint(self, p: QPainter, d: ChartData) -> None:
        fm = self.fontMetrics()
        unit = max(1.0, fm.height() / 16)  # line widths grow with the UI scale
        labels = [tick_label(t, d.ticks) for t in d.ticks]
        left = max(fm.horizontalAdvance(s) for s in labels) + fm.horizontalAdvance("0")
        plot = QRectF(left, fm.height() * 1.4, self.width() - left - fm.horizontalAdvance("00"),
                      self.height() - fm.height() * 2.9)
        seconds = max(1.0, (d.end - d.start).total_seconds())

        def x(t: datetime) -> float:
            return plot.left() + (t - d.start).total_seconds() / seconds * plot.width()

        def y(fen: int) -> float:
            return plot.bottom() - (fen - d.low) / max(1, d.high - d.low) * plot.height()

        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(70)
        if d.window is not None:
            shade = QColor(REFERENCE_COLOR)
            shade.setAlpha(36)
            p.fillRect(QRectF(QPointF(x(d.window[0]), plot.top()), QPointF(x(d.window[1]), plot.bottom())), shade)
        for tick, label in zip(d.ticks, labels):
            p.setPen(QPen(grid, unit))
            p.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
            p.setPen(text)
            p.drawText(QRectF(0, y(tick) - fm.height() / 2, left - fm.horizontalAdvance("0") / 2, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        self._paint_days(p, d, plot, x, text)
        for kind in KINDS:
            pen = QPen(QColor(COLORS[kind]), unit * (2.5 if kind == "live" else 1.2))
            if kind == "cost":
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            last = None
            for s in d.lines.get(kind, ()):
                if s.fen is None:
                    last = None
                    continue
                if last is not None:
                    p.drawLine(QPointF(x(s.start), y(last)), QPointF(x(s.start), y(s.fen)))
                p.drawLine(QPointF(x(s.start), y(s.fen)), QPointF(x(s.end), y(s.fen)))
                last = s.fen
        if d.reference is not None and d.window is not None:
            self._paint_reference(p, d, plot, x(d.window[0]), x(d.window[1]), y(d.reference), unit)

    def _paint_days(self, p: QPainter, d: ChartData, plot: QRectF, x, text: QColor) -> None:
        fm = self.fontMetrics()
        width = fm.horizontalAdvance("12/30") + fm.horizontalAdvance("00")
        p.setPen(QPen(text, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        for day in day_ticks(d.start, d.end, int(plot.width() // width)):
            at = x(day_start_utc(day))
            label = QLocale().toString(QDate(day.year, day.month, day.day), "M/d")
            half = fm.horizontalAdvance(label) / 2
            centre = min(max(at, plot.left() + half), self.width() - half - 1)
            p.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + fm.height() / 4))
            p.drawText(QRectF(centre - half - 2, plot.bottom() + fm.height() / 4, 2 * half + 4, fm.height() * 1.2),
                       Qt.AlignmentFlag.AlignCenter, label)

    def _paint_reference(self, p: QPainter, d: ChartData, plot: QRectF, x0: float, x1: float, at: float,
                         unit: float) -> None:
        fm = self.fontMetrics()
        p.setPen(QPen(QColor(REFERENCE_COLOR), unit * 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(QPointF(x0, at), QPointF(x1, at))
        label = translate("PriceChart", "7-day low %1").replace("%1", tick_label(d.reference, [0, 1]))
        w = fm.horizontalAdvance(label) + 4
        left = min(max(plot.left(), x1 - w), self.width() - w)
        # In the margin above the plot, over the shaded window: it never hides a line.
        p.drawText(QRectF(left, plot.top() - fm.height() * 1.3, w, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
