"""The only module that makes icons. Drawn in code, so nothing depends on a platform icon theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from . import metrics


@lru_cache(maxsize=1)
def warning_icon() -> QIcon:
    """A small amber warning triangle with an exclamation mark."""
    size = 32
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(metrics.WARNING_COLOR).darker(130), 1.5))
    p.setBrush(QColor("#f59e0b"))
    p.drawPolygon(QPolygonF([QPointF(size / 2, 2), QPointF(size - 2, size - 3), QPointF(2, size - 3)]))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.6))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(pix.rect().adjusted(0, 5, 0, 0), Qt.AlignmentFlag.AlignCenter, "!")
    p.end()
    return QIcon(pix)
