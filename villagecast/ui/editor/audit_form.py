"""The "Record a review" form of the selection review: it builds one new ledger line at a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ... import messages
from ...core.errors import Issue
from ...core.product import (
    AUDIT_EVIDENCE_REQUIRED,
    AUDIT_STEPS,
    AuditEntry,
    Evidence,
    Product,
)
from .. import metrics
from .audit_widgets import EvidenceChoices
from .panel import FieldMessages
from .widgets import DateField, IssueLabel, TextEdit, buddy_for, stacked

CONTEXT = "AuditForm"
translate = QCoreApplication.translate  # literal contexts, so lupdate sees every text
# What each step asks of the reviewer, one line each (Zhejiang selection standard; compliance SEL-01/02).
STEP_HINTS = {
    "supplier_review": QT_TRANSLATE_NOOP(
        "AuditForm", "Check the supplier's name, credit code or ID, real address, contact and licences."),
    "qualification_review": QT_TRANSLATE_NOOP(
        "AuditForm", "Check the certificates and inspection reports: genuine, for this product, still valid."),
    "sample_test": QT_TRANSLATE_NOOP(
        "AuditForm", "Taste and inspect a sample yourself, or send one to a laboratory for testing."),
    "selling_point_review": QT_TRANSLATE_NOOP(
        "AuditForm", "Every talking point is true and backed by a certificate or document."),
    "final_approval": QT_TRANSLATE_NOOP(
        "AuditForm", "The person responsible for quality signs off: the product may go on air."),
}
FIELDS = ("step", "reviewer", "date", "result", "evidence", "note")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def step_hint(step: str) -> str:
    return tr(STEP_HINTS[step])


def evidence_text(p: Product, e: Evidence) -> str:
    """A citation in words: the certificate's kind and number, or the document's title."""
    if e.kind == "certificate":
        kind = next((c.kind for c in p.certificates if c.number == e.ref), None)
        name = messages.label(messages.CERTIFICATE_NAMES, kind) if kind else translate("AuditForm", "Certificate")
        return translate("AuditForm", "%1 %2").replace("%1", name).replace("%2", e.ref)
    return translate("AuditForm", "Document: %1").replace("%1", e.ref)


class AuditForm(QGroupBox):
    """Step, reviewer, date, result, evidence and note of the next ledger line; ``submitted`` asks to record it."""

    submitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("auditForm")
        self.messages = FieldMessages(IssueLabel(self))
        self.step = QComboBox(objectName="auditStep")
        for step in AUDIT_STEPS:
            self.step.addItem(step, step)
        self.hint = QLabel(objectName="auditStepHint", wordWrap=True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.reviewer = QLineEdit(objectName="auditReviewer")
        self.date = DateField()
        self.date.setObjectName("auditDate")
        self.passed = QRadioButton(objectName="auditPassed")
        self.failed = QRadioButton(objectName="auditFailed")
        self.results = QButtonGroup(self)
        self.results.addButton(self.passed)
        self.results.addButton(self.failed)
        self.passed.setChecked(True)
        self.evidence = EvidenceChoices()
        self.evidence.setObjectName("auditEvidence")
        self.no_evidence = QLabel(objectName="auditNoEvidence", wordWrap=True)
        self.no_evidence.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.note = TextEdit(lines=2)
        self.note.setObjectName("auditNote")
        self.record_button = QPushButton(objectName="auditRecord")
        self.record_button.clicked.connect(self.submitted)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)
        self.step.currentIndexChanged.connect(self._show_hint)

        result_row = QWidget()
        box = QHBoxLayout(result_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.passed)
        box.addWidget(self.failed)
        box.addStretch(1)
        inputs = {"step": (self.step, self.hint), "reviewer": (self.reviewer,), "date": (self.date,),
                  "result": (result_row,), "evidence": (self.evidence, self.no_evidence), "note": (self.note,)}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            holder = stacked(*inputs[name], self.messages.add(name))
            label = QLabel()
            label.setBuddy(buddy_for(inputs[name][0]) if name != "result" else self.passed)
            self.labels[name] = label
            self.form.addRow(label, holder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.messages.general, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow(buttons)
        self._tab_order()

    # --- state ----------------------------------------------------------------------------------
    def current_step(self) -> str:
        return self.step.currentData()

    def set_step(self, step: str) -> None:
        self.step.setCurrentIndex(AUDIT_STEPS.index(step))

    def reset(self, reviewer: str, day: date, step: str) -> None:
        """A fresh form for another product: everything cleared but the reviewer and today's date."""
        self.set_step(step)
        self.reviewer.setText(reviewer)
        self.date.setText(day.isoformat())
        self.passed.setChecked(True)
        self.note.setText("")
        self.evidence.set_choices([], set())
        self.messages.clear()

    def recorded(self, next_step: str) -> None:
        """After a line was stored: keep reviewer and date, clear note and evidence, go to ``next_step``."""
        self.set_step(next_step)
        self.passed.setChecked(True)
        self.note.setText("")
        self.evidence.clear_checks()
        self.messages.clear()

    def checked_evidence(self) -> list[Evidence]:
        return [Evidence(kind, ref) for kind, ref in self.evidence.checked()]

    def entry(self) -> AuditEntry:
        """The line the form describes (the core validates it when it is recorded)."""
        return AuditEntry(step=self.current_step(), reviewer=self.reviewer.text().strip(), date=self.date.text(),
                          result="passed" if self.passed.isChecked() else "failed",
                          evidence=self.checked_evidence(), note=self.note.text().strip())

    def fill_evidence(self, p: Product | None, day: date) -> None:
        """List the product's certificates (with their status on ``day``) and documents; checks are kept."""
        checked = {(e.kind, e.ref) for e in self.checked_evidence()}
        choices = []
        if p is not None:
            for c in p.certificates:
                status = c.status_on(day)
                text = evidence_text(p, Evidence("certificate", c.number))
                if status == "expired":
                    text = translate("AuditForm", "%1 (expired on %2)").replace("%1", text).replace(
                        "%2", c.valid_to or "")
                elif status == "not_yet_valid":
                    text = translate("AuditForm", "%1 (valid from %2)").replace("%1", text).replace(
                        "%2", c.valid_from or "")
                elif status == "expiring":
                    text = translate("AuditForm", "%1 (expires on %2)").replace("%1", text).replace(
                        "%2", c.valid_to or "")
                color = {"expired": metrics.DANGER_COLOR, "not_yet_valid": metrics.WARNING_COLOR,
                         "expiring": metrics.WARNING_COLOR}.get(status)
                choices.append((("certificate", c.number), text, color))
            for d in p.documents:
                choices.append((("document", d.title), evidence_text(p, Evidence("document", d.title)), None))
        self.evidence.set_choices(choices, checked)
        self.evidence.set_tooltip(translate("AuditForm", "Tick what was checked"))
        self.evidence.setVisible(bool(choices))
        self.no_evidence.setVisible(not choices)
        self._tab_order()

    def _tab_order(self) -> None:
        order = (self.step, self.reviewer, self.date.edit, self.passed, self.failed, *self.evidence.boxes(),
                 self.note, self.record_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_issues(self, issues: list[Issue], prefix: str) -> None:
        """Show a refused line's issues beside the fields: ``prefix`` is the new line's path (``audit[3]``)."""
        mine = []
        for issue in issues:
            if issue.field.startswith(prefix + "."):
                issue = replace(issue, field=issue.field[len(prefix) + 1:])
            mine.append(issue)
        self.messages.show(mine)

    def focus_first(self) -> None:
        """Put the cursor where the chosen step most likely needs input."""
        if not self.reviewer.text().strip():
            self.reviewer.setFocus()
        elif self.current_step() in AUDIT_EVIDENCE_REQUIRED and self.evidence.boxes():
            self.evidence.boxes()[0].setFocus()
        else:
            self.passed.setFocus() if self.passed.isChecked() else self.failed.setFocus()

    # --- words ----------------------------------------------------------------------------------
    def _show_hint(self) -> None:
        step = self.current_step()
        if step is not None:
            self.hint.setText(step_hint(step))

    def retranslate(self) -> None:
        self.setTitle(translate("AuditForm", "Record a review"))
        for name, label in self.labels.items():
            label.setText(messages.tr(messages.FIELD_NAMES[name]))
        for i, step in enumerate(AUDIT_STEPS):
            self.step.setItemText(i, messages.label(messages.AUDIT_STEP_NAMES, step))
            self.step.setItemData(i, step_hint(step), Qt.ItemDataRole.ToolTipRole)
        self._show_hint()
        self.passed.setText(messages.label(messages.AUDIT_RESULT_NAMES, "passed"))
        self.failed.setText(messages.label(messages.AUDIT_RESULT_NAMES, "failed"))
        self.reviewer.setPlaceholderText(translate("AuditForm", "Who checked it"))
        self.reviewer.setToolTip(translate("AuditForm", "Remembered for the next line"))
        self.date.set_tooltips(translate("AuditForm", "The day of the review, as YYYY-MM-DD"),
                               translate("AuditForm", "Pick from a calendar"))
        self.no_evidence.setText(translate(
            "AuditForm", "No certificates or documents yet: add them in the Certificates section."))
        self.note.setPlaceholderText(translate("AuditForm", "What was checked, and how (optional)"))
        self.record_button.setText(translate("AuditForm", "Record"))
        self.record_button.setToolTip(translate("AuditForm", "Add this line to the ledger (Ctrl+Enter)"))
        for name in FIELDS:
            widget = {"step": self.step, "reviewer": self.reviewer, "date": self.date.edit, "evidence": self.evidence,
                      "note": self.note}.get(name)
            if widget is not None:
                widget.setAccessibleName(self.labels[name].text())
        self.passed.setAccessibleName(translate("AuditForm", "%1: %2").replace("%1", self.labels["result"].text())
                                      .replace("%2", self.passed.text()))
        self.failed.setAccessibleName(translate("AuditForm", "%1: %2").replace("%1", self.labels["result"].text())
                                      .replace("%2", self.failed.text()))
