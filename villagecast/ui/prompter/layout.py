"""The script laid out once per (font, width, spacing): lines with document y, and the position maps.

Document coordinates are pixels from the top of the script. ``offset`` is the document y at the reading
line; the line "on the reading line" is the last one whose top is at or above it. Each line owns the
strip from its top to the next line's top (gaps and the next segment's header included), so
``position(offset)`` = (segment, first character of that line, fraction of the strip) and
``offset_for`` is its exact inverse. ``px_per_char`` is the scroll length over the characters, so a
script of N characters scrolls through in N / speed minutes at any font or width.

Each paragraph is one ``QTextLayout``; a changed segment lays out again only the paragraphs whose text or
fields changed, then every y is recomputed (a cheap pass over the lines).

``marks`` (optional, for rehearsals) is called once per segment whenever the segment is laid out:
``marks(index, plain_text)`` returns the compliance findings as (start, end, severity) in the segment's
text; each paragraph keeps its share as ``findings`` (paragraph-relative, like ``fields``), so nothing is
scanned while frames are painted.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from .document import PrompterDocument

_serials = itertools.count(1)
_OPTION = QTextOption()
_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


class Paragraph:
    """One paragraph of one segment: its text, live-field and finding spans (paragraph-relative), layout."""

    __slots__ = ("chars", "count", "fields", "findings", "layout", "segment", "serial", "start", "text", "y")

    def __init__(self, segment: int, start: int, text: str, fields: tuple, font: QFont, width: float,
                 findings: tuple = ()):
        self.segment, self.start, self.text, self.fields, self.findings = segment, start, text, fields, findings
        self.serial = next(_serials)  # identifies this layout in the line-image cache
        self.layout = QTextLayout(text, font)
        self.layout.setTextOption(_OPTION)
        self.layout.setCacheEnabled(True)
        self.layout.beginLayout()
        count = 0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, 0))
            count += 1
        self.layout.endLayout()
        self.count = max(1, count)
        self.chars = sum(1 for c in text if not c.isspace())
        self.y = 0


class Line:
    __slots__ = ("index", "length", "para", "segment", "start", "y")

    def __init__(self, segment, para, index, y, start, length):
        self.segment, self.para, self.index, self.y, self.start, self.length = (
            segment, para, index, y, start, length)


class ScriptLayout:
    """Lines and headers of a whole document for one font, text width and spacing."""

    def __init__(self, document: PrompterDocument, font: QFont, width: int, spacing: float, headers: bool,
                 header_font: QFont, marks: Callable[[int, str], Iterable[tuple]] | None = None):
        self.document, self.font, self.width, self.headers = document, font, max(1, int(width)), headers
        self.marks = marks
        metrics = QFontMetricsF(font)
        self.pitch = max(1, round(metrics.lineSpacing() * spacing))
        self.text_height = metrics.height()
        self.para_gap = round(self.pitch * 0.3)
        self.segment_gap = round(self.pitch * 0.7)
        self.header_height = round(QFontMetricsF(header_font).lineSpacing() * 1.5) if headers else 0
        self.capacity = max(1, int(self.width // max(1.0, metrics.horizontalAdvance("中"))))
        self.paragraphs: list[list[Paragraph]] = [self._paragraphs(i) for i in range(len(document))]
        self._place()

    def _paragraphs(self, i: int, old: list[Paragraph] = ()) -> list[Paragraph]:
        segment = self.document[i]
        spans = segment.field_spans()
        plain = segment.plain
        found = [(s, e, sev) for s, e, sev in self.marks(i, plain)] if self.marks is not None else []
        reuse = {(p.text, p.fields, p.findings): p for p in old}
        out, pos = [], 0
        for text in plain.split("\n"):
            end = pos + len(text)
            fields = _clip(spans, pos, end)
            findings = _clip(found, pos, end) if found else ()
            para = reuse.pop((text, fields, findings), None)
            if para is None:
                para = Paragraph(i, pos, text, fields, self.font, self.width, findings)
            para.segment, para.start = i, pos
            out.append(para)
            pos = end + 1
        return out

    def relayout_segment(self, i: int) -> None:
        """Lay out segment ``i`` again after its text changed; unchanged paragraphs are kept."""
        self.paragraphs[i] = self._paragraphs(i, self.paragraphs[i])
        self._place()

    def _place(self) -> None:
        lines, header_y, first, y, chars = [], [], [], 0, 0
        for i, paras in enumerate(self.paragraphs):
            if i:
                y += self.segment_gap
            header_y.append(y)
            y += self.header_height
            first.append(len(lines))
            for k, para in enumerate(paras):
                if k:
                    y += self.para_gap
                para.y = y
                chars += para.chars
                for n in range(para.count):
                    line = para.layout.lineAt(n) if n < para.layout.lineCount() else None
                    start = para.start + (line.textStart() if line else 0)
                    lines.append(Line(i, para, n, y, start, line.textLength() if line else 0))
                    y += self.pitch
        self.lines, self.header_y, self.first_line = lines, header_y, first
        self.tops = [line.y for line in lines]
        self.height = y
        self.chars = chars
        self.start = float(lines[0].y) if lines else 0.0
        self.end = float(lines[-1].y + self.pitch) if lines else 0.0
        self.px_per_char = (self.end - self.start) / max(chars, self.capacity) if lines else 0.0

    # position maps -----------------------------------------------------------------------------------
    def line_at(self, offset: float) -> int:
        """Index of the line on the reading line at ``offset`` (clamped to the script)."""
        return max(0, min(len(self.lines) - 1, bisect.bisect_right(self.tops, offset) - 1))

    def strip(self, k: int) -> int:
        return self.lines[k + 1].y - self.lines[k].y if k + 1 < len(self.lines) else self.pitch

    def position(self, offset: float) -> tuple[int, int, float]:
        if not self.lines:
            return (0, 0, 0.0)
        offset = min(max(offset, self.start), self.end)
        k = self.line_at(offset)
        line = self.lines[k]
        fraction = (offset - line.y) / self.strip(k)
        return (line.segment, line.start, min(max(fraction, 0.0), 1.0))

    def offset_for(self, segment: int, char: int, fraction: float = 0.0) -> float:
        """The offset that puts the line holding character ``char`` of ``segment`` on the reading line,
        ``fraction`` of its strip past it."""
        if not self.lines:
            return 0.0
        segment = max(0, min(len(self.paragraphs) - 1, int(segment)))
        k = first = self.first_line[segment]
        last = self.first_line[segment + 1] if segment + 1 < len(self.first_line) else len(self.lines)
        while k + 1 < last and self.lines[k + 1].start <= char:
            k += 1
        k = max(first, k)
        return min(self.lines[k].y + min(max(float(fraction), 0.0), 1.0) * self.strip(k), self.end)

    def segment_start(self, segment: int) -> float:
        return self.offset_for(segment, 0, 0.0)

    def segment_range(self, segment: int) -> tuple[int, int]:
        """Document y from the segment's header to the bottom of its last line."""
        nxt = self.first_line[segment + 1] if segment + 1 < len(self.first_line) else len(self.lines)
        return self.header_y[segment], self.lines[nxt - 1].y + self.pitch


def _clip(spans, start: int, end: int) -> tuple:
    """(start, end, name) spans of a segment as spans of its paragraph ``start``..``end``."""
    return tuple((max(s, start) - start, min(e, end) - start, n) for s, e, n in spans if s < end and e > start)
