"""Going on air with a run sheet, and taking a show back after a crash: the prompter and operator windows joined.

``start_show(parent, context, settings, sheet_id)`` opens (or reuses) the session, runs the pre-broadcast gate
over the scripts the segments use, puts the sheet on air (``LiveSessions.start``) and opens both windows.
``offer_resume(parent, context, settings)`` asks about each show left on air (the app was killed, the power
went) and brings it back at the same line with the same numbers. ``LiveController`` joins the core's ``Live``
handle to the prompter: nothing but the core holds the truth — positions, sales, count-downs are written as
they happen and the windows are rebuilt from the records. In a rehearsal (a show on the demo catalogue) the
prompter marks the rule pack's findings in the text (found when a segment is laid out) and both windows say
REHEARSAL.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from ...broadcast_messages import describe_error
from ...core.broadcast.sessions import SessionError
from ...core.errors import VillageCastError
from ...storage.broadcast_repo import LiveRepository
from .. import settings as config
from ..prompter import PrompterView
from ..prompter.document import normalise_runs
from ..prompter.window import PrompterWindow
from . import live_resume, live_windows
from .live_actions import _ACTIVE, LiveActions, active, top_window
from .live_document import (
    Facts,
    build_document,
    is_sold_out,
    key,
    overlay_for,
    read_facts,
    segment_runs,
    shown_countdown,
    spent_s,
)
from .live_gate import run_gate
from .live_services import SESSIONS, LiveServices, sessions_changed

translate = QCoreApplication.translate
TICK_MS = 1000  # time on screen (elapsed, count-downs)
REMINDER_MS = 5000  # how often due reminders are looked for
__all__ = ["LiveController", "_ACTIVE", "active", "offer_resume", "start_show"]


class LiveController(LiveActions, QObject):
    """One show on air: ``live`` (core handle), ``view``/``prompter`` (talent screen), ``operator`` window.

    Signals: ``changed`` after any record changed (sale, segment, count-down, correction, script);
    ``ticked`` every second; ``reminders_changed(list)`` with the due ``ReminderState``s when that set changes;
    ``finished(int)`` once the session is finished; ``closed`` when the windows are gone (finished or left).
    """

    changed = Signal()
    ticked = Signal()
    reminders_changed = Signal(list)
    finished = Signal(int)
    closed = Signal()

    def __init__(self, services: LiveServices, live, settings: config.Settings, parent=None, *,
                 monotonic=time.monotonic):
        super().__init__(parent)
        self.services, self.context, self.live, self.settings = services, services.context, live, settings
        self.clock, self._mono = services.clock, monotonic
        self.session_id = live.session_id
        session = services.book.session(self.session_id)
        self.title, self.rehearsal = session.title, session.rehearsal
        self.done = False
        self._ended_seen: dict = {}
        self._due: list = []
        self.facts: Facts = read_facts(live, services.today(), self.clock())
        self.view = PrompterView(clock=monotonic, wall_clock=lambda: self.clock().astimezone())
        self.view.set_style(live_windows.load_style(settings))
        if self.rehearsal:
            self.view.set_marks(self.finding_marks)
        self.prompter = PrompterWindow(self.view, live_windows.load_keys(settings))
        state = live.state()
        self.view.set_speed(state.speed)
        self.document = build_document(live.segments, self.facts)
        self._scripts = [s.script for s in live.segments]
        position = state.position
        self.view.set_document(self.document, (position.segment, position.offset, position.fraction))
        if self.view.current_segment() != live.current():
            self.view.go_to_segment(live.current())
        self.view.position_changed.connect(self._save_position)
        self.view.speed_changed.connect(self._speed_changed)
        self.view.segment_changed.connect(self._view_segment)
        self.view.style_changed.connect(lambda: live_windows.save_style(self.settings, self.view.style()))
        self.context.signals.data_changed.connect(self._data_changed)
        self._tick = QTimer(self, interval=TICK_MS, timeout=self.tick)
        self._reminders = QTimer(self, interval=REMINDER_MS, timeout=self.poll_reminders)
        from .operator_window import OperatorWindow

        self.operator = OperatorWindow(self)
        self.refresh()
        self.poll_reminders()
        self._tick.start()
        self._reminders.start()
        _ACTIVE.append(self)

    # --- showing ------------------------------------------------------------------------------
    def show(self) -> bool:
        """Both windows on their screens; True when the prompter has a screen of its own."""
        return live_windows.place(self.prompter, self.operator, self.settings.get(config.PROMPTER_SCREEN))

    def segments(self):
        return self.live.segments

    def current(self) -> int:
        return self.live.current()

    def now(self):
        return self.clock()

    # --- the records, on screen ---------------------------------------------------------------
    def refresh(self) -> None:
        """Read the records again and bring the prompter document, the overlay and the operator up to date."""
        if self.done:
            return
        self.live.segments = tuple(self.live.repo.segments(self.session_id))
        self.facts = read_facts(self.live, self.services.today(), self.clock())
        for seg in self.live.segments:
            k = key(seg.index)
            runs = normalise_runs(segment_runs(seg, self.facts))
            shown = self.document[seg.index].runs
            if seg.script != self._scripts[seg.index] or _shape(runs) != _shape(shown):
                self._scripts[seg.index] = seg.script
                self.document.set_text(k, list(runs))
            else:
                self.document.set_fields(k, {r.name: r.value for r in runs if not isinstance(r, str)})
            self.document.set_sold_out(k, is_sold_out(seg, self.facts))
        self._overlay()
        self.changed.emit()

    def _overlay(self) -> None:
        now = self.clock()
        index = self.live.current()
        seg = self.live.segments[index]
        elapsed = spent_s(self.live.repo.log(self.session_id), index, now)
        countdown = shown_countdown(seg.sku, self.facts.countdowns, now, self._ended_seen)
        data = overlay_for(seg, self.facts, elapsed, self._mono(), countdown)
        self.view.set_overlay(replace(data, rehearsal=True) if self.rehearsal else data)

    def finding_marks(self, index: int, text: str) -> list[tuple[int, int, str]]:
        """(start, end, severity) of the rule pack's findings in segment ``index`` as the prompter shows it (values
        filled in), product-aware for a product segment. The prompter asks once per layout of the segment."""
        if not 0 <= index < len(self.live.segments):
            return []
        seg = self.live.segments[index]
        hub = self.services.hub
        product = hub.product_context(seg.sku, self.services.today()) if seg.kind == "product" and seg.sku else None
        return [(f.start, f.end, f.severity) for f in hub.check(text, product).findings]

    def tick(self) -> None:
        """Every second: count-downs move on with time (one ends, an ended one leaves the overlay)."""
        if self.done:
            return
        self.facts.countdowns = self.live.countdowns(self.clock())
        self._overlay()
        self.ticked.emit()

    def poll_reminders(self) -> list:
        """Due reminders now; ``reminders_changed`` when the set of due items changed."""
        if self.done:
            return []
        due = self.live.due_reminders(self.clock())
        if [r.item_id for r in due] != [r.item_id for r in self._due]:
            self._due = due
            self.reminders_changed.emit(list(due))
        self._due = due
        return due

    def due(self) -> list:
        return list(self._due)

    def _data_changed(self, changes) -> None:
        if self.done or not (changes.aspects & {SESSIONS, "stock", "price", "product", "removed"}):
            return
        self.refresh()
        if SESSIONS in changes.aspects:
            self.poll_reminders()

    # --- the prompter and the core's position -------------------------------------------------
    def _save_position(self, segment: int, offset: int, fraction: float) -> None:
        if self.done:
            return
        try:
            self.live.save_position(segment, offset, min(float(fraction), 1.0), self.view.speed)
        except VillageCastError:
            pass  # the next position saved will do; nothing on screen depends on it

    def _speed_changed(self, speed: int) -> None:
        self.settings.set(config.PROMPTER_SPEED, speed)
        self._save_position(*self.view.position())

    def _view_segment(self, index: int) -> None:
        """The prompter reached or jumped to segment ``index``: the core's segment on air follows."""
        if self.done or index == self.live.current():
            return
        try:
            self.live.go_to(index)
        except VillageCastError as exc:
            self.context.signals.error.emit(describe_error(exc))
            return
        self._save_position(*self.view.position())
        self.context.publish(sessions_changed())

    def go_to(self, index: int) -> bool:
        """Put segment ``index`` on air: the prompter jumps to its start, the core follows."""
        return self.view.go_to_segment(index)

    def perform(self, action: str) -> bool:
        """A prompter key action ("next", "toggle", …; "leave" leaves full screen)."""
        if action == "leave":
            self.prompter.leave_full_screen()
            return True
        return self.view.perform(action)

    def set_keymap(self, keymap) -> None:
        self.prompter.set_keymap(keymap)
        live_windows.save_keys(self.settings, keymap)

    def full_screen(self, screen_name: str) -> None:
        self.settings.set(config.PROMPTER_SCREEN, screen_name)
        self.prompter.show_full_screen(screen_name)


