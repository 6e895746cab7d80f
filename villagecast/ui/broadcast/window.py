"""The broadcast window (直播): run sheets with live compliance and Go on air, and the post-show reports.

Writes go through the shared undo stack (``context.execute``); undo and redo here first save the script being
typed. Geometry, the splitters, the tab and the sheet shown are kept in settings. The scripts are checked with
the compliance window's rule pack (``ui.compliance.hub.Hub``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget

from .. import metrics
from .. import settings as config
from ..window_parts import fit_to_screen, tab_actions
from ..compliance.hub import Hub
from .commands import SheetBook
from .report_tab import ReportTab
from .sheet_tab import SheetTab


GEOMETRY = config.BROADCAST_GEOMETRY
SPLITTER = config.BROADCAST_SPLITTER
TAB = config.BROADCAST_TAB
SHEET = config.BROADCAST_SHEET  # the run sheet shown (0: the newest)
DEFAULT_SIZE = (1280, 700)
GO_KEYS = ("Ctrl+Shift+Return", "Ctrl+Shift+Enter")


class BroadcastWindow(QMainWindow):
    """Top-level window over ``context``; ``show_product(sku)`` gets that product ready to add."""

    def __init__(self, context, settings: config.Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("broadcastWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context, self.settings = context, settings
        self.hub = Hub(context, self)
        self.book = SheetBook(context, self)
        self.sheet_tab = SheetTab(context, settings, self.hub, self.book, self)
        self.report_tab = ReportTab(context, settings, self.hub, self)
        self.tabs = QTabWidget(objectName="broadcastTabs")
        self.tabs.addTab(self.sheet_tab, "")
        self.tabs.addTab(self.report_tab, "")
        self.tabs.setCornerWidget(self.sheet_tab.go_button, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        self.setMinimumSize(*metrics.MINIMUM_WINDOW_SIZE)
        self._build_menus()
        context.signals.data_changed.connect(self.on_data_changed)
        self.book.shown.connect(self._shown)
        self.hub.pack_changed.connect(self._pack_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._restore()
        self.retranslate_ui()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        acts = self.sheet_tab.actions
        self.file_menu = bar.addMenu("")
        self.go_action = self._action("goOnAirAction", GO_KEYS, self.go_on_air)
        self.resume_action = self._action("resumeShowAction", (), self.report_tab.resume)
        self.pdf_action = self._action("exportPdfAction", ("Ctrl+P",), self._export_pdf)
        self.csv_action = self._action("exportCsvAction", (), self._export_csv)
        self.close_action = self._action("broadcastCloseAction", (), self.close)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.file_menu.addActions([self.go_action, self.resume_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([acts.new_sheet_action, acts.rename_sheet_action, acts.delete_sheet_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.pdf_action, self.csv_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        stack = self.context.undo_stack
        self.undo_action = self._action("broadcastUndoAction", (), self.undo)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("broadcastRedoAction", ("Ctrl+Shift+Z", "Ctrl+Y"), self.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.save_action = self._action("saveSegmentScriptAction", ("Ctrl+S",), self.sheet_tab.save_script)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([acts.opening_action, acts.product_action, acts.closing_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(acts.segment_actions)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.save_action, self.sheet_tab.pane.edit.fix_action])
        self.view_menu = bar.addMenu("")
        self.tab_actions = tab_actions(self, self.tabs, "broadcast")
        self.view_menu.addActions(self.tab_actions)

    def _action(self, name: str, keys, slot) -> QAction:
        action = QAction(self, objectName=name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    # --- text -----------------------------------------------------------------------------------------
    def retranslate_ui(self, *_args) -> None:
        """Set every text again (connect to ``Translations.switched``)."""
        self.setWindowTitle(self.tr("Broadcast: run sheets and reports \u2014 VillageCast"))
        for n, title in enumerate((self.tr("&Run sheet (\u6392\u54c1)"), self.tr("Re&ports"))):
            self.tabs.setTabText(n, title)
            self.tab_actions[n].setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_action.setText(self.tr("&Go on air\u2026"))
        self.resume_action.setText(self.tr("&Resume a show\u2026"))
        self.pdf_action.setText(self.tr("Export report as &PDF\u2026"))
        self.csv_action.setText(self.tr("Export report as &CSV\u2026"))
        self.close_action.setText(self.tr("&Close"))
        self.save_action.setText(self.tr("&Save script"))
        self.sheet_tab.retranslate()
        self.report_tab.retranslate()
        self._undo_texts()

    def rescale(self) -> None:
        """After the UI scale changed (call from the main window's ``rescale``)."""
        self.sheet_tab.rescale()
        self.sheet_tab.pane.findings.retranslate()
        self.report_tab.view.retranslate()

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

    # --- behaviour --------------------------------------------------------------------------------------
    def show_product(self, sku: str | None) -> None:
        self.sheet_tab.show_product(sku)

    def on_data_changed(self, changes) -> None:
        self.sheet_tab.on_data_changed(changes)
        self.report_tab.on_data_changed(changes)

    def _pack_changed(self) -> None:
        """Another rule pack is in use (imported in the scripts window): check everything again."""
        self.sheet_tab.refresh()
        self.sheet_tab.pane.edit.rescan(force=True)
        self.report_tab.stale = True
        self.report_tab.ensure_fresh()

    def _tab_changed(self, _index: int) -> None:
        self.sheet_tab.save_script()
        self.report_tab.ensure_fresh()

    def _shown(self, sheet_id, segment_id) -> None:
        """After an undo or redo (from any window): show what it touched — unless a script is being typed here
        (nothing may be saved in the middle of an undo; the tables were refreshed already)."""
        if self.sheet_tab.pane.dirty():
            return
        self.tabs.setCurrentWidget(self.sheet_tab)
        self.sheet_tab.show_sheet(sheet_id, segment_id)

    def undo(self) -> None:
        self.sheet_tab.save_script()
        self.context.undo_stack.undo()

    def redo(self) -> None:
        if self.sheet_tab.pane.dirty():  # new typing replaces the redo history, as in any editor
            self.sheet_tab.save_script()
            return
        self.context.undo_stack.redo()

    def go_on_air(self) -> bool:
        self.tabs.setCurrentWidget(self.sheet_tab)
        return self.sheet_tab.go_on_air()

    def _export_pdf(self) -> bool:
        self.tabs.setCurrentWidget(self.report_tab)
        return self.report_tab.export.export_pdf(self.report_tab.report)

    def _export_csv(self) -> bool:
        self.tabs.setCurrentWidget(self.report_tab)
        return self.report_tab.export.export_csv(self.report_tab.report)

    # --- window state ------------------------------------------------------------------------------------
    def _splitters(self):
        return (self.sheet_tab.split, self.sheet_tab.lists_split, self.sheet_tab.pane.split, self.report_tab.split)

    def _restore(self) -> None:
        if not self.restoreGeometry(self.settings.get(GEOMETRY)):
            width, height = fit_to_screen(self, DEFAULT_SIZE)
            self.sheet_tab.split.setSizes([int(width * 0.58), int(width * 0.42)])
            self.sheet_tab.lists_split.setSizes([int(height * 0.5), int(height * 0.22)])
            self.report_tab.split.setSizes([int(width * 0.36), int(width * 0.64)])
        states = self.settings.get(SPLITTER)
        stream = QDataStream(states, QIODevice.OpenModeFlag.ReadOnly)
        for splitter in self._splitters():
            if stream.atEnd():
                break
            state = QByteArray()
            stream >> state
            splitter.restoreState(state)
        sheet = self.settings.get(SHEET)
        self.sheet_tab.sheet_id = sheet or None
        index = self.settings.get(TAB)
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)

    def save_settings(self) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        states = QByteArray()
        stream = QDataStream(states, QIODevice.OpenModeFlag.WriteOnly)
        for splitter in self._splitters():
            stream << splitter.saveState()
        self.settings.set(SPLITTER, states)
        self.settings.set(TAB, self.tabs.currentIndex())
        self.settings.set(SHEET, self.sheet_tab.sheet_id or 0)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.sheet_tab.save_script()
        self.save_settings()
        super().closeEvent(event)


def show_broadcast(window, context, settings: config.Settings, sku: str | None = None) -> BroadcastWindow:
    """Open (or bring forward) the window for ``window``'s catalogue; with ``sku``, that product ready to add."""
    found = window.findChild(BroadcastWindow, "broadcastWindow") if window is not None else None
    if found is None or found.context is not context:
        if found is not None:
            found.close()
            found.deleteLater()
        found = BroadcastWindow(context, settings, window)
    else:
        found.hub.load_pack()  # the scripts window may have imported another rule pack meanwhile
    if sku is not None:
        found.show_product(sku)
    found.show()
    found.raise_()
    found.activateWindow()
    return found
