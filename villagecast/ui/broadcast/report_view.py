"""One post-show report (``core.broadcast.report.Report``) on screen: the show at a glance, the bar chart of units
sold, per product units / revenue / stock left / time against plan, segments, the checklist with tick times
(local), count-downs, corrections, the findings of the scripts used, totals.

Tables are as tall as their rows (the page scrolls, not each table). Times are local, on the show's day the time
alone, otherwise with the date (``ui.formats``: "14:05" / "2:05 PM", "2026年12月5日 20:00" / "5 Dec 2026 8:00 PM").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import broadcast_messages as words
from ...compliance_messages import category_name, describe_finding, severity_name
from ...core.broadcast.clock import clock_text
from .. import formats, metrics
from ..compliance.words import item_text
from .report_chart import UnitsChart


def local(at: str | None, day: date | None = None, short: bool = False) -> str:
    """A stored UTC time as the local time alone on ``day``, else the date and the time (the date without the
    year this year when ``short``), in the UI language."""
    if not at:
        return ""
    moment = formats.local_moment(at)
    if day is not None and moment.date() == day:
        return formats.time_text(moment)
    on = formats.date_text(moment.date(), year=not short or moment.year != date.today().year)
    return QCoreApplication.translate("Formats", "%1 %2").replace("%1", on).replace("%2", formats.time_text(moment))


class FitTable(QTableWidget):
    """A read-only table exactly as tall as its rows (no scroll bar of its own); cells wrap."""

    def __init__(self, headers: list[str], rows: list[list], right: tuple = (), stretch: int = 0, name: str = ""):
        super().__init__(len(rows), len(headers))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                color = None
                if isinstance(value, tuple):
                    value, color = value
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())
                align = Qt.AlignmentFlag.AlignRight if c in right else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignTop)
                if color:
                    item.setForeground(QBrush(QColor(color)))
                self.setItem(r, c, item)

    def texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]

    def fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + self.verticalHeader().length() + 2 * self.frameWidth()
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()


class ReportView(QWidget):
    """``show_report(report, pack)``; ``tables`` holds the tables shown by name (products, segments…)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reportView")
        self.report = None
        self.pack = None
        self.tables: dict[str, FitTable] = {}
        self.chart = None  # the UnitsChart of the report shown
        self.stats: dict[int, QLabel] = {}
        self.totals_line = None
        self.box = QVBoxLayout(self)
        self.box.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._widgets: list[QWidget] = []

    def retranslate(self) -> None:
        if self.report is not None:
            self.show_report(self.report, self.pack)

    # --- building -----------------------------------------------------------------------------------
    def _label(self, text: str, bold=False, color: str | None = None, muted=False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style = ("font-weight: bold;" if bold else "") + (f"color: {color or metrics.MUTED_COLOR};" if color or muted
                                                          else "")
        label.setStyleSheet(style)
        return label

    def _add(self, widget: QWidget) -> None:
        self.box.addWidget(widget)
        self._widgets.append(widget)

    def _heading(self, text: str) -> None:
        label = self._label(text, bold=True)
        label.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        self._add(label)

    def _table(self, key: str, headers, rows, right=(), stretch=0) -> FitTable:
        table = FitTable(headers, rows, right, stretch, f"report_{key}")
        table.setAccessibleName(headers[stretch])
        self.tables[key] = table
        self._add(table)
        return table

    def clear(self) -> None:
        for widget in self._widgets:
            self.box.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._widgets, self.tables = [], {}

    def show_message(self, text: str) -> None:
        """No report: a line saying why (no session chosen, not on air yet)."""
        self.clear()
        self.report = None
        self._add(self._label(text, muted=True))

    def show_report(self, r, pack=None) -> None:
        self.clear()
        self.report, self.pack = r, pack
        if r is None:
            return
        t = r.totals
        day = formats.local_moment(r.started_at).date() if r.started_at else None
        self._add(self._label(r.title, bold=True))
        facts = [words.label(words.STATUS_NAMES, r.status)]
        if r.started_at:
            facts.append(self.tr("on air %1 to %2 (%3)").replace("%1", local(r.started_at)).replace(
                "%2", local(r.ended_at, day) if r.ended_at else self.tr("now")).replace(
                "%3", clock_text(t["duration_s"])))
        if r.sheet_title:
            facts.append(self.tr("run sheet \u201c%1\u201d").replace("%1", r.sheet_title))
        if r.rehearsal:
            facts.append(self.tr("rehearsal"))
        self._add(self._label(" \u00b7 ".join(facts), muted=True))
        if r.overridden:
            problems = len(r.gate.get("findings", [])) + len(r.gate.get("unticked", []))
            self._add(self._label(self.tr("Went on air with the pre-broadcast check not clear (%n problem(s) "
                                          "recorded).", None, problems), color=metrics.WARNING_COLOR))
        self._stats(r)
        self._heading(self.tr("Units sold per product"))
        self.chart = UnitsChart()
        self.chart.retranslate()
        self.chart.set_products(r.products)
        self._add(self.chart)
        self._products(r)
        if r.segments:
            self._heading(self.tr("Segments"))
            refeature = words.label(words.QUEUE_NAMES, "refeature")
            self._table("segments", ["#", self.tr("Kind"), self.tr("Title"), self.tr("Planned"), self.tr("Spent"),
                                     self.tr("Times on air")],
                        [[s.index + 1, words.label(words.KIND_NAMES, s.kind) + (f" \u00b7 {refeature}" if s.refeature
                                                                               else ""),
                          s.title, clock_text(s.planned_s), clock_text(s.spent_s), s.visits] for s in r.segments],
                        right=(0, 3, 4, 5), stretch=2)
        self._checklist(r, day)
        if r.countdowns:
            names = {p.sku: p.name for p in r.products}
            self._heading(self.tr("Flash-sale count-downs"))
            self._table("countdowns", [self.tr("Product"), self.tr("Started"), self.tr("Length"), self.tr("Quantity"),
                                       self.tr("Sold"), self.tr("Ended")],
                        [[names.get(c.countdown.sku) or c.countdown.sku, local(c.countdown.started_at, day),
                          clock_text(c.countdown.duration_s), c.countdown.quantity, c.sold,
                          words.label(words.COUNTDOWN_REASONS, c.reason or "")] for c in r.countdowns],
                        right=(2, 3, 4))
        if r.corrections:
            self._heading(self.tr("Corrections on air"))
            self._table("corrections", [self.tr("Time"), self.tr("What was said"), self.tr("What is true")],
                        [[local(c.at, day), c.said, c.truth] for c in r.corrections], stretch=2)
        self._findings(r)

    def _stats(self, r) -> None:
        t = r.totals
        stats = [(self.tr("Units sold"), formats.integer(t["units"])),
                 (self.tr("Revenue (yuan)"), formats.money(t["revenue_fen"], symbol=False)),
                 (self.tr("On air (planned %1)").replace("%1", clock_text(t["planned_s"])), clock_text(t["spent_s"])),
                 (self.tr("Must-change findings"), str(t["block"])),
                 (self.tr("Corrections"), str(t["corrections"]))]
        grid_widget = QWidget(objectName="reportStats")
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.stats = {}
        for n, (label, value) in enumerate(stats):
            value_label = self._label(value, bold=True)
            value_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            if n == 3 and t["block"]:
                value_label.setStyleSheet(f"font-weight: bold; color: {metrics.DANGER_COLOR};")
            name = self._label(label, muted=True)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(value_label, 0, n)
            grid.addWidget(name, 1, n)
            self.stats[n] = value_label
        self._add(grid_widget)

    def _products(self, r) -> None:
        t = r.totals
        self._heading(self.tr("Products"))

        def spent(line):
            over = line.planned_s and line.spent_s > line.planned_s * 1.2
            return clock_text(line.spent_s), metrics.WARNING_COLOR if over else None

        rows = [[f"{p.name} ({p.sku})" if p.name else p.sku, p.units, formats.money(p.revenue_fen),
                 "\u2014" if p.stock_left is None else (p.stock_left, metrics.DANGER_COLOR if p.stock_left <= 0
                                                        else None),
                 clock_text(p.planned_s), spent(p)] for p in r.products]
        rows.append([self.tr("Total"), t["units"], formats.money(t["revenue_fen"]), "", clock_text(t["planned_s"]),
                     clock_text(t["spent_s"])])
        self._table("products", [self.tr("Product"), self.tr("Units"), self.tr("Revenue"), self.tr("Stock left"),
                                 self.tr("Planned"), self.tr("Spent")], rows, right=(1, 2, 3, 4, 5))
        units, sales = t["units"], t["sales"]
        line = (self.tr("Total: %n unit(s)", None, units) + " \u00b7 " + self.tr("%n sale(s)", None, sales)
                + " \u00b7 " + self.tr("%1 yuan").replace("%1", formats.money(t["revenue_fen"], symbol=False)) + " \u00b7 "
                + self.tr("%1 on air against %2 planned").replace("%1", clock_text(t["spent_s"])).replace(
                    "%2", clock_text(t["planned_s"])))
        self.totals_line = self._label(line, bold=True)
        self._add(self.totals_line)
        unpriced = t["unpriced_units"]
        if unpriced:
            self._add(self._label(self.tr("%n unit(s) were sold while the product had no live price; they are not in "
                                          "the revenue.", None, unpriced), color=metrics.WARNING_COLOR))

    def _checklist(self, r, day) -> None:
        rows = []
        for item_id, at in r.checklist:
            item = self.pack.item(item_id) if self.pack is not None else None
            rows.append([item_id, item_text(item) if item else "", local(at, day)])
        for item_id, at in r.reminders:
            item = self.pack.item(item_id) if self.pack is not None else None
            rows.append([item_id, (item_text(item) if item else "") + " " + self.tr("(reminder)"), local(at, day)])
        self._heading(self.tr("Checklist"))
        if not rows:
            self._add(self._label(self.tr("Nothing was ticked."), muted=True))
            return
        self._table("checklist", [self.tr("Item"), self.tr("What"), self.tr("Ticked at")], rows, stretch=1)

    def _findings(self, r) -> None:
        self._heading(self.tr("Findings in the scripts used"))
        for indices, code, params in words.group_notes(r.notes):
            text = ", ".join(f"#{i + 1}" for i in indices) + "  " + words.describe_code(code, params)
            self._add(self._label(text, color=metrics.WARNING_COLOR))
        if not r.findings:
            self._add(self._label(self.tr("No risky wording in the scripts used."), color=metrics.OK_COLOR))
            return
        rows = [[f.index + 1, f.text, (" \u00b7 ".join((severity_name(f.severity), category_name(f.category), f.rule)),
                                       metrics.DANGER_COLOR if f.severity == "block" else metrics.WARNING_COLOR),
                 describe_finding(f)] for f in r.findings]
        self._table("findings", ["#", self.tr("Wording"), self.tr("Severity"), self.tr("Why")], rows, right=(0,),
                    stretch=3)
