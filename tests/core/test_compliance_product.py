"""Product-aware checks against the demo catalogue: certificates, stock, the 7-day 原价, nutrition, after-sales."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from villagecast.core.catalogue import Catalogue
from villagecast.core.compliance import ProductContext, check_script
from villagecast.core.demo import build_demo
from villagecast.storage import Repository, open_database

TODAY = date.today()


@pytest.fixture(scope="module")
def demo():
    """The demo catalogue in memory; the walnuts restocked to 200."""
    db = open_database(":memory:")
    cat = Catalogue(Repository(db))
    build_demo(cat, TODAY)
    cat.move_stock("YN-WALNUT-1KG", "receive", 200 - cat.on_hand("YN-WALNUT-1KG"), "新到一批")
    yield cat
    db.close()


def context(cat, sku, **override):
    product = cat.get(sku)
    values = {"product": product, "on_hand": cat.on_hand(sku),
              "reference_price_fen": cat.reference_price(sku, TODAY), "today": TODAY}
    values.update(override)
    return ProductContext(**values)


def judged(text, ctx):
    return [(f.text, f.severity, f.explanation) for f in check_script(text, ctx).findings]


def test_organic_claim_without_a_certificate_is_a_block(demo):
    ctx = context(demo, "YN-WALNUT-1KG")
    f = check_script("我们的有机核桃", ctx).findings[0]
    assert (f.text, f.severity, f.explanation, f.rule) == ("有机", "block", "certificate_missing", "CERT-01")
    assert f.params == {"term": "有机", "kind": "organic"}
    assert judged("地理标志产品", ctx) == []  # the walnuts hold a valid GI authorisation


def test_a_valid_certificate_makes_the_claim_lawful(demo):
    ctx = context(demo, "ZJ-BAICHA-100G")
    assert judged("有机白茶，地理标志产品", ctx) == []
    assert judged("绿色食品", ctx) == [("绿色食品", "block", "certificate_missing")]


def test_an_expired_or_future_certificate_does_not(demo):
    ctx = context(demo, "ZJ-BAICHA-100G")
    organic = next(c for c in ctx.product.certificates if c.kind == "organic")
    expired = replace(organic, valid_to=(TODAY - timedelta(days=1)).isoformat())
    later = replace(organic, valid_from=(TODAY + timedelta(days=3)).isoformat())
    for cert, code in ((expired, "certificate_expired"), (later, "certificate_not_yet_valid")):
        product = replace(ctx.product, certificates=[cert])
        f = check_script("有机白茶", replace(ctx, product=product)).findings[0]
        assert (f.severity, f.explanation, f.params["number"]) == ("block", code, organic.number)


def test_only_3_left_when_200_are_in_stock(demo):
    ctx = context(demo, "YN-WALNUT-1KG")
    assert ctx.on_hand == 200
    f = check_script("家人们，只剩3件了！", ctx).findings[0]
    assert (f.text, f.severity, f.explanation) == ("只剩3件", "block", "scarcity_count_false")
    assert f.params == {"claimed": 3, "on_hand": 200} and f.suggestion == "现在库存还有200件"
    assert judged("只剩3件了", replace(ctx, on_hand=3)) == []
    assert judged("仅剩最后两单", replace(ctx, on_hand=2)) == []


def test_urgency_without_a_number_is_judged_by_the_low_stock_threshold(demo):
    ctx = context(demo, "YN-WALNUT-1KG")
    assert judged("库存告急，马上抢光", ctx) == [("库存告急", "block", "scarcity_not_low"),
                                            ("马上抢光", "block", "scarcity_not_low")]
    assert judged("库存告急", replace(ctx, on_hand=ctx.product.low_stock_threshold)) == []


def test_a_limit_above_stock(demo):
    ctx = context(demo, "YN-WALNUT-1KG")
    assert judged("本场限量500份", ctx) == [("限量500份", "block", "limit_above_stock")]
    assert judged("本场限量100份", ctx) == []
    assert judged("限量发售", ctx) == [("限量", "warn", "term_scarce")]


def test_a_fake_original_price(demo):
    ctx = context(demo, "YN-WALNUT-1KG")
    assert ctx.reference_price_fen == 3290  # the cut to 32.90 six days ago is the 7-day low
    f = check_script("原价45.9元，今天只要35.9元", ctx).findings[0]
    assert (f.text, f.severity, f.explanation) == ("原价45.9元", "block", "reference_price_above")
    assert f.params == {"claimed": 4590, "reference": 3290} and f.suggestion == "原价32.90元"
    assert judged("原价32.9元", ctx) == [] and judged("划线价三十块", ctx) == []
    assert judged("原价{原价}元，今天{价格}元", ctx) == []
    assert judged("原价很高", ctx) == [("原价", "warn", "reference_price_unstated")]
    assert judged("原价59元", replace(ctx, reference_price_fen=None)) == [("原价59元", "block", "reference_price_none")]


def test_an_ended_promotion_makes_the_current_price_too_high_as_an_original_price(demo):
    ctx = context(demo, "NX-GOJI-500G")
    assert ctx.reference_price_fen < ctx.product.live_price_fen
    assert judged("原价{价格}元", ctx) == [("原价{价格}元", "block", "reference_price_above")]


def test_sugar_free_honey_is_a_block(demo):
    ctx = context(demo, "SX-HONEY-500G")
    f = check_script("这款蜂蜜无糖", ctx).findings[0]
    assert (f.text, f.severity, f.explanation) == ("无糖", "block", "nutrition_claim_sugary")
    no_numbers = replace(ctx, product=replace(ctx.product, nutrition={}))
    assert judged("低糖蜂蜜", no_numbers) == [("低糖", "block", "nutrition_claim_sugary")]


def test_nutrition_claims_against_the_products_own_numbers(demo):
    walnut = context(demo, "YN-WALNUT-1KG")
    assert judged("核桃高蛋白", walnut) == []
    f = check_script("低脂核桃", walnut).findings[0]
    assert (f.severity, f.explanation) == ("block", "nutrition_claim_false")
    assert (f.params["nutrient"], f.params["amount"], f.params["threshold"], f.params["limit"]) == ("fat", 58.8, 3, "max")
    assert judged("核桃不是低脂食品", walnut) == []
    aksu = context(demo, "XJ-AKSU-APPLE-5KG")  # no nutrition values recorded
    assert judged("低糖苹果", aksu) == [("低糖", "warn", "nutrition_claim_no_data")]


def test_disease_claims_are_always_blocks_for_food(demo):
    ctx = context(demo, "SX-HONEY-500G")
    assert judged("喝了能降血糖", ctx) == [("降血糖", "block", "disease_claim_food")]
    assert judged("滋补佳品", ctx) == [("滋补", "warn", "term_health")]


def test_no_reason_returns_must_match_the_after_sales_policy(demo):
    apple = context(demo, "SX-APPLE-5KG")  # fresh; its policy refuses no-reason returns
    f = check_script("支持七天无理由退货", apple).findings[0]
    assert (f.text, f.severity, f.explanation, f.rule) == ("七天无理由退货", "block", "return_promise_not_in_policy",
                                                           "AFTER-01")
    assert judged("生鲜水果不支持七天无理由退货", apple) == []
    honey = context(demo, "SX-HONEY-500G")  # its policy offers them for unopened jars
    assert judged("未开封支持七天无理由退货", honey) == []
    assert judged("不支持七天无理由退货", honey) == [("七天无理由退货", "warn", "return_denial_contradicts_policy")]
    silent = replace(apple, product=replace(apple.product, after_sales=""))
    assert judged("支持7天无理由退货", silent) == [("7天无理由退货", "block", "return_promise_not_in_policy")]


def test_placeholders_are_filled_and_findings_point_at_the_placeholder(demo):
    ctx = context(demo, "YN-WALNUT-1KG")
    text = "{品名}今天{价格}元，产地{产地}"
    assert check_script(text, ctx).findings == ()
    organic_name = replace(ctx, product=replace(ctx.product, name_zh="有机核桃"))
    f = check_script(text, organic_name).findings[0]
    assert (f.start, f.end, f.text, f.explanation) == (0, 4, "{品名}", "certificate_missing")
    no_price = replace(ctx, product=replace(ctx.product, live_price_fen=None), reference_price_fen=None)
    assert judged("今天{价格}元，原价{原价}元", no_price) == [
        ("{价格}", "warn", "placeholder_no_value"), ("原价", "block", "reference_price_none"),
        ("{原价}", "block", "placeholder_no_value")]


def test_with_a_product_the_result_says_so(demo):
    result = check_script("香脆的核桃", context(demo, "YN-WALNUT-1KG"))
    assert result.product_checked and result.summary()["product_checks"] == "done"
    assert result.summary()["sku"] == "YN-WALNUT-1KG" and not result.has_block
