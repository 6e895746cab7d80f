"""The printable catalogue: an A4 PDF (QPdfWriter) with a cover and the products in a grid.

The cover names the cooperative; each following page holds six products (two columns, three
rows) with photo, name, live price, origin and the QR code of the first shop link, drawn as
vector squares so it stays sharp in print. Every page is numbered. Pages are laid out in a fixed
A4 space (0.1 mm units) and drawn on any paint device, so ``page_image`` shows exactly what the
PDF holds. Works from the command line too: without an application, an offscreen
QGuiApplication is started.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QImage, QPageLayout,
                           QPageSize, QPainter, QPdfWriter)

from ..core.errors import FileError
from ..core.exchange.bundle_export import select_products
from ..core.exchange.cards import wrap
from ..core.exchange.fonts import cjk_font
from ..core.exchange.qr import qr_matrix
from ..messages import PLATFORM_NAMES, tr
from . import formats

CTX = "CataloguePdf"
PAGE_W, PAGE_H = 2100, 2970  # A4 in 0.1 mm
MARGIN, GAP, HEADER, FOOTER = 120, 60, 170, 170
COLS, ROWS = 2, 3
PER_PAGE = COLS * ROWS
RESOLUTION = 300
INK, MUTED, RED, RULE = QColor("#222222"), QColor("#666666"), QColor("#C8302B"), QColor("#CCCCCC")
_app = None


def ensure_app() -> QGuiApplication:
    """The running application, or an offscreen QGuiApplication started for the command line."""
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["villagecast"])
    from ..messages import install_cli_translator, language

    install_cli_translator(_app)  # the PDF's own words and the CLI's messages in the language asked for
    QLocale.setDefault(QLocale(language()))  # and its dates and figures in that language too (ui.formats)
    return _app


def _family() -> str:
    """The family of the CJK font ``core.exchange.fonts`` finds, added to Qt (never a tofu fallback)."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        from ..core.exchange.errors import ExchangeError

        raise ExchangeError("no_cjk_font")
    return families[0]


