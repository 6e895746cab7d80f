"""Saving a post-show report: PDF (``ui.report_pdf.export_report_pdf``, Chinese when the UI speaks Chinese) and
CSV (``report_csv.write_csv`` with the translated headers), each through a file dialog that starts in the last
folder used; success and failure are said in a message that does not block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ... import broadcast_messages as words
from ...core.broadcast.report_csv import write_csv
from ...core.errors import VillageCastError
from ...exchange_messages import describe_error
from ..compliance.words import chinese_ui
from ..exchange.common import default_name, remember_folder, show_message, start_folder


class ReportExport(QObject):
    """``export_pdf(report, path=None)`` / ``export_csv(report, path=None)``: True when written (None path: ask)."""

    def __init__(self, parent_widget, settings, hub):
        super().__init__(parent_widget)
        self.widget, self.settings, self.hub = parent_widget, settings, hub
        self.message = None  # the last message box shown
        self.written: Path | None = None

    def _ask(self, report, suffix: str, caption: str, filters: str) -> str | None:
        start = start_folder(self.settings) / default_name(report.title, suffix)
        path, _ = QFileDialog.getSaveFileName(self.widget.window(), caption, str(start), filters)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def export_pdf(self, report, path: str | None = None) -> bool:
        if report is None:
            return False
        if path is None:
            path = self._ask(report, ".pdf", self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)"))
            if path is None:
                return False
        from ..report_pdf import export_report_pdf

        try:
            result = export_report_pdf(report, path, self.hub.pack, chinese_ui())
        except VillageCastError as exc:
            return self._failed(self.tr("The report was not saved as PDF."), exc)
        pages = result.pages
        return self._done(result.path, self.tr("Report saved: %1 (%n page(s)).", None, pages))

    def export_csv(self, report, path: str | None = None) -> bool:
        if report is None:
            return False
        if path is None:
            path = self._ask(report, ".csv", self.tr("Save the report as CSV"),
                             self.tr("CSV files for Excel or WPS (*.csv)"))
            if path is None:
                return False
        try:
            write_csv(report, path, words.csv_headers(), words.describe_code)
        except VillageCastError as exc:
            return self._failed(self.tr("The report was not saved as CSV."), exc)
        return self._done(Path(path), self.tr("Report saved: %1."))

    def _done(self, path: Path, text: str) -> bool:
        path = Path(path)
        self.written = path
        remember_folder(self.settings, path.parent)
        self.message = show_message(self.widget.window(), QMessageBox.Icon.Information, self.tr("Report saved"),
                                    text.replace("%1", path.name), str(path), folder=path.parent)
        return True

    def _failed(self, text: str, exc: VillageCastError) -> bool:
        self.message = show_message(self.widget.window(), QMessageBox.Icon.Warning, self.tr("Report not saved"),
                                    text, describe_error(exc))
        return False
