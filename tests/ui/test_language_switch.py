"""View > Language switches every open window at once (main, shipping, compliance, broadcast, help), remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from villagecast.ui import settings as config
from villagecast.ui.views.language_menu import LANGUAGE, find_translations, startup_language


# Texts of this change not yet in the .qm files (the lead merges them): looked up by context like the real ones.
MINE_ZH = {"LanguageMenu|&Language": "语言(&L)", "Help|Shipping and free-shipping plan": "运费与包邮规划"}


class ChineseTable(QTranslator):
    """A translator over ``{"Context|source": text}`` that answers only while the UI locale is Chinese."""

    def __init__(self, table):
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt signature)
        if QLocale().language() != QLocale.Language.Chinese:
            return None
        return self.table.get(f"{context}|{source}")

    def isEmpty(self):  # noqa: N802 (Qt override)
        return False


@pytest.fixture
def translations(qapp):
    """The app's Translations; afterwards no translator is left installed and the locale is as it was."""
    locale = QLocale()
    found = find_translations(qapp)
    table = ChineseTable(MINE_ZH)
    qapp.installTranslator(table)
    yield found
    qapp.removeTranslator(table)
    found.remove()
    found.language = ""
    QLocale.setDefault(locale)


def texts(win, shipping, compliance, broadcast):
    """What a user reads in the three windows."""
    plan_header = shipping.plan.table.model().headerData(1, Qt.Orientation.Horizontal)
    return {
        "main.file": win.file_menu.title(),
        "main.view": win.view_menu.title(),
        "main.language": win.language.menu.title(),
        "main.search": win.search.placeholderText(),
        "main.header": win.model.headerData(6, Qt.Orientation.Horizontal),
        "main.section": win.editor.sections.item(1).text(),
        "main.tools": win.tools.menu.title(),
        "shipping.title": shipping.windowTitle(),
        "shipping.tab": shipping.tabs.tabText(0),
        "shipping.label": shipping.plan.inputs.labels["quantity"].text(),
        "shipping.header": plan_header,
        "shipping.province": shipping.plan.model.index(0, 0).data(),  # province names follow the language too
        "shipping.tile": shipping.plan.grid.tile_text("110000")[0],
        "shipping.origin": shipping.cards.origin.itemText(1),
        "compliance.title": compliance.windowTitle(),
        "compliance.tab": compliance.tabs.tabText(1),
        "compliance.button": compliance.gate_button.text(),
        "compliance.hint": compliance.scripts.hint.text(),
        "compliance.header": compliance.scripts.findings.tree.horizontalHeaderItem(3).text(),
        "broadcast.title": broadcast.windowTitle(),
        "broadcast.tab": broadcast.tabs.tabText(0),
    }


ZH = {
    "main.file": "文件(&F)", "main.view": "查看(&V)", "main.language": "语言(&L)",
    "main.search": "搜索品名、货号、产地或拼音（如 ht）", "main.header": "上播检查", "main.section": "基本信息",
    "main.tools": "工具(&T)", "shipping.title": "运费与毛利 — VillageCast", "shipping.tab": "包邮规划(&P)",
    "shipping.label": "数量(&Q)", "shipping.header": "最优快递",
    "shipping.province": "北京市", "shipping.tile": "北京", "shipping.origin": "北京市",
    "compliance.title": "话术与合规清单 — 村播助手", "compliance.tab": "合规清单(&C)", "compliance.button": "开播…",
    "compliance.hint": "红色：必须修改。橙色：需核实。鼠标停留看原因；右键或按 Ctrl+. 替换。",
    "compliance.header": "改说",
    "broadcast.title": "直播：排品单与报告 — VillageCast", "broadcast.tab": "排品单(&R)",
}
EN = {
    "main.file": "&File", "main.view": "&View", "main.language": "&Language",
    "main.search": "Search name, SKU, origin or pinyin (e.g. ht)", "main.header": "On-air check",
    "main.section": "Basics", "main.tools": "&Tools", "shipping.title": "Shipping and margin — VillageCast",
    "shipping.tab": "Free-shipping &plan", "shipping.label": "&Quantity", "shipping.header": "Best carrier",
    "shipping.province": "Beijing", "shipping.tile": "Beijing", "shipping.origin": "Beijing",
    "compliance.title": "Scripts and checklist — VillageCast", "compliance.tab": "&Checklist",
    "compliance.button": "Go on air…",
    "compliance.hint": "Red: must change. Amber: check. Hover for why; right-click or Ctrl+. to replace.",
    "compliance.header": "Instead",
    "broadcast.title": "Broadcast: run sheets and reports — VillageCast", "broadcast.tab": "&Run sheet (排品)",
}


