"""The high-contrast theme for projectors and weak eyes: a palette plus a style sheet; the normal theme restores.

Black on white (21:1), dark-blue selection with white text, 2 px black borders on every input, list and
button, and a 4 px blue focus frame with a pale yellow field behind the typing cursor, so a room can follow the
keyboard from the back row. Colours go in the palette (the style sheet only draws borders and focus), so the
warning and danger colours of ``metrics`` keep working. Fusion is used while it is on: some platform styles
(Windows 11) ignore the palette. ``apply_theme(app, False)`` puts back the style and palette it found.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from . import settings as config

# Stored as 0/1: an INI file gives "true"/"false" back as text, and bool("false") is True.
HIGH_CONTRAST = config.HIGH_CONTRAST
# View > Projector mode: 0 = off, else the UI scale it projects at (150, 175, 200); high contrast while on.
PROJECTOR_SCALE = config.PROJECTOR_SCALE

INK = "#000000"
PAPER = "#ffffff"
SELECTION = "#002d8f"  # white text on it: 12.6:1
FOCUS = "#0047ff"  # the focus frame
FOCUS_FIELD = "#fff6bf"  # the background of the focused input
DISABLED = "#595959"  # 7:1 on white
STYLE = "Fusion"

_INPUTS = "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox"
STYLE_SHEET = f"""
{_INPUTS} {{ border: 2px solid {INK}; padding: 2px; }}
{", ".join(s + ":focus" for s in _INPUTS.split(", "))} {{
    border: 4px solid {FOCUS}; padding: 0px; background: {FOCUS_FIELD}; }}
QAbstractItemView {{ border: 2px solid {INK}; padding: 2px; }}
QAbstractItemView:focus {{ border: 4px solid {FOCUS}; padding: 0px; }}
QComboBox QLineEdit, QAbstractSpinBox QLineEdit {{ border: 0px; padding: 0px; background: transparent; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button, QComboBox::drop-down {{ width: 1.2em; }}
QComboBox QAbstractItemView {{ border: 2px solid {INK}; padding: 0px; }}
QHeaderView {{ border: 0px; padding: 0px; }}
QPushButton {{ border: 2px solid {INK}; border-radius: 3px; padding: 4px 10px; background: {PAPER}; }}
QPushButton:hover {{ background: #dfe7ff; }}
QPushButton:pressed, QPushButton:checked {{ background: #b8c8ff; }}
QPushButton:focus {{ border: 4px solid {FOCUS}; padding: 2px 8px; }}
QPushButton:disabled {{ border-color: {DISABLED}; color: {DISABLED}; }}
QToolButton {{ border: 2px solid transparent; padding: 2px; }}
QToolButton:focus {{ border: 2px solid {FOCUS}; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS}; }}
QTabWidget::pane {{ border: 2px solid {INK}; }}
QTabBar::tab {{ border: 2px solid {INK}; padding: 4px 12px; margin-right: 2px; background: {PAPER}; color: {INK}; }}
QTabBar::tab:selected {{ background: {INK}; color: {PAPER}; }}
QTabBar:focus {{ border: 2px solid {FOCUS}; }}
QToolTip {{ color: {INK}; background: #ffffd0; border: 2px solid {INK}; padding: 2px; }}
QMenu {{ border: 2px solid {INK}; }}
QStatusBar {{ border-top: 2px solid {INK}; }}
"""

_saved: dict[str, object] = {}  # the style name and palette found before the first switch


def high_contrast_palette() -> QPalette:
    """Black text on white, dark-blue selection; disabled text still 7:1."""
    palette = QPalette()
    ink, paper = QColor(INK), QColor(PAPER)
    roles = {
        QPalette.ColorRole.Window: paper, QPalette.ColorRole.WindowText: ink,
        QPalette.ColorRole.Base: paper, QPalette.ColorRole.AlternateBase: QColor("#ececec"),
        QPalette.ColorRole.Text: ink, QPalette.ColorRole.Button: paper, QPalette.ColorRole.ButtonText: ink,
        QPalette.ColorRole.BrightText: paper, QPalette.ColorRole.Highlight: QColor(SELECTION),
        QPalette.ColorRole.HighlightedText: paper, QPalette.ColorRole.ToolTipBase: QColor("#ffffd0"),
        QPalette.ColorRole.ToolTipText: ink, QPalette.ColorRole.PlaceholderText: QColor("#3d3d3d"),
        QPalette.ColorRole.Link: QColor("#0000c8"), QPalette.ColorRole.LinkVisited: QColor("#5a00a0"),
        QPalette.ColorRole.Light: paper, QPalette.ColorRole.Midlight: QColor("#d0d0d0"),
        QPalette.ColorRole.Mid: QColor("#767676"), QPalette.ColorRole.Dark: QColor("#3d3d3d"),
        QPalette.ColorRole.Shadow: ink,
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#767676"))
    return palette


def is_high_contrast(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()
    return bool(app is not None and app.property("villagecastHighContrast"))


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    """Switch ``app`` to the high-contrast theme, or back to the style and palette it had before."""
    if high_contrast == is_high_contrast(app):
        return
    if high_contrast:
        _saved["style"] = app.style().name()
        _saved["palette"] = QPalette(app.palette())
        app.setStyle(STYLE)
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(STYLE_SHEET)
    else:
        app.setStyleSheet("")
        if _saved.get("style"):
            app.setStyle(str(_saved["style"]))
        app.setPalette(_saved.get("palette") or app.style().standardPalette())
    app.setProperty("villagecastHighContrast", high_contrast)


def refresh(app: QApplication) -> None:
    """After the app font changed (UI scale): widgets under a style sheet keep their old font until it is set
    again, so set it again."""
    if is_high_contrast(app):
        app.setStyleSheet("")
        app.setStyleSheet(STYLE_SHEET)


def wants_high_contrast(settings: config.Settings) -> bool:
    """High contrast chosen, or projector mode on."""
    return bool(settings.get(HIGH_CONTRAST)) or bool(settings.get(PROJECTOR_SCALE))


def apply_saved(app: QApplication, settings: config.Settings) -> None:
    """At start-up: the theme the settings remember (call before the first window is built)."""
    if wants_high_contrast(settings):
        apply_theme(app, True)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
