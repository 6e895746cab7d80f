"""Undoable writes while on air, on the app's undo stack (``context.execute``): sales, flash-sale count-downs,
reminder acknowledgements, corrections and on-air script edits.

Each is done once before it goes on the stack, so a refused write (oversell, a finished session) raises
there and is never an undo step. Every one returns ``Changes(aspects={"sessions"})``, sales with the product
ids whose stock changed. A failed undo or redo is reported in the broadcast words and the step is dropped.
"""

from __future__ import annotations

from ...broadcast_messages import describe_error
from ...core.errors import VillageCastError
from ..commands import CatalogueCommand
from .live_services import sessions_changed


class LiveCommand(CatalogueCommand):
    """Base: ``live`` is the ``core.broadcast.live_session.Live`` handle of the show."""

    def __init__(self, context, live, text: str):
        super().__init__(context, text)
        self.live = live

    def _run(self, step, sku) -> None:
        try:
            changes = step()
        except VillageCastError as exc:
            self.setObsolete(True)
            self.context.signals.error.emit(describe_error(exc))
            return
        self.context.publish(changes)
        if sku is not None:
            self.context.signals.focus_product.emit(sku)


class Sell(LiveCommand):
    """Sell ``quantity`` of ``sku`` (None: the segment on air's product); undo takes the sale back."""

    def __init__(self, context, live, quantity: int, sku: str | None, text: str):
        super().__init__(context, live, text)
        self.quantity, self._sku = quantity, sku
        self.sale = None

    def sku(self) -> str | None:
        return self.sale.sku if self.sale is not None else self._sku

    def do(self):
        self.sale = self.live.sell(self.quantity, self.sku())
        return sessions_changed(self.sale.changes.product_ids)

    def undo_(self):
        changes = self.live.undo_sale(self.sale)
        return sessions_changed(changes.product_ids)


class StartCountdown(LiveCommand):
    """A flash-sale count-down; undo removes it, redo puts the same one back."""

    def __init__(self, context, live, duration_s: int, quantity: int, sku: str | None, text: str):
        super().__init__(context, live, text)
        self.duration_s, self.quantity, self._sku = duration_s, quantity, sku
        self.countdown = None

    def do(self):
        if self.countdown is None:
            self.countdown = self.live.start_countdown(self.duration_s, self.quantity, self._sku)
        else:
            self.live.restore_countdown(self.countdown)
        return sessions_changed()

    def undo_(self):
        self.live.remove_countdown(self.countdown.id)
        return sessions_changed()


class StopCountdown(LiveCommand):
    """Stop a running count-down now; undo lets it run on."""

    def __init__(self, context, live, countdown_id: int, text: str):
        super().__init__(context, live, text)
        self.countdown_id = countdown_id

    def do(self):
        self.live.stop_countdown(self.countdown_id)
        return sessions_changed()

    def undo_(self):
        self.live.resume_countdown(self.countdown_id)
        return sessions_changed()


class Acknowledge(LiveCommand):
    """The anchor did what a reminder asks; undo takes the acknowledgement back."""

    def __init__(self, context, live, item_id: str, text: str):
        super().__init__(context, live, text)
        self.item_id = item_id
        self.ack_id: int | None = None

    def do(self):
        self.ack_id = self.live.acknowledge(self.item_id)
        return sessions_changed()

    def undo_(self):
        self.live.unacknowledge(self.ack_id)
        return sessions_changed()


class Correct(LiveCommand):
    """Log an on-air correction (what was said, what is true); undo removes it, redo restores it."""

    def __init__(self, context, live, said: str, truth: str, text: str):
        super().__init__(context, live, text)
        self.said, self.truth = said, truth
        self.correction = None

    def do(self):
        if self.correction is None:
            self.correction = self.live.correct(self.said, self.truth)
        else:
            self.live.restore_correction(self.correction)
        return sessions_changed()

    def undo_(self):
        self.live.remove_correction(self.correction.id)
        return sessions_changed()


class SetScript(LiveCommand):
    """Edit segment ``index``'s script on air (the run sheet is not changed); undo puts the old text back."""

    def __init__(self, context, live, index: int, script: str, text: str):
        super().__init__(context, live, text)
        self.index, self.script = index, script
        self.old: str | None = None

    def do(self):
        self.old = self.live.set_script(self.index, self.script)
        return sessions_changed()

    def undo_(self):
        self.live.set_script(self.index, self.old)
        return sessions_changed()
