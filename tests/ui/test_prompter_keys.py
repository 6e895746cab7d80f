"""Prompter keys: defaults, matching events (clickers, keypad, shifted symbols), rebinding, duplicates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from villagecast.ui.prompter import PrompterDocument, PrompterView, Segment
from villagecast.ui.prompter.keys import ACTIONS, DEFAULT_KEYS, KeyConflict, KeyMap
from villagecast.ui.prompter.keys_dialog import KeyMapDialog
from villagecast.ui.prompter.window import PrompterWindow


def press(key, modifiers=Qt.KeyboardModifier.NoModifier, text=""):
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)


def test_defaults_cover_every_action_and_clicker_keys():
    keymap = KeyMap()
    assert set(keymap.to_dict()) == set(ACTIONS)
    assert keymap.action_for_event(press(Qt.Key.Key_PageDown)) == "next"
    assert keymap.action_for_event(press(Qt.Key.Key_Right)) == "next"
    assert keymap.action_for_event(press(Qt.Key.Key_PageUp)) == "previous"
    assert keymap.action_for_event(press(Qt.Key.Key_Space, text=" ")) == "toggle"
    assert keymap.action_for_event(press(Qt.Key.Key_Escape)) == "leave"
    assert keymap.action_for_event(press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier, "+")) == "font_larger"
    assert keymap.action_for_event(press(Qt.Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier, "-")) == "font_smaller"
    assert keymap.action_for_event(press(Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)) is None
    assert keymap.action_for_event(press(Qt.Key.Key_Q, text="q")) is None
    assert keymap.is_default()


def test_assign_refuses_a_key_used_by_another_action():
    keymap = KeyMap()
    with pytest.raises(KeyConflict) as refused:
        keymap.assign("blank", "space")
    assert refused.value.owner == "toggle"
    assert keymap.keys("blank") == ["B", "."]
    assert keymap.assign("blank", "f8") == "F8"
    assert keymap.action_for("F8") == "blank"
    keymap.assign("blank", "F8")  # the same action again: nothing changes
    assert keymap.keys("blank") == ["B", ".", "F8"]
    with pytest.raises(ValueError):
        keymap.assign("blank", "Ctrl+A, B")  # two keys in a row is not one key
    assert not keymap.is_default()


def test_round_trip_through_a_dict_and_lenient_loading():
    keymap = KeyMap()
    keymap.clear("next")
    keymap.assign("next", "F12")
    again = KeyMap.from_dict(keymap.to_dict())
    assert again.to_dict() == keymap.to_dict()
    stored = {"next": ["Return", "space"], "toggle": ["Space"], "nonsense": ["X"], "blank": "B", "faster": [3, "Up"]}
    loaded = KeyMap.from_dict(stored)
    assert loaded.keys("toggle") == ["Space"]
    assert loaded.keys("next") == ["Return"]  # Space was taken (actions in order); never two actions on one key
    assert loaded.keys("blank") == list(DEFAULT_KEYS["blank"])  # unreadable entry: the defaults
    assert loaded.keys("faster") == ["Up"]
    assert KeyMap.from_dict("junk").is_default()
    owners = [k for keys in loaded.to_dict().values() for k in keys]
    assert len(owners) == len(set(owners))


def test_dialog_rebinds_by_pressing_the_key(qtbot):
    dialog = KeyMapDialog(KeyMap())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(list(ACTIONS).index("blank"))
    dialog.add_button.click()
    assert dialog.capture.capturing
    qtbot.keyClick(dialog.capture, Qt.Key.Key_F8)
    assert not dialog.capture.capturing
    assert dialog.keymap().keys("blank") == ["B", ".", "F8"]
    assert "F8" in dialog.table.item(list(ACTIONS).index("blank"), 1).text()
    dialog.start_capture("next")
    qtbot.keyClick(dialog.capture, Qt.Key.Key_Escape)  # Esc can be bound too, but "leave" has it
    assert dialog.keymap().keys("next") == ["PgDown", "Right"]
    assert "Leave full screen" in dialog.message.text()
    dialog.clear_selected()
    assert dialog.keymap().keys("next") == []
    dialog.restore_defaults()
    assert dialog.keymap().is_default() and dialog.message.text() == ""


def test_window_keys_drive_the_view(qtbot):
    clock = [10.0]
    view = PrompterView(clock=lambda: clock[0])
    window = PrompterWindow(view)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    view.set_document(PrompterDocument([Segment("a", "开场", "家人们好" * 40, "opening"),
                                        Segment("b", "核桃", "核桃香脆" * 40, "product", sold_out=True),
                                        Segment("c", "结束", "再见" * 40, "closing")]))
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert view.current_segment() == 1
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert view.current_segment() == 2
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert view.current_segment() == 1
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.is_playing()
    qtbot.keyClick(window, Qt.Key.Key_Up)
    assert view.speed == 260
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert view.blank() and not view.is_playing()
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert view.style().mirror_h
    size = view.style().font_px
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert view.style().font_px > size
    keymap = KeyMap()
    keymap.clear("skip_sold_out")
    keymap.assign("skip_sold_out", "F9")
    window.set_keymap(keymap)
    assert view.skip_key == "F9"
