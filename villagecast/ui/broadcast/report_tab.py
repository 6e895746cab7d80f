"""The Reports tab: every broadcast session, newest first (title, status, on air from–to, units sold, rehearsal),
and the post-show report of the one selected — a finished show, or one still on air (up to now) — with PDF and
CSV export. A show left on air by a crash can be resumed from here.

Reports are built from the records each time (``build_report``); while the tab is hidden, writes only mark it
stale and it is rebuilt when shown again.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import broadcast_messages as words
from ...core.broadcast.live import LiveSessions
from ...core.broadcast.report import build_report
from ...core.errors import VillageCastError
from ...storage.broadcast_repo import LiveRepository
from . import sheet_air
from .report_export import ReportExport
from .report_view import ReportView, local

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE, STATUS, ON_AIR, UNITS, REHEARSAL = range(5)


class ReportTab(QWidget):
    def __init__(self, context, settings, hub, parent=None):
        super().__init__(parent)
        self.context, self.settings, self.hub = context, settings, hub
        self.report = None  # the Report shown
        self.stale = True
        self.message = None
        self._lives: LiveSessions | None = None
        self.sessions = QTreeWidget(objectName="sessionList")
        self.sessions.setRootIsDecorated(False)
        self.sessions.setColumnCount(5)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAllColumnsShowFocus(True)
        header = self.sessions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (STATUS, ON_AIR, UNITS, REHEARSAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view = ReportView()
        self.scroll = QScrollArea(objectName="reportScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.view)
        self.pdf_button = QPushButton(objectName="exportPdfButton")
        self.csv_button = QPushButton(objectName="exportCsvButton")
        self.resume_button = QPushButton(objectName="resumeShowButton")
        self.export = ReportExport(self, settings, hub)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resume_button)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(buttons)
        box.addWidget(self.scroll, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="reportSplitter")
        self.split.addWidget(self.sessions)
        self.split.addWidget(right)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.split)
        self.sessions.currentItemChanged.connect(lambda _c, _p: self.show_current())
        self.pdf_button.clicked.connect(lambda: self.export.export_pdf(self.report))
        self.csv_button.clicked.connect(lambda: self.export.export_csv(self.report))
        self.resume_button.clicked.connect(lambda: self.resume())

    @property
    def lives(self) -> LiveSessions:
        if self._lives is None or self._lives.pack is not self.hub.pack:
            self._lives = LiveSessions(LiveRepository(self.context.db), self.context.catalogue, self.hub.book,
                                       pack=self.hub.pack)
        return self._lives

    def retranslate(self) -> None:
        self.sessions.setHeaderLabels([self.tr("Session"), self.tr("Status"), self.tr("On air"), self.tr("Units"),
                                       self.tr("Rehearsal")])
        self.sessions.setAccessibleName(self.tr("Broadcast sessions"))
        self.view.setAccessibleName(self.tr("Post-show report"))
        self.pdf_button.setText(self.tr("Export &PDF\u2026"))
        self.pdf_button.setToolTip(self.tr("Save this report as an A4 PDF with the chart of units sold"))
        self.csv_button.setText(self.tr("Export CS&V\u2026"))
        self.csv_button.setToolTip(self.tr("Save this report as CSV for Excel or WPS (UTF-8)"))
        self.resume_button.setText(self.tr("&Resume the show\u2026"))
        self.resume_button.setToolTip(self.tr("This show was still on air when VillageCast stopped: take it up again "
                                              "at the same line with the same numbers"))
        self.stale = True
        self.ensure_fresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.ensure_fresh()

    # --- sessions ---------------------------------------------------------------------------------------
    def ensure_fresh(self) -> None:
        """Rebuild the list and the report if something was written while the tab was hidden."""
        if self.stale and self.isVisible():
            self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.stale = False
        keep = select if select is not None else self.current_session_id()
        lives = self.lives
        self.sessions.blockSignals(True)
        self.sessions.clear()
        chosen = None
        for s in self.hub.book.sessions():
            day = datetime.fromisoformat(s.started_at).astimezone().date() if s.started_at else None
            on_air = (local(s.started_at, short=True) + " \u2013 " + (local(s.ended_at, day, True) if s.ended_at
                                                                         else "\u2026")
                      if s.started_at else "")
            units = sum(x.quantity for x in lives.repo.sales(s.id))
            item = QTreeWidgetItem([s.title, words.label(words.STATUS_NAMES, s.status), on_air, str(units),
                                    self.tr("rehearsal") if s.rehearsal else ""])
            item.setData(0, ID_ROLE, s.id)
            item.setTextAlignment(UNITS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(TITLE, s.title)
            self.sessions.addTopLevelItem(item)
            if s.id == keep or chosen is None and keep is None:
                chosen = item
        if chosen is None and self.sessions.topLevelItemCount():
            chosen = self.sessions.topLevelItem(0)
        self.sessions.setCurrentItem(chosen)
        self.sessions.blockSignals(False)
        self.show_current()

    def current_session_id(self) -> int | None:
        item = self.sessions.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def show_session(self, session_id: int) -> None:
        self.refresh(select=session_id)

    def show_current(self) -> None:
        """The report of the selected session (a show not yet on air has none)."""
        sid = self.current_session_id()
        self.report = None
        resumable = False
        if sid is None:
            self.view.show_message(self.tr("No broadcast sessions yet. Reports appear here once a show has gone on "
                                           "air."))
        else:
            try:
                session = self.hub.book.session(sid)
                if session.status == "preparing":
                    self.view.show_message(self.tr("\u201c%1\u201d has not gone on air yet: nothing to report.")
                                           .replace("%1", session.title))
                else:
                    self.report = build_report(self.lives, sid, self.hub.pack)
                    self.view.show_report(self.report, self.hub.pack)
                    resumable = session.status == "live" and sid in {r.session_id for r in self.lives.resumable()}
            except VillageCastError as exc:
                self.view.show_message(words.describe_error(exc))
        self.pdf_button.setEnabled(self.report is not None)
        self.csv_button.setEnabled(self.report is not None)
        self.resume_button.setVisible(resumable)

    def on_data_changed(self, changes) -> None:
        aspects = changes.aspects or set()
        if changes.product_ids or not aspects or "sessions" in aspects:
            self.stale = True
            self.ensure_fresh()

    def resume(self) -> bool:
        """``live_controller.offer_resume`` (True when a show was taken up again)."""
        resumed = sheet_air.resume(self)
        self.stale = True
        self.ensure_fresh()
        return resumed
