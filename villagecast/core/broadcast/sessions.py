"""Scripts and broadcast sessions: what the anchor will say, and the record of each show.

A session keeps the checklist items ticked (each with its time), and the pre-broadcast gate as it stood
when the anchor went on air: unresolved block findings and unticked "before" items, and whether the anchor
went on air anyway. Times are UTC ISO-8601. Every write is one transaction and returns what undo needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from ..errors import Issue, NotFound, ValidationError, VillageCastError

MAX_SCRIPT_CHARS = 50_000
MAX_TITLE_CHARS = 200


class SessionError(VillageCastError):
    code = "session"


@dataclass
class Script:
    """A script: for one product (``sku``) or free (opening, closing, a story); ``text`` may hold {价格}…"""

    title: str
    text: str = ""
    sku: str | None = None
    id: int | None = None
    updated_at: str | None = None


@dataclass
class Tick:
    item_id: str
    ticked_at: str
    id: int | None = None


@dataclass
class Session:
    title: str
    created_at: str
    rehearsal: bool = False
    started_at: str | None = None
    ended_at: str | None = None
    overridden: bool = False  # went on air with the gate not clear
    gate: dict = field(default_factory=dict)  # {"findings": [...], "unticked": [...]} at go-live
    ticks: list[Tick] = field(default_factory=list)
    id: int | None = None

    @property
    def status(self) -> str:
        return "finished" if self.ended_at else "live" if self.started_at else "preparing"

    def ticked(self) -> dict[str, Tick]:
        return {t.item_id: t for t in self.ticks}


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def validate_script(script: Script) -> list[Issue]:
    issues = []
    if not (script.title or "").strip():
        issues.append(Issue("title", "required"))
    elif len(script.title) > MAX_TITLE_CHARS:
        issues.append(Issue("title", "too_long", {"limit": MAX_TITLE_CHARS}))
    if len(script.text or "") > MAX_SCRIPT_CHARS:
        issues.append(Issue("text", "too_long", {"limit": MAX_SCRIPT_CHARS}))
    return issues


class Broadcasts:
    """Scripts and sessions over ``storage.broadcast_repo.BroadcastRepository``."""

    def __init__(self, repo, clock: Callable[[], str] = utc_now):
        self.repo = repo
        self.clock = clock

    # --- scripts ------------------------------------------------------------------------------
    def scripts(self, sku: str | None = None, *, free: bool = False) -> list[Script]:
        """Scripts of one product, or the free ones (``free=True``), or all."""
        return self.repo.scripts(sku, free)

    def save_script(self, script: Script) -> Script:
        """Add (no id) or replace a script; returns it as stored."""
        issues = validate_script(script)
        if issues:
            raise ValidationError(issues)
        with self.repo.transaction():
            if script.sku is not None and self.repo.product_id(script.sku) is None:
                raise NotFound("product_not_found", sku=script.sku)
            stored = Script(script.title.strip(), script.text or "", script.sku, script.id, self.clock())
            stored.id = self.repo.save_script(stored)
        return stored

    def delete_script(self, script_id: int) -> Script:
        with self.repo.transaction():
            script = self.repo.script(script_id)
            if script is None:
                raise NotFound("script_not_found", id=script_id)
            self.repo.delete_script(script_id)
        return script

    def restore_script(self, script: Script) -> Script:
        """Put a deleted script back (a new id)."""
        with self.repo.transaction():
            back = Script(script.title, script.text, script.sku, None, script.updated_at)
            back.id = self.repo.save_script(back)
        return back

    # --- sessions -----------------------------------------------------------------------------
    def sessions(self) -> list[Session]:
        return self.repo.sessions()

    def session(self, session_id: int) -> Session:
        found = self.repo.session(session_id)
        if found is None:
            raise NotFound("session_not_found", id=session_id)
        return found

    def create_session(self, title: str, rehearsal: bool = False) -> Session:
        title = (title or "").strip()
        if not title:
            raise ValidationError([Issue("title", "required")])
        with self.repo.transaction():
            session = Session(title[:MAX_TITLE_CHARS], self.clock(), rehearsal)
            session.id = self.repo.insert_session(session)
        return session

    def delete_session(self, session_id: int) -> Session:
        session = self.session(session_id)
        with self.repo.transaction():
            self.repo.delete_session(session_id)
        return session

    def tick(self, session_id: int, item_id: str) -> Tick | None:
        """Tick an item now; None when it was already ticked (nothing written)."""
        with self.repo.transaction():
            session = self._open(session_id)
            if item_id in session.ticked():
                return None
            tick = Tick(item_id, self.clock())
            tick.id = self.repo.insert_tick(session_id, tick)
        return tick

    def untick(self, session_id: int, item_id: str) -> Tick | None:
        """Remove a tick; returns it (for undo) or None when the item was not ticked."""
        with self.repo.transaction():
            tick = self._open(session_id).ticked().get(item_id)
            if tick is not None:
                self.repo.delete_tick(tick.id)
        return tick

    def restore_tick(self, session_id: int, tick: Tick) -> Tick:
        """Undo of untick: the tick back with its original time."""
        with self.repo.transaction():
            self._open(session_id)
            back = Tick(tick.item_id, tick.ticked_at)
            back.id = self.repo.insert_tick(session_id, back)
        return back

    def go_live(self, session_id: int, gate: dict) -> Session:
        """Record going on air and the gate as it stood; ``overridden`` when anything in it was unresolved."""
        json.dumps(gate)  # the gate must be plain data
        with self.repo.transaction():
            session = self._open(session_id)
            if session.started_at:
                raise SessionError("already_live", id=session_id)
            session.started_at = self.clock()
            session.gate = gate
            session.overridden = bool(gate.get("findings") or gate.get("unticked"))
            self.repo.update_session(session)
        return session

    def finish(self, session_id: int) -> Session:
        with self.repo.transaction():
            session = self._open(session_id)
            session.ended_at = self.clock()
            self.repo.update_session(session)
        return session

    def _open(self, session_id: int) -> Session:
        session = self.repo.session(session_id)
        if session is None:
            raise NotFound("session_not_found", id=session_id)
        if session.ended_at:
            raise SessionError("session_finished", id=session_id)
        return session
