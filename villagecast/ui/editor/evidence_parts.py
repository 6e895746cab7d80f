"""Pieces the Certificates and Talking points panels share: wrapping rich-text lists, certificate status words,
how a citation is named and who cites a certificate or document."""

from __future__ import annotations

import html
import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate

from ... import messages
from ...core.product import Certificate, Evidence, Product, TalkingPoint
from .. import metrics

CONTEXT = "EvidenceParts"
translate = QCoreApplication.translate  # literal contexts, so lupdate sees every text
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole  # (kind, ref) of a checklist row
PAD = 6  # pixels around a row's text



def esc(text: str) -> str:
    return html.escape(text or "", quote=False)


def colored(text: str, color: str) -> str:
    """``text`` as HTML in ``color`` (escaped)."""
    return f"<span style='color:{color}'>{esc(text)}</span>"


def certificate_status(cert: Certificate, day: date) -> tuple[str, str, str]:
    """(status code, words, colour) of ``cert`` on ``day``: expired red, expiring / not yet valid amber, valid green."""
    try:
        status = cert.status_on(day)
    except ValueError:  # a date the core would refuse; never stored, but do not fall over
        return "valid", "", metrics.MUTED_COLOR
    if status == "expired":
        return status, translate("EvidenceParts", "Expired"), metrics.DANGER_COLOR
    if status == "not_yet_valid":
        words = translate("EvidenceParts", "Not valid until %1").replace("%1", cert.valid_from or "")
        return status, words, metrics.WARNING_COLOR
    if status == "expiring":
        left = cert.days_left(day)
        words = (translate("EvidenceParts", "Expires today") if left == 0
                 else translate("EvidenceParts", "Expires in %n day(s)", None, left))
        return status, words, metrics.WARNING_COLOR
    return status, translate("EvidenceParts", "Valid"), metrics.OK_COLOR


def validity_text(cert: Certificate) -> str:
    """"2025-01-01 – 2026-01-01"; an open end reads "no end date"."""
    return "{} – {}".format(cert.valid_from or "…", cert.valid_to or translate("EvidenceParts", "no end date"))


def evidence_name(product: Product, e: Evidence) -> str:
    """A citation in words: a certificate by kind and number, a document by its title."""
    if e.kind == "certificate":
        kinds = {c.number: c.kind for c in product.certificates}
        kind = kinds.get(e.ref)
        return f"{messages.label(messages.CERTIFICATE_NAMES, kind)} {e.ref}" if kind else e.ref
    return e.ref


def citations(product: Product, kind: str, ref: str) -> tuple[int, int]:
    """How many talking points and review lines cite (kind, ref)."""
    def cites(owner) -> bool:
        return any(e.kind == kind and e.ref == ref for e in owner.evidence)
    return (sum(1 for t in product.talking_points if cites(t)), sum(1 for a in product.audit if cites(a)))


def citation_text(points: int, reviews: int) -> str:
    """"Cited by 2 talking points and 1 review line. They will lose this evidence." (empty when uncited)."""
    parts = []
    if points:
        parts.append(translate("EvidenceParts", "%n talking point(s)", None, points))
    if reviews:
        parts.append(translate("EvidenceParts", "%n review line(s)", None, reviews))
    if not parts:
        return ""
    who = parts[0] if len(parts) == 1 else translate("EvidenceParts", "%1 and %2").replace(
        "%1", parts[0]).replace("%2", parts[1])
    return translate("EvidenceParts", "Cited by %1. They will lose this evidence.").replace("%1", who)


