"""The flash-sale box: a count-down of so many minutes for so many units of the product being sold.

It shows what may honestly be announced: the real end time (local) and the time and units left (units sold
since it started, capped by stock on hand), and why it ended. Start and stop are undo steps.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTimeEdit, QVBoxLayout

from ...broadcast_messages import COUNTDOWN_REASONS, describe_error, label
from ...core.broadcast.clock import clock_text, parse
from ...core.catalogue import MAX_QUANTITY
from ...core.errors import VillageCastError
from .. import formats, metrics

DEFAULT_DURATION = QTime(0, 5, 0)
DEFAULT_QUANTITY = 10


def form_label(field) -> QLabel:
    """A label for ``field`` in a form (its text is set when translated); Alt+its mnemonic focuses the field."""
    label = QLabel()
    label.setBuddy(field)
    return label


class FlashSaleBox(QGroupBox):
    """Count-down of ``sku_of()``'s product (the sale buttons' product); ``refresh()`` every second."""

    def __init__(self, controller, sku_of, parent=None):
        super().__init__(parent)
        self.setObjectName("flashSaleBox")
        self.controller, self.sku_of = controller, sku_of
        self.duration = QTimeEdit(DEFAULT_DURATION, objectName="flashDuration")
        self.duration.setDisplayFormat("mm:ss")
        self.duration.setMinimumTime(QTime(0, 0, 10))
        self.quantity = QSpinBox(objectName="flashQuantity")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setValue(DEFAULT_QUANTITY)
        self.start_button = QPushButton(objectName="flashStart")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(objectName="flashStop")
        self.stop_button.clicked.connect(self.stop)
        self.state_label = QLabel(objectName="flashState")
        self.state_label.setWordWrap(True)
        self.message = QLabel(objectName="flashMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        self.form = QFormLayout()
        self.form.addRow(form_label(self.duration), self.duration)
        self.form.addRow(form_label(self.quantity), self.quantity)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.state_label)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Flash sale (count-down)"))
        self.form.labelForField(self.duration).setText(self.tr("&Length (min:s)"))
        self.form.labelForField(self.quantity).setText(self.tr("&Units"))
        self.duration.setAccessibleName(self.tr("Flash sale length in minutes and seconds"))
        self.quantity.setAccessibleName(self.tr("Units in the flash sale"))
        self.start_button.setText(self.tr("S&tart"))
        self.start_button.setToolTip(self.tr("Start the count-down; it shows on the prompter with the units left"))
        self.stop_button.setText(self.tr("Sto&p"))
        self.stop_button.setToolTip(self.tr("End the flash sale now"))
        self.refresh()

    def running(self):
        """The running count-down of the product, or None."""
        sku = self.sku_of()
        return next((c for c in self.controller.facts.countdowns if c.countdown.sku == sku and not c.ended), None)

    def latest(self):
        sku = self.sku_of()
        mine = [c for c in self.controller.facts.countdowns if c.countdown.sku == sku]
        return max(mine, key=lambda c: parse(c.countdown.started_at)) if mine else None

    def start(self) -> bool:
        sku = self.sku_of()
        seconds = QTime(0, 0).secsTo(self.duration.time())
        try:
            if sku is None:
                raise VillageCastError("no_product", index=self.controller.current())
            self.controller.start_countdown(seconds, self.quantity.value(), sku)
        except VillageCastError as exc:
            self.message.setText(describe_error(exc))
            return False
        self.message.clear()
        self.refresh()
        return True

    def stop(self) -> bool:
        running = self.running()
        if running is None:
            return False
        try:
            self.controller.stop_countdown(running.countdown.id)
        except VillageCastError as exc:
            self.message.setText(describe_error(exc))
            return False
        self.message.clear()
        self.refresh()
        return True

    def refresh(self) -> None:
        now = self.controller.now()
        state = self.latest()
        running = state is not None and not state.ended
        self.start_button.setEnabled(self.sku_of() is not None and not running)
        self.stop_button.setEnabled(running)
        if state is None:
            self.state_label.setText(self.tr("No flash sale for this product yet."))
            self.state_label.setStyleSheet(f"color: {metrics.MUTED_COLOR};")
            return
        c = state.countdown
        ends = formats.time_text(state.ends_at, seconds=True)
        if running:
            left_s = max(0.0, (parse(state.ends_at) - now).total_seconds())
            text = self.tr("Running: ends at %1 (%2 left) \u00b7 %3 of %4 units left").replace("%1", ends).replace(
                "%2", clock_text(math.ceil(left_s))).replace(
                "%3", str(state.available)).replace("%4", str(c.quantity))
            colour = metrics.DANGER_COLOR if left_s < 60 else metrics.OK_COLOR
        else:
            at = c.stopped_at if state.reason == "stopped" and c.stopped_at else state.ends_at
            text = self.tr("Ended (%1) \u00b7 %2 of %3 units sold \u00b7 started %4").replace(
                "%1", label(COUNTDOWN_REASONS, state.reason or "time")).replace("%2", str(state.sold)).replace(
                "%3", str(c.quantity)).replace("%4", formats.time_text(c.started_at, seconds=True))
            if state.reason in ("stopped", "time"):
                text += " " + self.tr("at %1").replace("%1", formats.time_text(at, seconds=True))
            colour = metrics.MUTED_COLOR
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
