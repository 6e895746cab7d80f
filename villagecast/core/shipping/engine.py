"""Price one shipment with one rate card: weights, parcels, zone, base freight, surcharges, insurance.

Everything is integer grams and fen, with Decimal in between; amounts are rounded half-up to the fen
once per line (base freight, each surcharge, insurance), so a person can redo the sum by hand from the
breakdown. Formula: shared/reference/shipping.md §4.1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from ..errors import VillageCastError
from . import provinces
from .model import MEASURE_G, Band, RateCard, Zone, band_formula

FEN = Decimal(1)


class ShippingError(VillageCastError):
    """A shipment the card cannot price: ``not_covered``, ``too_heavy``, ``bad_dimensions``…"""

    code = "shipping"


@dataclass(frozen=True)
class Shipment:
    """What goes to one address: ``units`` of ``unit_g`` each, packed in parcels.

    ``dims_cm`` are the outer box of one parcel (a packaging preset) or, with ``dims_per_unit``,
    of one unit as sold in its own carton (the parcel's volume then grows with its units).
    ``tare_g`` and ``packaging_fen`` count once per parcel; ``unit_value_fen`` is what is insured.
    """

    unit_g: int
    units: int = 1
    tare_g: int = 0
    dims_cm: tuple[Decimal, Decimal, Decimal] | None = None
    dims_per_unit: bool = False
    packaging_fen: int = 0
    unit_value_fen: int = 0


@dataclass
class ParcelQuote:
    units: int
    actual_g: int
    volumetric_g: int | None  # None when the card does not charge volume or no size is known
    measured_g: int  # the larger of the two, read to MEASURE_G
    chargeable_g: int
    band: Band
    formula: str  # the pricing model that priced the band
    steps: Decimal  # continued-weight steps counted (first_additional)
    base_fen: int
    surcharges: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, fen, paid_by)
    insurance_fen: int = 0
    packaging_fen: int = 0
    dims_cm: tuple[Decimal, Decimal, Decimal] | None = None  # the box whose volume was weighed
    insured_fen: int = 0  # the declared value insured
    unit_g: int = 0

    @property
    def packing_g(self) -> int:
        return self.actual_g - self.units * self.unit_g

    def surcharge_fen(self, payer: str = "seller") -> int:
        return sum(fen for _, fen, paid_by in self.surcharges if paid_by == payer)

    @property
    def total_fen(self) -> int:
        """What the seller pays the carrier for this parcel."""
        return self.base_fen + self.surcharge_fen("seller") + self.insurance_fen


@dataclass
class Quote:
    card: RateCard
    province: provinces.Province
    zone: Zone
    parcels: list[ParcelQuote]
    shipment: Shipment | None = None
    insurance_pct: Decimal | None = None
    insurance_min_fen: int | None = None

    def _sum(self, name: str) -> int:
        return sum(getattr(p, name) for p in self.parcels)

    @property
    def actual_g(self) -> int:
        return self._sum("actual_g")

    @property
    def volumetric_g(self) -> int | None:
        vols = [p.volumetric_g for p in self.parcels]
        return None if all(v is None for v in vols) else sum(v or 0 for v in vols)

    @property
    def chargeable_g(self) -> int:
        return self._sum("chargeable_g")

    @property
    def freight_fen(self) -> int:
        return self._sum("base_fen")

    @property
    def insurance_fen(self) -> int:
        return self._sum("insurance_fen")

    @property
    def packaging_fen(self) -> int:
        return self._sum("packaging_fen")

    def surcharge_fen(self, payer: str = "seller") -> int:
        return sum(p.surcharge_fen(payer) for p in self.parcels)

    @property
    def total_fen(self) -> int:
        """Freight, surcharges the seller pays and insurance: the shipping cost of the order."""
        return self._sum("total_fen")


def half_up(value: Decimal) -> int:
    return int(value.quantize(FEN, rounding=ROUND_HALF_UP))


def volumetric_g(dims_cm, divisor: int | None) -> int | None:
    """L×W×H / divisor in grams (to the gram, half-up); None when volume is not charged."""
    if divisor is None or dims_cm is None:
        return None
    length, width, height = dims_cm
    return half_up(length * width * height * 1000 / Decimal(divisor))


def measured(actual_g: int, vol_g: int | None) -> int:
    """The larger weight read as a scale reads it (MEASURE_G steps, half-up): 3.004 kg is 3.00 kg."""
    grams = max(actual_g, vol_g or 0)
    return half_up(Decimal(grams) / MEASURE_G) * MEASURE_G


def chargeable_g(card: RateCard, grams: int) -> tuple[int, Decimal]:
    """The chargeable weight and the continued steps it counts, by the card's first weight, step and rounding."""
    first, step = card.first_g, card.step_g
    if grams <= first:
        return first, Decimal(0)
    over = Decimal(grams - first) / step
    if card.rounding == "ceil":
        steps = over.to_integral_value(rounding=ROUND_CEILING)
    elif card.rounding == "half_up":
        steps = over.to_integral_value(rounding=ROUND_HALF_UP)
    else:
        steps = over
    return first + int((steps * step).to_integral_value(rounding=ROUND_HALF_UP)), steps


def base_price(card: RateCard, band: Band, cw: int, steps: Decimal) -> tuple[int, str]:
    """The freight of a parcel of chargeable weight ``cw`` in ``band``, and the formula used."""
    formula = band_formula(card.pricing_model, band)
    kg = Decimal(cw) / 1000
    if formula == "first_additional":
        amount = band.first_price + steps * band.additional_price
    elif formula == "waybill_per_kg":
        amount = (band.waybill_fee or 0) + kg * band.per_kg_price
    elif formula == "fixed_tiers":
        amount = Decimal(band.flat_price)
    elif formula == "min_per_kg":
        amount = max(Decimal(band.min_charge), (band.waybill_fee or 0) + kg * band.per_kg_price)
    else:  # validate_card refuses such a card; a hand-built one is refused here
        raise ShippingError("band_prices_missing", model=card.pricing_model)
    fen = half_up(amount)
    if band.min_charge is not None:
        fen = max(fen, band.min_charge)
    return fen, formula


def split_units(shipment: Shipment, max_g: int | None) -> list[int]:
    """Units per parcel: as few parcels as the card's weight limit allows, filled evenly."""
    units = shipment.units
    if max_g is None:
        return [units]
    fit = (max_g - shipment.tare_g) // shipment.unit_g if shipment.unit_g else units
    if fit < 1:
        raise ShippingError("too_heavy", weight_g=shipment.unit_g + shipment.tare_g, max_g=max_g)
    count = -(-units // fit)
    size, extra = divmod(units, count)
    return [size + 1] * extra + [size] * (count - extra)


def _parcel_dims(shipment: Shipment, units: int):
    if shipment.dims_cm is None:
        return None
    if not shipment.dims_per_unit or units == 1:
        return shipment.dims_cm
    length, width, height = shipment.dims_cm
    return (length, width, height * units)  # units stacked on their largest face


def quote(card: RateCard, destination: str, shipment: Shipment, *, declared_fen: int | None = None,
          insurance_pct: Decimal | None = None, insurance_min_fen: int | None = None) -> Quote:
    """Price ``shipment`` to ``destination`` (any province name) with ``card``.

    Insurance: ``declared_fen`` (else the shipment's value) × the rate, at least the minimum fee,
    per parcel; the rate and minimum default to the card's. Raises ShippingError or ProvinceError.
    """
    province = provinces.resolve(destination)
    zone = card.zone_for(province.code)
    if zone is None:
        raise ShippingError("not_covered", province=province.name, carrier=card.carrier)
    if shipment.units < 1 or shipment.unit_g < 0 or shipment.tare_g < 0:
        raise ShippingError("bad_shipment", units=shipment.units, weight_g=shipment.unit_g)
    if shipment.dims_cm is not None and any(not d.is_finite() or d <= 0 for d in shipment.dims_cm):
        raise ShippingError("bad_dimensions", value="×".join(str(d) for d in shipment.dims_cm))
    rate = card.insurance_pct if insurance_pct is None else insurance_pct
    minimum = card.insurance_min_fen if insurance_min_fen is None else insurance_min_fen
    parcels = []
    sizes = split_units(shipment, card.max_parcel_g)
    for units in sizes:
        actual = units * shipment.unit_g + shipment.tare_g
        dims = _parcel_dims(shipment, units)
        vol = volumetric_g(dims, card.divisor)
        weighed = measured(actual, vol)
        cw, steps = chargeable_g(card, weighed)
        band = next((b for b in zone.bands if b.holds(cw)), None)
        if band is None:
            raise ShippingError("too_heavy", weight_g=cw, max_g=zone.bands[-1].max_g)
        base, formula = base_price(card, band, cw, steps)
        parcel = ParcelQuote(units, actual, vol, weighed, cw, band, formula, steps, base,
                             packaging_fen=shipment.packaging_fen, dims_cm=dims, unit_g=shipment.unit_g)
        for s in (*zone.surcharges, *card.surcharges):
            fen = half_up(base * s.amount / 100) if s.kind == "fuel_pct" else int(s.amount)
            parcel.surcharges.append((s.kind, fen, s.paid_by))
        value = (Decimal(declared_fen) * units / shipment.units if declared_fen is not None
                 else Decimal(shipment.unit_value_fen * units))
        if rate and value > 0:
            parcel.insured_fen = half_up(value)
            parcel.insurance_fen = max(half_up(value * rate / 100), minimum or 0)
        parcels.append(parcel)
    return Quote(card, province, zone, parcels, shipment, rate, minimum)
