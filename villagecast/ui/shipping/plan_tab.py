"""The 包邮 plan: a product at a live price, per province — table, coloured map and the breakdown behind it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import shipping_messages as sm
from ...core.errors import ValidationError, VillageCastError
from ...core.shipping.planner import Order, fee_pct, plan
from .. import metrics
from ..editor.widgets import IssueLabel
from . import dialogs, words
from .plan_detail import PlanDetail
from .plan_export import policy_csv
from .plan_inputs import PlanInputs
from .plan_model import CODE_ROLE, SORT_ROLE, PlanModel
from .province_grid import ProvinceGrid


class PlanTab(QWidget):
    """Inputs on top; the province table and the breakdown on the left, the map on the right."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("planTab")
        self.context = context
        self.day: date | None = None  # None: today
        self.plans: list = []
        self.order: Order | None = None
        self.product = None
        self.last_folder = ""
        self._cards = None
        self._selecting = False
        self._build()
        self.reload()
        self.retranslate()

    # --- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.inputs = PlanInputs(self)
        i = self.inputs
        self.product_box, self.quantity, self.packaging, self.fees = i.product_box, i.quantity, i.packaging, i.fees
        self.price, self.target, self.export_button = i.price, i.target, i.export_button
        self.issues = IssueLabel(self)
        self.summary = QLabel(objectName="planSummary")
        self.summary.setWordWrap(True)

        self.model = PlanModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="planTable")
        self.table.setModel(self.sorted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.detail = PlanDetail(self)
        self.grid = ProvinceGrid(self)
        self.legend = QLabel(objectName="planLegend")
        self.legend.setWordWrap(True)

        left = QSplitter(Qt.Orientation.Vertical, objectName="planLeftSplitter")
        left.addWidget(self.table)
        left.addWidget(self.detail)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.grid, 1)
        right_box.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="planSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.inputs)
        status = QHBoxLayout()
        status.addWidget(self.issues, 1)
        status.addWidget(self.summary, 2)
        box.addLayout(status)
        box.addWidget(self.splitter, 1)

        self.inputs.product_changed.connect(self._product_changed)
        self.inputs.changed.connect(self.recompute)
        self.target.returnPressed.connect(self.table.setFocus)
        self.export_button.clicked.connect(self.export_policy)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.grid.selected.connect(self.select_province)
        self.rescale()

    def retranslate(self) -> None:
        self.inputs.retranslate()
        self.grid.setAccessibleName(self.tr("Province map coloured by margin"))
        self.table.setAccessibleName(self.tr("Shipping and margin per province"))
        swatch = "<span style='color:{}'>\u25a0</span> {}"
        self.legend.setText("&nbsp;&nbsp; ".join(swatch.format(color, text) for color, text in (
            (metrics.DANGER_COLOR, self.tr("loses money")), (metrics.WARNING_COLOR, self.tr("below the target")),
            (metrics.OK_COLOR, self.tr("at or above the target")), (metrics.MUTED_COLOR, self.tr("not delivered")))))
        self._fill_choices()
        self.model.retranslate()
        self.detail.retranslate()
        self.recompute()
        self.rescale()

    def rescale(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        em = self.table.fontMetrics().horizontalAdvance("\u4e2d")
        header = self.table.horizontalHeader()
        for column, ems in enumerate((6.5, 6.5, 3, 3.5, 3.5, 3.5, 8)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(int(ems * em), header.fontMetrics().horizontalAdvance(title) + 28))
        self.inputs.rescale()
        self.detail.rescale()
        self.grid.updateGeometry()

    # --- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read products, presets, profiles and cards again (after any write)."""
        self._cards = None
        self.product_box.set_rows(self.context.catalogue.list_rows())
        self._load_product(self.product_box.sku(), prefill=self.product is None)
        self._fill_choices()
        self.recompute()

    def on_data_changed(self, changes) -> None:
        if changes.aspects and changes.aspects <= {"shipping"} and not changes.product_ids:
            self._cards = None
            self._fill_choices()
            self.recompute()
        else:
            self.reload()

    def cards(self) -> list:
        if self._cards is None:
            self._cards = self.context.shipping.cards()
        return self._cards

    def _fill_choices(self) -> None:
        book = self.context.shipping
        self.inputs.fill_choices(book.presets(), book.profiles(), self.day or date.today())

    def show_product(self, sku: str | None) -> bool:
        """Plan for ``sku`` (prefills its live price); False when there is no such product."""
        return self.product_box.select(sku) if sku else False

    def _product_changed(self, sku) -> None:
        self._load_product(sku, prefill=True)
        self.recompute()

    def _load_product(self, sku, prefill: bool) -> None:
        try:
            self.product = self.context.catalogue.get(sku) if sku else None
        except VillageCastError:
            self.product = None
        if prefill and self.product is not None:
            self.inputs.prefill_price(self.product.live_price_fen)

    # --- computing ----------------------------------------------------------------------------
    def recompute(self, *_args) -> None:
        """Plan again from the inputs as they are; a refused input clears the result and says why."""
        self.issues.clear_issues()
        plans, order, problem, target = [], None, "", self.model.target_fen
        if self.product is None:
            problem = self.tr("Pick a product.")
        else:
            try:
                price = words.money(self.price.text(), "price_fen")
                target = words.money(self.target.text(), "target_margin_fen")
                order = Order(self.product, self.quantity.value(), self.inputs.preset(), price,
                              fee_pct(self.inputs.profile()))
                plans = plan(order, self.cards(), target, self.day or date.today())
            except ValidationError as exc:
                self.issues.show_issues(exc.issues)
                order = None
            except VillageCastError as exc:
                problem, order = words.describe_error(exc), None
        self.plans, self.order = plans, order
        self._show(problem, target)

    def _show(self, problem: str, target: int) -> None:
        code = self.current_code()
        card_key = self.detail.pinned
        self.model.set_plans(self.plans, target)
        self.grid.set_plans(self.plans, target)
        if problem:
            self.summary.setText(problem)
            self.summary.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        else:
            self.summary.setStyleSheet("")
            counts = {name: sum(1 for p in self.plans if p.policy == name) for name in sm.POLICY_NAMES}
            self.summary.setText("  \u00b7  ".join(
                self.tr("%1: %2").replace("%1", words.label(sm.POLICY_NAMES, name)).replace("%2", str(n))
                for name, n in counts.items()) if self.plans else "")
        self.export_button.setEnabled(bool(self.plans))
        self.select_province(code or (self.plans[0].province.code if self.plans else None), card_key)

    def current_code(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def origin_code(self) -> str | None:
        """The GB/T 2260 code of the planned product's origin province, if it names one."""
        from ...core.shipping import provinces

        found = provinces.find(self.product.origin_province or "") if self.product is not None else None
        return found.code if found else None

    def plan_for(self, code: str | None):
        return next((p for p in self.plans if p.province.code == code), None)

    def select_province(self, code: str | None, card_key: tuple | None = None) -> None:
        """Show ``code`` in the table, on the map and in the detail (from a click, a key or a recompute)."""
        row = self.model.row_of(code)
        if row is not None:
            index = self.sorted.mapFromSource(self.model.index(row, 0))
            if index.row() != self.table.selectionModel().currentIndex().row():
                self._selecting = True
                try:
                    self.table.selectRow(index.row())
                finally:
                    self._selecting = False
                self.table.scrollTo(index)
        self.grid.set_current(code if row is not None else None)
        self.detail.show_plan(self.plan_for(code), self.order, self.model.target_fen, card_key)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid() and not self._selecting:
            self.select_province(current.data(CODE_ROLE))

    # --- export -------------------------------------------------------------------------------
    def export_policy(self) -> None:
        if not self.plans:
            return
        name = f"baoyou-{self.product.sku}.csv"
        path = dialogs.save_file(self, self.tr("Export the free-shipping policy"),
                                 str(Path(self.last_folder or Path.home(), name)), self.tr("CSV files (*.csv)"))
        if path:
            self.write_policy(path)

    def write_policy(self, path: str) -> None:
        try:
            Path(path).write_bytes(policy_csv(self.plans))
        except OSError as exc:
            dialogs.warn(self, self.tr("Not saved"), self.tr("%1 could not be written: %2")
                         .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        self.last_folder = str(Path(path).parent)
        self.summary.setText(self.tr("Policy saved to %1").replace("%1", path))

