"""PrompterWindow: full screen on the chosen screen, Esc, hidden cursor, unplugged screens, frame pacing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from villagecast.ui.prompter import PrompterDocument, PrompterView, Segment
from villagecast.ui.prompter.window import PrompterWindow, default_screen

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot, **kwargs):
    window = PrompterWindow(PrompterView(**kwargs))
    qtbot.addWidget(window)
    window.view.set_document(PrompterDocument([Segment("a", "开场", "家人们晚上好，欢迎来到直播间。" * 30, "opening")]))
    return window


def test_full_screen_on_the_screen_and_esc_leaves(qtbot):
    window = make_window(qtbot)
    changes = []
    window.full_screen_changed.connect(changes.append)
    window.show_full_screen()
    qtbot.waitExposed(window)
    screen = QGuiApplication.primaryScreen()
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.geometry() == screen.geometry()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert changes == [True, False]
    window.show_full_screen()
    assert window.isFullScreen()


def test_cursor_hides_after_inactivity_and_returns_on_movement(qtbot):
    window = make_window(qtbot)
    window._cursor_timer.setInterval(20)
    window.show_full_screen()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.cursor().shape() == Qt.CursorShape.BlankCursor, timeout=2000)
    qtbot.mouseMove(window, QPoint(50, 60))
    qtbot.mouseMove(window, QPoint(80, 90))
    qtbot.waitUntil(lambda: window.cursor().shape() != Qt.CursorShape.BlankCursor, timeout=2000)


def test_a_missing_or_unplugged_screen_falls_back_to_the_primary(qtbot):
    window = make_window(qtbot)
    window.show_full_screen("HDMI-9")  # chosen earlier, not connected now
    assert window.screen_name() == "HDMI-9"
    assert window.screen() is QGuiApplication.primaryScreen() and window.isFullScreen()
    window._screen_removed(window.screen())  # what screenRemoved delivers for the window's own screen
    qtbot.waitUntil(lambda: window.isFullScreen() and window.geometry() == QGuiApplication.primaryScreen().geometry())
    assert default_screen() is QGuiApplication.primaryScreen()  # one screen here
    assert window.screen_choices()[0][0] == QGuiApplication.primaryScreen().name()


def test_frames_are_requested_while_scrolling_and_stop_when_paused(qtbot):
    window = make_window(qtbot)  # real clock: the platform's update requests drive the paints
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    view.set_speed(600)
    view.play()
    view.update()
    first = view.pacer.requests
    qtbot.waitUntil(lambda: view.pacer.requests >= first + 5, timeout=5000)
    painted = view.last_frame.time
    qtbot.waitUntil(lambda: view.last_frame.time > painted, timeout=2000)
    view.pause()
    stopped = view.pacer.requests
    qtbot.wait(100)  # no frame is asked for while paused
    assert view.pacer.requests == stopped


SECOND_SCREEN = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from PySide6.QtGui import QGuiApplication
    from villagecast.ui.prompter import PrompterView
    from villagecast.ui.prompter.window import PrompterWindow
    window = PrompterWindow(PrompterView())
    window.show_full_screen()
    app.processEvents()
    primary = QGuiApplication.primaryScreen()
    chosen = window.screen()
    out = {"primary": primary.name(), "chosen": chosen.name(), "full": window.isFullScreen(),
           "fits": window.geometry() == chosen.geometry(), "choices": [n for n, _ in window.screen_choices()]}
    window.show_full_screen(primary.name())
    app.processEvents()
    out["picked"] = window.screen().name()
    print(json.dumps(out))
""")


def test_default_is_the_second_screen_when_there_is_one(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "LAPTOP", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", SECOND_SCREEN], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["chosen"] != out["primary"] and out["full"] and out["fits"]
    assert out["choices"][0] == out["chosen"] and sorted(out["choices"]) == ["HDMI-1", "LAPTOP"]
    assert out["picked"] == out["primary"]
