"""Template catalogues, their per-example copies, and the two properties every import case checks.

* A **refused** import leaves the database semantically unchanged (its ``iterdump`` through a fresh
  connection equals the template's, and no transaction is left open) and the folder beside it
  (attachments, backups, temporary files) byte for byte as it was.
* An **accepted** import leaves a sound database: ``PRAGMA integrity_check`` says ok, no foreign key is
  broken, the stock ledger holds (stock on hand as the list shows it == the sum of the movements, no
  running balance below zero), the movements are exactly those before (an import never moves stock) and
  every attachment a product refers to is in the attachments folder.

A copy is reused by the next example while it is unchanged, so most examples cost no copy at all.
The soundness checks are also plain functions (``integrity_problems``, ``ledger_problems``,
``attachment_problems``) for ``test_kill_import.py``; ``dump`` comes from ``tests/helpers.py``.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from villagecast.core.catalogue import Catalogue
from villagecast.core.demo import build_demo
from villagecast.core.exchange.bundle_export import export_bundle
from villagecast.core.exchange.schema import file_refs
from villagecast.core.exchange.sheet_export import export_csv, export_xlsx
from villagecast.core.photos import import_photo
from villagecast.core.product import Certificate, Photo, Product, ShopLink
from villagecast.core.shipping.examples import example_cards
from villagecast.core.shipping.service import ShippingBook
from villagecast.storage import Repository, open_database
from villagecast.storage.files import FileStore
from villagecast.storage.shipping_repo import ShippingRepository

from ..helpers import dump

DB_NAME = "villagecast.db"
_DB_FILES = {DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"}
ORIGIN = "610000"  # 陕西: the example rate cards are laid out from here


def folder(root: Path) -> dict[str, str]:
    """Every file under ``root`` but the database itself, by relative path, with its SHA-256."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name not in _DB_FILES}


def moves(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT p.sku, m.kind, m.quantity, m.reason, m.at, m.session_id FROM stock_moves m"
                            " JOIN products p ON p.id = m.product_id ORDER BY p.sku, m.at, m.id").fetchall()
    finally:
        conn.close()


