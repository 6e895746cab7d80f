"""One province of the plan: every carrier's option, and the breakdown of the chosen one to check by hand."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import shipping_messages as sm
from .. import formats
from . import plan_export, words

HEADERS = (
    QT_TRANSLATE_NOOP("PlanDetail", "Carrier"),
    QT_TRANSLATE_NOOP("PlanDetail", "Zone"),
    QT_TRANSLATE_NOOP("PlanDetail", "Shipping"),
    QT_TRANSLATE_NOOP("PlanDetail", "Margin"),
    QT_TRANSLATE_NOOP("PlanDetail", "Break-even"),
    QT_TRANSLATE_NOOP("PlanDetail", "Note"),
)


class PlanDetail(QWidget):
    """Options of the province shown; selecting one shows its ``quote_lines`` (the best one at first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan = None
        self.order = None
        self.target_fen = 0
        self.pinned: tuple | None = None  # the card the anchor picked for this province (kept on recompute)
        self.heading = QLabel(objectName="planDetailHeading")
        self.heading.setWordWrap(True)
        self.options = QTableWidget(0, len(HEADERS), objectName="planOptions")
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.options.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.options.setTabKeyNavigation(False)
        self.options.verticalHeader().hide()
        self.options.setWordWrap(False)
        header = self.options.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.breakdown = QPlainTextEdit(objectName="planBreakdown")
        self.breakdown.setReadOnly(True)
        self.breakdown.setTabChangesFocus(True)
        split = QSplitter(Qt.Orientation.Horizontal, objectName="planDetailSplitter")
        split.addWidget(self.options)
        split.addWidget(self.breakdown)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(split, 1)
        self.options.itemSelectionChanged.connect(self._picked)
        self.retranslate()

    def retranslate(self) -> None:
        self.options.setHorizontalHeaderLabels([QCoreApplication.translate("PlanDetail", h) for h in HEADERS])
        self.options.setAccessibleName(self.tr("Every carrier for this province"))
        self.breakdown.setAccessibleName(self.tr("How the shipping and margin are worked out"))
        self.show_plan(self.plan, self.order, self.target_fen, self.pinned)
        self.rescale()

    def rescale(self) -> None:
        self.options.verticalHeader().setDefaultSectionSize(self.options.fontMetrics().height() + 8)
        em = self.options.fontMetrics().horizontalAdvance("\u4e2d")
        self.options.setColumnWidth(0, 11 * em)  # long carrier names elide; the tooltip has them whole

    def show_plan(self, plan, order, target_fen: int = 0, card_key: tuple | None = None) -> None:
        """Show ``plan`` (a ProvincePlan; None clears); keeps the option of ``card_key`` selected if present."""
        same = plan is not None and self.plan is not None and plan.province.code == self.plan.province.code
        self.pinned = card_key if same else None
        self.plan, self.order, self.target_fen = plan, order, target_fen
        self.options.blockSignals(True)
        self.options.setRowCount(0)
        if plan is None:
            self.options.blockSignals(False)
            self.heading.setText(self.tr("Pick a province in the table or on the map."))
            self.breakdown.clear()
            return
        self.heading.setText(self.tr("%1: %2").replace("%1", words.province_name(plan.province))
                             .replace("%2", plan_export.policy_text(plan)))
        self.options.setRowCount(len(plan.options))
        keys = [option.card.key for option in plan.options]
        chosen = keys.index(card_key) if card_key in keys else \
            next((row for row, option in enumerate(plan.options) if option is plan.best), 0)
        for row, option in enumerate(plan.options):
            quote = option.quote
            note = plan_export.option_problem(option)
            if option is plan.best:
                note = self.tr("best") + (f" \u2014 {note}" if note else "")
            texts = [plan_export.card_name(option.card), quote.zone.name if quote else "",
                     formats.money(quote.total_fen) if quote else "", formats.money(option.margin_fen),
                     formats.money(option.break_even_fen), note]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and option.margin_fen is not None:
                    item.setForeground(QColor(words.margin_color(option.margin_fen, target_fen)))
                if column in (0, 5):
                    item.setToolTip(text)
                self.options.setItem(row, column, item)
        if plan.options:
            self.options.selectRow(chosen)
        self.options.blockSignals(False)
        self._option_changed()

    def selected_option(self):
        if self.plan is None:
            return None
        rows = {index.row() for index in self.options.selectionModel().selectedRows()}
        if not rows:
            return self.plan.best
        return self.plan.options[min(rows)]

    def _picked(self) -> None:
        option = self.selected_option()
        self.pinned = option.card.key if option is not None else None
        self._option_changed()

    def _option_changed(self) -> None:
        option = self.selected_option()
        self.breakdown.setPlainText("\n".join(self.lines(option)))

    def lines(self, option) -> list[str]:
        """The hand-checkable lines for ``option`` (its quote, then the margin and break-even)."""
        plan, order = self.plan, self.order
        if plan is None:
            return []
        lines = [plan_export.policy_text(plan)]
        reasons = plan_export.reason_text(plan)
        if reasons:
            lines.append(reasons)
        if option is None:
            return lines
        lines += ["", plan_export.card_name(option.card)]
        if option.quote is None:
            lines.append(plan_export.option_problem(option))
            return lines
        lines += sm.quote_lines(option.quote, order.revenue_fen, order.goods_cost_fen, order.fees_pct)
        if option.break_even_fen is not None:
            lines.append(self.tr("Break-even price per unit: %1").replace("%1", formats.money(option.break_even_fen)))
        if option.problem:
            lines.append(plan_export.option_problem(option))
        return lines
