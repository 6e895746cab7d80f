"""Words for shipping: rate-card issues, quote problems, policies, and a quote's breakdown by hand.

Registers its codes with ``messages`` (so ``describe_error`` and ``describe_issue`` word them) the
first time it is imported; the shipping CLI and window import it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import messages
from .core.money import format_fen
from .messages import _Default, tr

FIELD_NAMES = {
    "carrier": QT_TRANSLATE_NOOP("Messages", "Carrier"),
    "service": QT_TRANSLATE_NOOP("Messages", "Service"),
    "origin": QT_TRANSLATE_NOOP("Messages", "Origin province"),
    "origin_province": QT_TRANSLATE_NOOP("Messages", "Origin province"),
    "pricing_model": QT_TRANSLATE_NOOP("Messages", "Pricing model"),
    "first_g": QT_TRANSLATE_NOOP("Messages", "First weight"),
    "step_g": QT_TRANSLATE_NOOP("Messages", "Continued-weight step"),
    "rounding": QT_TRANSLATE_NOOP("Messages", "Rounding"),
    "divisor": QT_TRANSLATE_NOOP("Messages", "Volumetric divisor"),
    "max_parcel_g": QT_TRANSLATE_NOOP("Messages", "Maximum parcel weight"),
    "insurance_pct": QT_TRANSLATE_NOOP("Messages", "Insurance rate"),
    "insurance_min_fen": QT_TRANSLATE_NOOP("Messages", "Minimum insurance fee"),
    "zones": QT_TRANSLATE_NOOP("Messages", "Zone"),
    "zone": QT_TRANSLATE_NOOP("Messages", "Zone"),
    "provinces": QT_TRANSLATE_NOOP("Messages", "Destination provinces"),
    "transit_days": QT_TRANSLATE_NOOP("Messages", "Days in transit"),
    "bands": QT_TRANSLATE_NOOP("Messages", "Weight band"),
    "min_g": QT_TRANSLATE_NOOP("Messages", "From weight"),
    "max_g": QT_TRANSLATE_NOOP("Messages", "Up to weight"),
    "first_price": QT_TRANSLATE_NOOP("Messages", "First-weight price"),
    "additional_price": QT_TRANSLATE_NOOP("Messages", "Continued-weight price"),
    "waybill_fee": QT_TRANSLATE_NOOP("Messages", "Waybill fee"),
    "per_kg_price": QT_TRANSLATE_NOOP("Messages", "Price per kg"),
    "flat_price": QT_TRANSLATE_NOOP("Messages", "Flat price"),
    "min_charge": QT_TRANSLATE_NOOP("Messages", "Minimum charge"),
    "surcharges": QT_TRANSLATE_NOOP("Messages", "Surcharge"),
    "amount": QT_TRANSLATE_NOOP("Messages", "Amount"),
    "paid_by": QT_TRANSLATE_NOOP("Messages", "Paid by"),
    "cards": QT_TRANSLATE_NOOP("Messages", "Rate card"),
    "length_cm": QT_TRANSLATE_NOOP("Messages", "Length (cm)"),
    "tare_g": QT_TRANSLATE_NOOP("Messages", "Box and filling (g)"),
    "foam_box_g": QT_TRANSLATE_NOOP("Messages", "Foam box (g)"),
    "ice_packs": QT_TRANSLATE_NOOP("Messages", "Ice packs"),
    "ice_pack_g": QT_TRANSLATE_NOOP("Messages", "Weight of one ice pack (g)"),
    "platform_pct": QT_TRANSLATE_NOOP("Messages", "Platform fee %"),
    "payment_pct": QT_TRANSLATE_NOOP("Messages", "Payment fee %"),
    "influencer_pct": QT_TRANSLATE_NOOP("Messages", "Influencer commission %"),
    "damage_pct": QT_TRANSLATE_NOOP("Messages", "Expected damage and claims %"),
    "source_note": QT_TRANSLATE_NOOP("Messages", "Source"),
    # rate-card CSV columns (the rest share the names above)
    "band_min_kg": QT_TRANSLATE_NOOP("Messages", "From weight"),
    "band_max_kg": QT_TRANSLATE_NOOP("Messages", "Up to weight"),
    "first_kg": QT_TRANSLATE_NOOP("Messages", "First weight"),
    "step_kg": QT_TRANSLATE_NOOP("Messages", "Continued-weight step"),
    "max_kg": QT_TRANSLATE_NOOP("Messages", "Maximum parcel weight"),
    "remote_fee": QT_TRANSLATE_NOOP("Messages", "Remote-area surcharge"),
    "remote_paid_by": QT_TRANSLATE_NOOP("Messages", "Remote surcharge paid by"),
    "transit_fee": QT_TRANSLATE_NOOP("Messages", "Second-leg transit fee"),
    "transit_paid_by": QT_TRANSLATE_NOOP("Messages", "Transit fee paid by"),
    "cold_pack_fee": QT_TRANSLATE_NOOP("Messages", "Cold-chain packaging fee"),
    "cold_pack_paid_by": QT_TRANSLATE_NOOP("Messages", "Cold-chain packaging paid by"),
    "fuel_pct": QT_TRANSLATE_NOOP("Messages", "Fuel surcharge %"),
    "insurance_min": QT_TRANSLATE_NOOP("Messages", "Minimum insurance fee"),
    "example": QT_TRANSLATE_NOOP("Messages", "Example"),
}
PRICING_MODEL_NAMES = {
    "first_additional": QT_TRANSLATE_NOOP("Messages", "First weight + continued weight"),
    "waybill_per_kg": QT_TRANSLATE_NOOP("Messages", "Waybill fee + price per kg"),
    "flat_then_first_additional": QT_TRANSLATE_NOOP("Messages", "Flat price up to a weight, then by weight"),
    "fixed_tiers": QT_TRANSLATE_NOOP("Messages", "Fixed price per weight band"),
    "min_per_kg": QT_TRANSLATE_NOOP("Messages", "Minimum charge, then price per kg"),
}
ROUNDING_NAMES = {
    "ceil": QT_TRANSLATE_NOOP("Messages", "Round up"),
    "half_up": QT_TRANSLATE_NOOP("Messages", "Round half up"),
    "none": QT_TRANSLATE_NOOP("Messages", "Exact weight"),
}
SURCHARGE_NAMES = {
    "remote": QT_TRANSLATE_NOOP("Messages", "Remote-area surcharge"),
    "transit": QT_TRANSLATE_NOOP("Messages", "Second-leg transit fee"),
    "cold_packaging": QT_TRANSLATE_NOOP("Messages", "Cold-chain packaging fee"),
    "fuel_pct": QT_TRANSLATE_NOOP("Messages", "Fuel surcharge"),
}
PAYER_NAMES = {
    "seller": QT_TRANSLATE_NOOP("Messages", "seller"),
    "platform": QT_TRANSLATE_NOOP("Messages", "platform"),
    "buyer": QT_TRANSLATE_NOOP("Messages", "buyer"),
}
POLICY_NAMES = {
    "free": QT_TRANSLATE_NOOP("Messages", "Free shipping"),
    "charge": QT_TRANSLATE_NOOP("Messages", "Buyer pays shipping"),
    "not_delivered": QT_TRANSLATE_NOOP("Messages", "Do not deliver"),
}
ISSUES = {
    "unknown_province": QT_TRANSLATE_NOOP("Messages", "{field}: no province called \u201c{value}\u201d."),
    "bad_divisor": QT_TRANSLATE_NOOP(
        "Messages", "{field}: \u201c{value}\u201d is not a divisor (a whole number of cm\u00b3 per kg such as 6000, "
        "8000 or 12000; empty or 0 when volume is not charged)."),
    "bad_weight": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d g is not a usable weight."),
    "bad_money": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d fen is not a usable amount."),
    "bad_percent": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a percentage from 0 to 100."),
    "bad_days": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a number of days from 0 to 60."),
    "bad_size": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d cm is not a usable size."),
    "bad_count": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d is not a count from 0 to 50."),
    "province_in_two_zones": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {value} is already in zone \u201c{other}\u201d; a province belongs to one zone."),
    "band_empty": QT_TRANSLATE_NOOP("Messages", "{field}: the band ends ({max} g) where it starts ({min} g)."),
    "band_after_open": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the band before has no upper limit, so no band can follow it."),
    "band_gap": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the band starts at {min} g but the one before ends at {previous_max} g: weights in "
        "between would have no price."),
    "band_overlap": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the band starts at {min} g, inside the one before (which ends at {previous_max} g)."),
    "band_prices_missing": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the prices this pricing model needs are missing ({model})."),
    "duplicate_card": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {carrier} {service} appears twice with the same origin and start date."),
    "fees_take_everything": QT_TRANSLATE_NOOP("Messages", "{field}: the fees add up to {total}%, nothing is left."),
    "unknown_column": QT_TRANSLATE_NOOP("Messages", "column {position} \u201c{column}\u201d is not a rate-card column."),
    "duplicate_column": QT_TRANSLATE_NOOP("Messages", "the column \u201c{column}\u201d appears twice."),
    "missing_column": QT_TRANSLATE_NOOP("Messages", "the column {field} is missing."),
    "differs_within_card": QT_TRANSLATE_NOOP(
        "Messages", "{field}: differs from the card's first row (card-level columns must agree on every row)."),
    "differs_within_zone": QT_TRANSLATE_NOOP(
        "Messages", "{field}: differs from the zone's first row (zone-level columns must agree on every row)."),
    "too_precise_kg": QT_TRANSLATE_NOOP("Messages", "{field}: \u201c{value}\u201d has more than three decimals (grams)."),
}
ERRORS = {
    "unknown_province": QT_TRANSLATE_NOOP("Messages", "No province called \u201c{value}\u201d."),
    "not_covered": QT_TRANSLATE_NOOP("Messages", "{carrier} does not deliver to {province} (no zone lists it)."),
    "too_heavy": QT_TRANSLATE_NOOP(
        "Messages", "A parcel of {weight} kg is heavier than this card allows ({max} kg)."),
    "bad_shipment": QT_TRANSLATE_NOOP("Messages", "Nothing to ship: {units} units of {weight} kg."),
    "bad_dimensions": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{value}\u201d is not a box size: give length \u00d7 width \u00d7 height in cm, e.g. 40x30x25."),
    "band_prices_missing": QT_TRANSLATE_NOOP("Messages", "A weight band lacks the prices its pricing model needs."),
    "no_price": QT_TRANSLATE_NOOP("Messages", "\u201c{sku}\u201d has no live price; give one."),
    "no_weight": QT_TRANSLATE_NOOP("Messages", "\u201c{sku}\u201d has no weight; enter its net or gross weight first."),
    "no_origin": QT_TRANSLATE_NOOP(
        "Messages", "\u201c{sku}\u201d has no known origin province (\u201c{value}\u201d); it decides which rate cards apply."),
    "rate_card_not_found": QT_TRANSLATE_NOOP("Messages", "That rate card no longer exists."),
    "preset_not_found": QT_TRANSLATE_NOOP("Messages", "No packaging preset called \u201c{name}\u201d."),
    "profile_not_found": QT_TRANSLATE_NOOP("Messages", "No fee profile called \u201c{name}\u201d."),
    "undecodable": QT_TRANSLATE_NOOP(
        "Messages", "This file is neither UTF-8 nor GBK/GB18030 text; save it from Excel or WPS as CSV and try again."),
    "card_file_too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large ({size} bytes; at most {limit})."),
    "too_many_rows": QT_TRANSLATE_NOOP("Messages", "The file has more than {limit} rows."),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "no_rows": QT_TRANSLATE_NOOP("Messages", "The file has a header but no rows."),
    "bad_csv": QT_TRANSLATE_NOOP("Messages", "The file is not valid CSV (line {line}): {reason}."),
    "bad_rows": QT_TRANSLATE_NOOP("Messages", "The rate-card file was refused; nothing was imported."),
    "weight_required": QT_TRANSLATE_NOOP("Messages", "Give the parcel's weight with --weight-kg."),
    "no_matching_card": QT_TRANSLATE_NOOP(
        "Messages", "No rate card in force matches (origin {origin}, carrier {carrier})."),
}
# Columns of the exported 包邮 policy.
POLICY_HEADERS = {
    "code": QT_TRANSLATE_NOOP("Messages", "Province code"),
    "province": QT_TRANSLATE_NOOP("Messages", "Province"),
    "policy_text": QT_TRANSLATE_NOOP("Messages", "Policy"),
    "charge": QT_TRANSLATE_NOOP("Messages", "Buyer pays (yuan)"),
    "carrier": QT_TRANSLATE_NOOP("Messages", "Carrier"),
    "zone": QT_TRANSLATE_NOOP("Messages", "Zone"),
    "shipping": QT_TRANSLATE_NOOP("Messages", "Shipping (yuan)"),
    "margin": QT_TRANSLATE_NOOP("Messages", "Margin (yuan)"),
    "break_even": QT_TRANSLATE_NOOP("Messages", "Break-even price (yuan)"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason"),
}
# Why a province gets no delivery (planner reasons; shipping errors above also appear).
REASONS = {
    "winter_freeze": QT_TRANSLATE_NOOP("Messages", "Fresh goods may freeze on the way to {province} in winter."),
    "transit_exceeds_shelf_life": QT_TRANSLATE_NOOP(
        "Messages", "{days} days in transit is longer than the shelf life of {shelf_life} days."),
    "no_rate_card": QT_TRANSLATE_NOOP("Messages", "No rate card from this origin is in force."),
    "below_target_even_charging": QT_TRANSLATE_NOOP(
        "Messages", "Even a shipping fee as large as the shipping cost would not reach the target margin of {target} "
        "(break-even price {break_even})."),
}

messages.FIELD_NAMES.update({k: v for k, v in FIELD_NAMES.items() if k not in messages.FIELD_NAMES})
messages.ISSUES.update({k: v for k, v in ISSUES.items() if k not in messages.ISSUES})
messages.ERRORS.update({k: v for k, v in ERRORS.items() if k not in messages.ERRORS})
messages.CHOICE_NAMES.update({"pricing_model": PRICING_MODEL_NAMES, "rounding": ROUNDING_NAMES,
                              "surcharges": SURCHARGE_NAMES, "paid_by": PAYER_NAMES})


def kg(grams: int | None) -> str:
    """Grams as kilograms, no trailing zeros: 5600 -> "5.6", 6000 -> "6", 3750 -> "3.75"."""
    if grams is None:
        return ""
    return pct(Decimal(grams) / 1000)


def pct(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _params(params: dict) -> dict:
    out = dict(params)
    for key in ("weight_g", "max_g"):
        if key in out:
            out[key[:-2]] = "?" if out[key] is None else kg(out[key])
    for key in ("target", "margin", "break_even"):
        if isinstance(out.get(key), int):
            out[key] = format_fen(out[key])
    if "province" in out:
        out["province"] = messages.province_shown(out["province"])
    return out


def describe_reason(code: str, params: dict) -> str:
    """A planner reason or a shipping problem (``not_covered``, ``too_heavy``…) in words."""
    template = REASONS.get(code) or ERRORS.get(code)
    if template is None:
        return code
    return tr(template).format_map(_Default(_params(params)))


def describe_file_problem(line: int, issue) -> str:
    """One bad line of a rate-card file: "Line 4: First-weight price: “abc” is not a number."."""
    text = messages.describe_issue(issue)
    if line <= 0:
        return text
    return tr(QT_TRANSLATE_NOOP("Messages", "Line {line}: {text}")).format(line=line, text=text)


BREAKDOWN = {
    "actual": QT_TRANSLATE_NOOP("Messages", "Actual weight: {units} \u00d7 {unit} kg + packing {packing} kg = {actual} kg"),
    "volumetric": QT_TRANSLATE_NOOP(
        "Messages", "Volumetric weight: {length} \u00d7 {width} \u00d7 {height} cm \u00f7 {divisor} = {volumetric} kg"),
    "no_volume": QT_TRANSLATE_NOOP("Messages", "Volume is not charged by this card"),
    "no_size": QT_TRANSLATE_NOOP("Messages", "No box size known: volume not counted"),
    "chargeable": QT_TRANSLATE_NOOP(
        "Messages", "Chargeable weight: {measured} kg read as {chargeable} kg (first {first} kg, steps of {step} kg, "
        "{rounding})"),
    "zone": QT_TRANSLATE_NOOP("Messages", "Zone: {zone} ({province})"),
    "first_additional": QT_TRANSLATE_NOOP("Messages", "Freight: {first_price} + {steps} \u00d7 {additional} = {base}"),
    "waybill_per_kg": QT_TRANSLATE_NOOP("Messages", "Freight: {waybill} + {chargeable} kg \u00d7 {per_kg} = {base}"),
    "fixed_tiers": QT_TRANSLATE_NOOP("Messages", "Freight: flat price for {band} = {base}"),
    "min_per_kg": QT_TRANSLATE_NOOP(
        "Messages", "Freight: the larger of {min_charge} and {chargeable} kg \u00d7 {per_kg} = {base}"),
    "min_charge": QT_TRANSLATE_NOOP("Messages", "(at least the minimum charge of {min_charge})"),
    "surcharge": QT_TRANSLATE_NOOP("Messages", "{name}: {amount} (paid by the {payer})"),
    "insurance": QT_TRANSLATE_NOOP("Messages", "Insurance: {value} \u00d7 {rate}% = {raw}, at least {minimum}: {fee}"),
    "parcel_total": QT_TRANSLATE_NOOP("Messages", "Shipping paid by the seller: {total}"),
    "parcel": QT_TRANSLATE_NOOP("Messages", "Parcel {n} of {count}: {units} units"),
    "order_total": QT_TRANSLATE_NOOP("Messages", "Shipping for the order: {total}"),
    "fees": QT_TRANSLATE_NOOP("Messages", "Fees: {revenue} \u00d7 {pct}% = {fees}"),
    "margin": QT_TRANSLATE_NOOP(
        "Messages", "Margin: {revenue} \u2212 goods {cost} \u2212 packaging {packaging} \u2212 shipping {shipping} "
        "\u2212 fees {fees} = {margin}"),
    "break_even": QT_TRANSLATE_NOOP("Messages", "Break-even price: {price}"),
}


def _line(code: str, **params) -> str:
    return tr(BREAKDOWN[code]).format_map(_Default(params))


def _band_text(band) -> str:
    upper = "\u221e" if band.max_g is None else kg(band.max_g)
    return f"({kg(band.min_g)}, {upper}] kg"


def quote_lines(q, revenue_fen: int | None = None, cost_fen: int = 0, fees_pct: Decimal | None = None) -> list[str]:
    """A quote as lines a person can check with a pencil; with a revenue, the margin too."""
    from .core.shipping.engine import half_up

    card = q.card
    lines = [_line("zone", zone=q.zone.name, province=messages.province_shown(q.province.name))]
    for n, parcel in enumerate(q.parcels, 1):
        if len(q.parcels) > 1:
            lines.append(_line("parcel", n=n, count=len(q.parcels), units=parcel.units))
        lines.append(_line("actual", units=parcel.units, unit=kg(parcel.unit_g), packing=kg(parcel.packing_g),
                           actual=kg(parcel.actual_g)))
        if card.divisor is None:
            lines.append(tr(BREAKDOWN["no_volume"]))
        elif parcel.volumetric_g is None:
            lines.append(tr(BREAKDOWN["no_size"]))
        else:
            length, width, height = (pct(d) for d in parcel.dims_cm)
            lines.append(_line("volumetric", length=length, width=width, height=height, divisor=card.divisor,
                               volumetric=kg(parcel.volumetric_g)))
        lines.append(_line("chargeable", measured=kg(parcel.measured_g), chargeable=kg(parcel.chargeable_g),
                           first=kg(card.first_g), step=kg(card.step_g),
                           rounding=tr(ROUNDING_NAMES.get(card.rounding, card.rounding))))
        band = parcel.band
        yuan = format_fen
        kg_text = kg(parcel.chargeable_g)
        if parcel.formula == "first_additional":
            lines.append(_line("first_additional", first_price=yuan(band.first_price), steps=pct(parcel.steps),
                               additional=yuan(band.additional_price), base=yuan(parcel.base_fen)))
        elif parcel.formula == "waybill_per_kg":
            lines.append(_line("waybill_per_kg", waybill=yuan(band.waybill_fee or 0), chargeable=kg_text,
                               per_kg=yuan(band.per_kg_price), base=yuan(parcel.base_fen)))
        elif parcel.formula == "min_per_kg":
            lines.append(_line("min_per_kg", min_charge=yuan(band.min_charge), chargeable=kg_text,
                               per_kg=yuan(band.per_kg_price), base=yuan(parcel.base_fen)))
        else:
            lines.append(_line("fixed_tiers", band=_band_text(band), base=yuan(parcel.base_fen)))
        if band.min_charge is not None and parcel.formula != "min_per_kg":
            lines.append(_line("min_charge", min_charge=yuan(band.min_charge)))
        for kind, fen, payer in parcel.surcharges:
            lines.append(_line("surcharge", name=tr(SURCHARGE_NAMES.get(kind, kind)), amount=yuan(fen),
                               payer=tr(PAYER_NAMES.get(payer, payer))))
        if parcel.insurance_fen:
            rate = q.insurance_pct or Decimal(0)
            lines.append(_line("insurance", value=yuan(parcel.insured_fen), rate=pct(rate),
                               raw=yuan(half_up(parcel.insured_fen * rate / 100)),
                               minimum=yuan(q.insurance_min_fen or 0), fee=yuan(parcel.insurance_fen)))
        lines.append(_line("parcel_total", total=yuan(parcel.total_fen)))
    if len(q.parcels) > 1:
        lines.append(_line("order_total", total=format_fen(q.total_fen)))
    if revenue_fen is not None:
        from .core.shipping.margin import fees_fen

        rate = fees_pct or Decimal(0)
        fees = fees_fen(revenue_fen, rate)
        margin = revenue_fen - cost_fen - q.packaging_fen - q.total_fen - fees
        lines.append(_line("fees", revenue=format_fen(revenue_fen), pct=pct(rate), fees=format_fen(fees)))
        lines.append(_line("margin", revenue=format_fen(revenue_fen), cost=format_fen(cost_fen),
                           packaging=format_fen(q.packaging_fen), shipping=format_fen(q.total_fen),
                           fees=format_fen(fees), margin=format_fen(margin)))
    return lines

