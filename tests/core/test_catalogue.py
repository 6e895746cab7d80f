"""Products, validation, stock ledger and price history through the catalogue service."""

from datetime import date, datetime, timedelta, timezone

import pytest

from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import NotFound, StockError, ValidationError
from villagecast.core.product import Certificate, Evidence, Product, TalkingPoint
from villagecast.core.validation import validate_product
from villagecast.storage import Repository


def walnut(**kw):
    base = dict(sku="YN-WALNUT-1KG", name_zh="云南漾濞核桃", name_en="Yangbi walnuts", category="nuts",
                net_weight_g=1000, gross_weight_g=1150, live_price_fen=4990, list_price_fen=5990, cost_fen=3000,
                floor_price_fen=3900, origin_province="云南省", origin_county="漾濞彝族自治县",
                certificates=[Certificate("geo_indication", "DEMO-GI-1", "农业农村部", "2024-01-01", "2027-01-01")],
                talking_points=[TalkingPoint("origin", "来自苍山脚下的漾濞县", [Evidence("certificate", "DEMO-GI-1")]),
                                TalkingPoint("taste", "壳薄仁香")],
                nutrition={"energy_kj": 2704, "protein": 14.9, "fat": 58.8, "saturated_fat": 5.6,
                           "carbohydrate": 19.1, "sodium": 6.4})
    base.update(kw)
    return Product(**base)


def codes(issues):
    return {(i.field, i.code) for i in issues}


def test_round_trip_keeps_every_field(catalogue):
    p = walnut(documents=[], harvest_date="2026-09-20", perishable=False, after_sales="破损包赔")
    catalogue.add(p, opening_stock=20)
    back = catalogue.get(p.sku)
    assert back.to_dict() | {"id": None} == p.to_dict() | {
        "id": None, "certificates": [c | {"id": back.certificates[0].id} for c in p.to_dict()["certificates"]],
        "talking_points": [t | {"id": back.talking_points[i].id} for i, t in enumerate(p.to_dict()["talking_points"])]}
    assert back.talking_points[0].supported and not back.talking_points[1].supported


def test_from_dict_round_trip():
    p = walnut()
    assert Product.from_dict(p.to_dict()) == p
    with pytest.raises(KeyError):
        Product.from_dict({**p.to_dict(), "colour": "red"})


@pytest.mark.parametrize("change,expected", [
    (dict(net_weight_g=-5), ("net_weight_g", "negative")),
    (dict(sku="has space"), ("sku", "bad_sku")),
    (dict(name_zh="  "), ("name_zh", "required")),
    (dict(category="toys"), ("category", "bad_choice")),
    (dict(storage="warm"), ("storage", "bad_choice")),
    (dict(gross_weight_g=900), ("gross_weight_g", "gross_below_net")),
    (dict(units_per_pack=0), ("units_per_pack", "at_least_one")),
    (dict(harvest_date="2026-13-01"), ("harvest_date", "bad_date")),
    (dict(live_price_fen=12.5), ("live_price_fen", "not_an_integer")),
    (dict(nutrition={"fat": 1, "saturated_fat": 2}), ("nutrition.saturated_fat", "part_exceeds_whole")),
    (dict(nutrition={"unobtainium": 1}), ("nutrition.unobtainium", "unknown_nutrient")),
    (dict(nutrition={"protein": 60, "fat": 30, "carbohydrate": 20}), ("nutrition", "over_100g")),
    (dict(talking_points=[TalkingPoint("origin", "x", [Evidence("certificate", "NOPE")])]),
     ("talking_points[0].evidence", "unknown_evidence")),
    (dict(certificates=[Certificate("organic", "A", valid_from="2026-05-01", valid_to="2026-01-01")]),
     ("certificates[0].valid_to", "ends_before_start")),
])
def test_validation_errors_refuse_the_write(catalogue, db, change, expected):
    with pytest.raises(ValidationError) as info:
        catalogue.add(walnut(**change))
    assert expected in codes(info.value.issues)
    assert db.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0


def test_live_price_below_cost_is_a_warning_not_an_error(catalogue):
    changes = catalogue.add(walnut(live_price_fen=2500, floor_price_fen=2000))
    assert ("live_price_fen", "below_cost") in codes(changes.warnings)
    assert catalogue.exists("YN-WALNUT-1KG")


def test_duplicate_sku_refused(catalogue):
    catalogue.add(walnut())
    with pytest.raises(ValidationError) as info:
        catalogue.add(walnut(name_zh="另一个"))
    assert ("sku", "duplicate_sku") in codes(info.value.issues)


