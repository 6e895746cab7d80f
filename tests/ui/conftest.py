"""UI test fixtures: offscreen Qt, settings and data dirs in tmp, English, a small Chinese catalogue."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from villagecast.core.catalogue import Catalogue  # noqa: E402
from villagecast.core.product import Certificate, Evidence, Product, TalkingPoint  # noqa: E402
from villagecast.storage import Repository, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def ui_env(tmp_path, monkeypatch):
    """Never touch the user's settings or data; English unless a test says otherwise."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("VILLAGECAST_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("VILLAGECAST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VILLAGECAST_LANG", "en")
    monkeypatch.delenv("VILLAGECAST_DB", raising=False)
    yield
    _delete_top_level_widgets()


def _delete_top_level_widgets() -> None:
    """Close and delete what a test left open, so a later test's language switch or UI-scale change
    (which reach every open window) never calls into a window whose database an earlier test closed; and
    uninstall the translators a test switched to, so the next test starts in English."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from villagecast.ui.i18n import Translations

    for translations in app.findChildren(Translations):  # a test that switched language leaves English behind
        translations.remove()
        translations.language = ""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


def walnut() -> Product:
    """核桃 with a certificate, one supported and one unsupported talking point, nutrition."""
    valid_to = (date.today() + timedelta(days=365)).isoformat()
    return Product(
        sku="WAL-001", name_zh="核桃", name_en="Walnuts", category="nuts", net_weight_g=1000,
        live_price_fen=3990, list_price_fen=5990, cost_fen=2000, shelf_life_days=270,
        origin_province="云南", origin_county="漾濞", producer="光明合作社", low_stock_threshold=10,
        nutrition={"protein": 14.9, "fat": 58.8, "carbohydrate": 19.1},
        certificates=[Certificate("organic", "ORG-2025-001", "有机认证中心", "2025-01-01", valid_to)],
        talking_points=[
            TalkingPoint("origin", "漾濞老品种核桃", [Evidence("certificate", "ORG-2025-001")]),
            TalkingPoint("taste", "一捏就开，香脆不涩"),
        ],
    )


def others() -> list[tuple[Product, int]]:
    return [
        (Product(sku="HON-002", name_zh="土蜂蜜", category="honey", live_price_fen=990,
                 origin_province="陕西", origin_county="柞水", low_stock_threshold=10), 5),
        (Product(sku="MIL-003", name_zh="小米", category="grain", live_price_fen=12800,
                 origin_province="山西", origin_county="沁县"), 300),
        (Product(sku="TEA-004", name_zh="绿茶", category="tea", live_price_fen=None,
                 origin_province="浙江", origin_county="安吉"), 40),
    ]


@pytest.fixture
def db_path(tmp_path):
    """A database file with four products; prices recorded ten days ago so a 原价 reference exists."""
    path = tmp_path / "catalogue" / "villagecast.db"
    db = open_database(path)
    past = datetime.now(timezone.utc) - timedelta(days=10)
    catalogue = Catalogue(Repository(db), clock=lambda: past)
    catalogue.add(walnut(), opening_stock=50)
    for product, stock in others():
        catalogue.add(product, opening_stock=stock)
    db.conn.close()
    return path


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def catalogue(db):
    return Catalogue(Repository(db))


@pytest.fixture
def context(db, db_path):
    from villagecast.ui.context import AppContext

    return AppContext.create(db, db_path)


@pytest.fixture
def main_window(qtbot, context):
    """A factory: the main window over ``context``, shown; optionally active (fields take focus only in the
    active window), with ``sku`` selected and the editor on ``section``."""
    from villagecast.ui import settings as config
    from villagecast.ui.views.main_window import MainWindow

    def open_window(sku: str | None = None, section: str | None = None, active: bool = False):
        win = MainWindow(context, config.Settings())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        if active:
            win.activateWindow()
            qtbot.waitUntil(win.isActiveWindow)
        if sku is not None:
            win.select_sku(sku)
        if section is not None:
            win.editor.set_section(section)
        return win

    return open_window


@pytest.fixture
def open_section(main_window):
    """A factory: the window, active, with ``sku`` in the editor's ``section``; returns (window, panel)."""
    def open_(section: str, sku: str = "WAL-001"):
        win = main_window(sku, section, active=True)
        return win, win.editor.panel(section)

    return open_


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo catalogue (products, history, example rate cards, presets, profiles), built once per session."""
    from villagecast.storage.demo_file import reset_demo

    return reset_demo(tmp_path_factory.mktemp("demo") / "villagecast-demo.db")


@pytest.fixture
def demo_context(demo_file, tmp_path):
    """An AppContext over this test's own copy of the demo catalogue."""
    import shutil

    from villagecast.ui.context import AppContext

    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    db = open_database(path)
    yield AppContext.create(db, path)
    db.conn.close()
