"""Every control a user can reach has a name a screen reader can say, Tab reaches it, icon-only buttons have
tooltips — in the main window, each editor section, every tab of the shipping, compliance and broadcast windows,
and the help and first-run windows.

Widgets are walked as shown (each tab and section in turn); Qt's own parts of composite widgets (a combo box's
line edit, a spin box's arrows, a line edit's clear button, scroll bars, headers) are skipped. A widget is named
by its ``accessibleName()``, a ``QLabel`` whose buddy it is (``QFormLayout`` rows set that), or, for a button,
its text. ``KNOWN_GAPS`` lists what the owners still have to fix: the test fails on a gap not listed there, and
on a listed gap that is gone (delete its line), so the list only shrinks.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from villagecast.core.shipping.examples import add_examples

from .screens import each_screen


# Where the villagecast package lies: the checkout, or site-packages after a plain `pip install .` (CI).
PACKAGE_PARENT = Path(inspect.getfile(sys.modules["villagecast"])).resolve().parents[1]
INTERACTIVE = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
               QAbstractButton, QAbstractSlider)
# Qt's own inner parts: their owner is what a screen reader names.
INNER_PARENTS = (QComboBox, QAbstractSpinBox, QTabBar, QMenuBar, QLineEdit, QScrollBar, QCalendarWidget)
PRIVATE = {"QTableCornerButton", "QLineEditIconButton", "QToolBarExtension", "QComboBoxListView"}

# (file, widget, problem) the owners still have to fix; see the module docstring.
KNOWN_GAPS: set[tuple[str, str, str]] = set()


def inner_part(widget: QWidget, root: QWidget) -> bool:
    if widget.metaObject().className() in PRIVATE or isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root.window():
        if isinstance(parent, INNER_PARENTS):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget.parentWidget() is parent:
            return True  # the scroll area's own corner and scroll-bar containers (not its viewport's children)
        parent = parent.parentWidget()
    return False


def owner_file(widget: QWidget) -> str:
    """The source file of the nearest VillageCast class among the widget and its parents."""
    current = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("villagecast"):
            return str(Path(inspect.getfile(sys.modules[module])).resolve().relative_to(PACKAGE_PARENT).as_posix())
        current = current.parentWidget()
    return "?"


def describe(widget: QWidget) -> str:
    """The class with the object name, or with the nearest named parent ("QLineEdit in #field_harvest_date")."""
    if widget.objectName():
        return f"{type(widget).__name__}#{widget.objectName()}"
    current = widget.parentWidget()
    while current is not None and not current.objectName():
        current = current.parentWidget()
    return f"{type(widget).__name__} in #{current.objectName() if current is not None else '?'}"


def hint(widget: QWidget) -> str:
    """A text that helps to find the widget on screen (placeholder, text or tooltip)."""
    for getter in ("placeholderText", "text", "toolTip"):
        value = getattr(widget, getter, None)
        value = value() if callable(value) else ""
        if isinstance(value, str) and value.strip():
            return value.strip().replace("\n", " ")[:50]
    return ""


def buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.window().findChildren(QLabel) if label.buddy() is not None}


def check(root: QWidget) -> dict[tuple[str, str, str], str]:
    """Problems of the widgets under ``root`` that are shown now: {(file, widget, problem): hint}."""
    found = {}
    named_by_label = buddies(root)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root.window()) or inner_part(widget, root):
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text().replace("&", "").strip()
            icon_only = not text and not widget.icon().isNull()
            name = widget.accessibleName().strip() or text
            if icon_only and not widget.toolTip().strip():
                found[owner_file(widget), describe(widget), "icon-only button without a tooltip"] = hint(widget)
        else:
            name = widget.accessibleName().strip() or ("label" if id(widget) in named_by_label else "")
        if not name:
            found[owner_file(widget), describe(widget), "no accessible name or buddy label"] = hint(widget)
        if widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not has_key(widget):
            found[owner_file(widget), describe(widget), "Tab cannot reach it"] = hint(widget)
    return found


def has_key(widget: QWidget) -> bool:
    """Out of the Tab order on purpose: it names a ``keyboard_alternative`` that a shortcut of its parent has."""
    key = widget.property("keyboard_alternative")
    if not key or widget.parentWidget() is None:
        return False
    wanted = QKeySequence(key)
    return any(s.key() == wanted and s.isEnabled() for s in widget.parentWidget().findChildren(QShortcut))


@pytest.fixture
def windows(qtbot, main_window, context):
    add_examples(context.shipping, ["云南"])  # the plan then has carriers, zones and figures to show
    win = main_window("WAL-001", active=True)
    win.help_actions.open_demo = lambda w: None  # the guide's demo button must not replace this window
    return win


def all_gaps(win) -> dict:
    return each_screen(win, lambda window, _name: check(window), sku="WAL-001", sheet="Show")


def test_every_control_is_named_reachable_and_explained(qtbot, windows):
    found = all_gaps(windows)
    new = sorted(set(found) - KNOWN_GAPS)
    fixed = sorted(KNOWN_GAPS - set(found))
    report = "\n".join(" | ".join(gap) + (f" | “{found[gap]}”" if found[gap] else "") for gap in new)
    assert not new, f"{len(new)} new accessibility gap(s):\n{report}"
    assert not fixed, "fixed, remove from KNOWN_GAPS:\n" + "\n".join(" | ".join(gap) for gap in fixed)


def test_the_check_finds_what_it_is_meant_to_find(qtbot):
    """A nameless field, an icon-only button without a tooltip, a button Tab skips; labelled ones pass."""
    from PySide6.QtWidgets import QFormLayout, QStyle, QToolButton

    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    nameless, labelled, named = QLineEdit(), QLineEdit(), QComboBox()
    named.setAccessibleName("Kind")
    icon = QToolButton(objectName="iconButton")
    icon.setIcon(form.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
    skipped = QToolButton(text="Skip me")
    skipped.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.addRow(nameless)
    layout.addRow("&Name", labelled)
    for widget in (named, icon, skipped):
        layout.addRow(widget)
    form.show()
    problems = {(what.split(" ")[0], problem) for _file, what, problem in check(form)}
    assert {file for file, _what, _problem in check(form)} == {"?"}  # no VillageCast class owns these
    assert problems == {("QLineEdit", "no accessible name or buddy label"),
                        ("QToolButton#iconButton", "icon-only button without a tooltip"),
                        ("QToolButton#iconButton", "no accessible name or buddy label"),
                        ("QToolButton", "Tab cannot reach it")}


def test_a_date_field_opens_its_calendar_from_the_keyboard(qtbot):
    """The "…" button stays out of the Tab order; Alt+Down in the field opens the calendar, Enter picks the day."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from villagecast.ui.editor.widgets import DateField, buddy_for

    field = DateField()
    label = QLabel("&Harvest date")
    label.setBuddy(buddy_for(field))
    qtbot.addWidget(field)
    field.setText("2026-09-15")
    field.show()
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    seen = []

    def pick():
        menu = field.button.menu()
        seen.append(menu.isVisible())
        focused = QApplication.focusWidget()
        seen.append(focused is not None and (focused is field.calendar or field.calendar.isAncestorOf(focused)))
        qtbot.keyClick(focused, Qt.Key.Key_Right)  # the 16th
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        if menu.isVisible():
            menu.hide()

    QTimer.singleShot(100, pick)
    QTimer.singleShot(2500, field.button.menu().hide)  # never hang in the menu's own event loop
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen == [True, True]
    qtbot.waitUntil(lambda: field.text() == "2026-09-16", timeout=3000)
    assert label.buddy() is field.edit
