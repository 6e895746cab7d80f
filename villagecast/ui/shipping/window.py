"""The shipping and margin window: 包邮 plan, rate cards, packaging presets and fee profiles, one tab each.

Writes go through the shared undo stack (``context.execute``); every tab refreshes on the app's one
change signal. Geometry and the last tab are kept in the settings store (``shipping/…`` keys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from .. import metrics
from .. import settings as config
from ..window_parts import fit_to_screen, tab_actions
from . import words  # noqa: F401  (registers the shipping words with messages)
from .cards_tab import CardsTab
from .item_specs import PRESET, PROFILE
from .items_tab import ItemTab
from .plan_tab import PlanTab

GEOMETRY = config.SHIPPING_GEOMETRY
TAB = config.SHIPPING_TAB
DEFAULT_SIZE = (1280, 700)


class ShippingWindow(QMainWindow):
    """Top-level window over ``context``; ``show_product(sku)`` plans for that product."""

    def __init__(self, context, settings: config.Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("shippingWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.context = context
        self.settings = settings
        self.plan = PlanTab(context, self)
        self.cards = CardsTab(context, self)
        self.cards.default_origin = self.plan.origin_code
        self.presets = ItemTab(context, PRESET, self)
        self.profiles = ItemTab(context, PROFILE, self)
        self.tabs = QTabWidget(objectName="shippingTabs")
        for tab in (self.plan, self.cards, self.presets, self.profiles):
            self.tabs.addTab(tab, "")
        self.setCentralWidget(self.tabs)
        self.demo_label = QLabel(objectName="shippingDemoLabel")
        self.statusBar().addPermanentWidget(self.demo_label)
        self.setMinimumSize(*metrics.MINIMUM_WINDOW_SIZE)
        self._build_actions()
        context.signals.data_changed.connect(self.on_data_changed)
        self.retranslate_ui()
        self._restore()

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self, objectName="shippingImportAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: (self.tabs.setCurrentWidget(self.cards), self.cards.import_dialog()))
        self.export_plan_action = QAction(self, objectName="shippingExportPlanAction")
        self.export_plan_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_plan_action.triggered.connect(lambda: (self.tabs.setCurrentWidget(self.plan),
                                                           self.plan.export_policy()))
        self.close_action = QAction(self, objectName="shippingCloseAction")
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.file_menu.addActions([self.import_action, self.export_plan_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self.context.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.view_menu = bar.addMenu("")
        self.tab_actions = tab_actions(self, self.tabs, "shipping")
        self.view_menu.addActions(self.tab_actions)

    # --- text and size ----------------------------------------------------------------------------
    def retranslate_ui(self, *_args) -> None:
        """Set every text again (connect to ``Translations.switched``)."""
        self.setWindowTitle(self.tr("Shipping and margin \u2014 VillageCast"))
        titles = (self.tr("Free-shipping &plan"), self.tr("&Rate cards"), self.tr("Pac&kaging"), self.tr("&Fees"))
        for n, title in enumerate(titles):
            self.tabs.setTabText(n, title)
            self.tab_actions[n].setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.import_action.setText(self.tr("&Import rate cards…"))
        self.export_plan_action.setText(self.tr("&Export the free-shipping policy…"))
        self.close_action.setText(self.tr("&Close"))
        if self.context.is_demo:
            self.demo_label.setText("<b style='color:{}'>{}</b>".format(
                metrics.DEMO_COLOR, self.tr("DEMO catalogue with sample data, not your own")))
        for tab in (self.plan, self.cards, self.presets, self.profiles):
            tab.retranslate()

    def rescale(self) -> None:
        """After the UI scale changed (call from the main window's ``rescale``)."""
        for tab in (self.plan, self.cards, self.presets, self.profiles):
            tab.rescale()

    # --- behaviour ------------------------------------------------------------------------------
    def show_product(self, sku: str | None) -> bool:
        """Open the plan tab on ``sku``; False when there is no such product (the plan keeps its product)."""
        self.tabs.setCurrentWidget(self.plan)
        return self.plan.show_product(sku)

    def on_data_changed(self, changes) -> None:
        self.plan.on_data_changed(changes)
        if "shipping" in changes.aspects:
            self.cards.refresh()
            self.presets.refresh()
            self.profiles.refresh()

    # --- window state -----------------------------------------------------------------------------
    def _restore(self) -> None:
        if not self.restoreGeometry(self.settings.get(GEOMETRY)):
            fit_to_screen(self, DEFAULT_SIZE, center=True)
        index = self.settings.get(TAB)
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)

    def save_settings(self) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(TAB, self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_settings()
        super().closeEvent(event)
