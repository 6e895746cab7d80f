"""The base of every editor section, and the messages shown beside fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel, QWidget

from ...core.errors import Issue
from ...core.product import Product
from .widgets import IssueLabel


@dataclass
class SaveResult:
    """What a save did: ``ok``, and the issues to show (errors when refused, warnings when saved)."""

    ok: bool
    issues: list[Issue] = field(default_factory=list)


class EditorPanel(QWidget):
    """One section of the product editor.

    The editor calls ``show_product`` with the stored state whenever it changes (and when the panel
    becomes visible); the panel builds the next state from it and calls ``save``. Nothing is kept in
    the panel that the database does not also hold, except input that was refused (shown in red).
    """

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.product: Product | None = None

    @property
    def context(self):
        return self.editor.context

    @property
    def catalogue(self):
        return self.editor.context.catalogue

    def show_product(self, product: Product | None) -> None:
        """Show ``product`` (None: nothing selected); subclasses fill their widgets in ``fill``."""
        changed = self.product is None or product is None or product.id != self.product.id
        self.product = product
        self.setEnabled(product is not None)
        self.fill(product, new_product=changed)

    def fill(self, product: Product | None, new_product: bool) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text again (language switch); the default refills from the shown product."""
        self.fill(self.product, new_product=False)

    def save(self, after: Product, what: str) -> SaveResult:
        """Store ``after`` as one undo step; ``what`` names the edit ("Live price") in the undo menu."""
        return self.editor.save(self.product, after, what)


def issues_for(issues: list[Issue], prefix: str) -> list[Issue]:
    """The issues about field ``prefix`` or inside it (``certificates[0]`` covers ``certificates[0].number``)."""
    return [i for i in issues if i.field == prefix or i.field.startswith(prefix + ".")
            or i.field.startswith(prefix + "[")]


class FieldMessages:
    """Field path -> ``IssueLabel``; shows each issue beside its field, the rest in a general label."""

    def __init__(self, general: IssueLabel | None = None):
        self.labels: dict[str, IssueLabel] = {}
        self.general = general

    def add(self, path: str, parent: QWidget | None = None) -> IssueLabel:
        label = IssueLabel(parent)
        self.labels[path] = label
        return label

    def show(self, issues: list[Issue], only: str | None = None) -> None:
        """Show ``issues``; with ``only``, just that field's label changes (others keep their messages)."""
        placed = set()
        for path, label in self.labels.items():
            if only is not None and path != only:
                continue
            mine = issues_for(issues, path)
            placed.update(id(i) for i in mine)
            label.show_issues(mine)
        if self.general is not None:
            rest = [i for i in issues if id(i) not in placed and (only is None or not _elsewhere(i, self.labels))]
            self.general.show_issues(rest)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear_issues()
        if self.general is not None:
            self.general.clear_issues()

    def has_error(self, path: str) -> bool:
        label = self.labels.get(path)
        return label is not None and label.severity == "error"


def _elsewhere(issue: Issue, labels: dict[str, IssueLabel]) -> bool:
    return any(issues_for([issue], path) for path in labels)


def heading(text: str = "") -> QLabel:
    """A bold section heading inside a panel."""
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")  # a style, not a font: it follows View > UI scale
    return label
