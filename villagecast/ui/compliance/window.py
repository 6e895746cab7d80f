"""The "Scripts and checklist" window: script editor with live findings, the checklist per session, the gate.

Writes go through the shared undo stack (``context.execute``). Undo and redo here first save the script
being typed, so the app's undo never skips unsaved text. Geometry, splitter and tab are kept in settings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QTabWidget

from ...compliance_messages import describe_pack_error
from ...core.compliance import PackError
from ...messages import describe_error
from .. import metrics
from .. import settings as config
from ..window_parts import fit_to_screen, tab_actions
from .checklist_tab import ChecklistTab
from .gate import open_gate
from .hub import Hub
from .pack_actions import PackActions
from .scripts_tab import ScriptsTab
from .words import pack_name

GEOMETRY = config.COMPLIANCE_GEOMETRY
SPLITTER = config.COMPLIANCE_SPLITTER
TAB = config.COMPLIANCE_TAB
DEFAULT_SIZE = (1280, 700)
SHORTCUT = "Ctrl+Shift+K"  # suggested for the main window's menu entry


class ComplianceWindow(QMainWindow):
    """Top-level window over ``context``: ``show_product(sku)`` opens that product's scripts."""

    def __init__(self, context, settings: config.Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("complianceWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context, self.settings = context, settings
        self.hub = Hub(context, self)
        self.scripts = ScriptsTab(self.hub, self)
        self.checklist = ChecklistTab(self.hub, self)
        self.tabs = QTabWidget(objectName="complianceTabs")
        self.tabs.addTab(self.scripts, "")
        self.tabs.addTab(self.checklist, "")
        self.gate_button = QPushButton(objectName="gateButton")
        self.gate_button.clicked.connect(lambda: self.go_on_air())
        self.tabs.setCornerWidget(self.gate_button, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        self.pack_label = QLabel(objectName="packLabel")
        self.statusBar().addPermanentWidget(self.pack_label)
        self.setMinimumSize(*metrics.MINIMUM_WINDOW_SIZE)
        self.packs = PackActions(self.hub, self, settings)
        self._build_menus()
        context.signals.data_changed.connect(self.on_data_changed)
        self.hub.pack_changed.connect(self.on_pack_changed)
        self.hub.show_script.connect(self._show_script)
        self.hub.show_session.connect(self._show_session)
        self.tabs.currentChanged.connect(lambda _i: self.scripts.save_current())
        self.retranslate_ui()
        self._restore()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.gate_action = QAction(self, objectName="gateAction")
        self.gate_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.gate_action.triggered.connect(lambda: self.go_on_air())
        self.close_action = QAction(self, objectName="complianceCloseAction")
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.file_menu.addAction(self.gate_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.packs.export_action, self.packs.import_action, self.packs.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        stack = self.context.undo_stack
        self.undo_action = QAction(self, objectName="complianceUndoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self, objectName="complianceRedoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.scripts.new_action, self.scripts.save_action, self.scripts.delete_action,
                                   self.scripts.edit.fix_action])
        self.view_menu = bar.addMenu("")
        self.tab_actions = tab_actions(self, self.tabs, "compliance")
        self.view_menu.addActions(self.tab_actions)

    # --- text -----------------------------------------------------------------------------------
    def retranslate_ui(self, *_args) -> None:
        """Set every text again (connect to ``Translations.switched``)."""
        self.setWindowTitle(self.tr("Scripts and checklist \u2014 VillageCast"))
        titles = (self.tr("&Scripts"), self.tr("&Checklist"))
        for n, title in enumerate(titles):
            self.tabs.setTabText(n, title)
            self.tab_actions[n].setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.gate_action.setText(self.tr("&Go on air\u2026"))
        self.gate_button.setText(self.tr("Go on air\u2026"))
        self.gate_button.setToolTip(self.tr("Check the session's gate, then go on air (Ctrl+Shift+Enter)"))
        self.close_action.setText(self.tr("&Close"))
        self.scripts.new_action.setText(self.tr("&New script"))
        self.scripts.save_action.setText(self.tr("&Save script"))
        self.scripts.delete_action.setText(self.tr("&Delete script"))
        self.packs.retranslate()
        self.scripts.retranslate()
        self.checklist.retranslate()
        self._undo_texts()
        self._pack_label()

    def rescale(self) -> None:
        """After the UI scale changed (call from the main window's ``rescale``)."""
        self.scripts.findings.retranslate()

    def _undo_texts(self) -> None:
        stack = self.context.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))

    def _pack_label(self) -> None:
        pack, error = self.hub.pack, self.hub.pack_error
        name = pack_name(pack)
        if error is not None:
            self.pack_label.setText(self.tr("Rule pack: built-in (your imported pack was refused)"))
            self.pack_label.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
            why = describe_pack_error(error) if isinstance(error, PackError) else describe_error(error)
            self.pack_label.setToolTip(why)
        else:
            text = self.tr("Rule pack: %1 (imported)") if self.hub.imported else self.tr("Rule pack: %1")
            self.pack_label.setText(text.replace("%1", name))
            self.pack_label.setStyleSheet("")
            self.pack_label.setToolTip(self.tr("Updated %1").replace("%1", pack.updated))

    # --- behaviour --------------------------------------------------------------------------------
    def show_product(self, sku: str | None) -> bool:
        self.tabs.setCurrentWidget(self.scripts)
        return self.scripts.show_product(sku)

    def on_data_changed(self, changes) -> None:
        self.scripts.on_data_changed(changes)
        self.checklist.on_data_changed(changes)

    def on_pack_changed(self) -> None:
        self.scripts.on_pack_changed()
        self.checklist.on_pack_changed()
        self._pack_label()

    def undo(self) -> None:
        self.scripts.save_current()
        self.context.undo_stack.undo()

    def redo(self) -> None:
        if self.scripts.dirty():  # new typing replaces the redo history, as in any editor
            self.scripts.save_current()
            return
        self.context.undo_stack.redo()

    def _show_script(self, ref) -> None:
        self.tabs.setCurrentWidget(self.scripts)
        self.scripts.show_script(ref)

    def _show_session(self, session_id: int) -> None:
        self.tabs.setCurrentWidget(self.checklist)
        self.checklist.show_session(session_id)

    def go_on_air(self, scripts=None):
        """Open the gate for the checklist's session; the Session once on air, else None."""
        self.scripts.save_current()
        session = self.checklist.session
        if session is None:
            self.tabs.setCurrentWidget(self.checklist)
            if self.checklist.new_session() is None:
                return None
            session = self.checklist.session
        if session.status != "preparing":
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "\u201c%1\u201d has already been on air. Create a new session for the next show.").replace(
                "%1", session.title))
            return None
        return open_gate(self, self.context, session.id, scripts, hub=self.hub)

    # --- window state -----------------------------------------------------------------------------
    def _restore(self) -> None:
        if not self.restoreGeometry(self.settings.get(GEOMETRY)):
            width, height = fit_to_screen(self, DEFAULT_SIZE)
            self.scripts.split.setSizes([int(width * 0.28), int(width * 0.72)])
            self.scripts.editor_split.setSizes([int(height * 0.4), int(height * 0.6)])
        self.scripts.split.restoreState(self.settings.get(SPLITTER))
        index = self.settings.get(TAB)
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)

    def save_settings(self) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(SPLITTER, self.scripts.split.saveState())
        self.settings.set(TAB, self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.scripts.save_current()
        self.save_settings()
        super().closeEvent(event)


def show_compliance(window, context, settings: config.Settings, sku: str | None = None) -> ComplianceWindow:
    """Open (or bring forward) the window for ``window``'s catalogue; with ``sku``, on that product's scripts."""
    found = window.findChild(ComplianceWindow, "complianceWindow") if window is not None else None
    if found is None or found.context is not context:
        if found is not None:
            found.close()
            found.deleteLater()
        found = ComplianceWindow(context, settings, window)
    if sku is not None:
        found.show_product(sku)
    found.show()
    found.raise_()
    found.activateWindow()
    return found
