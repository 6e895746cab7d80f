"""Small input widgets the editor panels share: messages beside fields, optional dates, multi-line text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QPlainTextEdit,
                               QScrollArea, QToolButton, QVBoxLayout, QWidget, QWidgetAction)

from ... import messages
from ...core.errors import Issue
from .. import metrics


def stacked(*widgets: QWidget, spacing: int = 1) -> QWidget:
    """Widgets one above the other without margins: a field with its message under it."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(spacing)
    for widget in widgets:
        box.addWidget(widget)
    return holder


def scrolling(content: QWidget, name: str, sideways: bool = True) -> QScrollArea:
    """``content`` in a frameless scroll area that follows the panel's width (``sideways=False``: never a
    horizontal scroll bar, for panels laid out to wrap)."""
    scroll = QScrollArea(objectName=name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def fill_with(panel: QWidget, widget: QWidget) -> None:
    """Make ``widget`` the panel's only child, edge to edge."""
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(widget)


class IssueLabel(QLabel):
    """The message under one field: red for an error (not saved), amber for a warning; hidden when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self.severity = ""

    def show_issues(self, issues: list[Issue]) -> None:
        errors = [i for i in issues if i.is_error]
        shown = errors or issues
        self.severity = "" if not shown else "error" if errors else "warning"
        if not shown:
            self.clear()
            self.hide()
            return
        color = metrics.DANGER_COLOR if errors else metrics.WARNING_COLOR
        self.setStyleSheet(f"color: {color};")
        self.setText("\n".join(messages.describe_issue(i) for i in shown))
        self.show()

    def clear_issues(self) -> None:
        self.show_issues([])


class TextEdit(QPlainTextEdit):
    """Multi-line text that says ``editingFinished`` when it loses focus after a change (like QLineEdit)."""

    editingFinished = Signal()

    def __init__(self, parent=None, lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
        self._lines = lines
        self._dirty = False
        self.textChanged.connect(self._changed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def _changed(self) -> None:
        self._dirty = True

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit-like API)
        if text != self.toPlainText():
            self.setPlainText(text)
        self._dirty = False

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.finish()

    def finish(self) -> None:
        """Say ``editingFinished`` if the text changed since it was set (tests and focus-out call this)."""
        if self._dirty:
            self._dirty = False
            self.editingFinished.emit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override): keep the height right when the font grows
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 14)


CALENDAR_KEY = "Alt+Down"  # opens a date field's calendar, as in a combo box


def buddy_for(widget: QWidget) -> QWidget:
    """The widget a label should name: a DateField's line edit (so screen readers name what is typed in)."""
    return widget.edit if isinstance(widget, DateField) else widget


class DateField(QWidget):
    """An optional ISO date (YYYY-MM-DD) typed or picked from a calendar; empty means "not recorded"."""

    editingFinished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(10)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Alt+Down opens it
        self.button.setProperty("keyboard_alternative", CALENDAR_KEY)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on a day
        self.calendar_shortcut = QShortcut(QKeySequence(CALENDAR_KEY), self.edit, self.open_calendar,
                                           context=Qt.ShortcutContext.WidgetShortcut)
        box.addWidget(self.edit, 1)
        box.addWidget(self.button)
        self.edit.editingFinished.connect(self.editingFinished)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str | None) -> None:  # noqa: N802
        self.edit.setText(text or "")

    def set_tooltips(self, field_tip: str, button_tip: str) -> None:
        key = QKeySequence(CALENDAR_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        self.edit.setToolTip(f"{field_tip} ({key}: {button_tip})")
        self.button.setToolTip(f"{button_tip} ({key})")
        self.button.setAccessibleName(button_tip)

    def open_calendar(self) -> None:
        """Alt+Down in the field: the calendar, with the keyboard in it (arrows, Enter picks, Esc closes)."""
        self.button.showMenu()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name): the typed part carries it
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _prepare_calendar(self) -> None:
        try:
            day = date.fromisoformat(self.text())
        except ValueError:
            day = date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        QTimer.singleShot(0, self.calendar.setFocus)  # arrows move the day, Enter picks it, Esc closes

    def _picked(self, qdate: QDate) -> None:
        self.button.menu().hide()
        self.edit.setText(qdate.toString("yyyy-MM-dd"))
        self.editingFinished.emit()
