"""Rolling backups through SQLite's online backup API. Keep the newest seven."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from ..core.errors import DatabaseError, NotFound
from ..paths import backups_dir
from .db import check_not_newer

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


def restore_backup(db: Database, db_path: Path, number: int) -> BackupInfo:
    """Replace the live database's content with backup ``number``; the current content is backed up first."""
    backups = list_backups(db_path)
    chosen = next((b for b in backups if b.number == number), None)
    if chosen is None:
        raise NotFound("backup", number=number, available=len(backups))
    try:
        src = sqlite3.connect(f"{chosen.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = src.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise DatabaseError("backup_damaged", path=str(chosen.path), reason=check)
            check_not_newer(src)
            # Keep a copy of what is about to be replaced (one over the limit, so the
            # chosen file survives until it has been copied), then copy the backup in.
            make_backup(db, db_path, reason="pre-restore", keep=KEEP + 1)
            src.backup(db.conn)
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("backup_damaged", path=str(chosen.path), reason=str(exc)) from exc
    # Trim after the restore so the chosen file was never deleted mid-way.
    for old in list_backups(db_path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return chosen
