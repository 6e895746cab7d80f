"""Shop links: where the product is sold (platform + exact link), in order; the first goes on cards.

Beside the list, the form edits the selected link and the QR code of the saved link is shown with
its exact text, "Copy link" and "Save QR as PNG…". Every change is one undo step; a refused link
stays in its field with the reason in red and is not saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ... import messages
from ...core import editing
from ...core.product import SHOP_PLATFORMS, Product, ShopLink
from .. import metrics
from ..exchange.qr_view import QrView
from .evidence_parts import RichList, esc
from .panel import EditorPanel, SaveResult, heading, issues_for
from .widgets import IssueLabel, fill_with, scrolling, stacked


class ShopLinksPanel(EditorPanel):
    """List of links with Add / Remove / Move, a form for the selected one, and its QR code.

    The selection is kept by index across refills; a new link lives only in the form until its link is
    stored (Enter or leaving the field).
    """

    def __init__(self, editor):
        super().__init__(editor)
        self._row: int | None = None
        self._new = False  # the form holds a link that is not stored yet
        self._refused = False  # the link field holds refused input: keep it on refills
        self._filling = False
        self.title, self.form_title, self.qr_title = heading(), heading(), heading()
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        self.list = RichList(fit=True, objectName="linksList")
        self.add_button = QPushButton(objectName="addLink")
        self.remove_button = QPushButton(objectName="removeLink")
        self.up_button = QPushButton(objectName="moveLinkUp")
        self.down_button = QPushButton(objectName="moveLinkDown")
        rows = []  # two rows, so the section stays inside its ~560 px at 200 % too
        for pair in ((self.add_button, self.remove_button), (self.up_button, self.down_button)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
            rows.append(row)
        self.list_issue = IssueLabel()
        self.platform = QComboBox(objectName="linkPlatform")
        for code in SHOP_PLATFORMS:
            self.platform.addItem(code, code)
        self.url = QLineEdit(objectName="linkUrl")
        self.url.setPlaceholderText("https://")
        self.url_issue = IssueLabel()
        self.platform_label, self.url_label = QLabel(buddy=self.platform), QLabel(buddy=self.url)
        self.form = QWidget(objectName="linkForm")
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.platform_label, self.platform)
        form.addRow(self.url_label, stacked(self.url, self.url_issue, spacing=2))
        for label in (self.title, self.form_title, self.qr_title):
            label.setWordWrap(True)
        self.qr = QrView(None, self)
        self.qr.setObjectName("linkQr")
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addWidget(self.list)
        for row in rows:
            column.addLayout(row)
        column.addWidget(self.list_issue)
        column.addSpacing(6)
        column.addWidget(self.form_title)
        column.addWidget(self.form)
        column.addSpacing(6)
        column.addWidget(self.qr_title)
        column.addWidget(self.qr)
        column.addStretch(1)
        fill_with(self, scrolling(content, "linksScroll", sideways=False))
        for keys, slot in (("Ctrl+Up", lambda: self.move(-1)), ("Ctrl+Down", lambda: self.move(1)),
                           (QKeySequence.StandardKey.Delete, self.remove_link)):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus
            action.triggered.connect(slot)
            self.list.addAction(action)
        self.add_button.clicked.connect(self.add_link)
        self.remove_button.clicked.connect(self.remove_link)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.currentRowChanged.connect(self._on_row)
        self.list.activated.connect(lambda _index: self.url.setFocus())
        self.platform.activated.connect(lambda _i: self.commit_platform())
        self.url.editingFinished.connect(self.commit_url)
        order = [self.list, self.add_button, self.remove_button, self.up_button, self.down_button, self.platform,
                 self.url, self.qr.copy_button, self.qr.save_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product: Product | None, new_product: bool) -> None:
        if new_product:
            self._row = 0 if product is not None and product.shop_links else None
            self._new = self._refused = False
            self._clear_issues()
        self._filling = True
        try:
            links = product.shop_links if product is not None else []
            if self._row is not None:
                self._row = min(self._row, len(links) - 1) if links else None
            self.list.set_rows([self._row_text(i, link) for i, link in enumerate(links)])
            self.list.select_row(None if self._new else self._row)
            self._fill_form()
        finally:
            self._filling = False
        self._update_buttons()

    def _row_text(self, i: int, link: ShopLink) -> tuple[str, str]:
        name = messages.label(messages.PLATFORM_NAMES, link.platform)
        first = self.tr("on cards and in the catalogue") if i == 0 else ""
        extra = f" · <span style='color:{metrics.OK_COLOR}'>{esc(first)}</span>" if first else ""
        return f"<b>{i + 1} · {esc(name)}</b>{extra}<br>{esc(link.url)}", f"{i + 1}. {name}: {link.url} {first}"

    def current_link(self) -> ShopLink | None:
        """The stored link selected in the list (None for a new one or none)."""
        if self.product is None or self._new or self._row is None:
            return None
        return self.product.shop_links[self._row]

    def _fill_form(self) -> None:
        link = self.current_link()
        self.form.setEnabled(self._new or link is not None)
        if self._new:
            self.form_title.setText(self.tr("New shop link"))
        elif link is None:
            self.form_title.setText(self.tr("No shop link selected"))
        else:
            self.form_title.setText(self.tr("Shop link %1").replace("%1", str(self._row + 1)))
        if link is not None:
            self.platform.setCurrentIndex(max(0, self.platform.findData(link.platform)))
            if not self._refused:
                self.url.setText(link.url)
        elif not self._new:
            self.url.setText("")
        stem = f"{self.product.sku}-{link.platform}-qr" if link is not None and self.product is not None else "qr"
        self.qr.show_link(link.url if link is not None else None, stem)

    def _update_buttons(self) -> None:
        count = len(self.product.shop_links) if self.product is not None else 0
        row = None if self._new else self._row
        self.remove_button.setEnabled(self._new or row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)

    def _clear_issues(self) -> None:
        for label in (self.url_issue, self.list_issue):
            label.clear_issues()

    def _on_row(self, row: int) -> None:
        if self._filling or row < 0:
            return
        self._row, self._new, self._refused = row, False, False
        self._clear_issues()
        self._filling = True
        try:
            self._fill_form()
        finally:
            self._filling = False
        self._update_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shop links: where shoppers buy this product"))
        self.hint.setText(self.tr("The first link goes on product cards and in the printed catalogue, as a QR "
                                  "code. Paste the exact link from the shop's share button."))
        for button, text, tip in (
                (self.add_button, self.tr("Add"), self.tr("Add a shop link at the end")),
                (self.remove_button, self.tr("Remove"), self.tr("Remove the selected link (Delete; Undo brings it "
                                                                "back)")),
                (self.up_button, self.tr("Move up"), self.tr("Move the selected link up (Ctrl+Up); the first one "
                                                             "goes on cards")),
                (self.down_button, self.tr("Move down"), self.tr("Move the selected link down (Ctrl+Down)"))):
            button.setText(text)
            button.setToolTip(tip)
        self.list.setAccessibleName(self.tr("Shop links"))
        self.platform_label.setText(self.tr("Platform"))
        self.url_label.setText(self.tr("Link"))
        self.platform.setAccessibleName(self.tr("Platform of the shop link"))
        self.url.setAccessibleName(self.tr("Link to the product in the shop"))
        self.url.setToolTip(self.tr("Saved when you press Enter or leave the field"))
        self.qr_title.setText(self.tr("QR code of the selected link"))
        for i, code in enumerate(SHOP_PLATFORMS):
            self.platform.setItemText(i, messages.label(messages.PLATFORM_NAMES, code))
        self.qr.retranslate()
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

    def add_link(self) -> None:
        """Start a new link in the form (stored once it is typed and Enter pressed or the field left)."""
        if self.product is None:
            return
        if self.url.hasFocus() and self.url.isModified():
            self.commit_url()  # a pending edit of the shown link is saved first
        self._new, self._refused = True, False
        self._clear_issues()
        used = {link.platform for link in self.product.shop_links}
        platform = next((p for p in SHOP_PLATFORMS if p not in used), "other")
        self._filling = True
        try:
            self.platform.setCurrentIndex(self.platform.findData(platform))
            self.url.setText("")
            self.list.select_row(None)
            self._fill_form()
        finally:
            self._filling = False
        self._update_buttons()
        self.url.setFocus()

    def remove_link(self) -> None:
        if self.product is None:
            return
        if self._new:  # nothing stored yet: just drop the form
            self._new = self._refused = False
            self._clear_issues()
            self.fill(self.product, new_product=False)
            return
        if self._row is None:
            return
        count = len(self.product.shop_links)
        after = editing.remove_item(self.product, "shop_links", self._row)
        self._refused = False
        self._clear_issues()
        result = self._store(after, self.tr("Remove shop link"), min(self._row, count - 2) if count > 1 else None)
        self.list_issue.show_issues([] if result.ok else result.issues)

    def move(self, delta: int) -> None:
        if self.product is None or self._new or self._row is None:
            return
        target = max(0, min(len(self.product.shop_links) - 1, self._row + delta))
        if target == self._row:
            return
        after = editing.move_item(self.product, "shop_links", self._row, delta)
        result = self._store(after, self.tr("Order of shop links"), target)
        self.list_issue.show_issues([] if result.ok else result.issues)

    def commit_platform(self) -> None:
        link = self.current_link()
        if self._filling or link is None:
            return  # a new link's platform is stored with its link
        platform = self.platform.currentData()
        if platform != link.platform:
            after = editing.set_item(self.product, "shop_links", self._row, replace(link, platform=platform))
            result = self._store(after, self.tr("Platform of a shop link"), self._row)
            self.list_issue.show_issues([] if result.ok else result.issues)

    def commit_url(self) -> None:
        if self._filling or self.product is None or (self._row is None and not self._new):
            return
        text = self.url.text().strip()
        if self._new:
            if not text:
                return  # nothing typed yet
            index = len(self.product.shop_links)
            after = editing.set_item(self.product, "shop_links", None, ShopLink(self.platform.currentData(), text))
            what = self.tr("New shop link")
        else:
            index = self._row
            link = self.product.shop_links[index]
            if text == link.url:
                self._refused = False
                self.url_issue.clear_issues()
                return
            after = editing.set_item(self.product, "shop_links", index, replace(link, url=text))
            what = self.tr("Shop link")
        self._refused = False
        result = self._store(after, what, index)
        self._refused = not result.ok
        path = f"shop_links[{index}]"
        self.url_issue.show_issues(issues_for(result.issues, path) if not result.ok else [])
        self.list_issue.show_issues([i for i in result.issues if not issues_for([i], path)] if not result.ok else [])
