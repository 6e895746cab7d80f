"""One queue of a run sheet (the main list or the 返场 queue) as a table: kind, title, product, planned time, the
selection review and the script's findings; titles and times edited in place; rows dragged within and between
the two tables.

The model never changes itself: an edit, a drop (``dropMimeData``) or a ``moveRows`` asks its ``handler``
(``sheet_actions.SheetActions``: ``move_segment(id, index, queue)``, ``edit_segment(id, field, value)``,
``refuse(text)``), which writes through the undo stack; the tab then hands the stored rows back (``set_rows``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ... import broadcast_messages as words
from ...compliance_messages import severity_name
from ...core.broadcast.clock import clock_text
from ...core.broadcast.runsheet_model import MAX_PLANNED_S
from ...core.fields import fold
from .. import metrics

MIME = "application/x-villagecast-segment"
KIND, TITLE, PRODUCT, PLANNED, REVIEW, FINDINGS = range(6)
SEGMENT_ROLE = Qt.ItemDataRole.UserRole
GLYPHS = {"opening": "\u25b6", "product": "\u25cf", "closing": "\u25a0"}  # ▶ ● ■
MAX_TIP_FINDINGS = 8
_CLOCK = re.compile(r"(?:(\d{1,2}):)?(\d{1,3}):(\d{1,2})")
_CHINESE = re.compile(r"(?:(\d{1,3})\s*(?:分钟|分))?\s*(?:(\d{1,4})\s*秒(?:钟)?)?")


def parse_duration(text: str) -> int:
    """Typed planned time as seconds: "5" (minutes), "4:30", "1:05:00", "4分30秒", "90秒"; ValueError otherwise."""
    folded = fold(text).replace(" ", "")
    if folded.isdigit():
        return int(folded) * 60
    m = _CLOCK.fullmatch(folded)
    if m:
        hours, minutes, secs = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
        if secs >= 60 or (m.group(1) and minutes >= 60):
            raise ValueError(text)
        return hours * 3600 + minutes * 60 + secs
    m = _CHINESE.fullmatch(folded)
    if m and (m.group(1) or m.group(2)):
        return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    raise ValueError(text)


class SegmentModel(QAbstractTableModel):
    """Rows: the ``Segment``s of ``queue`` in order; ``checks`` maps segment id -> ``SegmentCheck``."""

    def __init__(self, queue: str, handler, parent=None):
        super().__init__(parent)
        self.queue = queue
        self.handler = handler
        self.rows: list = []
        self.checks: dict = {}
        self.names: dict[str, str | None] = {}  # sku -> product name now (None: no longer in the catalogue)
        self.live: dict = {}  # segment id -> Result of the text being typed (not stored yet)

    # --- content ------------------------------------------------------------------------------
    def set_rows(self, segments, checks: dict, names: dict) -> None:
        self.beginResetModel()
        self.rows, self.checks, self.names, self.live = list(segments), dict(checks), dict(names), {}
        self.endResetModel()

    def set_live(self, segment_id: int, result) -> None:
        """Findings of the script as typed (before it is saved) for ``segment_id``'s row."""
        row = self.row_of(segment_id)
        if row is None:
            return
        self.live = {segment_id: result} if result is not None else {}
        index = self.index(row, FINDINGS)
        self.dataChanged.emit(index, index)

    def segment(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, segment_id) -> int | None:
        return next((n for n, s in enumerate(self.rows) if s.id == segment_id), None)

    def result(self, segment):
        """The compliance result shown for ``segment`` (the typed text while it is being edited)."""
        if segment.id in self.live:
            return self.live[segment.id]
        check = self.checks.get(segment.id)
        return check.result if check is not None else None

    def notes(self, segment) -> dict:
        check = self.checks.get(segment.id)
        return {n.code: n for n in check.notes} if check is not None else {}

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    # --- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Title"), self.tr("Product"), self.tr("Planned"), self.tr("Review"),
                self.tr("Findings"))[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows and below the last one
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (TITLE, PLANNED):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        s = self.segment(index.row()) if index.isValid() else None
        if s is None:
            return None
        if role == SEGMENT_ROLE:
            return s.id
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(s, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self._color(s, col)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == PLANNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, s, col: int, editing: bool) -> str:
        if col == KIND:
            return f"{GLYPHS.get(s.kind, '')} {words.label(words.KIND_NAMES, s.kind)}"
        if col == TITLE:
            return s.title
        if col == PRODUCT:
            if s.kind != "product":
                return "" if editing else "\u2014"
            name = self.names.get(s.sku)
            return f"{s.sku}  {name}" if name else s.sku
        if col == PLANNED:
            return clock_text(s.planned_s)
        if col == REVIEW:
            notes = self.notes(s)
            if "product_missing" in notes:
                return self.tr("PRODUCT MISSING")
            if "not_approved" in notes:
                return self.tr("NOT APPROVED")
            return "\u2713" if s.kind == "product" else ""
        result = self.result(s)
        if result is None:
            return ""
        blocks, warns = len(result.blocks), len(result.warnings)
        if blocks:
            return self.tr("%n must change", None, blocks)
        if warns:
            return self.tr("%n to check", None, warns)
        return "\u2713"

    def _color(self, s, col: int) -> str | None:
        if col == PRODUCT and s.kind == "product" and not self.names.get(s.sku):
            return metrics.DANGER_COLOR
        if col == PRODUCT and s.kind != "product":
            return metrics.MUTED_COLOR
        if col == REVIEW:
            notes = self.notes(s)
            return (metrics.DANGER_COLOR if "product_missing" in notes else metrics.WARNING_COLOR
                    if "not_approved" in notes else metrics.OK_COLOR)
        if col == FINDINGS:
            result = self.result(s)
            if result is None:
                return None
            return (metrics.DANGER_COLOR if result.blocks else metrics.WARNING_COLOR if result.warnings
                    else metrics.OK_COLOR)
        return None

    def _tooltip(self, s, col: int) -> str | None:
        if col == KIND:
            return words.label(words.KIND_NAMES, s.kind)
        if col in (TITLE, PRODUCT):
            return self._text(s, col, False)
        if col == PLANNED:
            return self.tr("Planned time: %1 (double-click or F2 to change; type 5, 4:30 or 4分30秒)").replace(
                "%1", clock_text(s.planned_s))
        if col == REVIEW:
            notes = self.notes(s)
            if notes:
                return "\n".join(words.describe_issue(n) for n in notes.values())
            return self.tr("Approved for broadcast by the selection review") if s.kind == "product" else None
        result = self.result(s)
        if result is None:
            return None
        if not result.findings:
            return self.tr("No risky wording in this script.")
        lines = [f"\u201c{f.text}\u201d \u2014 {severity_name(f.severity)} \u00b7 {f.rule}"
                 for f in result.findings[:MAX_TIP_FINDINGS]]
        more = len(result.findings) - MAX_TIP_FINDINGS
        if more > 0:
            lines.append(self.tr("and %n more", None, more))
        return "\n".join(lines)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        s = self.segment(index.row()) if index.isValid() else None
        if s is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == TITLE:
            text = str(value or "").strip()
            return text == s.title or self.handler.edit_segment(s.id, "title", text)
        if index.column() == PLANNED:
            try:
                seconds = parse_duration(str(value or ""))
            except ValueError:
                self.handler.refuse(self.tr("\u201c%1\u201d is not a time: type minutes (5), minutes and seconds "
                                            "(4:30) or 4\u520630\u79d2.").replace("%1", str(value)))
                return False
            if seconds > MAX_PLANNED_S:
                self.handler.refuse(self.tr("A segment is planned for at most %1.").replace(
                    "%1", clock_text(MAX_PLANNED_S)))
                return False
            return seconds == s.planned_s or self.handler.edit_segment(s.id, "planned_s", seconds)
        return False

    # --- drag and drop ----------------------------------------------------------------------------
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = []
        for index in indexes:
            s = self.segment(index.row())
            if s is not None and s.id not in ids:
                ids.append(s.id)
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(str(i) for i in ids).encode()))
        return data

    @staticmethod
    def dropped_ids(data: QMimeData) -> list[int]:
        if data is None or not data.hasFormat(MIME):
            return []
        text = bytes(data.data(MIME)).decode(errors="ignore")
        return [int(part) for part in text.split(",") if part.strip().isdigit()]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and bool(self.dropped_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """A segment dropped at ``row`` (or on the row ``parent``; anywhere else: the end) of this queue."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self.dropped_ids(data)
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        own = self.row_of(ids[0])
        if own is not None and own < row:
            row -= 1  # the index it takes once it has left its place
        return self.handler.move_segment(ids[0], row, self.queue)

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:  # noqa: N802
        """Qt's own move within this queue: the row before ``destination_child``."""
        s = self.segment(source_row)
        if s is None or count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        index = destination_child - 1 if destination_child > source_row else destination_child
        return self.handler.move_segment(s.id, index, self.queue)


def segment_table(model: SegmentModel, name: str) -> QTableView:
    """A table over ``model``: rows selected whole, one at a time, dragged within and between the tables."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragDropOverwriteMode(False)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for col in (KIND, PLANNED, REVIEW, FINDINGS):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)  # both give way on a narrow screen
    return view
