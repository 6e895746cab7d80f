"""The broadcast services a show on air needs, over ``context.db`` (one connection, GUI thread only).

``LiveServices(context, clock)`` builds the broadcasts book, the run sheets and ``LiveSessions`` with one clock
(an aware UTC datetime; tests pass a fake one and give ``context.catalogue`` the same) and the compliance
``Hub`` (the active rule pack, used for the gate, on-air script checks and reminders).
"""

from __future__ import annotations

from typing import Callable

from ...core.broadcast.clock import iso, utc_now
from ...core.broadcast.live import LiveSessions
from ...core.broadcast.runsheet import RunSheets
from ...core.broadcast.sessions import Broadcasts
from ...core.catalogue import Changes
from ...storage.broadcast_repo import BroadcastRepository, LiveRepository
from ...storage.runsheet_repo import RunSheetRepository
from ..compliance.hub import Hub

SESSIONS = "sessions"  # the Changes aspect of every live write


def sessions_changed(product_ids=()) -> Changes:
    """What a live write changed: the sessions, and the stock of ``product_ids`` (sales)."""
    ids = set(product_ids)
    return Changes(ids, {SESSIONS, "stock"} if ids else {SESSIONS})


class LiveServices:
    """Book, run sheets, live sessions and the compliance hub for ``context``, all on one clock."""

    def __init__(self, context, clock: Callable | None = None, hub: Hub | None = None):
        self.context = context
        self.clock = clock or utc_now
        db = context.db
        self.book = Broadcasts(BroadcastRepository(db), clock=lambda: iso(self.clock()))
        self.sheets = RunSheets(RunSheetRepository(db), context.catalogue, clock=self.clock)
        self.hub = hub or Hub(context)
        self.hub.book = self.book
        self.lives = LiveSessions(LiveRepository(db), context.catalogue, self.book, clock=self.clock,
                                  pack=self.hub.pack)

    @property
    def catalogue(self):
        return self.context.catalogue

    def today(self):
        return self.clock().astimezone().date()
