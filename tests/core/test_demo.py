"""The demo catalogue: realistic, lawful, consistent data with a month of history."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from villagecast.core.catalogue import Catalogue
from villagecast.core.demo import DemoError, build_demo, demo_skus, load_demo_products
from villagecast.core.product import Product
from villagecast.core.validation import validate_product
from villagecast.storage import Repository, open_database
from villagecast.storage.demo_file import ensure_demo, reset_demo

TODAY = date(2026, 11, 23)
MAIN_CATEGORIES = {"fruit", "honey", "tea", "nuts", "mushroom", "grain", "eggs", "meat", "dried", "oil"}
# Words a talking point may never contain (absolute terms, disease and health-function claims).
BANNED = ("最", "第一", "治疗", "治愈", "根治", "包治", "疗效", "药用", "降血", "降糖", "控糖", "抗癌",
          "补肾", "补血", "补脑", "健脑", "明目", "养胃", "润肺", "养颜", "免疫力", "减肥", "排毒",
          "100%", "百分百", "零添加", "无添加", "纯天然", "零农残", "特供", "专供", "国宴", "顶级", "极品")


@pytest.fixture(scope="module")
def demo() -> Catalogue:
    cat = Catalogue(Repository(open_database(":memory:")))
    build_demo(cat, TODAY)
    return cat


@pytest.fixture(scope="module")
def products(demo) -> dict[str, Product]:
    return {r["sku"]: demo.get(r["sku"]) for r in demo.list_rows()}


def _stock(demo) -> dict[str, dict]:
    return {r["sku"]: r for r in demo.list_rows()}


def test_build_adds_every_product_of_the_file(demo):
    assert len(demo.list_rows()) == len(demo_skus()) >= 12
    fresh = Catalogue(Repository(open_database(":memory:")))
    assert build_demo(fresh, TODAY) == len(demo_skus())


def test_products_come_from_many_provinces_and_cover_the_main_categories(products):
    assert len({p.origin_province for p in products.values()}) >= 8
    assert MAIN_CATEGORIES <= {p.category for p in products.values()}
    for p in products.values():
        assert p.origin_county and p.origin_town and p.origin_village and p.producer, p.sku


def test_every_product_is_valid_and_consistent(products):
    for p in products.values():
        assert [i for i in validate_product(p) if i.is_error] == [], p.sku
        assert not validate_product(p), (p.sku, validate_product(p))  # not even a warning
        assert p.list_price_fen >= p.live_price_fen >= p.floor_price_fen >= p.cost_fen > 0, p.sku
        assert p.gross_weight_g >= p.net_weight_g > 0, p.sku
        assert p.after_sales and p.harvest_date and p.shelf_life_days, p.sku
        assert date.fromisoformat(p.harvest_date) <= TODAY, p.sku
        if p.storage in ("chilled", "frozen") or p.category in ("eggs", "meat"):
            assert p.perishable, p.sku
    storages = {p.storage for p in products.values()}
    assert storages == {"ambient", "chilled", "frozen"}
    assert next(p for p in products.values() if p.category == "meat").storage == "frozen"


def test_stored_products_equal_the_file_as_of_today(products):
    def plain(p: Product) -> dict:
        d = p.to_dict()
        d.pop("id")
        for key in ("certificates", "documents", "talking_points", "photos", "audit", "shop_links"):
            for child in d[key]:
                child.pop("id")
        return d

    loaded = load_demo_products(TODAY)
    assert [p.sku for p in loaded] == demo_skus()
    for p in loaded:
        assert plain(products[p.sku]) == plain(p)


def test_a_month_of_price_history_with_a_reference_price_that_differs(demo, products):
    earliest = min(datetime.fromisoformat(r["at"]) for sku in products for r in demo.price_history(sku))
    assert (TODAY - earliest.astimezone().date()).days >= 29
    differing = [sku for sku, p in products.items() if demo.reference_price(sku, TODAY) != p.live_price_fen]
    assert len(differing) >= 2
    above = [sku for sku in differing if demo.reference_price(sku, TODAY) > products[sku].live_price_fen]
    assert above, "some product is cut today, so its 7-day reference price is above the live price"
    changed = [sku for sku in products if len(demo.price_history(sku, "live")) > 1]
    assert len(changed) >= 8


def test_stock_history_is_never_negative_and_shows_a_real_month(demo, products):
    rows = _stock(demo)
    kinds = set()
    for sku in products:
        history = demo.stock_history(sku)
        assert history[0]["kind"] == "receive"
        assert all(h["balance"] >= 0 for h in history), sku
        assert history[-1]["balance"] == rows[sku]["stock"]
        assert datetime.fromisoformat(history[-1]["at"]) <= datetime.now().astimezone() or TODAY > date.today()
        kinds |= {h["kind"] for h in history}
        sold = [h for h in history if h["kind"] == "sell"]
        assert sold and all(h["quantity"] < 0 for h in sold), sku
    assert kinds == {"receive", "sell", "return", "damage"}
    sessions = {h["session_id"] for sku in products for h in demo.stock_history(sku) if h["session_id"]}
    assert len(sessions) >= 20


def test_one_product_is_sold_out_and_one_runs_low(demo):
    rows = _stock(demo).values()
    assert [r for r in rows if r["stock"] == 0]
    assert [r for r in rows if 0 < r["stock"] <= r["low_stock_threshold"]]
    assert all(r["stock"] >= 0 for r in rows)


def test_certificates_include_an_expired_and_an_expiring_one(products):
    certs = [c for p in products.values() for c in p.certificates]
    assert {c.kind for c in certs} == {"organic", "green_food", "geo_indication", "compliance_cert",
                                       "inspection_report"}
    assert all(c.number.startswith(("示例-", "DEMO-")) for c in certs)
    ends = [date.fromisoformat(c.valid_to) for c in certs if c.valid_to]
    assert any(end < TODAY for end in ends)
    assert any(TODAY <= end <= TODAY + timedelta(days=30) for end in ends)


def test_certificate_dates_follow_the_build_day():
    later = TODAY + timedelta(days=400)
    now = {c.number: c for p in load_demo_products(TODAY) for c in p.certificates}
    then = {c.number: c for p in load_demo_products(later) for c in p.certificates}
    for number, cert in now.items():
        if cert.valid_to:
            assert date.fromisoformat(then[number].valid_to) - date.fromisoformat(cert.valid_to) == timedelta(400)


def test_talking_points_are_lawful_and_mostly_supported(products):
    points = [(p, t) for p in products.values() for t in p.talking_points]
    for p in products.values():
        assert 3 <= len(p.talking_points) <= 6, p.sku
    for p, t in points:
        assert not [w for w in BANNED if w in t.text], (p.sku, t.text)
        if "有机" in t.text:
            assert any(c.kind == "organic" and c.is_valid_on(TODAY) for c in p.certificates), p.sku
        if "绿色食品" in t.text:
            assert any(c.kind == "green_food" and c.is_valid_on(TODAY) for c in p.certificates), p.sku
    supported = [t for _, t in points if t.supported]
    unsupported = [t for _, t in points if not t.supported]
    assert len(supported) >= 20 and len(unsupported) >= 5
    honey = [p for p in products.values() if p.category == "honey"]
    walnut = [p for p in products.values() if "核桃" in p.name_zh]
    assert not [t for p in honey for t in p.talking_points if "无糖" in t.text or "低糖" in t.text]
    assert not [t for p in walnut for t in p.talking_points if "低脂" in t.text]


def test_nutrition_is_realistic(products):
    honey = next(p for p in products.values() if p.category == "honey")
    walnut = next(p for p in products.values() if "核桃" in p.name_zh)
    assert honey.nutrition["sugar"] >= 60
    assert walnut.nutrition["fat"] >= 50
    with_table = [p for p in products.values() if p.nutrition]
    assert 6 <= len(with_table) < len(products)  # exempt fresh produce: sometimes a table, sometimes not
    for p in with_table:
        assert {"energy_kj", "protein", "fat", "carbohydrate", "sodium"} <= set(p.nutrition), p.sku


def test_build_is_deterministic():
    def signature(cat: Catalogue) -> list:
        out = []
        for r in cat.list_rows():
            out.append([(h["kind"], h["quantity"], h["reason"], h["session_id"]) for h in cat.stock_history(r["sku"])])
            out.append([(h["kind"], h["price_fen"]) for h in cat.price_history(r["sku"])])
        return out

    a, b = (Catalogue(Repository(open_database(":memory:"))) for _ in range(2))
    build_demo(a, TODAY)
    build_demo(b, TODAY)
    assert signature(a) == signature(b)


_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d)?")


def _dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [_STAMP.sub("<time>", line) for line in conn.iterdump()]
    finally:
        conn.close()


def test_reset_twice_gives_the_same_database_and_leaves_other_files_alone(tmp_path):
    other = tmp_path / "mine.db"
    db = open_database(other)
    Catalogue(Repository(db)).add(Product(sku="MY-1", name_zh="自家土豆"), opening_stock=3)
    db.close()
    before = (other.read_bytes(), other.stat().st_mtime_ns)

    target = tmp_path / "demo.db"
    (tmp_path / "demo.db-wal").write_bytes(b"stale")  # a stale WAL must never be replayed
    assert reset_demo(target, TODAY) == target
    first = _dump(target)
    assert reset_demo(target, TODAY) == target
    assert _dump(target) == first
    assert sorted(f.name for f in tmp_path.iterdir()) == ["demo.db", "mine.db"]
    assert (other.read_bytes(), other.stat().st_mtime_ns) == before

    db = open_database(target)
    try:
        repo = Repository(db)
        assert [r["sku"] for r in Catalogue(repo).list_rows()] == sorted(demo_skus())
        assert repo.get_meta("demo") == "1"
        Catalogue(repo).add(Product(sku="PLAY-1", name_zh="试着加的商品"))  # playing in the demo
    finally:
        db.close()
    reset_demo(target, TODAY)  # still a demo: replaced, the played-with product is gone
    assert _dump(target) == first


def test_reset_refuses_a_database_that_is_not_a_demo(tmp_path):
    mine = tmp_path / "mine.db"
    db = open_database(mine)
    Catalogue(Repository(db)).add(Product(sku="MY-1", name_zh="自家土豆"))
    db.close()
    before = mine.read_bytes()
    with pytest.raises(DemoError):
        reset_demo(mine, TODAY)
    assert mine.read_bytes() == before
    assert sorted(f.name for f in tmp_path.iterdir()) == ["mine.db"]
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    with pytest.raises(DemoError):
        reset_demo(text, TODAY)
    assert text.read_text() == "not a database"


def test_ensure_builds_once(tmp_path):
    target = tmp_path / "sub" / "demo.db"
    ensure_demo(target, TODAY)
    db = open_database(target)
    cat = Catalogue(Repository(db))
    sku = cat.list_rows()[0]["sku"]
    cat.move_stock(sku, "receive", 5, "test")
    db.close()
    ensure_demo(target, TODAY)  # has products: left alone
    db = open_database(target)
    try:
        assert Catalogue(Repository(db)).stock_history(sku)[-1]["reason"] == "test"
    finally:
        db.close()
    empty = tmp_path / "empty.db"
    open_database(empty).close()
    ensure_demo(empty, TODAY)
    db = open_database(empty)
    try:
        assert len(Catalogue(Repository(db)).list_rows()) == len(demo_skus())
    finally:
        db.close()


def test_the_selection_review_shows_each_situation(products):
    from villagecast.core import audit

    status = {sku: audit.review(p) for sku, p in products.items()}
    not_approved = {sku for sku, r in status.items() if not r.approved}
    assert not_approved == {"SX-HONEY-500G", "SC-PEPPER-250G", "GS-POTATO-5KG", "GZ-EGG-30"}
    assert [c for c, _ in status["SX-HONEY-500G"].reasons] == ["step_failed"]
    assert [c for c, _ in status["SC-PEPPER-250G"].reasons] == ["step_missing"]
    assert [c for c, _ in status["GS-POTATO-5KG"].reasons] == ["points_changed"]
    assert len(status["GZ-EGG-30"].reasons) == 5
    shiitake = [a.result for a in products["ZJ-SHIITAKE-250G"].audit if a.step == "sample_test"]
    assert shiitake == ["failed", "passed"] and status["ZJ-SHIITAKE-250G"].approved


def test_the_demo_show_runs_approved_demo_products_with_their_scripts_and_some_findings(tmp_path):
    """The demo run sheet: an opening, 4–6 approved demo products in order, each with its script, a closing; a
    superlative and health claims are in it on purpose, so a rehearsal has something to mark. The scripts are
    the segments' own: no product's stored scripts change, so adding a demo product elsewhere is as before."""
    from villagecast.core import audit
    from villagecast.core.broadcast.runsheet import RunSheets
    from villagecast.core.broadcast.sessions import Broadcasts
    from villagecast.core.compliance import check_script
    from villagecast.core.demo import DEMO_SHOW, DEMO_SHOW_TITLE, demo_show_id
    from villagecast.storage.broadcast_repo import BroadcastRepository
    from villagecast.storage.runsheet_repo import RunSheetRepository

    target = reset_demo(tmp_path / "demo.db", TODAY)
    db = open_database(target)
    try:
        catalogue = Catalogue(Repository(db))
        sheets = RunSheets(RunSheetRepository(db), catalogue).sheets()
        sheet = next(s for s in sheets if s.id == demo_show_id(sheets))
        assert sheet.title == DEMO_SHOW_TITLE and not sheet.refeature
        kinds = [s.kind for s in sheet.segments]
        assert kinds[0] == "opening" and kinds[-1] == "closing" and 4 <= kinds.count("product") <= 6
        products = [s for s in sheet.segments if s.kind == "product"]
        assert [s.sku for s in products] == [sku for _k, sku, *_ in DEMO_SHOW if sku]
        assert len({s.sku for s in products}) == len(products)
        assert Broadcasts(BroadcastRepository(db)).scripts() == []
        for seg in products:
            product = catalogue.get(seg.sku)
            assert seg.title == product.name_zh and audit.review(product).approved and not seg.unapproved
            assert "{品名}" in seg.script and "{价格}" in seg.script
        assert all(s.script.strip() for s in sheet.segments)
        found = {f.text for s in sheet.segments for f in check_script(s.script).findings if f.severity == "block"}
        assert {"最好", "明目"} <= found
        clean = [s for s in sheet.segments if not check_script(s.script).findings]
        assert len(clean) >= 4  # most of the show is lawful: the marks stand out
    finally:
        db.close()
    assert demo_show_id([]) is None
