"""The nutrient table of the Nutrition section: a thin model over the stored values and its view.

Rows are the nutrient codes shown; the amount is the only editable column. Edits go to the panel's
``commit(code, text)``, which saves them; the panel then calls ``set_rows`` with the stored state.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ... import messages
from ...core import nutrition
from .. import metrics
from .nutrition_claims_view import number

HEADERS = (
    QT_TRANSLATE_NOOP("NutritionModel", "Nutrient"),
    QT_TRANSLATE_NOOP("NutritionModel", "Amount"),
    QT_TRANSLATE_NOOP("NutritionModel", "Unit"),
    QT_TRANSLATE_NOOP("NutritionModel", "Declared"),
    QT_TRANSLATE_NOOP("NutritionModel", "NRV %"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("NutritionModel", "Nutrient"),
    QT_TRANSLATE_NOOP("NutritionModel", "The measured amount, from the test report; empty means not measured"),
    QT_TRANSLATE_NOOP("NutritionModel", "Unit of the amount"),
    QT_TRANSLATE_NOOP("NutritionModel", "The value the label shows: rounded, 0 at or below the \u201c0\u201d limit"),
    QT_TRANSLATE_NOOP("NutritionModel", "Share of the nutrient reference value, from the declared value"),
)
NAME, AMOUNT, UNIT, DECLARED, NRV = range(5)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def declared_text(code: str, value: float) -> str:
    """A declared value with the decimals of its rounding interval (0.1 g -> one decimal)."""
    interval = str(nutrition.BY_CODE[code].interval)
    decimals = len(interval.split(".")[1]) if "." in interval and not interval.endswith(".0") else 0
    return "0" if value == 0 else f"{value:.{decimals}f}"


class NutritionModel(QAbstractTableModel):
    """Nutrient rows (code, amount, unit, declared, NRV %); amounts are edited through ``commit(code, text)``."""

    def __init__(self, commit=None, parent=None):
        super().__init__(parent)
        self.codes: list[str] = []
        self.values: dict[str, float] = {}
        self.pending: dict[str, str] = {}  # refused text per code, shown in red
        self.edition = 2011
        self._commit = commit

    def set_rows(self, codes: list[str], values: dict, edition: int, pending: dict[str, str]) -> None:
        """Show ``codes``; rows only ever get inserted here (an open editor survives a save)."""
        self.values, self.edition, self.pending = dict(values), edition, dict(pending)
        if any(c not in codes for c in self.codes):
            self.beginResetModel()
            self.codes = list(codes)
            self.endResetModel()
            return
        for row, code in enumerate(codes):
            if row >= len(self.codes) or self.codes[row] != code:
                self.beginInsertRows(QModelIndex(), row, row)
                self.codes.insert(row, code)
                self.endInsertRows()
        if self.codes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.codes) - 1, NRV))

    def clear(self) -> None:
        self.beginResetModel()
        self.codes, self.values, self.pending = [], {}, {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def row(self, code: str) -> int:
        return self.codes.index(code)

    def declared(self, code: str) -> float | None:
        amount = self.values.get(code)
        return None if amount is None else nutrition.declared_value(code, amount, self.edition)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, col = self.codes[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(code, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != NAME:
            return RIGHT if col != UNIT else None
        if role == Qt.ItemDataRole.ForegroundRole and col == AMOUNT and code in self.pending:
            return QColor(metrics.DANGER_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and col == UNIT:
            return QColor(metrics.MUTED_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and col == NRV and nutrition.nrv(code, self.edition) is not None:
            return (QCoreApplication.translate("NutritionModel", "Reference value (GB 28050-%1): %2 %3")
                    .replace("%1", str(self.edition)).replace("%2", number(nutrition.nrv(code, self.edition)))
                    .replace("%3", nutrition.BY_CODE[code].unit))
        return None

    def _text(self, code: str, col: int) -> str:
        if col == NAME:
            return messages.label(messages.NUTRIENT_NAMES, code)
        if col == UNIT:
            return nutrition.BY_CODE[code].unit
        if col == AMOUNT:
            if code in self.pending:
                return self.pending[code]
            amount = self.values.get(code)
            return "" if amount is None else number(amount)
        declared = self.declared(code)
        if declared is None:
            return ""
        if col == DECLARED:
            return declared_text(code, declared)
        percent = nutrition.nrv_percent(code, declared, self.edition)
        return "\u2014" if percent is None else f"{percent}%"

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NutritionModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("NutritionModel", HEADER_TIPS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == AMOUNT else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != AMOUNT or role != Qt.ItemDataRole.EditRole:
            return False
        if self._commit is None:
            return False
        return bool(self._commit(self.codes[index.row()], "" if value is None else str(value)))


class NutritionTable(QTableView):
    """The nutrient table: Enter or F2 edits the amount of the current row; Tab goes to the next row's amount."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab leaves the table unless an amount is being edited
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        trigger = QAbstractItemView.EditTrigger
        self.setEditTriggers(trigger.DoubleClicked | trigger.EditKeyPressed | trigger.AnyKeyPressed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.doubleClicked.connect(lambda index: self.edit(index.siblingAtColumn(AMOUNT)))

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.selectionModel().currentChanged.connect(self._to_amount)

    def _to_amount(self, current, _previous) -> None:
        """The amount is the only editable cell: keep the cursor on it."""
        if current.isValid() and current.column() != AMOUNT:
            self.setCurrentIndex(current.siblingAtColumn(AMOUNT))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        current = self.currentIndex()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid()
                and self.state() != QAbstractItemView.State.EditingState):
            self.edit(current.siblingAtColumn(AMOUNT))
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt override)
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            row = self.currentIndex().row() + (1 if action == QAbstractItemView.CursorAction.MoveNext else -1)
            return self.model().index(row, AMOUNT) if 0 <= row < self.model().rowCount() else QModelIndex()
        return super().moveCursor(action, modifiers)

    def fit_height(self) -> None:
        """As tall as its rows, so the panel's scroll area is the only one."""
        rows = self.verticalHeader().length() or self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth())
