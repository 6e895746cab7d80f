"""The post-show report as an A4 PDF (QPdfWriter): the show at a glance, a bar chart of units sold, then tables of
products, segments, checklist, corrections and script findings, flowing over as many pages as they need.

Pages are laid out once (``ReportDocument``: a list of blocks per page in a fixed A4 space of 0.1 mm units) and
drawn on any paint device, so ``page_image`` shows exactly what the PDF holds. Works from the command line
too (an offscreen QGuiApplication is started, as for the catalogue PDF).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from .. import broadcast_messages as words
from ..compliance_messages import category_name, describe_finding, severity_name
from ..core.broadcast.clock import clock_text
from ..core.errors import FileError, os_reason
from ..core.exchange.cards import wrap
from . import formats
from .catalogue_pdf import _family, _Measure, ensure_app

CTX = "ReportPdf"
PAGE_W, PAGE_H = 2100, 2970  # A4 in 0.1 mm
MARGIN, TOP, FOOTER = 130, 130, 150
BODY_W = PAGE_W - 2 * MARGIN
RESOLUTION = 300
INK, MUTED, RED, RULE, SHADE = (QColor("#222222"), QColor("#666666"), QColor("#C8302B"), QColor("#CCCCCC"),
                                QColor("#F3F1EC"))
BAR, BAR_BG = QColor("#3B7D4F"), QColor("#E4EEE6")
MAX_BARS = 20


# Every text ``t`` is given, declared for lupdate (a test checks the list is complete).
WORDS = (
    QT_TRANSLATE_NOOP("ReportPdf", "%1 \u00b7 post-show report \u00b7 page %2 of %3"),
    QT_TRANSLATE_NOOP("ReportPdf", "(reminder)"), QT_TRANSLATE_NOOP("ReportPdf", "Checklist"),
    QT_TRANSLATE_NOOP("ReportPdf", "Corrections"), QT_TRANSLATE_NOOP("ReportPdf", "Corrections on air"),
    QT_TRANSLATE_NOOP("ReportPdf", "Ended"), QT_TRANSLATE_NOOP("ReportPdf", "Findings (must change)"),
    QT_TRANSLATE_NOOP("ReportPdf", "Findings in the scripts used"),
    QT_TRANSLATE_NOOP("ReportPdf", "Flash-sale count-downs"), QT_TRANSLATE_NOOP("ReportPdf", "Item"),
    QT_TRANSLATE_NOOP("ReportPdf", "Kind"), QT_TRANSLATE_NOOP("ReportPdf", "Length"),
    QT_TRANSLATE_NOOP("ReportPdf", "No risky wording in the scripts used."),
    QT_TRANSLATE_NOOP("ReportPdf", "Not on air yet"), QT_TRANSLATE_NOOP("ReportPdf", "Nothing was sold."),
    QT_TRANSLATE_NOOP("ReportPdf", "On air %1 to %2 (%3)"), QT_TRANSLATE_NOOP("ReportPdf", "On air (planned %1)"),
    QT_TRANSLATE_NOOP("ReportPdf", "Planned"), QT_TRANSLATE_NOOP("ReportPdf", "Product"),
    QT_TRANSLATE_NOOP("ReportPdf", "Products"), QT_TRANSLATE_NOOP("ReportPdf", "Quantity"),
    QT_TRANSLATE_NOOP("ReportPdf", "Rehearsal"), QT_TRANSLATE_NOOP("ReportPdf", "Revenue"),
    QT_TRANSLATE_NOOP("ReportPdf", "Revenue (yuan)"), QT_TRANSLATE_NOOP("ReportPdf", "Run sheet: %1"),
    QT_TRANSLATE_NOOP("ReportPdf", "Segments"), QT_TRANSLATE_NOOP("ReportPdf", "Severity"),
    QT_TRANSLATE_NOOP("ReportPdf", "Sold"), QT_TRANSLATE_NOOP("ReportPdf", "Spent"),
    QT_TRANSLATE_NOOP("ReportPdf", "Started"), QT_TRANSLATE_NOOP("ReportPdf", "Stock left"),
    QT_TRANSLATE_NOOP("ReportPdf", "Time"), QT_TRANSLATE_NOOP("ReportPdf", "Title"),
    QT_TRANSLATE_NOOP("ReportPdf", "Total"), QT_TRANSLATE_NOOP("ReportPdf", "Units"),
    QT_TRANSLATE_NOOP("ReportPdf", "Units sold"), QT_TRANSLATE_NOOP("ReportPdf", "Units sold per product"),
    QT_TRANSLATE_NOOP("ReportPdf", "Went on air with the pre-broadcast check not clear."),
    QT_TRANSLATE_NOOP("ReportPdf", "What is true"), QT_TRANSLATE_NOOP("ReportPdf", "What was said"),
    QT_TRANSLATE_NOOP("ReportPdf", "Why"), QT_TRANSLATE_NOOP("ReportPdf", "Wording"),
)


def t(text: str) -> str:
    return QCoreApplication.translate("ReportPdf", text)


def _local(at: str | None, day=None) -> str:
    """A stored UTC time as local text: the time alone on ``day`` (the show's), else the date and the time."""
    if not at:
        return ""
    moment = formats.local_moment(at)
    if moment.date() == day:
        return formats.time_text(moment)
    return (QCoreApplication.translate("Formats", "%1 %2").replace("%1", formats.date_text(moment.date()))
            .replace("%2", formats.time_text(moment)))


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int


class ReportDocument:
    """The pages of one report: ``page_count`` and ``paint(painter, index, width, height)``.

    With ``pack`` the checklist shows each item's text (Chinese when ``chinese``; default: the UI locale).
    """

    def __init__(self, report, pack=None, chinese: bool | None = None):
        ensure_app()
        self.report, self.pack = report, pack
        self.chinese = QLocale().language() == QLocale.Language.Chinese if chinese is None else chinese
        self.family = _family()
        self.pages: list[list[tuple[float, float, Callable]]] = [[]]  # (y, height, draw) per page
        self.y = TOP
        self._layout()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def font(self, size: int, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(size)
        font.setBold(bold)
        return font

    def lines(self, text: str, size: int, width: float, most: int = 3, bold: bool = False) -> list[str]:
        return wrap(text, _Measure(self.font(size, bold)), int(width), most) if text else []

    # --- flowing blocks over pages ---------------------------------------------------------------
    def add(self, height: float, draw: Callable, room: float = 0) -> None:
        """Place a block ``height`` high, drawn by ``draw(p, y)``; ``room``: free space to keep below it."""
        if self.y + height + room > PAGE_H - FOOTER and self.pages[-1]:
            self.pages.append([])
            self.y = TOP
        self.pages[-1].append((self.y, height, draw))
        self.y += height

    def text(self, p: QPainter, rect: QRectF, lines: list[str], size: int, color=INK, bold=False,
             align=Qt.AlignmentFlag.AlignLeft) -> None:
        p.setFont(self.font(size, bold))
        p.setPen(color)
        step = size * 1.35
        for i, line in enumerate(lines):
            p.drawText(QRectF(rect.x(), rect.y() + i * step, rect.width(), step),
                       int(align | Qt.AlignmentFlag.AlignVCenter), line)

    def paragraph(self, text: str, size: int = 36, color=INK, bold=False, gap: float = 10, most: int = 6) -> None:
        lines = self.lines(text, size, BODY_W, most, bold)
        self.add(len(lines) * size * 1.35 + gap,
                 lambda p, y: self.text(p, QRectF(MARGIN, y, BODY_W, 0), lines, size, color, bold))

    def heading(self, text: str) -> None:
        self.y += 40
        self.add(90, lambda p, y: (self.text(p, QRectF(MARGIN, y, BODY_W, 0), [text], 50, INK, True),
                                   p.fillRect(QRectF(MARGIN, y + 78, BODY_W, 3), RULE)), room=220)

    def table(self, headers: list[str], widths: list[float], rows: list[list[str]], right: tuple = ()) -> None:
        """A table over pages: the header again on each new page, cells wrapped (3 lines at most)."""
        size, pad = 32, 14
        col_w = [w * BODY_W / sum(widths) for w in widths]

        def draw_row(cells: list[list[str]], height: float, bold: bool, shade: bool):
            def draw(p: QPainter, y: float):
                if shade:
                    p.fillRect(QRectF(MARGIN, y, BODY_W, height), SHADE)
                x = MARGIN
                for i, lines in enumerate(cells):
                    align = Qt.AlignmentFlag.AlignRight if i in right else Qt.AlignmentFlag.AlignLeft
                    self.text(p, QRectF(x + pad, y + pad / 2, col_w[i] - 2 * pad, 0), lines, size,
                              MUTED if bold else INK, bold, align)
                    x += col_w[i]
                if bold:
                    p.fillRect(QRectF(MARGIN, y + height - 3, BODY_W, 3), RULE)
            return draw

        def cells(row, bold=False):
            out = [self.lines(str(c), size, w - 2 * pad, 3, bold) for c, w in zip(row, col_w)]
            return out, max(len(c) for c in out) * size * 1.35 + pad

        head, head_h = cells(headers, True)
        body_rows = [cells(row) for row in rows]
        self.add(head_h, draw_row(head, head_h, True, False), room=body_rows[0][1] if body_rows else 0)
        for n, (body, h) in enumerate(body_rows):
            if self.y + h > PAGE_H - FOOTER:
                self.add(head_h + h, draw_row(head, head_h, True, False))  # opens the new page with the header
                self.y -= h
            self.add(h, draw_row(body, h, False, n % 2 == 1))

    # --- the report --------------------------------------------------------------------------
    def _layout(self) -> None:
        r, tot = self.report, self.report.totals
        day = formats.local_moment(r.started_at).date() if r.started_at else None
        self.paragraph(r.title, 84, INK, True, 20, 2)
        facts = [t("Run sheet: %1").replace("%1", r.sheet_title) if r.sheet_title else "",
                 (t("On air %1 to %2 (%3)").replace("%1", _local(r.started_at)).replace("%2", _local(r.ended_at, day)
                  or "\u2026").replace("%3", clock_text(tot["duration_s"]))) if r.started_at else t("Not on air yet"),
                 t("Rehearsal") if r.rehearsal else ""]
        self.paragraph("   \u00b7   ".join(f for f in facts if f), 36, MUTED, gap=20)
        if r.overridden:
            self.paragraph(t("Went on air with the pre-broadcast check not clear."), 36, RED, gap=20)
        stats = [(t("Units sold"), formats.integer(tot["units"])),
                 (t("Revenue (yuan)"), formats.money(tot["revenue_fen"], symbol=False)),
                 (t("On air (planned %1)").replace("%1", clock_text(tot["planned_s"])), clock_text(tot["spent_s"])),
                 (t("Findings (must change)"), f"{tot['block']}"), (t("Corrections"), str(tot["corrections"]))]
        self.add(230, lambda p, y: self._stats(p, y, stats))
        self.heading(t("Units sold per product"))
        self._chart()
        self.heading(t("Products"))
        self.table([t("Product"), t("Units"), t("Revenue"), t("Stock left"), t("Planned"), t("Spent")],
                   [5, 1.4, 1.8, 1.6, 1.5, 1.5],
                   [[f"{p.name} ({p.sku})", p.units, formats.money(p.revenue_fen),
                     "\u2014" if p.stock_left is None else p.stock_left, clock_text(p.planned_s),
                     clock_text(p.spent_s)] for p in r.products]
                   + [[t("Total"), tot["units"], formats.money(tot["revenue_fen"]), "", clock_text(tot["planned_s"]),
                       clock_text(tot["spent_s"])]], right=(1, 2, 3, 4, 5))
        if r.segments:
            self.heading(t("Segments"))
            refeature = words.label(words.QUEUE_NAMES, "refeature")
            self.table(["#", t("Kind"), t("Title"), t("Planned"), t("Spent")], [0.6, 2.2, 5, 1.5, 1.5],
                       [[s.index + 1, words.label(words.KIND_NAMES, s.kind) + (f" \u00b7 {refeature}" if s.refeature
                                                                              else ""), s.title,
                         clock_text(s.planned_s), clock_text(s.spent_s)] for s in r.segments], right=(0, 3, 4))
        ticks = [[self._item(item), _local(at, day)] for item, at in r.checklist] + [
            [self._item(item) + " " + t("(reminder)"), _local(at, day)] for item, at in r.reminders]
        if ticks:
            self.heading(t("Checklist"))
            self.table([t("Item"), t("Time")], [6, 1.6], ticks)
        if r.countdowns:
            names = {p.sku: p.name for p in r.products}
            self.heading(t("Flash-sale count-downs"))
            self.table([t("Product"), t("Started"), t("Length"), t("Quantity"), t("Sold"), t("Ended")],
                       [3.4, 2.4, 1.2, 1.2, 1, 2],
                       [[names.get(c.countdown.sku) or c.countdown.sku, _local(c.countdown.started_at, day),
                         clock_text(c.countdown.duration_s),
                         c.countdown.quantity, c.sold, words.label(words.COUNTDOWN_REASONS, c.reason or "")]
                        for c in r.countdowns], right=(2, 3, 4))
        if r.corrections:
            self.heading(t("Corrections on air"))
            self.table([t("Time"), t("What was said"), t("What is true")], [2.2, 4, 4],
                       [[_local(c.at, day), c.said, c.truth] for c in r.corrections])
        self.heading(t("Findings in the scripts used"))
        for indices, code, params in words.group_notes(r.notes):
            self.paragraph(", ".join(f"#{i + 1}" for i in indices) + "  " + words.describe_code(code, params), 32, RED)
        if r.findings:
            self.table(["#", t("Wording"), t("Severity"), t("Why")], [0.6, 2.4, 2, 6],
                       [[f.index + 1, f.text,
                         " \u00b7 ".join((severity_name(f.severity), category_name(f.category), f.rule)),
                         describe_finding(f)] for f in r.findings])
        else:
            self.paragraph(t("No risky wording in the scripts used."), 36, MUTED)

    def _item(self, item_id: str) -> str:
        item = self.pack.item(item_id) if self.pack is not None else None
        if item is None:
            return item_id
        text = (item.text_zh or item.text_en) if self.chinese else (item.text_en or item.text_zh)
        return f"{item_id}  {text}"

    def _stats(self, p: QPainter, y: float, stats) -> None:
        gap = 24
        w = (BODY_W - gap * (len(stats) - 1)) / len(stats)
        for i, (label, value) in enumerate(stats):
            x = MARGIN + i * (w + gap)
            p.fillRect(QRectF(x, y, w, 200), SHADE)
            self.text(p, QRectF(x + 20, y + 20, w - 40, 0), self.lines(value, 60, w - 40, 1, True), 60, INK, True)
            self.text(p, QRectF(x + 20, y + 110, w - 40, 0), self.lines(label, 28, w - 40, 2), 28, MUTED)

    def _chart(self) -> None:
        products = sorted(self.report.products, key=lambda p: -p.units)[:MAX_BARS]
        if not any(p.units for p in products):
            self.paragraph(t("Nothing was sold."), 36, MUTED)
            return
        top = max(p.units for p in products)
        label_w, value_w, bar_h, gap = 620, 140, 54, 22
        for prod in products:
            name = self.lines(prod.name or prod.sku, 32, label_w - 20, 1)

            def draw(p: QPainter, y: float, prod=prod, name=name):
                self.text(p, QRectF(MARGIN, y + 4, label_w - 20, 0), name, 32)
                area = BODY_W - label_w - value_w
                p.fillRect(QRectF(MARGIN + label_w, y, area, bar_h), BAR_BG)
                p.fillRect(QRectF(MARGIN + label_w, y, area * prod.units / top, bar_h), BAR)
                self.text(p, QRectF(PAGE_W - MARGIN - value_w, y + 4, value_w, 0), [str(prod.units)], 32, INK, True,
                          Qt.AlignmentFlag.AlignRight)
            self.add(bar_h + gap, draw)

    def paint(self, painter: QPainter, index: int, width: float, height: float) -> None:
        """Draw page ``index`` filling a device area of ``width`` × ``height``."""
        painter.save()
        painter.scale(width / PAGE_W, height / PAGE_H)
        painter.fillRect(QRectF(0, 0, PAGE_W, PAGE_H), QColor("white"))
        for y, _height, draw in self.pages[index]:
            draw(painter, y)
        footer = (t("%1 \u00b7 post-show report \u00b7 page %2 of %3").replace("%1", self.report.title)
                  .replace("%2", str(index + 1)).replace("%3", str(self.page_count)))
        self.text(painter, QRectF(MARGIN, PAGE_H - FOOTER + 50, BODY_W, 0), self.lines(footer, 28, BODY_W, 1), 28,
                  MUTED, align=Qt.AlignmentFlag.AlignHCenter)
        painter.restore()


def page_image(document: ReportDocument, index: int, width_px: int = 1240) -> QImage:
    """Page ``index`` drawn on an image ``width_px`` wide: what the PDF shows."""
    image = QImage(width_px, round(width_px * PAGE_H / PAGE_W), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    document.paint(painter, index, image.width(), image.height())
    painter.end()
    return image


def export_report_pdf(report, out, pack=None, chinese: bool | None = None) -> PdfResult:
    """Write ``report`` (``core.broadcast.report.Report``) as a PDF to ``out``; temp file beside it, then renamed."""
    document = ReportDocument(report, pack, chinese)
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as exc:
        raise FileError("cannot_write", path=str(out), reason=os_reason(exc)) from exc
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle(report.title)
        writer.setCreator("VillageCast")
        painter = QPainter()
        if not painter.begin(writer):
            raise FileError("cannot_write", path=str(out), reason="QPdfWriter")
        for index in range(document.page_count):
            if index:
                writer.newPage()
            document.paint(painter, index, writer.width(), writer.height())
        painter.end()
        del writer
        if os.path.getsize(tmp) == 0:
            raise FileError("cannot_write", path=str(out), reason="empty PDF")
        os.replace(tmp, out)
        tmp = None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return PdfResult(out, document.page_count)
