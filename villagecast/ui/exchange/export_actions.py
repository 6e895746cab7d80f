"""File > Export: catalogue bundle, CSV, XLSX, printable PDF and PNG product cards, of all or the selected product.

Each export asks which products (and, for a bundle or the PDF, the cooperative, remembered), then
where, with a default name from the cooperative or SKU and the date. The products are read on the
GUI thread; bundle, spreadsheets and cards are written in a worker thread from that snapshot (cards
one product at a time, with progress and Cancel); the PDF is painted on the GUI thread page by page
under a progress dialog. Success offers "Open folder"; a failure says why in words (a full disk
included) and leaves no partial file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from ... import exchange_messages as words
from ...core.errors import VillageCastError
from ...core.exchange.bundle_export import refuse_own_files, shared_producer
from .common import COOPERATIVE, default_name, remember_folder, show_message, \
    start_folder
from .export_dialog import ExportOptionsDialog
from .jobs import Job, Snapshot

KINDS = ("bundle", "csv", "xlsx", "pdf", "cards")
SUFFIX = {"bundle": ".vcbundle", "csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf", "cards": ""}
WITH_COOPERATIVE = ("bundle", "pdf")


class ExportActions(QObject):
    """Runs the exports for ``window`` (its ``context``, ``current_sku()``); ``finished``/``failed`` after each."""

    finished = Signal(str, object)  # kind, what the core returned
    failed = Signal(str, str)  # kind, the message shown

    def __init__(self, window, settings):
        super().__init__(window)
        self.window, self.settings = window, settings
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None  # the last result shown

    @property
    def context(self):
        return self.window.context

    def title(self, kind: str) -> str:
        return {"bundle": self.tr("Export catalogue bundle"), "csv": self.tr("Export spreadsheet (CSV)"),
                "xlsx": self.tr("Export spreadsheet (XLSX)"), "pdf": self.tr("Export printable catalogue (PDF)"),
                "cards": self.tr("Export product cards (PNG)")}[kind]

    # --- asking ----------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        """The menu entry: ask which products and where, then write."""
        if self.context is None or self.job is not None:
            return
        asked = self.ask_options(kind)
        if asked is None:
            return
        skus, cooperative = asked
        target = self.ask_target(kind, skus, cooperative)
        if target is not None:
            self.run(kind, target, skus, cooperative)

    def ask_options(self, kind: str) -> tuple[list[str] | None, str] | None:
        catalogue = self.context.catalogue
        rows = catalogue.list_rows()
        sku = self.window.current_sku() if hasattr(self.window, "current_sku") else None
        selected = None
        if sku is not None:
            name = next((r["name_zh"] for r in rows if r["sku"] == sku), sku)
            selected = (sku, name)
        cooperative = self.settings.get(COOPERATIVE) or shared_producer(r["producer"] for r in rows)
        dialog = ExportOptionsDialog(self.title(kind), len(rows), selected, kind in WITH_COOPERATIVE, cooperative,
                                     self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if kind in WITH_COOPERATIVE:
                self.settings.set(COOPERATIVE, dialog.cooperative_name())
            return dialog.skus(), dialog.cooperative_name() if kind in WITH_COOPERATIVE else ""
        finally:
            dialog.deleteLater()

    def ask_target(self, kind: str, skus: list[str] | None, cooperative: str) -> Path | None:
        """A file (a folder for cards) named after the product or the cooperative and today's date."""
        stem = skus[0] if skus else (cooperative or self.tr("catalogue"))
        start = start_folder(self.settings)
        if kind == "cards":
            folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the product cards"), str(start))
            if not folder:
                return None
            remember_folder(self.settings, Path(folder))
            return Path(folder) / default_name(stem + "-" + self.tr("cards"), "")
        filters = {"bundle": self.tr("Catalogue bundles (*.vcbundle)"), "csv": self.tr("CSV spreadsheets (*.csv)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)"), "pdf": self.tr("PDF documents (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self.window, self.title(kind),
                                              str(start / default_name(stem, SUFFIX[kind])), filters[kind])
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != SUFFIX[kind]:
            target = target.with_name(target.name + SUFFIX[kind])
        remember_folder(self.settings, target.parent)
        return target

    # --- writing ---------------------------------------------------------------------------------
    def run(self, kind: str, target: Path, skus: list[str] | None = None, cooperative: str = "") -> None:
        """Write ``kind`` to ``target`` (a folder for cards); the result comes with ``finished`` / ``failed``."""
        context, target = self.context, Path(target)
        try:
            refuse_own_files(context.db_path, target)
            if kind == "pdf":
                self._run_pdf(target, skus, cooperative)
                return
            snapshot = Snapshot.take(context.catalogue, skus, with_prices=kind == "bundle")
            work = self._work(kind, snapshot, context.files, target, cooperative)
        except VillageCastError as exc:
            self._fail(kind, exc)
            return
        self.job = Job(work)
        count = len(snapshot)
        self.progress = self._progress(self.tr("Writing %n product(s)\u2026", None, count),
                                       count if kind == "cards" else 0, cancellable=kind == "cards")
        self.job.signals.progress.connect(lambda done, _total: self.progress and self.progress.setValue(done))
        self.job.signals.done.connect(lambda result: self._done(kind, target, result))
        self.job.signals.failed.connect(lambda exc: self._fail(kind, exc))
        self.job.start()

    def _work(self, kind: str, snapshot: Snapshot, files, target: Path, cooperative: str):
        """The function the worker runs: only the snapshot and the attachments folder, never the database."""
        if kind == "bundle":
            from ...core.exchange.bundle_export import export_bundle

            return lambda _progress, _cancelled: export_bundle(snapshot, files, target, None, cooperative)
        if kind in ("csv", "xlsx"):
            from ...core.exchange import sheet_export

            write = sheet_export.export_csv if kind == "csv" else sheet_export.export_xlsx
            return lambda _progress, _cancelled: write(snapshot, target)
        from ...core.exchange.cards import write_cards

        labels = words.card_labels()  # translated here, on the GUI thread

        def cards(progress, cancelled):
            written, skus = [], list(snapshot.products)
            for done, sku in enumerate(skus, start=1):
                if cancelled():
                    break
                written += write_cards(snapshot, files, target, labels, [sku])
                progress(done, len(skus))
            return written

        return cards

    def _run_pdf(self, target: Path, skus, cooperative: str) -> None:
        from ...core.exchange.bundle_export import select_products
        from ..catalogue_pdf import CatalogueDocument
        from ..catalogue_pdf import write_pdf

        context = self.context
        document = CatalogueDocument(select_products(context.catalogue, skus), context.files, cooperative)
        pages = document.page_count
        self.progress = self._progress(self.tr("Drawing %n page(s)\u2026", None, pages), pages, cancellable=True)

        def step(done: int, _total: int) -> bool:
            self.progress.setValue(done)
            QCoreApplication.processEvents()
            return not self.progress.wasCanceled()

        try:
            result = write_pdf(document, target, step)
        except VillageCastError as exc:
            self._fail("pdf", exc)
            return
        if result is None:
            self._close_progress()
            return
        self._done("pdf", target, result)

    def _progress(self, text: str, total: int, cancellable: bool) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel") if cancellable else "", 0, total, self.window)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        if not cancellable:
            progress.setCancelButton(None)
        elif self.job is not None:
            progress.canceled.connect(self.job.cancel)
        progress.setValue(0)
        progress.show()
        return progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.job = None

    def _done(self, kind: str, target: Path, result) -> None:
        cancelled = self.job is not None and self.job.cancelled
        self._close_progress()
        folder = target if kind == "cards" else target.parent
        text, notes = self._summary(kind, result, cancelled)
        self.message = show_message(self.window, QMessageBox.Icon.Information, self.title(kind), text, str(target),
                                    folder if folder.exists() else None, notes)
        self.finished.emit(kind, result)

    def _summary(self, kind: str, result, cancelled: bool) -> tuple[str, str]:
        """The sentence saying what was written, and notes (cards without a QR code or photo)."""
        if kind == "bundle":
            count, files = result.products, result.files
            text = self.tr("Saved the bundle with %n product(s)", None, count)
            text += " " + self.tr("and %n attached file(s).", None, files)
        elif kind in ("csv", "xlsx"):
            count = result
            text = self.tr("Saved the spreadsheet with %n product(s).", None, count)
        elif kind == "pdf":
            pages = result.pages
            text = self.tr("Saved the printable catalogue: %n page(s).", None, pages)
        else:
            cards = len(result)
            text = self.tr("Stopped after %n card(s).", None, cards) if cancelled else \
                self.tr("Saved %n product card(s).", None, cards)
            notes = sorted({(c.sku, note) for c in result for note in c.notes})
            return text, "\n".join(words.card_note(note, sku) for sku, note in notes)
        return text, ""

    def _fail(self, kind: str, exc: BaseException) -> None:
        self._close_progress()
        text = words.describe_error(exc)
        self.message = show_message(self.window, QMessageBox.Icon.Warning, self.tr("Not exported"), text)
        self.failed.emit(kind, text)
