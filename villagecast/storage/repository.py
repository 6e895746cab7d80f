"""Rows <-> core dataclasses. The only module (with migrations/db/backup) that speaks SQL."""

from __future__ import annotations

from .db import Database

from ..core.product import (SCALAR_FIELDS, Certificate, Document, Evidence, Product, TalkingPoint)
from .db import write

DEMO_KEY, DEMO_VALUE = "demo", "1"  # the meta row that marks the demo catalogue
LIST_COLUMNS = ("id", "sku", "name_zh", "name_en", "category", "origin_province", "origin_county",
                "origin_town", "origin_village", "producer", "live_price_fen", "list_price_fen",
                "cost_fen", "low_stock_threshold", "search_pinyin", "search_initials", "updated_at")


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

    def insert_product(self, p: Product, search: tuple[str, str], now: str) -> int:
        values = {name: getattr(p, name) for name in SCALAR_FIELDS}
        values["perishable"] = int(bool(p.perishable))
        values.update(search_pinyin=search[0], search_initials=search[1], created_at=now, updated_at=now)
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cur = self.db.execute(f"INSERT INTO products ({cols}) VALUES ({marks})", list(values.values()))
        pid = cur.lastrowid
        self._write_children(pid, p)
        return pid

    def update_product(self, pid: int, p: Product, search: tuple[str, str], now: str) -> None:
        values = {name: getattr(p, name) for name in SCALAR_FIELDS}
        values["perishable"] = int(bool(p.perishable))
        values.update(search_pinyin=search[0], search_initials=search[1], updated_at=now)
        sets = ", ".join(f"{c} = ?" for c in values)
        self.db.execute(f"UPDATE products SET {sets} WHERE id = ?", [*values.values(), pid])
        for table in ("talking_points", "certificates", "documents", "nutrition"):
            self.db.execute(f"DELETE FROM {table} WHERE product_id = ?", [pid])
        self._write_children(pid, p)

    def delete_product(self, pid: int) -> None:
        self.db.execute("DELETE FROM products WHERE id = ?", [pid])

    def _write_children(self, pid: int, p: Product) -> None:
        ex = self.db.execute
        cert_ids, doc_ids = {}, {}
        for c in p.certificates:
            cur = ex("INSERT INTO certificates (product_id, kind, number, issuer, valid_from, valid_to, file_path)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [pid, c.kind, c.number, c.issuer, c.valid_from, c.valid_to, c.file_path])
            cert_ids[c.number] = cur.lastrowid
        for d in p.documents:
            cur = ex("INSERT INTO documents (product_id, title, file_path) VALUES (?, ?, ?)",
                     [pid, d.title, d.file_path])
            doc_ids[d.title] = cur.lastrowid
        for pos, t in enumerate(p.talking_points):
            cur = ex("INSERT INTO talking_points (product_id, position, kind, text) VALUES (?, ?, ?, ?)",
                     [pid, pos, t.kind, t.text])
            for e in t.evidence:
                cert = cert_ids.get(e.ref) if e.kind == "certificate" else None
                doc = doc_ids.get(e.ref) if e.kind == "document" else None
                ex("INSERT INTO talking_point_evidence (point_id, certificate_id, document_id) VALUES (?, ?, ?)",
                   [cur.lastrowid, cert, doc])
        for code, amount in p.nutrition.items():
            ex("INSERT INTO nutrition (product_id, nutrient, amount) VALUES (?, ?, ?)", [pid, code, amount])

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
        for cid, kind, number, issuer, vf, vt, fp in ex(
                "SELECT id, kind, number, issuer, valid_from, valid_to, file_path FROM certificates"
                " WHERE product_id = ? ORDER BY id", [pid]):
            certs[cid] = Certificate(kind, number, issuer, vf, vt, fp, cid)
        docs = {did: Document(title, fp, did) for did, title, fp in ex(
            "SELECT id, title, file_path FROM documents WHERE product_id = ? ORDER BY id", [pid])}
        points = {}
        for tid, kind, text in ex(
                "SELECT id, kind, text FROM talking_points WHERE product_id = ? ORDER BY position", [pid]):
            points[tid] = TalkingPoint(kind, text, [], tid)
        for point_id, cid, did in ex(
                "SELECT e.point_id, e.certificate_id, e.document_id FROM talking_point_evidence e"
                " JOIN talking_points t ON t.id = e.point_id WHERE t.product_id = ? ORDER BY e.id", [pid]):
            if cid is not None:
                points[point_id].evidence.append(Evidence("certificate", certs[cid].number))
            else:
                points[point_id].evidence.append(Evidence("document", docs[did].title))
        p.certificates = list(certs.values())
        p.documents = list(docs.values())
        p.talking_points = list(points.values())
        p.nutrition = {code: amount for code, amount in ex(
            "SELECT nutrient, amount FROM nutrition WHERE product_id = ? ORDER BY rowid", [pid])}
        return p

    def list_rows(self, limit: int | None = None) -> list[dict]:
        """One dict per product with the list columns plus ``stock`` (on hand), ordered by SKU.

        With ``limit``, only the first rows: stock is then summed for those products alone.
        """
        cols = ", ".join(f"p.{c}" for c in LIST_COLUMNS)
        if limit is None:
            cur = self.db.execute(
                f"SELECT {cols}, COALESCE(s.qty, 0) AS stock FROM products p"
                " LEFT JOIN (SELECT product_id, SUM(quantity) AS qty FROM stock_moves GROUP BY product_id) s"
                " ON s.product_id = p.id ORDER BY p.sku")
        else:
            cur = self.db.execute(
                f"SELECT {cols}, (SELECT COALESCE(SUM(quantity), 0) FROM stock_moves m WHERE m.product_id = p.id)"
                " AS stock FROM products p ORDER BY p.sku LIMIT ?", [limit])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def count_products(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM products").fetchone()[0]

    # --- stock -------------------------------------------------------------------------------
    def on_hand(self, pid: int) -> int:
        return self.db.execute(
            "SELECT COALESCE(SUM(quantity), 0) FROM stock_moves WHERE product_id = ?", [pid]).fetchone()[0]

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
    def add_price(self, pid: int, kind: str, price_fen: int | None, at: str) -> None:
        self.db.execute("INSERT INTO price_history (product_id, kind, price_fen, at) VALUES (?, ?, ?, ?)",
                        [pid, kind, price_fen, at])

    def set_price_field(self, pid: int, column: str, price_fen: int | None, now: str) -> None:
        assert column in ("list_price_fen", "live_price_fen", "floor_price_fen", "cost_fen")
        self.db.execute(f"UPDATE products SET {column} = ?, updated_at = ? WHERE id = ?", [price_fen, now, pid])

    def price_rows(self, pid: int, kind: str | None = None) -> list[dict]:
        sql = "SELECT kind, price_fen, at FROM price_history WHERE product_id = ?"
        args: list = [pid]
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        cur = self.db.execute(sql + " ORDER BY at, id", args)
        return [{"kind": k, "price_fen": p, "at": a} for k, p, a in cur.fetchall()]