def integrity_problems(conn) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find ([] for a sound file)."""
    problems = []
    check = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if check != ["ok"]:
        problems.append(f"integrity_check: {check[:3]}")
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append("foreign_key_check found broken references")
    return problems


def ledger_problems(catalogue) -> list[str]:
    """Products whose stock on hand (as the list shows it) is not the sum of their movements, or went below zero."""
    problems = []
    for row in catalogue.list_rows():
        history = catalogue.stock_history(row["sku"])
        if row["stock"] != sum(m["quantity"] for m in history) or any(m["balance"] < 0 for m in history):
            problems.append(f"stock ledger of {row['sku']}: {row['stock']} vs {history}")
    return problems


def attachment_problems(catalogue, files: FileStore, verify: bool = False) -> list[str]:
    """Attachments a product refers to that are missing from ``files`` (with ``verify``: or whose content no
    longer hashes to the SHA-256 in their name, which is how the store records the hash)."""
    problems = []
    for row in catalogue.list_rows():
        refs = file_refs(catalogue.get(row["sku"]))
        bad = [rel for rel in refs if not (files.verify(rel) if verify else (files.root / rel).is_file())]
        if bad:
            problems.append(f"{row['sku']} refers to missing or damaged attachments {bad}")
    return problems


@dataclass
class Template:
    """A closed catalogue file (and its attachments folder) with its content recorded once."""

    name: str
    root: Path
    dump: str = ""
    folder: dict = field(default_factory=dict)
    moves: list = field(default_factory=list)

    def seal(self) -> Template:
        self.dump, self.folder, self.moves = dump(self.root / DB_NAME), folder(self.root), moves(self.root / DB_NAME)
        return self


@dataclass
class Templates:
    spaces: dict[str, Template]
    exports: dict[str, bytes]  # demo.csv, demo.xlsx, demo.vcbundle, small.vcbundle, small.csv


def _open(root: Path):
    db = open_database(root / DB_NAME)
    return db, Catalogue(Repository(db)), FileStore(root / "files")


def _small(root: Path, scratch: Path) -> None:
    """Two products with stock, a photo, a certificate scan and a shop link; the example rate cards."""
    db, cat, files = _open(root)
    photo = scratch / "photo.jpg"
    Image.new("RGB", (640, 480), (200, 80, 40)).save(photo, "JPEG")
    scan = scratch / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    cat.add(Product(sku="WAL-001", name_zh="核桃", category="nuts", live_price_fen=3990, cost_fen=2000,
                    photos=[Photo(**import_photo(photo, files))],
                    certificates=[Certificate("organic", "ORG-1", file_path=files.put_file(scan).path)],
                    shop_links=[ShopLink("douyin", "https://example.com/wal")]), opening_stock=5)
    cat.add(Product(sku="HON-002", name_zh="土蜂蜜", category="honey", live_price_fen=990), opening_stock=3)
    cat.move_stock("HON-002", "sell", 1)
    ShippingBook(ShippingRepository(db)).save_cards(example_cards(ORIGIN))
    db.close()


def build_templates(base: Path, today) -> Templates:
    spaces = {name: Template(name, base / name) for name in ("empty", "small", "demo")}
    for t in spaces.values():
        t.root.mkdir(parents=True)
    open_database(spaces["empty"].root / DB_NAME).close()
    _small(spaces["small"].root, base)
    db, cat, _files = _open(spaces["demo"].root)
    build_demo(cat, today)
    db.close()
    out = base / "exports"
    out.mkdir()
    exports: dict[str, bytes] = {}
    for name in ("demo", "small"):
        db, cat, files = _open(spaces[name].root)
        export_csv(cat, out / f"{name}.csv")
        export_bundle(cat, files, out / f"{name}.vcbundle", cooperative="Fuzz")
        if name == "demo":
            export_xlsx(cat, out / f"{name}.xlsx")
        db.close()
    for path in out.iterdir():
        exports[path.name] = path.read_bytes()
    return Templates({name: t.seal() for name, t in spaces.items()}, exports)


class Space:
    """One copy of a template, open; ``dirty`` once anything may have changed it."""

    def __init__(self, template: Template, root: Path):
        self.template = template
        self.root = root
        shutil.copytree(template.root, root)
        self.db_path = root / DB_NAME
        self.db, self.catalogue, self.files = _open(root)
        self.dirty = False

    def close(self) -> None:
        self.db.close()

    def unchanged(self) -> list[str]:
        """Why the copy is not as the template was ([] when it is)."""
        problems = []
        if self.db.conn.in_transaction:
            problems.append("a transaction was left open")
        if dump(self.db_path) != self.template.dump:
            problems.append("the database changed")
        now = folder(self.root)
        if now != self.template.folder:
            added = sorted(set(now) - set(self.template.folder))
            problems.append(f"the folder changed (added {added[:5]})")
        return problems

    def sound(self) -> list[str]:
        """Why the copy is not a healthy catalogue after an accepted import ([] when it is)."""
        problems = ["a transaction was left open"] if self.db.conn.in_transaction else []
        problems += integrity_problems(self.db.conn) + ledger_problems(self.catalogue)
        problems += attachment_problems(self.catalogue, self.files)
        if moves(self.db_path) != self.template.moves:
            problems.append("stock movements changed")
        return problems


class Workspaces:
    """Hands out copies of the templates, reusing a copy while it is unchanged."""

    def __init__(self, templates: Templates, root: Path):
        self.templates = templates
        self.root = root
        self.spaces: dict[str, Space] = {}
        self.made = 0

    def get(self, name: str) -> Space:
        space = self.spaces.get(name)
        if space is None or space.dirty:
            if space is not None:
                space.close()
            self.made += 1
            space = self.spaces[name] = Space(self.templates.spaces[name], self.root / f"{name}-{self.made}")
        return space

    def close(self) -> None:
        for space in self.spaces.values():
            space.close()
