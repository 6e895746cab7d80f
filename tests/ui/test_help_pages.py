"""Help per main screen: pages in both languages, F1 opens the page (and part) of the window with focus."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QLabel

from villagecast import paths
from villagecast.ui.editor.editor import KEYS as EDITOR_SECTIONS
from villagecast.ui.help import PAGES, page_file, page_for, show_help
from villagecast.ui.help.pages import LANGUAGES, TAB_ANCHORS
from villagecast.ui.help.window import HelpWindow


PAGE_KEYS = [key for key, _ in PAGES]


class Page(HTMLParser):
    """Headings, anchors, links and text of one page; fails on unbalanced block tags."""

    BLOCKS = frozenset({"html", "body", "h1", "h2", "h3", "p", "ul", "ol", "li", "table", "tr", "td", "th", "a",
                        "b", "code"})

    def __init__(self, text):
        super().__init__()
        self.stack, self.anchors, self.links, self.h1, self.text = [], set(), [], 0, []
        self.feed(text)
        assert self.stack == [], self.stack

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.BLOCKS:
            self.stack.append(tag)
        self.h1 += tag == "h1"
        if tag == "a" and "name" in attrs:
            self.anchors.add(attrs["name"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            assert self.stack and self.stack[-1] == tag, (tag, self.stack)
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def read(key, language):
    path = page_file(key, language)
    assert path.parent.name == language, f"{key}.html missing in {language}"
    return Page(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_exists_in_both_languages_and_its_links_and_anchors_work(key, language):
    page = read(key, language)
    assert page.h1 == 1
    text = "".join(page.text)
    if language == "zh_CN":  # a real page, not a stub
        assert len(re.findall(r"[\u4e00-\u9fff]", text)) > 400
    else:
        assert len(text) > 1500
    for link in page.links:
        target, _, anchor = link.partition("#")
        assert (paths.assets_dir() / "help" / language / target).is_file(), link
        if anchor:
            assert anchor in read(target.removesuffix(".html"), language).anchors, link


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_anchor_f1_can_ask_for_is_on_its_page(language):
    assert set(EDITOR_SECTIONS) <= read("catalogue", language).anchors
    pages = {"shippingTabs": "shipping", "complianceTabs": "scripts", "broadcastTabs": "broadcast"}
    for tabs, anchors in TAB_ANCHORS.items():
        assert set(anchors) <= read(pages[tabs], language).anchors
    assert "live" in read("broadcast", language).anchors  # the operator window's page


def test_both_languages_describe_the_same_parts():
    for key in PAGE_KEYS:
        assert read(key, "zh_CN").anchors == read(key, "en").anchors, key


def test_f1_page_follows_the_window_section_and_tab_with_focus(qtbot, main_window):
    win = main_window("WAL-001", "stock", active=True)
    assert page_for(win.search) == "catalogue#stock"
    win.editor.set_section("nutrition")
    assert page_for(win.editor.panel("nutrition")) == "catalogue#nutrition"
    shipping = win.tools.open_shipping()
    shipping.tabs.setCurrentIndex(1)
    assert page_for(shipping.cards) == "shipping#cards"
    assert page_for(shipping) == "shipping#cards"
    compliance = win.tools.open_compliance()
    compliance.tabs.setCurrentIndex(1)
    assert page_for(compliance.checklist) == "scripts#checklist"
    label = QLabel("x", compliance.checklist)
    label.help_page = "broadcast#report"  # a widget may say which page it wants
    assert page_for(label) == "broadcast#report"
    label.help_page = lambda: "shipping#fees"
    assert page_for(label) == "shipping#fees"


def test_f1_opens_the_help_of_the_focused_window(qtbot, main_window):
    win = main_window("WAL-001", "price", active=True)
    assert win.help_actions.help_action.shortcut().toString() == "F1"
    assert win.help_actions.help_action in win.help_menu.actions()
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    qtbot.keyClick(win.table, Qt.Key.Key_F1)
    help_window = win.findChild(HelpWindow, "helpWindow")
    assert help_window is not None and help_window.isVisible()
    assert help_window.page == "catalogue" and help_window.anchor == "price"
    assert help_window.browser.source().fileName() == "catalogue.html"
    assert "7-day reference price" in help_window.browser.toPlainText()

    shipping = win.tools.open_shipping()
    shipping.activateWindow()
    qtbot.waitUntil(shipping.isActiveWindow)
    shipping.plan.table.setFocus()
    qtbot.waitUntil(shipping.plan.table.hasFocus)
    qtbot.keyClick(shipping.plan.table, Qt.Key.Key_F1)  # the main window's F1 answers in a tool window
    assert win.findChild(HelpWindow, "helpWindow") is help_window  # one help window
    assert help_window.help_page() == "shipping#plan"
    assert help_window.pages.currentRow() == PAGE_KEYS.index("shipping")


def test_the_page_list_and_links_move_between_pages(qtbot):
    window = show_help(None, "scripts")
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Scripts and checklist")
    window.pages.setCurrentRow(PAGE_KEYS.index("broadcast"))
    assert window.page == "broadcast" and window.browser.source().fileName() == "broadcast.html"
    assert "Space" in window.browser.toPlainText()  # the prompter keys are listed
    link = QUrl.fromLocalFile(str(page_file("shipping", "en")))
    window.browser.setSource(link)  # what a click on a link does
    assert window.page == "shipping" and window.pages.currentRow() == PAGE_KEYS.index("shipping")
    window.show_page("nonsense#x")
    assert window.page == "catalogue"


def test_a_page_missing_in_one_language_falls_back_to_the_other(tmp_path, monkeypatch):
    (tmp_path / "help" / "en").mkdir(parents=True)
    (tmp_path / "help" / "en" / "extra.html").write_text("<h1>x</h1>", encoding="utf-8")
    monkeypatch.setattr(paths, "assets_dir", lambda: tmp_path)
    assert page_file("extra", "zh_CN") == tmp_path / "help" / "en" / "extra.html"


def test_chinese_ui_opens_the_chinese_pages(qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        window = show_help(None, "catalogue#stock")
        qtbot.addWidget(window)
        assert window.browser.source().path().endswith("/zh_CN/catalogue.html")
        assert "库存" in window.browser.toPlainText()
    finally:
        QLocale.setDefault(before)