def test_update_and_rename_sku(catalogue):
    catalogue.add(walnut())
    catalogue.update("YN-WALNUT-1KG", sku="YN-WALNUT-2KG", net_weight_g=2000, gross_weight_g=2200)
    assert not catalogue.exists("YN-WALNUT-1KG")
    assert catalogue.get("YN-WALNUT-2KG").net_weight_g == 2000
    with pytest.raises(ValidationError):
        catalogue.update("YN-WALNUT-2KG", colour="red")
    with pytest.raises(NotFound):
        catalogue.update("NOPE", name_zh="x")


def test_remove_cascades(catalogue, db):
    catalogue.add(walnut(), opening_stock=5)
    catalogue.remove("YN-WALNUT-1KG")
    for table in ("products", "certificates", "talking_points", "nutrition", "stock_moves", "price_history"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_stock_ledger_on_hand_is_the_sum(catalogue):
    catalogue.add(walnut(), opening_stock=10)
    catalogue.move_stock("YN-WALNUT-1KG", "sell", 4, session_id="live-1")
    catalogue.move_stock("YN-WALNUT-1KG", "return", 1, reason="客户退回")
    catalogue.move_stock("YN-WALNUT-1KG", "damage", 2, reason="压碎")
    catalogue.move_stock("YN-WALNUT-1KG", "adjust", -1, reason="盘点")
    assert catalogue.on_hand("YN-WALNUT-1KG") == 4
    history = catalogue.stock_history("YN-WALNUT-1KG")
    assert [h["quantity"] for h in history] == [10, -4, 1, -2, -1]
    assert [h["balance"] for h in history] == [10, 6, 7, 5, 4]
    assert history[1]["session_id"] == "live-1"


@pytest.mark.parametrize("kind,qty,code", [("sell", 11, "below_zero"), ("adjust", -11, "below_zero"),
                                           ("damage", 11, "below_zero"), ("sell", 0, "not_positive"),
                                           ("sell", -3, "not_positive"), ("adjust", 0, "zero_quantity"),
                                           ("steal", 1, "bad_kind"), ("sell", 1.5, "not_an_integer")])
def test_bad_stock_moves_write_nothing(catalogue, kind, qty, code):
    catalogue.add(walnut(), opening_stock=10)
    before = catalogue.stock_history("YN-WALNUT-1KG")
    with pytest.raises(StockError) as info:
        catalogue.move_stock("YN-WALNUT-1KG", kind, qty)
    assert info.value.code == code
    assert catalogue.stock_history("YN-WALNUT-1KG") == before


def test_low_stock_flag(catalogue):
    catalogue.add(walnut(low_stock_threshold=5), opening_stock=6)
    assert catalogue.list_rows()[0]["low_stock"] is False
    catalogue.move_stock("YN-WALNUT-1KG", "sell", 1)
    assert catalogue.list_rows()[0]["low_stock"] is True


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


def test_price_history_and_seven_day_reference(db):
    tz = timezone(timedelta(hours=8))  # China time
    clock = Clock(datetime(2026, 11, 1, 10, 0, tzinfo=tz))
    cat = Catalogue(Repository(db), clock=clock)
    cat.add(walnut(live_price_fen=5990))                 # 11-01: 59.90
    clock.now = datetime(2026, 11, 10, 10, 0, tzinfo=tz)
    cat.set_price("YN-WALNUT-1KG", 4990)                 # 11-10: 49.90
    clock.now = datetime(2026, 11, 16, 23, 30, tzinfo=tz)
    cat.set_price("YN-WALNUT-1KG", 5490)                 # 11-16 late: 54.90
    clock.now = datetime(2026, 11, 20, 9, 0, tzinfo=tz)
    cat.set_price("YN-WALNUT-1KG", 3990)                 # 11-20: 39.90 (the promotion)

    live = [h["price_fen"] for h in cat.price_history("YN-WALNUT-1KG", "live")]
    assert live == [5990, 4990, 5490, 3990]
    # Promotion on 11-20: window 11-13 .. 11-19 inclusive; 49.90 was in force until 11-16.
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 20), tz) == 4990
    # On 11-24 the window is 11-17 .. 11-23: 54.90 until the cut on 11-20, then 39.90.
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 24), tz) == 3990
    # On 11-21 the window (11-14 .. 11-20) includes 49.90 in force at its start.
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 21), tz) == 3990
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 17), tz) == 4990
    # Before the product existed there is no reference price.
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 1), tz) is None
    # 11-30: window 11-23 .. 11-29, only 39.90 in force.
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 30), tz) == 3990


