"""SQL for scripts, broadcast sessions and checklist ticks."""

from __future__ import annotations

import json

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
