"""The first-run guide: what VillageCast does, where the data is kept, how to try the demo.

Shown once, on the first start (``maybe_show_first_run``; a setting remembers it); Help > Getting started
shows it again (``show_first_run``). "Open the demo catalogue" calls the hook it is given
(``trainer_actions.open_demo_catalogue`` by default: the demo opens in place of the current catalogue).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from .. import paths
from . import settings as config

# 0/1, see theme.py.
FIRST_RUN_SHOWN = config.FIRST_RUN_SHOWN


class FirstRunGuide(QDialog):
    """A non-modal dialog over the main window ``window``; ``open_demo(window)`` is the demo button's hook."""

    def __init__(self, window, open_demo: Callable | None = None):
        super().__init__(window)
        self.setObjectName("firstRunGuide")
        self.window_ = window
        self.open_demo = open_demo
        self.heading = QLabel(objectName="firstRunHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.text = QTextBrowser(objectName="firstRunText")
        self.text.setOpenLinks(False)
        self.language_label = QLabel(objectName="firstRunLanguageLabel")
        self.language_buttons = []
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        language = getattr(window, "language", None)  # the main window's LanguageMenu, once installed
        if language is not None:
            from .views.language_menu import LANGUAGES

            for code, name in LANGUAGES:
                button = QPushButton(name, objectName=f"firstRunLanguage_{code}")
                button.clicked.connect(lambda _=False, c=code: language.switch(c))
                row.addWidget(button)
                self.language_buttons.append(button)
        row.addStretch(1)
        self.language_label.setVisible(bool(self.language_buttons))
        self.buttons = QDialogButtonBox(objectName="firstRunButtons")
        self.demo_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setObjectName("openDemoButton")
        self.demo_button.clicked.connect(self._open_demo)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("firstRunCloseButton")
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(row)
        box.addWidget(self.text, 1)
        box.addWidget(self.buttons)
        self.resize(*self._size())
        from .views.language_menu import find_translations

        find_translations().switched.connect(self.retranslate_ui)
        self.retranslate_ui()

    def _size(self) -> tuple[int, int]:
        em = self.fontMetrics().horizontalAdvance("中")
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 42 * em, 40 * em
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.85))
        return width, height

    def _demo_open(self) -> bool:
        context = getattr(self.window_, "context", None)
        return context is not None and context.is_demo

    def retranslate_ui(self, *_args) -> None:
        self.setWindowTitle(self.tr("Getting started with VillageCast"))
        self.heading.setText(self.tr("Welcome to VillageCast: your catalogue and live-show companion"))
        self.language_label.setText(self.tr("Language:"))
        self.text.setAccessibleName(self.tr("Getting started"))
        self.text.setHtml(self.body_html())
        self.demo_button.setText(self.tr("Open the &demo catalogue"))
        self.demo_button.setToolTip(self.tr("Opens the sample catalogue in its own file; your data is not touched"))
        self.demo_button.setVisible(self.open_demo is not None and not self._demo_open())
        self.close_button.setText(self.tr("&Close"))

    def body_html(self) -> str:
        """The guide's text in the current language, with this computer's folders."""
        def esc(text: str) -> str:
            return html.escape(text)

        def path(value) -> str:
            return f"<br><code>{esc(str(value))}</code>"

        data_dir, own_db = paths.data_dir(), paths.default_db_path()
        context = getattr(self.window_, "context", None)
        open_now = context.db_path if context is not None else None
        where = [esc(self.tr("Your data folder:")) + path(data_dir),
                 esc(self.tr("Your catalogue (one database file):")) + path(own_db)]
        if open_now is not None and open_now != own_db:
            where.append(esc(self.tr("Open now:")) + path(open_now))
        where.append(esc(self.tr("Photos and certificate files are copied into the \"files\" folder beside the "
                                 "database, and a backup is made in \"backups\" each time the window starts "
                                 "(the newest 7 are kept). Copy the whole folder to move to another computer.")))
        parts = [
            ("h3", self.tr("What VillageCast does")),
            ("p", self.tr("VillageCast keeps your product catalogue on this computer: names, prices, stock, "
                          "certificates and the evidence behind every talking point. It helps you prepare a live "
                          "show and run it: scripts checked for risky words as you type, the checklist before "
                          "going on air, shipping costs and free shipping per province, a teleprompter that "
                          "follows the product you are selling, sales and stock during the show, and the report "
                          "afterwards. It works without internet.")),
            ("h3", self.tr("Where your data is kept")),
        ]
        out = [f"<{tag}>{esc(text)}</{tag}>" for tag, text in parts]
        out.append("<ul>" + "".join(f"<li>{item}</li>" for item in where) + "</ul>")
        out.append("<h3>{}</h3>".format(esc(self.tr("Try it on the demo catalogue"))))
        out.append("<p>{}</p>".format(esc(self.tr(
            "The demo catalogue holds sample products with a month of stock and price history, in a file of its "
            "own: nothing you do there touches your data. Press \"Open the demo catalogue\" below, or start "
            "VillageCast with this command:")) + path("villagecast --demo")))
        out.append("<p>{}</p>".format(esc(self.tr(
            "The demo is marked DEMO in the menu bar. After a training session, File > Reset demo puts it back "
            "as it was."))))
        out.append("<h3>{}</h3>".format(esc(self.tr("Help while you work"))))
        out.append("<ul>" + "".join(f"<li>{esc(text)}</li>" for text in (
            self.tr("Press F1 in any window for the help page of that window."),
            self.tr("Help > Getting started shows this guide again."),
            self.tr("View > UI scale makes all text larger; View > Projector mode also turns on high contrast "
                    "for a room."),
            self.tr("Every change is saved at once and can be undone with Ctrl+Z."),
        )) + "</ul>")
        return "\n".join(out)

    def _open_demo(self) -> None:
        hook, window = self.open_demo, self.window_
        self.close()
        if hook is not None:
            hook(window)


def show_first_run(window, open_demo: Callable | None = None) -> FirstRunGuide:
    """Show (or bring forward) the guide over ``window``."""
    guide = window.findChild(FirstRunGuide, "firstRunGuide")
    if guide is None:
        guide = FirstRunGuide(window, open_demo)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def maybe_show_first_run(window, open_demo: Callable | None = None) -> FirstRunGuide | None:
    """On the first start only: show the guide and remember that it was shown."""
    settings = window.settings
    if settings.get(FIRST_RUN_SHOWN):
        return None
    settings.set(FIRST_RUN_SHOWN, 1)
    settings.sync()
    return show_first_run(window, open_demo)
