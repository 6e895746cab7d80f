"""SQL for run sheets and their segments (migration 0007)."""

from __future__ import annotations

import json

from ..core.broadcast.runsheet_model import RunSheet, Segment
from .db import Database, write

# A product segment follows its product through a SKU change (product_id); the SKU column keeps the SKU as
# last known, for a product that was removed.
_SEGMENT = ("SELECT s.id, s.sheet_id, s.queue, s.position, s.kind, s.title, COALESCE(p.sku, s.sku), s.planned_s,"
            " s.script, s.unapproved FROM run_segments s LEFT JOIN products p ON p.id = s.product_id")
_ORDER = " ORDER BY s.queue = 'refeature', s.position, s.id"


def _segment(row) -> Segment:
    sid, sheet_id, queue, position, kind, title, sku, planned, script, unapproved = row
    return Segment(kind, title, sku, planned, script, queue, position, json.loads(unapproved) if unapproved else [],
                   sheet_id, sid)


class RunSheetRepository:
    def __init__(self, db: Database):
        self.db = db

    def transaction(self):
        return write(self.db)

    def product_id(self, sku: str) -> int | None:
        row = self.db.execute("SELECT id FROM products WHERE sku = ?", [sku]).fetchone()
        return row[0] if row else None

    def first_script(self, sku: str) -> str | None:
        """The text of the product's first stored script (by title), if it has one."""
        row = self.db.execute("SELECT s.text FROM scripts s JOIN products p ON p.id = s.product_id WHERE p.sku = ?"
                              " ORDER BY s.title, s.id LIMIT 1", [sku]).fetchone()
        return row[0] if row else None

    # --- sheets -------------------------------------------------------------------------------
    def _segments(self, sheet_id: int) -> list[Segment]:
        return [_segment(r) for r in self.db.execute(_SEGMENT + " WHERE s.sheet_id = ?" + _ORDER, [sheet_id])]

    def sheets(self) -> list[RunSheet]:
        rows = self.db.execute("SELECT id, title, created_at, updated_at FROM run_sheets"
                               " ORDER BY updated_at DESC, id DESC").fetchall()
        return [RunSheet(title, created, updated, self._segments(sid), sid) for sid, title, created, updated in rows]

    def sheet(self, sheet_id: int) -> RunSheet | None:
        row = self.db.execute("SELECT id, title, created_at, updated_at FROM run_sheets WHERE id = ?",
                              [sheet_id]).fetchone()
        return None if row is None else RunSheet(row[1], row[2], row[3], self._segments(row[0]), row[0])

    def insert_sheet(self, sheet: RunSheet) -> int:
        """A new row; under ``sheet.id`` when given (an undone deletion)."""
        return self.db.execute("INSERT INTO run_sheets (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                               [sheet.id, sheet.title, sheet.created_at, sheet.updated_at]).lastrowid

    def update_sheet(self, sheet_id: int, title: str, now: str) -> None:
        self.db.execute("UPDATE run_sheets SET title = ?, updated_at = ? WHERE id = ?", [title, now, sheet_id])

    def touch(self, sheet_id: int, now: str) -> None:
        self.db.execute("UPDATE run_sheets SET updated_at = ? WHERE id = ?", [now, sheet_id])

    def delete_sheet(self, sheet_id: int) -> None:
        self.db.execute("DELETE FROM run_sheets WHERE id = ?", [sheet_id])

    # --- segments -----------------------------------------------------------------------------
    def segment(self, segment_id: int) -> Segment | None:
        row = self.db.execute(_SEGMENT + " WHERE s.id = ?", [segment_id]).fetchone()
        return None if row is None else _segment(row)

    def insert_segment(self, s: Segment, product_id: int | None) -> int:
        return self.db.execute(
            "INSERT INTO run_segments (id, sheet_id, queue, position, kind, title, product_id, sku, planned_s, script,"
            " unapproved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [s.id, s.sheet_id, s.queue, s.position, s.kind, s.title, product_id, s.sku, s.planned_s, s.script,
             json.dumps(s.unapproved, ensure_ascii=False) if s.unapproved else ""]).lastrowid

    def update_segment(self, s: Segment) -> None:
        self.db.execute("UPDATE run_segments SET title = ?, planned_s = ?, script = ? WHERE id = ?",
                        [s.title, s.planned_s, s.script, s.id])

    def set_queue(self, segment_id: int, queue: str) -> None:
        self.db.execute("UPDATE run_segments SET queue = ? WHERE id = ?", [queue, segment_id])

    def set_order(self, ids: list[int]) -> None:
        """Number the segments ``ids`` 0, 1, 2… in that order (rows already in place are not written)."""
        self.db.conn.executemany("UPDATE run_segments SET position = ? WHERE id = ? AND position <> ?",
                                 [(i, sid, i) for i, sid in enumerate(ids)])

    def delete_segment(self, segment_id: int) -> None:
        self.db.execute("DELETE FROM run_segments WHERE id = ?", [segment_id])