class _Measure:
    """Adapter so ``cards.wrap`` measures with Qt's font metrics."""

    def __init__(self, font: QFont):
        self.metrics = QFontMetricsF(font)

    def getlength(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    products: int


class CatalogueDocument:
    """The pages of one catalogue: ``page_count`` and ``paint(painter, index, width, height)``."""

    def __init__(self, products, files, cooperative: str = "", today: date | None = None):
        ensure_app()
        self.products, self.files = list(products), files
        self.cooperative, self.today = cooperative, today or date.today()
        self.family = _family()
        self.page_count = 1 + math.ceil(len(self.products) / PER_PAGE)

    def font(self, size: int, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(size)
        font.setBold(bold)
        return font

    def paint(self, painter: QPainter, index: int, width: float, height: float) -> None:
        """Draw page ``index`` (0 = cover) filling a device area of ``width`` × ``height``."""
        painter.save()
        painter.scale(width / PAGE_W, height / PAGE_H)
        painter.fillRect(QRectF(0, 0, PAGE_W, PAGE_H), QColor("white"))
        if index == 0:
            self._cover(painter)
        else:
            self._grid(painter, index)
        self._text(painter, QRectF(0, PAGE_H - FOOTER + 40, PAGE_W, 60), self.font(34), MUTED,
                   QCoreApplication.translate("CataloguePdf", "Page %1 of %2")
                   .replace("%1", str(index + 1)).replace("%2", str(self.page_count)), Qt.AlignmentFlag.AlignHCenter)
        painter.restore()

    def _text(self, painter, rect: QRectF, font: QFont, color: QColor, text: str, align=Qt.AlignmentFlag.AlignLeft,
              lines: int = 1) -> float:
        """Draw ``text`` wrapped into at most ``lines`` lines; returns the height used."""
        painter.setFont(font)
        painter.setPen(color)
        step = font.pixelSize() * 1.3
        wrapped = wrap(text, _Measure(font), int(rect.width()), lines) if text else []
        for i, line in enumerate(wrapped):
            painter.drawText(QRectF(rect.x(), rect.y() + i * step, rect.width(), step), int(align), line)
        return len(wrapped) * step

    def _cover(self, painter: QPainter) -> None:
        title = self.cooperative or QCoreApplication.translate("CataloguePdf", "Product catalogue")
        painter.fillRect(QRectF(0, 0, PAGE_W, 900), QColor("#EEF4E8"))
        shown = [p for p in self.products if p.photos][:3]  # a strip of the first photos
        if shown:
            width = (PAGE_W - 2 * MARGIN - (len(shown) - 1) * GAP) / len(shown)
            for i, product in enumerate(shown):
                self._photo(painter, product, QRectF(MARGIN + i * (width + GAP), MARGIN, width, 900 - 2 * MARGIN))
        y = 1000
        y += self._text(painter, QRectF(MARGIN, y, PAGE_W - 2 * MARGIN, 400), self.font(120, True), INK, title,
                        Qt.AlignmentFlag.AlignHCenter, 3) + 40
        if self.cooperative:
            y += self._text(painter, QRectF(MARGIN, y, PAGE_W - 2 * MARGIN, 100), self.font(64), INK,
                            QCoreApplication.translate("CataloguePdf", "Product catalogue"),
                            Qt.AlignmentFlag.AlignHCenter) + 30
        count = len(self.products)
        facts = [QCoreApplication.translate("CataloguePdf", "%n product(s)", None, count),
                 QCoreApplication.translate("CataloguePdf", "As of %1").replace("%1", formats.date_text(self.today))]
        self._text(painter, QRectF(MARGIN, y + 40, PAGE_W - 2 * MARGIN, 80), self.font(44), MUTED,
                   "  \u00b7  ".join(facts), Qt.AlignmentFlag.AlignHCenter)

    def _grid(self, painter: QPainter, index: int) -> None:
        chunk = self.products[(index - 1) * PER_PAGE:index * PER_PAGE]
        self._text(painter, QRectF(MARGIN, 60, PAGE_W - 2 * MARGIN, 60), self.font(34), MUTED,
                   self.cooperative or QCoreApplication.translate("CataloguePdf", "Product catalogue"))
        painter.fillRect(QRectF(MARGIN, HEADER - 30, PAGE_W - 2 * MARGIN, 3), RULE)
        cell_w = (PAGE_W - 2 * MARGIN - (COLS - 1) * GAP) / COLS
        cell_h = (PAGE_H - HEADER - FOOTER - (ROWS - 1) * GAP) / ROWS
        for i, product in enumerate(chunk):
            x = MARGIN + (i % COLS) * (cell_w + GAP)
            y = HEADER + (i // COLS) * (cell_h + GAP)
            self._cell(painter, product, QRectF(x, y, cell_w, cell_h))

    def _cell(self, painter: QPainter, product, box: QRectF) -> None:
        photo_h = box.height() * 0.5
        self._photo(painter, product, QRectF(box.x(), box.y(), box.width(), photo_h))
        link = product.shop_links[0] if product.shop_links else None
        qr_side = 240
        text_w = box.width() - (qr_side + 30 if link else 0)
        y = box.y() + photo_h + 24
        y += self._text(painter, QRectF(box.x(), y, box.width(), 140), self.font(46, True), INK, product.name_zh,
                        lines=2) + 10
        if product.live_price_fen is not None:
            self._text(painter, QRectF(box.x(), y, text_w, 90), self.font(72, True), RED,
                       formats.money(product.live_price_fen))
            y += 100
        if product.origin_text:
            self._text(painter, QRectF(box.x(), y, text_w, 100), self.font(34), MUTED, product.origin_text, lines=2)
        if link is not None:
            top = box.bottom() - qr_side - 50
            self._qr(painter, link.url, QRectF(box.right() - qr_side, top, qr_side, qr_side))
            platform = tr(PLATFORM_NAMES[link.platform]) if link.platform in PLATFORM_NAMES else link.platform
            caption = QCoreApplication.translate("CataloguePdf", "Scan to buy on %1").replace("%1", platform)
            self._text(painter, QRectF(box.right() - qr_side - 60, top + qr_side + 8, qr_side + 60, 40),
                       self.font(26), INK, caption, Qt.AlignmentFlag.AlignHCenter)

    def _photo(self, painter: QPainter, product, rect: QRectF) -> None:
        image = QImage()
        if product.photos and self.files is not None:
            try:
                image = QImage(str(self.files.path(product.photos[0].file)))
            except FileError:
                image = QImage()
        if image.isNull():
            painter.fillRect(rect, QColor("#E9E3D7"))
            self._text(painter, QRectF(rect.x(), rect.center().y() - 30, rect.width(), 60), self.font(36),
                       QColor("#8A7F6A"), QCoreApplication.translate("CataloguePdf", "No photo yet"),
                       Qt.AlignmentFlag.AlignHCenter)
            return
        # Crop to fill, and send no more pixels than 200 dpi needs (keeps the PDF small).
        scale = max(rect.width() / image.width(), rect.height() / image.height())
        src_w, src_h = rect.width() / scale, rect.height() / scale
        source = QRectF((image.width() - src_w) / 2, (image.height() - src_h) / 2, src_w, src_h)
        target_px = int(rect.width() / 254 * 200)
        crop = image.copy(source.toRect())
        if crop.width() > target_px:
            crop = crop.scaledToWidth(target_px, Qt.TransformationMode.SmoothTransformation)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(rect, crop)

    def _qr(self, painter: QPainter, url: str, rect: QRectF) -> None:
        """The code as vector squares, row runs merged, on white (quiet zone included)."""
        matrix = qr_matrix(url)
        module = rect.width() / len(matrix)
        painter.fillRect(rect, QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for row, cells in enumerate(matrix):
            col = 0
            while col < len(cells):
                if not cells[col]:
                    col += 1
                    continue
                start = col
                while col < len(cells) and cells[col]:
                    col += 1
                painter.fillRect(QRectF(rect.x() + start * module, rect.y() + row * module,
                                        (col - start) * module + 0.3, module + 0.3), QColor("black"))


def page_image(document: CatalogueDocument, index: int, width_px: int = 1240) -> QImage:
    """Page ``index`` drawn on an image ``width_px`` wide (A4 proportions): what the PDF shows."""
    height_px = round(width_px * PAGE_H / PAGE_W)
    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    document.paint(painter, index, width_px, height_px)
    painter.end()
    return image


def export_pdf(catalogue, files, out, skus=None, cooperative: str = "", today: date | None = None) -> PdfResult:
    """Write the catalogue PDF of the products (all, or ``skus``) to ``out``; temp file beside it, then renamed."""
    ensure_app()
    document = CatalogueDocument(select_products(catalogue, skus), files, cooperative, today)
    return write_pdf(document, out)


def write_pdf(document: CatalogueDocument, out: Path, step=lambda done, total: True) -> PdfResult | None:
    """Write ``document`` to ``out``; None when ``step`` asked to stop (nothing written)."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as exc:
        raise FileError("cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle(document.cooperative or QCoreApplication.translate("CataloguePdf", "Product catalogue"))
        writer.setCreator("VillageCast")
        painter = QPainter()
        if not painter.begin(writer):
            raise FileError("cannot_write", path=str(out), reason="QPdfWriter")
        stopped = False
        for index in range(document.page_count):
            if index:
                writer.newPage()
            document.paint(painter, index, writer.width(), writer.height())
            if not step(index + 1, document.page_count):
                stopped = True
                break
        painter.end()
        del writer
        if stopped:
            return None
        if os.path.getsize(tmp) == 0:
            raise FileError("cannot_write", path=str(out), reason="empty PDF")
        try:
            os.replace(tmp, out)
        except OSError as exc:
            raise FileError("cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc
        tmp = None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return PdfResult(out, document.page_count, len(document.products))
