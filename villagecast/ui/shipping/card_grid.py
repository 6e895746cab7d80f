"""The zone × weight-band grid of the card editor: one row per band, as the rate-card CSV has them.

A zone's name, provinces, surcharges and days in transit are read from its first row; a row with no
zone name continues the zone above; an empty "from" weight starts where the band above ends.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from ... import messages
from ... import shipping_messages as sm
from ...core.errors import Issue, ValidationError
from ...core.shipping import provinces
from ...core.shipping.model import Band, Surcharge, Zone
from .. import metrics
from . import words

COLUMNS = (
    ("zone", QT_TRANSLATE_NOOP("CardGrid", "Zone")),
    ("provinces", QT_TRANSLATE_NOOP("CardGrid", "Provinces (e.g. Guangdong, Guangxi)")),
    ("band_min_kg", QT_TRANSLATE_NOOP("CardGrid", "Above kg")),
    ("band_max_kg", QT_TRANSLATE_NOOP("CardGrid", "Up to kg")),
    ("first_price", QT_TRANSLATE_NOOP("CardGrid", "First weight \u00a5")),
    ("additional_price", QT_TRANSLATE_NOOP("CardGrid", "Per step \u00a5")),
    ("waybill_fee", QT_TRANSLATE_NOOP("CardGrid", "Waybill \u00a5")),
    ("per_kg_price", QT_TRANSLATE_NOOP("CardGrid", "Per kg \u00a5")),
    ("flat_price", QT_TRANSLATE_NOOP("CardGrid", "Flat \u00a5")),
    ("min_charge", QT_TRANSLATE_NOOP("CardGrid", "Minimum \u00a5")),
    ("remote_fee", QT_TRANSLATE_NOOP("CardGrid", "Remote fee \u00a5")),
    ("remote_paid_by", QT_TRANSLATE_NOOP("CardGrid", "paid by")),
    ("transit_fee", QT_TRANSLATE_NOOP("CardGrid", "Transit fee \u00a5")),
    ("transit_paid_by", QT_TRANSLATE_NOOP("CardGrid", "paid by")),
    ("cold_pack_fee", QT_TRANSLATE_NOOP("CardGrid", "Cold pack \u00a5")),
    ("cold_pack_paid_by", QT_TRANSLATE_NOOP("CardGrid", "paid by")),
    ("transit_days", QT_TRANSLATE_NOOP("CardGrid", "Days")),
)
KEYS = tuple(key for key, _ in COLUMNS)
COLUMN = {key: i for i, key in enumerate(KEYS)}
PRICES = ("first_price", "additional_price", "waybill_fee", "per_kg_price", "flat_price", "min_charge")
# The band prices each pricing model reads (the others are hidden and not saved).
MODEL_PRICES = {
    "first_additional": ("first_price", "additional_price", "min_charge"),
    "waybill_per_kg": ("waybill_fee", "per_kg_price", "min_charge"),
    "flat_then_first_additional": PRICES,
    "fixed_tiers": ("flat_price",),
    "min_per_kg": ("waybill_fee", "per_kg_price", "min_charge"),
}
FEES = (("remote_fee", "remote_paid_by", "remote"), ("transit_fee", "transit_paid_by", "transit"),
        ("cold_pack_fee", "cold_pack_paid_by", "cold_packaging"))
ZONE_LEVEL = ("provinces", "remote_fee", "remote_paid_by", "transit_fee", "transit_paid_by", "cold_pack_fee",
              "cold_pack_paid_by", "transit_days")
PAYER_ROLE = Qt.ItemDataRole.UserRole
BAND = "bands"  # an issue of a whole band (its prices do not fit the model): marks its empty price cells


class PayerDelegate(QStyledItemDelegate):
    """Who pays a surcharge: a choice of seller / platform / buyer (the code is kept in PAYER_ROLE)."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        combo = QComboBox(parent)
        for code in ("seller", "platform", "buyer"):
            combo.addItem(words.label(sm.PAYER_NAMES, code), code)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(PAYER_ROLE) or "seller"), 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), PAYER_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class CardGrid(QTableWidget):
    """Rows of zone × band; ``load(card)``, ``zones(model)`` (raises ValidationError), ``show_issues``."""

    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("cardGrid")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setWordWrap(False)
        self.payers = PayerDelegate(self)
        for _fee, payer, _kind in FEES:
            self.setItemDelegateForColumn(COLUMN[payer], self.payers)
        self.cells: dict[str, tuple[int, str]] = {}  # issue path -> (row, column key or BAND)
        self.row_issues: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([QCoreApplication.translate("CardGrid", title) for _, title in COLUMNS])
        for row in range(self.rowCount()):
            for _fee, payer, _kind in FEES:
                item = self.item(row, COLUMN[payer])
                if item is not None and item.data(PAYER_ROLE):
                    item.setText(words.label(sm.PAYER_NAMES, item.data(PAYER_ROLE)))

    def rescale(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        em = self.fontMetrics().horizontalAdvance("\u4e2d")
        for key in KEYS:
            width = {"zone": 5, "provinces": 12}.get(key, 4.5)
            header = self.horizontalHeader().fontMetrics().horizontalAdvance(self.horizontalHeaderItem(COLUMN[key]).text())
            self.setColumnWidth(COLUMN[key], max(int(width * em), header + 16))

    def show_model(self, model: str) -> None:
        shown = MODEL_PRICES.get(model, PRICES)
        for key in PRICES:
            self.setColumnHidden(COLUMN[key], key not in shown)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt override): Enter moves on to the next cell
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, hint)

    # --- rows ---------------------------------------------------------------------------------
    def text(self, row: int, key: str) -> str:
        item = self.item(row, COLUMN[key])
        return item.text().strip() if item is not None else ""

    def payer(self, row: int, key: str) -> str | None:
        item = self.item(row, COLUMN[key])
        return item.data(PAYER_ROLE) if item is not None else None

    def set_text(self, row: int, key: str, text: str) -> None:
        self.setItem(row, COLUMN[key], QTableWidgetItem(text))

    def set_payer(self, row: int, key: str, code: str | None) -> None:
        item = QTableWidgetItem(words.label(sm.PAYER_NAMES, code) if code else "")
        item.setData(PAYER_ROLE, code)
        self.setItem(row, COLUMN[key], item)

    def add_row(self, after: int | None = None) -> int:
        row = self.rowCount() if after is None else after + 1
        self.insertRow(row)
        for key in KEYS:
            self.set_text(row, key, "")
        return row

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.removeRow(row)

    def load(self, card) -> None:
        """One row per band of each zone; zone-level cells on the zone's first row."""
        self.setRowCount(0)
        for zone in card.zones:
            fees = {s.kind: s for s in zone.surcharges}
            for j, band in enumerate(zone.bands):
                row = self.add_row()
                self.set_text(row, "band_min_kg", words.kg(band.min_g))
                self.set_text(row, "band_max_kg", words.kg(band.max_g))
                for key in PRICES:
                    self.set_text(row, key, words.yuan(getattr(band, key)))
                if j:
                    continue
                self.set_text(row, "zone", zone.name)
                self.set_text(row, "provinces", words.province_list(provinces.by_code(c) for c in zone.provinces))
                self.set_text(row, "transit_days", "" if zone.transit_days is None else str(zone.transit_days))
                for fee, payer, kind in FEES:
                    if kind in fees:
                        self.set_text(row, fee, words.yuan(fees[kind].amount))
                        self.set_payer(row, payer, fees[kind].paid_by)

    # --- reading --------------------------------------------------------------------------------
    def zones(self, model: str) -> list[Zone]:
        """The zones the rows describe; raises ValidationError with issue paths like the core's
        (``zones[1].bands[0].first_price``), which ``cells`` maps back to (row, column)."""
        self.cells = {}
        issues: list[Issue] = []
        zones: list[Zone] = []
        firsts: dict[int, int] = {}  # zone index -> its first row
        shown = MODEL_PRICES.get(model, PRICES)

        def read(row, key, path, parse):
            self.cells[path] = (row, key)
            try:
                return parse(self.text(row, key), path)
            except ValidationError as exc:
                issues.extend(exc.issues)
                return None

        for row in range(self.rowCount()):
            if not any(self.text(row, key) for key in KEYS):
                continue
            name = self.text(row, "zone")
            zone = next((z for z in zones if z.name == name), None) if name else (zones[-1] if zones else None)
            if zone is None:
                zone = Zone(name, [], [], [], None)
                zones.append(zone)
                firsts[len(zones) - 1] = row
            zi = zones.index(zone)
            where = f"zones[{zi}]"
            if firsts[zi] == row:
                self.cells[f"{where}.name"] = (row, "zone")
                zone.provinces = self._provinces(row, where, issues)
                zone.transit_days = read(row, "transit_days", f"{where}.transit_days",
                                         lambda t, p: words.whole(t, p, optional=True))
                for fee, payer, kind in FEES:
                    k = len(zone.surcharges)
                    amount = read(row, fee, f"{where}.surcharges[{k}].amount",
                                  lambda t, p: words.money(t, p, optional=True))
                    if amount is not None:
                        self.cells[f"{where}.surcharges[{k}].paid_by"] = (row, payer)
                        zone.surcharges.append(Surcharge(kind, amount, self.payer(row, payer) or "seller"))
            else:
                first = firsts[zi]
                for key in ZONE_LEVEL:
                    if self.text(row, key) and self.text(row, key) != self.text(first, key):
                        self.cells[f"{where}.{key}#{row}"] = (row, key)
                        issues.append(Issue(f"{where}.{key}#{row}", "differs_within_zone", {"column": key}))
            bj = len(zone.bands)
            here = f"{where}.bands[{bj}]"
            self.cells[here] = (row, BAND)
            self.cells[f"{where}.bands"] = (row, "band_min_kg")
            low = read(row, "band_min_kg", f"{here}.min_g", lambda t, p: words.grams(t, p, optional=True))
            if low is None and not self.text(row, "band_min_kg"):
                low = zone.bands[-1].max_g if zone.bands and zone.bands[-1].max_g is not None else 0
            band = Band(low if low is not None else 0,
                        read(row, "band_max_kg", f"{here}.max_g", lambda t, p: words.grams(t, p, optional=True)))
            for key in PRICES:
                if key in shown:
                    setattr(band, key, read(row, key, f"{here}.{key}", lambda t, p: words.money(t, p, optional=True)))
            zone.bands.append(band)
        if issues:
            raise ValidationError(issues)
        return zones

    def _provinces(self, row: int, where: str, issues: list[Issue]) -> list[str]:
        path = f"{where}.provinces"
        self.cells[path] = (row, "provinces")
        codes, unknown = [], []
        for part in provinces.split_list(self.text(row, "provinces")):
            found = provinces.find(part)
            (codes.append(found.code) if found else unknown.append(part))
        if unknown:
            issues.append(Issue(path, "unknown_province", {"value": "、".join(unknown)}))
        return list(dict.fromkeys(codes))

    # --- issues -------------------------------------------------------------------------------------
    def clear_issues(self) -> None:
        self.row_issues = []
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setBackground(QColor(0, 0, 0, 0))
                    item.setToolTip("")

    def show_issues(self, issues: list[Issue]) -> list[str]:
        """Mark the cells the issues name (paths without the ``cards[0].`` prefix); the messages, by row."""
        self.clear_issues()
        tint = QColor(metrics.DANGER_COLOR)
        tint.setAlpha(60)
        lines = []
        for issue in issues:
            path = issue.field
            found = self.cells.get(path)
            while found is None and "." in path:
                path = path.rsplit(".", 1)[0]
                found = self.cells.get(path)
            if found is None:
                lines.append(messages.describe_issue(issue))
                continue
            row, key = found
            params = dict(issue.params)
            if "model" in params:
                params["model"] = words.label(sm.PRICING_MODEL_NAMES, params["model"])
            text = messages.describe_issue(Issue(key, issue.code, params))
            marked = [key]
            if key == BAND:
                shown = [k for k in PRICES if not self.isColumnHidden(COLUMN[k])]
                marked = [k for k in shown if not self.text(row, k)] or shown[:1]
            for name in marked:
                item = self.item(row, COLUMN[name])
                if item is None:
                    self.set_text(row, name, "")
                    item = self.item(row, COLUMN[name])
                item.setBackground(tint)
                item.setToolTip(text)
            lines.append(QCoreApplication.translate("CardGrid", "Row %1: %2").replace("%1", str(row + 1))
                         .replace("%2", text))
        self.row_issues = lines
        return lines
