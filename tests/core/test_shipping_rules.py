"""Provinces, band edges, rounding, pricing models, surcharges, insurance, parcels and card validation."""

from decimal import Decimal as D

import pytest

from villagecast.core.shipping import provinces
from villagecast.core.shipping.engine import ShippingError, Shipment, chargeable_g, measured, quote
from villagecast.core.shipping.model import Band, RateCard, Surcharge, Zone, validate_card


def code(name):
    return provinces.resolve(name).code


@pytest.mark.parametrize("text", ["陕西", "陕西省", "陕", "Shaanxi", "shaanxi", "ＳＨＡＡＮＸＩ", "610000", "秦"])
def test_shaanxi_resolves_every_way(text):
    assert provinces.resolve(text).code == "610000"


def test_the_31_provinces():
    all_ = provinces.all_provinces()
    assert len(all_) == 31 and len({p.code for p in all_}) == 31
    assert provinces.resolve("Shanxi").name == "山西省" and provinces.resolve("晋").code == "140000"
    assert provinces.resolve("内蒙").code == provinces.resolve("Inner Mongolia").code == "150000"
    assert provinces.resolve("广西").name == "广西壮族自治区" and provinces.resolve("Xizang").code == "540000"
    assert {p.plain_name for p in all_ if p.remote_tier == 2} == {"新疆", "西藏"}
    assert {p.plain_name for p in all_ if p.remote_tier == 1} == {"甘肃", "青海", "宁夏", "内蒙古"}
    assert [p.plain_name for p in all_ if p.island] == ["海南"]
    assert {p.plain_name for p in all_ if p.winter_freeze} == {"黑龙江", "吉林", "辽宁"}
    assert provinces.find("台湾") is None and provinces.find("") is None
    for p in all_:  # borders are mutual
        for n in p.neighbours:
            assert p.code in provinces.by_code(n).neighbours, (p.name, n)


def test_province_lists_split_the_ways_people_type_them():
    assert provinces.split_list("广东、广西,福建；海南/Inner Mongolia") == ["广东", "广西", "福建", "海南",
                                                                         "Inner Mongolia"]


def banded(model="fixed_tiers", rounding="none", **kw):
    bands = [Band(0, 3000, flat_price=500), Band(3000, 10000, flat_price=800), Band(10000, None, flat_price=1500)]
    return RateCard("T", "", code("陕西"), model, rounding=rounding, step_g=10,
                    zones=[Zone("all", [code("广东")], bands)], **kw)


@pytest.mark.parametrize("grams, price", [(2990, 500), (3000, 500), (3010, 800), (10000, 800), (10010, 1500)])
def test_band_edges_lower_exclusive_upper_inclusive(grams, price):
    q = quote(banded(), "广东", Shipment(grams))
    assert q.freight_fen == price


def test_weights_are_read_to_ten_grams_before_rounding():
    assert measured(3004, None) == 3000 and measured(3005, None) == 3010
    assert quote(banded(), "广东", Shipment(3004)).freight_fen == 500


@pytest.mark.parametrize("rounding, grams, expected", [
    ("ceil", 1010, 2000), ("ceil", 1000, 1000), ("ceil", 300, 1000), ("half_up", 1490, 1000),
    ("half_up", 1500, 2000), ("none", 1230, 1230)])
def test_rounding_modes(rounding, grams, expected):
    card = RateCard("T", "", code("陕西"), rounding=rounding)
    assert chargeable_g(card, grams)[0] == expected


def test_half_kilogram_steps():
    card = RateCard("T", "", code("陕西"), step_g=500, zones=[Zone("z", [code("北京")], [Band(0, None, 1200, 700)])])
    q = quote(card, "北京", Shipment(1300))
    assert (q.chargeable_g, q.freight_fen) == (1500, 1900)


def test_min_per_kg_and_minimum_charge():
    card = RateCard("T", "", code("陕西"), "min_per_kg", rounding="none",
                    zones=[Zone("z", [code("北京")], [Band(0, None, per_kg_price=150, min_charge=800)])])
    assert quote(card, "北京", Shipment(2000)).freight_fen == 800
    assert quote(card, "北京", Shipment(7330)).freight_fen == 1100  # 7.33 kg × 1.50 = 10.995 → 11.00


