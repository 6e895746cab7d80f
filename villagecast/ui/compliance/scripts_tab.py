"""The Scripts tab: the script list beside the editor with live findings.

The text is saved (one undoable command on the app stack) when the editor or the title loses focus,
on Ctrl+S and before another script is shown; never on every keystroke. The database is the truth:
after an app undo the editor shows the stored script again.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.broadcast.sessions import MAX_TITLE_CHARS, Script
from ...core.catalogue import NON_PRODUCT_ASPECTS
from ...core.errors import VillageCastError
from ...messages import describe_error
from .. import metrics
from ..editor.widgets import IssueLabel
from .commands import AddScript, DeleteScript, SaveScript
from .findings_view import FindingsView
from .hub import SCRIPTS
from .script_edit import ScriptEdit
from .script_tree import ScriptTree

PLACEHOLDERS = (("{价格}", "price"), ("{库存}", "stock"), ("{产地}", "origin"), ("{原价}", "reference_price"))


class ScriptsTab(QWidget):
    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.context = hub.context
        self.ref = None  # the ScriptRef shown
        self.stored: Script | None = None
        self.baseline = ""  # the editor's text as last loaded or saved
        self._scripts: dict[int, Script] = {}
        self._busy = 0
        self._pending = False
        self.tree = ScriptTree(self)
        self.title_label = QLabel()
        self.title_edit = QLineEdit(objectName="scriptTitle")
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.title_label.setBuddy(self.title_edit)
        self.insert_button = QToolButton(objectName="placeholderButton")
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        self.insert_actions = []
        for name, key in PLACEHOLDERS:
            action = self.insert_menu.addAction(name)
            action.setData((name, key))
            action.triggered.connect(lambda _=False, n=name: self.insert_placeholder(n))
            self.insert_actions.append(action)
        self.insert_button.setMenu(self.insert_menu)
        self.issue = IssueLabel()
        self.edit = ScriptEdit(hub)
        self.hint = QLabel(objectName="scriptHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.findings = FindingsView(hub)
        self._layout()
        self.new_action = self._action("newScriptAction", "Ctrl+N", self.new_script, self)
        self.save_action = self._action("saveScriptAction", "Ctrl+S", self.save_current, self)
        self.delete_action = self._action("deleteScriptAction", "Delete", self.delete_script, self.tree.tree,
                                          Qt.ShortcutContext.WidgetShortcut)
        self.tree.new_button.clicked.connect(self.new_script)
        self.tree.delete_button.clicked.connect(self.delete_script)
        self.tree.current_changed.connect(self._on_current)
        self.title_edit.editingFinished.connect(self.save_current)
        self.edit.left.connect(self.save_current)
        self.edit.scanned.connect(self._on_scanned)
        self.findings.chosen.connect(self.edit.select_finding)
        self.findings.activated.connect(lambda f: (self.edit.select_finding(f), self.edit.setFocus()))
        self.tree.set_products(self.context.catalogue.list_rows())
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.insert_button)
        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.hint)
        low.addWidget(self.findings, 1)
        self.editor_split = QSplitter(Qt.Orientation.Vertical, objectName="scriptSplitter")
        self.editor_split.addWidget(self.edit)
        self.editor_split.addWidget(lower)
        self.editor_split.setChildrenCollapsible(False)
        self.editor_split.setStretchFactor(0, 1)
        self.editor_split.setStretchFactor(1, 1)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.issue)
        box.addWidget(self.editor_split, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="scriptsSplitter")
        self.split.addWidget(self.tree)
        self.split.addWidget(right)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.split)

    def _action(self, name, keys, slot, owner, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(owner, objectName=name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(context)
        action.triggered.connect(lambda: slot())
        owner.addAction(action)
        return action

    def retranslate(self) -> None:
        self.tree.retranslate()
        self.findings.retranslate()
        self.title_label.setText(self.tr("&Title"))
        self.title_edit.setAccessibleName(self.tr("Script title"))
        self.edit.setAccessibleName(self.tr("Script text"))
        self.insert_button.setText(self.tr("Insert {\u2026}"))
        self.insert_button.setToolTip(self.tr("Insert a placeholder the catalogue fills in: price, stock, origin, "
                                              "original price"))
        self.edit.fix_action.setText(self.tr("Replace the marked wording"))
        self.hint.setText(self.tr("Red: must change. Amber: check. Hover for why; right-click or Ctrl+. to replace."))
        self.refresh()
        self._placeholder_texts()

    # --- data ---------------------------------------------------------------------------------
    @contextmanager
    def _quiet(self):
        """Writes made here refresh once, afterwards, not in the middle of a switch."""
        self._busy += 1
        try:
            yield
        finally:
            self._busy -= 1
            if not self._busy and self._pending:
                self._pending = False
                self.refresh()

    def refresh(self) -> None:
        if self._busy:
            self._pending = True
            return
        scripts = self.hub.book.scripts()
        self._scripts = {s.id: s for s in scripts}
        with self._quiet():  # set_scripts says which row is current (the same script, or the nearest)
            self.tree.set_scripts(scripts, self.hub, self.tr("Free scripts (opening, closing, stories)"))

    def on_data_changed(self, changes) -> None:
        aspects = changes.aspects or set()
        products = bool(changes.product_ids) or not aspects or not aspects <= NON_PRODUCT_ASPECTS
        if products:
            self.tree.set_products(self.context.catalogue.list_rows())
        if products or SCRIPTS in aspects:
            self.refresh()
        if products and self.stored is not None and self.stored.sku is not None:
            self.edit.set_product(self.hub.product_context(self.stored.sku))
            self._placeholder_texts()

    def on_pack_changed(self) -> None:
        self.edit.rescan(force=True)

    def show_product(self, sku: str | None) -> bool:
        return self.tree.select_product(sku)

    def show_script(self, ref) -> None:
        self.refresh()
        self.tree.select_ref(ref)

    # --- the current script -------------------------------------------------------------------
    def dirty(self) -> bool:
        return self.stored is not None and (self.edit.toPlainText() != self.baseline
                                            or self.title_edit.text().strip() != self.stored.title)

    def _on_current(self, kind, sku, ref) -> None:
        if ref is not None and ref is self.ref:
            stored = self._scripts.get(ref.id)
            if stored is not None and (stored.title, stored.text) != (self.stored.title, self.stored.text):
                was_dirty = self.dirty()
                self.stored = stored
                if not was_dirty:  # changed by an undo or redo: show what is stored
                    self._show(stored, keep_cursor=True)
            return
        if self.ref is not None and not self.save_current():
            with self._quiet():
                self.tree.select_ref(self.ref)  # keep the refused edit on screen
            return
        if ref is not None and ref is self.ref:  # the refresh after that save showed it already
            return
        stored = self._scripts.get(ref.id) if ref is not None else None
        self.ref, self.stored = (ref, stored) if stored is not None else (None, None)
        self.issue.clear_issues()
        if stored is None:
            self._show(None, group=sku if kind == "product" else None)
        else:
            self._show(stored)

    def _show(self, script: Script | None, keep_cursor: bool = False, group: str | None = None) -> None:
        position = self.edit.textCursor().position()
        has = script is not None
        for w in (self.title_edit, self.edit, self.insert_button, self.tree.delete_button):
            w.setEnabled(has)
        self.title_edit.setText(script.title if has else "")
        if has:
            product = self.hub.product_context(script.sku)
            self.edit.load(script.text, product)
            self.edit.setPlaceholderText(self.tr("Write what you will say. Risky wording is marked as you type."))
            if keep_cursor:
                cursor = self.edit.textCursor()
                cursor.setPosition(min(position, len(self.edit.toPlainText())))
                self.edit.setTextCursor(cursor)
        else:
            self.edit.load("", None)
            name = self.tree.rows.get(group, {}).get("name_zh", group) if group else None
            self.edit.setPlaceholderText(
                self.tr("No script chosen. Press New script (Ctrl+N) to write one for %1.").replace("%1", name)
                if name else self.tr("No script chosen. Pick one on the left, or press New script (Ctrl+N)."))
        self.baseline = self.edit.toPlainText()
        self._placeholder_texts()

    def _on_scanned(self, result) -> None:
        free = self.stored is None or self.stored.sku is None
        self.findings.show_result(result if self.stored is not None else None, self.edit.product, free)

    def _placeholder_texts(self) -> None:
        values = self.edit.product.values() if self.edit.product is not None else {}
        for action in self.insert_actions:
            name, key = action.data()
            value = values.get(key)
            action.setText(f"{name}  \u2192 {value}" if value else name)

    def insert_placeholder(self, name: str) -> None:
        self.edit.insertPlainText(name)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- writes -------------------------------------------------------------------------------
    def save_current(self) -> bool:
        """Store the title and text if they changed; False (and the reason shown) when refused."""
        if self.ref is None or self.stored is None or not self.dirty():
            return True
        title = self.title_edit.text().strip()
        if not title:  # a script keeps its name: an emptied title goes back to the stored one
            title = self.stored.title
            self.title_edit.setText(title)
        text = self.edit.toPlainText()
        after = Script(title, text, self.stored.sku, self.ref.id)
        command = SaveScript(self.hub, self.ref, self.stored, after,
                             self.tr("Edit script \u201c%1\u201d").replace("%1", title))
        try:
            with self._quiet():
                self.context.execute(command)
                self.stored, self.baseline = command.stored, text
        except VillageCastError as exc:
            self.issue.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
            self.issue.setText(describe_error(exc))
            self.issue.show()
            return False
        self.issue.clear_issues()
        return True

    def new_script(self) -> None:
        kind, sku, _ref = self.tree.current()
        if not self.save_current():
            return
        sku = sku if kind in ("product", "script") else None
        title = self.tree.rows.get(sku, {}).get("name_zh") if sku else None
        title = title or self.tr("New script")
        command = AddScript(self.hub, Script(title, "", sku), self.tr("New script \u201c%1\u201d").replace("%1", title))
        try:
            self.context.execute(command)
        except VillageCastError as exc:
            self.context.report_error(exc)
            return
        self.show_script(command.ref)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def delete_script(self) -> None:
        if self.ref is None or not self.save_current():
            return
        ref, title, sku = self.ref, self.stored.title, self.stored.sku
        if sku is not None and sku not in self.tree.pinned:
            self.tree.pinned.append(sku)  # the product's group stays listed
        command = DeleteScript(self.hub, ref, self.tr("Delete script \u201c%1\u201d").replace("%1", title))
        try:
            self.context.execute(command)
        except VillageCastError as exc:
            self.context.report_error(exc)
