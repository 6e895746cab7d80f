"""The Checklist tab: a broadcast session and the rule pack's checklist by phase, each tick stored with its time.

"Always" items appear in every phase; an item in two phases appears twice and is ticked once. Items
not yet in force are shown greyed as upcoming and cannot be ticked. A finished session is read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...compliance_messages import phase_name
from ...core.errors import VillageCastError
from .. import formats, metrics
from .checklist_rows import ChecklistRow
from .commands import TickItem, UntickItem
from .hub import SESSIONS, sessions_changed
from .session_dialog import NewSessionDialog
from .words import item_text

PHASES = ("before", "during", "after")


class ChecklistTab(QWidget):
    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self.context = hub.context
        self.session = None
        self.rows: dict[str, list[ChecklistRow]] = {}
        self.headings: dict[str, QLabel] = {}
        self.session_label = QLabel()
        self.sessions = QComboBox(objectName="sessionPicker")
        self.sessions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessions.setMinimumContentsLength(16)
        self.session_label.setBuddy(self.sessions)
        self.new_button = QPushButton(objectName="newSessionButton")
        self.end_button = QPushButton(objectName="endSessionButton")
        self.status = QLabel(objectName="sessionStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.session_label)
        bar.addWidget(self.sessions, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.end_button)
        self.body = QWidget(objectName="checklistBody")
        self.body_box = QVBoxLayout(self.body)
        self.scroll = QScrollArea(objectName="checklistScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.status)
        box.addWidget(self.scroll, 1)
        self.sessions.currentIndexChanged.connect(lambda _i: self._apply_session())
        self.new_button.clicked.connect(self.new_session)
        self.end_button.clicked.connect(self.end_session)
        self.build()
        self.refresh_sessions()

    def retranslate(self) -> None:
        self.session_label.setText(self.tr("&Session"))
        self.sessions.setAccessibleName(self.tr("Broadcast session"))
        self.new_button.setText(self.tr("&New session\u2026"))
        self.end_button.setText(self.tr("&End the broadcast\u2026"))
        self.end_button.setToolTip(self.tr("Mark the session finished; its record is then read-only"))
        for rows in self.rows.values():
            for row in rows:
                row.retranslate()
        self.refresh_sessions()

    # --- the checklist ------------------------------------------------------------------------
    def build(self) -> None:
        """Rows for the active pack (again after an import or a restore)."""
        while self.body_box.count():
            item = self.body_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows, self.headings = {}, {}
        today = date.today()
        for phase in PHASES:
            heading = QLabel(objectName=f"phase_{phase}")
            heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
            self.headings[phase] = heading
            self.body_box.addWidget(heading)
            for item in self.hub.pack.checklist:
                if item.in_phase(phase):
                    row = ChecklistRow(item, not item.in_force(today), self.body)
                    row.toggled_by_user.connect(self._toggled)
                    self.rows.setdefault(item.id, []).append(row)
                    self.body_box.addWidget(row)
        self.body_box.addStretch(1)
        for rows in self.rows.values():
            for row in rows:
                row.retranslate()

    def on_pack_changed(self) -> None:
        self.build()
        self._apply_session()

    # --- sessions -----------------------------------------------------------------------------
    def refresh_sessions(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_session_id()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in self.hub.book.sessions():
            parts = [s.title, formats.datetime_text(s.created_at)]
            if s.rehearsal:
                parts.append(self.tr("rehearsal"))
            parts.append({"preparing": self.tr("preparing"), "live": self.tr("on air"),
                          "finished": self.tr("finished")}[s.status])
            self.sessions.addItem(" \u00b7 ".join(parts), s.id)
        index = self.sessions.findData(keep) if keep is not None else 0
        self.sessions.setCurrentIndex(max(index, 0) if self.sessions.count() else -1)
        self.sessions.blockSignals(False)
        self._apply_session()

    def current_session_id(self) -> int | None:
        return self.sessions.currentData()

    def show_session(self, session_id: int) -> None:
        self.refresh_sessions(select=session_id)

    def _apply_session(self) -> None:
        sid = self.current_session_id()
        self.session = self.hub.book.session(sid) if sid is not None else None
        s = self.session
        editable = s is not None and s.status != "finished"
        ticked = s.ticked() if s is not None else {}
        for item_id, rows in self.rows.items():
            tick = ticked.get(item_id)
            for row in rows:
                row.set_tick(tick.ticked_at if tick else None, editable)
        today = date.today()
        for phase, heading in self.headings.items():
            due = [i for i in self.hub.pack.checklist if i.in_phase(phase) and i.in_force(today)]
            done = sum(1 for i in due if i.id in ticked)
            heading.setText(self.tr("%1 \u2014 %2 of %3 ticked").replace("%1", phase_name(phase)).replace(
                "%2", str(done)).replace("%3", str(len(due))))
        self.end_button.setEnabled(s is not None and s.status == "live")
        self._status()

    def _status(self) -> None:
        s = self.session
        color = metrics.MUTED_COLOR
        if s is None:
            text = self.tr("No session yet. Create one (New session\u2026) to tick the checklist for a show.")
        elif s.status == "preparing":
            text = self.tr("Preparing. Tick what you have done, then press Go on air.")
            color = ""
        elif s.status == "live":
            text = self.tr("On air since %1.").replace("%1", formats.datetime_text(s.started_at))
            problems = len(s.gate.get("findings", [])) + len(s.gate.get("unticked", []))
            if s.overridden:
                text += " " + self.tr("Went on air anyway; %n unresolved problem(s) recorded.", None, problems)
                color = metrics.WARNING_COLOR
        else:
            text = self.tr("Finished at %1. This record is read-only.").replace(
                "%1", formats.datetime_text(s.ended_at))
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")

    def on_data_changed(self, changes) -> None:
        if SESSIONS in (changes.aspects or ()):
            self.refresh_sessions()

    # --- writes -------------------------------------------------------------------------------
    def _toggled(self, item_id: str, checked: bool) -> None:
        s = self.session
        if s is None or s.status == "finished":
            self._apply_session()
            return
        item = self.hub.pack.item(item_id)
        label = item_text(item) if item else item_id
        short = label if len(label) <= 24 else label[:23] + "\u2026"
        command = (TickItem(self.hub, s.id, item_id, self.tr("Tick \u201c%1\u201d").replace("%1", short)) if checked
                   else UntickItem(self.hub, s.id, item_id, self.tr("Untick \u201c%1\u201d").replace("%1", short)))
        try:
            self.context.execute(command)
        except VillageCastError as exc:
            self.context.report_error(exc)
            self.refresh_sessions()

    def new_session(self) -> int | None:
        dialog = NewSessionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.create_session(dialog.title(), dialog.rehearsal())

    def create_session(self, title: str, rehearsal: bool = False) -> int | None:
        """Start a session record (not an undo step: a session is a record of a show) and show it."""
        try:
            session = self.hub.book.create_session(title, rehearsal)
        except VillageCastError as exc:
            self.context.report_error(exc)
            return None
        self.context.publish(sessions_changed())
        self.refresh_sessions(select=session.id)
        return session.id

    def end_session(self) -> None:
        s = self.session
        if s is None or s.status != "live":
            return
        answer = QMessageBox.question(
            self, self.tr("End the broadcast"),
            self.tr("Mark \u201c%1\u201d finished? Its checklist and gate record can no longer change; tick the "
                    "\u201cafter\u201d items first.").replace("%1", s.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.hub.book.finish(s.id)
        except VillageCastError as exc:
            self.context.report_error(exc)
            return
        self.context.publish(sessions_changed())
