"""backup, demo reset, doctor, and starting the window (with stand-ins for the UI and demo builder)."""

import json
import sys
import types

import pytest

from villagecast import cli_admin
from villagecast.core.catalogue import Catalogue
from villagecast.core.product import Product
from villagecast.paths import demo_db_path
from villagecast.storage import SCHEMA_VERSION, Repository, open_database


def _catalogue_with(path, *skus, demo=False):
    db = open_database(path)
    repo = Repository(db)
    for sku in skus:
        Catalogue(repo).add(Product(sku=sku, name_zh="样品"))
    if demo:
        repo.set_meta("demo", "1")
    db.conn.close()


@pytest.fixture
def fake_demo(monkeypatch):
    """Stand-in for storage.demo_file: records calls, builds nothing."""
    calls = []
    module = types.ModuleType("villagecast.storage.demo_file")
    module.ensure_demo = lambda path: calls.append(("ensure", path))

    def reset_demo(path, today=None):
        calls.append(("reset", path))
        return path

    module.reset_demo = reset_demo
    monkeypatch.setitem(sys.modules, "villagecast.storage.demo_file", module)
    return calls


# --- backups -----------------------------------------------------------------------------------
def test_backup_now_list_restore_brings_back_a_removed_product(cli, walnut, db_path):
    assert "No backups yet" in cli("backup", "list").out
    made = cli("backup", "now")
    assert made.code == 0 and "manual" in made.out
    assert cli("products", "remove", walnut, "--yes").code == 0
    assert cli("products", "show", walnut).code == 2

    listed = json.loads(cli("backup", "list", "--json").out)
    assert [(b["number"], b["reason"]) for b in listed] == [(1, "manual")]
    assert listed[0]["size"] > 0 and listed[0]["created_at"]

    refused = cli("backup", "restore", "1")
    assert refused.code == 2 and "--yes" in refused.err
    assert cli("products", "show", walnut).code == 2

    restored = cli("backup", "restore", "1", "--yes")
    assert restored.code == 0, restored.err
    shown = json.loads(cli("products", "show", walnut, "--json").out)
    assert shown["stock"] == 20 and shown["live_price"] == "39.90"

    # The catalogue the restore replaced was kept as a backup too.
    reasons = [b["reason"] for b in json.loads(cli("backup", "list", "--json").out)]
    assert reasons == ["pre-restore", "manual"]
    assert "before a restore" in cli("backup", "list").out  # reasons are shown in words


def test_backup_restore_rescues_a_catalogue_that_no_longer_opens(cli, walnut, db_path):
    assert cli("backup", "now").code == 0
    db_path.write_bytes(b"not sqlite any more" * 300)
    assert cli("products", "list").code == 2
    restored = cli("backup", "restore", "1", "--yes")
    assert restored.code == 0, restored.err
    assert json.loads(cli("products", "show", walnut, "--json").out)["sku"] == walnut


# --- demo reset --------------------------------------------------------------------------------
def test_demo_reset_refuses_a_real_catalogue(cli, tmp_path, dump):
    path = tmp_path / "mine.db"
    _catalogue_with(path, "MY-1", "MY-2")
    before = dump(path)
    result = cli("demo", "reset", db=path)
    assert result.code == 2 and "not a demo database" in result.err and str(path) in result.err
    assert dump(path) == before


def test_demo_reset_refuses_a_file_that_is_not_a_database(cli, tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"not sqlite at all" * 100)
    result = cli("demo", "reset", db=path)
    assert result.code == 2 and "not a demo database" in result.err
    assert path.read_bytes() == b"not sqlite at all" * 100


@pytest.mark.parametrize("state", ["missing", "empty", "demo"])
def test_demo_reset_rebuilds_a_demo_empty_or_missing_path(cli, tmp_path, state):
    path = tmp_path / "demo.db"
    if state == "empty":
        _catalogue_with(path)
    elif state == "demo":
        _catalogue_with(path, "DEMO-1", demo=True)
    result = cli("demo", "reset", db=path)
    assert result.code == 0, result.err
    assert str(path) in result.out
    rows = json.loads(cli("products", "list", "--json", db=path).out)
    assert rows and "DEMO-1" not in [r["sku"] for r in rows]
    # What was built is marked as a demo, so it may be reset again.
    assert cli("demo", "reset", db=path).code == 0


def test_demo_reset_without_db_uses_the_demo_path_even_with_villagecast_db_set(cli, tmp_path, fake_demo,
                                                                                monkeypatch):
    monkeypatch.setenv("VILLAGECAST_DB", str(tmp_path / "users-real.db"))
    assert cli("demo", "reset", db=None).code == 0
    assert fake_demo == [("reset", demo_db_path())]


