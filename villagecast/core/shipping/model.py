"""Rate cards as the outlet (网点) quotes them: zones of destination provinces, weight bands, surcharges.

Weights are integer grams, money integer fen, percentages Decimal. A band holds weights above ``min_g``
up to and including ``max_g`` (None = no upper limit). The five pricing models follow
shared/reference/shipping.md §4; ``core.shipping.engine`` prices a parcel with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from ..errors import Issue
from . import provinces

PRICING_MODELS = ("first_additional", "waybill_per_kg", "flat_then_first_additional", "fixed_tiers", "min_per_kg")
ROUNDINGS = ("ceil", "half_up", "none")
# Per-parcel surcharges in fen; fuel_pct is a percentage of the base freight.
SURCHARGE_KINDS = ("remote", "transit", "cold_packaging", "fuel_pct")
PAYERS = ("seller", "platform", "buyer")
MEASURE_G = 10  # scales read to 0.01 kg: weights are rounded to this before the carrier's rounding
MAX_G = 1_000_000  # 1 tonne: far above any parcel
MAX_PRICE_FEN = 10_000_000  # 100,000 yuan for one parcel


@dataclass
class Band:
    """Prices for weights in (min_g, max_g]; which of them count depends on the card's pricing model."""

    min_g: int = 0
    max_g: int | None = None
    first_price: int | None = None  # fen for the first weight
    additional_price: int | None = None  # fen per continued step (step_g)
    waybill_fee: int | None = None  # fen per parcel (面单费)
    per_kg_price: int | None = None  # fen per chargeable kg
    flat_price: int | None = None  # fen for any weight in the band (一口价)
    min_charge: int | None = None  # fen: the freight is never less

    def holds(self, grams: int) -> bool:
        return grams > self.min_g and (self.max_g is None or grams <= self.max_g)


@dataclass
class Surcharge:
    kind: str
    amount: int | Decimal  # fen per parcel, or a percentage for fuel_pct
    paid_by: str = "seller"


@dataclass
class Zone:
    name: str
    provinces: list[str]  # GB/T 2260 codes
    bands: list[Band] = field(default_factory=lambda: [Band()])
    surcharges: list[Surcharge] = field(default_factory=list)
    transit_days: int | None = None  # the outlet's stated time in transit, if known


