"""The 包邮 plan as a table model: one row per province (``core.shipping.planner.ProvincePlan``)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from .. import formats
from . import plan_export, words

HEADERS = (
    QT_TRANSLATE_NOOP("PlanModel", "Province"),
    QT_TRANSLATE_NOOP("PlanModel", "Best carrier"),
    QT_TRANSLATE_NOOP("PlanModel", "Zone"),
    QT_TRANSLATE_NOOP("PlanModel", "Shipping"),
    QT_TRANSLATE_NOOP("PlanModel", "Margin"),
    QT_TRANSLATE_NOOP("PlanModel", "Break-even"),
    QT_TRANSLATE_NOOP("PlanModel", "Policy"),
    QT_TRANSLATE_NOOP("PlanModel", "Reason"),
)
PROVINCE, CARRIER, ZONE, SHIPPING, MARGIN, BREAK_EVEN, POLICY, REASON = range(len(HEADERS))
NUMBERS = (SHIPPING, MARGIN, BREAK_EVEN)
CODE_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers for the money columns, GB/T 2260 order for the province


class PlanModel(QAbstractTableModel):
    """Read-only rows; ``set_plans`` replaces them all (31 rows, recomputed on every input change)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plans: list = []
        self.target_fen = 0
        self._rows: list[list[str]] = []

    def set_plans(self, plans: list, target_fen: int) -> None:
        self.beginResetModel()
        self.plans = list(plans)
        self.target_fen = target_fen
        self._rows = [self._texts(plan) for plan in self.plans]
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_plans(self.plans, self.target_fen)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    @staticmethod
    def _texts(plan) -> list[str]:
        best = plan.best
        quote = best.quote if best is not None else None
        return [
            words.province_name(plan.province),
            plan_export.card_name(best.card) if best is not None else "",
            quote.zone.name if quote is not None else "",
            formats.money(quote.total_fen) if quote is not None else "",
            formats.money(best.margin_fen) if best is not None else "",
            formats.money(best.break_even_fen) if best is not None else "",
            plan_export.policy_text(plan),
            plan_export.reason_text(plan),
        ]

    def row_of(self, code: str | None) -> int | None:
        return next((i for i, plan in enumerate(self.plans) if plan.province.code == code), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("PlanModel", HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        plan = self.plans[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._rows[row][column]
            return text if role == Qt.ItemDataRole.DisplayRole or column in (CARRIER, POLICY, REASON) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (MARGIN, POLICY):
            best = plan.best
            delivered = plan.policy != "not_delivered"
            margin = best.margin_fen if best is not None else None
            return QColor(words.margin_color(margin, self.target_fen, delivered))
        if role == CODE_ROLE:
            return plan.province.code
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        return None

    def _sort_key(self, row: int, column: int):
        plan = self.plans[row]
        best = plan.best
        if column == PROVINCE:
            return row
        if column in NUMBERS:
            if best is None or (column == SHIPPING and best.quote is None):
                return -10**12  # no option: first when ascending
            value = {SHIPPING: best.quote.total_fen if best.quote else None, MARGIN: best.margin_fen,
                     BREAK_EVEN: best.break_even_fen}[column]
            return -10**12 if value is None else value
        return self._rows[row][column]
