"""run_app: start, first paint, backup, language choice and refusal of unusable databases."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QLocale

from villagecast.paths import backups_dir
from villagecast.ui.app import run_app
from villagecast.ui.i18n import choose_language


def test_run_app_paints_takes_a_backup_and_exits_0(qapp, db_path):
    assert list(backups_dir(db_path).glob("*.db")) == []
    assert run_app(db_path, exit_after_show=True) == 0
    backups = list(backups_dir(db_path).glob("*-start.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 4
    copy.close()


def test_run_app_in_chinese_still_starts(qapp, db_path):
    assert run_app(db_path, exit_after_show=True, language="zh_CN") == 0


def test_newer_database_is_refused_with_2_and_left_untouched(qapp, db_path, capsys):
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('villagecast', '9999_from_the_future', '2030-01-01T00:00:00')")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    assert run_app(db_path, exit_after_show=True) == 2
    assert db_path.read_bytes() == before
    assert "newer" in capsys.readouterr().err
    assert not backups_dir(db_path).exists() or list(backups_dir(db_path).glob("*.db")) == []


def test_a_file_that_is_not_a_database_gives_2(qapp, tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    assert run_app(path, exit_after_show=True) == 2
    assert str(path) in capsys.readouterr().err


def test_a_folder_instead_of_a_file_gives_2(qapp, tmp_path, capsys):
    assert run_app(tmp_path, exit_after_show=True) == 2
    assert "folder" in capsys.readouterr().err


def test_language_choice(monkeypatch):
    assert choose_language("en") == "en"
    assert choose_language("zh_CN") == "zh_CN"
    monkeypatch.setenv("VILLAGECAST_LANG", "en_US")
    assert choose_language() == "en"
    monkeypatch.delenv("VILLAGECAST_LANG")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert choose_language() == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.English)))
    assert choose_language() == "en"
