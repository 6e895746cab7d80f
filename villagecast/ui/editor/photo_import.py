"""Helpers of the Photos section: the import worker, the preview and what a drop carries.

Import runs off the GUI thread: one ``QRunnable`` converts and stores the chosen files in turn.

Each file goes through ``core.photos.import_photo`` (check, orient, shrink, strip metadata, store the
copy and the thumbnail). The results come back to the GUI thread as signals; the panel stores them
in the product there, in one save. Cancelling stops after the file being converted.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core import photos


class ImportSignals(QObject):
    """What the worker reports; created on the GUI thread, so its slots run there (queued)."""

    started_file = Signal(int, str)  # index, file name
    imported = Signal(int, str, object)  # index, path, the dict import_photo returned
    failed = Signal(int, str, object)  # index, path, the exception
    finished = Signal(bool)  # True when cancelled before the end


class PhotoImport(QRunnable):
    """Import ``paths`` into ``store`` one after another; ``cancel()`` stops before the next file."""

    def __init__(self, paths: list[str], store):
        super().__init__()
        self.setAutoDelete(False)  # the panel keeps it until ``finished``
        self.paths = [str(p) for p in paths]
        self.store = store
        self.signals = ImportSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def run(self) -> None:
        stopped = False
        try:
            for index, path in enumerate(self.paths):
                if self._cancel.is_set():
                    stopped = True
                    break
                self.signals.started_file.emit(index, Path(path).name)
                try:
                    result = photos.import_photo(Path(path), self.store)
                except Exception as exc:  # noqa: BLE001 - every failure is reported by file; the rest go on
                    self.signals.failed.emit(index, path, exc)
                else:
                    self.signals.imported.emit(index, path, result)
        finally:
            self.signals.finished.emit(stopped)


def local_files(mime) -> list[str]:
    """The local files a drag carries (folders, web addresses and text are not taken)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class PhotoPreview(QWidget):
    """The selected photo scaled to fit, keeping its aspect; a line of text when there is none."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pixmap = QPixmap()
        self.text = ""
        self._scaled: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def show_file(self, path: Path | None, text: str = "") -> None:
        self.pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        self.text = text
        self._scaled = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 240)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        if self.pixmap.isNull():
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text)
            return
        if self._scaled is None or not self._fits(self._scaled):
            self._scaled = self.pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
        x = (self.width() - self._scaled.width()) // 2
        y = (self.height() - self._scaled.height()) // 2
        painter.drawPixmap(x, y, self._scaled)

    def _fits(self, scaled: QPixmap) -> bool:
        """The cached scaling still fills this size (one edge equal, the other within)."""
        w, h = scaled.width(), scaled.height()
        return w <= self.width() and h <= self.height() and (w == self.width() or h == self.height())
