"""Price: the live price now beside the 7-day reference price (the only 原价), a field to set it, the history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ... import messages
from ...core.errors import Issue, ValidationError
from ...core.fields import fold
from ...core.money import parse_yuan
from ...core.validation import validate_product
from .. import formats, metrics
from .panel import EditorPanel, heading, issues_for
from .price_chart import PriceChart, chart_data, legend_html
from .stock import HistoryModel, big_html, fit_header, history_table
from .widgets import IssueLabel, fill_with, scrolling

FIELD = "live_price_fen"
RANGES = (30, 90, None)  # days shown in the chart; None: the whole history
PRICE_HEADERS = (QT_TRANSLATE_NOOP("HistoryModel", "Time"), QT_TRANSLATE_NOOP("HistoryModel", "Price"),
                 QT_TRANSLATE_NOOP("HistoryModel", "Value"))


class PricePanel(EditorPanel):
    """The live and reference prices, a "set live price" field (one undo step), the chart and the history."""

    def __init__(self, editor):
        super().__init__(editor)
        self.days: int | None = RANGES[0]
        self.rows: list[dict] = []
        self.reference: int | None = None
        self._invalid = False
        self.live_title, self.reference_title = heading(), heading()
        self.live = QLabel(objectName="priceLive", textFormat=Qt.TextFormat.RichText)
        self.reference_label = QLabel(objectName="priceReference", textFormat=Qt.TextFormat.RichText,
                                      wordWrap=True)
        self.explain = QLabel(objectName="priceExplain", wordWrap=True)
        self.field_label = QLabel()
        self.field = QLineEdit(objectName="priceField")
        self.field.setMaxLength(14)
        self.field_label.setBuddy(self.field)
        self.set_button = QPushButton(objectName="priceSet")
        self.issue = IssueLabel()
        self.issue.setObjectName("priceIssue")
        self.range_buttons = [QRadioButton(objectName=f"priceRange{d or 'All'}") for d in RANGES]
        self.range_group = QButtonGroup(self)
        for i, button in enumerate(self.range_buttons):
            self.range_group.addButton(button, i)
        self.range_buttons[0].setChecked(True)
        self.chart = PriceChart()
        self.legend = QLabel(objectName="priceLegend", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.chart_heading, self.history_heading = heading(), heading()
        self.model = HistoryModel(PRICE_HEADERS, frozenset((2,)), self)
        self.table = history_table(self.model, "priceHistory", 1)
        self._layout()
        self.field.returnPressed.connect(self.commit)
        self.set_button.clicked.connect(self.commit)
        self.range_group.idClicked.connect(self.set_range)
        self.retranslate()

    def _layout(self) -> None:
        top = QGridLayout()
        top.addWidget(self.live_title, 0, 0)
        top.addWidget(self.reference_title, 0, 1)
        top.addWidget(self.live, 1, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.reference_label, 1, 1, Qt.AlignmentFlag.AlignTop)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        self.explain.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
        for label in (self.live_title, self.reference_title, self.chart_heading, self.history_heading):
            label.setWordWrap(True)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 1)
        entry.addWidget(self.set_button)
        ranges = QHBoxLayout()
        for button in self.range_buttons:
            ranges.addWidget(button)
        ranges.addStretch(1)
        content = QWidget(objectName="priceContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 4, 8, 8)
        column.addLayout(top)
        column.addWidget(self.explain)
        column.addWidget(self.field_label)
        column.addLayout(entry)
        column.addWidget(self.issue)
        column.addWidget(self.chart_heading)
        column.addLayout(ranges)
        column.addWidget(self.chart)
        column.addWidget(self.legend)
        column.addWidget(self.history_heading)
        column.addWidget(self.table, 1)
        fill_with(self, scrolling(content, "priceScroll", sideways=False))
        order = (self.field, self.set_button, *self.range_buttons, self.table)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    # --- showing --------------------------------------------------------------------------------
    def fill(self, product, new_product: bool) -> None:
        if new_product:
            self._invalid = False
            self.issue.clear_issues()
        if product is None:
            self.rows, self.reference = [], None
            self.model.set_rows([])
            self.chart.set_data(None)
            return
        self.rows = self.catalogue.price_history(product.sku)
        self.reference = self.catalogue.reference_price(product.sku)
        live = product.live_price_fen
        self.live.setText(big_html(self.tr("none") if live is None else formats.money(live)))
        if self.reference is None:
            self.reference_label.setText(big_html(self.tr("none"), metrics.WARNING_COLOR) + "<br>"
                                         + self.tr("Do not call any price “original” (原价)."))
        else:
            self.reference_label.setText(big_html(formats.money(self.reference), metrics.OK_COLOR))
        if not self._invalid:
            self.field.setText(formats.money_plain(live))
            self.issue.show_issues(issues_for([i for i in validate_product(product) if not i.is_error], FIELD))
        now, cleared = self.catalogue.clock(), self.tr("cleared")
        self.model.set_rows([(formats.datetime_text(r["at"], now),
                              messages.label(messages.PRICE_KIND_NAMES, r["kind"]),
                              cleared if r["price_fen"] is None else formats.money(r["price_fen"]))
                             for r in reversed(self.rows)])
        self._chart()

    def _chart(self) -> None:
        data = chart_data(self.rows, self.reference, self.catalogue.clock(), self.days)
        self.chart.set_data(data)
        self.legend.setText("" if data.empty else legend_html(data.lines))
        self.legend.setVisible(not data.empty)

    def set_range(self, index: int) -> None:
        """Show the last 30 or 90 days, or everything (index into ``RANGES``)."""
        self.days = RANGES[index]
        self.range_buttons[index].setChecked(True)
        self._chart()

    def retranslate(self) -> None:
        self.live_title.setText(self.tr("Live price now"))
        self.reference_title.setText(self.tr("7-day reference price"))
        self.explain.setText(self.tr(
            "Only the reference price may be called the original price (原价): the lowest live price in force in "
            "the 7 days before today (规范促销行为暂行规定). Lowering the live price does not change it until "
            "the days pass."))
        self.field_label.setText(self.tr("Set live price (yuan)"))
        self.field.setAccessibleName(messages.tr(messages.FIELD_NAMES[FIELD]))
        self.field.setPlaceholderText("39.90")
        self.field.setToolTip(self.tr("Type the new price in yuan and press Enter; Ctrl+Z takes it back"))
        self.set_button.setText(self.tr("Set"))
        self.set_button.setToolTip(self.tr("Save the new live price (Enter)"))
        self.chart_heading.setText(self.tr("Price history"))
        for button, text in zip(self.range_buttons, (self.tr("30 days"), self.tr("90 days"), self.tr("All"))):
            button.setText(text)
        self.chart.setAccessibleName(self.tr("Price history chart"))
        self.history_heading.setText(self.tr("Price changes, newest first"))
        self.table.setAccessibleName(self.tr("Price changes"))
        fit_header(self.table)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 7)
        self.chart.updateGeometry()
        super().retranslate()

    # --- saving ---------------------------------------------------------------------------------
    def commit(self) -> bool:
        """Save the typed live price as one undo step; refused text stays in the field with the reason."""
        if self.product is None:
            return False
        text = fold(self.field.text())
        try:
            if not text:
                raise ValidationError([Issue(FIELD, "required")])
            fen = parse_yuan(text, FIELD)
        except ValidationError as exc:
            self._invalid = True
            self.issue.show_issues(exc.issues)
            return False
        self._invalid = False
        if fen == self.product.live_price_fen:
            self.fill(self.product, new_product=False)
            return True
        result = self.save(replace(self.product, live_price_fen=fen), self.tr("Live price"))
        if not result.ok:
            self._invalid = True
            self.issue.show_issues(issues_for(result.issues, FIELD) or result.issues)
        return result.ok
