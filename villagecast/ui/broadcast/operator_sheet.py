"""The run sheet as it went on air, in the operator window: the segment on air marked, sold-out products flagged.

A click or Enter on a row puts that segment on air (the prompter jumps to its start and the core follows);
the segment already on air is left where the anchor is reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ...broadcast_messages import KIND_NAMES, label
from ...core.broadcast.clock import clock_text
from .. import metrics
from .live_document import is_sold_out

ON_AIR_BACKGROUND = "#dbeafe"  # light blue behind the segment on air


class SheetList(QListWidget):
    """Rows of ``controller.segments()``; ``refresh()`` after any change."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("operatorSheet")
        self.controller = controller
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._jump)
        self.itemActivated.connect(self._jump)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Run sheet on air"))
        self.setToolTip(self.tr("Click a segment or press Enter on it to put it on air"))
        self.refresh()

    def row_text(self, seg, on_air: bool, sold_out: bool) -> str:
        kind = label(KIND_NAMES, seg.kind)
        if seg.refeature:
            kind = self.tr("%1 (re-feature)").replace("%1", kind)
        text = f"{seg.index + 1}. {kind}: {seg.title}  ({clock_text(seg.planned_s)})"
        if sold_out:
            text += "  " + self.tr("SOLD OUT")
        if on_air:
            text = "\u25b6 " + text + "  " + self.tr("[on air]")
        return text

    def refresh(self) -> None:
        segments = self.controller.segments()
        current = self.controller.current()
        self.blockSignals(True)
        while self.count() > len(segments):
            self.takeItem(self.count() - 1)
        while self.count() < len(segments):
            self.addItem(QListWidgetItem())
        for seg in segments:
            item = self.item(seg.index)
            on_air, sold = seg.index == current, is_sold_out(seg, self.controller.facts)
            item.setText(self.row_text(seg, on_air, sold))
            item.setBackground(QBrush(QColor(ON_AIR_BACKGROUND)) if on_air else QBrush())
            item.setForeground(QBrush(QColor(metrics.DANGER_COLOR)) if sold else QBrush())
        self.setCurrentRow(current)
        self.blockSignals(False)
        if 0 <= current < self.count():
            self.scrollToItem(self.item(current))

    def _jump(self, item: QListWidgetItem) -> None:
        index = self.row(item)
        if index != self.controller.current():
            self.controller.go_to(index)
