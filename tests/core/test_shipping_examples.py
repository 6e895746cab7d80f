"""The worked examples of shared/reference/shipping.md §5, exact to the fen, and the rules behind them."""

from decimal import Decimal as D

import pytest

from villagecast.core.shipping import provinces
from villagecast.core.shipping.engine import ShippingError, Shipment, quote
from villagecast.core.shipping.margin import break_even_fen, fees_fen, margin_fen
from villagecast.core.shipping.model import Band, RateCard, Zone, validate_card


def code(name):
    return provinces.resolve(name).code


def card_a(origin="陕西", divisor=8000):
    """Card A of the reference: 通达系 county outlet, whole-kg ceil, first 1 kg (prices marked [E] there)."""
    def zone(name, names, first, add):
        return Zone(name, [code(n) for n in names], [Band(0, None, first, add)])
    others = [p.name for p in provinces.all_provinces()
              if p.plain_name not in ("陕西", "甘肃", "四川", "河南", "青海", "宁夏", "内蒙古", "海南", "新疆", "西藏")]
    return RateCard("通达A", "电商件", code(origin), divisor=divisor, zones=[
        zone("Z1", ["陕西"], 350, 80), zone("Z2", ["甘肃", "四川", "河南"], 400, 150),
        zone("Z3", others, 450, 200), zone("Z4", ["青海", "宁夏", "内蒙古", "海南"], 800, 500),
        zone("Z5", ["新疆", "西藏"], 1500, 1200)])


def card_b():
    """Card B: 面单费 + 重量费 (waybill fee + chargeable kg × rate), whole-kg ceil, ÷8000."""
    return RateCard("B", "", code("黑龙江"), "waybill_per_kg", divisor=8000, zones=[
        Zone("琼", [code("海南")], [Band(0, None, waybill_fee=250, per_kg_price=220)]),
        Zone("省内", [code("黑龙江")], [Band(0, None, waybill_fee=200, per_kg_price=60)])])


APPLES = Shipment(5000, 1, 600, (D(40), D(30), D(25)), packaging_fen=350)
RICE = Shipment(10000, 1, 400, (D(40), D(28), D(12)), packaging_fen=150)


def test_the_cards_are_valid():
    assert validate_card(card_a()) == [] and validate_card(card_b()) == []


def test_ex1_apples_to_guangdong():
    q = quote(card_a(), "广东", APPLES)
    assert (q.actual_g, q.volumetric_g, q.chargeable_g, q.zone.name) == (5600, 3750, 6000, "Z3")
    assert q.freight_fen == 1450 and q.total_fen == 1450
    pct = D("0.6") + D("3")
    assert fees_fen(3990, pct) == 144
    costs = 1600 + 350 + q.total_fen
    assert margin_fen(3990, costs, pct) == 446
    assert break_even_fen(costs, pct) == 3527


def test_ex1_apples_to_xinjiang_lose_money():
    q = quote(card_a(), "新疆维吾尔自治区", APPLES)
    assert (q.zone.name, q.chargeable_g, q.freight_fen) == ("Z5", 6000, 7500)
    assert margin_fen(3990, 1600 + 350 + q.total_fen, D("3.6")) == -5604


@pytest.mark.parametrize("divisor, volumetric, chargeable, freight", [
    (None, None, 1000, 450), (12000, 1094, 2000, 650), (8000, 1641, 2000, 650), (6000, 2188, 3000, 850)])
def test_ex4_tea_box_divisor_sensitivity(divisor, volumetric, chargeable, freight):
    q = quote(card_a("福建", divisor), "北京", Shipment(900, 1, 0, (D(35), D(25), D(15))))
    assert (q.zone.name, q.volumetric_g, q.chargeable_g, q.freight_fen) == ("Z3", volumetric, chargeable, freight)


def test_ex4_a_smaller_box_is_charged_by_weight():
    q = quote(card_a("福建", 6000), "北京", Shipment(900, 1, 0, (D(25), D(18), D(12))))
    assert (q.volumetric_g, q.chargeable_g, q.freight_fen) == (900, 1000, 450)


@pytest.mark.parametrize("destination, freight, margin, break_even", [
    ("海南", 2670, -1195, 7263), ("黑龙江", 860, 615, 5335)])
def test_ex5_rice_waybill_plus_weight(destination, freight, margin, break_even):
    q = quote(card_b(), destination, RICE)
    assert (q.actual_g, q.volumetric_g, q.chargeable_g, q.freight_fen) == (10400, 1680, 11000, freight)
    pct = D(5) + D("0.6") + D("0.5")
    costs = 4000 + 150 + q.total_fen
    assert fees_fen(5990, pct) == 365
    assert margin_fen(5990, costs, pct) == margin
    assert break_even_fen(costs, pct) == break_even


def test_ex5_card_a_would_charge_far_more_to_hainan():
    q = quote(card_a("黑龙江"), "海南", RICE)
    assert q.freight_fen == 5800


def test_break_even_is_the_lowest_price_that_does_not_lose():
    for costs, pct in [(3400, D("3.6")), (6820, D("6.1")), (1, D("99.9")), (0, D(0)), (999, D("33.3"))]:
        p = break_even_fen(costs, pct)
        assert margin_fen(p, costs, pct) >= 0 and margin_fen(p - 1, costs, pct) < 0 or p == 0
    assert break_even_fen(100, D(100)) is None


def test_a_province_outside_every_zone_is_not_covered():
    card = card_a()
    card.zones = card.zones[:1]
    with pytest.raises(ShippingError) as err:
        quote(card, "广东", APPLES)
    assert err.value.code == "not_covered"
