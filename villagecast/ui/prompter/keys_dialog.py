"""A dialog to rebind the prompter keys: pick an action, press the key; a key used twice is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import metrics
from .keys import ACTION_NAMES, ACTIONS, KeyConflict, KeyMap, event_keys


class KeyCapture(QLabel):
    """While capturing, takes the next key press (Tab, Esc and Space included) and emits it."""

    captured = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWordWrap(True)
        self.capturing = False

    def event(self, event) -> bool:
        if self.capturing and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is for us, not for a menu shortcut
            return True
        if self.capturing and event.type() == QEvent.Type.KeyPress:
            keys = event_keys(event)
            if keys:
                self.capturing = False
                self.captured.emit(keys[0])
            return True
        return super().event(event)


class KeyMapDialog(QDialog):
    """Edits a copy of a ``KeyMap``; ``keymap()`` returns it after the dialog is accepted."""

    def __init__(self, keymap: KeyMap, parent: QWidget | None = None):
        super().__init__(parent)
        self._keymap = keymap.copy()
        self._action: str | None = None
        self.table = QTableWidget(len(ACTIONS), 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.start_capture())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.start_capture())
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_selected)
        self.defaults_button = QPushButton(self)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.capture = KeyCapture(self)
        self.capture.captured.connect(self._captured)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {metrics.DANGER_COLOR}")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.clear_button, self.defaults_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.capture)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.table.selectRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prompter keys"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Prompter keys"))
        self.add_button.setText(self.tr("Add key…"))
        self.add_button.setToolTip(self.tr("Then press the key, pedal or clicker button to use"))
        self.clear_button.setText(self.tr("Clear keys"))
        self.defaults_button.setText(self.tr("Restore defaults"))
        self._fill()

    def _fill(self) -> None:
        for row, action in enumerate(ACTIONS):
            name = QTableWidgetItem(QCoreApplication.translate("Prompter", ACTION_NAMES[action]))
            name.setData(Qt.ItemDataRole.UserRole, action)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(self._keymap.display(action)))
        if not self.capture.capturing:
            self.capture.setText(self.tr("Select an action and choose Add key, or double-click it."))

    def keymap(self) -> KeyMap:
        return self._keymap.copy()

    def selected_action(self) -> str | None:
        row = self.table.currentRow()
        return ACTIONS[row] if 0 <= row < len(ACTIONS) else None

    def start_capture(self, action: str | None = None) -> None:
        """Wait for the next key press and bind it to ``action`` (the selected one by default)."""
        action = action or self.selected_action()
        if action is None:
            return
        self.table.selectRow(ACTIONS.index(action))
        self._action = action
        self.message.clear()
        self.capture.capturing = True
        self.capture.setText(self.tr("Press the key for “%1”…").replace(
            "%1", QCoreApplication.translate("Prompter", ACTION_NAMES[action])))
        self.capture.setFocus()

    def assign(self, action: str, key: str) -> bool:
        """Bind ``key`` to ``action``; refused (with the reason shown) when another action has it."""
        try:
            self._keymap.assign(action, key)
        except KeyConflict as conflict:
            self.message.setText(self.tr("%1 is already used for “%2”. Clear it there first.").replace(
                "%1", _native(conflict.key)).replace(
                "%2", QCoreApplication.translate("Prompter", ACTION_NAMES[conflict.owner])))
            self._fill()
            return False
        except ValueError:
            return False
        self.message.clear()
        self._fill()
        return True

    def _captured(self, key: str) -> None:
        action, self._action = self._action, None
        if action is not None:
            self.assign(action, key)
        self._fill()
        self.table.setFocus()

    def clear_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._keymap.clear(action)
            self._fill()

    def restore_defaults(self) -> None:
        self._keymap = KeyMap()
        self.message.clear()
        self._fill()


def _native(key: str) -> str:
    return QKeySequence(key, QKeySequence.SequenceFormat.PortableText).toString(
        QKeySequence.SequenceFormat.NativeText)