class RichDelegate(QStyledItemDelegate):
    """Paints a row's HTML (``HTML_ROLE``) wrapped to the list's width; a selected row gets a light tint and a
    bar, so coloured status words stay readable."""

    def _document(self, option, index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(index.data(HTML_ROLE) or esc(index.data() or ""))
        doc.setTextWidth(max(40, width - 3 * PAD))
        return doc

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        width = self.parent().viewport().width()
        doc = self._document(option, index, width)
        return QSize(width, math.ceil(doc.size().height()) + 2 * PAD)

    def paint(self, painter, option, index) -> None:
        painter.save()
        rect = option.rect
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(48)
            painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()),
                             palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(QColor(metrics.MUTED_COLOR).lighter(160))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        doc = self._document(option, index, rect.width())
        painter.translate(rect.left() + 2 * PAD, rect.top() + PAD)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class RichList(QListWidget):
    """A list of rows given as HTML that wrap to the width. With ``fit`` it is as tall as its rows (for lists
    inside a scrolling form); without, it scrolls."""

    def __init__(self, parent=None, fit: bool = False, **kwargs):
        super().__init__(parent, **kwargs)
        self._fit = fit
        self.setItemDelegate(RichDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Rows as (HTML, plain text for screen readers); items are reused so the current row survives."""
        blocked = self.blockSignals(True)
        try:
            while self.count() > len(rows):
                self.takeItem(self.count() - 1)
            while self.count() < len(rows):
                QListWidgetItem(self)
            for row, (rich, plain) in enumerate(rows):
                item = self.item(row)
                item.setData(HTML_ROLE, rich)
                item.setText(plain)
        finally:
            self.blockSignals(blocked)
        self.doItemsLayout()
        self.fit_height()

    def select_row(self, row: int | None) -> None:
        """Make ``row`` current (None or out of range: no row), without emitting signals."""
        blocked = self.blockSignals(True)
        try:
            if row is None or not 0 <= row < self.count():
                self.setCurrentRow(-1)
                self.clearSelection()
            else:
                self.setCurrentRow(row)
        finally:
            self.blockSignals(blocked)

    def fit_height(self) -> None:
        if not self._fit:
            return
        rows = sum(self.sizeHintForRow(r) for r in range(self.count()))
        self.setFixedHeight(max(rows, self.fontMetrics().lineSpacing()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override): wrapped rows change height with the width
        super().resizeEvent(event)
        if self._fit and event.size().width() != event.oldSize().width():
            self.fit_height()


def support_text(p: Product, t: TalkingPoint, day: date) -> tuple[str, str]:
    """(words, colour) for how talking point ``t`` is supported on ``day``."""
    support = p.point_support(t, day)
    if support == "unsupported":
        return translate("EvidenceParts", "Unsupported: no evidence"), metrics.WARNING_COLOR
    names = ", ".join(evidence_name(p, e) for e in t.evidence)
    if support == "lapsed":
        return translate("EvidenceParts", "Evidence not valid today: %1").replace("%1", names), metrics.WARNING_COLOR
    return translate("EvidenceParts", "Evidence: %1").replace("%1", names), metrics.OK_COLOR


class EvidenceChecklist(QListWidget):
    """A product's certificates (kind, number, status; expired in red) and documents, each with a tick box.

    ``itemChanged`` says the user ticked or unticked one; ``checked()`` lists the ticked (kind, ref).
    """

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self.setWordWrap(True)

    def show_evidence(self, p: Product | None, checked: set) -> None:
        """Show ``p``'s evidence with ``checked`` ticked; items are reused, since this runs inside
        ``itemChanged`` when a tick was saved."""
        rows = []
        today = date.today()
        for c in p.certificates if p is not None else []:
            status, words, color = certificate_status(c, today)
            text = f"{messages.label(messages.CERTIFICATE_NAMES, c.kind)} {c.number} — {words}"
            rows.append((("certificate", c.number), text, color if status != "valid" else None))
        for d in p.documents if p is not None else []:
            rows.append((("document", d.title), translate("EvidenceParts", "Document: %1").replace("%1", d.title),
                         None))
        blocked = self.blockSignals(True)
        try:
            while self.count() > len(rows):
                self.takeItem(self.count() - 1)
            while self.count() < len(rows):
                item = QListWidgetItem(self)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
            for row, (key, text, color) in enumerate(rows):
                item = self.item(row)
                item.setData(EVIDENCE_ROLE, key)
                item.setText(text)
                item.setData(Qt.ItemDataRole.ForegroundRole, QColor(color) if color else None)
                item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        finally:
            self.blockSignals(blocked)
        line = self.fontMetrics().lineSpacing()
        rows_height = sum(self.sizeHintForRow(r) for r in range(self.count()))
        self.setFixedHeight(min(max(rows_height, line * 2), line * 9) + 2 * self.frameWidth() + 4)
        self.setVisible(bool(rows))

    def checked(self) -> list[tuple[str, str]]:
        return [self.item(r).data(EVIDENCE_ROLE) for r in range(self.count())
                if self.item(r).checkState() == Qt.CheckState.Checked]
