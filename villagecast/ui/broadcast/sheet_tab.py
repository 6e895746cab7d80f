"""The run sheet tab (排品 / 直播脚本): sheet picker, the main list with the 返场 queue below it, the segment's script
with live findings beside them, a summary line and Go on air.

The database is the truth: after every write (``runsheets`` changes) the tables are filled again from the stored
sheet and checked with ``check_sheet``; the selected segment is followed by its id. The script being typed is
saved before anything else is written, shown or undone.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.broadcast.runsheet_model import ASPECT
from ...core.broadcast.sheet_check import check_sheet
from ...core.errors import NotFound
from .. import metrics
from . import sheet_air
from .sheet_actions import SheetActions
from .sheet_bar import ProductAdder, SheetBar
from .sheet_model import TITLE, SegmentModel, segment_table
from .sheet_script import ScriptPane
from .sheet_summary import headings, numbers, summary

QUIET_ASPECTS = {ASPECT, "scripts", "sessions", "shipping", "stock", "price"}  # no product added, renamed, removed


class SheetTab(QWidget):
    def __init__(self, context, settings, hub, book, parent=None):
        super().__init__(parent)
        self.context, self.settings, self.hub, self.book = context, settings, hub, book
        self.catalogue = context.catalogue
        self.sheet = None  # the RunSheet shown, as stored
        self.sheet_id: int | None = None
        self.segment_id: int | None = None
        self.summary_numbers: dict = {}
        self.message = None  # the last message box shown (non-blocking)
        self._busy, self._pending, self._restoring = 0, False, False
        self.bar = SheetBar()
        self.adder = ProductAdder()
        self.go_button = QPushButton(objectName="goOnAirButton")
        self.go_button.setStyleSheet("font-weight: bold;")
        self.notice = QLabel(objectName="sheetNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.main_model = SegmentModel("main", None, self)
        self.refeature_model = SegmentModel("refeature", None, self)
        self.main_view = segment_table(self.main_model, "mainSegments")
        self.refeature_view = segment_table(self.refeature_model, "refeatureSegments")
        self.main_heading, self.refeature_heading = QLabel(), QLabel()
        for label, view in ((self.main_heading, self.main_view), (self.refeature_heading, self.refeature_view)):
            label.setBuddy(view)
            label.setStyleSheet("font-weight: bold;")
        self.summary = QLabel(objectName="sheetSummary")
        self.summary.setWordWrap(True)
        self.pane = ScriptPane(hub, self.catalogue)
        self.actions = SheetActions(self)
        for model in (self.main_model, self.refeature_model):
            model.handler = self.actions
        self._layout()
        self.bar.chosen.connect(lambda sheet_id: self.show_sheet(sheet_id))
        self.bar.new_button.clicked.connect(lambda: self.actions.new_sheet())
        self.bar.rename_button.clicked.connect(lambda: self.actions.rename_sheet())
        self.bar.delete_button.clicked.connect(lambda: self.actions.delete_sheet())
        self.adder.opening.connect(lambda: self.actions.add_opening())
        self.adder.closing.connect(lambda: self.actions.add_closing())
        self.adder.picked.connect(lambda sku: self.actions.add_product(sku))
        self.go_button.clicked.connect(lambda: self.go_on_air())
        self.pane.save.connect(self.save_script)
        self.pane.scanned.connect(self._on_scanned)
        for view in self.views():
            view.selectionModel().currentRowChanged.connect(lambda current, _prev, v=view: self._on_current(v, current))
        self.adder.set_products(self.catalogue.list_rows())

    def _layout(self) -> None:
        self.lists_split = QSplitter(Qt.Orientation.Vertical, objectName="sheetListsSplitter")
        for heading, view in ((self.main_heading, self.main_view), (self.refeature_heading, self.refeature_view)):
            part = QWidget()
            box = QVBoxLayout(part)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(heading)
            box.addWidget(view, 1)
            self.lists_split.addWidget(part)
        self.lists_split.setChildrenCollapsible(False)
        self.lists_split.setStretchFactor(0, 3)
        self.lists_split.setStretchFactor(1, 1)
        moves = QHBoxLayout()
        self.segment_buttons = []
        for action in self.actions.segment_actions:
            button = QToolButton(objectName=action.objectName().replace("Action", "Button"))
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            moves.addWidget(button)
            self.segment_buttons.append(button)
        moves.addStretch(1)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.bar)
        box.addWidget(self.adder)
        box.addWidget(self.notice)
        box.addWidget(self.lists_split, 1)
        box.addLayout(moves)
        box.addWidget(self.summary)
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="sheetSplitter")
        self.split.addWidget(left)
        self.split.addWidget(self.pane)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(self.split)
        chain = [self.bar.combo, self.bar.new_button, self.bar.rename_button, self.bar.delete_button,
                 self.adder.opening_button, self.adder.picker, self.adder.closing_button, self.main_view,
                 self.refeature_view, *self.segment_buttons, self.pane.insert_button, self.pane.edit,
                 self.pane.findings.tree]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)  # top to bottom, then the script

    def views(self):
        return (self.main_view, self.refeature_view)

    def retranslate(self) -> None:
        self.bar.retranslate()
        self.adder.retranslate()
        self.actions.retranslate()
        self.pane.retranslate()
        self.go_button.setText(self.tr("Go on air\u2026"))
        self.go_button.setToolTip(self.tr("Check the run sheet's scripts and the checklist, then go on air with this "
                                          "run sheet (Ctrl+Shift+Enter)"))
        self.main_view.setAccessibleName(self.tr("Run sheet segments"))
        self.refeature_view.setAccessibleName(self.tr("Re-feature queue"))
        for model in (self.main_model, self.refeature_model):
            model.retranslate()
        self.rescale()
        self.refresh()

    def rescale(self) -> None:
        for view in self.views():
            view.verticalHeader().resetDefaultSectionSize()

    # --- reading the stored sheet ----------------------------------------------------------------------
    @contextmanager
    def quiet(self):
        """Writes made inside refresh once, afterwards (not in the middle of a switch or a save)."""
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
        sheets = self.book.sheets.sheets()
        if self.sheet_id not in {s.id for s in sheets}:
            self.sheet_id = sheets[0].id if sheets else None
        self.bar.set_sheets(sheets, self.sheet_id)
        self.sheet = next((s for s in sheets if s.id == self.sheet_id), None)
        segments = self.sheet.segments if self.sheet is not None else []
        checks = (check_sheet(self.sheet, self.catalogue, self.hub.pack, date.today())
                  if self.sheet is not None else [])
        by_id = {c.segment_id: c for c in checks}
        names = {s.sku: self._name(s.sku) for s in segments if s.sku}
        if self.segment_id not in {s.id for s in segments}:
            self.segment_id = None
        self._restoring = True
        try:
            self.main_model.set_rows(self.sheet.main if self.sheet else [], by_id, names)
            self.refeature_model.set_rows(self.sheet.refeature if self.sheet else [], by_id, names)
            self._select(self.segment_id)
        finally:
            self._restoring = False
        self._headings()
        self._summary()
        self._enable()
        self.pane.show_segment(self.current_segment(), self._index(self.segment_id))

    def _name(self, sku: str) -> str | None:
        try:
            return self.catalogue.get(sku).name_zh
        except NotFound:
            return None

    def _index(self, segment_id) -> int | None:
        segments = self.sheet.segments if self.sheet is not None else []
        return next((n for n, s in enumerate(segments) if s.id == segment_id), None)

    def current_segment(self):
        if self.sheet is None or self.segment_id is None:
            return None
        return next((s for s in self.sheet.segments if s.id == self.segment_id), None)

    def _headings(self) -> None:
        first, second = headings(self.sheet)
        self.main_heading.setText(first)
        self.refeature_heading.setText(second)

    def _summary(self) -> None:
        self.summary_numbers = numbers(self.sheet, self.views_models()) if self.sheet is not None else {}
        text, style = summary(self.summary_numbers)
        self.summary.setText(text)
        self.summary.setStyleSheet(style)

    def views_models(self):
        return (self.main_model, self.refeature_model)

    def _enable(self) -> None:
        has_sheet, has_segment = self.sheet is not None, self.current_segment() is not None
        for action in (self.actions.rename_sheet_action, self.actions.delete_sheet_action):
            action.setEnabled(has_sheet)
        for action in self.actions.segment_actions:
            action.setEnabled(has_segment)
        self.go_button.setEnabled(has_sheet and bool(self.sheet.segments))

    # --- selection -------------------------------------------------------------------------------------
    def _select(self, segment_id) -> None:
        for view in self.views():
            model = view.model()
            row = model.row_of(segment_id) if segment_id is not None else None
            if row is None:
                view.selectionModel().clear()
            else:
                view.selectionModel().setCurrentIndex(
                    model.index(row, TITLE), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                view.scrollTo(model.index(row, TITLE))

    def _on_current(self, view, current) -> None:
        if self._restoring:
            return
        s = view.model().segment(current.row()) if current.isValid() else None
        if s is None or s.id == self.segment_id:
            return
        with self.quiet():
            self.save_script()
            self.segment_id = s.id
            self._restoring = True
            try:
                for other in self.views():
                    if other is not view:
                        other.selectionModel().clear()
            finally:
                self._restoring = False
            self._enable()
            self.pane.show_segment(s, self._index(s.id))

    def show_sheet(self, sheet_id, segment_id=None) -> None:
        """Show sheet ``sheet_id`` (None: the newest) with ``segment_id`` selected (refreshed once, at the end of
        the write in progress if there is one)."""
        with self.quiet():
            self.save_script()
            self.sheet_id, self.segment_id = sheet_id, segment_id
            self._pending = True

    def select_near(self, queue: str, position: int) -> None:
        """After a removal: the segment now at ``position`` of ``queue`` (or the one before it)."""
        rows = (self.sheet.main if queue == "main" else self.sheet.refeature) if self.sheet is not None else []
        if rows:
            self.show_sheet(self.sheet_id, rows[min(position, len(rows) - 1)].id)

    def show_product(self, sku: str | None) -> None:
        """Ready to add ``sku``; its first segment on this sheet selected."""
        if not sku:
            return
        self.adder.choose(sku)
        found = next((s for s in self.sheet.segments if s.sku == sku), None) if self.sheet is not None else None
        if found is not None:
            self.show_sheet(self.sheet_id, found.id)

    def focus_adder(self) -> None:
        self.adder.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.adder.picker.lineEdit().selectAll()

    def show_notice(self, text: str, error: bool = False) -> None:
        """A line above the lists: a refusal (red) or a warning (amber); empty text hides it."""
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {metrics.DANGER_COLOR if error else metrics.WARNING_COLOR};")
        self.notice.setVisible(bool(text))

    # --- the script and the data -----------------------------------------------------------------------
    def save_script(self) -> bool:
        """Store the script being typed, if it changed; False when refused (the text stays)."""
        if not self.pane.dirty():
            return True
        segment, text = self.pane.segment, self.pane.text()
        with self.quiet():
            ok = self.actions.save_script(segment, text)
            if ok:
                self.pane.saved(text)
        return ok

    def _on_scanned(self, result) -> None:
        s = self.pane.segment
        if s is None:
            return
        model = self.main_model if s.queue == "main" else self.refeature_model
        model.set_live(s.id, result if self.pane.dirty() else None)
        self._summary()

    def on_data_changed(self, changes) -> None:
        aspects = changes.aspects or set()
        products = bool(changes.product_ids) or not aspects
        if not aspects or not aspects <= QUIET_ASPECTS:
            self.adder.set_products(self.catalogue.list_rows())
        if products or ASPECT in aspects:
            self.refresh()

    def go_on_air(self) -> bool:
        """Save the script, then ``live_controller.start_show`` with this sheet (True once on air)."""
        return sheet_air.go_on_air(self)
