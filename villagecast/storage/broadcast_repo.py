"""SQL for scripts, broadcast sessions and checklist ticks, and for sessions on air (``LiveRepository``)."""

from __future__ import annotations

import json

from ..core.broadcast.live_model import Correction, Countdown, LiveSegment, LogEntry, Position, Sale
from ..core.broadcast.sessions import Script, Session, Tick
from .db import Database, write


class BroadcastRepository:
    def __init__(self, db: Database):
        self.db = db

    def transaction(self):
        return write(self.db)

    def product_id(self, sku: str) -> int | None:
        row = self.db.execute("SELECT id FROM products WHERE sku = ?", [sku]).fetchone()
        return row[0] if row else None

    # --- scripts ------------------------------------------------------------------------------
    _SCRIPT = ("SELECT s.id, s.title, s.text, p.sku, s.updated_at FROM scripts s"
               " LEFT JOIN products p ON p.id = s.product_id")

    def scripts(self, sku: str | None, free: bool) -> list[Script]:
        if free:
            rows = self.db.execute(self._SCRIPT + " WHERE s.product_id IS NULL ORDER BY s.title, s.id")
        elif sku is not None:
            rows = self.db.execute(self._SCRIPT + " WHERE p.sku = ? ORDER BY s.title, s.id", [sku])
        else:
            rows = self.db.execute(self._SCRIPT + " ORDER BY p.sku IS NOT NULL, p.sku, s.title, s.id")
        return [Script(title, text, sku_, sid, at) for sid, title, text, sku_, at in rows.fetchall()]

    def script(self, script_id: int) -> Script | None:
        row = self.db.execute(self._SCRIPT + " WHERE s.id = ?", [script_id]).fetchone()
        return None if row is None else Script(row[1], row[2], row[3], row[0], row[4])

    def save_script(self, s: Script) -> int:
        pid = self.product_id(s.sku) if s.sku is not None else None
        if s.id is not None and self.script(s.id) is not None:
            self.db.execute("UPDATE scripts SET product_id = ?, title = ?, text = ?, updated_at = ? WHERE id = ?",
                            [pid, s.title, s.text, s.updated_at, s.id])
            return s.id
        return self.db.execute("INSERT INTO scripts (product_id, title, text, updated_at) VALUES (?, ?, ?, ?)",
                               [pid, s.title, s.text, s.updated_at]).lastrowid

    def delete_script(self, script_id: int) -> None:
        self.db.execute("DELETE FROM scripts WHERE id = ?", [script_id])

    # --- sessions -----------------------------------------------------------------------------
    _SESSION = ("SELECT id, title, created_at, rehearsal, started_at, ended_at, overridden, gate"
                " FROM broadcast_sessions")

    def _session(self, row) -> Session:
        sid, title, created, rehearsal, started, ended, overridden, gate = row
        ticks = [Tick(item, at, tid) for tid, item, at in self.db.execute(
            "SELECT id, item_id, ticked_at FROM checklist_ticks WHERE session_id = ? ORDER BY ticked_at, id", [sid])]
        return Session(title, created, bool(rehearsal), started, ended, bool(overridden), json.loads(gate or "{}"),
                       ticks, sid)

    def sessions(self) -> list[Session]:
        rows = self.db.execute(self._SESSION + " ORDER BY created_at DESC, id DESC").fetchall()
        return [self._session(row) for row in rows]

    def session(self, session_id: int) -> Session | None:
        row = self.db.execute(self._SESSION + " WHERE id = ?", [session_id]).fetchone()
        return None if row is None else self._session(row)

    def insert_session(self, s: Session) -> int:
        return self.db.execute(
            "INSERT INTO broadcast_sessions (title, created_at, rehearsal, started_at, ended_at, overridden, gate)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [s.title, s.created_at, int(s.rehearsal), s.started_at, s.ended_at, int(s.overridden),
             json.dumps(s.gate, ensure_ascii=False)]).lastrowid

    def update_session(self, s: Session) -> None:
        self.db.execute("UPDATE broadcast_sessions SET title = ?, started_at = ?, ended_at = ?, overridden = ?,"
                        " gate = ? WHERE id = ?", [s.title, s.started_at, s.ended_at, int(s.overridden),
                                                   json.dumps(s.gate, ensure_ascii=False), s.id])

    def delete_session(self, session_id: int) -> None:
        self.db.execute("DELETE FROM broadcast_sessions WHERE id = ?", [session_id])

    def insert_tick(self, session_id: int, tick: Tick) -> int:
        return self.db.execute("INSERT INTO checklist_ticks (session_id, item_id, ticked_at) VALUES (?, ?, ?)",
                               [session_id, tick.item_id, tick.ticked_at]).lastrowid

    def delete_tick(self, tick_id: int) -> None:
        self.db.execute("DELETE FROM checklist_ticks WHERE id = ?", [tick_id])


