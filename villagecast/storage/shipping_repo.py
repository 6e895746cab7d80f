"""SQL for rate cards, packaging presets and fee profiles. Writes run inside ``transaction()``."""

from __future__ import annotations

from decimal import Decimal

from ..core.shipping.margin import FeeProfile, PackagingPreset
from ..core.shipping.model import Band, RateCard, Surcharge, Zone
from .db import Database, write

_CARD_COLUMNS = ("carrier", "service", "origin", "valid_from", "pricing_model", "first_g", "step_g", "rounding",
                 "divisor", "max_parcel_g", "insurance_pct", "insurance_min_fen", "example", "note")
_BAND_COLUMNS = ("min_g", "max_g", "first_price", "additional_price", "waybill_fee", "per_kg_price", "flat_price",
                 "min_charge")
_PRESET_COLUMNS = ("name", "length_cm", "width_cm", "height_cm", "tare_g", "foam_box_g", "ice_packs", "ice_pack_g",
                   "cost_fen")
_PROFILE_COLUMNS = ("name", "platform_pct", "payment_pct", "influencer_pct", "damage_pct", "valid_from", "valid_to",
                    "source_note")
_DECIMALS = {"length_cm", "width_cm", "height_cm", "platform_pct", "payment_pct", "influencer_pct", "damage_pct",
             "insurance_pct"}


def _out(name: str, value):
    """A Python value as stored: Decimal as exact text, booleans as 0/1, no start date as ''."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, bool):
        return int(value)
    if name == "valid_from" and value is None:
        return ""
    return value


def _in(name: str, value):
    if name in _DECIMALS and value is not None:
        return Decimal(value)
    return value


class ShippingRepository:
    def __init__(self, db: Database):
        self.db = db

    def transaction(self):
        return write(self.db)

    # --- rate cards ---------------------------------------------------------------------------
    def card_id(self, key: tuple[str, str, str, str]) -> int | None:
        row = self.db.execute("SELECT id FROM rate_cards WHERE carrier = ? AND service = ? AND origin = ?"
                              " AND valid_from = ?", list(key)).fetchone()
        return row[0] if row else None

    def insert_card(self, card: RateCard) -> int:
        ex = self.db.execute
        cur = ex(f"INSERT INTO rate_cards ({', '.join(_CARD_COLUMNS)}) VALUES ({', '.join('?' * len(_CARD_COLUMNS))})",
                 [_out(name, getattr(card, name)) for name in _CARD_COLUMNS])
        card_id = cur.lastrowid
        for pos, s in enumerate(card.surcharges):
            self._surcharge(card_id, None, pos, s)
        for zpos, zone in enumerate(card.zones):
            zid = ex("INSERT INTO rate_zones (card_id, position, name, provinces, transit_days) VALUES (?, ?, ?, ?, ?)",
                     [card_id, zpos, zone.name, ",".join(zone.provinces), zone.transit_days]).lastrowid
            for bpos, band in enumerate(zone.bands):
                ex(f"INSERT INTO rate_bands (zone_id, position, {', '.join(_BAND_COLUMNS)})"
                   f" VALUES (?, ?, {', '.join('?' * len(_BAND_COLUMNS))})",
                   [zid, bpos, *(getattr(band, name) for name in _BAND_COLUMNS)])
            for pos, s in enumerate(zone.surcharges):
                self._surcharge(card_id, zid, pos, s)
        return card_id

    def _surcharge(self, card_id: int, zone_id: int | None, pos: int, s: Surcharge) -> None:
        self.db.execute("INSERT INTO rate_surcharges (card_id, zone_id, position, kind, amount, paid_by)"
                        " VALUES (?, ?, ?, ?, ?, ?)", [card_id, zone_id, pos, s.kind, _out("amount", s.amount),
                                                       s.paid_by])

    def delete_card(self, card_id: int) -> None:
        self.db.execute("DELETE FROM rate_cards WHERE id = ?", [card_id])

    def load_cards(self) -> list[RateCard]:
        """Every card with its zones, bands and surcharges, by carrier, service, origin and start date."""
        ex = self.db.execute
        cards: dict[int, RateCard] = {}
        cur = ex(f"SELECT id, {', '.join(_CARD_COLUMNS)} FROM rate_cards ORDER BY carrier, service, origin, valid_from")
        for row in cur.fetchall():
            values = {name: _in(name, v) for name, v in zip(_CARD_COLUMNS, row[1:])}
            values["valid_from"] = values["valid_from"] or None
            values["example"] = bool(values["example"])
            cards[row[0]] = RateCard(**values, id=row[0])
        zones: dict[int, Zone] = {}
        for zid, card_id, name, codes, days in ex(
                "SELECT id, card_id, name, provinces, transit_days FROM rate_zones ORDER BY card_id, position"):
            zones[zid] = Zone(name, [c for c in codes.split(",") if c], [], [], days)
            cards[card_id].zones.append(zones[zid])
        for row in ex(f"SELECT zone_id, {', '.join(_BAND_COLUMNS)} FROM rate_bands ORDER BY zone_id, position"):
            zones[row[0]].bands.append(Band(*row[1:]))
        for card_id, zone_id, kind, amount, paid_by in ex(
                "SELECT card_id, zone_id, kind, amount, paid_by FROM rate_surcharges ORDER BY card_id, zone_id,"
                " position"):
            value = Decimal(amount) if kind == "fuel_pct" else int(amount)
            target = zones[zone_id].surcharges if zone_id is not None else cards[card_id].surcharges
            target.append(Surcharge(kind, value, paid_by))
        return list(cards.values())

    # --- packaging presets and fee profiles ---------------------------------------------------------
    def _save(self, table: str, columns: tuple[str, ...], item) -> int:
        values = [_out(name, getattr(item, name)) for name in columns]
        if item.id is None:
            return self.db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                   values).lastrowid
        self.db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                        [*values, item.id])
        return item.id

    def _load(self, table: str, columns: tuple[str, ...], cls) -> list:
        rows = self.db.execute(f"SELECT id, {', '.join(columns)} FROM {table} ORDER BY name").fetchall()
        return [cls(**{name: _in(name, v) for name, v in zip(columns, row[1:])}, id=row[0]) for row in rows]

    def name_taken(self, table: str, name: str, item_id: int | None) -> bool:
        row = self.db.execute(f"SELECT id FROM {table} WHERE name = ?", [name]).fetchone()
        return row is not None and row[0] != item_id

    def save_preset(self, preset: PackagingPreset) -> int:
        return self._save("packaging_presets", _PRESET_COLUMNS, preset)

    def presets(self) -> list[PackagingPreset]:
        return self._load("packaging_presets", _PRESET_COLUMNS, PackagingPreset)

    def save_profile(self, profile: FeeProfile) -> int:
        return self._save("fee_profiles", _PROFILE_COLUMNS, profile)

    def profiles(self) -> list[FeeProfile]:
        return self._load("fee_profiles", _PROFILE_COLUMNS, FeeProfile)

    def delete(self, table: str, item_id: int) -> None:
        if table not in ("packaging_presets", "fee_profiles"):
            raise ValueError(table)
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [item_id])
