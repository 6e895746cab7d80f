"""Selection review: is the product approved for broadcast, the five steps, the ledger, and a new line.

The rules are the core's (``core.audit.review``, Zhejiang selection standard, compliance SEL-01/02);
this panel shows their outcome and appends lines with ``editing.record_review``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import messages
from ...core import audit, editing
from ...core.product import AUDIT_STEPS, Product
from .. import metrics
from .. import settings as config
from .audit_form import AuditForm, evidence_text, step_hint
from .audit_widgets import ClickLabel
from .panel import EditorPanel, heading
from .widgets import IssueLabel, fill_with, scrolling

MARKS = {"passed": "\u2713", "failed": "\u2717", "missing": "\u2014"}
STATE_COLORS = {"passed": metrics.OK_COLOR, "failed": metrics.DANGER_COLOR, "missing": metrics.MUTED_COLOR}
# Two columns so the ledger fits ~540 px at 150 % UI scale: the date, then step, result, reviewer, evidence
# and note as labelled lines that wrap.
COLUMNS = ("date", "line")


def open_steps(review: audit.Review) -> list[str]:
    """The steps that still need a (new) passed line, in order."""
    stale = {"points_changed": "selling_point_review", "approval_before_step": "final_approval"}
    need = {s.step for s in review.steps if s.state != "passed"}
    need.update(stale[code] for code, _ in review.reasons if code in stale)
    return [step for step in AUDIT_STEPS if step in need]


def next_open_step(review: audit.Review, after: str) -> str:
    """The first open step after ``after`` (wrapping round); ``after`` itself when every step is done."""
    need = open_steps(review)
    start = AUDIT_STEPS.index(after)
    for step in AUDIT_STEPS[start + 1:] + AUDIT_STEPS[:start + 1]:
        if step in need:
            return step
    return after


class AuditPanel(EditorPanel):
    """Banner, checklist of the five steps, the "Record a review" form and the ledger (newest first)."""

    def __init__(self, editor):
        super().__init__(editor)
        self.review: audit.Review | None = None
        self._rows: list[int] = []  # table row -> index of the line in product.audit
        content = QWidget(objectName="auditContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        self.banner = QLabel(objectName="auditBanner", wordWrap=True)
        self.reasons = QLabel(objectName="auditReasons", wordWrap=True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.banner)
        column.addWidget(self.reasons)

        self.steps_heading = heading()
        column.addWidget(self.steps_heading)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.step_rows: dict[str, tuple[QLabel, ClickLabel, QLabel, QPushButton]] = {}
        for row, step in enumerate(AUDIT_STEPS):
            mark, name, detail = QLabel(), ClickLabel(), QLabel(wordWrap=True)
            name.setCursor(Qt.CursorShape.PointingHandCursor)
            name.setWordWrap(True)
            name.clicked.connect(lambda s=step: self.prepare(s))
            button = QPushButton(objectName=f"auditRecord_{step}")
            button.clicked.connect(lambda _=False, s=step: self.prepare(s))
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(name)
            cell.addWidget(detail)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(cell, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.step_rows[step] = (mark, name, detail, button)
        column.addLayout(grid)

        self.form = AuditForm(content)
        self.form.submitted.connect(self.record)
        column.addWidget(self.form)

        self.ledger_heading = heading()
        self.order_note = QLabel(wordWrap=True)
        self.order_note.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.table = QTableWidget(0, len(COLUMNS), objectName="auditLedger")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().sectionResized.connect(self._fit_table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.remove_button = QPushButton(objectName="auditRemoveLine")
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        self.ledger_messages = IssueLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.ledger_messages, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        for widget in (self.ledger_heading, self.order_note, self.table):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(1)

        self.scroll = scrolling(content, "auditScroll")
        fill_with(self, self.scroll)
        self.retranslate()

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product: Product | None, new_product: bool) -> None:
        today = date.today()
        self.review = audit.review(product) if product is not None else None
        if new_product:
            need = open_steps(self.review) if self.review is not None else []
            self.form.reset(str(config.Settings().get(config.LAST_REVIEWER)), today,
                            need[0] if need else AUDIT_STEPS[0])
            self.ledger_messages.clear_issues()
        self.form.fill_evidence(product, today)
        self._fill_banner()
        self._fill_steps()
        self._fill_table(product)

    def _fill_banner(self) -> None:
        review = self.review
        approved = review is not None and review.approved
        color = metrics.OK_COLOR if approved else metrics.DANGER_COLOR
        text = self.tr("Approved for broadcast") if approved else self.tr("Not approved for broadcast")
        self.banner.setText(("\u2713 " if approved else "\u2717 ") + text)
        self.banner.setStyleSheet(f"QLabel {{ color: white; background: {color}; font-weight: bold; "
                                  "padding: 6px 8px; border-radius: 4px; }")
        self.banner.setProperty("approved", approved)
        if review is None:
            self.reasons.setText("")
        elif approved:
            self.reasons.setText(self.tr("All five steps passed and the final approval covers them. "
                                         "Keep this ledger for at least three years."))
        else:
            self.reasons.setText("\n".join("\u2022 " + messages.describe_review_reason(code, params)
                                           for code, params in review.reasons))
        self.reasons.setStyleSheet(f"color: {metrics.MUTED_COLOR if approved else metrics.DANGER_COLOR};")

    def _fill_steps(self) -> None:
        states = {s.step: s for s in self.review.steps} if self.review is not None else {}
        need = set(open_steps(self.review)) if self.review is not None else set()
        for step, (mark, name, detail, button) in self.step_rows.items():
            state = states.get(step)
            kind = state.state if state is not None else "missing"
            color = STATE_COLORS[kind]
            mark.setText(MARKS[kind])
            mark.setStyleSheet(f"color: {color}; font-weight: bold;")
            name.setText(messages.label(messages.AUDIT_STEP_NAMES, step))
            name.setStyleSheet("font-weight: bold;" if kind != "missing" else f"color: {metrics.MUTED_COLOR};")
            if state is None or state.entry is None:
                text = self.tr("Not done yet")
            else:
                text = (self.tr("%1 \u2014 %2, %3").replace("%1", messages.label(messages.AUDIT_RESULT_NAMES, kind))
                        .replace("%2", state.entry.reviewer).replace("%3", state.entry.date))
                if kind == "passed" and step in need:
                    text += "\n" + (self.tr("The talking points changed since: review them again.")
                                    if step == "selling_point_review" else
                                    self.tr("A step was recorded after it: approve again."))
                    color = metrics.WARNING_COLOR
            detail.setText(text)
            detail.setStyleSheet(f"color: {color};")
            for widget in (mark, name, detail):
                widget.setToolTip(step_hint(step))
            button.setProperty("state", kind)

    def _fill_table(self, p: Product | None) -> None:
        entries = p.audit if p is not None else []
        deciding = {id(e) for e in audit.latest_entries(entries).values()}
        self._rows = sorted(range(len(entries)), key=lambda i: (entries[i].date or "", i), reverse=True)
        self.table.setRowCount(len(self._rows))
        for row, index in enumerate(self._rows):
            e = entries[index]
            color = STATE_COLORS.get(e.result, metrics.MUTED_COLOR) if id(e) in deciding else metrics.MUTED_COLOR
            for col, value in enumerate((e.date, self._line_text(p, e))):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if col == 0 or id(e) not in deciding:
                    item.setForeground(QBrush(QColor(color)))
                if id(e) not in deciding:
                    item.setToolTip(self.tr("A later line of the same step replaces this one."))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self._fit_table()
        self._selection_changed()

    def _line_text(self, p: Product, e) -> str:
        """Step and result, then reviewer, evidence and note, each on its own labelled line."""
        lines = [self.tr("%1 \u2014 %2").replace("%1", messages.label(messages.AUDIT_STEP_NAMES, e.step))
                 .replace("%2", messages.label(messages.AUDIT_RESULT_NAMES, e.result))]
        field = self.tr("%1: %2")
        lines.append(field.replace("%1", messages.tr(messages.FIELD_NAMES["reviewer"])).replace("%2", e.reviewer))
        if e.evidence:
            cited = self.tr("; ").join(evidence_text(p, ev) for ev in e.evidence)
            lines.append(field.replace("%1", messages.tr(messages.FIELD_NAMES["evidence"])).replace("%2", cited))
        if e.note:
            lines.append(field.replace("%1", messages.tr(messages.FIELD_NAMES["note"])).replace("%2", e.note))
        return "\n".join(lines)

    def _fit_table(self, *_args) -> None:
        """Show every line without the table's own scroll bar (the panel scrolls)."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        if not rows:
            rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + 2 * self.table.frameWidth())

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected_index() is not None)

    def selected_index(self) -> int | None:
        """The index in ``product.audit`` of the selected ledger line."""
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def retranslate(self) -> None:
        self.steps_heading.setText(self.tr("The five steps"))
        self.ledger_heading.setText(self.tr("Ledger"))
        self.order_note.setText(self.tr("Newest first. Each step counts by its latest line; grey lines were "
                                        "replaced by a later one."))
        self.table.setHorizontalHeaderLabels([messages.tr(messages.FIELD_NAMES["date"]),
                                              self.tr("Step, result, reviewer, evidence, note")])
        self.table.setAccessibleName(self.tr("Selection review ledger"))
        self.remove_button.setText(self.tr("Remove line"))
        self.remove_button.setToolTip(self.tr("Remove the selected line from the ledger (Delete; can be undone)"))
        for step, (_, name, _, button) in self.step_rows.items():
            button.setText(self.tr("Record"))
            button.setToolTip(self.tr("Record a review of this step"))
            button.setAccessibleName(self.tr("Record: %1").replace(
                "%1", messages.label(messages.AUDIT_STEP_NAMES, step)))
        self.form.retranslate()
        super().retranslate()

    # --- writing --------------------------------------------------------------------------------
    def prepare(self, step: str) -> None:
        """Set the form up for ``step`` and bring it into view."""
        self.form.set_step(step)
        self.scroll.ensureWidgetVisible(self.form)
        self.form.focus_first()

    def record(self) -> bool:
        """Append the form's line; a refused line stays in the form with its messages beside the fields."""
        if self.product is None:
            return False
        prefix = f"audit[{len(self.product.audit)}]"
        entry = self.form.entry()
        result = self.save(editing.record_review(self.product, entry), self.tr("Review line"))
        if not result.ok:
            self.form.show_issues(result.issues, prefix)
            return False
        settings = config.Settings()
        settings.set(config.LAST_REVIEWER, entry.reviewer)
        settings.sync()
        self.form.recorded(next_open_step(self.review, entry.step) if self.review is not None else entry.step)
        self.form.show_issues(result.issues, prefix)  # warnings, if any
        return True

    def remove_selected(self) -> bool:
        """Drop the selected ledger line (one undo step, no question asked)."""
        index = self.selected_index()
        if self.product is None or index is None:
            return False
        result = self.save(editing.remove_item(self.product, "audit", index), self.tr("Remove review line"))
        self.ledger_messages.show_issues(result.issues)
        return result.ok
