"""The 包邮 map: 31 province tiles in a rough map layout, coloured by margin; click or arrow keys select."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .. import formats
from . import plan_export, words

# (row, column) of each province (GB/T 2260 code): west to east, north to south, 8 rows × 7 columns.
LAYOUT = {
    "230000": (0, 6),
    "150000": (1, 3), "110000": (1, 4), "210000": (1, 5), "220000": (1, 6),
    "650000": (2, 0), "620000": (2, 1), "640000": (2, 2), "140000": (2, 3), "130000": (2, 4), "120000": (2, 5),
    "630000": (3, 1), "610000": (3, 2), "410000": (3, 3), "370000": (3, 4),
    "540000": (4, 0), "510000": (4, 1), "500000": (4, 2), "420000": (4, 3), "340000": (4, 4), "320000": (4, 5),
    "310000": (4, 6),
    "530000": (5, 1), "520000": (5, 2), "430000": (5, 3), "360000": (5, 4), "330000": (5, 5),
    "450000": (6, 2), "440000": (6, 3), "350000": (6, 4),
    "460000": (7, 3),
}
ROWS, COLUMNS = 8, 7
GAP = 3
NAME_SHRINK = 0.6  # the smallest a province name is drawn to fit its tile, of the widget's font
TEXT_COLOR = QColor("#ffffff")  # on the metrics colours (red, amber, green, grey): contrast above 4.5:1


class ProvinceGrid(QWidget):
    """Tiles show the short province name and the margin; ``selected`` says which province was picked."""

    selected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("provinceGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plans: dict[str, object] = {}
        self.target_fen = 0
        self.current: str | None = None

    # --- data -------------------------------------------------------------------------------------
    def set_plans(self, plans: list, target_fen: int) -> None:
        self.plans = {plan.province.code: plan for plan in plans}
        self.target_fen = target_fen
        if self.current not in self.plans:
            self.current = None
        self.update()

    def set_current(self, code: str | None) -> None:
        if code != self.current:
            self.current = code
            self.update()

    def color_of(self, code: str) -> str:
        plan = self.plans.get(code)
        if plan is None:
            return words.margin_color(None, 0, False)
        margin = plan.best.margin_fen if plan.best is not None else None
        return words.margin_color(margin, self.target_fen, plan.policy != "not_delivered")

    def tile_text(self, code: str) -> tuple[str, str]:
        plan = self.plans.get(code)
        if plan is None:
            return "", ""
        margin = plan.best.margin_fen if plan.best is not None and plan.policy != "not_delivered" else None
        return words.province_name(plan.province, short=True), formats.money(margin, symbol=False)

    def tooltip(self, code: str) -> str:
        plan = self.plans.get(code)
        if plan is None:
            return ""
        lines = [words.province_name(plan.province), plan_export.policy_text(plan)]
        if plan.best is not None:
            lines.append(self.tr("Margin %1, break-even price %2")
                         .replace("%1", formats.money(plan.best.margin_fen))
                         .replace("%2", formats.money(plan.best.break_even_fen)))
        reason = plan_export.reason_text(plan)
        if reason:
            lines.append(reason)
        return "\n".join(lines)

    # --- geometry ---------------------------------------------------------------------------------
    def _tile_size(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("\u9ed1\u9f99\u6c5f") + 10, metrics.lineSpacing() * 2 + 8)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        tile = self._tile_size()
        return QSize(COLUMNS * (tile.width() + GAP), ROWS * (tile.height() + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        tile = self._tile_size()
        return QSize(COLUMNS * (tile.width() // 2 + GAP), ROWS * (self.fontMetrics().lineSpacing() + 4 + GAP))

    def tile_rect(self, code: str) -> QRect:
        row, column = LAYOUT[code]
        width = (self.width() - GAP) // COLUMNS
        height = (self.height() - GAP) // ROWS
        height = min(height, max(width, self.fontMetrics().lineSpacing() * 3))  # no tall thin tiles
        left = (self.width() - width * COLUMNS) // 2
        return QRect(left + column * width + GAP, row * height + GAP, width - GAP, height - GAP)

    def code_at(self, point: QPoint) -> str | None:
        return next((code for code in LAYOUT if self.tile_rect(code).contains(point)), None)

    # --- painting and input -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for code in LAYOUT:
            rect = self.tile_rect(code)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.color_of(code)))
            painter.drawRoundedRect(rect, 4, 4)
            name, margin = self.tile_text(code)
            painter.setPen(TEXT_COLOR)
            self._draw_texts(painter, metrics, rect.adjusted(2, 1, -2, -1), name, margin)
            if code == self.current:
                pen = QPen(highlight if not self.hasFocus() else self.palette().color(QPalette.ColorRole.Text), 3)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    @staticmethod
    def _draw_texts(painter, metrics, inner: QRect, name: str, margin: str) -> None:
        """The name above the margin, packed by the glyphs' own height (CJK fonts have tall line boxes);
        the name alone when both do not fit. A name wider than the tile (Heilongjiang, Inner Mongolia) is
        drawn smaller, down to NAME_SHRINK of the font, and only then cut short."""
        font = painter.font()
        name_font, name_metrics = font, metrics

        def fits(measure: QFontMetrics) -> bool:  # as elidedText judges it (side bearings included)
            return measure.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()) == name

        if not fits(metrics):
            name_font = QFont(font)
            wide = max(1, metrics.horizontalAdvance(name))
            size, smallest = font.pointSizeF() * inner.width() / wide, font.pointSizeF() * NAME_SHRINK
            while True:  # glyph widths do not scale exactly with the size: step down until it fits
                name_font.setPointSizeF(max(size, smallest))
                name_metrics = QFontMetrics(name_font)
                if size <= smallest or fits(name_metrics):
                    break
                size -= 0.25
        name = name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner.width())
        margin = metrics.elidedText(margin, Qt.TextElideMode.ElideRight, inner.width())
        top, bottom = name_metrics.tightBoundingRect(name), metrics.tightBoundingRect(margin or "0")
        gap = max(2, metrics.height() // 8)
        total = top.height() + gap + bottom.height()
        painter.setFont(name_font)
        if total > inner.height() or not margin:
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, name)
            painter.setFont(font)
            return
        y = inner.top() + (inner.height() - total) // 2
        for text, box, shown, measure in ((name, top, name_font, name_metrics), (margin, bottom, font, metrics)):
            painter.setFont(shown)
            x = inner.left() + (inner.width() - measure.horizontalAdvance(text)) // 2
            painter.drawText(QPoint(x, y - box.top()), text)
            y += box.height() + gap
        painter.setFont(font)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        code = self.code_at(event.position().toPoint())
        if code is not None:
            self.pick(code)

    def pick(self, code: str) -> None:
        """Make ``code`` current and say so (what a click or an arrow key does)."""
        self.set_current(code)
        self.selected.emit(code)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        step = steps.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        if self.current is None:
            self.pick(next(iter(LAYOUT)))
            return
        target = self.neighbour(self.current, *step)
        if target is not None:
            self.pick(target)

    @staticmethod
    def neighbour(code: str, d_row: int, d_col: int) -> str | None:
        """The nearest tile in a direction (straight ahead first, then the closest beside that line)."""
        row, column = LAYOUT[code]
        best, best_cost = None, None
        for other, (r, c) in LAYOUT.items():
            ahead = (r - row) * d_row + (c - column) * d_col
            if other == code or ahead <= 0:
                continue
            aside = abs((r - row) * d_col) + abs((c - column) * d_row)
            cost = (ahead + 2 * aside, aside)
            if best_cost is None or cost < best_cost:
                best, best_cost = other, cost
        return best

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            code = self.code_at(event.pos())
            if code is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(code), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
