"""Every screen a new user reaches from the main window, visited in turn: the accessibility check and the
no-stray-English check walk the same screens, each with its own look at them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from villagecast.ui.editor.editor import KEYS as SECTIONS


def each_screen(win, visit: Callable[[QWidget, str], dict], sku: str, sheet: str) -> dict:
    """``visit(window, name)`` on each editor section, each tab of shipping, scripts and checklist (a script
    open, so its editor and findings show) and broadcast (a sheet ``sheet`` with an opening and ``sku``), help
    and the first-run guide; their findings merged."""
    from villagecast.ui.first_run import show_first_run
    from villagecast.ui.help import show_help

    found = {}
    for key in SECTIONS:
        win.editor.set_section(key)
        QApplication.processEvents()
        found |= visit(win, f"main, section {key}")
    shipping = win.tools.open_shipping()
    found |= _each_tab(shipping, "shipping", visit)
    compliance = win.tools.open_compliance()
    compliance.scripts.new_action.trigger()
    found |= _each_tab(compliance, "compliance", visit)
    broadcast = win.tools.open_broadcast()
    broadcast.sheet_tab.actions.new_sheet(sheet)
    broadcast.sheet_tab.actions.add_opening()
    broadcast.sheet_tab.actions.add_product(sku)
    found |= _each_tab(broadcast, "broadcast", visit)
    found |= visit(show_help(win, "catalogue"), "help")
    found |= visit(show_first_run(win, lambda w: None), "first-run guide")
    return found


def _each_tab(window, name: str, visit) -> dict:
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found |= visit(window, f"{name}, tab {index + 1}")
    return found
