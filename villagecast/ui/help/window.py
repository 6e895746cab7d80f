"""The help window: the pages on the left, the chosen one in a QTextBrowser, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from ..window_parts import fit_to_screen
from .pages import DEFAULT_PAGE, KEYS, PAGES, current_language, page_file, page_title

DEFAULT_SIZE = (900, 620)


class HelpWindow(QWidget):
    """One top-level window; ``show_page("shipping#cards")``; follows the UI language (``retranslate_ui``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.page, self.anchor, self.language = DEFAULT_PAGE, "", ""
        self.pages = QListWidget(objectName="helpPages")
        self.pages.setWordWrap(True)
        for _ in PAGES:
            QListWidgetItem(self.pages)
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._source_changed)
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.pages)
        box.addWidget(self.browser, 1)
        self.pages.currentRowChanged.connect(lambda row: row >= 0 and self.show_page(KEYS[row]))
        close = QAction(self, objectName="helpCloseAction")
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)])
        close.triggered.connect(self.close)
        self.addAction(close)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._size()
        from ..views.language_menu import find_translations

        find_translations().switched.connect(self.retranslate_ui)
        self.retranslate_ui()

    def help_page(self) -> str:
        """F1 inside the help window keeps its page."""
        return f"{self.page}#{self.anchor}" if self.anchor else self.page

    def show_page(self, page: str) -> None:
        """Show ``page`` ("catalogue", "shipping#cards"…) in the current language."""
        key, _, anchor = str(page).partition("#")
        key = key if key in KEYS else DEFAULT_PAGE
        self.page, self.anchor, self.language = key, anchor, current_language()
        url = QUrl.fromLocalFile(str(page_file(key, self.language)))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        self._select(key)
        self.setWindowTitle(self.tr("%1 \u2014 VillageCast help").replace("%1", page_title(key)))

    def _select(self, key: str) -> None:
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(KEYS.index(key))
        self.pages.blockSignals(False)

    def _source_changed(self, url: QUrl) -> None:
        """A link to another page: select it in the list."""
        name = url.fileName().removesuffix(".html")
        if name in KEYS and name != self.page:
            self.page, self.anchor = name, url.fragment()
            self._select(name)
            self.setWindowTitle(self.tr("%1 \u2014 VillageCast help").replace("%1", page_title(name)))

    def retranslate_ui(self, *_args) -> None:
        for row, key in enumerate(KEYS):
            self.pages.item(row).setText(page_title(key))
        width = max(self.pages.fontMetrics().horizontalAdvance(page_title(k)) for k in KEYS)
        self.pages.setFixedWidth(min(width + 28, 18 * self.pages.fontMetrics().horizontalAdvance("中")))
        self.pages.setAccessibleName(self.tr("Help pages"))
        self.browser.setAccessibleName(self.tr("Help text"))
        if self.language and self.language != current_language():
            self.show_page(self.help_page())  # the page in the new language
        else:
            self.setWindowTitle(self.tr("%1 \u2014 VillageCast help").replace("%1", page_title(self.page)))

    def rescale(self) -> None:
        self.retranslate_ui()

    def _size(self) -> None:
        fit_to_screen(self, DEFAULT_SIZE)
