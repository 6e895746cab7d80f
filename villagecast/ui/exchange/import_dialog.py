"""File > Import catalogue…: read and check the file in a worker, preview, choose, import in one undo step.

The file (bundle, CSV or XLSX, judged by its content) is read and checked off the GUI thread under
a busy dialog; a spreadsheet's rows are checked against the stored products through the worker's
own read-only connection (``jobs.read_only_catalogue``), never the app's. A refused file shows the
reason and every bad row or product, and nothing is written. Otherwise the preview is planned on
the GUI thread and shown; Import runs ``ImportCatalogue`` (``merge.apply``: one transaction, one undo
step) and says how many products were added and replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit,
                               QProgressDialog, QVBoxLayout)

from ... import exchange_messages as words
from ...core.errors import VillageCastError
from ...core.exchange import merge
from .. import metrics
from .common import remember_folder, show_message, start_folder
from .jobs import Job, read_only_catalogue


def read_file(path: Path, db_path: Path):
    """The checked source at ``path`` (worker thread): ``detect.read_source`` with a read-only catalogue."""
    from ...core.exchange.detect import read_source

    with read_only_catalogue(db_path) as catalogue:
        return read_source(path, catalogue)


class RefusedDialog(QDialog):
    """Why a file was refused: the reason, then every bad row or product in a list that scrolls."""

    def __init__(self, file_name: str, text: str, parent=None):
        super().__init__(parent)
        self.setObjectName("importRefusedDialog")
        self.setWindowTitle(self.tr("Not imported: %1").replace("%1", file_name))
        head, *rest = text.split("\n")
        self.reason = QLabel(head, wordWrap=True, objectName="refusedReason")
        self.reason.setStyleSheet(f"color: {metrics.DANGER_COLOR}; font-weight: bold;")
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit("\n".join(rest), objectName="refusedDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Every problem found"))
        self.details.setVisible(bool(rest))
        note = QLabel(self.tr("Your catalogue was not changed. Correct the file and import it again."), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.reason)
        box.addWidget(self.details, 1)
        box.addWidget(note)
        box.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        self.resize(em * 44, self.fontMetrics().height() * (24 if rest else 8))

    @property
    def text(self) -> str:
        return "\n".join(filter(None, [self.reason.text(), self.details.toPlainText()]))


class ImportFlow(QObject):
    """Drives one import at a time for ``window`` (its ``context``). Signals for whoever waits (tests, the window)."""

    shown = Signal(object)  # the preview or refusal dialog now open
    imported = Signal(object)  # merge.ApplyResult of an import that was done

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.job: Job | None = None
        self.path: Path | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: QDialog | None = None
        self.message: QMessageBox | None = None

    @property
    def context(self):
        return self.window.context

    def choose(self) -> None:
        """The menu entry: pick a file, then ``start`` it."""
        if self.context is None or self.job is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import catalogue"), str(start_folder(self.settings)),
            self.tr("Catalogue bundles and spreadsheets (*.vcbundle *.csv *.xlsx *.txt);;All files (*)"))
        if path:
            remember_folder(self.settings, Path(path).parent)
            self.start(Path(path))

    def start(self, path: Path) -> Job | None:
        """Read and check ``path`` in the thread pool; the preview (or the refusal) opens when it is done."""
        if self.context is None or self.job is not None:
            return None
        self.path = file_path = Path(path)
        db_path = self.context.db_path
        self.job = Job(lambda _progress, _cancelled: read_file(file_path, db_path))
        progress = QProgressDialog(self.tr("Reading and checking \u201c%1\u201d\u2026").replace("%1", self.path.name),
                                   self.tr("Cancel"), 0, 0, self.window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import catalogue"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.job.cancel)  # the result is dropped when it arrives
        progress.show()
        self.progress = progress
        self.job.signals.done.connect(self._read)
        self.job.signals.failed.connect(self._refused)
        self.job.start()
        return self.job

    def _finish_job(self) -> bool:
        """Close the busy dialog; False when the user cancelled the reading."""
        cancelled = self.job is not None and self.job.cancelled
        self.job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        return not cancelled

    def _read(self, source) -> None:
        if not self._finish_job():
            return
        try:
            preview = merge.plan(self.context.catalogue, source)
        except VillageCastError as exc:
            self._show_refusal(words.describe_error(exc))
            return
        from .preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(preview, self.path.name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: self.apply(source, dialog.choices()))
        self.dialog = dialog
        dialog.open()
        self.shown.emit(dialog)

    def _refused(self, exc: BaseException) -> None:
        if self._finish_job():
            self._show_refusal(words.describe_error(exc))

    def _show_refusal(self, text: str) -> None:
        dialog = RefusedDialog(self.path.name if self.path else "", text, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        dialog.open()
        self.shown.emit(dialog)

    def apply(self, source, choices: dict[str, str]) -> merge.ApplyResult | None:
        """Import ``source`` with ``choices`` as one undo step; says what was done (or why nothing was)."""
        from .commands import ImportCatalogue

        name = self.path.name if self.path else ""
        command = ImportCatalogue(self.context, source, choices, self.tr("Import %1").replace("%1", name))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # one transaction on this thread: seconds for 1,000
        try:
            self.context.execute(command)
        except VillageCastError as exc:
            self._show_refusal(words.describe_error(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        result = command.result
        added, replaced, kept = len(result.added), len(result.replaced), len(result.kept)
        text = self.tr("Imported \u201c%1\u201d.").replace("%1", name)
        details = "\n".join([self.tr("%n product(s) added", None, added),
                             self.tr("%n product(s) replaced by theirs", None, replaced),
                             self.tr("%n product(s) kept as yours", None, kept),
                             self.tr("Edit > Undo takes the whole import back.")])
        self.message = show_message(self.window, QMessageBox.Icon.Information, self.tr("Import catalogue"), text,
                                    details)
        if result.added or result.replaced:
            self.context.signals.focus_product.emit((result.added + result.replaced)[0])
        self.imported.emit(result)
        return result