class LiveRepository:
    """SQL for sessions on air (migration 0007): segments as used, the state row, log, count-downs, corrections,
    reminder acknowledgements, and the session's sales from the stock ledger."""

    def __init__(self, db: Database):
        self.db = db

    def transaction(self):
        return write(self.db)

    def session_times(self, session_id: int) -> tuple[str | None, str | None] | None:
        row = self.db.execute("SELECT started_at, ended_at FROM broadcast_sessions WHERE id = ?",
                              [session_id]).fetchone()
        return None if row is None else (row[0], row[1])

    # --- the live row and its segments ----------------------------------------------------------
    def insert_live(self, session_id: int, sheet_id: int | None, sheet_title: str, started_at: str) -> None:
        self.db.execute("INSERT INTO live_sessions (session_id, sheet_id, sheet_title, started_at) VALUES (?, ?, ?, ?)",
                        [session_id, sheet_id, sheet_title, started_at])

    def live(self, session_id: int) -> tuple[int | None, str, str] | None:
        row = self.db.execute("SELECT sheet_id, sheet_title, started_at FROM live_sessions WHERE session_id = ?",
                              [session_id]).fetchone()
        return None if row is None else tuple(row)

    def live_ids(self, resumable: bool) -> list[int]:
        """Sessions with a live record, newest first; ``resumable``: only those on air (started, not finished)."""
        where = " WHERE b.started_at IS NOT NULL AND b.ended_at IS NULL" if resumable else ""
        return [r[0] for r in self.db.execute(
            "SELECT l.session_id FROM live_sessions l JOIN broadcast_sessions b ON b.id = l.session_id" + where +
            " ORDER BY l.started_at DESC, l.session_id DESC")]

    def insert_segments(self, session_id: int, segments) -> None:
        self.db.conn.executemany(
            "INSERT INTO live_segments (session_id, idx, segment_id, kind, title, sku, name, planned_s, script,"
            " refeature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(session_id, s.index, s.segment_id, s.kind, s.title, s.sku, s.name, s.planned_s, s.script,
              int(s.refeature)) for s in segments])

    def segments(self, session_id: int) -> list[LiveSegment]:
        return [LiveSegment(idx, kind, title, sku, name, planned, script, bool(refeature), seg_id)
                for idx, seg_id, kind, title, sku, name, planned, script, refeature in self.db.execute(
                    "SELECT idx, segment_id, kind, title, sku, name, planned_s, script, refeature FROM live_segments"
                    " WHERE session_id = ? ORDER BY idx", [session_id])]

    def set_script(self, session_id: int, index: int, text: str) -> None:
        self.db.execute("UPDATE live_segments SET script = ? WHERE session_id = ? AND idx = ?",
                        [text, session_id, index])

    # --- the state row --------------------------------------------------------------------------
    def insert_state(self, session_id: int, p: Position, speed: int, now: str) -> None:
        self.db.execute("INSERT INTO live_state (session_id, seg_index, char_offset, fraction, speed, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)", [session_id, p.segment, p.offset, p.fraction, speed, now])

    def save_position(self, session_id: int, p: Position, speed: int, now: str) -> bool:
        """One UPDATE (its own transaction outside ``transaction()``); False when the session has ended (also when
        it was finished elsewhere, e.g. from the compliance window)."""
        return self.db.execute(
            "UPDATE live_state SET seg_index = ?, char_offset = ?, fraction = ?, speed = ?, updated_at = ?"
            " WHERE session_id = ? AND ended = 0"
            " AND (SELECT ended_at FROM broadcast_sessions WHERE id = live_state.session_id) IS NULL",
            [p.segment, p.offset, p.fraction, speed, now, session_id]).rowcount == 1

    def state(self, session_id: int) -> tuple[Position, int, bool, str] | None:
        row = self.db.execute("SELECT seg_index, char_offset, fraction, speed, ended, updated_at FROM live_state"
                              " WHERE session_id = ?", [session_id]).fetchone()
        return None if row is None else (Position(row[0], row[1], row[2]), row[3], bool(row[4]), row[5])

    def end_state(self, session_id: int, now: str) -> None:
        self.db.execute("UPDATE live_state SET ended = 1, updated_at = ? WHERE session_id = ?", [now, session_id])

    # --- the segment log ----------------------------------------------------------------------
    def log(self, session_id: int) -> list[LogEntry]:
        return [LogEntry(idx, entered, left, how, lid) for lid, idx, entered, left, how in self.db.execute(
            "SELECT id, idx, entered_at, left_at, how FROM live_log WHERE session_id = ? ORDER BY id", [session_id])]

    def open_entry(self, session_id: int) -> LogEntry | None:
        row = self.db.execute("SELECT id, idx, entered_at, left_at, how FROM live_log WHERE session_id = ?"
                              " AND left_at IS NULL ORDER BY id DESC LIMIT 1", [session_id]).fetchone()
        return None if row is None else LogEntry(row[1], row[2], row[3], row[4], row[0])

    def enter(self, session_id: int, index: int, at: str, how: str = "enter") -> int:
        return self.db.execute("INSERT INTO live_log (session_id, idx, entered_at, how) VALUES (?, ?, ?, ?)",
                               [session_id, index, at, how]).lastrowid

    def leave(self, session_id: int, at: str) -> None:
        self.db.execute("UPDATE live_log SET left_at = ? WHERE session_id = ? AND left_at IS NULL", [at, session_id])

    # --- sales (the stock ledger rows tagged with the session) --------------------------------------
    def sales(self, session_id: int) -> list[Sale]:
        """The session's sales, oldest first; ``index`` is -1 (the ledger does not know the segment)."""
        return [Sale(mid, sku, -qty, at, -1) for mid, sku, qty, at in self.db.execute(
            "SELECT m.id, p.sku, m.quantity, m.at FROM stock_moves m JOIN products p ON p.id = m.product_id"
            " WHERE m.session_id = ? AND m.kind = 'sell' ORDER BY m.at, m.id", [str(session_id)])]

    def move_at(self, move_id: int) -> str:
        return self.db.execute("SELECT at FROM stock_moves WHERE id = ?", [move_id]).fetchone()[0]

    # --- count-downs ----------------------------------------------------------------------------
    def insert_countdown(self, session_id: int, c: Countdown) -> int:
        return self.db.execute(
            "INSERT INTO live_countdowns (id, session_id, idx, sku, started_at, duration_s, quantity, stopped_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [c.id, session_id, c.index, c.sku, c.started_at, c.duration_s, c.quantity, c.stopped_at]).lastrowid

    def countdowns(self, session_id: int) -> list[Countdown]:
        return [Countdown(*row) for row in self.db.execute(
            "SELECT id, idx, sku, started_at, duration_s, quantity, stopped_at FROM live_countdowns"
            " WHERE session_id = ? ORDER BY id", [session_id])]

    def set_stopped(self, session_id: int, countdown_id: int, at: str | None) -> bool:
        return self.db.execute("UPDATE live_countdowns SET stopped_at = ? WHERE session_id = ? AND id = ?",
                               [at, session_id, countdown_id]).rowcount == 1

    def stop_all(self, session_id: int, at: str) -> None:
        self.db.execute("UPDATE live_countdowns SET stopped_at = ? WHERE session_id = ? AND stopped_at IS NULL",
                        [at, session_id])

    def delete_countdown(self, session_id: int, countdown_id: int) -> bool:
        return self.db.execute("DELETE FROM live_countdowns WHERE session_id = ? AND id = ?",
                               [session_id, countdown_id]).rowcount == 1

    # --- corrections and reminder acknowledgements ----------------------------------------------------
    def insert_correction(self, session_id: int, c: Correction) -> int:
        return self.db.execute(
            "INSERT INTO live_corrections (id, session_id, idx, said, truth, at) VALUES (?, ?, ?, ?, ?, ?)",
            [c.id, session_id, c.index, c.said, c.truth, c.at]).lastrowid

    def corrections(self, session_id: int) -> list[Correction]:
        return [Correction(said, truth, at, idx, cid) for cid, idx, said, truth, at in self.db.execute(
            "SELECT id, idx, said, truth, at FROM live_corrections WHERE session_id = ? ORDER BY at, id", [session_id])]

    def delete_correction(self, session_id: int, correction_id: int) -> bool:
        return self.db.execute("DELETE FROM live_corrections WHERE session_id = ? AND id = ?",
                               [session_id, correction_id]).rowcount == 1

    def insert_ack(self, session_id: int, item_id: str, at: str) -> int:
        return self.db.execute("INSERT INTO live_reminders (session_id, item_id, at) VALUES (?, ?, ?)",
                               [session_id, item_id, at]).lastrowid

    def acks(self, session_id: int) -> list[tuple[str, str]]:
        return [tuple(r) for r in self.db.execute(
            "SELECT item_id, at FROM live_reminders WHERE session_id = ? ORDER BY at, id", [session_id])]

    def delete_ack(self, session_id: int, ack_id: int) -> bool:
        return self.db.execute("DELETE FROM live_reminders WHERE session_id = ? AND id = ?",
                               [session_id, ack_id]).rowcount == 1
