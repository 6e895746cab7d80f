"""Helpers shared by test modules in several folders (import them relatively: ``from ..helpers import dump``).

Fixtures stay in the conftest files; this module holds plain functions only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(db_path: str | Path) -> str:
    """The committed content of the database as SQL, read through a fresh connection (uncommitted writes of
    another connection do not show), to prove that a refused or interrupted write left nothing behind."""
    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
