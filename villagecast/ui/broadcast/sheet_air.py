"""From the run sheet to the on-air windows: ``live_controller.start_show`` (gate, session, prompter, operator) and
``offer_resume``, imported when first used so the sheet and report tabs work without them; when they are missing
the user is told so plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..exchange.common import show_message

translate = QCoreApplication.translate


def missing(parent, title: str) -> QMessageBox:
    """Say that the on-air part is not installed (a message that does not block)."""
    return show_message(parent, QMessageBox.Icon.Warning, title, translate(
        "GoOnAir", "The on-air part of VillageCast (prompter and operator windows) is missing from this "
        "installation, so no show can go on air from here. Reinstall VillageCast."))


def go_on_air(tab) -> bool:
    """Save ``tab``'s script, then put its sheet on air (True once on air)."""
    if not tab.save_script():
        return False
    if tab.sheet is None or not tab.sheet.segments:
        tab.show_notice(translate("GoOnAir", "Add at least one segment to the run sheet before going on air."),
                        error=True)
        return False
    try:
        from .live_controller import start_show
    except ImportError:
        tab.message = missing(tab.window(), translate("GoOnAir", "Go on air"))
        return False
    return bool(start_show(tab.window(), tab.context, tab.settings, tab.sheet.id))


def resume(tab) -> bool:
    """Offer the shows left on air by a crash (True when one was taken up again)."""
    try:
        from .live_controller import offer_resume
    except ImportError:
        tab.message = missing(tab.window(), translate("GoOnAir", "Resume the show"))
        return False
    return bool(offer_resume(tab.window(), tab.context, tab.settings))
