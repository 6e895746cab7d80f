"""The product list: a thin Qt table model over ``Catalogue.list_rows()`` with search and sort.

Sorting and filtering live here, in Python over plain dicts, rather than in a
``QSortFilterProxyModel``, whose per-cell Python ``data()`` calls are far too slow at 10,000 rows.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from ... import messages
from .. import formats, metrics

CONTEXT = "ProductListModel"
SkuRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Columns in display order."""

    SKU = 0
    NAME = 1
    ORIGIN = 2
    PRICE = 3
    STOCK = 4
    CATEGORY = 5
    STATUS = 6


HEADERS = {
    Column.SKU: QT_TRANSLATE_NOOP("ProductListModel", "SKU"),
    Column.NAME: QT_TRANSLATE_NOOP("ProductListModel", "Name"),
    Column.ORIGIN: QT_TRANSLATE_NOOP("ProductListModel", "Origin"),
    Column.PRICE: QT_TRANSLATE_NOOP("ProductListModel", "Live ¥"),
    Column.STOCK: QT_TRANSLATE_NOOP("ProductListModel", "Stock"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("ProductListModel", "Category"),
    Column.STATUS: QT_TRANSLATE_NOOP("ProductListModel", "On-air check"),
}
NUMERIC = frozenset((Column.PRICE, Column.STOCK))
# Plain ints and tuples for the calls the view makes per painted cell and header section (an enum lookup or
# comparison there is a Python call each time).
COLUMN_COUNT = len(Column)
HEADER_TEXTS = tuple(HEADERS[c] for c in Column)
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def origin_text(row: dict) -> str:
    """Province and county, the Chinese way (no separator)."""
    return "".join(row.get(k) or "" for k in ("origin_province", "origin_county"))


def sort_key(column: Column, row: dict):
    """The key rows sort by in ``column``; None sorts last in either order."""
    if column == Column.SKU:
        return row["sku"]
    if column == Column.NAME:
        # Stored pinyin orders Chinese names the way people expect (核桃 by "hetao").
        return (row.get("search_pinyin") or "", row["name_zh"])
    if column == Column.ORIGIN:
        return origin_text(row)
    if column == Column.PRICE:
        return row.get("live_price_fen")
    if column == Column.STOCK:
        return row.get("stock")
    if column == Column.STATUS:
        return status_rank(row)
    return category_text(row).casefold()


def category_text(row: dict) -> str:
    return messages.label(messages.CATEGORY_NAMES, row.get("category") or "other")


def status_flags(row: dict) -> list[tuple[str, str]]:
    """(severity, code) of everything that keeps a product off the air or needs care, worst first."""
    flags = []
    if not row.get("approved"):
        flags.append(("danger", "not_approved"))
    if row.get("certificates") == "expired":
        flags.append(("danger", "certificate_expired"))
    elif row.get("certificates") == "expiring":
        flags.append(("warn", "certificate_expiring"))
    if row.get("unsupported_points"):
        flags.append(("warn", "unsupported"))
    return flags


def status_rank(row: dict) -> int:
    """Worse first when sorted ascending: danger flags weigh most."""
    return -sum(10 if severity == "danger" else 1 for severity, _ in status_flags(row))


def _status_words(flags: tuple, unsupported: int) -> str:
    translate = QCoreApplication.translate
    words = {
        "not_approved": lambda: translate("ProductListModel", "Not approved"),
        "certificate_expired": lambda: translate("ProductListModel", "Cert. expired"),
        "certificate_expiring": lambda: translate("ProductListModel", "Cert. expiring"),
        "unsupported": lambda: translate("ProductListModel", "%n unsupported", None, unsupported),
    }
    return " · ".join(words[code]() for _, code in flags) if flags else translate("ProductListModel", "Ready")


# Painting asks for every visible cell on every repaint; a catalogue has only a few different statuses, so
# their words (per language: ProductListModel.retranslate clears this) and colours are made once.
_STATUS_WORDS: dict[tuple, str] = {}
STATUS_COLORS = {"danger": metrics.DANGER_COLOR, "warn": metrics.WARNING_COLOR, "ok": metrics.OK_COLOR}
_STATUS_BRUSHES: dict[str, QBrush] = {}


def status_text(row: dict) -> str:
    """Short words for the list cell: what keeps the product off the air, or "Ready"."""
    flags = tuple(status_flags(row))
    unsupported = row.get("unsupported_points") or 0
    key = (flags, unsupported)
    if key not in _STATUS_WORDS:
        _STATUS_WORDS[key] = _status_words(flags, unsupported)
    return _STATUS_WORDS[key]


def status_brush(row: dict) -> QBrush:
    flags = status_flags(row)
    severity = flags[0][0] if flags else "ok"
    if severity not in _STATUS_BRUSHES:
        _STATUS_BRUSHES[severity] = QBrush(QColor(STATUS_COLORS[severity]))
    return _STATUS_BRUSHES[severity]


# What each column shows, by column number.
DISPLAY_TEXT = (
    lambda r: r["sku"],
    lambda r: r["name_zh"],
    origin_text,
    lambda r: formats.money(r.get("live_price_fen"), symbol=False),  # the header says "¥"
    lambda r: formats.integer(r.get("stock", 0)),
    category_text,
    status_text,
)
DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND, DECORATION = (int(r.value) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole))
SKU_ROLE = int(SkuRole)
HANDLED_ROLES = frozenset((DISPLAY, TOOLTIP, ALIGNMENT, FOREGROUND, DECORATION, SKU_ROLE))


