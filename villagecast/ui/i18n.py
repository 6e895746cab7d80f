"""Choose the UI language and install the app's and Qt's own translators (ReText's two-translator way)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ..messages import detect_language
from ..paths import translations_dir


def choose_language(requested: str | None = None) -> str:
    """The argument, else ``VILLAGECAST_LANG``, else the system locale: Chinese -> zh_CN, English -> en,
    anything else -> zh_CN. The same rule as the CLI (``messages.detect_language``)."""
    return detect_language(requested.strip() if requested else None)


class Translations(QObject):
    """The translators installed on ``app``; ``switch()`` replaces them and emits ``switched``.

    Windows retranslate on ``switched`` rather than on QEvent.LanguageChange: a Python
    ``changeEvent`` would turn every change event of the window into a Python call.
    """

    switched = Signal(str)
    _current: Translations | None = None  # the app's one (``of``); findChild() costs ~4 ms a call at start-up

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""
        Translations._current = self

    @classmethod
    def of(cls, app: QCoreApplication) -> Translations:
        """The ``Translations`` of ``app``, made (and parented to it) on first use."""
        current = cls._current
        if current is not None and current._app is app:
            try:
                current.objectName()  # raises once the C++ object is gone (the app was deleted)
                return current
            except RuntimeError:
                pass
        return cls(app)

    def switch(self, language: str) -> list[str]:
        """Install ``villagecast_<lang>.qm`` and ``qtbase_<lang>.qm`` where present; names of the loaded files."""
        self.remove()
        self.language = language
        QLocale.setDefault(QLocale(language))
        loaded = []
        folders = ((f"villagecast_{language}", str(translations_dir())),
                   (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
        for name, folder in folders:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(translator.filePath())
        self.switched.emit(language)
        return loaded

    def remove(self) -> None:
        """Uninstall every translator this object installed."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
