"""Going on air with a run sheet, and finding a show again after a crash.

``LiveSessions.start(session_id, sheet)`` copies the sheet's segments (main list, then the 返场 queue) into
the session, writes the prompter state row and enters the first segment, in one transaction (going on air
through ``Broadcasts.go_live`` in the same transaction when a ``gate`` is given). ``resumable()`` lists
shows that were on air when the app stopped; ``resume(session_id)`` closes the segment that was on air at the
last moment anything was written, re-enters it (a ``resume`` log entry, so the gap is not counted as air
time) and returns the ``Live`` handle, whose ``state()`` has the same position, speed, count-downs and sales.

The catalogue, the broadcasts book and ``repo`` (``storage.broadcast_repo.LiveRepository``) must share one
database connection: a sale is the catalogue's stock movement inside the live transaction.
"""

from __future__ import annotations

from typing import Callable

from ..compliance import RulePack, default_pack
from ..errors import Issue, NotFound
from .clock import iso, parse, utc_now
from .live_model import DEFAULT_SPEED, LiveSegment, Position, Resumable, check_speed
from .live_session import Live
from .reminders import Reminder, load_reminders
from .sessions import SessionError


class LiveSessions:
    """Sessions on air. ``clock`` returns an aware UTC datetime (give the catalogue the same clock)."""

    def __init__(self, repo, catalogue, broadcasts, clock: Callable = utc_now, pack: RulePack | None = None,
                 reminders: list[Reminder] | None = None):
        self.repo, self.catalogue, self.broadcasts, self.clock = repo, catalogue, broadcasts, clock
        self.pack = pack or default_pack()
        self.reminder_issues: list[Issue] = []
        if reminders is None:
            reminders, self.reminder_issues = load_reminders(self.pack, clock().astimezone().date())
        self.reminders = list(reminders)

    def now(self) -> str:
        return iso(self.clock())

    def start(self, session_id: int, sheet, gate: dict | None = None, speed: int = DEFAULT_SPEED) -> Live:
        """Put ``sheet`` (a ``RunSheet``) on air in session ``session_id``.

        The session must be on air already (``Broadcasts.go_live``), or ``gate`` is given and going on air is
        recorded here. Refused for a finished session, one already started with a sheet, or an empty sheet.
        """
        check_speed(speed)
        if not sheet.segments:
            raise SessionError("empty_sheet", id=sheet.id)
        with self.repo.transaction():
            times = self.repo.session_times(session_id)
            if times is None:
                raise NotFound("session_not_found", id=session_id)
            if times[1]:
                raise SessionError("session_finished", id=session_id)
            if self.repo.live(session_id) is not None:
                raise SessionError("already_live", id=session_id)
            if times[0] is None:
                if gate is None:
                    raise SessionError("not_on_air", id=session_id)
                self.broadcasts.go_live(session_id, gate)
            now = self.now()
            segments = [LiveSegment(i, s.kind, s.title, s.sku, self._name(s.sku), s.planned_s, s.script,
                                    s.queue == "refeature", s.id) for i, s in enumerate(sheet.segments)]
            self.repo.insert_live(session_id, sheet.id, sheet.title, now)
            self.repo.insert_segments(session_id, segments)
            self.repo.insert_state(session_id, Position(0), speed, now)
            self.repo.enter(session_id, 0, now)
        return Live(self, session_id)

    def resumable(self) -> list[Resumable]:
        """Shows on air (started, not finished) with their saved position, newest first."""
        out = []
        for session_id in self.repo.live_ids(resumable=True):
            session = self.broadcasts.session(session_id)
            _sheet_id, sheet_title, _started = self.repo.live(session_id)
            position, _speed, _ended, updated = self.repo.state(session_id)
            out.append(Resumable(session_id, session.title, session.started_at, sheet_title, position,
                                 len(self.repo.segments(session_id)), updated, session.rehearsal))
        return out

    def resume(self, session_id: int) -> Live:
        """Take a show back after the app stopped; see the module docstring."""
        with self.repo.transaction():
            live = self.open(session_id)
            live.check_open()
            entry = self.repo.open_entry(session_id)
            position, _speed, _ended, updated = self.repo.state(session_id)
            sales = self.repo.sales(session_id)
            moments = [updated] + ([sales[-1].at] if sales else []) + ([entry.entered_at] if entry else [])
            last = iso(max(parse(m) for m in moments))
            self.repo.leave(session_id, last)
            self.repo.enter(session_id, entry.index if entry else position.segment, self.now(), "resume")
        return live

    def open(self, session_id: int) -> Live:
        """A handle on a session with a live record (on air or finished); nothing is written."""
        if self.repo.live(session_id) is None:
            if self.repo.session_times(session_id) is None:
                raise NotFound("session_not_found", id=session_id)
            raise SessionError("not_live", id=session_id)
        return Live(self, session_id)

    def live_ids(self) -> list[int]:
        """Every session that went on air with a run sheet, newest first."""
        return self.repo.live_ids(resumable=False)

    def _name(self, sku: str | None) -> str:
        if not sku:
            return ""
        try:
            return self.catalogue.get(sku).name_zh
        except NotFound:
            return ""
