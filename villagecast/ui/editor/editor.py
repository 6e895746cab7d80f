"""The product editor: a list of sections beside the selected one; the overview is the first.

Sections other than the overview are built the first time they are shown, so opening the window
costs nothing more than the overview pane. Every save is one ``SaveProduct`` on the undo stack.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMessageBox, QStackedWidget, QWidget

from ...core.errors import NotFound, ValidationError, VillageCastError
from ...core.product import Product
from ..views.product_detail import ProductDetail

CONTEXT = "ProductEditor"
translate = QCoreApplication.translate  # literal contexts, so lupdate sees every text
# (key, title, module, class); the overview (None) is the read-only detail pane.
SECTIONS = (
    ("overview", QT_TRANSLATE_NOOP("ProductEditor", "Overview"), None, None),
    ("basics", QT_TRANSLATE_NOOP("ProductEditor", "Basics"), "basics", "BasicsPanel"),
    ("points", QT_TRANSLATE_NOOP("ProductEditor", "Talking points"), "points", "TalkingPointsPanel"),
    ("evidence", QT_TRANSLATE_NOOP("ProductEditor", "Certificates"), "evidence", "EvidencePanel"),
    ("nutrition", QT_TRANSLATE_NOOP("ProductEditor", "Nutrition"), "nutrition_panel", "NutritionPanel"),
    ("photos", QT_TRANSLATE_NOOP("ProductEditor", "Photos"), "photos", "PhotosPanel"),
    ("links", QT_TRANSLATE_NOOP("ProductEditor", "Shop links"), "links", "ShopLinksPanel"),
    ("audit", QT_TRANSLATE_NOOP("ProductEditor", "Selection review"), "audit_panel", "AuditPanel"),
    ("stock", QT_TRANSLATE_NOOP("ProductEditor", "Stock"), "stock", "StockPanel"),
    ("price", QT_TRANSLATE_NOOP("ProductEditor", "Price"), "price", "PricePanel"),
)
KEYS = tuple(key for key, *_ in SECTIONS)


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ProductEditor(QWidget):
    """Section list + the current section for the selected product (by SKU)."""

    section_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("productEditor")
        self.context = None
        self._sku: str | None = None
        self._product: Product | None = None
        self._loaded = False  # _product is read for _sku
        self.panels: dict[str, QWidget] = {}
        self.sections = QListWidget(objectName="editorSections")
        self.sections.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(objectName="editorStack")
        self.detail = ProductDetail(None, self)
        self.stack.addWidget(self.detail)
        self.panels["overview"] = self.detail
        for _ in SECTIONS:
            QListWidgetItem(self.sections)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.sections)
        box.addWidget(self.stack, 1)
        self.sections.currentRowChanged.connect(self._on_section)
        self.sections.setCurrentRow(0)
        self.retranslate()

    # --- wiring ---------------------------------------------------------------------------------
    def set_context(self, context) -> None:
        self.context = context
        self.detail.set_catalogue(context.catalogue, context)

    @property
    def current_sku(self) -> str | None:
        return self._sku

    @property
    def section(self) -> str:
        return KEYS[max(0, self.sections.currentRow())]

    def set_section(self, key: str) -> None:
        self.sections.setCurrentRow(KEYS.index(key) if key in KEYS else 0)

    def step_section(self, delta: int) -> None:
        self.sections.setCurrentRow((self.sections.currentRow() + delta) % len(SECTIONS))

    def panel(self, key: str):
        """The section widget for ``key``, built on first use."""
        if key not in self.panels:
            _, _, module, cls = SECTIONS[KEYS.index(key)]
            panel = getattr(importlib.import_module(f"{__package__}.{module}"), cls)(self)
            panel.setObjectName(f"{key}Panel")
            self.panels[key] = panel
            self.stack.addWidget(panel)
        return self.panels[key]

    # --- showing --------------------------------------------------------------------------------
    def show_product(self, sku: str | None) -> None:
        """Show ``sku`` in the overview and the current section; the others catch up when shown."""
        self._sku, self._loaded, self._product = sku, False, None  # no stale product of the previous SKU
        self.detail.show_product(sku)
        self._fill_current()

    def refresh(self, changes=None) -> None:
        """Re-read the shown product when ``changes`` names it (or when ``changes`` is None)."""
        self.detail.refresh(changes)  # the overview knows which product it shows and filters itself
        pid = self._product.id if self._product is not None else None
        if changes is not None and pid is not None and pid not in changes.product_ids:
            return
        self._loaded = False
        self._fill_current()

    def product(self) -> Product | None:
        """The stored state of the shown product (read once per change)."""
        if not self._loaded:
            self._loaded = True
            self._product = None
            if self._sku is not None and self.context is not None:
                try:
                    self._product = self.context.catalogue.get(self._sku)
                except NotFound:
                    self._sku = None
        return self._product

    def _fill_current(self) -> None:
        key = self.section
        if key != "overview":
            self.panel(key).show_product(self.product())

    def _on_section(self, row: int) -> None:
        if row < 0:
            return
        key = KEYS[row]
        widget = self.panel(key)
        self.stack.setCurrentWidget(widget)
        if key != "overview":
            widget.show_product(self.product())
        self.section_changed.emit(key)

    def retranslate(self) -> None:
        for row, (_, title, _, _) in enumerate(SECTIONS):
            item = self.sections.item(row)
            item.setText(translated(title))
            shortcut = f"Ctrl+{row + 1}"
            item.setToolTip(translate("ProductEditor", "%1 (%2)").replace("%1", translated(title)).replace(
                "%2", shortcut))
        width = max(self.sections.fontMetrics().horizontalAdvance(translated(t)) for _, t, _, _ in SECTIONS)
        self.sections.setFixedWidth(width + 28)
        self.sections.setAccessibleName(translate("ProductEditor", "Product sections"))
        self.detail.retranslate()
        for key, panel in self.panels.items():
            if key != "overview":
                panel.retranslate()

    # --- saving ---------------------------------------------------------------------------------
    def save(self, before: Product | None, after: Product, what: str):
        """Store ``after`` over ``before`` as one undo step named by ``what`` and the product's name.

        Returns a ``panel.SaveResult`` (imported here, not at start-up).
        """
        from ..commands import SaveProduct
        from .panel import SaveResult

        if before is None or self.context is None:
            return SaveResult(False)
        text = translate("ProductEditor", "%1 of %2").replace("%1", what).replace("%2", after.name_zh or after.sku)
        try:
            changes = self.context.execute(SaveProduct(self.context, before, after, text))
        except ValidationError as exc:
            return SaveResult(False, exc.issues)
        except VillageCastError as exc:
            self.report(exc)
            return SaveResult(False)
        self._sku = after.sku
        return SaveResult(True, changes.warnings)

    def report(self, exc: BaseException) -> None:
        """A write failed for a reason outside the form (locked or full disk): say so, in words."""
        from ... import messages

        QMessageBox.warning(self, translate("ProductEditor", "Not saved"), messages.describe_error(exc))