def open_all(qtbot, main_window, translations):
    win = main_window("WAL-001")
    shipping, compliance = win.tools.open_shipping(), win.tools.open_compliance()
    broadcast = win.tools.open_broadcast()
    qtbot.waitExposed(broadcast)
    return win, shipping, compliance, broadcast


def test_switching_language_retranslates_every_open_window_at_once(qtbot, main_window, translations):
    translations.switch("zh_CN")  # as the app starts on a Chinese system
    windows = open_all(qtbot, main_window, translations)
    win = windows[0]
    assert texts(*windows) == ZH
    assert win.language.actions["zh_CN"].isChecked()

    with qtbot.waitSignal(translations.switched):
        win.language.actions["en"].trigger()
    assert texts(*windows) == EN
    assert QLocale().language() == QLocale.Language.English
    assert win.language.actions["en"].isChecked() and not win.language.actions["zh_CN"].isChecked()
    assert win.count_label.text() == "4 products"

    with qtbot.waitSignal(translations.switched):
        win.language.actions["zh_CN"].trigger()
    assert texts(*windows) == ZH
    assert win.count_label.text() == "共 4 个商品"
    # the columns were refitted to the Chinese header words
    header = win.table.horizontalHeader()
    needed = header.fontMetrics().horizontalAdvance("上播检查")
    assert win.table.columnWidth(6) >= needed


def test_open_help_window_follows_the_switch(qtbot, main_window, translations):
    from villagecast.ui.help import show_help

    win = open_all(qtbot, main_window, translations)[0]
    help_window = show_help(win, "shipping#cards")
    assert help_window.browser.source().path().endswith("/en/shipping.html")
    translations.switch("zh_CN")
    assert help_window.browser.source().path().endswith("/zh_CN/shipping.html")
    assert help_window.browser.source().fragment() == "cards"
    assert help_window.windowTitle().startswith("运费与包邮规划")
    assert "包邮规划" in help_window.browser.toPlainText()


def test_the_choice_is_remembered_and_used_at_the_next_start(qtbot, main_window, translations, monkeypatch):
    win = open_all(qtbot, main_window, translations)[0]
    win.language.actions["zh_CN"].trigger()
    stored = config.Settings()
    assert stored.get(LANGUAGE) == "zh_CN"
    monkeypatch.delenv("VILLAGECAST_LANG")
    assert startup_language(None, stored) == "zh_CN"
    assert startup_language("en", stored) == "en"  # --lang still wins
    monkeypatch.setenv("VILLAGECAST_LANG", "en")
    assert startup_language(None, stored) == "en"
    win.language.actions["en"].trigger()
    monkeypatch.delenv("VILLAGECAST_LANG")
    assert startup_language(None, config.Settings()) == "en"


def test_first_start_follows_the_system_locale(monkeypatch):
    monkeypatch.delenv("VILLAGECAST_LANG")
    settings = config.Settings()
    assert settings.get(LANGUAGE) == ""
    system = QLocale.system().language()
    assert startup_language(None, settings) == ("en" if system == QLocale.Language.English else "zh_CN")


def test_qt_standard_buttons_are_chinese_too(qtbot, translations):
    """qtbase is installed with ours: a standard dialog button speaks Chinese after the switch."""
    from PySide6.QtWidgets import QDialogButtonBox

    loaded = translations.switch("zh_CN")
    if not any("qtbase_zh_CN" in path for path in loaded):
        pytest.skip("this PySide6 build ships no qtbase_zh_CN.qm")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
