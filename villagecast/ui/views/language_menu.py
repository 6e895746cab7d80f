"""View > Language: switch the UI language at runtime, remember it, retranslate every open window at once.

The switch goes through the app's one ``Translations`` (parented to the QApplication; found with
``find_translations``). On its ``switched`` signal this menu retranslates its main window, which retranslates
its tool windows; windows outside the Tools menu (help, the first-run guide, the operator window) connect
themselves to ``switched``. Qt's own dialogs follow by themselves (qtbase translator, LanguageChange).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from .. import settings as config
from ..i18n import Translations, choose_language

LANGUAGE = config.LANGUAGE  # "" = follow the system locale
# Each language is named in its own script, so anyone can find theirs whatever the UI speaks now.
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))


def find_translations(app: QApplication | None = None) -> Translations:
    """The app's ``Translations`` (made and parented to the app if there is none yet)."""
    return Translations.of(app or QApplication.instance())


def startup_language(requested: str | None, settings: config.Settings) -> str:
    """``--lang``, else ``VILLAGECAST_LANG``, else the language chosen in the menu, else the system locale."""
    explicit = requested or os.environ.get("VILLAGECAST_LANG") or settings.get(LANGUAGE) or None
    return choose_language(explicit)


def retranslate_main_window(main_window) -> None:
    """Set every text of ``main_window`` and its tool windows again, then fit the columns to the new words."""
    main_window.retranslate_ui()  # the tool windows too (ToolWindows.retranslate)
    main_window.rescale()


class LanguageMenu(QObject):
    """The View > Language submenu of ``window`` (a MainWindow: ``settings``, ``retranslate_ui``)."""

    def __init__(self, window, translations: Translations | None = None):
        super().__init__(window)
        self.window = window
        self.translations = translations or find_translations()
        self.menu = QMenu(window, objectName="languageMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, window, checkable=True, objectName=f"language_{code}")
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.switch(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.translations.switched.connect(self._switched)
        self._check(self.translations.language)

    def switch(self, language: str) -> None:
        """Change the UI language now and for the next start."""
        self.window.settings.set(LANGUAGE, language)
        self.window.settings.sync()
        if language != self.translations.language:
            self.translations.switch(language)  # -> switched -> every window retranslates
        self._check(language)

    def _switched(self, language: str) -> None:
        self._check(language)
        self.retranslate()
        if getattr(self.window, "retired", False) or not self.window.isVisible():
            return  # closed, or its catalogue was replaced by another window (trainer_actions.switch_catalogue)
        retranslate_main_window(self.window)

    def _check(self, language: str) -> None:
        for code, action in self.actions.items():
            action.setChecked(code == language)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Language"))
        self.menu.setToolTip(self.tr("The language of every window; remembered for the next start"))


def install_language_menu(window, translations: Translations | None = None) -> LanguageMenu:
    """Add View > Language to ``window`` (after UI scale); returns the menu object (``.retranslate()``)."""
    language = LanguageMenu(window, translations)
    window.view_menu.addMenu(language.menu)
    language.retranslate()
    return language
