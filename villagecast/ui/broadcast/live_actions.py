"""What the operator does to a show on air, mixed into ``LiveController``: the undoable writes (sales, flash
sales, reminders done, corrections, script edits, each an undo step on the app stack; a refused one raises
``VillageCastError`` and nothing is written), finishing the show, leaving it on air, the report.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...broadcast_messages import describe_error
from ...core.errors import VillageCastError
from . import live_resume
from .live_commands import Acknowledge, Correct, Sell, SetScript, StartCountdown, StopCountdown
from .live_services import sessions_changed

translate = QCoreApplication.translate
_ACTIVE: list = []  # controllers on air in this process


def active():
    """The show on air in this process (its ``LiveController``), if any."""
    return _ACTIVE[-1] if _ACTIVE else None


def top_window(widget):
    """The top of ``widget``'s parent chain (the app's main window), or None when it is not a widget."""
    if not isinstance(widget, QWidget):
        return None
    while widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget


class LiveActions:
    """Uses the controller's ``context``, ``live``, ``view``, ``prompter``, ``operator``, ``done``, signals."""

    # --- writes (undoable, on the app stack); refused ones raise VillageCastError ---------------
    def _execute(self, command):
        return self.context.execute(command)

    def sell(self, quantity: int, sku: str | None = None):
        command = Sell(self.context, self.live, quantity, sku, translate("LiveController", "Sell %n unit(s)", None,
                                                                         quantity))
        self._execute(command)
        return command.sale

    def start_countdown(self, duration_s: int, quantity: int, sku: str | None = None):
        command = StartCountdown(self.context, self.live, duration_s, quantity, sku,
                                 translate("LiveController", "Start a flash sale"))
        self._execute(command)
        return command.countdown

    def stop_countdown(self, countdown_id: int) -> None:
        self._execute(StopCountdown(self.context, self.live, countdown_id,
                                    translate("LiveController", "Stop the flash sale")))

    def acknowledge(self, item_id: str) -> None:
        self._execute(Acknowledge(self.context, self.live, item_id,
                                  translate("LiveController", "Reminder %1 done").replace("%1", item_id)))

    def correct(self, said: str, truth: str):
        command = Correct(self.context, self.live, said, truth, translate("LiveController", "Log a correction"))
        self._execute(command)
        return command.correction

    def set_script(self, index: int, text: str) -> None:
        if text == self.live.segments[index].script:
            return
        self._execute(SetScript(self.context, self.live, index, text,
                                translate("LiveController", "Edit the script on air")))

    # --- the end ------------------------------------------------------------------------------
    def finish(self, confirm: bool = True, report: bool = True) -> bool:
        """Finish the show (``confirm``: asked first): the record is closed, the windows go, the report is offered."""
        if self.done:
            return False
        if confirm and not live_resume.confirm_finish(self.operator, self.title):
            return False
        self.view.pause()
        try:
            self.live.finish()
        except VillageCastError as exc:
            QMessageBox.warning(self.operator, self.title, describe_error(exc))
            return False
        self._close()
        self.context.publish(sessions_changed())
        self.finished.emit(self.session_id)
        if report and live_resume.ask_report(self.parent_window()):
            self.show_report()
        return True

    def abandon(self) -> None:
        """Close the windows and leave the show on air, writing nothing (it can be resumed at the same line)."""
        self._close()

    def _close(self) -> None:
        if self.done:
            return
        self.done = True
        self._tick.stop()
        self._reminders.stop()
        self.context.signals.data_changed.disconnect(self._data_changed)
        for signal, slot in ((self.view.position_changed, self._save_position),
                             (self.view.segment_changed, self._view_segment)):
            signal.disconnect(slot)
        self.operator.close_quietly()
        self.prompter.close()
        if self in _ACTIVE:
            _ACTIVE.remove(self)
        self.closed.emit()

    def parent_window(self):
        """The app's main window (the top of the parent chain), or None."""
        return top_window(self.parent())

    def show_report(self):
        """The finished show's report in the broadcast window (its Reports tab), when that window exists."""
        try:
            from . import show_broadcast
        except ImportError:
            show_broadcast = None
        if show_broadcast is None:
            QMessageBox.information(self.parent_window(), self.title, translate(
                "LiveController", "The report of this show is in the broadcast window (Reports)."))
            return None
        window = show_broadcast(self.parent_window(), self.context, self.settings)
        show = getattr(window, "show_report", None)
        tab = getattr(window, "report_tab", None)
        if callable(show):
            show(self.session_id)
        elif tab is not None and hasattr(tab, "show_session"):
            window.tabs.setCurrentWidget(tab)
            tab.show_session(self.session_id)
        return window
