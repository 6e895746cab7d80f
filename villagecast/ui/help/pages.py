"""Which help page belongs to which window, and where its file is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from ... import paths

translate = QCoreApplication.translate
PAGES = (
    ("catalogue", QT_TRANSLATE_NOOP("Help", "Catalogue and product editor")),
    ("shipping", QT_TRANSLATE_NOOP("Help", "Shipping and free-shipping plan")),
    ("scripts", QT_TRANSLATE_NOOP("Help", "Scripts and checklist")),
    ("broadcast", QT_TRANSLATE_NOOP("Help", "Broadcast: run sheet, on air, report")),
)
KEYS = tuple(key for key, _ in PAGES)
DEFAULT_PAGE = "catalogue"
# A window's object name -> its page (windows may say so themselves with a ``help_page`` attribute).
WINDOW_PAGES = {
    "mainWindow": "catalogue",
    "shippingWindow": "shipping",
    "complianceWindow": "scripts",
    "broadcastWindow": "broadcast",
    "operatorWindow": "broadcast#live",
}
# Tabs whose current page is an anchor on the window's help page, in tab order.
TAB_ANCHORS = {
    "shippingTabs": ("plan", "cards", "packaging", "fees"),
    "complianceTabs": ("scripts", "checklist"),
    "broadcastTabs": ("sheet", "report"),
}
LANGUAGES = ("zh_CN", "en")


def page_title(key: str) -> str:
    """The translated title of a page ("" for an unknown key)."""
    return next((translate("Help", title) for k, title in PAGES if k == key), "")


def current_language() -> str:
    """The help language of the UI: zh_CN for Chinese, en for everything else."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def page_file(key: str, language: str | None = None) -> Path:
    """``assets/help/<language>/<key>.html``; the other language's page when this one has none."""
    language = language or current_language()
    folder = paths.assets_dir() / "help"
    for lang in (language, *(other for other in LANGUAGES if other != language)):
        candidate = folder / lang / f"{key}.html"
        if candidate.is_file():
            return candidate
    return folder / language / f"{key}.html"


def _declared(widget: QWidget) -> str | None:
    page = getattr(widget, "help_page", None)
    if callable(page):
        page = page()
    return page or None


def _window_anchor(window: QWidget) -> str:
    """The editor section of the main window, or the current tab of a tool window ("" when none)."""
    editor = getattr(window, "editor", None)
    if window.objectName() == "mainWindow" and editor is not None and hasattr(editor, "section"):
        return editor.section
    for name, anchors in TAB_ANCHORS.items():
        tabs = window.findChild(QTabWidget, name)
        if tabs is not None and 0 <= tabs.currentIndex() < len(anchors):
            return anchors[tabs.currentIndex()]
    return ""


def page_for(widget: QWidget | None = None) -> str:
    """"page" or "page#anchor" for ``widget`` (default: the focus widget, else the active window)."""
    widget = widget or QApplication.focusWidget() or QApplication.activeWindow()
    current = widget
    while current is not None:
        declared = _declared(current)
        if declared:
            return declared
        page = WINDOW_PAGES.get(current.objectName())
        if page is not None and current.isWindow():
            if "#" in page:
                return page
            anchor = _window_anchor(current)
            return f"{page}#{anchor}" if anchor else page
        current = current.parentWidget()
    return DEFAULT_PAGE
