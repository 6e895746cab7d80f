"""A full disk and a read-only disk: a refused write is rolled back whole and put into words; what was saved
before is intact; the next write after the disk recovers goes through.

Three ways to make SQLite fail for real (no mock of the write path): ``PRAGMA max_page_count`` caps the
file at its size, so growing it fails with SQLITE_FULL exactly as a full disk does; a connection opened
``mode=ro`` (or ``PRAGMA query_only``) refuses with SQLITE_READONLY; and a child process whose file-size
limit (RLIMIT_FSIZE) is the database's size gets the operating system's own refusal on ``write()``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import DatabaseError
from villagecast.core.product import Product
from villagecast.storage import Repository, open_database
from villagecast.storage.db import integrity_check, storage_error

from ..helpers import dump

BIG = "山" * 200_000  # about 600 KB of UTF-8: needs many new pages


@pytest.fixture
def catalogue(tmp_path):
    path = tmp_path / "villagecast.db"
    db = open_database(path)
    cat = Catalogue(Repository(db))
    cat.add(Product(sku="A-1", name_zh="苹果", live_price_fen=1990), opening_stock=10)
    yield cat, db, path
    db.close()


def test_a_full_disk_refuses_the_write_whole_and_the_next_write_goes_through(catalogue):
    cat, db, path = catalogue
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = dump(path)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # "the disk is full": the file may not grow
    with pytest.raises(DatabaseError) as refused:
        cat.add(Product(sku="B-2", name_zh="蜂蜜", live_price_fen=3900, after_sales=BIG), opening_stock=5)
    assert refused.value.code == "db_full"
    assert not db.conn.in_transaction
    assert dump(path) == before and integrity_check(db) == ["ok"]
    assert cat.on_hand("A-1") == 10 and not cat.exists("B-2")
    cat.move_stock("A-1", "sell", 1)  # a small write still fits in the pages there are
    db.execute("PRAGMA max_page_count = 1073741823")  # space is back
    cat.add(Product(sku="B-2", name_zh="蜂蜜", live_price_fen=3900, after_sales=BIG), opening_stock=5)
    assert cat.on_hand("B-2") == 5 and cat.on_hand("A-1") == 9 and integrity_check(db) == ["ok"]


def test_a_read_only_file_refuses_in_words_and_the_data_is_intact(catalogue):
    cat, db, path = catalogue
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = dump(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    from villagecast.storage.db import Database

    ro = Catalogue(Repository(Database(conn, path)))
    try:
        assert ro.on_hand("A-1") == 10  # reading works
        with pytest.raises(DatabaseError) as refused:
            ro.move_stock("A-1", "sell", 1)
        assert refused.value.code == "db_read_only" and refused.value.params["path"] == str(path)
        assert not conn.in_transaction
    finally:
        conn.close()
    assert dump(path) == before


def test_query_only_is_read_only_and_turning_it_off_recovers(catalogue):
    cat, db, _path = catalogue
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(DatabaseError) as refused:
        cat.set_price("A-1", 2500)
    assert refused.value.code == "db_read_only"
    db.execute("PRAGMA query_only = OFF")
    cat.set_price("A-1", 2500)
    assert cat.get("A-1").live_price_fen == 2500


@pytest.mark.parametrize("name, code", [
    ("SQLITE_FULL", "db_full"), ("SQLITE_IOERR_WRITE", "db_io"), ("SQLITE_IOERR_FSYNC", "db_io"),
    ("SQLITE_READONLY_DBMOVED", "db_read_only"), ("SQLITE_BUSY", "db_busy"), ("SQLITE_CORRUPT", "db_damaged"),
    ("SQLITE_CONSTRAINT_UNIQUE", None), ("SQLITE_ERROR", None),
])
def test_storage_errors_are_told_apart_from_the_programs_own(name, code):
    exc = sqlite3.OperationalError("boom")
    exc.sqlite_errorname = name
    mapped = storage_error(exc, "/x/villagecast.db")
    assert (mapped.code if mapped else None) == code


def test_every_storage_code_has_words_in_both_languages(qapp):
    from villagecast.messages import ERRORS, describe_error
    from villagecast.storage.db import STORAGE_CODES

    for code in set(STORAGE_CODES.values()):
        assert code in ERRORS
        text = describe_error(DatabaseError(code, path="/x/villagecast.db", reason="disk I/O error"))
        assert "{" not in text and len(text) > 30


CHILD = textwrap.dedent("""
    import resource, signal, sys
    from villagecast.core.catalogue import Catalogue
    from villagecast.core.errors import DatabaseError
    from villagecast.core.product import Product
    from villagecast.storage import Repository, open_database

    path, limit = sys.argv[1], int(sys.argv[2])
    db = open_database(path)
    cat = Catalogue(Repository(db))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG instead of killing us
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        cat.add(Product(sku="B-2", name_zh="蜂蜜", live_price_fen=3900, after_sales="山" * 200_000), opening_stock=5)
        print("written")
    except DatabaseError as exc:
        print("refused", exc.code)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # the disk has room again
    cat.move_stock("A-1", "sell", 1)
    cat.add(Product(sku="C-3", name_zh="核桃", live_price_fen=4500, after_sales="山" * 200_000), opening_stock=7)
    print("recovered", cat.on_hand("A-1"), cat.on_hand("C-3"))
    db.close()
""")


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="RLIMIT_FSIZE on Linux")
def test_the_operating_systems_refusal_to_grow_a_file_is_survived(catalogue):
    _cat, db, path = catalogue
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = dump(path)
    limit = max(path.stat().st_size, 64 * 1024)
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(limit)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[0] in ("refused db_io", "refused db_full"), done.stdout
    assert lines[1] == "recovered 9 7"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        skus = [r[0] for r in conn.execute("SELECT sku FROM products ORDER BY sku")]
    finally:
        conn.close()
    assert skus == ["A-1", "C-3"]  # B-2 was refused whole; nothing of it was left
    assert "B-2" not in dump(path) and before != dump(path)
