"""Trainer mode: Reset demo (only on the demo, asks first, reopens on the fresh file), the DEMO badge,
projector mode (150–200 % + high contrast, remembered, off restores) and the high-contrast theme."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from villagecast import paths
from villagecast.storage import open_database
from villagecast.storage.demo_file import reset_demo
from villagecast.ui import settings as config
from villagecast.ui import theme
from villagecast.ui.context import AppContext
from villagecast.ui.views import trainer_actions
from villagecast.ui.views.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return reset_demo(tmp_path_factory.mktemp("demo") / "villagecast-demo.db")


@pytest.fixture
def app_state(qapp):
    """Font, style and palette are app-wide: put them back, and close the windows the tests opened."""
    font = qapp.font()
    yield qapp
    for window in list(trainer_actions._open_windows):
        window.close()
        window.context.close()
        trainer_actions._open_windows.remove(window)
        window.deleteLater()
    theme.apply_theme(qapp, False)
    qapp.setFont(font)


@pytest.fixture
def open_window(qtbot, app_state):
    """A factory: a shown main window with the trainer actions over a database file."""
    def open_(db_path):
        context = AppContext.create(open_database(db_path), db_path)
        window = MainWindow(context, config.Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


@pytest.fixture
def demo_window(open_window, demo_file, tmp_path):
    copy = tmp_path / "demo" / "villagecast-demo.db"
    copy.parent.mkdir()
    shutil.copy(demo_file, copy)
    return open_window(copy)


def answer(monkeypatch, button):
    asked = []

    def question(*args, **_kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_reset_demo_is_offered_only_on_the_demo_and_the_badge_shows_it(open_window, db_path, demo_window):
    own = open_window(db_path)
    assert not own.trainer.reset_action.isVisible() and own.trainer.badge.isHidden()
    assert trainer_actions.reset_demo_catalogue(own) is None  # never on the user's catalogue
    trainer = demo_window.trainer
    assert trainer.reset_action.isVisible() and trainer.reset_action in demo_window.file_menu.actions()
    menu = demo_window.file_menu.actions()
    assert menu.index(trainer.reset_action) < menu.index(demo_window.quit_action)
    assert trainer.badge.isVisible() and trainer.badge.text() == "DEMO"
    assert demo_window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is trainer.badge
    assert "Reset demo" in trainer.badge.toolTip()


def test_reset_demo_asks_and_cancel_changes_nothing(qtbot, demo_window, monkeypatch):
    context = demo_window.context
    sku = context.catalogue.list_rows()[0]["sku"]
    context.catalogue.remove(sku)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    demo_window.trainer.reset_action.trigger()
    assert len(asked) == 1 and "Your own catalogue is not touched" in asked[0]
    assert not context.catalogue.exists(sku) and demo_window.isVisible()
    assert trainer_actions._open_windows == []


def test_reset_demo_rebuilds_the_file_and_reopens_the_window_on_it(qtbot, demo_window, monkeypatch):
    old = demo_window.context
    path = old.db_path
    rows = old.catalogue.list_rows()
    removed, sold = rows[0]["sku"], rows[1]["sku"]
    stock = old.catalogue.on_hand(sold)
    old.catalogue.remove(removed)
    old.catalogue.move_stock(sold, "sell", 3)
    demo_window.select_sku(sold)
    demo_window.tools.open_shipping()
    answer(monkeypatch, QMessageBox.StandardButton.Reset)
    demo_window.trainer.reset_action.trigger()

    new = trainer_actions._open_windows[-1]
    assert new is not demo_window and new.isVisible() and not demo_window.isVisible()
    assert new.context.db_path == path and new.context.is_demo
    assert new.context.catalogue.exists(removed) and new.context.catalogue.on_hand(sold) == stock
    assert new.model.rowCount() == len(rows) and new.trainer.badge.isVisible()
    assert new.context.undo_stack.count() == 0  # a reset is not undoable
    assert not demo_window.tools.windows["shipping"].isVisible()
    with pytest.raises(Exception, match="closed"):
        old.catalogue.count()
    assert demo_window.retired


def test_a_failed_reset_reopens_the_old_file_and_says_why(qtbot, demo_window, monkeypatch):
    path = demo_window.context.db_path
    count = demo_window.context.catalogue.count()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))

    def broken(_path):
        raise OSError("disk full")

    new = trainer_actions.switch_catalogue(demo_window, path, broken)
    assert new is not None and new.context.db_path == path and new.context.catalogue.count() == count
    assert warnings == ["disk full"]


def test_open_demo_from_the_users_catalogue_builds_it_in_the_data_folder(qtbot, open_window, db_path):
    own = open_window(db_path)
    new = trainer_actions.open_demo_catalogue(own)
    assert new.context.db_path == paths.demo_db_path() and new.context.is_demo
    assert new.model.rowCount() > 4 and not own.isVisible()
    assert trainer_actions.open_demo_catalogue(new) is new  # already on the demo


def test_projector_mode_scales_up_with_high_contrast_and_off_restores(qtbot, open_window, db_path, app_state):
    window = open_window(db_path)
    trainer = window.trainer
    settings = window.settings
    base = settings.get(config.FONT_POINT_SIZE)
    trainer.projector_actions[175].trigger()
    assert settings.get(config.UI_SCALE) == 175 and settings.get(theme.PROJECTOR_SCALE) == 175
    assert settings.get(config.SCALE_BEFORE_PROJECTOR) == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.75)
    assert theme.is_high_contrast() and QApplication.palette().color(QPalette.ColorRole.Window) == QColor("white")
    assert trainer.contrast_action.isChecked() and not trainer.contrast_action.isEnabled()
    assert window.actions.scale_group.checkedAction().data() == 175

    assert window.table.font().pointSizeF() == pytest.approx(base * 1.75)  # under the style sheet too
    window.findChild(type(trainer.reset_action), "scale200").trigger()  # View > UI scale while projecting
    assert settings.get(theme.PROJECTOR_SCALE) == 200 and trainer.projector_actions[200].isChecked()
    assert window.table.font().pointSizeF() == pytest.approx(base * 2)
    fresh = config.Settings()  # remembered for the next start
    assert fresh.get(theme.PROJECTOR_SCALE) == 200 and fresh.get(config.UI_SCALE) == 200
    assert theme.wants_high_contrast(fresh)

    trainer.projector_actions[0].trigger()
    assert settings.get(config.UI_SCALE) == 100 and settings.get(theme.PROJECTOR_SCALE) == 0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert not theme.is_high_contrast() and trainer.contrast_action.isEnabled()


def test_a_small_ui_scale_ends_projector_mode(qtbot, open_window, db_path):
    window = open_window(db_path)
    window.trainer.set_projector(150)
    window.findChild(type(window.trainer.reset_action), "scale125").trigger()
    assert window.settings.get(theme.PROJECTOR_SCALE) == 0 and not theme.is_high_contrast()
    assert window.settings.get(config.UI_SCALE) == 125 and window.trainer.projector_actions[0].isChecked()


def test_high_contrast_is_remembered_and_the_normal_theme_comes_back(qtbot, open_window, db_path, app_state):
    app = app_state
    style, palette = app.style().name(), QPalette(app.palette())
    window = open_window(db_path)
    window.trainer.contrast_action.trigger()
    assert theme.is_high_contrast(app) and app.styleSheet() == theme.STYLE_SHEET
    assert app.style().metaObject().className() == "QStyleSheetStyle"  # Fusion under the style sheet
    assert config.Settings().get(theme.HIGH_CONTRAST) == 1
    window.trainer.contrast_action.trigger()
    assert not theme.is_high_contrast(app) and app.styleSheet() == ""
    assert app.style().name() == style and app.palette() == palette
    assert config.Settings().get(theme.HIGH_CONTRAST) == 0


def test_high_contrast_colours_are_strong():
    palette = theme.high_contrast_palette()
    pairs = [(QPalette.ColorRole.Window, QPalette.ColorRole.WindowText), (QPalette.ColorRole.Base,
             QPalette.ColorRole.Text), (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
             (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText),
             (QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.ToolTipText),
             (QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Text)]
    for background, text in pairs:
        assert theme.contrast_ratio(palette.color(background), palette.color(text)) >= 7, (background, text)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert theme.contrast_ratio(disabled, palette.color(QPalette.ColorRole.Base)) >= 7
    assert theme.contrast_ratio(QColor(theme.FOCUS), QColor(theme.FOCUS_FIELD)) >= 4.5
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)


def test_the_focused_field_has_a_thick_blue_frame(qtbot, app_state):
    theme.apply_theme(app_state, True)
    form = QWidget()
    qtbot.addWidget(form)
    box = QVBoxLayout(form)
    first, second = QLineEdit("focused"), QLineEdit("not focused")
    box.addWidget(first)
    box.addWidget(second)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused, other = first.grab().toImage(), second.grab().toImage()
    middle = focused.height() // 2
    for x in (0, 3):  # 4 px wide
        assert focused.pixelColor(x, middle) == QColor(theme.FOCUS)
    assert focused.pixelColor(6, 2 + 4) == QColor(theme.FOCUS_FIELD)
    assert other.pixelColor(0, middle) == QColor(theme.INK) and other.pixelColor(3, middle) != QColor(theme.FOCUS)


def test_no_reset_while_a_show_is_on_air(qtbot, demo_window, monkeypatch):
    operator = QWidget(objectName="operatorWindow")  # what the broadcast's operator window is called
    qtbot.addWidget(operator)
    operator.show()
    answer(monkeypatch, QMessageBox.StandardButton.Reset)
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))
    demo_window.trainer.reset_action.trigger()
    assert told and "Finish the show" in told[0]
    assert trainer_actions._open_windows == [] and demo_window.isVisible()
    assert demo_window.context.catalogue.count() > 0  # the database is still open
