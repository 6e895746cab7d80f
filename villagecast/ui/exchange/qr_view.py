"""The QR code of one shop link as the window shows it: whole pixels per module, the exact link, copy and save.

The picture comes from ``core.exchange.qr`` (the same code cards and the PDF use) at a whole number
of device pixels per module, so it is never scaled or blurred; its size follows the UI scale.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap, QTextOption
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextEdit,
                               QVBoxLayout, QWidget)

from ... import exchange_messages as words
from ...core.errors import VillageCastError
from ...core.atomic import atomic_output
from ...core.exchange.qr import QUIET_ZONE, qr_image, qr_png
from .. import metrics
from .. import settings as config

SAVE_BOX = 16  # pixels per module in a saved PNG: sharp when printed


def qr_qimage(url: str, side_px: int) -> QImage:
    """The code of ``url`` as a grayscale QImage at most about ``side_px`` wide, whole pixels per module."""
    modules = qr_image(url, box=1, border=QUIET_ZONE).width
    box = max(2, side_px // modules)
    pil = qr_image(url, box=box, border=QUIET_ZONE)
    data = pil.tobytes()
    return QImage(data, pil.width, pil.height, pil.width, QImage.Format.Format_Grayscale8).copy()


class LinkText(QTextEdit):
    """The exact link, read-only and selectable, wrapped anywhere (a link has no spaces) and as tall as its text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setStyleSheet("background: transparent;")
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, size) -> None:
        self.setFixedHeight(int(size.height()) + 2 * self.frameWidth() + 2)


class QrView(QWidget):
    """Shows the code of ``show_link(url, name)``; "Copy link" and "Save QR as PNG…" act on that exact link."""

    saved = Signal(str)  # the PNG written

    def __init__(self, settings: config.Settings | None = None, parent=None):
        """``settings`` keeps the last folder (None: the settings store, opened when saving)."""
        super().__init__(parent)
        self.settings = settings
        self.url: str | None = None
        self.file_stem = "qr"
        self.image: QImage | None = None  # what is shown, for tests and for saving nothing else
        self.picture = QLabel(objectName="qrPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.link = LinkText()
        self.link.setObjectName("qrLinkText")
        self.note = QLabel(objectName="qrNote", wordWrap=True)
        self.copy_button = QPushButton(objectName="qrCopy")
        self.save_button = QPushButton(objectName="qrSave")
        self.copy_button.clicked.connect(self.copy_link)
        self.save_button.clicked.connect(self.save_png)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picture)
        box.addWidget(self.note)
        box.addWidget(self.link)
        box.addLayout(buttons)
        self.retranslate()
        self.show_link(None)

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy link"))
        self.copy_button.setToolTip(self.tr("Put the exact link on the clipboard"))
        self.save_button.setText(self.tr("Save QR as PNG\u2026"))
        self.save_button.setToolTip(self.tr("Save this QR code as a picture, sharp enough to print"))
        self.picture.setAccessibleName(self.tr("QR code of the link"))
        self.link.setAccessibleName(self.tr("The link the QR code holds"))
        self.show_link(self.url, self.file_stem)

    def side_px(self) -> int:
        """About twelve lines of text tall: readable on the screen, larger with the UI scale."""
        return max(180, self.fontMetrics().height() * 12)

    def show_link(self, url: str | None, file_stem: str = "qr") -> None:
        self.url, self.file_stem = url or None, file_stem
        self.image = None
        problem = ""
        if self.url:
            try:
                ratio = self.devicePixelRatioF() or 1.0
                self.image = qr_qimage(self.url, int(self.side_px() * ratio))
            except VillageCastError as exc:
                problem = words.describe_error(exc)
        if self.image is not None:
            pixmap = QPixmap.fromImage(self.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF() or 1.0)
            self.picture.setPixmap(pixmap)
            self.note.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
            self.note.setText(self.tr("Scanning it opens exactly this link:"))
        else:
            self.picture.clear()
            self.note.setStyleSheet(f"color: {metrics.DANGER_COLOR};" if problem else
                                    f"color: {metrics.MUTED_COLOR};")
            self.note.setText(problem or self.tr("Select a saved link to see its QR code."))
        self.picture.setVisible(self.image is not None)
        self.link.setPlainText(self.url or "")
        self.link.setVisible(bool(self.url))
        self.copy_button.setEnabled(bool(self.url))
        self.save_button.setEnabled(self.image is not None)

    def copy_link(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)

    def save_png(self) -> str | None:
        """Ask where, then write the code as a PNG (temporary file beside it, then renamed)."""
        if not self.url or self.image is None:
            return None
        settings = self.settings or config.Settings()
        folder = settings.get(config.LAST_FOLDER)
        start = str(Path(folder or Path.home()) / (safe_name(self.file_stem) + ".png"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save QR code"), start, self.tr("PNG pictures (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        data = qr_png(self.url, SAVE_BOX)
        try:
            atomic_output(Path(path), lambda fh: fh.write(data))
        except VillageCastError as exc:
            QMessageBox.warning(self, self.tr("QR code not saved"), words.describe_error(exc))
            return None
        settings.set(config.LAST_FOLDER, str(Path(path).parent))
        settings.sync()
        self.saved.emit(path)
        return path


def safe_name(text: str) -> str:
    """``text`` usable as a file name on Windows too (Chinese kept; separators and reserved signs become "-")."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f\s]+', "-", text).strip("-. ")
    return cleaned[:80] or "VillageCast"
