"""Putting the demo catalogue on disk: build it beside the target, then swap it in atomically.

The catalogue itself (products, 30 days of history) is ``core.demo``; this module owns the files.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from .. import paths
from ..core.catalogue import Catalogue
from ..core.demo import DemoError, build_demo
from ..core.errors import DatabaseError
from .db import Database, open_database
from .repository import Repository


def _sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _read_only(path: Path):
    """A read-only view of ``path`` that creates no files beside it."""
    # Without a -wal file everything is in the main file: "immutable" opens it without locks
    # or -shm. With one, plain read-only mode sees the committed WAL content too.
    flag = "mode=ro" if Path(f"{path}-wal").exists() else "immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flag}", uri=True)
    return conn, Repository(Database(conn))


def _inspect(path: Path) -> tuple[int, bool]:
    """(product count, marked as the demo) for an existing database file; read-only."""
    conn, repo = _read_only(path)
    try:
        count = _or_when_no_table(0, repo.count_products)
        return count, _or_when_no_table(False, repo.is_demo)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("not_a_database", path=str(path), reason=str(exc)) from exc
    finally:
        conn.close()


def _or_when_no_table(default, query):
    try:
        return query()
    except sqlite3.OperationalError as exc:
        if str(exc).startswith("no such table"):
            return default  # an empty or older database: nothing of ours in it
        raise


def _is_demo_location(path: Path) -> bool:
    try:
        return path.resolve() == paths.demo_db_path().resolve()
    except Exception:  # noqa: BLE001 - no platform data dir: then it is not the demo location
        return False


def reset_demo(db_path: str | os.PathLike, today: date | None = None, *, force: bool = False) -> Path:
    """Build a fresh demo database and atomically put it at ``db_path``; returns the path.

    The new file is built beside ``db_path`` and moved over it with ``os.replace``; stale
    ``-wal``/``-shm``/``-journal`` files of the old one are removed first, so they can never be
    replayed onto the new file. Nothing else in the folder is touched. Close every connection
    to ``db_path`` before calling. An existing file that holds products and is not marked as a
    demo (or is not a database) is refused with ``DemoError("not_a_demo_database")`` and left
    untouched, unless ``force`` or it is ``paths.demo_db_path()``.
    """
    db_path = Path(db_path)
    if db_path.is_dir():
        raise DatabaseError("is_directory", path=str(db_path))
    if db_path.exists() and not force and not _is_demo_location(db_path):
        try:
            count, is_demo = _inspect(db_path)
        except DatabaseError:
            raise DemoError("not_a_demo_database", path=str(db_path)) from None
        if count and not is_demo:
            raise DemoError("not_a_demo_database", path=str(db_path))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.building")
    for leftover in [tmp, *_sidecars(tmp)]:
        leftover.unlink(missing_ok=True)
    try:
        db = open_database(tmp, backup=False)
        try:
            catalogue = Catalogue(Repository(db))
            build_demo(catalogue, today)
            _add_shipping_examples(db, catalogue)
            _add_demo_show(db, catalogue)
        finally:
            db.close()  # the last connection checkpoints and removes tmp-wal / tmp-shm
        for stale in _sidecars(db_path):
            stale.unlink(missing_ok=True)
        os.replace(tmp, db_path)
    finally:
        for leftover in [tmp, *_sidecars(tmp)]:
            leftover.unlink(missing_ok=True)
    return db_path


def _add_shipping_examples(db, catalogue: Catalogue) -> None:
    """Example rate cards from every demo product's origin, with the example presets and fee profiles."""
    from ..core.shipping.examples import add_examples
    from ..core.shipping.service import ShippingBook
    from .shipping_repo import ShippingRepository

    origins = [row["origin_province"] for row in catalogue.list_rows()]
    add_examples(ShippingBook(ShippingRepository(db)), origins)


def _add_demo_show(db, catalogue: Catalogue) -> None:
    """The demo run sheet (``core.demo.build_demo_show``), for rehearsing a show."""
    from ..core.broadcast.runsheet import RunSheets
    from ..core.demo import build_demo_show
    from .runsheet_repo import RunSheetRepository

    build_demo_show(RunSheets(RunSheetRepository(db), catalogue))


def ensure_demo(db_path: str | os.PathLike, today: date | None = None) -> None:
    """Build the demo at ``db_path`` only when the file is missing or holds no products."""
    db_path = Path(db_path)
    if db_path.exists() and _inspect(db_path)[0] > 0:
        return
    reset_demo(db_path, today)
