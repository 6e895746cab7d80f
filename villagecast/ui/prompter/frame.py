"""Paints one prompter frame: everything textual is a cached image, a frame is a few opaque blits.

Lines are rendered once (``GlyphAtlas``) into opaque images of the text column, already mirrored when the
style mirrors, and kept in a byte-capped LRU; headers, the overlay bar, the status strip and the SOLD OUT
banner are cached by their content. A frame fills the background, blits the visible line images at
integer rows (``round(offset)``: at most half a pixel from the ideal) and draws the reading-line marker.
Mirroring maps each image's rectangle instead of transforming the painter, so it costs nothing per frame.
In a rehearsal a paragraph carries the scanner's findings (``Paragraph.findings``, found at layout time):
the line image draws that wording in the scheme's ``finding`` colour over a bar of it, so it is cached
with the line and costs nothing per frame either.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPolygonF

from .glyphs import GlyphAtlas
from .layout import ScriptLayout
from .style import DANGER, PrompterStyle

_OPAQUE = QImage.Format.Format_RGB32
_ALPHA = QImage.Format.Format_ARGB32_Premultiplied


@dataclass
class Frame:
    """What one frame shows (built by the view)."""

    width: int
    height: int
    dpr: float
    style: PrompterStyle
    layout: ScriptLayout | None
    offset: float
    reading_y: int
    margin: int
    blank: bool = False
    headers: list = field(default_factory=list)  # per segment: [(text, colour), …]
    sold_out: list = field(default_factory=list)  # per segment: bool
    overlay: list = field(default_factory=list)  # [(role, text, colour, background|None), …]
    status: tuple = ("", "")  # (left, right) texts of the bottom strip
    banner: str = ""  # SOLD OUT across the current segment, "" for none
    header_font: QFont | None = None
    overlay_font: QFont | None = None
    status_font: QFont | None = None


class FramePainter:
    """Owns the image caches; ``paint`` draws a ``Frame``."""

    def __init__(self, line_budget: int = 96 << 20):
        self.atlas = GlyphAtlas()
        self.line_budget = line_budget
        self._lines: OrderedDict[tuple, QImage] = OrderedDict()
        self._line_bytes = 0
        self._misc: dict[str, tuple[tuple, QImage]] = {}
        self.lines_rendered = 0  # for tests and the benchmark

    def clear(self) -> None:
        self._lines.clear()
        self._misc.clear()
        self._line_bytes = 0
        self.atlas.clear()

    # images ------------------------------------------------------------------------------------------
    def line_image(self, f: Frame, k: int) -> QImage:
        layout, style = f.layout, f.style
        line = layout.lines[k]
        sold = bool(f.sold_out and f.sold_out[line.segment])
        key = (line.para.serial, line.index, layout.pitch, layout.width, style.scheme, sold, f.dpr,
               style.mirror_h, style.mirror_v)
        image = self._lines.get(key)
        if image is not None:
            self._lines.move_to_end(key)
            return image
        colours = style.colours
        image = QImage(math.ceil(layout.width * f.dpr), math.ceil(layout.pitch * f.dpr), _OPAQUE)
        image.setDevicePixelRatio(f.dpr)
        image.fill(QColor(colours.background))
        if line.para.layout.lineCount() > line.index:
            painter = QPainter(image)
            text = QColor(colours.muted if sold else colours.text)
            field_colour = QColor(colours.muted if sold else colours.field)
            ranges = [(s, e, field_colour) for s, e, _name in line.para.fields]
            findings = _merged(line.para.findings)
            if findings:
                finding_colour = QColor(colours.muted if sold else colours.finding)
                ranges = _around(ranges, findings) + [(s, e, finding_colour) for s, e in findings]
            top = round((layout.pitch - layout.text_height) / 2)
            text_line = line.para.layout.lineAt(line.index)
            self.atlas.draw_line(painter, text_line, QPointF(0, top), text, ranges, f.dpr)
            if findings:
                _underline(painter, text_line, top, findings, finding_colour, layout.font.pixelSize())
            painter.end()
        image = _flipped(image, style)
        self._lines[key] = image
        self._line_bytes += image.sizeInBytes()
        self.lines_rendered += 1
        while self._line_bytes > self.line_budget and len(self._lines) > 1:
            _, old = self._lines.popitem(last=False)
            self._line_bytes -= old.sizeInBytes()
        return image

    def _cached(self, name: str, key: tuple, build) -> QImage:
        hit = self._misc.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        image = build()
        self._misc[name] = (key, image)
        return image

    def _text_image(self, f: Frame, pieces, font: QFont, width: int, background: str | None,
                    pad: float = 0.0) -> QImage:
        metrics = QFontMetricsF(font)
        height = math.ceil(metrics.height() + 2 * pad)
        image = QImage(math.ceil(width * f.dpr), math.ceil(height * f.dpr), _ALPHA if background is None else _OPAQUE)
        image.setDevicePixelRatio(f.dpr)
        image.fill(QColor(background) if background else Qt.GlobalColor.transparent)
        painter = QPainter(image)
        x = pad
        for text, colour in pieces:
            self.atlas.draw_text(painter, text, font, QColor(colour), x, pad, f.dpr)
            x += metrics.horizontalAdvance(text)
        painter.end()
        return image

    def header_image(self, f: Frame, segment: int) -> QImage:
        pieces = _fit(tuple(f.headers[segment]), f.header_font, f.layout.width)
        key = ("header", segment, pieces, f.layout.width, f.dpr, f.style.scheme, f.style.mirror_h, f.style.mirror_v,
               f.header_font.pixelSize())
        return self._cached(f"header{segment}", key, lambda: _flipped(
            self._text_image(f, pieces, f.header_font, f.layout.width, f.style.colours.background), f.style))

    def overlay_image(self, f: Frame) -> QImage:
        key = (tuple(f.overlay), f.width, f.dpr, f.style.scheme, f.style.mirror_h, f.style.mirror_v,
               f.overlay_font.pixelSize())
        return self._cached("overlay", key, lambda: _flipped(self._overlay(f), f.style))

    def _overlay(self, f: Frame) -> QImage:
        font, colours = f.overlay_font, f.style.colours
        metrics = QFontMetricsF(font)
        pad, gap = font.pixelSize() * 0.45, font.pixelSize() * 1.1
        row_h = metrics.height() + pad
        rows, x, y = [], pad, pad  # flow the items left to right, wrapping at the width
        for role, text, colour, background in f.overlay:
            w = metrics.horizontalAdvance(text) + (pad if background else 0)
            if x > pad and x + w > f.width - pad:
                x, y = pad, y + row_h
            rows.append((x, y, w, text, colour, background))
            x += w + gap
        height = math.ceil(y + row_h + pad * 0.5)
        image = QImage(math.ceil(f.width * f.dpr), math.ceil(height * f.dpr), _OPAQUE)
        image.setDevicePixelRatio(f.dpr)
        image.fill(QColor(colours.panel))
        painter = QPainter(image)
        for x, y, w, text, colour, background in rows:
            inset = 0
            if background:
                painter.fillRect(QRectF(x, y - pad * 0.25, w, metrics.height() + pad * 0.5), QColor(background))
                inset = pad / 2
            self.atlas.draw_text(painter, text, font, QColor(colour), x + inset, y, f.dpr)
        painter.end()
        return image

    def status_image(self, f: Frame) -> QImage:
        key = (f.status, f.width, f.dpr, f.style.scheme, f.style.mirror_h, f.style.mirror_v, f.status_font.pixelSize())

        def build():
            font = f.status_font
            metrics = QFontMetricsF(font)
            pad = font.pixelSize() * 0.4
            image = QImage(math.ceil(f.width * f.dpr), math.ceil((metrics.height() + 2 * pad) * f.dpr), _OPAQUE)
            image.setDevicePixelRatio(f.dpr)
            image.fill(QColor(f.style.colours.background))
            painter = QPainter(image)
            muted = QColor(f.style.colours.muted)
            left, right = f.status
            self.atlas.draw_text(painter, left, font, muted, pad, pad, f.dpr)
            self.atlas.draw_text(painter, right, font, muted, f.width - pad - metrics.horizontalAdvance(right), pad, f.dpr)
            painter.end()
            return _flipped(image, f.style)

        return self._cached("status", key, build)

    def banner_image(self, f: Frame) -> QImage:
        font = f.overlay_font
        key = (f.banner, f.width, f.dpr, f.style.mirror_h, f.style.mirror_v, font.pixelSize())

        def build():
            metrics = QFontMetricsF(font)
            pad = font.pixelSize() * 0.35
            image = QImage(math.ceil(f.width * f.dpr), math.ceil((metrics.height() + 2 * pad) * f.dpr), _OPAQUE)
            image.setDevicePixelRatio(f.dpr)
            image.fill(QColor(DANGER))
            painter = QPainter(image)
            x = max(pad, (f.width - metrics.horizontalAdvance(f.banner)) / 2)
            self.atlas.draw_text(painter, f.banner, font, QColor("#ffffff"), x, pad, f.dpr)
            painter.end()
            return _flipped(image, f.style)

        return self._cached("banner", key, build)

    # the frame ---------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, f: Frame) -> int:
        """Draw ``f``; returns the document y painted at the top of the frame (integer)."""
        colours = f.style.colours
        painter.fillRect(QRectF(0, 0, f.width, f.height), QColor("#000000") if f.blank else QColor(colours.background))
        top = round(f.offset) - f.reading_y
        if f.blank or f.layout is None:
            return top
        layout = f.layout
        blit = _Blitter(painter, f)
        if layout.lines:
            k = max(0, layout.line_at(top) - 1)
            while k < len(layout.lines) and layout.lines[k].y < top + f.height:
                if layout.lines[k].y + layout.pitch > top:
                    blit(self.line_image(f, k), f.margin, layout.lines[k].y - top)
                k += 1
        if layout.headers:
            for s, hy in enumerate(layout.header_y):
                if hy + layout.header_height > top and hy < top + f.height:
                    image = self.header_image(f, s)
                    blit(image, f.margin, hy - top + round((layout.header_height - image.height() / f.dpr) / 2))
        self._marker(blit, f, layout.pitch)
        bottom = f.height
        if any(f.status):
            s = self.status_image(f)
            bottom -= s.height() / f.dpr
            blit(s, 0, bottom)
        if f.banner:
            b = self.banner_image(f)
            blit(b, 0, min(f.reading_y + layout.pitch * 1.15, bottom - b.height() / f.dpr))
        if f.overlay:
            blit(self.overlay_image(f), 0, 0)
        return top

    def _marker(self, blit, f: Frame, pitch: int) -> None:
        """Arrows in both margins pointing at the reading band (images, so mirroring is exact)."""
        size = max(6.0, min(f.margin * 0.45, pitch * 0.32))
        key = (round(size * f.dpr), f.style.colours.marker, f.dpr, f.style.mirror_h, f.style.mirror_v)

        def build(side: str):
            w, h = math.ceil(size * 1.3), math.ceil(size * 2)
            image = QImage(math.ceil(w * f.dpr), math.ceil(h * f.dpr), _ALPHA)
            image.setDevicePixelRatio(f.dpr)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(f.style.colours.marker))
            painter.drawPolygon(QPolygonF([QPointF(0, 0), QPointF(w, h / 2), QPointF(0, h)]))
            painter.end()
            if side == "right":
                image = image.flipped(Qt.Orientation.Horizontal)
            return _flipped(image, f.style)

        left = self._cached("marker_left", key, lambda: build("left"))
        right = self._cached("marker_right", key, lambda: build("right"))
        w, h = left.width() / f.dpr, left.height() / f.dpr
        x0 = max(2, round(f.margin - w - 4))
        y = round(f.reading_y + pitch / 2 - h / 2)
        blit(left, x0, y)
        blit(right, f.width - x0 - w, y)


class _Blitter:
    """Draws an image at (x, y) of the unmirrored frame, at the mirrored place when the style mirrors."""

    def __init__(self, painter: QPainter, f: Frame):
        self.painter, self.f = painter, f

    def __call__(self, image: QImage, x: float, y: float) -> None:
        f = self.f
        w, h = image.width() / f.dpr, image.height() / f.dpr
        if f.style.mirror_h:
            x = f.width - x - w
        if f.style.mirror_v:
            y = f.height - y - h
        if f.dpr == 1:
            self.painter.drawImage(round(x), round(y), image)
        else:
            self.painter.drawImage(QPointF(round(x * f.dpr) / f.dpr, round(y * f.dpr) / f.dpr), image)


def _merged(findings) -> list[tuple[int, int]]:
    """Finding spans (start, end, severity) as sorted, non-overlapping (start, end)."""
    out: list[list[int]] = []
    for start, end, _severity in sorted(findings):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def _around(ranges: list, findings: list[tuple[int, int]]) -> list:
    """Colour ranges with the parts under a finding cut out (the finding's colour wins)."""
    out = []
    for start, end, colour in ranges:
        pos = start
        for a, b in findings:
            if b <= pos or a >= end:
                continue
            if a > pos:
                out.append((pos, a, colour))
            pos = max(pos, b)
        if pos < end:
            out.append((pos, end, colour))
    return out


def _underline(painter: QPainter, line, top: float, findings, colour: QColor, font_px: int) -> None:
    """A bar under each finding of ``line`` (so the mark does not rest on colour alone)."""
    first, last = line.textStart(), line.textStart() + line.textLength()
    thick = max(2.0, font_px * 0.06)
    y = top + line.ascent() + line.descent() * 0.5
    for a, b in findings:
        a, b = max(a, first), min(b, last)
        if a < b:
            x0, x1 = line.cursorToX(a)[0], line.cursorToX(b)[0]
            painter.fillRect(QRectF(min(x0, x1), y, abs(x1 - x0), thick), colour)


def _fit(pieces: tuple, font: QFont, width: float) -> tuple:
    """Header pieces shortened (the first one elided) so they fit ``width``."""
    metrics = QFontMetricsF(font)
    rest = sum(metrics.horizontalAdvance(text) for text, _colour in pieces[1:])
    first, colour = pieces[0]
    if metrics.horizontalAdvance(first) + rest <= width:
        return pieces
    room = max(metrics.horizontalAdvance("…"), width - rest)
    return ((metrics.elidedText(first, Qt.TextElideMode.ElideRight, room), colour),) + pieces[1:]


def _flipped(image: QImage, style: PrompterStyle) -> QImage:
    if not (style.mirror_h or style.mirror_v):
        return image
    orientation = Qt.Orientation(0)
    if style.mirror_h:
        orientation |= Qt.Orientation.Horizontal
    if style.mirror_v:
        orientation |= Qt.Orientation.Vertical
    return image.flipped(orientation)