def test_reference_price_ignores_other_price_kinds(db):
    tz = timezone.utc
    clock = Clock(datetime(2026, 11, 1, tzinfo=tz))
    cat = Catalogue(Repository(db), clock=clock)
    cat.add(walnut(live_price_fen=5000, cost_fen=100, floor_price_fen=200, list_price_fen=9000))
    assert cat.reference_price("YN-WALNUT-1KG", date(2026, 11, 5), tz) == 5000


def test_certificate_validity():
    c = Certificate("organic", "X", valid_from="2026-01-01", valid_to="2026-12-31")
    assert c.is_valid_on(date(2026, 6, 1))
    assert not c.is_valid_on(date(2027, 1, 1))
    assert not c.is_valid_on(date(2025, 12, 31))
    assert Certificate("organic", "Y").is_valid_on(date(2030, 1, 1))


def test_validate_clean_product_has_no_issues():
    assert validate_product(walnut()) == []


@pytest.mark.parametrize("change,expected", [
    (dict(name_zh=5), ("name_zh", "not_text")),
    (dict(perishable="yes"), ("perishable", "not_a_boolean")),
    (dict(talking_points=[TalkingPoint("origin", 7)]), ("talking_points[0].text", "not_text")),
    (dict(certificates=["not a certificate"]), ("certificates[0]", "not_text")),
])
def test_wrong_types_are_validation_errors_not_crashes(catalogue, change, expected):
    with pytest.raises(ValidationError) as info:
        catalogue.add(walnut(**change))
    assert expected in codes(info.value.issues)


def test_list_rows_carry_origin_text(catalogue):
    catalogue.add(walnut(origin_town="苍山西镇", origin_village="光明村"))
    assert catalogue.list_rows()[0]["origin"] == "云南省漾濞彝族自治县苍山西镇光明村"


def test_first_rows_match_the_full_list(catalogue):
    for n, name in enumerate(["核桃", "苹果", "蜂蜜", "大米"]):
        catalogue.add(walnut(sku=f"P-{3 - n}", name_zh=name), opening_stock=n + 1)
    catalogue.move_stock("P-3", "sell", 1)
    full = catalogue.list_rows()
    assert [r["sku"] for r in full] == ["P-0", "P-1", "P-2", "P-3"]
    assert catalogue.list_rows(limit=2) == full[:2]
    assert catalogue.list_rows(limit=10) == full
    assert catalogue.count() == 4
    assert {r["sku"]: r["stock"] for r in full} == {"P-0": 4, "P-1": 3, "P-2": 2, "P-3": 0}


def test_certificate_status_and_point_support():
    day = date(2026, 11, 23)
    ok = Certificate("organic", "OK", valid_to="2027-06-01")
    soon = Certificate("green_food", "SOON", valid_to="2026-12-10")
    old = Certificate("inspection_report", "OLD", valid_to="2026-10-29")
    later = Certificate("organic", "LATER", valid_from="2027-01-01")
    assert [c.status_on(day) for c in (ok, soon, old, later)] == ["valid", "expiring", "expired", "not_yet_valid"]
    assert soon.days_left(day) == 17 and Certificate("organic", "X").days_left(day) is None
    p = walnut(certificates=[ok, old], documents=[], talking_points=[
        TalkingPoint("story", "a", [Evidence("certificate", "OLD")]),
        TalkingPoint("story", "b", [Evidence("certificate", "OLD"), Evidence("certificate", "OK")]),
        TalkingPoint("story", "c")])
    assert [p.point_support(t, day) for t in p.talking_points] == ["lapsed", "supported", "unsupported"]


def test_certificate_numbers_and_document_titles_are_required_and_unique():
    from villagecast.core.product import Document

    p = walnut(certificates=[Certificate("organic", "A"), Certificate("organic", "A"), Certificate("organic", " ")],
               documents=[Document("报告"), Document("报告"), Document("")], talking_points=[])
    found = codes(validate_product(p))
    assert {("certificates[1].number", "duplicate"), ("certificates[2].number", "required"),
            ("documents[1].title", "duplicate"), ("documents[2].title", "required")} <= found


def test_list_rows_flag_the_earliest_certificate_end(catalogue):
    today = date(2026, 11, 1)
    def product(sku, *ends):
        certs = [Certificate("organic", f"{sku}-{n}", valid_to=end) for n, end in enumerate(ends)]
        return walnut(sku=sku, certificates=certs, talking_points=[])

    catalogue.add(product("A", "2026-10-31"))
    catalogue.add(product("B", "2028-01-01", "2026-12-01"))
    catalogue.add(product("C", "2026-12-02"))
    catalogue.add(product("D"))
    flags = {r["sku"]: r["certificates"] for r in catalogue.list_rows(today=today)}
    assert flags == {"A": "expired", "B": "expiring", "C": "", "D": ""}  # 30 days left is still "expiring"
