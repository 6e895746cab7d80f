"""Editing the script of the segment on air while the anchor reads it.

The compliance window's ``ScriptEdit`` marks findings as the helper types (checked with the product's live
facts). "Apply" (Ctrl+Enter) writes it with ``Live.set_script`` (an undo step; the run sheet is not changed) and
the prompter shows the new text on the same line. While the text is being edited the panel stays on that
segment; otherwise it follows the segment on air.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...broadcast_messages import describe_error
from ...core.errors import VillageCastError
from .. import metrics
from ..compliance.script_edit import ScriptEdit


class ScriptPanel(QWidget):
    """The script of segment ``index`` (the one on air unless it is being edited)."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.index = -1
        self.heading = QLabel(objectName="operatorScriptHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.edit = ScriptEdit(controller.services.hub)
        self.edit.setObjectName("operatorScript")
        self.edit.scanned.connect(self._scanned)
        self.edit.installEventFilter(self)  # page keys page the text here, they do not move the segment
        self.edit.document().modificationChanged.connect(lambda _m: self._buttons())
        self.findings = QLabel(objectName="operatorScriptFindings")
        self.findings.setWordWrap(True)
        self.apply_button = QPushButton(objectName="scriptApply")
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(objectName="scriptRevert")
        self.revert_button.clicked.connect(self.revert)
        self.apply_key = QShortcut(QKeySequence("Ctrl+Return"), self.edit, self.apply,
                                   context=Qt.ShortcutContext.WidgetShortcut)
        self.message = QLabel(objectName="operatorScriptMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.findings)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.tr("Script of the segment"))
        self.edit.setToolTip(self.tr("Placeholders {价格} {库存} {产地} {原价} show live values on the prompter"))
        self.apply_button.setText(self.tr("&Apply to the prompter"))
        self.apply_button.setToolTip(self.tr("Show this text on the prompter now (Ctrl+Enter); Ctrl+Z undoes it"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Throw the edit away and show the text on air"))
        self.refresh(force=True)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (watched is self.edit and event.type() == QEvent.Type.ShortcutOverride
                and event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)):
            event.accept()  # the editor takes the key, not the window's segment shortcut
            return True
        return super().eventFilter(watched, event)

    def dirty(self) -> bool:
        return self.edit.document().isModified()

    def refresh(self, force: bool = False) -> None:
        """Follow the segment on air (and take undone edits), unless the text is being edited."""
        if self.dirty() and not force:
            self._heading()
            return
        index = self.controller.current()
        seg = self.controller.segments()[index]
        if force or index != self.index or self.edit.toPlainText() != seg.script:
            self.index = index
            today = self.controller.services.today()
            self.edit.load(seg.script, self.controller.services.hub.product_context(seg.sku, today))
        self._heading()
        self._buttons()

    def _heading(self) -> None:
        seg = self.controller.segments()[self.index]
        text = self.tr("Script of segment %1: %2").replace("%1", str(seg.index + 1)).replace("%2", seg.title)
        if self.index != self.controller.current():
            text += "  " + self.tr("(not the segment on air)")
        self.heading.setText(text)

    def _buttons(self) -> None:
        self.apply_button.setEnabled(self.dirty())
        self.revert_button.setEnabled(self.dirty())

    def _scanned(self, result) -> None:
        blocks = len(result.blocks) if result is not None else 0
        if blocks:
            self.findings.setText(self.tr("%n must-change wording(s): hover the red marks for why.", None, blocks))
            self.findings.setStyleSheet(f"color: {metrics.DANGER_COLOR}; font-weight: bold;")
        else:
            self.findings.setText(self.tr("No must-change wording."))
            self.findings.setStyleSheet(f"color: {metrics.OK_COLOR};")

    def apply(self) -> bool:
        if not self.dirty():
            return False
        try:
            self.controller.set_script(self.index, self.edit.toPlainText())
        except VillageCastError as exc:
            self.message.setText(describe_error(exc))
            return False
        self.message.clear()
        self.edit.document().setModified(False)
        self.refresh()
        return True

    def revert(self) -> None:
        self.edit.document().setModified(False)
        self.message.clear()
        self.refresh(force=True)
