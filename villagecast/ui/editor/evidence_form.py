"""The forms of the Certificates section: the fields of one certificate or document, and its attached file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ... import messages
from ...core.errors import FileError, Issue
from ...core.fields import fold
from ...core.product import CERTIFICATE_KINDS
from .. import metrics
from .panel import issues_for
from .widgets import DateField, IssueLabel, buddy_for, stacked

CONTEXT = "EvidenceForm"
translate = QCoreApplication.translate  # literal contexts, so lupdate sees every text
CERTIFICATE_FIELDS = (("kind", "choice"), ("number", "line"), ("issuer", "line"), ("valid_from", "date"),
                      ("valid_to", "date"))
DOCUMENT_FIELDS = (("title", "line"),)



def dropped_file(event) -> Path | None:
    """The first local file a drag carries (None when it carries none)."""
    urls = [u for u in event.mimeData().urls() if u.isLocalFile()] if event.mimeData().hasUrls() else []
    return Path(urls[0].toLocalFile()) if urls else None


class ItemForm(QWidget):
    """Labelled fields for one certificate or document, each with its message underneath.

    ``committed(name)`` says field ``name`` was left (or a choice made); ``value(name)`` reads it the way
    the core stores it. The form holds no state beyond what is typed.
    """

    committed = Signal(str)

    def __init__(self, spec: tuple[tuple[str, str], ...], parent=None):
        super().__init__(parent)
        self.spec = spec
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.issues: dict[str, IssueLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, kind in spec:
            widget = self._make(name, kind)
            self.issues[name] = IssueLabel()
            holder = stacked(widget, self.issues[name])
            label = QLabel()
            label.setBuddy(buddy_for(widget))
            self.labels[name] = label
            form.addRow(label, holder)

    def _make(self, name: str, kind: str) -> QWidget:
        if kind == "choice":
            widget = QComboBox()
            for code in CERTIFICATE_KINDS:
                widget.addItem(code, code)
            widget.activated.connect(lambda _i, n=name: self.committed.emit(n))
        elif kind == "date":
            widget = DateField()
            widget.edit.setAcceptDrops(False)  # a dropped file goes to the panel (attach), not into the text
            widget.editingFinished.connect(lambda n=name: self.committed.emit(n))
        else:
            widget = QLineEdit()
            widget.setAcceptDrops(False)
            widget.editingFinished.connect(lambda n=name: self.committed.emit(n))
        widget.setObjectName(f"field_{name}")
        self.widgets[name] = widget
        return widget

    @property
    def first(self) -> QWidget:
        """The field to type in first: the number or the title."""
        return self.widgets.get("number") or self.widgets["title"]

    def show_item(self, item, keep: set[str] = frozenset()) -> None:
        """Show ``item`` (a Certificate, a Document, or None for empty fields); fields in ``keep`` hold refused
        input and are left alone."""
        for name, widget in self.widgets.items():
            if name in keep:
                continue
            value = getattr(item, name) if item is not None else None
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value or "inspection_report")))
            else:
                widget.setText(value or "")

    def value(self, name: str):
        """The typed value of field ``name``: a choice's code, trimmed text, a date or None when empty."""
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, DateField):
            return fold(widget.text()) or None
        return widget.text().strip()

    def values(self) -> dict:
        return {name: self.value(name) for name in self.widgets}

    def show_issues(self, issues: list[Issue], path: str, keep: set[str] = frozenset()) -> None:
        """Each field's issues under ``path`` (``certificates[1]``); fields in ``keep`` keep their message
        when nothing new is said about them."""
        for name, label in self.issues.items():
            mine = issues_for(issues, f"{path}.{name}")
            if mine or name not in keep:
                label.show_issues(mine)

    def clear_issues(self) -> None:
        for label in self.issues.values():
            label.clear_issues()

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(messages.tr(messages.FIELD_NAMES[name]))
            self.widgets[name].setAccessibleName(label.text())
        combo = self.widgets.get("kind")
        if combo is not None:
            for i, code in enumerate(CERTIFICATE_KINDS):
                combo.setItemText(i, messages.label(messages.CERTIFICATE_NAMES, code))
        for name in ("valid_from", "valid_to"):
            if name in self.widgets:
                self.widgets[name].set_tooltips(
                    translate("EvidenceForm", "Type a date as YYYY-MM-DD, or leave it empty"),
                                                translate("EvidenceForm", "Pick from a calendar"))
        if "number" in self.widgets:
            self.widgets["number"].setToolTip(translate(
                "EvidenceForm", "As printed on the certificate; talking points cite it by "
                                                 "this number, and follow when you correct it"))
            self.widgets["valid_to"].edit.setPlaceholderText(translate("EvidenceForm", "empty: no end date"))
        if "title" in self.widgets:
            self.widgets["title"].setToolTip(
                translate("EvidenceForm", "A short name, e.g. “Pesticide residue test, March 2026”"))


