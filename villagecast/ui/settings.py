"""Every UI setting declared once with its default; one adapter stores only non-defaults.

``QSettings("VillageCast", "VillageCast")`` normally; with ``VILLAGECAST_CONFIG_DIR`` set, an INI
file in that folder instead, so tests and portable installs never touch the user's settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from . import metrics

ENV_CONFIG_DIR = "VILLAGECAST_CONFIG_DIR"
ORGANIZATION = "VillageCast"
APPLICATION = "VillageCast"


@dataclass(frozen=True)
class Setting:
    """One stored preference: its key, type and default."""

    key: str
    kind: type
    default: object


WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("main_window/state", QByteArray, QByteArray())
SPLITTER_STATE = Setting("main_window/splitter", QByteArray, QByteArray())
PRODUCT_HEADER_STATE = Setting("catalogue/header", QByteArray, QByteArray())
FONT_POINT_SIZE = Setting("appearance/font_point_size", int, metrics.BASE_POINT_SIZE)
UI_SCALE = Setting("appearance/ui_scale_percent", int, 100)  # projectors and older eyes: 100-200
EDITOR_SECTION = Setting("editor/section", str, "overview")
LAST_REVIEWER = Setting("editor/last_reviewer", str, "")
LAST_FOLDER = Setting("editor/last_folder", str, "")
SHIPPING_GEOMETRY = Setting("shipping/geometry", QByteArray, QByteArray())
SHIPPING_TAB = Setting("shipping/tab", int, 0)
EXCHANGE_COOPERATIVE = Setting("exchange/cooperative", str, "")  # the name printed on exports
COMPLIANCE_GEOMETRY = Setting("compliance/geometry", QByteArray, QByteArray())
COMPLIANCE_SPLITTER = Setting("compliance/splitter", QByteArray, QByteArray())
COMPLIANCE_TAB = Setting("compliance/tab", int, 0)
# The teleprompter: its look (ui.prompter.style.PrompterStyle as JSON), speed in 字/分, keys (KeyMap as JSON; ""
# = the defaults) and the screen it goes full screen on (QScreen.name(); "" = a second screen if present).
PROMPTER_STYLE = Setting("prompter/style", str, "")
PROMPTER_SPEED = Setting("prompter/speed_cpm", int, 240)
PROMPTER_KEYS = Setting("prompter/keys", str, "")
PROMPTER_SCREEN = Setting("prompter/screen", str, "")
# The broadcast window: geometry, its four splitters (one QDataStream), tab, run sheet shown (0: the newest).
BROADCAST_GEOMETRY = Setting("broadcast/geometry", QByteArray, QByteArray())
BROADCAST_SPLITTER = Setting("broadcast/splitter", QByteArray, QByteArray())
BROADCAST_TAB = Setting("broadcast/tab", int, 0)
BROADCAST_SHEET = Setting("broadcast/sheet", int, 0)
# Languages and trainers (issue 8). Yes/no values are ints: an INI file gives "false" back as text.
LANGUAGE = Setting("appearance/language", str, "")  # "" = follow the system locale (first start)
HIGH_CONTRAST = Setting("appearance/high_contrast", int, 0)
PROJECTOR_SCALE = Setting("appearance/projector_scale_percent", int, 0)  # 0 = off, else 150/175/200
SCALE_BEFORE_PROJECTOR = Setting("appearance/scale_before_projector", int, 100)
FIRST_RUN_SHOWN = Setting("help/first_run_shown", int, 0)

ALL = (WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, PRODUCT_HEADER_STATE, FONT_POINT_SIZE, UI_SCALE,
       EDITOR_SECTION, LAST_REVIEWER, LAST_FOLDER, SHIPPING_GEOMETRY, SHIPPING_TAB,
       EXCHANGE_COOPERATIVE, COMPLIANCE_GEOMETRY, COMPLIANCE_SPLITTER, COMPLIANCE_TAB,
       PROMPTER_STYLE, PROMPTER_SPEED, PROMPTER_KEYS, PROMPTER_SCREEN,
       BROADCAST_GEOMETRY, BROADCAST_SPLITTER, BROADCAST_TAB, BROADCAST_SHEET,
       LANGUAGE, HIGH_CONTRAST, PROJECTOR_SCALE, SCALE_BEFORE_PROJECTOR, FIRST_RUN_SHOWN)


def open_qsettings() -> QSettings:
    """The platform store, or ``$VILLAGECAST_CONFIG_DIR/VillageCast.ini`` when that variable is set."""
    folder = os.environ.get(ENV_CONFIG_DIR)
    if folder:
        path = Path(folder).expanduser() / f"{APPLICATION}.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


class Settings:
    """Typed reads with defaults; writing a default removes the key (ReText ``writeToSettings``)."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else open_qsettings()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting) -> object:
        if not self._store.contains(setting.key):
            return setting.default
        value = self._store.value(setting.key)
        try:
            if setting.kind is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value or b"")
            return setting.kind(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: object) -> None:
        if value == setting.default:
            self._store.remove(setting.key)
        else:
            self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
