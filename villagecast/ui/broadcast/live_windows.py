"""Where the two windows of a show go, and the prompter's settings (look, speed, keys, screen).

The prompter goes full screen on the screen chosen in ``PROMPTER_SCREEN`` (default: a second screen); the
operator window fills the laptop's own screen (the primary). With one screen only, the two share it side by
side (the prompter on the left, framed), and "Full screen" in the operator window puts the prompter over it.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from .. import metrics
from .. import settings as config
from ..prompter.keys import KeyMap
from ..prompter.style import SPEED_MAX, SPEED_MIN, PrompterStyle
from ..prompter.window import default_screen

PROMPTER_SHARE = 0.56  # of the width, when both windows share one screen


def _json(settings: config.Settings, setting: config.Setting):
    text = settings.get(setting)
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def load_style(settings: config.Settings) -> PrompterStyle:
    return PrompterStyle.from_dict(_json(settings, config.PROMPTER_STYLE))


def save_style(settings: config.Settings, style: PrompterStyle) -> None:
    default = style == PrompterStyle()
    settings.set(config.PROMPTER_STYLE, "" if default else json.dumps(style.to_dict(), sort_keys=True))


def load_keys(settings: config.Settings) -> KeyMap:
    return KeyMap.from_dict(_json(settings, config.PROMPTER_KEYS))


def save_keys(settings: config.Settings, keymap: KeyMap) -> None:
    settings.set(config.PROMPTER_KEYS, "" if keymap.is_default() else json.dumps(keymap.to_dict(), sort_keys=True))


def load_speed(settings: config.Settings) -> int:
    return max(SPEED_MIN, min(SPEED_MAX, int(settings.get(config.PROMPTER_SPEED))))


def target_screen(screen_name: str):
    """The screen the prompter goes on: the named one if connected, else a second screen, else the laptop's."""
    for screen in QGuiApplication.screens():
        if screen_name and screen.name() == screen_name:
            return screen
    return default_screen()


def place(prompter, operator, screen_name: str) -> bool:
    """Show both windows; True when the prompter went full screen on a screen of its own."""
    laptop = QGuiApplication.primaryScreen()
    area = laptop.availableGeometry()
    if target_screen(screen_name) is not laptop:
        prompter.show_full_screen(screen_name or "")
        operator.setScreen(laptop)
        width = min(area.width(), max(metrics.MINIMUM_WINDOW_SIZE[0], int(area.width() * metrics.SCREEN_FILL)))
        height = min(area.height(), max(metrics.MINIMUM_WINDOW_SIZE[1], int(area.height() * metrics.SCREEN_FILL)))
        operator.resize(width, height)
        operator.move(area.center() - operator.rect().center())
        _front(operator)
        return True
    side_by_side(prompter, operator, area)
    return False


def side_by_side(prompter, operator, area: QRect) -> None:
    """Prompter framed on the left of ``area``, the operator window on the right."""
    prompter.leave_full_screen()
    left = int(area.width() * PROMPTER_SHARE)
    prompter.setGeometry(area.x(), area.y(), left, area.height())
    prompter.show()
    operator.setGeometry(area.x() + left, area.y(), area.width() - left, area.height())
    _front(operator)


def _front(window) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
