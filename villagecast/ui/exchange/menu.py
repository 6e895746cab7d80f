"""The exchange entries of the main window's File menu: Import catalogue… and the Export submenu.

Only the actions are made with the window; the import and export machinery (and the core modules
behind it) is imported the first time one of them is used, so start-up does not pay for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

KINDS = ("bundle", "csv", "xlsx", "pdf", "cards")  # as export_actions.KINDS
SHORTCUTS = {"import": "Ctrl+I", "bundle": "Ctrl+E"}


class ExchangeMenu(QObject):
    """Owns the actions; ``window`` is the MainWindow (``context`` may be attached later, ``current_sku()``)."""

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self._importer = self._exporter = None
        self.import_action = QAction(window, objectName="importCatalogueAction")
        self.import_action.setShortcut(QKeySequence(SHORTCUTS["import"]))
        self.import_action.triggered.connect(lambda: self.importer.choose())
        self.export_menu = QMenu(window, objectName="exportMenu")
        self.export_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = QAction(window, objectName=f"export_{kind}Action")
            if kind in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[kind]))
            action.triggered.connect(lambda _=False, k=kind: self.exporter.export(k))
            self.export_menu.addAction(action)
            self.export_actions[kind] = action
        self.retranslate()

    @property
    def importer(self):
        """The ``import_dialog.ImportFlow``, made on first use."""
        if self._importer is None:
            from .import_dialog import ImportFlow

            self._importer = ImportFlow(self.window, self.settings)
        return self._importer

    @property
    def exporter(self):
        """The ``export_actions.ExportActions``, made on first use."""
        if self._exporter is None:
            from .export_actions import ExportActions

            self._exporter = ExportActions(self.window, self.settings)
        return self._exporter

    def actions(self) -> list[QAction]:
        """Import, then the Export submenu's action: what goes into the File menu."""
        return [self.import_action, self.export_menu.menuAction()]

    def install(self, file_menu: QMenu) -> None:
        """Put the entries into ``file_menu`` between separators, before its first separator (Quit's)."""
        separator = next((a for a in file_menu.actions() if a.isSeparator()), None)
        if separator is None:
            file_menu.addActions(self.actions())
            return
        file_menu.insertActions(separator, self.actions())
        if file_menu.actions()[0] is not self.import_action:
            file_menu.insertSeparator(self.import_action)

    def retranslate(self) -> None:
        """Set every text again (call from the window's ``retranslate_ui``)."""
        self.import_action.setText(self.tr("&Import catalogue\u2026"))
        self.import_action.setStatusTip(self.tr("Merge a catalogue bundle, CSV or XLSX file into your catalogue, "
                                                "with a preview first (Ctrl+I)"))
        self.export_menu.setTitle(self.tr("E&xport"))
        texts = {"bundle": self.tr("Catalogue &bundle\u2026"), "csv": self.tr("Spreadsheet (&CSV)\u2026"),
                 "xlsx": self.tr("Spreadsheet (&XLSX)\u2026"), "pdf": self.tr("&Printable catalogue (PDF)\u2026"),
                 "cards": self.tr("Product c&ards (PNG)\u2026")}
        for kind, action in self.export_actions.items():
            action.setText(texts[kind])


def install_exchange_menu(window, file_menu: QMenu, settings) -> ExchangeMenu:
    """Add Import catalogue… (Ctrl+I) and File > Export (bundle Ctrl+E, CSV, XLSX, PDF, cards) to ``file_menu``.

    Keep the result (``window.exchange = …``) and call its ``retranslate()`` from ``retranslate_ui``.
    """
    menu = ExchangeMenu(window, settings)
    menu.install(file_menu)
    return menu