def test_flat_then_by_weight_prices_each_band_its_own_way():
    card = RateCard("T", "", code("陕西"), "flat_then_first_additional", zones=[Zone("z", [code("北京")], [
        Band(0, 3000, flat_price=450), Band(3000, None, waybill_fee=200, per_kg_price=120)])])
    assert validate_card(card) == []
    assert quote(card, "北京", Shipment(2500)).freight_fen == 450
    assert quote(card, "北京", Shipment(3200)).freight_fen == 200 + 4 * 120


def test_surcharges_by_payer_fuel_and_insurance():
    card = RateCard("T", "", code("陕西"), zones=[Zone("z", [code("新疆")], [Band(0, None, 1500, 1200)],
                                                     [Surcharge("transit", 600, "platform"),
                                                      Surcharge("remote", 300, "seller")])],
                    surcharges=[Surcharge("fuel_pct", D("3"))], insurance_pct=D("0.5"), insurance_min_fen=100)
    q = quote(card, "新疆", Shipment(2000, unit_value_fen=39900))
    assert q.freight_fen == 2700
    assert q.surcharge_fen("platform") == 600 and q.surcharge_fen("seller") == 300 + 81  # 3% of 27.00
    assert q.insurance_fen == 200  # 0.5% of 399.00 = 2.00 (more than the 1.00 minimum)
    assert q.total_fen == 2700 + 381 + 200
    assert quote(card, "新疆", Shipment(2000, unit_value_fen=5000)).insurance_fen == 100  # 0.25 → minimum


def test_a_heavy_order_is_split_into_even_parcels():
    card = RateCard("T", "", code("陕西"), max_parcel_g=20000,
                    zones=[Zone("z", [code("北京")], [Band(0, None, 1000, 500)])])
    q = quote(card, "北京", Shipment(5000, 7, 500))
    # 4 units would weigh 20.5 kg with the box: three parcels, filled evenly, each with its own box
    assert [p.units for p in q.parcels] == [3, 2, 2]
    assert [p.actual_g for p in q.parcels] == [15500, 10500, 10500]
    assert q.freight_fen == (1000 + 15 * 500) + 2 * (1000 + 10 * 500)
    with pytest.raises(ShippingError) as err:
        quote(card, "北京", Shipment(25000))
    assert err.value.code == "too_heavy"


def test_bad_dimensions_and_unknown_provinces():
    card = banded()
    with pytest.raises(ShippingError) as err:
        quote(card, "广东", Shipment(1000, dims_cm=(D(0), D(1), D(1))))
    assert err.value.code == "bad_dimensions"
    with pytest.raises(provinces.ProvinceError):
        quote(card, "火星", Shipment(1000))


def test_card_validation_names_every_problem():
    card = RateCard("", "", "火星", "by_magic", rounding="round", divisor=-1, zones=[
        Zone("z", [code("北京"), code("广东")], [Band(0, 3000, 100, 50), Band(4000, None, 100, None)]),
        Zone("z", [code("北京")], []), Zone("", [], [Band(0, 3000, 100, 50), Band(2000, 2000, 100, 50)])])
    card.pricing_model = "first_additional"
    issues = {(i.field, i.code) for i in validate_card(card)}
    assert {("carrier", "required"), ("origin", "unknown_province"), ("rounding", "bad_choice"),
            ("divisor", "bad_divisor"), ("zones[0].bands[1].min_g", "band_gap"),
            ("zones[0].bands[1]", "band_prices_missing"), ("zones[1].name", "duplicate"),
            ("zones[1].provinces", "province_in_two_zones"), ("zones[1].bands", "required"),
            ("zones[2].name", "required"), ("zones[2].provinces", "required"),
            ("zones[2].bands[1].max_g", "band_empty"), ("zones[2].bands[1].min_g", "band_overlap")} <= issues