class ProductListModel(QAbstractTableModel):
    """Rows of ``catalogue.list_rows()`` matching the query, in the chosen order."""

    def __init__(self, source=None, parent=None):
        """``source`` is the ``AppContext`` (or a bare ``Catalogue``) whose rows are shown; None = empty."""
        super().__init__(parent)
        self._catalogue = getattr(source, "catalogue", source)
        self._all: list[dict] = []  # catalogue order (by SKU); positions index this list
        self._index = None  # a core.search.SearchIndex, built on first use (not before the first paint)
        self._ranks: dict[Column, list[int]] = {}  # per column: each position's rank, -1 = no value
        self._shown: list[int] = []  # positions of the visible rows, in display order
        self._query = ""
        self._sort_column = Column.SKU
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._total = 0  # products in the catalogue, also while only the first page is loaded
        self._partial = False  # True while only the first page of rows is loaded (see reload)
        self.reload()

    # --- public API ---------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    def total_count(self) -> int:
        """Products in the catalogue, matching or not."""
        return self._total

    def sku_at(self, row: int) -> str | None:
        """The SKU shown in ``row``, or None outside the rows."""
        return self._all[self._shown[row]]["sku"] if 0 <= row < len(self._shown) else None

    def row_of(self, sku: str | None) -> int | None:
        """The row showing ``sku``, or None when it is filtered out or gone."""
        if sku is None:
            return None
        rows = self._all
        return next((n for n, pos in enumerate(self._shown) if rows[pos]["sku"] == sku), None)

    def row_of_id(self, pid: int | None) -> int | None:
        """The row showing the product with id ``pid``, or None."""
        if pid is None:
            return None
        rows = self._all
        return next((n for n, pos in enumerate(self._shown) if rows[pos]["id"] == pid), None)

    def row_data(self, row: int) -> dict:
        """A copy of the summary dict behind ``row``."""
        return dict(self._all[self._shown[row]])

    def prepare_search(self) -> None:
        """Build the search index now (call when idle) so the first keystroke is as fast as the rest."""
        if self._index is None:
            from ...core.search import SearchIndex

            self._index = SearchIndex(self._all)

    def set_query(self, text: str) -> None:
        """Show only the rows matching ``text`` (name, SKU, origin, pinyin or initials); keeps the sort."""
        text = text or ""
        if text == self._query:
            return
        self.load_rest()
        self._query = text
        self.beginResetModel()
        self._shown = self._visible_positions()
        self.endResetModel()

    def set_source(self, source, first_page: int | None = None) -> None:
        """Show the rows of ``source`` (an ``AppContext`` or a ``Catalogue``; None = no rows)."""
        self._catalogue = getattr(source, "catalogue", source)
        self.reload(first_page)

    def reload(self, first_page: int | None = None) -> None:
        """Read the rows again from the catalogue (the one place the model loads data).

        With ``first_page``, and while the rows show unfiltered in SKU order (the order rows are
        read in), only that many rows are read now, the way QSqlQueryModel fetches: the window can
        paint its first screen at once, and ``load_rest()`` appends the others right after.
        """
        if self._query or self._sort_column != Column.SKU or self._sort_order != Qt.SortOrder.AscendingOrder:
            first_page = None
        self.beginResetModel()
        catalogue = self._catalogue
        self._all = catalogue.list_rows(first_page) if catalogue is not None else []
        self._partial = first_page is not None and len(self._all) >= first_page
        self._total = catalogue.count() if self._partial else len(self._all)
        self._index = None
        self._ranks = {}
        self._shown = self._visible_positions()
        self.endResetModel()

    def load_rest(self) -> None:
        """After a first-page ``reload``: append every other row (no-op once all are loaded)."""
        if not self._partial:
            return
        rows = self._catalogue.list_rows()
        have = len(self._all)
        if [r["sku"] for r in rows[:have]] != [r["sku"] for r in self._all]:
            self.reload()  # the catalogue changed in between: start over
            return
        self._partial = False
        grow = len(rows) > have
        if grow:
            self.beginInsertRows(QModelIndex(), have, len(rows) - 1)
        self._all, self._total = rows, len(rows)
        self._index = None
        self._ranks = {}
        self._shown = list(range(len(rows)))  # still unfiltered, in SKU order (see reload)
        if grow:
            self.endInsertRows()

    @property
    def fully_loaded(self) -> bool:
        return not self._partial

    def refresh(self, changes=None) -> None:
        """React to a ``core.catalogue.Changes``: re-read only the rows it names.

        A product added, removed or renamed (SKU order changes), or no ``changes`` at all, reloads
        everything; otherwise the named rows are replaced in place, and the rows are re-sorted or
        re-filtered only when their order or the matches changed.
        """
        ids = getattr(changes, "product_ids", None)
        if not ids or "removed" in changes.aspects or self._partial or self._catalogue is None:
            self.reload()
            return
        fresh = {r["id"]: r for r in self._catalogue.list_rows(ids=ids)}
        where = {r["id"]: pos for pos, r in enumerate(self._all) if r["id"] in ids}
        if set(fresh) != set(where) or any(fresh[i]["sku"] != self._all[p]["sku"] for i, p in where.items()):
            self.reload()
            return
        for pid, pos in where.items():
            self._all[pos] = fresh[pid]
            if self._index is not None:
                self._index.replace(pos, fresh[pid])
        self._ranks = {}
        shown = self._visible_positions()
        if shown != self._shown:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()
            return
        row_of = {pos: n for n, pos in enumerate(self._shown)}
        for pos in where.values():
            if pos in row_of:
                self.dataChanged.emit(self.index(row_of[pos], 0), self.index(row_of[pos], len(Column) - 1))

    # --- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every painted cell and role: plain ints and early exits keep it cheap.
        if role not in HANDLED_ROLES:
            return None
        n = index.row()
        if n < 0 or n >= len(self._shown):
            return None
        row = self._all[self._shown[n]]
        column = index.column()
        if role == DISPLAY:
            return DISPLAY_TEXT[column](row)
        if role == ALIGNMENT:
            return RIGHT if column in NUMERIC else LEFT
        if role == SKU_ROLE:
            return row["sku"]
        if role == TOOLTIP:
            return self._tooltip(column, row)
        if column == Column.STATUS:
            return status_brush(row) if role == FOREGROUND else None
        if column != Column.STOCK or not row.get("low_stock"):
            return None
        if role == FOREGROUND:
            return QBrush(QColor(metrics.WARNING_COLOR))
        from ..icons import warning_icon  # QPainter and friends: only once a row needs it

        return warning_icon()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        # Asked for every header section and role on every repaint: ints and tuples, no enum work.
        if role == DISPLAY:
            if orientation != HORIZONTAL:
                return section + 1 if 0 <= section < len(self._shown) else None
            return QCoreApplication.translate(CONTEXT, HEADER_TEXTS[section]) if 0 <= section < COLUMN_COUNT else None
        if role == ALIGNMENT and orientation == HORIZONTAL and 0 <= section < COLUMN_COUNT:
            return RIGHT if section in NUMERIC else LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (numbers numerically), keeping selections through persistent indexes."""
        if not 0 <= column < len(Column):
            return
        self.load_rest()
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_positions = [self._shown[i.row()] for i in old_persistent]
        self._shown = self._sorted(sorted(self._shown))
        new_row = {pos: n for n, pos in enumerate(self._shown)}
        new_persistent = [self.index(new_row[pos], i.column()) for pos, i in zip(old_positions, old_persistent)]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        """Headers and category names follow a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._ranks.pop(Column.CATEGORY, None)
        _STATUS_WORDS.clear()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, len(Column) - 1))

    # --- helpers ------------------------------------------------------------------------------
    def _visible_positions(self) -> list[int]:
        if self._query.strip():
            self.prepare_search()
            positions = self._index.matches(self._query)
        else:
            positions = list(range(len(self._all)))
        return self._sorted(positions)

    def _rank(self, column: Column) -> list[int]:
        """Each position's rank in ``column`` (equal values share a rank; -1 = no value). Cached per load."""
        ranks = self._ranks.get(column)
        if ranks is None and column == Column.SKU:  # list_rows() comes ordered by the unique SKU
            ranks = self._ranks[column] = list(range(len(self._all)))
        if ranks is None:
            keys = [sort_key(column, r) for r in self._all]
            ranks = [-1] * len(keys)
            rank, previous = -1, object()
            for pos in sorted((p for p, k in enumerate(keys) if k is not None), key=keys.__getitem__):
                if keys[pos] != previous:
                    rank, previous = rank + 1, keys[pos]
                ranks[pos] = rank
            self._ranks[column] = ranks
        return ranks

    def _sorted(self, positions: list[int]) -> list[int]:
        """``positions`` (ascending) in display order; ties keep SKU order, rows without a value go last."""
        ranks = self._rank(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        ordered = sorted(positions, key=ranks.__getitem__, reverse=descending)
        if ranks and min(ranks) < 0:
            ordered = [p for p in ordered if ranks[p] >= 0] + [p for p in positions if ranks[p] < 0]
        return ordered

    def _tooltip(self, column: Column, row: dict) -> str | None:
        if column == Column.STOCK and row.get("low_stock"):
            return QCoreApplication.translate(
                "ProductListModel", "Low stock: %1 left, restock at %2 or fewer").replace(
                "%1", str(row.get("stock", 0))).replace("%2", str(row.get("low_stock_threshold", 0)))
        if column == Column.NAME and row.get("name_en"):
            return row["name_en"]
        if column == Column.ORIGIN:
            return row.get("origin") or None  # the full origin, joined by the core
        if column == Column.STATUS:
            return self._status_tooltip(row)
        return None

    @staticmethod
    def _status_tooltip(row: dict) -> str:
        translate = QCoreApplication.translate
        unsupported = row.get("unsupported_points") or 0
        lines = {
            "not_approved": lambda: translate(
                "ProductListModel",
                "Not approved for broadcast: the selection review is not complete and approved (see Selection review)."),
            "certificate_expired": lambda: translate("ProductListModel",
                                                     "A certificate has expired: do not cite it on air."),
            "certificate_expiring": lambda: translate("ProductListModel", "A certificate expires within 30 days."),
            "unsupported": lambda: translate(
                "ProductListModel", "%n talking point(s) without evidence: do not say them.", None, unsupported),
        }
        flags = status_flags(row)
        if not flags:
            return translate("ProductListModel", "Approved, certificates valid, every talking point has evidence.")
        return "\n".join(lines[code]() for _, code in flags)
