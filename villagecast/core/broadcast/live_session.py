"""One show on air: the current segment and its log, sales, count-downs, reminders, corrections, the state row.

Everything is written as it happens, each write one small transaction; ``save_position`` is one UPDATE of
the state row, cheap enough to call many times a second. Writes are refused once the session is finished
(``session_finished``). Writes return what their undo needs: ``undo_sale(sale)``, ``remove_countdown(id)``
/ ``restore_countdown(c)``, ``resume_countdown(id)``, ``remove_correction(id)`` / ``restore_correction(c)``,
``unacknowledge(ack_id)``, ``set_script`` returns the old text.
"""

from __future__ import annotations

from dataclasses import replace

from ..catalogue import MAX_QUANTITY
from ..errors import Issue, NotFound, ValidationError
from .clock import iso
from .live_model import (Correction, Countdown, CountdownState, LiveSegment, LiveState, LogEntry, Position, Sale,
                         check_speed, countdown_state)
from .reminders import ReminderState, reminder_states
from .sessions import MAX_SCRIPT_CHARS, SessionError

MAX_COUNTDOWN_S = 6 * 3600
MAX_NOTE_CHARS = 2000


class Live:
    """A handle on session ``session_id``; the database holds the truth, ``segments`` is the copy taken on air."""

    def __init__(self, service, session_id: int):
        self.service = service
        self.repo = service.repo
        self.catalogue = service.catalogue
        self.session_id = session_id
        self.segments: tuple[LiveSegment, ...] = tuple(self.repo.segments(session_id))

    def _now(self):
        return self.service.clock()

    def check_open(self) -> None:
        times = self.repo.session_times(self.session_id)
        if times is None:
            raise NotFound("session_not_found", id=self.session_id)
        if times[1]:
            raise SessionError("session_finished", id=self.session_id)

    def _segment(self, index) -> LiveSegment:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.segments):
            raise ValidationError([Issue("segment", "out_of_range",
                                         {"value": index, "min": 0, "max": len(self.segments) - 1})])
        return self.segments[index]

    # --- where we are -------------------------------------------------------------------------
    def current(self) -> int:
        """Index of the segment on air."""
        entry = self.repo.open_entry(self.session_id)
        return entry.index if entry else self.repo.state(self.session_id)[0].segment

    def go_to(self, index: int) -> LogEntry | None:
        """Leave the current segment and enter ``index`` (prompter position set to its start); None if already there."""
        self._segment(index)
        with self.repo.transaction():
            self.check_open()
            entry = self.repo.open_entry(self.session_id)
            if entry is not None and entry.index == index:
                return None
            now = iso(self._now())
            self.repo.leave(self.session_id, now)
            log_id = self.repo.enter(self.session_id, index, now)
            self.repo.save_position(self.session_id, Position(index), self.repo.state(self.session_id)[1], now)
        return LogEntry(index, now, None, "enter", log_id)

    def next(self) -> LogEntry | None:
        index = self.current() + 1
        return self.go_to(index) if index < len(self.segments) else None

    def previous(self) -> LogEntry | None:
        index = self.current() - 1
        return self.go_to(index) if index >= 0 else None

    def save_position(self, segment: int, offset: int, fraction: float, speed: int) -> bool:
        """Store the prompter position and speed: one UPDATE. False when the session has finished."""
        self._segment(segment)
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise ValidationError([Issue("offset", "out_of_range", {"value": offset, "min": 0})])
        if not isinstance(fraction, (int, float)) or not 0.0 <= fraction <= 1.0:
            raise ValidationError([Issue("fraction", "out_of_range", {"value": fraction, "min": 0, "max": 1})])
        check_speed(speed)
        return self.repo.save_position(self.session_id, Position(segment, offset, float(fraction)), speed,
                                       iso(self._now()))

    # --- sales --------------------------------------------------------------------------------
    def sell(self, quantity: int = 1, sku: str | None = None) -> Sale:
        """Sell ``quantity`` of ``sku`` (default: the current segment's product); refused beyond stock on hand."""
        with self.repo.transaction():
            self.check_open()
            index = self.current()
            if sku is None:
                seg = self.segments[index]
                if seg.kind != "product" or not seg.sku:
                    raise SessionError("no_product", index=index)
                sku = seg.sku
            changes = self.catalogue.move_stock(sku, "sell", quantity, "", session_id=str(self.session_id))
            at = self.repo.move_at(changes.move_id)
        return Sale(changes.move_id, sku, quantity, at, index, changes)

    def undo_sale(self, sale: Sale):
        """Take a mistaken sale back (the movement is deleted); returns the catalogue's Changes."""
        with self.repo.transaction():
            self.check_open()
            return self.catalogue.undo_move(sale.sku, sale.move_id)

    def sales(self) -> list[Sale]:
        return self.repo.sales(self.session_id)

    def sold(self) -> dict[str, int]:
        """Units sold in this session per SKU."""
        out: dict[str, int] = {}
        for s in self.sales():
            out[s.sku] = out.get(s.sku, 0) + s.quantity
        return out

    # --- flash-sale count-downs ----------------------------------------------------------------
    def start_countdown(self, duration_s: int, quantity: int, sku: str | None = None,
                        index: int | None = None) -> Countdown:
        """A count-down of ``duration_s`` seconds for ``quantity`` units of ``sku`` (default: the segment's)."""
        _positive("duration_s", duration_s, MAX_COUNTDOWN_S)
        _positive("quantity", quantity, MAX_QUANTITY)
        with self.repo.transaction():
            self.check_open()
            index = self.current() if index is None else index
            sku = sku or self._segment(index).sku
            if not sku:
                raise SessionError("no_product", index=index)
            if not self.catalogue.exists(sku):
                raise NotFound("product_not_found", sku=sku)
            if any(c.countdown.sku == sku and not c.ended for c in self.countdowns()):
                raise SessionError("countdown_running", sku=sku)
            c = Countdown(None, index, sku, iso(self._now()), duration_s, quantity)
            c = replace(c, id=self.repo.insert_countdown(self.session_id, c))
        return c

    def stop_countdown(self, countdown_id: int) -> Countdown:
        return self._set_stopped(countdown_id, iso(self._now()))

    def resume_countdown(self, countdown_id: int) -> Countdown:
        """Undo of ``stop_countdown``."""
        return self._set_stopped(countdown_id, None)

    def _set_stopped(self, countdown_id: int, at: str | None) -> Countdown:
        with self.repo.transaction():
            self.check_open()
            if not self.repo.set_stopped(self.session_id, countdown_id, at):
                raise NotFound("countdown_not_found", id=countdown_id)
            return next(c for c in self.repo.countdowns(self.session_id) if c.id == countdown_id)

    def remove_countdown(self, countdown_id: int) -> Countdown:
        """Undo of ``start_countdown``; returns it for ``restore_countdown`` (redo)."""
        with self.repo.transaction():
            self.check_open()
            found = [c for c in self.repo.countdowns(self.session_id) if c.id == countdown_id]
            if not found or not self.repo.delete_countdown(self.session_id, countdown_id):
                raise NotFound("countdown_not_found", id=countdown_id)
        return found[0]

    def restore_countdown(self, c: Countdown) -> Countdown:
        with self.repo.transaction():
            self.check_open()
            self.repo.insert_countdown(self.session_id, c)
        return c

    def countdowns(self, now=None) -> list[CountdownState]:
        """Every count-down of the session at ``now`` (default: the clock), with real end time and quantity left."""
        now = now or self._now()
        countdowns = self.repo.countdowns(self.session_id)
        sales = self.sales() if countdowns else []
        stock: dict[str, int] = {}
        out = []
        for c in countdowns:
            if c.sku not in stock:
                stock[c.sku] = self._on_hand(c.sku) or 0
            out.append(countdown_state(c, sales, stock[c.sku], now))
        return out

    # --- reminders ----------------------------------------------------------------------------
    def reminders(self, now=None) -> list[ReminderState]:
        started = self.repo.live(self.session_id)[2]
        return reminder_states(self.service.reminders, started, self.repo.acks(self.session_id), now or self._now())

    def due_reminders(self, now=None) -> list[ReminderState]:
        return [r for r in self.reminders(now) if r.due]

    def acknowledge(self, item_id: str) -> int:
        """The anchor did what reminder ``item_id`` asks; returns the id ``unacknowledge`` takes."""
        if item_id not in {r.item_id for r in self.service.reminders}:
            raise ValidationError([Issue("item_id", "unknown_item", {"value": item_id})])
        with self.repo.transaction():
            self.check_open()
            return self.repo.insert_ack(self.session_id, item_id, iso(self._now()))

    def unacknowledge(self, ack_id: int) -> None:
        with self.repo.transaction():
            self.check_open()
            if not self.repo.delete_ack(self.session_id, ack_id):
                raise NotFound("acknowledgement_not_found", id=ack_id)

    # --- corrections and scripts ---------------------------------------------------------------
    def correct(self, said: str, truth: str, index: int | None = None) -> Correction:
        """Log an on-air correction: what was said, what is true (default segment: the current one)."""
        issues = [Issue(name, "required") for name, text in (("said", said), ("truth", truth))
                  if not (text or "").strip()]
        issues += [Issue(name, "too_long", {"limit": MAX_NOTE_CHARS}) for name, text in (("said", said),
                   ("truth", truth)) if len(text or "") > MAX_NOTE_CHARS]
        if issues:
            raise ValidationError(issues)
        with self.repo.transaction():
            self.check_open()
            index = self.current() if index is None else self._segment(index).index
            c = Correction(said.strip(), truth.strip(), iso(self._now()), index)
            c = replace(c, id=self.repo.insert_correction(self.session_id, c))
        return c

    def remove_correction(self, correction_id: int) -> Correction:
        with self.repo.transaction():
            self.check_open()
            found = [c for c in self.repo.corrections(self.session_id) if c.id == correction_id]
            if not found or not self.repo.delete_correction(self.session_id, correction_id):
                raise NotFound("correction_not_found", id=correction_id)
        return found[0]

    def restore_correction(self, c: Correction) -> Correction:
        with self.repo.transaction():
            self.check_open()
            self.repo.insert_correction(self.session_id, c)
        return c

    def set_script(self, index: int, text: str) -> str:
        """Edit a segment's script while on air (the run sheet is not changed); returns the old text."""
        seg = self._segment(index)
        if len(text or "") > MAX_SCRIPT_CHARS:
            raise ValidationError([Issue("script", "too_long", {"limit": MAX_SCRIPT_CHARS})])
        with self.repo.transaction():
            self.check_open()
            self.repo.set_script(self.session_id, index, text or "")
        self.segments = tuple(replace(s, script=text or "") if s.index == index else s for s in self.segments)
        return seg.script

    # --- the whole state, and the end -----------------------------------------------------------
    def state(self, now=None) -> LiveState:
        now = now or self._now()
        session = self.service.broadcasts.session(self.session_id)
        sheet_id, sheet_title, started = self.repo.live(self.session_id)
        position, speed, ended, updated = self.repo.state(self.session_id)
        skus = {s.sku for s in self.segments if s.sku}
        return LiveState(self.session_id, session.title, started, sheet_id, sheet_title,
                         tuple(self.repo.segments(self.session_id)), self.current(), position, speed, updated, ended,
                         self.sold(), {sku: self._on_hand(sku) for sku in sorted(skus)}, tuple(self.countdowns(now)),
                         tuple(self.repo.corrections(self.session_id)), tuple(self.repo.log(self.session_id)),
                         tuple(self.reminders(now)))

    def finish(self):
        """End the show: the segment on air is left, running count-downs stop, the session is finished."""
        with self.repo.transaction():
            self.check_open()
            now = iso(self._now())
            self.repo.leave(self.session_id, now)
            self.repo.stop_all(self.session_id, now)
            self.repo.end_state(self.session_id, now)
            return self.service.broadcasts.finish(self.session_id)

    def _on_hand(self, sku: str) -> int | None:
        try:
            return self.catalogue.on_hand(sku)
        except NotFound:
            return None


def _positive(name: str, value, limit: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
        raise ValidationError([Issue(name, "out_of_range", {"value": value, "min": 1, "max": limit})])
