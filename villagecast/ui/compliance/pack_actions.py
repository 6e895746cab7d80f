"""Rule pack menu: export the active pack, import one (validated whole), go back to the built-in pack.

A refused import changes nothing and lists every reason. These are file operations, not undo steps:
the previous pack stays available by exporting it first or restoring the built-in one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ... import paths
from ...compliance_messages import describe_pack_error
from ...core.compliance import PackError
from ...core.errors import VillageCastError
from ...messages import describe_error
from ...storage.rule_packs import (
    import_pack,
    remove_user_pack,
    user_pack_path,
    write_pack,
)
from .. import settings as config
from .words import pack_name

MAX_REASONS_SHOWN = 12  # the rest are in the message box's details


class PackActions(QObject):
    """The three actions, for ``window`` (its hub reloads the pack after a change)."""

    def __init__(self, hub, window, settings: config.Settings):
        super().__init__(window)
        self.hub, self.window, self.settings = hub, window, settings
        self.export_action = QAction(window, objectName="exportPackAction")
        self.import_action = QAction(window, objectName="importPackAction")
        self.restore_action = QAction(window, objectName="restorePackAction")
        self.export_action.triggered.connect(lambda: self.export_pack())
        self.import_action.triggered.connect(lambda: self.import_pack())
        self.restore_action.triggered.connect(lambda: self.restore_pack())
        self.last_message = ""
        hub.pack_changed.connect(self._enable)
        self._enable()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("&Export rule pack\u2026"))
        self.export_action.setToolTip(self.tr("Save the rule pack in use as a file a trainer can edit"))
        self.import_action.setText(self.tr("&Import rule pack\u2026"))
        self.import_action.setToolTip(self.tr("Use a rule pack from a file; a pack with any error is refused whole"))
        self.restore_action.setText(self.tr("&Restore the built-in rule pack"))

    def _enable(self) -> None:
        self.restore_action.setEnabled(user_pack_path(paths.data_dir()).is_file())

    def _folder(self) -> str:
        return self.settings.get(config.LAST_FOLDER) or str(Path.home())

    def export_pack(self, path: str | None = None) -> bool:
        if path is None:
            start = str(Path(self._folder()) / f"{self.hub.pack.id}.json")
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export rule pack"), start,
                                                  self.tr("Rule packs (*.json)"))
            if not path:
                return False
        try:
            written = write_pack(self.hub.pack, path)
        except VillageCastError as exc:
            self._tell(QMessageBox.Icon.Warning, self.tr("The rule pack was not exported."), describe_error(exc))
            return False
        self.settings.set(config.LAST_FOLDER, str(written.parent))
        self._status(self.tr("Rule pack exported to %1").replace("%1", str(written)))
        return True

    def import_pack(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import rule pack"), self._folder(),
                                                  self.tr("Rule packs (*.json);;All files (*)"))
            if not path:
                return False
        try:
            pack = import_pack(path, paths.data_dir())
        except PackError as exc:
            reasons = describe_pack_error(exc)
            self._tell(QMessageBox.Icon.Warning,
                       self.tr("The rule pack in \u201c%1\u201d was refused; nothing was changed. %n reason(s):",
                               None, len(exc.issues)).replace("%1", Path(path).name),
                       reasons, shown=MAX_REASONS_SHOWN)
            return False
        except VillageCastError as exc:
            self._tell(QMessageBox.Icon.Warning, self.tr("The rule pack was not imported; nothing was changed."),
                       describe_error(exc))
            return False
        self.settings.set(config.LAST_FOLDER, str(Path(path).parent))
        self.hub.load_pack()
        self._status(self.tr("Rule pack \u201c%1\u201d in use: %2 checklist items, %3 terms.").replace(
            "%1", pack_name(pack)).replace("%2", str(len(pack.checklist))).replace("%3", str(len(pack.terms))))
        return True

    def restore_pack(self, confirm: bool = True) -> bool:
        if confirm:
            answer = QMessageBox.question(
                self.window, self.tr("Restore the built-in rule pack"),
                self.tr("Stop using the imported rule pack and go back to the one VillageCast ships? Export it "
                        "first if you want to keep it."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            remove_user_pack(paths.data_dir())
        except VillageCastError as exc:
            self._tell(QMessageBox.Icon.Warning, self.tr("The built-in rule pack could not be restored."),
                       describe_error(exc))
            return False
        self.hub.load_pack()
        self._status(self.tr("The built-in rule pack is in use."))
        return True

    def _status(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, 10_000)

    def _tell(self, icon, text: str, details: str, shown: int = 0) -> None:
        """A message box; with ``shown``, that many detail lines in the text and all of them under Details."""
        lines = details.splitlines()
        box = QMessageBox(icon, self.window.windowTitle(), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("packMessage")
        if shown and len(lines) > shown:
            box.setInformativeText("\n".join(lines[:shown]) + "\n"
                                   + self.tr("\u2026 and %n more (see Details).", None, len(lines) - shown))
            box.setDetailedText(details)
        else:
            box.setInformativeText(details)
        self.last_message = f"{text}\n{details}"
        box.exec()
        box.deleteLater()
