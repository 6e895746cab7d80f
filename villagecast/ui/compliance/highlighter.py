"""Findings marked in the script editor: block = red wavy underline on light red, warn = amber.

The highlighter knows spans in document positions (``Span``); ``set_spans`` re-highlights only the
blocks whose marks changed, so rescanning on every keystroke costs little.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from .. import metrics

BACKGROUND_ALPHA = 40  # of 255: the severity colour as a light wash behind the wording


@dataclass(frozen=True)
class Span:
    """One marked wording: document positions ``start``..``end`` and its finding."""

    start: int
    end: int
    severity: str
    finding: object = None

    @property
    def key(self) -> tuple[int, int, str]:
        return self.start, self.end, self.severity


def finding_format(severity: str) -> QTextCharFormat:
    """The character format of a finding of ``severity`` (colours from ``metrics``)."""
    color = QColor(metrics.DANGER_COLOR if severity == "block" else metrics.WARNING_COLOR)
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(color)
    wash = QColor(color)
    wash.setAlpha(BACKGROUND_ALPHA)
    fmt.setBackground(wash)
    return fmt


class FindingHighlighter(QSyntaxHighlighter):
    """Marks ``spans`` (sorted, document positions) in ``document``."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.spans: list[Span] = []
        self._starts: list[int] = []
        self._formats = {"block": finding_format("block"), "warn": finding_format("warn")}

    def set_spans(self, spans: list[Span]) -> None:
        """Show ``spans``; blocks whose marks did not change are left alone."""
        old = {s.key for s in self.spans}
        new = {s.key for s in spans}
        self._store(spans)
        changed = old ^ new
        doc = self.document()
        if not changed or doc is None:
            return
        done = set()
        for start, end, _severity in changed:
            block = doc.findBlock(start)
            while block.isValid() and block.position() < max(end, start + 1):
                if block.blockNumber() not in done:
                    done.add(block.blockNumber())
                    self.rehighlightBlock(block)
                block = block.next()

    def shift(self, position: int, removed: int, added: int) -> None:
        """Follow an edit before the next scan: later marks move, marks the edit touched are dropped."""
        if not self.spans or removed == added == 0:
            return
        delta, end = added - removed, position + removed
        kept = []
        for s in self.spans:
            if s.end <= position:
                kept.append(s)
            elif s.start >= end:
                kept.append(Span(s.start + delta, s.end + delta, s.severity, s.finding))
        self._store(kept)

    def span_at(self, position: int) -> Span | None:
        """The mark covering the character at ``position``."""
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0 and self.spans[i].start <= position < self.spans[i].end:
            return self.spans[i]
        return None

    def _store(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.spans]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1  # UTF-16 units, as positions are (``text`` counts code points)
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        for s in self.spans[i:]:
            if s.start >= end:
                break
            if s.end <= start:
                continue
            a, b = max(s.start, start), min(s.end, end)
            self.setFormat(a - start, b - a, self._formats.get(s.severity, self._formats["warn"]))
