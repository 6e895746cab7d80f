"""The Chinese UI has no stray English (issue 8): every window a new user reaches — the main window and each
editor section, shipping, scripts and checklist, broadcast, help, the first-run guide, and the operator window
of a show on air — switched to zh_CN through the shipped translations, every text a person reads walked.

A word of three or more Latin letters fails the test unless it is a term Chinese software writes in Latin
letters too (SKU, CSV, PDF, Ctrl, GB …) or part of the demo's own data (certificate numbers, links).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QMenu, QPlainTextEdit, QTabBar, QTextEdit,
                               QWidget)

from villagecast.ui import settings as config
from villagecast.ui.views.language_menu import find_translations

from . import test_broadcast_live_env as env
from .screens import each_screen

demo_master, clocks, demo, on_air = env.demo_master, env.clocks, env.demo, env.on_air  # shared fixtures

# Written in Latin letters in Chinese software as well: formats, keys, standards, the product's own name.
ALLOWED = {"SKU", "CSV", "PDF", "PNG", "JPEG", "JPG", "XLSX", "Excel", "WPS", "UTF", "GBK", "Ctrl", "Shift", "Alt",
           "Tab", "Esc", "Enter", "Delete", "Space", "Home", "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right",
           "Backspace", "NRV", "MCN", "VillageCast", "villagecast", "demo", "English", "Del", "Ins", "https"}
DATA = re.compile(r"https?://\S+|(?:DEMO|[A-Z]{2,3})-[A-Z0-9-]+|/\S+|[A-Za-z]:\\\S+|\b[A-Z]{2,}-\S+")
WORD = re.compile(r"[A-Za-z]{3,}")
TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")


def stray(text: str) -> list[str]:
    text = DATA.sub(" ", TAGS.sub(" ", text or ""))
    return [w for w in WORD.findall(text) if w not in ALLOWED]


def texts(widget: QWidget) -> list[str]:
    """What a person reads in ``widget`` and its children: titles, labels, buttons, placeholders, tabs,
    list items, headers, menus and the tooltips of buttons."""
    found = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget and not isinstance(child, QMenu):
            continue
        if isinstance(child, QLabel):
            found.append(child.text())
        elif isinstance(child, QAbstractButton):
            found += [child.text(), child.toolTip()]
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QLineEdit):
            found += [child.placeholderText()]
        elif isinstance(child, (QTextEdit, QPlainTextEdit)):
            found.append(child.placeholderText())
        elif isinstance(child, QTabBar):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QListWidget):
            found += [child.item(i).text() for i in range(child.count())]
        elif isinstance(child, QMenu):
            found += [child.title(), *(a.text() for a in child.actions())]
        header = getattr(child, "horizontalHeader", getattr(child, "header", None))
        if isinstance(child, QAbstractItemView) and child.model() is not None and header is not None:
            model = child.model()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header().count())]
        if isinstance(child, QComboBox) and not child.isEditable():
            found.append(child.currentText())
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            found.append(action.text())
            if action.menu() is not None:
                found += [a.text() for a in action.menu().actions()]
    return [t for t in found if t]


WALKED: list[str] = []  # every text looked at, for the test that the walk covers the windows


def strays(widget: QWidget, name: str) -> list[tuple[str, str, list[str]]]:
    seen = texts(widget)
    WALKED.extend(seen)
    return [(name, t[:80], words) for t in seen if (words := stray(t))]


@pytest.fixture
def chinese(qapp):
    translations = find_translations(qapp)
    translations.switch("zh_CN")
    yield translations
    translations.switch("en")


def test_the_walk_finds_english(qapp):
    """The check can fail: an English label is found, a Chinese one with keys and formats is not."""
    label = QLabel("导出 CSV（Ctrl+E）")
    assert strays(label, "label") == []
    label.setText("Export CSV")
    assert strays(label, "label") == [("label", "Export CSV", ["Export"])]


def test_every_window_of_the_catalogue_is_chinese(qtbot, demo_context, chinese):
    from villagecast.ui.compliance.gate import GateDialog
    from villagecast.ui.views.main_window import MainWindow

    win = MainWindow(demo_context, config.Settings())
    qtbot.addWidget(win)
    win.help_actions.open_demo = lambda w: None  # the guide's demo button must not replace this window
    win.show()
    qtbot.waitExposed(win)
    win.select_sku("SX-APPLE-5KG")

    def visit(window, name):
        return {(where, text): words for where, text, words in strays(window, name)}

    found = each_screen(win, visit, sku="SX-APPLE-5KG", sheet="周五晚场")
    help_window = win.findChild(QWidget, "helpWindow")
    found |= {("help page", ""): words} if (words := stray(help_window.browser.toPlainText())) else {}
    compliance = win.tools.windows["compliance"]
    gate = GateDialog(compliance.hub, compliance.checklist.create_session("周五晚场"), parent=compliance)
    qtbot.addWidget(gate)
    gate.show()
    found |= visit(gate, "go-on-air gate")
    gate.reject()
    assert found == {}
    walked = set(WALKED)
    assert {"基本信息", "包邮规划(&P)", "合规清单(&C)", "排品单(&R)"} <= walked and len(walked) > 300


def test_the_operator_window_of_a_show_is_chinese(qtbot, on_air, chinese):
    controller = on_air()
    found = []
    for index in range(controller.operator.tabs.count()):
        controller.operator.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += strays(controller.operator, f"operator, tab {index + 1}")
    found += strays(controller.prompter, "prompter")
    assert found == []
