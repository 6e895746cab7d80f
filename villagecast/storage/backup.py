"""Rolling backups through SQLite's online backup API. Keep the newest seven."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..core.errors import DatabaseError, NotFound
from ..paths import backups_dir
from .db import Database, check_not_newer

KEEP = 7
PREFIX = "villagecast-"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: its number in ``backup list`` (1 = newest), when and why it was made."""

    number: int
    path: Path
    created_at: str  # UTC ISO-8601
    reason: str
    size: int


def make_backup(db: Database, db_path: Path, reason: str = "start", keep: int = KEEP) -> Path:
    """Copy the live database to ``backups/`` and drop the oldest beyond ``keep``.

    The copy is written to a temporary name and renamed, so a crash never leaves half a backup.
    """
    folder = backups_dir(Path(db_path))
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{PREFIX}{stamp}-{reason}.db"
    tmp = final.with_name(final.name + ".tmp")
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(dst)
        finally:
            dst.close()
        os.replace(tmp, final)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError("backup_failed", path=str(final), reason=str(exc)) from exc
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return final


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first, numbered from 1."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    files = sorted((p for p in folder.glob(f"{PREFIX}*.db")), key=lambda p: p.name, reverse=True)
    out = []
    for n, p in enumerate(files, start=1):
        stem = p.stem[len(PREFIX):]
        stamp, _, reason = stem.partition("-")
        try:
            when = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc).isoformat()
        except ValueError:
            when = ""
        out.append(BackupInfo(n, p, when, reason, p.stat().st_size))
    return out


def check_backup(path: Path) -> str:
    """"ok" when the backup at ``path`` is a sound database this version can open, else the reason it is not."""
    try:
        src = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        check = src.execute("PRAGMA integrity_check").fetchone()[0]
        if check == "ok":
            check_not_newer(src)
        return check
    except DatabaseError as exc:  # written by a newer VillageCast
        return exc.code
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        src.close()


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of ``db_path`` that ``check_backup`` finds sound (what to offer for a damaged file)."""
    return next((b for b in list_backups(db_path) if check_backup(b.path) == "ok"), None)


def _copy_aside(db_path: Path) -> None:
    """Keep what a restore is about to replace: through SQLite when it opens, byte for byte when it won't."""
    if not db_path.exists():
        return
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            make_backup(Database(conn), db_path, reason="pre-restore", keep=KEEP + 1)
        finally:
            conn.close()
    except (sqlite3.Error, DatabaseError):
        folder = backups_dir(db_path)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        final = folder / f"{PREFIX}{stamp}-pre-restore.db"
        tmp = final.with_name(final.name + ".tmp")
        shutil.copyfile(db_path, tmp)
        os.replace(tmp, final)


def restore_backup(db_path: Path, number: int) -> BackupInfo:
    """Replace the database file with backup ``number``; the current file is kept as a backup first.

    Works on the file, not on an open connection, so it also rescues a database that no longer opens
    (damaged, or written by a newer version). Close connections to ``db_path`` before calling.
    """
    db_path = Path(db_path)
    backups = list_backups(db_path)
    chosen = next((b for b in backups if b.number == number), None)
    if chosen is None:
        raise NotFound("backup", number=number, available=len(backups))
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    try:
        src = sqlite3.connect(f"{chosen.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = src.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise DatabaseError("backup_damaged", path=str(chosen.path), reason=check)
            check_not_newer(src)
            tmp.unlink(missing_ok=True)
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError("backup_damaged", path=str(chosen.path), reason=str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # One over the limit while restoring, so the chosen file survives until it has been copied.
    _copy_aside(db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(tmp, db_path)
    for old in list_backups(db_path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return chosen
