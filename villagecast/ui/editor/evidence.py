"""Certificates and documents: what proves the talking points, with the files that show it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from ... import messages
from ...core import editing
from ...core.product import Certificate, Document, Product
from .. import metrics
from .evidence_form import CERTIFICATE_FIELDS, DOCUMENT_FIELDS, FileRow, ItemForm, dropped_file
from .evidence_parts import RichList, certificate_status, citation_text, citations, colored, esc, validity_text
from .panel import EditorPanel, SaveResult, heading, issues_for
from .widgets import IssueLabel, fill_with, scrolling

KINDS = ("certificate", "document")
LISTS = {"certificate": "certificates", "document": "documents"}
KEYS = {"certificate": "number", "document": "title"}  # what citations use; a new item is stored once it is set


class EvidencePanel(EditorPanel):
    """Two lists (certificates, documents) and a form for the selected item, with its attached file.

    One item is selected across both lists, ``(kind, index)``; it is kept by index across refills and is
    where a dropped file goes. A new item lives only in the form until its number or title is stored.
    """

    def __init__(self, editor):
        super().__init__(editor)
        self._active: tuple[str, int] | None = None
        self._new: str | None = None  # "certificate" | "document" while the form holds an unstored item
        self._invalid: set[str] = set()  # fields holding refused input
        self._filling = False
        self.titles = {kind: heading() for kind in KINDS}
        self.lists = {kind: RichList(fit=True, objectName=f"{kind}List") for kind in KINDS}
        self.empty = {kind: QLabel(wordWrap=True) for kind in KINDS}
        self.add_buttons = {kind: QPushButton(objectName=f"add_{kind}") for kind in KINDS}
        self.remove_buttons = {kind: QPushButton(objectName=f"remove_{kind}") for kind in KINDS}
        self.list_issue = IssueLabel()
        column = QVBoxLayout()
        column.setContentsMargins(8, 4, 8, 8)
        for kind in KINDS:
            self.empty[kind].setStyleSheet(f"color: {metrics.MUTED_COLOR};")
            buttons = QHBoxLayout()
            buttons.addWidget(self.add_buttons[kind])
            buttons.addWidget(self.remove_buttons[kind])
            buttons.addStretch(1)
            for widget in (self.titles[kind], self.lists[kind], self.empty[kind]):
                column.addWidget(widget)
            column.addLayout(buttons)
            self.lists[kind].currentRowChanged.connect(lambda row, k=kind: self._on_row(k, row))
            self.add_buttons[kind].clicked.connect(lambda _c=False, k=kind: self.add_item(k))
            self.remove_buttons[kind].clicked.connect(lambda _c=False, k=kind: self.remove_item(k))
        column.addWidget(self.list_issue)
        column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        self.forms = {"certificate": ItemForm(CERTIFICATE_FIELDS), "document": ItemForm(DOCUMENT_FIELDS)}
        self.stack = QStackedWidget()
        for kind, form in self.forms.items():
            self.stack.addWidget(form)
            form.committed.connect(lambda name, k=kind: self.commit(k, name))
        self.form_title = heading()
        self.file_row = FileRow()
        self.file_row.attach_button.clicked.connect(self.choose_file)
        self.file_row.open_button.clicked.connect(self.open_file)
        self.file_row.remove_button.clicked.connect(self.remove_file)
        self.drop_hint = QLabel(wordWrap=True)
        self.drop_hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        for widget in (self.form_title, self.stack, self.file_row, self.drop_hint):
            column.addWidget(widget)
        column.addStretch(1)
        content = QWidget(objectName="evidenceContent")
        content.setLayout(column)
        fill_with(self, scrolling(content, "evidenceScroll"))
        self.setAcceptDrops(True)
        order = []
        for kind in KINDS:
            order += [self.lists[kind], self.add_buttons[kind], self.remove_buttons[kind]]
            delete = QAction(self.lists[kind])
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only while that list has focus
            delete.triggered.connect(lambda _c=False, k=kind: self.remove_item(k))
            self.lists[kind].addAction(delete)
        order += [self.forms["certificate"].widgets[name] for name, _ in CERTIFICATE_FIELDS]
        order += [self.forms["document"].widgets["title"], self.file_row.attach_button, self.file_row.open_button,
                  self.file_row.remove_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product: Product | None, new_product: bool) -> None:
        if new_product:
            self._new, self._active = None, None
            self._reset_input()
        self._filling = True
        try:
            self._active = self._clamp(product, self._active)
            certificates, documents = (product.certificates, product.documents) if product else ([], [])
            self.lists["certificate"].set_rows([self._certificate_row(c) for c in certificates])
            self.lists["document"].set_rows([self._document_row(d) for d in documents])
            for kind in KINDS:
                self.lists[kind].setVisible(self.lists[kind].count() > 0)
                self.empty[kind].setVisible(self.lists[kind].count() == 0)
                active = self._active if self._new is None else None
                self.lists[kind].select_row(active[1] if active and active[0] == kind else None)
            self._fill_form()
        finally:
            self._filling = False

    def _clamp(self, p: Product | None, active):
        """The selection after a refill: the same index (or the last one), else the first item there is."""
        if p is None:
            return None
        items = {kind: getattr(p, LISTS[kind]) for kind in KINDS}
        if active is not None and items[active[0]]:
            return active[0], min(active[1], len(items[active[0]]) - 1)
        return next(((kind, 0) for kind in KINDS if items[kind]), None)

    def _certificate_row(self, c: Certificate) -> tuple[str, str]:
        _, words, color = certificate_status(c, date.today())
        kind = messages.label(messages.CERTIFICATE_NAMES, c.kind)
        issuer = c.issuer or self.tr("issuer not recorded")
        rich = (f"<b>{esc(kind)}</b> {esc(c.number)}&nbsp;&nbsp;{colored(words, color)}<br>"
                f"{colored(issuer + ' · ' + validity_text(c), metrics.MUTED_COLOR)}<br>{self._file_text(c)}")
        return rich, f"{kind} {c.number}, {words}. {issuer}, {validity_text(c)}. {self._file_words(c)}"

    def _document_row(self, d: Document) -> tuple[str, str]:
        return f"<b>{esc(d.title)}</b><br>{self._file_text(d)}", f"{d.title}. {self._file_words(d)}"

    def _file_words(self, item) -> str:
        if not item.file_path:
            return self.tr("No file attached")
        return self.tr("File: %1").replace("%1", item.file_name or item.file_path)

    def _file_text(self, item) -> str:
        words = self._file_words(item)
        return esc(words) if item.file_path else colored(words, metrics.MUTED_COLOR)

    def item(self):
        """The selected stored certificate or document (None in new-item mode or with nothing selected)."""
        if self.product is None or self._new is not None or self._active is None:
            return None
        kind, index = self._active
        return getattr(self.product, LISTS[kind])[index]

    def _fill_form(self) -> None:
        kind = self._new or (self._active[0] if self._active else "certificate")
        item = self.item()
        self.stack.setCurrentWidget(self.forms[kind])
        self.stack.setEnabled(self._new is not None or item is not None)
        if self._new is not None:
            title = self.tr("New certificate") if kind == "certificate" else self.tr("New document")
        elif item is None:
            title = self.tr("Add a certificate or document to describe it here")
        else:
            title = self.tr("Selected certificate") if kind == "certificate" else self.tr("Selected document")
        self.form_title.setText(title)
        if self._new is None:
            self.forms[kind].show_item(item, keep=self._invalid)
        self.file_row.show_file(item, enabled=item is not None)
        for k in KINDS:
            active = self._new is None and self._active is not None and self._active[0] == k
            self.remove_buttons[k].setEnabled(active or self._new == k)

    def _reset_input(self) -> None:
        self._invalid.clear()
        for form in self.forms.values():
            form.clear_issues()
        self.list_issue.clear_issues()
        self.file_row.say("")

    def _on_row(self, kind: str, row: int) -> None:
        if self._filling or row < 0:
            return
        self._active, self._new = (kind, row), None
        self._reset_input()
        self._filling = True
        try:
            for other in KINDS:
                if other != kind:
                    self.lists[other].select_row(None)
            self._fill_form()
        finally:
            self._filling = False

    def retranslate(self) -> None:
        self.titles["certificate"].setText(self.tr("Certificates and inspection reports"))
        self.titles["document"].setText(self.tr("Other documents (test sheets, contracts, letters)"))
        self.empty["certificate"].setText(self.tr("No certificates yet."))
        self.empty["document"].setText(self.tr("No documents yet."))
        self.add_buttons["certificate"].setText(self.tr("Add certificate"))
        self.add_buttons["document"].setText(self.tr("Add document"))
        self.remove_buttons["certificate"].setText(self.tr("Remove certificate"))
        self.remove_buttons["document"].setText(self.tr("Remove document"))
        for kind in KINDS:
            self.remove_buttons[kind].setToolTip(self.tr("Remove the selected one (Delete key in the list); "
                                                         "Undo brings it back"))
        self.lists["certificate"].setAccessibleName(self.tr("Certificates"))
        self.lists["document"].setAccessibleName(self.tr("Documents"))
        self.drop_hint.setText(self.tr("Tip: drop a PDF, JPEG or PNG file on this page to attach it to the "
                                       "selected certificate or document."))
        for form in self.forms.values():
            form.retranslate()
        self.file_row.retranslate()
        super().retranslate()

    # --- saving ---------------------------------------------------------------------------------
    def _store(self, after: Product, what: str, active) -> SaveResult:
        """Save ``after``; the refill selects ``active``. On refusal the selection stays as it was."""
        before = (self._active, self._new)
        self._active, self._new = active, None
        result = self.save(after, what)
        if not result.ok:
            self._active, self._new = before
        return result

    def _what(self, name: str) -> str:
        return {"kind": self.tr("Certificate kind"), "number": self.tr("Certificate number"),
                "issuer": self.tr("Certificate issuer"), "valid_from": self.tr("Certificate validity"),
                "valid_to": self.tr("Certificate validity"), "title": self.tr("Document title")}[name]

    def _replace(self, kind: str, index: int | None, item) -> Product:
        """The product with item ``index`` of ``kind`` replaced (appended when None); citations follow."""
        setter = editing.set_certificate if kind == "certificate" else editing.set_document
        return setter(self.product, index, item)

    def add_item(self, kind: str) -> None:
        """Start a new certificate or document in the form; it is stored once its number or title is."""
        if self.product is None:
            return
        self._new = kind
        self._reset_input()
        self._filling = True
        try:
            for k in KINDS:
                self.lists[k].select_row(None)
            self.forms[kind].show_item(None)  # a new certificate starts as an inspection report
            self._fill_form()
        finally:
            self._filling = False
        self.forms[kind].first.setFocus()

    def commit(self, kind: str, name: str) -> None:
        """Field ``name`` of the ``kind`` form was left: store it (a new item once its key is typed)."""
        if self._filling or self.product is None:
            return
        form = self.forms[kind]
        items = getattr(self.product, LISTS[kind])
        if self._new == kind:
            if name != KEYS[kind] and not form.value(KEYS[kind]):
                return  # wait for the number or title
            index = len(items)
            item = Certificate(**form.values()) if kind == "certificate" else Document(**form.values())
            what = self.tr("New certificate") if kind == "certificate" else self.tr("New document")
        elif self._new is None and self._active is not None and self._active[0] == kind:
            index = self._active[1]
            value = form.value(name)
            if value == getattr(items[index], name):
                self._invalid.discard(name)
                form.issues[name].clear_issues()
                return
            item, what = replace(items[index], **{name: value}), self._what(name)
        else:
            return
        new = self._new is not None
        self._invalid.discard(name)
        result = self._store(self._replace(kind, None if new else index, item), what, (kind, index))
        path = f"{LISTS[kind]}[{index}]"
        if result.ok:
            if new:
                self._invalid.clear()
            form.show_issues(result.issues, path, keep=self._invalid)
            return
        self._invalid.add(name)
        form.show_issues(result.issues, path, keep=self._invalid)
        self.list_issue.show_issues([i for i in result.issues if not issues_for([i], path)])

    def remove_item(self, kind: str) -> None:
        """Remove the selected item; asks first when talking points or review lines cite it."""
        if self.product is None:
            return
        if self._new == kind:  # nothing stored yet
            self._new = None
            self._reset_input()
            self.fill(self.product, new_product=False)
            return
        item = self.item()
        if item is None or self._active[0] != kind:
            return
        index = self._active[1]
        points, reviews = citations(self.product, kind, getattr(item, KEYS[kind]))
        if points or reviews:
            question = (self.tr("Remove certificate “%1”?") if kind == "certificate"
                        else self.tr("Remove document “%1”?")).replace("%1", getattr(item, KEYS[kind]))
            answer = QMessageBox.question(
                self, self.tr("Remove evidence"), question + "\n\n" + citation_text(points, reviews),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        remover = editing.remove_certificate if kind == "certificate" else editing.remove_document
        what = self.tr("Remove certificate") if kind == "certificate" else self.tr("Remove document")
        self._reset_input()
        result = self._store(remover(self.product, index), what, (kind, index))  # then the next one
        if not result.ok:
            self.list_issue.show_issues(result.issues)

    # --- attached files -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.file_row.choose()
        if path is not None:
            self.attach(path)

    def attach(self, path: Path) -> bool:
        """Copy ``path`` into the attachments folder and attach it to the selected item."""
        item = self.item()
        if item is None:
            self.file_row.say(self.tr("Select a certificate or document first (a new one needs its number or "
                                      "title before a file can be attached)."))
            return False
        stored = self.file_row.store(self.context.files, path)
        if stored is None:
            return False
        kind, index = self._active
        after = self._replace(kind, index, replace(item, file_path=stored.path, file_name=stored.name))
        return self._store(after, self.tr("Attached file"), self._active).ok

    def open_file(self) -> None:
        item = self.item()
        if item is not None and item.file_path:
            self.file_row.open(self.context.files, item)

    def remove_file(self) -> None:
        item = self.item()
        if item is None or not item.file_path:
            return
        kind, index = self._active
        self._store(self._replace(kind, index, replace(item, file_path="", file_name="")),
                    self.tr("Remove attached file"), self._active)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.attach(path)
