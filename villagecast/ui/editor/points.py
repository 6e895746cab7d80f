"""Talking points: what the anchor says about the product, in order, each with the evidence that proves it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ... import messages
from ...core import editing
from ...core.product import TALKING_POINT_KINDS, Evidence, Product, TalkingPoint
from .evidence_parts import EvidenceChecklist, RichList, colored, esc, support_text
from .panel import EditorPanel, SaveResult, heading, issues_for
from .widgets import IssueLabel, TextEdit, scrolling, stacked


class TalkingPointsPanel(EditorPanel):
    """The list of points (kind, text, support) with Add / Remove / Move, and a form for the selected one.

    The selection is kept by index across refills; a new point lives only in the form until its text is
    stored. Every change is one undo step.
    """

    def __init__(self, editor):
        super().__init__(editor)
        self._row: int | None = None  # the selected point
        self._new = False  # the form holds a point that is not stored yet
        self._text_refused = False  # the text field holds refused input: keep it on refills
        self._filling = False
        self.title = heading()
        self.list = RichList(objectName="pointsList")
        self.add_button = QPushButton(objectName="addPoint")
        self.remove_button = QPushButton(objectName="removePoint")
        self.up_button = QPushButton(objectName="movePointUp")
        self.down_button = QPushButton(objectName="movePointDown")
        self.up_action = self._list_action("Ctrl+Up", lambda: self.move(-1))
        self.down_action = self._list_action("Ctrl+Down", lambda: self.move(1))
        self.delete_action = self._list_action(QKeySequence.StandardKey.Delete, self.remove_point)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.list_issue = IssueLabel()
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.title)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        column.addWidget(self.list_issue)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="pointsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.add_button.clicked.connect(self.add_point)
        self.remove_button.clicked.connect(self.remove_point)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.currentRowChanged.connect(self._on_row)
        self.list.activated.connect(lambda _index: self.text.setFocus())
        self.kind.activated.connect(lambda _i: self.commit_kind())
        self.text.editingFinished.connect(self.commit_text)
        self.evidence.itemChanged.connect(lambda _item: self.commit_evidence())
        self.hint.linkActivated.connect(lambda _link: self.editor.set_section("evidence"))
        order = [self.list, self.add_button, self.remove_button, self.up_button, self.down_button, self.kind,
                 self.text, self.evidence]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def _list_action(self, keys, slot) -> QAction:
        action = QAction(self.list)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
        action.triggered.connect(slot)
        self.list.addAction(action)
        return action

    def _build_form(self) -> QWidget:
        self.form_title = heading()
        self.kind = QComboBox(objectName="pointKind")
        for code in TALKING_POINT_KINDS:
            self.kind.addItem(code, code)
        self.text = TextEdit(lines=3)
        self.text.setObjectName("pointText")
        self.text_issue = IssueLabel()
        self.support = QLabel(objectName="pointSupport", wordWrap=True)
        self.support.setTextFormat(Qt.TextFormat.RichText)
        self.evidence = EvidenceChecklist(objectName="pointEvidence")
        self.evidence_issue = IssueLabel()
        self.hint = QLabel(objectName="pointsHint", wordWrap=True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.kind_label, self.text_label, self.evidence_label = QLabel(), QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.text_label.setBuddy(self.text)
        self.evidence_label.setBuddy(self.evidence)
        self.form = QWidget(objectName="pointForm")
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.text_label, stacked(self.text, self.text_issue, self.support, spacing=2))
        form.addRow(self.evidence_label, stacked(self.evidence, self.evidence_issue, self.hint, spacing=2))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        column.addWidget(self.form_title)
        column.addWidget(self.form)
        column.addStretch(1)
        return scrolling(content, "pointFormScroll")

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product: Product | None, new_product: bool) -> None:
        if new_product:
            self._row = 0 if product is not None and product.talking_points else None
            self._new = self._text_refused = False
            self._clear_issues()
        self._filling = True
        try:
            points = product.talking_points if product is not None else []
            if self._row is not None:
                self._row = min(self._row, len(points) - 1) if points else None
            self.list.set_rows([self._row_text(product, i, t) for i, t in enumerate(points)])
            self.list.select_row(None if self._new else self._row)
            checked = set(self.evidence.checked()) if self._new else None
            self._fill_form(product, checked)
        finally:
            self._filling = False
        self._update_buttons()

    def _row_text(self, p: Product, i: int, t: TalkingPoint) -> tuple[str, str]:
        kind = messages.label(messages.POINT_KIND_NAMES, t.kind)
        support, color = support_text(p, t, date.today())
        rich = (f"<b>{i + 1} · {esc(kind)}</b><br>{esc(t.text).replace(chr(10), '<br>')}<br>"
                f"{colored(support, color)}")
        return rich, f"{i + 1}. {kind}: {t.text}. {support}"

    def _fill_form(self, p: Product | None, checked: set | None = None) -> None:
        """Show the selected point (or the new one) in the form; ``checked`` keeps a new point's citations."""
        point = None
        if p is not None and not self._new and self._row is not None:
            point = p.talking_points[self._row]
        self.form.setEnabled(self._new or point is not None)
        if self._new:
            self.form_title.setText(self.tr("New talking point"))
        elif point is None:
            self.form_title.setText(self.tr("No talking point selected"))
        else:
            self.form_title.setText(self.tr("Talking point %1").replace("%1", str(self._row + 1)))
        if point is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(point.kind)))
            if not self._text_refused:
                self.text.setText(point.text)
            words, color = support_text(p, point, date.today())
            self.support.setText(colored(words, color))
            checked = {(e.kind, e.ref) for e in point.evidence}
        elif not self._new:
            self.text.setText("")
        self.support.setVisible(point is not None)
        self.evidence.show_evidence(p, checked or set())
        self.hint.setVisible(self.evidence.count() == 0)

    def _update_buttons(self) -> None:
        count = len(self.product.talking_points) if self.product is not None else 0
        row = None if self._new else self._row
        self.remove_button.setEnabled(self._new or row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)

    def _clear_issues(self) -> None:
        for label in (self.text_issue, self.evidence_issue, self.list_issue):
            label.clear_issues()

    def _on_row(self, row: int) -> None:
        if self._filling or row < 0:
            return
        self._row, self._new, self._text_refused = row, False, False
        self._clear_issues()
        self._filling = True
        try:
            self._fill_form(self.product)
        finally:
            self._filling = False
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Talking points, in the order the anchor says them"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a talking point at the end"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected talking point (Delete; Undo brings it back)"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Say it earlier (Ctrl+Up)"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Say it later (Ctrl+Down)"))
        self.list.setAccessibleName(self.tr("Talking points"))
        self.kind_label.setText(self.tr("Kind"))
        self.text_label.setText(self.tr("Text"))
        self.evidence_label.setText(self.tr("Evidence"))
        self.kind.setAccessibleName(self.tr("Kind of talking point"))
        self.text.setAccessibleName(self.tr("Text of the talking point"))
        self.text.setToolTip(self.tr("Saved when you leave the field"))
        self.evidence.setAccessibleName(self.tr("Evidence for this talking point"))
        self.evidence.setToolTip(self.tr("Tick the certificates and documents that prove this point"))
        self.hint.setText(self.tr("This product has no certificates or documents yet. "
                                  "<a href='evidence'>Attach evidence in Certificates first</a>."))
        for i, code in enumerate(TALKING_POINT_KINDS):
            self.kind.setItemText(i, messages.label(messages.POINT_KIND_NAMES, code))
        super().retranslate()

    # --- saving ---------------------------------------------------------------------------------
    def _store(self, after: Product, what: str, row: int | None) -> SaveResult:
        """Save ``after``; the refill selects ``row``. On refusal the selection stays as it was."""
        before = (self._row, self._new)
        self._row, self._new = row, False
        result = self.save(after, what)
        if not result.ok:
            self._row, self._new = before
            self._update_buttons()
        return result

    def add_point(self) -> None:
        """Start a new point in the form (stored once it has text and the field is left)."""
        if self.product is None:
            return
        self.text.finish()  # a pending edit of the shown point is saved first
        self._new, self._text_refused = True, False
        self._clear_issues()
        used = {t.kind for t in self.product.talking_points}
        kind = next((k for k in TALKING_POINT_KINDS if k not in used), "story")
        self._filling = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.text.setText("")
            self.list.select_row(None)
            self._fill_form(self.product, set())
        finally:
            self._filling = False
        self._update_buttons()
        self.text.setFocus()

    def remove_point(self) -> None:
        if self.product is None:
            return
        if self._new:  # nothing stored yet: just drop the form
            self._new = self._text_refused = False
            self._clear_issues()
            self.fill(self.product, new_product=False)
            return
        if self._row is None:
            return
        count = len(self.product.talking_points)
        after = editing.remove_item(self.product, "talking_points", self._row)
        self._text_refused = False
        self._clear_issues()
        result = self._store(after, self.tr("Remove talking point"), min(self._row, count - 2) if count > 1 else None)
        self._show(result, self.list_issue)

    def move(self, delta: int) -> None:
        if self.product is None or self._new or self._row is None:
            return
        target = max(0, min(len(self.product.talking_points) - 1, self._row + delta))
        if target == self._row:
            return
        self.text.finish()
        after = editing.move_item(self.product, "talking_points", self._row, delta)
        self._show(self._store(after, self.tr("Order of talking points"), target), self.list_issue)

    def commit_kind(self) -> None:
        if self._filling or self.product is None or self._new or self._row is None:
            return  # a new point's kind is stored with its text
        point = self.product.talking_points[self._row]
        kind = self.kind.currentData()
        if kind != point.kind:
            after = editing.set_item(self.product, "talking_points", self._row, replace(point, kind=kind))
            self._show(self._store(after, self.tr("Kind of talking point"), self._row), self.evidence_issue)

    def commit_text(self) -> None:
        if self._filling or self.product is None or (self._row is None and not self._new):
            return
        text = self.text.text().strip()
        if self._new:
            index = len(self.product.talking_points)
            point = TalkingPoint(self.kind.currentData(), text, [Evidence(k, r) for k, r in self.evidence.checked()])
            after = editing.set_item(self.product, "talking_points", None, point)
            what = self.tr("New talking point")
        else:
            index = self._row
            point = self.product.talking_points[index]
            if text == point.text:
                self._text_refused = False
                self.text_issue.clear_issues()
                return
            after = editing.set_item(self.product, "talking_points", index, replace(point, text=text))
            what = self.tr("Talking point")
        self._text_refused = False
        result = self._store(after, what, index)
        self._text_refused = not result.ok
        path = f"talking_points[{index}]"
        self.text_issue.show_issues(issues_for(result.issues, path + ".text"))
        self.evidence_issue.show_issues([i for i in issues_for(result.issues, path) if not i.field.endswith(".text")])

    def commit_evidence(self) -> None:
        if self._filling or self.product is None or self._new or self._row is None:
            return  # a new point's evidence is stored with its text
        point = self.product.talking_points[self._row]
        checked = self.evidence.checked()
        kept = [e for e in point.evidence if (e.kind, e.ref) in checked]
        added = [Evidence(k, r) for k, r in checked if all((e.kind, e.ref) != (k, r) for e in point.evidence)]
        after = editing.set_item(self.product, "talking_points", self._row, replace(point, evidence=kept + added))
        result = self._store(after, self.tr("Evidence of a talking point"), self._row)
        self._show(result, self.evidence_issue)
        if not result.ok:
            self.fill(self.product, new_product=False)  # the ticks show what is stored

    @staticmethod
    def _show(result: SaveResult, label: IssueLabel) -> None:
        label.show_issues([] if result.ok else result.issues)
