"""The operator window: what the helper (or the anchor, on the laptop) works with beside the prompter.

The segment on air with its elapsed and planned time, the show's, due reminders across the top; the run sheet
on the left (click / Enter puts a segment on air); tabs: Sell (+1, +N, stock per product, flash sale), Script
(edit the segment on air), Corrections, Checklist (reminders), Prompter (controls, screen, keys).

Keys (they do not clash with the prompter's, which use no Ctrl): Ctrl+1 sells one, Ctrl+2 sells +N, Ctrl+Z /
Ctrl+Shift+Z undo and redo, Ctrl+Space pauses or resumes the prompter; the prompter's next/previous keys
(PgDown/PgUp, Right/Left — what clickers send) move the segment here too, except inside a text box that uses
them. Closing the window asks: finish the show, or close and resume later at the same line. A rehearsal (a show
on the demo catalogue) says REHEARSAL beside the Finish button and in the title.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...broadcast_messages import KIND_NAMES, label
from ...core.broadcast.clock import clock_text
from .. import metrics
from ..i18n import Translations
from ..prompter.style import REHEARSAL
from . import live_resume
from .live_document import spent_s
from .operator_flash import FlashSaleBox
from .operator_notes import ChecklistPanel, CorrectionsPanel, RemindersBar
from .operator_prompter import PrompterPanel
from .operator_sales import SalesPanel
from .operator_script import ScriptPanel
from .operator_sheet import SheetList

SHEET_SHARE = 0.34  # of the width, for the run sheet
SHEET_MIN_CHARS = 16  # the least the run sheet keeps when the tabs need the room
OVER_RED = 1.25  # as the prompter: amber when over the plan, red beyond this share


class OperatorWindow(QMainWindow):
    """Built by ``LiveController``; everything reads the controller (the core's records) again on ``changed``."""

    def __init__(self, controller):
        super().__init__(controller.parent_window())
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("operatorWindow")
        self.controller = controller
        self._quiet = False
        self._log: list = []
        self.now_label = QLabel(objectName="operatorNow")
        self.now_label.setWordWrap(True)
        self.now_label.setStyleSheet("font-weight: bold;")
        self.times_label = QLabel(objectName="operatorTimes")
        self.times_label.setWordWrap(True)
        self.finish_button = QPushButton(objectName="finishShowButton")
        self.finish_button.setStyleSheet(f"color: {metrics.DANGER_COLOR}; font-weight: bold;")
        self.finish_button.clicked.connect(lambda: self.controller.finish())
        self.rehearsal_label = QLabel(objectName="operatorRehearsal")
        self.rehearsal_label.setStyleSheet(f"QLabel {{ background: {REHEARSAL}; color: white; font-weight: bold;"
                                           " padding: 2px 12px; border-radius: 4px; }")
        self.rehearsal_label.setVisible(controller.rehearsal)
        self.reminders = RemindersBar(controller)
        self.sheet = SheetList(controller)
        self.sales = SalesPanel(controller)
        self.flash = FlashSaleBox(controller, self.sales.sku)
        self.sales.picker.currentIndexChanged.connect(lambda _i: self.flash.refresh())
        self.script = ScriptPanel(controller)
        self.corrections = CorrectionsPanel(controller)
        self.checklist = ChecklistPanel(controller)
        self.prompter_panel = PrompterPanel(controller)
        sell = QWidget(objectName="operatorSellPage")
        box = QVBoxLayout(sell)
        box.addWidget(self.sales, 1)
        box.addWidget(self.flash)
        self.tabs = QTabWidget(objectName="operatorTabs")
        for page in (sell, self.script, self.corrections, self.checklist, self.prompter_panel):
            self.tabs.addTab(_scrolled(page) if page is not self.script else page, "")
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="operatorSplit")
        self.split.addWidget(self.sheet)
        self.split.addWidget(self.tabs)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self._sized = False
        self.status = QLabel(objectName="operatorStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {metrics.DANGER_COLOR};")
        top = QHBoxLayout()
        labels = QVBoxLayout()
        labels.addWidget(self.now_label)
        labels.addWidget(self.times_label)
        top.addLayout(labels, 1)
        top.addWidget(self.rehearsal_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.reminders)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.setMinimumSize(560, 440)
        self._actions()
        self.bind_prompter_keys()
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self.tick)
        controller.reminders_changed.connect(lambda _due: self.checklist.refresh())
        controller.context.signals.error.connect(self.status.setText)
        translations = QCoreApplication.instance().findChild(Translations)
        if translations is not None:
            translations.switched.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.refresh()

    def _actions(self) -> None:
        stack = self.controller.context.undo_stack

        def action(name: str, keys, slot) -> QAction:
            act = QAction(self, objectName=name)
            act.setShortcuts([QKeySequence(k) if isinstance(k, str) else QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.sell_one_action = action("sellOneAction", ["Ctrl+1"], lambda: self.sales.sell(1))
        self.sell_many_action = action("sellManyAction", ["Ctrl+2"],
                                       lambda: self.sales.sell(self.sales.quantity.value()))
        self.undo_action = action("operatorUndo", [QKeySequence.StandardKey.Undo], stack.undo)
        self.redo_action = action("operatorRedo", ["Ctrl+Shift+Z", "Ctrl+Y"], stack.redo)
        self.toggle_action = action("prompterToggleAction", ["Ctrl+Space"], lambda: self.controller.perform("toggle"))
        self._nav_keys: list[QShortcut] = []

    def bind_prompter_keys(self) -> None:
        """The prompter's next / previous keys (clickers, pedals) act here too."""
        for shortcut in self._nav_keys:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._nav_keys = []
        keymap = self.controller.prompter.keymap()
        for action in ("next", "previous"):
            for key in keymap.keys(action):
                shortcut = QShortcut(QKeySequence(key), self, lambda a=action: self.controller.perform(a))
                self._nav_keys.append(shortcut)

    # --- text -----------------------------------------------------------------------------------
    def retranslate_ui(self, *_args) -> None:
        if not self.controller.rehearsal:
            self.setWindowTitle(self.tr("On air: %1 \u2014 VillageCast").replace("%1", self.controller.title))
        else:
            self.setWindowTitle(self.tr("Rehearsal: %1 \u2014 VillageCast").replace("%1", self.controller.title))
        self.rehearsal_label.setText(self.tr("REHEARSAL"))
        self.rehearsal_label.setToolTip(self.tr("A practice run on the demo catalogue: sales and notes go to the "
                                                "demo catalogue only, never to your own."))
        self.finish_button.setText(self.tr("&Finish show\u2026"))
        self.finish_button.setToolTip(self.tr("End the show: the record is closed and the report is offered"))
        for n, title in enumerate((self.tr("&Sell"), self.tr("S&cript"), self.tr("C&orrections"),
                                   self.tr("C&hecklist"), self.tr("P&rompter"))):
            self.tabs.setTabText(n, title)
        for part in (self.sheet, self.sales, self.flash, self.script, self.corrections, self.checklist,
                     self.prompter_panel, self.reminders):
            part.retranslate()
        self.tick()

    def rescale(self) -> None:
        """After the UI scale changed."""
        self.sales.rescale()
        self.sheet.refresh()

    def save_settings(self) -> None:
        """Nothing of its own to keep: the prompter's look, speed, keys and screen are saved as they change."""
        self.controller.settings.sync()

    # --- the records on screen ------------------------------------------------------------------
    def refresh(self) -> None:
        if self.controller.done:
            return
        self._log = list(self.controller.live.repo.log(self.controller.session_id))
        self.sheet.refresh()
        self.sales.refresh()
        self.flash.refresh()
        self.script.refresh()
        self.corrections.refresh()
        self.checklist.refresh()
        self.tick()

    def tick(self) -> None:
        """Every second: times and count-downs."""
        c = self.controller
        if c.done:
            return
        now = c.now()
        segments = c.segments()
        index = c.current()
        seg = segments[index]
        kind = label(KIND_NAMES, seg.kind)
        self.now_label.setText(self.tr("On air: %1 of %2 \u00b7 %3: %4").replace("%1", str(index + 1)).replace(
            "%2", str(len(segments))).replace("%3", kind).replace("%4", seg.title))
        spent, total = spent_s(self._log, index, now), spent_s(self._log, None, now)
        planned = sum(s.planned_s for s in segments if not s.refeature)
        self.times_label.setText(self.tr("This segment %1 of %2 \u00b7 the show %3 of %4").replace(
            "%1", clock_text(spent)).replace("%2", clock_text(seg.planned_s)).replace(
            "%3", clock_text(total)).replace("%4", clock_text(planned)))
        over = max(_share(spent, seg.planned_s), _share(total, planned))
        colour = metrics.DANGER_COLOR if over > OVER_RED else metrics.WARNING_COLOR if over > 1 else ""
        self.times_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.flash.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self.centralWidget().layout().activate()  # the splitter at its real width, not the window's
            self.split.setSizes(self.split_sizes(self.split.width()))

    def split_sizes(self, width: int) -> list[int]:
        """Run sheet and tabs across ``width``: SHEET_SHARE for the sheet, but the tabs get room for every tab
        title when they need it (a window beside the prompter on a 1366 px laptop), the sheet keeping at least
        SHEET_MIN_CHARS characters."""
        tabs = width - int(width * SHEET_SHARE)
        bar = self.tabs.tabBar()
        titles = sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth) + self.split.handleWidth() + 8
        floor = self.sheet.fontMetrics().averageCharWidth() * SHEET_MIN_CHARS
        tabs = max(tabs, min(titles, width - floor))
        return [width - tabs, tabs]

    # --- keys and closing -------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Prompter keys nothing here used (the focus is not in a box or list that takes them) go to the prompter."""
        if not self.controller.done and self.controller.prompter.handle_key(event):
            return
        super().keyPressEvent(event)

    def close_quietly(self) -> None:
        self._quiet = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._quiet or self.controller.done:
            super().closeEvent(event)
            return
        answer = live_resume.ask_close(self, self.controller.title)
        if answer == "cancel":
            event.ignore()
            return
        self._quiet = True  # the controller closes this window too: that close is the one going on now
        if answer == "finish":
            done = self.controller.finish(confirm=False)
        else:
            self.controller.abandon()
            done = True
        if not done:
            self._quiet = False
            event.ignore()
            return
        super().closeEvent(event)


def _share(spent: float, planned: float) -> float:
    return spent / planned if planned else 0.0


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
