"""Big text without Qt's path fallback: glyphs rasterised once by FreeType, kept as coloured images.

Qt's raster engine caches glyphs only below 64 px; above that every glyph is filled as a vector path on
each draw (about 7 ms for one 96-px line of 40 汉字 here). ``GlyphAtlas`` asks ``QRawFont`` for the
glyph's alpha map instead (about 0.02 ms a glyph), colours it once and keeps it in a byte-capped LRU,
so a line of 96-px text is drawn in well under a millisecond. Placement matches Qt's own rendering
(checked pixel by pixel against ``QTextLine.draw`` at 60 px).
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QRawFont,
    QTextLayout,
    QTextLine,
)

_ANTIALIAS = QRawFont.AntialiasingType.PixelAntialiasing
_PREMULTIPLIED = QImage.Format.Format_ARGB32_Premultiplied


class GlyphAtlas:
    """Coloured glyph images by (font, size, glyph, colour), least recently used dropped past ``budget``."""

    def __init__(self, budget: int = 32 << 20):
        self.budget = budget
        self._images: OrderedDict[tuple, tuple[QImage | None, int, int]] = OrderedDict()
        self._bytes = 0
        self._fonts: dict[tuple, QRawFont] = {}

    def clear(self) -> None:
        self._images.clear()
        self._fonts.clear()
        self._bytes = 0

    def _scaled(self, raw: QRawFont, dpr: float) -> tuple[tuple, QRawFont]:
        key = (raw.familyName(), raw.styleName(), raw.weight(), raw.style().value, raw.pixelSize(), dpr)
        font = self._fonts.get(key)
        if font is None:
            font = QRawFont(raw)
            if dpr != 1:
                font.setPixelSize(raw.pixelSize() * dpr)
            self._fonts[key] = font
        return key, font

    def _glyph(self, font_key: tuple, raw: QRawFont, index: int, rgba: int, dpr: float
               ) -> tuple[QImage | None, int, int]:
        key = (font_key, index, rgba)
        hit = self._images.get(key)
        if hit is not None:
            self._images.move_to_end(key)
            return hit
        alpha = raw.alphaMapForGlyph(index, _ANTIALIAS)
        if alpha.isNull() or alpha.width() == 0 or alpha.height() == 0:
            entry = (None, 0, 0)
        else:
            image = QImage(alpha.size(), _PREMULTIPLIED)
            image.fill(QColor.fromRgba(rgba))
            image.setAlphaChannel(alpha)
            image.setDevicePixelRatio(dpr)
            box = raw.boundingRect(index)
            entry = (image, math.floor(box.left()), math.floor(box.top()))
            self._bytes += image.sizeInBytes()
        self._images[key] = entry
        while self._bytes > self.budget and len(self._images) > 1:
            _, (old, _x, _y) = self._images.popitem(last=False)
            if old is not None:
                self._bytes -= old.sizeInBytes()
        return entry

    def draw_runs(self, painter: QPainter, runs, origin: QPointF, colour: QColor, dpr: float = 1.0) -> None:
        """Draw ``QGlyphRun``s (positions relative to ``origin``) in ``colour``; the painter's device may
        have a device pixel ratio ``dpr``, glyphs are then rasterised at the physical size."""
        rgba = colour.rgba()
        ox, oy = origin.x() * dpr, origin.y() * dpr
        for run in runs:
            font_key, raw = self._scaled(run.rawFont(), dpr)
            for index, pos in zip(run.glyphIndexes(), run.positions()):
                image, dx, dy = self._glyph(font_key, raw, index, rgba, dpr)
                if image is None:
                    continue
                x = round(ox + pos.x() * dpr) + dx
                y = round(oy + pos.y() * dpr) + dy
                if dpr == 1:
                    painter.drawImage(x, y, image)
                else:
                    painter.drawImage(QPointF(x / dpr, y / dpr), image)

    def draw_line(self, painter: QPainter, line: QTextLine, origin: QPointF, colour: QColor,
                  ranges: list[tuple[int, int, QColor]] = (), dpr: float = 1.0) -> None:
        """Draw one laid-out line; ``ranges`` (start, end, colour) in layout characters recolour parts."""
        start, end = line.textStart(), line.textStart() + line.textLength()
        pos = start
        for r_start, r_end, r_colour in sorted(ranges, key=lambda r: r[0]):
            a, b = max(r_start, start), min(r_end, end)
            if a >= b:
                continue
            if a > pos:
                self.draw_runs(painter, line.glyphRuns(pos, a - pos), origin, colour, dpr)
            self.draw_runs(painter, line.glyphRuns(a, b - a), origin, r_colour, dpr)
            pos = b
        if pos < end:
            self.draw_runs(painter, line.glyphRuns(pos, end - pos), origin, colour, dpr)

    def draw_text(self, painter: QPainter, text: str, font: QFont, colour: QColor, x: float, top: float,
                  dpr: float = 1.0) -> None:
        """Draw ``text`` on one line with its top at ``top``."""
        layout = single_line(text, font)
        self.draw_runs(painter, layout.lineAt(0).glyphRuns(), QPointF(x, top), colour, dpr)


def single_line(text: str, font: QFont) -> QTextLayout:
    """``text`` laid out on one unbroken line at (0, 0)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e7)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout

