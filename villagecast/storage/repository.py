"""Rows <-> core dataclasses. The only module (with migrations/db/backup) that speaks SQL."""

from __future__ import annotations

from .db import Database

from ..core.product import (SCALAR_FIELDS, AuditEntry, Certificate, Document, Evidence, Photo, Product,
                            ShopLink, TalkingPoint)
from .db import write

DEMO_KEY, DEMO_VALUE = "demo", "1"  # the meta row that marks the demo catalogue
LIST_COLUMNS = ("id", "sku", "name_zh", "name_en", "category", "origin_province", "origin_county",
                "origin_town", "origin_village", "producer", "live_price_fen", "list_price_fen",
                "cost_fen", "low_stock_threshold", "search_pinyin", "search_initials", "updated_at",
                "review_status")
# Per product: stock on hand, the earliest certificate end date, talking points without evidence.
_STOCK = "(SELECT COALESCE(SUM(quantity), 0) FROM stock_moves m WHERE m.product_id = p.id)"
_FIRST_EXPIRY = "(SELECT MIN(valid_to) FROM certificates c WHERE c.product_id = p.id AND valid_to IS NOT NULL)"
_UNSUPPORTED = ("(SELECT COUNT(*) FROM talking_points t WHERE t.product_id = p.id AND NOT EXISTS"
                " (SELECT 1 FROM talking_point_evidence e WHERE e.point_id = t.id))")
_PER_PRODUCT = f"{_STOCK} AS stock, {_FIRST_EXPIRY} AS first_expiry, {_UNSUPPORTED} AS unsupported_points"
_LIST_SELECT = ", ".join(f"p.{c}" for c in LIST_COLUMNS)
_CHILD_TABLES = ("talking_points", "audit_entries", "certificates", "documents", "nutrition", "photos",
                 "shop_links")