@dataclass
class RateCard:
    carrier: str
    service: str
    origin: str  # GB/T 2260 code of the origin province
    pricing_model: str = "first_additional"
    first_g: int = 1000
    step_g: int = 1000
    rounding: str = "ceil"
    divisor: int | None = None  # cm³ per kg; None = volume not charged (不计泡)
    max_parcel_g: int | None = None
    valid_from: str | None = None  # ISO date
    zones: list[Zone] = field(default_factory=list)
    surcharges: list[Surcharge] = field(default_factory=list)  # for every destination (fuel %, …)
    insurance_pct: Decimal | None = None
    insurance_min_fen: int | None = None
    example: bool = False  # a sample card for trying the app, not anyone's real quote
    note: str = ""
    id: int | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Carrier, service, origin and start date: a card with the same key is a new copy of the same card."""
        return (self.carrier, self.service, self.origin, self.valid_from or "")

    def zone_for(self, code: str) -> Zone | None:
        return next((z for z in self.zones if code in z.provinces), None)

    def copy(self) -> RateCard:
        return replace(self, zones=[replace(z, provinces=list(z.provinces), bands=[replace(b) for b in z.bands],
                                            surcharges=[replace(s) for s in z.surcharges]) for z in self.zones],
                       surcharges=[replace(s) for s in self.surcharges])


# Which band prices each pricing model needs (flat_then_first_additional: see _band_model).
_NEEDS = {
    "first_additional": ("first_price", "additional_price"),
    "waybill_per_kg": ("per_kg_price",),
    "fixed_tiers": ("flat_price",),
    "min_per_kg": ("per_kg_price", "min_charge"),
}
PRICE_FIELDS = ("first_price", "additional_price", "waybill_fee", "per_kg_price", "flat_price", "min_charge")


def band_formula(model: str, band: Band) -> str | None:
    """How a band is priced: one of the pricing models, or None when its prices do not fit ``model``.

    A flat_then_first_additional card prices a band with a flat price by it, and any other band by
    first + continued weight or by waybill fee + kilograms (whichever prices the row gives, not both).
    """
    if model != "flat_then_first_additional":
        return model if all(getattr(band, name) is not None for name in _NEEDS.get(model, ("?",))) else None
    if band.flat_price is not None:
        return "fixed_tiers"
    first = band.first_price is not None and band.additional_price is not None
    per_kg = band.per_kg_price is not None
    if first != per_kg:
        return "first_additional" if first else "waybill_per_kg"
    return None


def validate_card(card: RateCard) -> list[Issue]:
    """Every error of a card, with field paths such as ``zones[1].bands[0].first_price``."""
    issues: list[Issue] = []
    add = issues.append
    if not (card.carrier or "").strip():
        add(Issue("carrier", "required"))
    if provinces.find(card.origin or "") is None:
        add(Issue("origin", "unknown_province", {"value": card.origin}))
    if card.pricing_model not in PRICING_MODELS:
        add(Issue("pricing_model", "bad_choice", {"value": card.pricing_model, "choices": PRICING_MODELS}))
    if card.rounding not in ROUNDINGS:
        add(Issue("rounding", "bad_choice", {"value": card.rounding, "choices": ROUNDINGS}))
    for name in ("first_g", "step_g"):
        _grams(add, name, getattr(card, name), required=True)
    _grams(add, "max_parcel_g", card.max_parcel_g)
    if card.divisor is not None and (not _is_int(card.divisor) or not 0 < card.divisor <= 100_000):
        add(Issue("divisor", "bad_divisor", {"value": card.divisor}))
    if card.valid_from:
        try:
            date.fromisoformat(card.valid_from)
        except (TypeError, ValueError):
            add(Issue("valid_from", "bad_date", {"value": card.valid_from}))
    _percent(add, "insurance_pct", card.insurance_pct)
    _fen(add, "insurance_min_fen", card.insurance_min_fen)
    if not card.zones:
        add(Issue("zones", "required"))
    seen: dict[str, str] = {}
    names = [z.name for z in card.zones]
    for i, zone in enumerate(card.zones):
        where = f"zones[{i}]"
        if not (zone.name or "").strip():
            add(Issue(f"{where}.name", "required"))
        elif names.count(zone.name) > 1:
            add(Issue(f"{where}.name", "duplicate", {"value": zone.name}))
        if not zone.provinces:
            add(Issue(f"{where}.provinces", "required"))
        for code in zone.provinces:
            if provinces.find(code) is None:
                add(Issue(f"{where}.provinces", "unknown_province", {"value": code}))
            elif code in seen:
                add(Issue(f"{where}.provinces", "province_in_two_zones",
                          {"value": provinces.by_code(code).name, "other": seen[code]}))
            else:
                seen[code] = zone.name
        if zone.transit_days is not None and (not _is_int(zone.transit_days) or not 0 <= zone.transit_days <= 60):
            add(Issue(f"{where}.transit_days", "bad_days", {"value": zone.transit_days}))
        _validate_bands(add, where, card.pricing_model, zone.bands)
        _validate_surcharges(add, f"{where}.surcharges", zone.surcharges)
    _validate_surcharges(add, "surcharges", card.surcharges)
    return issues


def _validate_bands(add, where: str, model: str, bands: list[Band]) -> None:
    if not bands:
        add(Issue(f"{where}.bands", "required"))
        return
    previous = None
    for j, band in enumerate(bands):
        here = f"{where}.bands[{j}]"
        _grams(add, f"{here}.min_g", band.min_g, required=True, zero=True)
        _grams(add, f"{here}.max_g", band.max_g)
        for name in PRICE_FIELDS:
            _fen(add, f"{here}.{name}", getattr(band, name))
        if _is_int(band.min_g) and _is_int(band.max_g) and band.max_g <= band.min_g:
            add(Issue(f"{here}.max_g", "band_empty", {"min": band.min_g, "max": band.max_g}))
        if previous is not None:
            if previous.max_g is None:
                add(Issue(f"{here}.min_g", "band_after_open", {}))
            elif band.min_g != previous.max_g:
                add(Issue(f"{here}.min_g", "band_gap" if band.min_g > previous.max_g else "band_overlap",
                          {"min": band.min_g, "previous_max": previous.max_g}))
        if model in PRICING_MODELS and band_formula(model, band) is None:
            add(Issue(here, "band_prices_missing", {"model": model}))
        previous = band


def _validate_surcharges(add, where: str, surcharges: list[Surcharge]) -> None:
    for k, s in enumerate(surcharges):
        here = f"{where}[{k}]"
        if s.kind not in SURCHARGE_KINDS:
            add(Issue(f"{here}.kind", "bad_choice", {"value": s.kind, "choices": SURCHARGE_KINDS}))
        elif s.kind == "fuel_pct":
            _percent(add, f"{here}.amount", s.amount, required=True)
        else:
            _fen(add, f"{here}.amount", s.amount, required=True)
        if s.paid_by not in PAYERS:
            add(Issue(f"{here}.paid_by", "bad_choice", {"value": s.paid_by, "choices": PAYERS}))


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _grams(add, name: str, value, required: bool = False, zero: bool = False) -> None:
    if value is None:
        if required:
            add(Issue(name, "required"))
    elif not _is_int(value) or value < (0 if zero else 1) or value > MAX_G:
        add(Issue(name, "bad_weight", {"value": value}))


def _fen(add, name: str, value, required: bool = False) -> None:
    if value is None:
        if required:
            add(Issue(name, "required"))
    elif not _is_int(value) or not 0 <= value <= MAX_PRICE_FEN:
        add(Issue(name, "bad_money", {"value": value}))


def _percent(add, name: str, value, required: bool = False) -> None:
    if value is None:
        if required:
            add(Issue(name, "required"))
    elif not isinstance(value, Decimal) or not value.is_finite() or not 0 <= value <= 100:
        add(Issue(name, "bad_percent", {"value": value}))
