"""The questions around a show: its session, going on air with a second show, taking one back after a crash.

``ask_resume(parent, offer, sold)`` asks "Resume “<title>” at the same line?" and returns "resume", "finish" or
"later" (tests replace it). ``session_for`` finds the session a run sheet goes on air in: a session of the same
title still being prepared (its checklist ticks are kept), else a new one, a rehearsal on the demo catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .. import formats

translate = QCoreApplication.translate


def show_title(sheet_title: str, day) -> str:
    return translate("LiveResume", "%1 \u2014 %2").replace("%1", sheet_title).replace("%2", day.isoformat())


def session_for(services, sheet, rehearsal: bool):
    """The session ``sheet`` goes on air in today: one being prepared under the same title, else a new one."""
    title = show_title(sheet.title, services.today())
    for session in services.book.sessions():
        if session.status == "preparing" and session.title == title and session.rehearsal == rehearsal:
            return session
    return services.book.create_session(title, rehearsal)


def resume_text(offer, sold: int) -> str:
    """The details under the question: last save, where, units sold so far."""
    where = translate("LiveResume", "Segment %1 of %2, the line it was on").replace(
        "%1", str(offer.position.segment + 1)).replace("%2", str(offer.segments))
    saved = translate("LiveResume", "Last saved %1.").replace("%1", formats.datetime_text(offer.updated_at))
    units = translate("LiveResume", "%n unit(s) sold so far.", None, sold)
    lines = [saved, where, units]
    if offer.rehearsal:
        lines.append(translate("LiveResume", "This is a rehearsal on the demo catalogue."))
    return "\n".join(lines)


def ask_resume(parent, offer, sold: int) -> str:
    """Ask what to do with a show that was on air when the app stopped: "resume", "finish" or "later"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LiveResume", "A show is still on air"))
    box.setText(translate("LiveResume", "Resume \u201c%1\u201d at the same line?").replace("%1", offer.title))
    box.setInformativeText(resume_text(offer, sold))
    resume = box.addButton(translate("LiveResume", "&Resume"), QMessageBox.ButtonRole.AcceptRole)
    finish = box.addButton(translate("LiveResume", "&Finish it"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("LiveResume", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "resume" if clicked is resume else "finish" if clicked is finish else "later"


def confirm_finish(parent, title: str) -> bool:
    answer = QMessageBox.question(
        parent, translate("LiveResume", "Finish the show"),
        translate("LiveResume", "Finish \u201c%1\u201d? The record is closed: no more sales, corrections or "
                  "reminders can be added.").replace("%1", title))
    return answer == QMessageBox.StandardButton.Yes


def ask_report(parent) -> bool:
    answer = QMessageBox.question(parent, translate("LiveResume", "Show finished"),
                                  translate("LiveResume", "The show is finished. Open its report now?"))
    return answer == QMessageBox.StandardButton.Yes


def ask_close(parent, title: str) -> str:
    """The operator window is being closed with the show on air: "finish", "leave" (resume later) or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LiveResume", "The show is on air"))
    box.setText(translate("LiveResume", "\u201c%1\u201d is still on air.").replace("%1", title))
    box.setInformativeText(translate("LiveResume",
                                     "Finish it now, or close the windows and resume it later at the same line?"))
    finish = box.addButton(translate("LiveResume", "&Finish show\u2026"), QMessageBox.ButtonRole.DestructiveRole)
    leave = box.addButton(translate("LiveResume", "Close, &resume later"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "finish" if clicked is finish else "leave" if clicked is leave else "cancel"