class Repository:
    """SQL for products, stock movements and price history; writes go through ``transaction()``."""

    def __init__(self, db: Database):
        self.db = db

    def transaction(self):
        """A write transaction (nested calls become savepoints)."""
        return write(self.db)

    # --- meta --------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])

    def is_demo(self) -> bool:
        """True for a database built as the demo catalogue (never the user's own)."""
        return self.get_meta(DEMO_KEY) == DEMO_VALUE

    def mark_demo(self) -> None:
        self.set_meta(DEMO_KEY, DEMO_VALUE)

    # --- products -----------------------------------------------------------------------------
    def product_id(self, sku: str) -> int | None:
        row = self.db.execute("SELECT id FROM products WHERE sku = ?", [sku]).fetchone()
        return row[0] if row else None

    def insert_product(self, p: Product, search: tuple[str, str], now: str, review_status: str,
                       created_at: str | None = None) -> int:
        values = {name: getattr(p, name) for name in SCALAR_FIELDS}
        values["perishable"] = int(bool(p.perishable))
        values.update(search_pinyin=search[0], search_initials=search[1], created_at=created_at or now,
                      updated_at=now, review_status=review_status)
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = self.db.execute(f"INSERT INTO products ({cols}) VALUES ({marks})", list(values.values()))
        pid = cur.lastrowid
        self._write_children(pid, p)
        return pid

    def update_product(self, pid: int, p: Product, search: tuple[str, str], now: str, review_status: str) -> None:
        values = {name: getattr(p, name) for name in SCALAR_FIELDS}
        values["perishable"] = int(bool(p.perishable))
        values.update(search_pinyin=search[0], search_initials=search[1], updated_at=now, review_status=review_status)
        sets = ", ".join(f"{c} = ?" for c in values)
        self.db.execute(f"UPDATE products SET {sets} WHERE id = ?", [*values.values(), pid])
        for table in _CHILD_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE product_id = ?", [pid])
        self._write_children(pid, p)

    def created_at(self, pid: int) -> str:
        return self.db.execute("SELECT created_at FROM products WHERE id = ?", [pid]).fetchone()[0]

    def delete_product(self, pid: int) -> None:
        self.db.execute("DELETE FROM products WHERE id = ?", [pid])

    def _write_children(self, pid: int, p: Product) -> None:
        ex = self.db.execute
        cert_ids, doc_ids = {}, {}
        for c in p.certificates:
            cur = ex("INSERT INTO certificates (product_id, kind, number, issuer, valid_from, valid_to, file_path,"
                     " file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [pid, c.kind, c.number, c.issuer, c.valid_from, c.valid_to, c.file_path, c.file_name])
            cert_ids[c.number] = cur.lastrowid
        for d in p.documents:
            cur = ex("INSERT INTO documents (product_id, title, file_path, file_name) VALUES (?, ?, ?, ?)",
                     [pid, d.title, d.file_path, d.file_name])
            doc_ids[d.title] = cur.lastrowid

        def cite(table: str, owner: str, owner_id: int, evidence: list[Evidence]) -> None:
            for e in evidence:
                cert = cert_ids.get(e.ref) if e.kind == "certificate" else None
                doc = doc_ids.get(e.ref) if e.kind == "document" else None
                ex(f"INSERT INTO {table} ({owner}, certificate_id, document_id) VALUES (?, ?, ?)",
                   [owner_id, cert, doc])

        for pos, t in enumerate(p.talking_points):
            cur = ex("INSERT INTO talking_points (product_id, position, kind, text) VALUES (?, ?, ?, ?)",
                     [pid, pos, t.kind, t.text])
            cite("talking_point_evidence", "point_id", cur.lastrowid, t.evidence)
        for pos, a in enumerate(p.audit):
            cur = ex("INSERT INTO audit_entries (product_id, position, step, reviewer, date, result, note,"
                     " points_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [pid, pos, a.step, a.reviewer, a.date, a.result, a.note, a.points_digest])
            cite("audit_evidence", "entry_id", cur.lastrowid, a.evidence)
        for code, amount in p.nutrition.items():
            ex("INSERT INTO nutrition (product_id, nutrient, amount) VALUES (?, ?, ?)", [pid, code, amount])
        for pos, ph in enumerate(p.photos):
            ex("INSERT INTO photos (product_id, position, file, thumb, width, height, source_name)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)", [pid, pos, ph.file, ph.thumb, ph.width, ph.height, ph.source_name])
        for pos, link in enumerate(p.shop_links):
            ex("INSERT INTO shop_links (product_id, position, platform, url) VALUES (?, ?, ?, ?)",
               [pid, pos, link.platform, link.url])

    def load_product(self, sku: str) -> Product | None:
        cur = self.db.execute("SELECT * FROM products WHERE sku = ?", [sku])
        row = cur.fetchone()
        if row is None:
            return None
        data = dict(zip([d[0] for d in cur.description], row))
        pid = data["id"]
        p = Product(**{name: data[name] for name in SCALAR_FIELDS}, id=pid)
        p.perishable = bool(p.perishable)
        ex = self.db.execute
        certs = {}
        for cid, kind, number, issuer, vf, vt, fp, name in ex(
                "SELECT id, kind, number, issuer, valid_from, valid_to, file_path, file_name FROM certificates"
                " WHERE product_id = ? ORDER BY id", [pid]):
            certs[cid] = Certificate(kind, number, issuer, vf, vt, fp, cid, name)
        docs = {did: Document(title, fp, did, name) for did, title, fp, name in ex(
            "SELECT id, title, file_path, file_name FROM documents WHERE product_id = ? ORDER BY id", [pid])}

        def evidence(cid, did) -> Evidence:
            if cid is not None:
                return Evidence("certificate", certs[cid].number)
            return Evidence("document", docs[did].title)

        points = {tid: TalkingPoint(kind, text, [], tid) for tid, kind, text in ex(
            "SELECT id, kind, text FROM talking_points WHERE product_id = ? ORDER BY position", [pid])}
        for point_id, cid, did in ex(
                "SELECT e.point_id, e.certificate_id, e.document_id FROM talking_point_evidence e"
                " JOIN talking_points t ON t.id = e.point_id WHERE t.product_id = ? ORDER BY e.id", [pid]):
            points[point_id].evidence.append(evidence(cid, did))
        entries = {aid: AuditEntry(step, reviewer, day, result, [], note, digest, aid)
                   for aid, step, reviewer, day, result, note, digest in ex(
                       "SELECT id, step, reviewer, date, result, note, points_digest FROM audit_entries"
                       " WHERE product_id = ? ORDER BY position", [pid])}
        for entry_id, cid, did in ex(
                "SELECT e.entry_id, e.certificate_id, e.document_id FROM audit_evidence e"
                " JOIN audit_entries a ON a.id = e.entry_id WHERE a.product_id = ? ORDER BY e.id", [pid]):
            entries[entry_id].evidence.append(evidence(cid, did))
        p.certificates = list(certs.values())
        p.documents = list(docs.values())
        p.talking_points = list(points.values())
        p.audit = list(entries.values())
        p.nutrition = {code: amount for code, amount in ex(
            "SELECT nutrient, amount FROM nutrition WHERE product_id = ? ORDER BY rowid", [pid])}
        p.photos = [Photo(*row) for row in ex(
            "SELECT file, thumb, width, height, source_name, id FROM photos WHERE product_id = ? ORDER BY position",
            [pid])]
        p.shop_links = [ShopLink(*row) for row in ex(
            "SELECT platform, url, id FROM shop_links WHERE product_id = ? ORDER BY position", [pid])]
        return p

    def list_rows(self, limit: int | None = None) -> list[dict]:
        """One dict per product with the list columns plus ``stock`` (on hand), ``first_expiry`` (the earliest
        certificate end date) and ``unsupported_points``, ordered by SKU.

        With ``limit``, only the first rows: the sums are then made for those products alone.
        """
        if limit is not None:
            return self._rows(f"{_PER_PRODUCT} FROM products p ORDER BY p.sku LIMIT ?", [limit])
        # Every row: one grouped pass per table instead of three sub-queries per product.
        return self._rows(
            "COALESCE(s.qty, 0) AS stock, c.first_expiry, COALESCE(u.n, 0) AS unsupported_points FROM products p"
            " LEFT JOIN (SELECT product_id, SUM(quantity) AS qty FROM stock_moves GROUP BY product_id) s"
            " ON s.product_id = p.id"
            " LEFT JOIN (SELECT product_id, MIN(valid_to) AS first_expiry FROM certificates"
            " WHERE valid_to IS NOT NULL GROUP BY product_id) c ON c.product_id = p.id"
            " LEFT JOIN (SELECT t.product_id, COUNT(*) AS n FROM talking_points t WHERE NOT EXISTS"
            " (SELECT 1 FROM talking_point_evidence e WHERE e.point_id = t.id) GROUP BY t.product_id) u"
            " ON u.product_id = p.id ORDER BY p.sku")

    def list_rows_for(self, pids) -> list[dict]:
        """The same rows as ``list_rows`` for the products ``pids`` only (those that still exist)."""
        pids = list(pids)
        if not pids:
            return []
        marks = ", ".join("?" for _ in pids)
        return self._rows(f"{_PER_PRODUCT} FROM products p WHERE p.id IN ({marks}) ORDER BY p.sku", pids)

    def _rows(self, tail: str, params=()) -> list[dict]:
        cur = self.db.execute(f"SELECT {_LIST_SELECT}, {tail}", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def count_products(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM products").fetchone()[0]

    # --- stock -------------------------------------------------------------------------------
    def on_hand(self, pid: int) -> int:
        return self.db.execute(
            "SELECT COALESCE(SUM(quantity), 0) FROM stock_moves WHERE product_id = ?", [pid]).fetchone()[0]

    def delete_stock_move(self, pid: int, move_id: int) -> int | None:
        """Delete one movement of ``pid``; its signed quantity, or None when there is no such movement."""
        row = self.db.execute("SELECT quantity FROM stock_moves WHERE id = ? AND product_id = ?",
                              [move_id, pid]).fetchone()
        if row is None:
            return None
        self.db.execute("DELETE FROM stock_moves WHERE id = ?", [move_id])
        return row[0]

    def add_stock_move(self, pid: int, kind: str, quantity: int, reason: str, at: str,
                       session_id: str | None) -> int:
        return self.db.execute(
            "INSERT INTO stock_moves (product_id, kind, quantity, reason, at, session_id) VALUES (?, ?, ?, ?, ?, ?)",
            [pid, kind, quantity, reason, at, session_id]).lastrowid

    def stock_moves(self, pid: int) -> list[dict]:
        cur = self.db.execute(
            "SELECT id, kind, quantity, reason, at, session_id,"
            " SUM(quantity) OVER (ORDER BY at, id) AS balance"
            " FROM stock_moves WHERE product_id = ? ORDER BY at, id", [pid])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    # --- prices ------------------------------------------------------------------------------
    def add_price(self, pid: int, kind: str, price_fen: int | None, at: str) -> int:
        return self.db.execute("INSERT INTO price_history (product_id, kind, price_fen, at) VALUES (?, ?, ?, ?)",
                               [pid, kind, price_fen, at]).lastrowid

    def delete_prices(self, pid: int, ids) -> None:
        """Remove price-history rows ``ids`` of ``pid`` (an undone price change never happened)."""
        for price_id in ids:
            self.db.execute("DELETE FROM price_history WHERE id = ? AND product_id = ?", [price_id, pid])

    # --- whole records (undo of a removal) ------------------------------------------------------
    def history_rows(self, pid: int) -> tuple[list[tuple], list[tuple]]:
        """Every stock movement and price row of ``pid``, as stored (for putting a removed product back)."""
        moves = self.db.execute("SELECT kind, quantity, reason, at, session_id FROM stock_moves"
                                " WHERE product_id = ? ORDER BY id", [pid]).fetchall()
        prices = self.db.execute("SELECT kind, price_fen, at FROM price_history WHERE product_id = ? ORDER BY id",
                                 [pid]).fetchall()
        return moves, prices

    def insert_history_rows(self, pid: int, moves: list[tuple], prices: list[tuple]) -> None:
        self.db.conn.executemany("INSERT INTO stock_moves (product_id, kind, quantity, reason, at, session_id)"
                                 " VALUES (?, ?, ?, ?, ?, ?)", [(pid, *m) for m in moves])
        self.db.conn.executemany("INSERT INTO price_history (product_id, kind, price_fen, at) VALUES (?, ?, ?, ?)",
                                 [(pid, *r) for r in prices])

    def script_rows(self, pid: int) -> list[tuple]:
        """The product's own scripts (title, text, updated_at): removed with it, put back with it."""
        return self.db.execute("SELECT title, text, updated_at FROM scripts WHERE product_id = ? ORDER BY id",
                               [pid]).fetchall()

    def insert_script_rows(self, pid: int, rows: list[tuple]) -> None:
        self.db.conn.executemany("INSERT INTO scripts (product_id, title, text, updated_at) VALUES (?, ?, ?, ?)",
                                 [(pid, *r) for r in rows])

    def price_rows(self, pid: int, kind: str | None = None) -> list[dict]:
        sql = "SELECT id, kind, price_fen, at FROM price_history WHERE product_id = ?"
        args: list = [pid]
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        cur = self.db.execute(sql + " ORDER BY at, id", args)
        return [{"id": i, "kind": k, "price_fen": p, "at": a} for i, k, p, a in cur.fetchall()]
