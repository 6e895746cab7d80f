"""sqlite-utils ``Migrations`` over the schema steps; imported only when a migration is pending."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from . import schema

SET_NAME = "villagecast"


def migration_set() -> Migrations:
    """A fresh ``Migrations`` with every step of ``schema.STEPS`` registered in order."""
    migrations = Migrations(SET_NAME)
    for name, step in schema.STEPS:
        migrations(name=name)(step)
    return migrations


def apply(conn, stop_before: str | None = None) -> None:
    """Apply pending steps on the sqlite3 connection ``conn``, each in its own transaction."""
    migration_set().apply(Database(conn), stop_before=stop_before)