def test_demo_option_selects_and_ensures_the_demo_database(cli, fake_demo):
    result = cli("--demo", "products", "list", "--json", db=None)
    assert result.code == 0 and json.loads(result.out) == []
    assert fake_demo == [("ensure", demo_db_path())]
    assert demo_db_path().exists()
    assert cli("products", "list", "--demo", "--lang", "en", db=None).code == 0  # after the command too
    assert fake_demo[-1] == ("ensure", demo_db_path())


# --- starting the window -----------------------------------------------------------------------
@pytest.fixture
def fake_window(monkeypatch):
    calls = []
    module = types.ModuleType("villagecast.ui.app")

    def run_app(db_path, *, exit_after_show=False, language=None):
        calls.append((db_path, exit_after_show, language))
        return 0

    module.run_app = run_app
    monkeypatch.setitem(sys.modules, "villagecast.ui.app", module)
    return calls


def test_no_command_starts_the_window(cli, db_path, fake_window, fake_demo):
    assert cli("--exit-after-show", "--lang", "en").code == 0
    assert fake_window == [(db_path, True, "en")] and fake_demo == []


def test_demo_window_builds_the_demo_first(cli, fake_window, fake_demo):
    assert cli("--demo", db=None).code == 0
    assert fake_demo == [("ensure", demo_db_path())]
    assert fake_window == [(demo_db_path(), False, None)]


# --- doctor ------------------------------------------------------------------------------------
def test_doctor_json_reports_every_check(cli, walnut):
    assert cli("backup", "now").code == 0
    result = cli("doctor", "--json")
    report = json.loads(result.out)
    checks = {c["name"]: c for c in report["checks"]}
    assert list(checks) == ["qt_platform", "chinese_font", "card_font", "data_folder", "integrity", "schema_version",
                           "backups"]
    assert checks["card_font"]["ok"], checks["card_font"]
    assert checks["qt_platform"]["ok"], checks["qt_platform"]
    assert checks["integrity"]["ok"] and checks["integrity"]["value"] == ["ok"]
    assert checks["schema_version"]["ok"]
    assert checks["schema_version"]["value"] == {"found": SCHEMA_VERSION, "known": SCHEMA_VERSION}
    assert checks["data_folder"]["ok"] and checks["backups"]["value"] == 1
    assert result.code == (0 if report["ok"] else 1)
    assert report["ok"] == all(c["ok"] for c in checks.values())


@pytest.fixture
def qt_ok(monkeypatch):
    monkeypatch.setattr(cli_admin, "probe_qt", lambda: [cli_admin._check("qt_platform", True, "offscreen"),
                                                        cli_admin._check("chinese_font", True, "Noto Sans CJK SC")])


def test_doctor_fails_with_exit_1_on_a_damaged_database(cli, tmp_path, qt_ok):
    path = tmp_path / "broken.db"
    path.write_bytes(b"garbage" * 200)
    result = cli("doctor", db=path)
    assert result.code == 1
    assert "[FAIL] Database integrity" in result.out and "Some checks failed" in result.out
    assert path.read_bytes() == b"garbage" * 200


def test_doctor_on_a_database_not_yet_created(cli, tmp_path, qt_ok):
    path = tmp_path / "new" / "villagecast.db"
    result = cli("doctor", db=path)
    assert result.code == 0 and "All checks passed" in result.out
    assert not path.exists()


def test_doctor_reports_a_missing_chinese_font_and_a_broken_qt(monkeypatch):
    monkeypatch.setattr(cli_admin, "QT_PROBE", "import json; print(json.dumps({'platform': 'xcb', 'families': []}))")
    qt, font = cli_admin.probe_qt()
    assert qt["ok"] and qt["value"] == "xcb" and not font["ok"] and "Noto Sans CJK" in font["detail"]
    monkeypatch.setattr(cli_admin, "QT_PROBE", "import sys; sys.exit('could not load the Qt platform plugin')")
    qt, font = cli_admin.probe_qt()
    assert not qt["ok"] and "could not load" in qt["detail"] and not font["ok"]


def test_doctor_falls_back_to_offscreen_without_a_display(monkeypatch):
    seen = {}

    def fake_run(cmd, env, **kw):
        seen.update(env)
        return types.SimpleNamespace(returncode=0, stdout='{"platform": "offscreen", "families": ["X"]}', stderr="")

    monkeypatch.setattr(cli_admin.subprocess, "run", fake_run)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    cli_admin.probe_qt()
    if sys.platform.startswith("linux"):
        assert seen["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    cli_admin.probe_qt()
    assert seen["QT_QPA_PLATFORM"] == "xcb"
