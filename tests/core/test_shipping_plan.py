"""The 包邮 planner over the example cards, and the shipping book in the catalogue file."""

from datetime import date
from decimal import Decimal as D

import pytest

from villagecast.core.errors import ValidationError
from villagecast.core.product import Product
from villagecast.core.shipping import provinces
from villagecast.core.shipping.examples import add_examples, example_cards, example_presets
from villagecast.core.shipping.margin import FeeProfile, PackagingPreset, margin_fen
from villagecast.core.shipping.planner import Order, cards_in_force, plan
from villagecast.core.shipping.service import ShippingBook
from villagecast.storage.shipping_repo import ShippingRepository

SUMMER = date(2026, 7, 1)
WINTER = date(2026, 12, 1)


def apples(**kw):
    base = dict(sku="SX-APPLE-5KG", name_zh="苹果", net_weight_g=5000, gross_weight_g=5600, length_cm=40,
                width_cm=30, height_cm=25, live_price_fen=3990, cost_fen=1600, shelf_life_days=60, perishable=True,
                origin_province="陕西省")
    base.update(kw)
    return Product(**base)


def by_name(plans):
    return {p.province.plain_name: p for p in plans}


def test_ex1_as_a_plan_free_to_guangdong_not_to_xinjiang():
    preset = PackagingPreset("箱", D(40), D(30), D(25), tare_g=600, cost_fen=350)
    card = example_cards("陕西")[0]  # the reference's card A
    order = Order(apples(), 1, preset, None, D("3.6"))
    plans = by_name(plan(order, [card], 0, SUMMER))
    assert len(plans) == 31
    gd = plans["广东"]
    assert (gd.policy, gd.best.quote.freight_fen, gd.best.margin_fen, gd.best.break_even_fen) == ("free", 1450, 446, 3527)
    xj = plans["新疆"]
    assert xj.best.margin_fen == -5604 and xj.policy == "charge"
    # the buyer's fee: the smallest whole yuan after which the order no longer loses money (fees apply to it)
    fee = xj.charge_fen
    assert fee % 100 == 0
    costs = 1600 + 350 + 7500
    assert margin_fen(3990 + fee, costs, D("3.6")) >= 0 > margin_fen(3990 + fee - 100, costs, D("3.6"))


def test_target_margin_moves_provinces_from_free_to_charge():
    order = Order(apples(), 1, None, None, D("3.6"))
    cards = example_cards("陕西")
    free_at_0 = {p.province.code for p in plan(order, cards, 0, SUMMER) if p.policy == "free"}
    free_at_10 = {p.province.code for p in plan(order, cards, 1000, SUMMER) if p.policy == "free"}
    assert free_at_10 < free_at_0


def test_fresh_goods_are_not_sent_north_in_winter_and_not_beyond_their_shelf_life():
    strawberries = apples(sku="LN-S", shelf_life_days=3, storage="chilled", origin_province="辽宁")
    plans = by_name(plan(Order(strawberries), example_cards("辽宁"), 0, WINTER))
    assert plans["吉林"].policy == "not_delivered" and plans["吉林"].reasons[0][0] == "winter_freeze"
    assert plans["新疆"].policy == "not_delivered"
    assert ("transit_exceeds_shelf_life", {"days": 6, "shelf_life": 3}) in [o.problem for o in plans["新疆"].options]
    assert by_name(plan(Order(strawberries), example_cards("辽宁"), 0, SUMMER))["吉林"].policy != "not_delivered"
    beef = apples(sku="NM-B", storage="frozen", origin_province="内蒙古", shelf_life_days=365)
    assert by_name(plan(Order(beef), example_cards("内蒙古"), 0, WINTER))["黑龙江"].policy != "not_delivered"


def test_no_card_from_the_origin_means_no_delivery():
    plans = plan(Order(apples()), example_cards("云南"), 0, SUMMER)
    assert {p.policy for p in plans} == {"not_delivered"}
    assert plans[0].reasons == [("no_rate_card", {})]


def test_cold_chain_card_does_not_reach_xinjiang_but_others_do():
    plans = by_name(plan(Order(apples()), example_cards("陕西"), 0, SUMMER))
    xj = plans["新疆"]
    assert [o.problem[0] for o in xj.options if o.problem] == ["not_covered"]
    assert xj.best is not None


def test_newest_card_in_force_wins_and_future_cards_wait():
    old, new, future = (example_cards("陕西")[0] for _ in range(3))
    old.valid_from, new.valid_from, future.valid_from = "2025-01-01", "2026-03-01", "2027-01-01"
    assert cards_in_force([old, new, future], "610000", SUMMER) == [new]
    assert cards_in_force([future], "610000", SUMMER) == []


@pytest.fixture
def book(db):
    return ShippingBook(ShippingRepository(db))


def test_the_book_stores_cards_presets_and_profiles_exactly(book):
    assert add_examples(book, ["陕西省", "Heilongjiang", "陕西"]) == 8
    cards = book.cards()
    assert len(cards) == 8 and all(c.example for c in cards)
    strip = [c.copy() for c in cards]
    for c in strip:
        c.id = None
    assert sorted(strip, key=lambda c: c.key) == sorted(example_cards("陕西") + example_cards("黑龙江"),
                                                        key=lambda c: c.key)
    assert [p.name for p in book.presets()] == sorted(p.name for p in example_presets())
    assert {f.name: f.total_pct for f in book.profiles()}["示例·抖音生鲜果蔬"] == D("3.6")


def test_saving_a_card_with_the_same_key_replaces_it_and_swap_undoes(book):
    [first], _ = book.save_cards([example_cards("陕西")[0]])
    changed = first.copy()
    changed.id = None
    changed.zones[0].bands[0].first_price = 300
    [saved], replaced = book.save_cards([changed])
    assert [c.id for c in replaced] == [first.id] and len(book.cards()) == 1
    book.swap([saved.id], replaced)
    assert book.cards()[0].zones[0].bands[0].first_price == 350


def test_a_bad_card_or_item_writes_nothing(book):
    good, bad = example_cards("陕西")[:2]
    bad.zones[0].provinces = ["999999"]
    with pytest.raises(ValidationError) as err:
        book.save_cards([good, bad])
    assert ("cards[1].zones[0].provinces", "unknown_province") in {(i.field, i.code) for i in err.value.issues}
    assert book.cards() == []
    with pytest.raises(ValidationError):
        book.save_item(FeeProfile("x", D(60), D(40)))
    saved = book.save_item(FeeProfile("x", D(5)))
    with pytest.raises(ValidationError) as err:
        book.save_item(FeeProfile("x", D(1)))
    assert err.value.issues[0].code == "duplicate"
    book.delete_item(saved)
    assert book.profiles() == []
    assert book.restore_item(saved).name == "x"


def test_province_table_covers_every_province_once_in_the_examples():
    for origin in ("陕西", "新疆", "海南", "北京"):
        cards = example_cards(origin)
        codes = [c for z in cards[0].zones for c in z.provinces]
        assert sorted(codes) == sorted(p.code for p in provinces.all_provinces())
