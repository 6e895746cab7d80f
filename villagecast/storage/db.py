"""Open the one SQLite file: pragmas, the version check, migrations and the pre-migration backup.

Opening uses plain ``sqlite3``: importing sqlite-utils costs about 0.1 s, as much as starting a bare
Qt window, so it is imported only when a migration is pending (``migrations.py``).
"""

from __future__ import annotations

import itertools
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import DatabaseError, NewerDatabaseError
from .schema import known_names

SCHEMA_VERSION = len(known_names())
MIGRATIONS_TABLE = "_sqlite_migrations"
SET_NAME = "villagecast"  # sqlite-utils migration set name (migrations.SET_NAME)
_savepoints = itertools.count(1)


class Database:
    """An open database file: the sqlite3 connection and the few calls repositories use."""

    def __init__(self, conn: sqlite3.Connection, path: str | Path = ":memory:"):
        self.conn = conn
        self.path = path

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


def _applied_names(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [SET_NAME]
    ).fetchall()
    return [r[0] for r in rows]


def schema_version(db: Database) -> int:
    """How many of this set's migrations the file records."""
    return len(_applied_names(db.conn))


def check_not_newer(conn: sqlite3.Connection) -> list[str]:
    """Raise NewerDatabaseError if the file records migrations this version does not know."""
    applied = _applied_names(conn)
    known = set(known_names())
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise NewerDatabaseError(found=len(applied), known=SCHEMA_VERSION, unknown=unknown)
    return applied


def open_database(path: str | Path, *, migrate: bool = True, backup: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``path`` (``":memory:"`` for tests).

    A file from a newer VillageCast is refused before anything is written to it. When
    migrations are pending on a file that already holds data, a backup is taken first.
    The connection is closed again whenever opening fails.
    """
    memory = str(path) == ":memory:"
    if not memory:
        path = Path(path)
        if path.is_dir():
            raise DatabaseError("is_directory", path=str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("cannot_create", path=str(path), reason=exc.strerror or str(exc)) from exc
    conn = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        applied = check_not_newer(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        db = Database(conn, path)
        if migrate and len(applied) < SCHEMA_VERSION:
            if backup and not memory and applied:
                from .backup import make_backup

                make_backup(db, Path(path), reason="pre-migration")
            from . import migrations

            try:
                migrations.apply(conn)
            except sqlite3.DatabaseError as exc:
                raise DatabaseError("migration_failed", path=str(path), reason=str(exc)) from exc
        return db
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise DatabaseError("not_a_database", path=str(path), reason=str(exc)) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise


# What the user is told when SQLite cannot write, by the primary result code (extended codes such as
# SQLITE_IOERR_WRITE or SQLITE_READONLY_DBMOVED fall under theirs). Anything else (a broken constraint,
# a programming error) is not the disk's fault and is raised as it is.
STORAGE_CODES = {
    "SQLITE_FULL": "db_full",
    "SQLITE_READONLY": "db_read_only",
    "SQLITE_PERM": "db_read_only",
    "SQLITE_IOERR": "db_io",
    "SQLITE_CANTOPEN": "db_io",
    "SQLITE_BUSY": "db_busy",
    "SQLITE_LOCKED": "db_busy",
    "SQLITE_CORRUPT": "db_damaged",
    "SQLITE_NOTADB": "db_damaged",
}


def storage_error(exc: sqlite3.Error, path) -> DatabaseError | None:
    """The ``DatabaseError`` (code from ``STORAGE_CODES``) for a failed write, or None if it is not the storage's."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    code = STORAGE_CODES.get("_".join(name.split("_")[:2]))
    if code is None:
        return None
    return DatabaseError(code, path=str(path), reason=str(exc))


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it does itself after some I/O errors)."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # nothing was committed; the connection rolls back when it is next used or closed


def _raise_storage(exc: sqlite3.Error, db: Database):
    mapped = storage_error(exc, db.path)
    if mapped is None:
        raise exc
    raise mapped from exc


@contextmanager
def write(db: Database):
    """One write transaction. Top level takes the write lock at once (BEGIN IMMEDIATE), nested uses savepoints.

    A write the disk refuses (full, read-only, I/O error, locked by another program too long, damaged file)
    is rolled back whole and raised as a ``DatabaseError`` with a code the UI and CLI put into words, so the
    caller keeps running and what was committed before is untouched; the next write tries the disk again.
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"vc_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        _raise_storage(exc, db)
    try:
        yield db
    except sqlite3.Error as exc:
        _rollback(conn)
        _raise_storage(exc, db)
    except BaseException:
        _rollback(conn)
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(conn)
            _raise_storage(exc, db)


def integrity_check(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` lines; ``["ok"]`` for a healthy file."""
    return [row[0] for row in db.conn.execute("PRAGMA integrity_check").fetchall()]


def quick_check(db: Database) -> list[str]:
    """``PRAGMA quick_check`` (the b-trees, without matching indexes to tables: fast enough for every start);
    ``["ok"]`` for a sound file. A file too damaged to read answers with the reason instead of raising."""
    try:
        return [row[0] for row in db.conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
