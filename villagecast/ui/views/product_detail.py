"""The read-only detail pane: every fact of the selected product, as HTML in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from ...core.errors import NotFound


def _pages():
    """The HTML builder, imported on first use: the pane fills only after the window's first paint."""
    from . import detail_html

    return detail_html


class ProductDetail(QTextBrowser):
    """Shows one product by SKU; ``refresh()`` re-reads it after a change, keeping the scroll position."""

    def __init__(self, catalogue=None, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._context = None  # its attachments folder is opened on the first photo, not before the first paint
        self._sku: str | None = None
        self._product_id: int | None = None
        self._shown: tuple | None = None  # (product, facts) last shown, for re-rendering without a query
        self.setObjectName("productDetail")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self._styled = False  # style sheet and margins are set with the first content

    def set_catalogue(self, catalogue, context=None) -> None:
        """Read products from ``catalogue`` (photos from ``context.files``) from the next ``show_product``."""
        self._catalogue = catalogue
        self._context = context
        self._sku = self._product_id = self._shown = None

    @property
    def current_sku(self) -> str | None:
        return self._sku

    def show_product(self, sku: str | None) -> None:
        """Show ``sku`` (None or a vanished SKU shows the placeholder)."""
        keep_scroll = sku is not None and sku == self._sku
        position = self.verticalScrollBar().value()
        self._sku = sku
        self._set_html(self._html(sku))
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
        self.setAccessibleName(QCoreApplication.translate("ProductDetail", "Product overview"))
        if not self._styled:
            return  # nothing shown yet
        position = self.verticalScrollBar().value()
        pages = _pages()
        self._set_html(pages.product_html(*self._shown) if self._shown else pages.placeholder())
        self.verticalScrollBar().setValue(position)

    def _set_html(self, html: str) -> None:
        if not self._styled:
            self._styled = True
            self.document().setDefaultStyleSheet(_pages().STYLE_SHEET)
            self.document().setDocumentMargin(12)
        self.setHtml(html)

    def _cover_url(self, product) -> str:
        if not product.photos or self._context is None:
            return ""
        from PySide6.QtCore import QUrl

        from ...core.errors import FileError

        try:
            path = self._context.files.path(product.photos[0].thumb)
        except FileError:
            return ""
        return QUrl.fromLocalFile(str(path)).toString() if path.is_file() else ""

    def _html(self, sku: str | None) -> str:
        from datetime import date

        from ...core import nutrition

        pages = _pages()
        self._product_id = None
        self._shown = None
        if sku is None or self._catalogue is None:
            return pages.placeholder()
        try:
            product = self._catalogue.get(sku)
            on_hand = self._catalogue.on_hand(sku)
            reference = self._catalogue.reference_price(sku)
        except NotFound:
            self._sku = None
            return pages.placeholder()
        self._product_id = product.id
        today = date.today()
        facts = pages.Facts(on_hand, reference, today, nutrition.edition_for(today), self._cover_url(product))
        self._shown = (product, facts)
        return pages.product_html(product, facts)
