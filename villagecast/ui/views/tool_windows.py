"""The main window's Tools menu: the windows beside the catalogue (scripts and checklist, shipping and 包邮).

Each window is built on first use, kept as one instance, follows the current product when opened, and
is retranslated, rescaled and has its layout saved together with the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


class ToolWindows:
    """Actions that open the tool windows, and the windows once opened."""

    def __init__(self, main_window):
        self.main = main_window
        self.windows: dict[str, object] = {}
        self.shipping_action = QAction(main_window, objectName="shippingAction")
        self.shipping_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.shipping_action.triggered.connect(self.open_shipping)
        self.compliance_action = QAction(main_window, objectName="complianceAction")
        self.compliance_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.compliance_action.triggered.connect(self.open_compliance)
        self.broadcast_action = QAction(main_window, objectName="broadcastAction")
        self.broadcast_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.broadcast_action.triggered.connect(self.open_broadcast)
        self.menu = None

    def install(self, menu_bar) -> None:
        """Add the Tools menu before Help."""
        self.menu = menu_bar.addMenu("")
        self.menu.addAction(self.broadcast_action)
        self.menu.addAction(self.compliance_action)
        self.menu.addAction(self.shipping_action)

    def actions(self) -> list[QAction]:
        return [self.broadcast_action, self.compliance_action, self.shipping_action]

    def open_shipping(self):
        """Show the shipping window on the product selected in the catalogue."""
        if self.main.context is None:
            return None
        window = self.windows.get("shipping")
        if window is None:
            from ..shipping import ShippingWindow

            window = self.windows["shipping"] = ShippingWindow(self.main.context, self.main.settings, self.main)
        window.show_product(self.main.current_sku())
        self._raise(window)
        return window

    def open_compliance(self):
        """Show the scripts and checklist window, on the selected product's scripts."""
        if self.main.context is None:
            return None
        from ..compliance import show_compliance

        window = self.windows["compliance"] = show_compliance(self.main, self.main.context, self.main.settings,
                                                              self.main.current_sku())
        return window

    def open_broadcast(self):
        """Show the broadcast window (run sheets, going on air, reports), the selected product ready to add."""
        if self.main.context is None:
            return None
        from ..broadcast import show_broadcast

        window = self.windows["broadcast"] = show_broadcast(self.main, self.main.context, self.main.settings,
                                                            self.main.current_sku())
        return window

    @staticmethod
    def _raise(window) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(translate("ToolWindows", "&Tools"))
        self.shipping_action.setText(translate("ToolWindows", "&Shipping and free-shipping plan…"))
        self.shipping_action.setToolTip(translate("ToolWindows", "Rate cards, parcel costs, margins per province "
                                                  "and where to offer free shipping (包邮)"))
        self.broadcast_action.setText(translate("ToolWindows", "&Broadcast: run sheets and reports…"))
        self.broadcast_action.setToolTip(translate("ToolWindows", "Plan the show (排品) with every script checked, "
                                                   "go on air, and read the post-show reports"))
        self.compliance_action.setText(translate("ToolWindows", "S&cripts and checklist…"))
        self.compliance_action.setToolTip(translate("ToolWindows", "Live scripts checked as you type, the checklist "
                                                    "of each broadcast, and the check before going on air"))
        for window in self.windows.values():
            window.retranslate_ui()

    def rescale(self) -> None:
        for window in self.windows.values():
            window.rescale()
        from ..broadcast.live_controller import active

        if active():
            active().operator.rescale()

    def save_settings(self) -> None:
        for window in self.windows.values():
            window.save_settings()

    def close_all(self) -> None:
        """Close the tool windows (each saves what is being typed and its layout)."""
        for window in self.windows.values():
            window.close()
