"""``PrompterWindow``: the prompter full screen on the screen the anchor picks, driven by keys.

Use::

    window = PrompterWindow(view, KeyMap.from_dict(stored))
    window.show_full_screen(screen_name)     # None: a second screen if there is one, else the laptop's
    window.screen_choices()                  # [(name, label "HDMI-1 — 1920×1080"), …] for a picker

Frameless and full screen; Esc (the "leave" action) returns to an ordinary window on the same screen,
``show_full_screen()`` goes back. The mouse cursor hides after ``CURSOR_HIDE_MS`` without movement. When
its screen is unplugged the window moves to the primary screen and stays full screen there. Keys of the
keymap act on the view (``handle_key`` lets another window forward keys, e.g. the operator window).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .keys import KeyMap
from .view import PrompterView

CURSOR_HIDE_MS = 2000


def screen_label(screen: QScreen) -> str:
    size = screen.size()
    label = QCoreApplication.translate("Prompter", "%1 — %2×%3").replace("%1", screen.name() or "?").replace(
        "%2", str(size.width())).replace("%3", str(size.height()))
    if screen is QGuiApplication.primaryScreen():
        label = QCoreApplication.translate("Prompter", "%1 (main screen)").replace("%1", label)
    return label


def default_screen() -> QScreen:
    """A screen other than the primary (the laptop's own) if there is one, else the primary."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return others[0] if others else primary


class PrompterWindow(QWidget):
    full_screen_changed = Signal(bool)
    closed = Signal()

    def __init__(self, view: PrompterView | None = None, keymap: KeyMap | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setProperty("prompterPaced", True)  # the view may drive this window's update requests
        self.view = view or PrompterView()
        self.view.setParent(self)
        self.view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(QCoreApplication.translate("Prompter", "Teleprompter"))
        self._keymap = keymap or KeyMap()
        self._screen_name: str | None = None
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(self.hide_cursor)
        self.set_keymap(self._keymap)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screen_removed)

    # keys --------------------------------------------------------------------------------------------
    def keymap(self) -> KeyMap:
        return self._keymap

    def set_keymap(self, keymap: KeyMap) -> None:
        self._keymap = keymap
        keys = keymap.keys("skip_sold_out")
        self.view.skip_key = keymap.display("skip_sold_out").split(", ")[0] if keys else ""
        self.view.update()

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a key press through the keymap; False if no action has that key."""
        action = self._keymap.action_for_event(event)
        if action is None:
            return False
        if action == "leave":
            self.leave_full_screen()
        else:
            self.view.perform(action)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # screens -----------------------------------------------------------------------------------------
    @staticmethod
    def screen_choices() -> list[tuple[str, str]]:
        """(name, label) of every connected screen, the default choice first."""
        first = default_screen()
        screens = [first] + [s for s in QGuiApplication.screens() if s is not first]
        return [(s.name(), screen_label(s)) for s in screens]

    def screen_name(self) -> str | None:
        """The screen chosen (None: the default); it may not be connected now."""
        return self._screen_name

    def target_screen(self) -> QScreen:
        for screen in QGuiApplication.screens():
            if self._screen_name and screen.name() == self._screen_name:
                return screen
        return default_screen() if not self._screen_name else QGuiApplication.primaryScreen()

    def show_full_screen(self, screen_name: str | None = None) -> None:
        """Full screen, frameless, on ``screen_name`` (kept for later) or on the screen chosen before."""
        if screen_name is not None:
            self._screen_name = screen_name or None
        self._place(self.target_screen())

    def _place(self, screen: QScreen) -> None:
        if not (self.windowFlags() & Qt.WindowType.FramelessWindowHint):
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self._cursor_timer.start()
        self.full_screen_changed.emit(True)

    def leave_full_screen(self) -> None:
        """An ordinary framed window on the same screen, two thirds of its size."""
        if not self.isFullScreen():
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.showNormal()
        self.resize(area.width() * 2 // 3, area.height() * 2 // 3)
        self.move(area.center() - self.rect().center())
        self.show_cursor()
        self.full_screen_changed.emit(False)

    def _screen_removed(self, screen: QScreen) -> None:
        if not self.isVisible():
            return
        mine = self.screen()
        if mine is screen or (mine is not None and mine.name() == screen.name()):
            full = self.isFullScreen()
            QTimer.singleShot(0, lambda: self._fallback(full))

    def _fallback(self, full: bool) -> None:
        primary = QGuiApplication.primaryScreen()
        if full:
            self._place(primary)
        else:
            self.setScreen(primary)
            self.move(primary.availableGeometry().topLeft())

    # cursor ------------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        self.show_cursor()
        super().mouseMoveEvent(event)

    def show_cursor(self) -> None:
        self.unsetCursor()
        if self.isFullScreen():
            self._cursor_timer.start()

    def hide_cursor(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)

    def closeEvent(self, event) -> None:
        self.view.pause()
        self.closed.emit()
        super().closeEvent(event)
