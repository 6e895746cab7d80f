"""The pre-broadcast gate: unresolved must-change wording in the show's scripts and unticked "before" items.

"Go on air" when the gate is clear; otherwise "Go on air anyway", which asks first. Both record the gate
with the session (``Broadcasts.go_live``); going on air with anything unresolved is recorded as overridden.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...compliance_messages import describe_finding
from ...core.errors import VillageCastError
from ...messages import describe_error
from .. import metrics
from .commands import TickItem
from .hub import Hub, sessions_changed
from .words import item_text

ID_ROLE = Qt.ItemDataRole.UserRole


def show_scripts(hub: Hub) -> list:
    """The default pick for a show: every free script and the scripts of approved products."""
    approved = {r["sku"] for r in hub.context.catalogue.list_rows() if r["approved"]}
    return [s for s in hub.book.scripts() if s.sku is None or s.sku in approved]


def block_findings(hub: Hub, scripts, today: date | None = None) -> list[tuple]:
    """(script, finding) for every must-change finding of ``scripts``, checked with their products."""
    today = today or date.today()
    contexts: dict[str, object] = {}
    out = []
    for script in scripts:
        if script.sku is not None and script.sku not in contexts:
            contexts[script.sku] = hub.product_context(script.sku, today)
        product = contexts.get(script.sku) if script.sku is not None else None
        for finding in hub.check(script.text, product, today).blocks:
            out.append((script, finding))
    return out


def unticked_before(hub: Hub, session, today: date | None = None) -> list:
    """Checklist items of the "before" phase (with "always" ones) in force and not ticked in ``session``."""
    today = today or date.today()
    ticked = session.ticked()
    return [i for i in hub.pack.checklist if i.in_phase("before") and i.in_force(today) and i.id not in ticked]


class GateDialog(QDialog):
    """``session`` is the Session as recorded after going on air (None until then)."""

    def __init__(self, hub: Hub, session_id: int, scripts=None, parent=None):
        super().__init__(parent)
        self.setObjectName("gateDialog")
        self.hub = hub
        self.context = hub.context
        self.session_id = session_id
        self.session = None
        self.findings: list[tuple] = []
        self.unticked: list = []
        record = hub.book.session(session_id)
        self.setWindowTitle(self.tr("Go on air: %1").replace("%1", record.title))
        chosen = {s.id for s in (scripts if scripts is not None else show_scripts(hub))}
        rows = {r["sku"]: r for r in self.context.catalogue.list_rows()}
        intro = QLabel(self.tr("Before you go on air, check what is still open. Going on air anyway is allowed, "
                               "and recorded with the session."))
        intro.setWordWrap(True)
        self.script_list = QListWidget(objectName="gateScripts")
        self.script_list.setAccessibleName(self.tr("Scripts for this show"))
        stored = hub.book.scripts()
        unsaved = [s for s in (scripts or ()) if s.id is not None and s.id < 0]  # e.g. a run sheet's own copies
        for script in unsaved + stored:
            if script.sku is None:
                label = self.tr("%1 (free script)").replace("%1", script.title)
            else:
                row = rows.get(script.sku, {})
                label = f"{script.title} \u2014 {row.get('name_zh', '')} {script.sku}"
                if not row.get("approved"):
                    label += " " + self.tr("(not approved for broadcast)")
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if script.id in chosen else Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, script)
            self.script_list.addItem(item)
        self.script_list.itemChanged.connect(lambda _item: self.recompute())
        self.finding_tree = QTableWidget(0, 3, objectName="gateFindings")
        self.finding_tree.setWordWrap(True)
        self.finding_tree.setShowGrid(False)
        self.finding_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.finding_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.finding_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.finding_tree.setTabKeyNavigation(False)
        self.finding_tree.verticalHeader().hide()
        self.finding_tree.setHorizontalHeaderLabels([self.tr("Script"), self.tr("Wording"), self.tr("Why")])
        self.finding_tree.setAccessibleName(self.tr("Must-change wording"))
        header = self.finding_tree.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._rows = QTimer(self, singleShot=True, interval=0)  # row heights once the columns settled
        self._rows.timeout.connect(self.finding_tree.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows.start())
        self.item_list = QListWidget(objectName="gateItems")
        self.item_list.setWordWrap(True)
        self.item_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.item_list.setAccessibleName(self.tr("Checklist items still to do before the broadcast"))
        self.item_list.itemChanged.connect(self._item_ticked)
        self.script_heading, self.finding_heading, self.item_heading = QLabel(), QLabel(), QLabel()
        for label in (self.script_heading, self.finding_heading, self.item_heading):
            label.setStyleSheet("font-weight: bold;")
        self.script_heading.setText(self.tr("Scripts for this show"))
        self.summary = QLabel(objectName="gateSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("goOnAirButton")
        self.go_button.clicked.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        for heading, widget in ((self.script_heading, self.script_list), (self.finding_heading, self.finding_tree),
                                (self.item_heading, self.item_list)):
            part = QWidget()  # keeps a heading with its list in the splitter
            box = QVBoxLayout(part)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(heading)
            box.addWidget(widget, 1)
            split.addWidget(part)
        split.setChildrenCollapsible(False)
        for n, share in enumerate((1, 2, 2)):
            split.setStretchFactor(n, share)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._size()
        self.recompute()

    def _size(self) -> None:
        """About 60 characters wide, most of the screen's height: the lists need the room."""
        em = self.fontMetrics().horizontalAdvance("\u4e2d")
        width, height = 60 * em, 40 * self.fontMetrics().height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, int(available.width() * 0.9)), min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def chosen_scripts(self) -> list:
        return [self.script_list.item(n).data(ID_ROLE) for n in range(self.script_list.count())
                if self.script_list.item(n).checkState() == Qt.CheckState.Checked]

    def recompute(self) -> None:
        """Scan the chosen scripts and read the session's ticks again."""
        today = date.today()
        self.findings = block_findings(self.hub, self.chosen_scripts(), today)
        self.unticked = unticked_before(self.hub, self.hub.book.session(self.session_id), today)
        self.finding_tree.setRowCount(len(self.findings))
        for n, (script, f) in enumerate(self.findings):
            why = describe_finding(f)
            for col, text in enumerate((script.title, f.text, why)):
                item = QTableWidgetItem(text)
                item.setToolTip(why)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.finding_tree.setItem(n, col, item)
        self.finding_tree.resizeRowsToContents()
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for check in self.unticked:
            item = QListWidgetItem(f"{check.id}  {item_text(check)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, check.id)
            item.setToolTip(self.tr("Tick it here once it is done"))
            self.item_list.addItem(item)
        self.item_list.blockSignals(False)
        n_f, n_i = len(self.findings), len(self.unticked)
        self.finding_heading.setText(self.tr("Must-change wording: %n", None, n_f))
        self.item_heading.setText(self.tr("\u201cBefore\u201d checklist items not ticked: %n", None, n_i))
        if self.clear():
            self.summary.setText(self.tr("All clear: no must-change wording, and every \u201cbefore\u201d item is ticked."))
            self.summary.setStyleSheet(f"color: {metrics.OK_COLOR}; font-weight: bold;")
            self.go_button.setText(self.tr("Go on &air"))
        else:
            self.summary.setText(self.tr("%n problem(s) unresolved. Going on air anyway records them with this "
                                         "session.", None, n_f + n_i))
            self.summary.setStyleSheet(f"color: {metrics.WARNING_COLOR}; font-weight: bold;")
            self.go_button.setText(self.tr("Go on air &anyway\u2026"))
        self.go_button.setDefault(True)

    def clear(self) -> bool:
        return not self.findings and not self.unticked

    def gate(self) -> dict:
        """The gate as plain data, as ``go_live`` records it."""
        return {"findings": [{"script": s.title, "sku": s.sku, "rule": f.rule, "text": f.text, "start": f.start,
                              "end": f.end} for s, f in self.findings],
                "unticked": [i.id for i in self.unticked]}

    def _item_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() != Qt.CheckState.Checked:
            return
        check = self.hub.pack.item(item.data(ID_ROLE))
        text = item_text(check) if check else item.data(ID_ROLE)
        short = text if len(text) <= 24 else text[:23] + "\u2026"
        try:
            self.context.execute(TickItem(self.hub, self.session_id, item.data(ID_ROLE),
                                          self.tr("Tick \u201c%1\u201d").replace("%1", short)))
        except VillageCastError as exc:
            QMessageBox.warning(self, self.windowTitle(), describe_error(exc))
        self.recompute()

    def go(self) -> None:
        self.recompute()
        if not self.clear():
            answer = QMessageBox.question(
                self, self.tr("Go on air anyway?"),
                self.tr("%n problem(s) are unresolved. They will be recorded with this session as gone on air "
                        "anyway. Go on air?", None, len(self.findings) + len(self.unticked)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.session = self.hub.book.go_live(self.session_id, self.gate())
        except VillageCastError as exc:
            QMessageBox.warning(self, self.windowTitle(), describe_error(exc))
            return
        self.context.publish(sessions_changed())
        self.accept()


def open_gate(parent, context, session_id: int, scripts=None, *, hub: Hub | None = None):
    """Show the gate for ``session_id``; the Session once on air, None when cancelled.

    ``scripts`` are the ones picked for the show (default: free scripts and approved products' scripts).
    """
    hub = hub or getattr(parent, "hub", None) or Hub(context, parent)
    dialog = GateDialog(hub, session_id, scripts, parent)
    try:
        dialog.exec()
        return dialog.session
    finally:
        dialog.deleteLater()
