"""Open the one SQLite file: pragmas, the version check, migrations and the pre-migration backup."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from ..core.errors import DatabaseError, NewerDatabaseError
from .migrations import known_names, migrations

SCHEMA_VERSION = len(known_names())
MIGRATIONS_TABLE = "_sqlite_migrations"


def _applied_names(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [migrations.name]
    ).fetchall()
    return [r[0] for r in rows]


def schema_version(db: Database) -> int:
    """How many of this set's migrations the file records."""
    return len(_applied_names(db.conn))


def check_not_newer(conn: sqlite3.Connection) -> list[str]:
    """Raise NewerDatabaseError if the file records migrations this version does not know."""
    applied = _applied_names(conn)
    unknown = [name for name in applied if name not in set(known_names())]
    if unknown:
        raise NewerDatabaseError(found=len(applied), known=SCHEMA_VERSION, unknown=unknown)
    return applied


def _connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def open_database(path: str | Path, *, migrate: bool = True, backup: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``path`` (``":memory:"`` for tests).

    A file from a newer VillageCast is refused before anything is written to it. When
    migrations are pending on a file that already holds data, a backup is taken first.
    """
    memory = str(path) == ":memory:"
    if not memory:
        path = Path(path)
        if path.exists() and path.is_dir():
            raise DatabaseError("is_directory", path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("cannot_create", path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        conn = _connect(path)
        applied = check_not_newer(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("not_a_database", path=str(path), reason=str(exc)) from exc
    db = Database(conn)
    if migrate and len(applied) < SCHEMA_VERSION:
        if backup and not memory and applied:
            from .backup import make_backup

            make_backup(db, Path(path), reason="pre-migration")
        try:
            migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError("migration_failed", path=str(path), reason=str(exc)) from exc
    return db


@contextmanager
def write(db: Database):
    """One write transaction. Top level takes the write lock at once (BEGIN IMMEDIATE), nested uses savepoints."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def integrity_check(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` lines; ``["ok"]`` for a healthy file."""
    return [row[0] for row in db.conn.execute("PRAGMA integrity_check").fetchall()]
