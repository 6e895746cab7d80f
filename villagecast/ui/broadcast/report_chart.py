"""A bar chart of units sold per product, painted with QPainter: product names on the left, one bar each (longest =
most sold), the count at its end. Sizes follow the UI font; colours come from ``metrics``."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import metrics

MAX_BARS = 20  # as the PDF
TRACK_ALPHA = 45  # the bar colour as a pale wash behind each bar


class UnitsChart(QWidget):
    """``set_products(report.products)``; ``bars()`` gives (sku, units, bar rectangle) as painted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unitsChart")
        self.products: list = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Units sold per product"))
        self.setToolTip(self._summary())
        self._fit()

    def set_products(self, products) -> None:
        """Products sold (most first; at most ``MAX_BARS``); unsold ones are left out."""
        self.products = sorted((p for p in products if p.units > 0), key=lambda p: (-p.units, p.sku))[:MAX_BARS]
        self.setToolTip(self._summary())
        self._fit()

    def _fit(self) -> None:
        self.setMinimumHeight(self.sizeHint().height())  # a scroll area would squeeze it otherwise
        self.updateGeometry()
        self.update()

    def _summary(self) -> str:
        return "\n".join(f"{p.name or p.sku}: {p.units}" for p in self.products)

    # --- geometry ---------------------------------------------------------------------------------
    def _row(self) -> int:
        return round(self.fontMetrics().height() * 1.7)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance("\u4e2d") * 30, self._row() * max(len(self.products), 1) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("\u4e2d") * 12, self.sizeHint().height())

    def _columns(self) -> tuple[int, int, int]:
        """x of the bars, their full width, the width of the count at the right."""
        fm = self.fontMetrics()
        width = self.width()
        label_w = min(fm.horizontalAdvance("\u4e2d") * 12, width // 3)
        value_w = fm.horizontalAdvance("0000") + fm.horizontalAdvance("\u4e2d")
        return label_w, max(width - label_w - value_w, 1), value_w

    def bars(self) -> list[tuple[str, int, QRect]]:
        """Every bar as painted: (sku, units, its rectangle in widget pixels)."""
        if not self.products:
            return []
        top = max(p.units for p in self.products)
        x, area, _value_w = self._columns()
        row = self._row()
        height = max(round(row * 0.62), 4)
        out = []
        for n, p in enumerate(self.products):
            y = 4 + n * row + (row - height) // 2
            out.append((p.sku, p.units, QRect(x, y, max(round(area * p.units / top), 1), height)))
        return out

    def track(self, n: int) -> QRect:
        """The full-length background of bar ``n``."""
        x, area, _value_w = self._columns()
        bar = self.bars()[n][2]
        return QRect(x, bar.y(), area, bar.height())

    # --- painting -----------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        fm = self.fontMetrics()
        color = QColor(metrics.OK_COLOR)
        wash = QColor(color)
        wash.setAlpha(TRACK_ALPHA)
        if not self.products:
            p.setPen(QColor(metrics.MUTED_COLOR))
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       self.tr("Nothing was sold."))
            p.end()
            return
        x, area, value_w = self._columns()
        text = self.palette().color(self.foregroundRole())
        row = self._row()
        for n, (sku, units, bar) in enumerate(self.bars()):
            product = self.products[n]
            line = QRect(0, 4 + n * row, x - fm.horizontalAdvance("\u4e2d") // 2, row)
            p.setPen(text)
            p.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       fm.elidedText(product.name or sku, Qt.TextElideMode.ElideRight, line.width()))
            p.fillRect(QRect(x, bar.y(), area, bar.height()), wash)
            p.fillRect(bar, color)
            p.drawText(QRect(x + area, 4 + n * row, value_w, row),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(units))
        p.end()
