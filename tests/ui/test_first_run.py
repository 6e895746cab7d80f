"""The first-run guide: shown once, reopened from Help, names this computer's folders, opens the demo."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QLocale, QTranslator

from villagecast import paths
from villagecast.ui import settings as config
from villagecast.ui.first_run import FIRST_RUN_SHOWN, FirstRunGuide, maybe_show_first_run, show_first_run
from villagecast.ui.views.language_menu import find_translations


def test_shown_on_the_first_start_only(qtbot, main_window):
    win = main_window()
    guide = maybe_show_first_run(win)
    assert isinstance(guide, FirstRunGuide) and guide.isVisible() and guide.parent() is win
    assert config.Settings().get(FIRST_RUN_SHOWN) == 1
    guide.close()
    assert maybe_show_first_run(win) is None  # the same start
    assert maybe_show_first_run(main_window()) is None  # the next start reads the setting


def test_help_getting_started_shows_it_again(qtbot, main_window):
    win = main_window()
    win.help_actions.open_demo = lambda w: None
    config.Settings().set(FIRST_RUN_SHOWN, 1)
    win.help_actions.guide_action.trigger()
    guide = win.findChild(FirstRunGuide, "firstRunGuide")
    assert guide is not None and guide.isVisible()
    win.help_actions.guide_action.trigger()
    assert win.findChildren(FirstRunGuide) == [guide]  # one guide, brought forward


def test_it_says_what_the_app_does_where_the_data_is_and_how_to_try_the_demo(qtbot, main_window, db_path):
    guide = show_first_run(main_window())
    text = guide.text.toPlainText()
    assert "What VillageCast does" in text and "teleprompter" in text
    assert str(paths.data_dir()) in text and str(paths.default_db_path()) in text
    assert str(db_path) in text  # the file open now, when it is not the default one
    assert "villagecast --demo" in text and "Reset demo" in text and "F1" in text
    assert html.escape(str(paths.data_dir())) in guide.body_html()


def test_the_demo_button_calls_the_hook_with_the_window_and_closes_the_guide(qtbot, main_window):
    win = main_window()
    calls = []
    guide = show_first_run(win, calls.append)
    assert guide.demo_button.isVisible()
    with qtbot.waitSignal(guide.finished):
        guide.demo_button.click()
    assert calls == [win]


def test_no_demo_button_without_a_hook_or_on_the_demo_itself(qtbot, main_window, context, monkeypatch):
    win = main_window()
    assert not show_first_run(win).demo_button.isVisible()
    win.findChild(FirstRunGuide).close()
    monkeypatch.setitem(context.__dict__, "is_demo", True)  # a cached_property: as on the demo catalogue
    guide = FirstRunGuide(win, lambda w: None)
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.demo_button.isVisible()


class Chinese(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if QLocale().language() != QLocale.Language.Chinese:
            return None
        return {"FirstRunGuide|Getting started with VillageCast": "VillageCast 村播通入门",
                "FirstRunGuide|What VillageCast does": "VillageCast 能做什么"}.get(f"{context}|{source}")

    def isEmpty(self):  # noqa: N802
        return False


@pytest.fixture
def translations(qapp):
    locale, found, table = QLocale(), find_translations(qapp), Chinese()
    qapp.installTranslator(table)
    yield found
    qapp.removeTranslator(table)
    found.remove()
    found.language = ""
    QLocale.setDefault(locale)


def test_language_buttons_switch_and_the_guide_follows(qtbot, main_window, translations):
    win = main_window()
    guide = show_first_run(win)
    names = [b.text() for b in guide.language_buttons]
    assert names == ["中文（简体）", "English"]
    with qtbot.waitSignal(translations.switched):
        guide.language_buttons[0].click()
    assert guide.windowTitle() == "VillageCast 村播通入门"
    assert "VillageCast 能做什么" in guide.text.toPlainText()
    assert win.file_menu.title() == "文件(&F)"  # the main window switched too
    guide.language_buttons[1].click()
    assert guide.windowTitle() == "Getting started with VillageCast"