class FileRow(QWidget):
    """The attached file of the selected item: its name, Attach file…, Open and Remove file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.name = QLabel(objectName="attachedName", wordWrap=True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton(objectName="attachFile")
        self.open_button = QPushButton(objectName="openFile")
        self.remove_button = QPushButton(objectName="removeFile")
        self.note = QLabel(objectName="fileNote", wordWrap=True)
        self.note.hide()
        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.name, 1)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(buttons)
        box.addWidget(self.note)

    def show_file(self, item, enabled: bool) -> None:
        """Show ``item``'s attached file (``enabled``: the item is stored, so a file can be attached)."""
        name = getattr(item, "file_name", "") or ""
        has = bool(getattr(item, "file_path", ""))
        if has:
            self.name.setStyleSheet("")
            self.name.setText(name or translate("EvidenceForm", "(unnamed file)"))
        else:
            self.name.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
            self.name.setText(translate("EvidenceForm", "No file attached"))
        self.attach_button.setEnabled(enabled)
        self.open_button.setEnabled(enabled and has)
        self.remove_button.setEnabled(enabled and has)

    def choose(self) -> Path | None:
        """Ask for a file to attach (None when cancelled)."""
        path, _ = QFileDialog.getOpenFileName(self, translate("EvidenceForm", "Attach a file"), "",
                                              translate("EvidenceForm",
                                                         "PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        return Path(path) if path else None

    def store(self, files, path: Path):
        """Copy ``path`` into ``files`` (a FileStore): its ``StoredFile``, or None after saying why not."""
        try:
            stored = files.put_file(Path(path))
        except FileError as exc:
            QMessageBox.warning(self, translate("EvidenceForm", "Not attached"), messages.describe_error(exc))
            return None
        self.say("")
        return stored

    def open(self, files, item) -> None:
        """Open ``item``'s stored file in the program the system uses for it."""
        try:
            path = files.path(item.file_path)
        except FileError as exc:
            QMessageBox.warning(self, translate("EvidenceForm", "Cannot open"), messages.describe_error(exc))
            return
        if not path.is_file():
            QMessageBox.warning(self, translate("EvidenceForm", "Cannot open"), translate("EvidenceForm", 
                "The attached file “%1” is missing from the attachments folder.").replace("%1", item.file_name))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def say(self, text: str) -> None:
        """A short amber note under the buttons (empty hides it)."""
        self.note.setStyleSheet(f"color: {metrics.WARNING_COLOR};")
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def retranslate(self) -> None:
        self.label.setText(messages.tr(messages.FIELD_NAMES["file"]) + ":")
        self.attach_button.setText(translate("EvidenceForm", "Attach file…"))
        self.attach_button.setToolTip(
            translate("EvidenceForm", "Copy a PDF, JPEG or PNG file into the catalogue (or drop it here)"))
        self.open_button.setText(translate("EvidenceForm", "Open"))
        self.open_button.setToolTip(translate("EvidenceForm", "Open the attached file in its usual program"))
        self.remove_button.setText(translate("EvidenceForm", "Remove file"))
        self.remove_button.setToolTip(translate("EvidenceForm", "Detach the file (Undo brings it back)"))