def _shape(runs) -> tuple:
    """Runs without the field values: what ``set_fields`` cannot change."""
    return tuple(r if isinstance(r, str) else ("field", r.name) for r in runs)


def _warn(parent, text: str) -> None:
    QMessageBox.warning(parent, translate("LiveController", "Go on air"), text)


def _open(parent, services, settings, live, monotonic) -> LiveController:
    """The controller belongs to the main window (the broadcast window that started it may close first)."""
    controller = LiveController(services, live, settings, top_window(parent), monotonic=monotonic or time.monotonic)
    controller.show()
    return controller


def start_show(parent, context, settings, sheet_id: int, *, clock=None, monotonic=None) -> bool:
    """Put run sheet ``sheet_id`` on air (gate first) and open the prompter and operator windows; True once on air.

    ``clock`` (aware UTC datetimes) and ``monotonic`` (the prompter's clock) are for tests.
    """
    on_air = active()
    if on_air is not None:
        _warn(parent, translate("LiveController", "\u201c%1\u201d is on air. Finish it before starting another show.")
              .replace("%1", on_air.title))
        on_air.operator.raise_()
        return False
    services = LiveServices(context, clock)
    try:
        sheet = services.sheets.sheet(sheet_id)
        if not sheet.segments:
            raise SessionError("empty_sheet", id=sheet_id)
        session = live_resume.session_for(services, sheet, rehearsal=bool(context.is_demo))
        context.publish(sessions_changed())
        if session.status == "preparing" and run_gate(parent, services, session.id, sheet) is None:
            return False
        live = services.lives.start(session.id, sheet, speed=live_windows.load_speed(settings))
    except VillageCastError as exc:
        _warn(parent, describe_error(exc))
        return False
    context.publish(sessions_changed())
    _open(parent, services, settings, live, monotonic)
    return True


def offer_resume(parent, context, settings, *, clock=None, monotonic=None) -> bool:
    """Offer each show left on air: Resume (both windows back at the same line), Finish it, or Later.

    True when a show was resumed. Call after start-up.
    """
    if active() is not None or not LiveRepository(context.db).live_ids(resumable=True):
        return False  # the usual start-up: one query, no rule pack read
    services = LiveServices(context, clock)
    for offer in services.lives.resumable():
        handle = services.lives.open(offer.session_id)
        answer = live_resume.ask_resume(parent, offer, sum(handle.sold().values()))
        try:
            if answer == "resume":
                live = services.lives.resume(offer.session_id)
                context.publish(sessions_changed())
                _open(parent, services, settings, live, monotonic)
                return True
            if answer == "finish":
                handle.finish()
                context.publish(sessions_changed())
                continue
        except VillageCastError as exc:
            _warn(parent, describe_error(exc))
        return False
    return False
