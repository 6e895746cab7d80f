"""Example rate cards, presets and fee profiles (assets/shipping/examples.json), marked as examples.

The cards are laid out for a chosen origin: the origin's own province, its neighbours, ordinary
provinces, and the two remote tiers. None of the prices is a carrier's quote.
"""

from __future__ import annotations

import json
from decimal import Decimal

from ... import paths
from ..money import parse_yuan
from . import provinces
from .margin import FeeProfile, PackagingPreset
from .model import Band, RateCard, Surcharge, Zone


def _load() -> dict:
    with open(paths.assets_dir() / "shipping" / "examples.json", encoding="utf-8") as f:
        return json.load(f)


def _g(kg: str | None) -> int | None:
    return None if kg is None else int(Decimal(kg) * 1000)


def _fen(yuan: str | None) -> int | None:
    return None if yuan is None else parse_yuan(yuan)


def zone_groups(origin: str) -> dict[str, list[str]]:
    """Province codes by example zone for an origin (each province in exactly one group)."""
    groups: dict[str, list[str]] = {"origin": [origin], "neighbours": [], "ordinary": [], "remote1": [],
                                    "remote2": []}
    home = provinces.by_code(origin)
    for p in provinces.all_provinces():
        if p.code == origin:
            continue
        if p.remote_tier == 2:
            groups["remote2"].append(p.code)
        elif p.remote_tier == 1 or p.island:
            groups["remote1"].append(p.code)
        elif p.code in home.neighbours:
            groups["neighbours"].append(p.code)
        else:
            groups["ordinary"].append(p.code)
    return groups


def example_cards(origin: str) -> list[RateCard]:
    """The example cards for ``origin`` (any province name)."""
    data = _load()
    code = provinces.resolve(origin).code
    groups = zone_groups(code)
    cards = []
    for spec in data["cards"]:
        card = RateCard(spec["carrier"], spec["service"], code, spec["pricing_model"], _g(spec["first_kg"]),
                        _g(spec["step_kg"]), spec["rounding"], spec.get("divisor"), _g(spec.get("max_kg")),
                        None, [], [], Decimal(spec["insurance_pct"]) if "insurance_pct" in spec else None,
                        _fen(spec.get("insurance_min")), True, data["note"])
        for group, z in spec["zones"].items():
            if not groups[group]:
                continue
            bands = [Band(_g(b.get("min_kg")) or 0, _g(b.get("max_kg")), _fen(b.get("first_price")),
                          _fen(b.get("additional_price")), _fen(b.get("waybill_fee")), _fen(b.get("per_kg_price")),
                          _fen(b.get("flat_price")), _fen(b.get("min_charge"))) for b in z["bands"]]
            fees = [Surcharge(kind, _fen(z[key]), z.get(key.replace("_fee", "_paid_by"), "seller"))
                    for key, kind in (("remote_fee", "remote"), ("transit_fee", "transit"),
                                      ("cold_pack_fee", "cold_packaging")) if key in z]
            card.zones.append(Zone(z["name"], list(groups[group]), bands, fees, z.get("transit_days")))
        cards.append(card)
    return cards


def example_presets() -> list[PackagingPreset]:
    return [PackagingPreset(p["name"], Decimal(p["length_cm"]), Decimal(p["width_cm"]), Decimal(p["height_cm"]),
                            p.get("tare_g", 0), p.get("foam_box_g", 0), p.get("ice_packs", 0), p.get("ice_pack_g", 0),
                            parse_yuan(p["cost"])) for p in _load()["presets"]]


def example_profiles() -> list[FeeProfile]:
    return [FeeProfile(p["name"], Decimal(p["platform_pct"]), Decimal(p["payment_pct"]), Decimal(p["influencer_pct"]),
                       Decimal(p["damage_pct"]), p.get("valid_from"), p.get("valid_to"), p["source_note"])
            for p in _load()["profiles"]]


def add_examples(book, origins: list[str]) -> int:
    """Store the example cards for each origin and the example presets and profiles missing by name.

    ``book`` is a ``core.shipping.service.ShippingBook``; returns how many cards were stored.
    """
    codes = list(dict.fromkeys(provinces.resolve(o).code for o in origins if provinces.find(o)))
    cards = [card for code in codes for card in example_cards(code)]
    with book.repo.transaction():
        saved, _ = book.save_cards(cards)
        have = {p.name for p in book.presets()} | {f.name for f in book.profiles()}
        for item in [*example_presets(), *example_profiles()]:
            if item.name not in have:
                book.save_item(item)
    return len(saved)
