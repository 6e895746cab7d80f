"""The read-only detail pane: every fact of the selected product, as HTML in a QTextBrowser."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTextBrowser

from ...core import nutrition
from ...core.errors import NotFound
from . import detail_html


class ProductDetail(QTextBrowser):
    """Shows one product by SKU; ``refresh()`` re-reads it after a change, keeping the scroll position."""

    def __init__(self, catalogue=None, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._sku: str | None = None
        self._product_id: int | None = None
        self._shown: tuple | None = None  # (product, facts) last shown, for re-rendering without a query
        self.setObjectName("productDetail")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.document().setDefaultStyleSheet(detail_html.STYLE_SHEET)
        self.document().setDocumentMargin(12)
        self.setHtml(detail_html.placeholder())

    def set_catalogue(self, catalogue) -> None:
        """Read products from ``catalogue`` from now on."""
        self._catalogue = catalogue
        self.show_product(None)

    @property
    def current_sku(self) -> str | None:
        return self._sku

    def show_product(self, sku: str | None) -> None:
        """Show ``sku`` (None or a vanished SKU shows the placeholder)."""
        keep_scroll = sku is not None and sku == self._sku
        position = self.verticalScrollBar().value()
        self._sku = sku
        self.setHtml(self._html(sku))
        if keep_scroll:
            self.verticalScrollBar().setValue(position)

    def refresh(self, changes=None) -> None:
        """Re-read the shown product when ``changes`` (a core ``Changes``, None = anything) names it."""
        if self._sku is None:
            return
        if changes is not None and self._product_id not in getattr(changes, "product_ids", ()):
            return
        self.show_product(self._sku)

    def retranslate(self) -> None:
        """Render the shown product again in the new language, from what was last read."""
        position = self.verticalScrollBar().value()
        html = detail_html.product_html(*self._shown) if self._shown else detail_html.placeholder()
        self.setHtml(html)
        self.verticalScrollBar().setValue(position)

    def _html(self, sku: str | None) -> str:
        self._product_id = None
        self._shown = None
        if sku is None or self._catalogue is None:
            return detail_html.placeholder()
        try:
            product = self._catalogue.get(sku)
            on_hand = self._catalogue.on_hand(sku)
            reference = self._catalogue.reference_price(sku)
        except NotFound:
            self._sku = None
            return detail_html.placeholder()
        self._product_id = product.id
        today = date.today()
        facts = detail_html.Facts(on_hand, reference, today, nutrition.edition_for(today))
        self._shown = (product, facts)
        return detail_html.product_html(product, facts)
