"""Beside the run sheet: the selected segment's script in the compliance window's editor (findings marked live as
the anchor types, tooltips, one-click replace) with its findings list and the values its placeholders take now.

The product facts the check uses are ``fill.product_context`` — the values ``fill.values`` gives the prompter —
so the wording checked is the wording read on air. ``save`` (focus leaving the editor, Ctrl+S) asks the tab to
store the text; nothing is stored on every keystroke.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import broadcast_messages as words
from ...core.broadcast import fill
from .. import metrics
from ..compliance.findings_view import FindingsView
from ..compliance.script_edit import ScriptEdit
from ..compliance.scripts_tab import PLACEHOLDERS


class ScriptPane(QWidget):
    """``save()`` when the text should be stored (the editor lost focus); ``scanned(result)`` as it is typed."""

    save = Signal()
    scanned = Signal(object)

    def __init__(self, hub, catalogue, parent=None):
        super().__init__(parent)
        self.hub, self.catalogue = hub, catalogue
        self.segment = None  # the Segment shown, as stored
        self.index: int | None = None  # its place in the sheet (main list, then 返场)
        self.baseline = ""  # the editor's text as last loaded or saved
        self.heading = QLabel(objectName="segmentHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.values_line = QLabel(objectName="placeholderValues")
        self.values_line.setWordWrap(True)
        self.values_line.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.insert_button = QToolButton(objectName="sheetPlaceholderButton")
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        for name, _key in PLACEHOLDERS:
            action = self.insert_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.insert_placeholder(n))
        self.insert_button.setMenu(self.insert_menu)
        self.edit = ScriptEdit(hub)
        self.edit.setObjectName("sheetScriptEdit")
        self.hint = QLabel(objectName="sheetScriptHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.findings = FindingsView(hub)
        self.findings.setObjectName("sheetFindings")
        top = QHBoxLayout()
        top.addWidget(self.values_line, 1)
        top.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignTop)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.hint)
        low.addWidget(self.findings, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, objectName="sheetScriptSplitter")
        self.split.addWidget(self.edit)
        self.split.addWidget(lower)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(top)
        box.addWidget(self.split, 1)
        self.edit.left.connect(self.save)
        self.edit.scanned.connect(self._on_scanned)
        self.findings.chosen.connect(self.edit.select_finding)
        self.findings.activated.connect(lambda f: (self.edit.select_finding(f), self.edit.setFocus()))

    def retranslate(self) -> None:
        self.findings.retranslate()
        self.edit.setAccessibleName(self.tr("Segment script"))
        self.edit.fix_action.setText(self.tr("Replace the marked wording"))
        self.insert_button.setText(self.tr("Insert {\u2026}"))
        self.insert_button.setToolTip(self.tr("Insert a placeholder the catalogue fills in: price, stock, origin, "
                                              "original price"))
        self.hint.setText(self.tr("Red: must change. Amber: check. Hover for why; right-click or Ctrl+. to replace. "
                                  "Saved when you leave the script (or Ctrl+S)."))
        self._texts()

    # --- what is shown ------------------------------------------------------------------------------
    def dirty(self) -> bool:
        return self.segment is not None and self.edit.toPlainText() != self.baseline

    def text(self) -> str:
        return self.edit.toPlainText()

    def saved(self, text: str) -> None:
        self.baseline = text

    def show_segment(self, segment, index: int | None = None) -> None:
        """Show ``segment`` (a stored ``Segment``; None: nothing selected). The same segment with new stored
        text (an undo) is shown again keeping the cursor, unless the anchor is typing in it."""
        same = segment is not None and self.segment is not None and segment.id == self.segment.id
        self.index = index
        if same and self.dirty():
            self.segment = segment
            self._texts()
            return
        position = self.edit.textCursor().position()
        self.segment = segment
        self.edit.setEnabled(segment is not None)
        self.insert_button.setEnabled(segment is not None)
        text = segment.script if segment is not None else ""
        if not same or text != self.edit.toPlainText():
            self.edit.load(text, self._product())
            if same:
                cursor = self.edit.textCursor()
                cursor.setPosition(min(position, len(self.edit.toPlainText())))
                self.edit.setTextCursor(cursor)
        else:
            self.edit.set_product(self._product())  # stock or price changed: check again
        self.baseline = text
        self._texts()

    def _product(self):
        s = self.segment
        return fill.product_context(self.catalogue, s.sku, date.today()) if s is not None and s.sku else None

    def _texts(self) -> None:
        s, index = self.segment, self.index
        if s is None:
            self.heading.setText(self.tr("No segment selected"))
            self.values_line.setText("")
            self.edit.setPlaceholderText(self.tr("Select a segment on the left to write its script."))
            return
        kind = words.label(words.KIND_NAMES, s.kind)
        number = f"#{index + 1} \u00b7 " if index is not None else ""
        self.heading.setText(f"{number}{kind} \u00b7 {s.title}" + (f"  ({s.sku})" if s.sku else ""))
        self.edit.setPlaceholderText(self.tr("Write what you will say. Risky wording is marked as you type."))
        if s.kind != "product":
            self.values_line.setText(self.tr("A free segment: placeholders such as {\u4ef7\u683c} stay as written."))
            return
        values = fill.values(self.catalogue, s.sku, date.today())
        if not values:
            self.values_line.setText(words.describe_code("product_missing", {"sku": s.sku}))
            return
        parts = [f"{name} = {values.get(key)}" if values.get(key) else f"{name} = \u2014"
                 for name, key in PLACEHOLDERS]
        self.values_line.setText(self.tr("Placeholders now: %1").replace("%1", "  \u00b7  ".join(parts)))

    def _on_scanned(self, result) -> None:
        s = self.segment
        self.findings.show_result(result if s is not None else None, self.edit.product,
                                  s is None or s.kind != "product")
        self.scanned.emit(result)

    def insert_placeholder(self, name: str) -> None:
        self.edit.insertPlainText(name)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
