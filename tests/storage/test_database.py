"""Opening, migrating, refusing newer files, and backups."""

import hashlib
import sqlite3

import pytest

from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import DatabaseError, NewerDatabaseError, NotFound
from villagecast.core.product import Product
from villagecast.storage import SCHEMA_VERSION, Repository, open_database, schema_version
from villagecast.storage.backup import KEEP, list_backups, make_backup, restore_backup
from villagecast.storage.db import integrity_check
from villagecast.storage import migrations, schema
from villagecast.storage.schema import known_names

from ..helpers import dump


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_wal_foreign_keys_and_latest_schema(tmp_path):
    db = open_database(tmp_path / "a.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(db) == SCHEMA_VERSION == len(known_names())
    assert integrity_check(db) == ["ok"]


def test_old_database_is_migrated_with_data_kept_and_backed_up(tmp_path):
    path = tmp_path / "old.db"
    raw = open_database(path, migrate=False)
    migrations.apply(raw.conn, stop_before=known_names()[-1])  # a file from the previous version
    # Rows as the previous version wrote them (today's code writes columns that file does not have yet).
    now = "2026-11-01T08:00:00+00:00"
    pid = raw.execute("INSERT INTO products (sku, name_zh, live_price_fen, created_at, updated_at)"
                      " VALUES ('OLD-1', '老数据', 1200, ?, ?)", [now, now]).lastrowid
    raw.execute("INSERT INTO stock_moves (product_id, kind, quantity, at) VALUES (?, 'receive', 3, ?)", [pid, now])
    raw.execute("INSERT INTO certificates (product_id, kind, number) VALUES (?, 'organic', 'C-1')", [pid])
    raw.conn.close()

    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    cat = Catalogue(Repository(db))
    assert cat.get("OLD-1").name_zh == "老数据"
    assert cat.on_hand("OLD-1") == 3
    old_product = cat.get("OLD-1")
    assert old_product.certificates[0].file_name == "" and old_product.photos == old_product.audit == []
    assert cat.list_rows()[0]["approved"] is False  # no selection review yet
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["pre-migration"]
    old = sqlite3.connect(backups[0].path)
    assert [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")] == known_names()[:-1]


def test_newer_database_is_refused_and_not_altered(tmp_path):
    path = tmp_path / "newer.db"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
               ["villagecast", "9999_from_the_future", "2030-01-01"])
    db.conn.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path)
    assert info.value.params["known"] == SCHEMA_VERSION
    assert _digest(path) == before
    assert not list_backups(path)


def test_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "not_a_database"
    assert _digest(path) == before


def test_directory_is_refused(tmp_path):
    with pytest.raises(DatabaseError) as info:
        open_database(tmp_path)
    assert info.value.code == "is_directory"


def test_failing_migration_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "m.db"
    raw = open_database(path, migrate=False)
    migrations.apply(raw.conn, stop_before=known_names()[-1])
    raw.conn.close()
    before = dump(path)

    def boom(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS[:-1], (schema.STEPS[-1][0], boom)))
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.code == "migration_failed"
    assert dump(path) == before


def test_backups_roll_and_keep_seven(tmp_path):
    path = tmp_path / "b.db"
    db = open_database(path)
    for _ in range(KEEP + 3):
        make_backup(db, path, reason="start")
    backups = list_backups(path)
    assert len(backups) == KEEP
    assert [b.number for b in backups] == list(range(1, KEEP + 1))
    assert backups[0].created_at > backups[-1].created_at
    assert not list(backups[0].path.parent.glob("*.tmp"))


def test_restore_brings_back_removed_product_and_keeps_a_safety_copy(tmp_path):
    path = tmp_path / "r.db"
    db = open_database(path)
    cat = Catalogue(Repository(db))
    cat.add(Product(sku="KEEP-1", name_zh="蜂蜜", live_price_fen=5900), opening_stock=5)
    make_backup(db, path, reason="manual")
    cat.remove("KEEP-1")
    assert not cat.exists("KEEP-1")

    db.conn.close()

    restore_backup(path, 1)
    cat = Catalogue(Repository(open_database(path)))
    assert cat.get("KEEP-1").name_zh == "蜂蜜"
    assert cat.on_hand("KEEP-1") == 5
    reasons = [b.reason for b in list_backups(path)]
    assert reasons[0] == "pre-restore"
    with pytest.raises(NotFound):
        restore_backup(path, 99)


def test_restore_rescues_a_database_that_no_longer_opens(tmp_path):
    path = tmp_path / "broken.db"
    db = open_database(path)
    Catalogue(Repository(db)).add(Product(sku="A1", name_zh="苹果"))
    make_backup(db, path, reason="manual")
    db.conn.close()
    path.write_bytes(b"scribbled over" * 500)
    with pytest.raises(DatabaseError):
        open_database(path)

    restore_backup(path, 1)
    assert Catalogue(Repository(open_database(path))).get("A1").name_zh == "苹果"
    aside = list_backups(path)[0]
    assert aside.reason == "pre-restore"
    assert aside.path.read_bytes() == b"scribbled over" * 500


def test_restore_refuses_damaged_backup(tmp_path):
    path = tmp_path / "d.db"
    db = open_database(path)
    Catalogue(Repository(db)).add(Product(sku="A1", name_zh="苹果"))
    backup = make_backup(db, path, reason="manual")
    backup.write_bytes(b"garbage" * 1000)
    db.conn.close()
    before = dump(path)
    with pytest.raises(DatabaseError):
        restore_backup(path, 1)
    assert dump(path) == before
    assert len(list_backups(path)) == 1  # nothing set aside either
