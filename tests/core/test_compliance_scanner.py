"""The script scanner without a product: matching, context rules, English words, numbers and rule dates."""

from dataclasses import replace
from datetime import date

import pytest

from villagecast.core.compliance import check_script, default_pack, dumps_pack, loads_pack, pack_to_data, parse_pack
from villagecast.core.compliance.numbers import chinese_number, count_after, price_after

DAY = date(2026, 12, 1)


def found(text, **kw):
    return [(f.text, f.category, f.severity) for f in check_script(text, day=DAY, **kw).findings]


def spans(text):
    return [text[f.start:f.end] for f in check_script(text, day=DAY).findings]


@pytest.mark.parametrize("text", [
    "最近很多人问", "第一次来直播间的朋友", "首先说一下产地", "唯一的缺点是有点贵", "顶部有个小孔", "极少数有裂口",
    "最后一单今天下午发", "收到后最好放冰箱", "最佳赏味期两周", "有机会来村里玩", "施的是有机肥", "拒绝对顾客乱承诺",
    "快递到转运中心", "去火车站自提", "我们不是有机认证的", "没有有机认证", "蜂蜜不是无糖食品", "不能代替药物",
    "村里的第一书记", "这款茶不限量", "巴氏杀菌的牛奶", "外观不完美", "Best before June", "we do our best",
    "It is not sugar-free", "哪个最好吃？每个人口味不一样", "一周内吃完口感最好", "进群，群里有老顾客",
])
def test_ordinary_language_stays_quiet(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("这是最好的核桃", ["最好"]), ("最好吃的苹果", ["最好"]), ("我们是第一名", ["第一"]), ("这是唯一的产区", ["唯一"]),
    ("全网最低价", ["全网最低价"]), ("最低价给你们", ["最低价"]), ("史上最低价", ["史上最低价"]),
    ("有机蔬菜", ["有机"]), ("绝对好吃", ["绝对"]), ("绝对安全", ["绝对安全"]),
])
def test_claims_are_found_longest_first(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("最*好吃", "最*好"), ("最 好吃", "最 好"), ("最\u200b好吃", "最\u200b好"), ("最最最好的", "最最最好"),
    ("最、好吃", "最、好"), ("絕對正宗", "絕對"), ("１００％成熟蜜", "１００％"), ("ＮＯ．１的销量", "ＮＯ．１"),
    ("全\u200b网\u200b最\u200b低\u200b价", "全\u200b网\u200b最\u200b低\u200b价"),
])
def test_hidden_tricks_map_back_to_the_original_offsets(text, expected):
    findings = check_script(text, day=DAY).findings
    assert [text[f.start:f.end] for f in findings] == [expected] and findings[0].text == expected


def test_no_match_across_a_sentence_end():
    assert found("这是最。好吃的在后面") == []


def test_english_words_need_word_boundaries():
    assert spans("the best honey, it cures coughs") == ["best", "cures"]
    assert spans("bestseller and secures") == []
    assert spans("BEST quality") == ["BEST"]
    assert found("Perfect for a lunch box") == []
    assert spans("It's perfect.") == ["perfect"]


def test_english_findings_suggest_english_alternatives():
    f = check_script("This is the best honey.", day=DAY).findings[0]
    assert f.suggestion == "really good" and f.suggestion_en == "really good"
    g = check_script("这是最好的", day=DAY).findings[0]
    assert g.suggestion == "品质很不错"


def test_numbers_after_count_and_price_words_join_the_finding():
    assert spans("仅剩20件了") == ["仅剩20件"]
    assert spans("只剩下最后两单") == ["只剩下最后两单"]
    assert spans("原价89.9元，现在便宜") == ["原价89.9元"]
    assert spans("原价是一百二十八块") == ["原价是一百二十八块"]
    assert spans("划线价：¥１２８") == ["划线价：¥１２８"]
    f = check_script("只剩3件", day=DAY).findings[0]
    assert f.params == {"term": "只剩3件", "number": 3} and f.explanation == "term_scarce"


def test_number_readers():
    assert chinese_number("一百二十八", 0) == (128, 5)
    assert chinese_number("两百", 0) == (200, 2) and chinese_number("十五", 0) == (15, 2)
    assert count_after("3件", 0) == (3, 2) and count_after("3天", 0) is None and count_after("最后2单", 0) == (2, 4)
    assert price_after("59.9元", 0) == (5990, 5) and price_after("五十九块九", 0) == (5990, 5)
    assert price_after("59块9毛", 0) == (5990, 5) and price_after("是128元", 0) == (12800, 5)
    assert price_after("很便宜", 0) is None


def test_findings_carry_codes_rules_and_alternatives():
    f = check_script("喝了能治疗咳嗽", day=DAY).findings[0]
    assert (f.category, f.severity, f.rule, f.explanation) == ("MED", "block", "AD-04", "term_med")
    assert f.params == {"term": "治疗"} and f.rules == ("AD-04",)
    assert f.to_json() == {"start": 3, "end": 5, "text": "治疗", "category": "MED", "severity": "block",
                           "rule": "AD-04", "suggestion": "只讲口味、产地、吃法"}


def test_without_a_product_the_result_says_product_checks_were_skipped():
    result = check_script("支持七天无理由退货，有机核桃", day=DAY)
    assert not result.product_checked and result.summary()["product_checks"] == "skipped"
    assert [f.text for f in result.findings] == ["有机"]  # a return promise needs a product to compare with


def test_unknown_placeholders_are_findings_known_ones_are_left_alone():
    result = check_script("今天{价格}元，{优惠价}再减五块，原价{原价}元", day=DAY)
    assert [(f.text, f.explanation, f.severity) for f in result.findings] == [
        ("{优惠价}", "placeholder_unknown", "block"), ("原价", "term_price", "warn")]


def test_rules_not_yet_in_force_are_upcoming_not_enforced():
    data = pack_to_data(default_pack())
    data["checklist"].append({"id": "NEW-01", "phases": ["during"], "severity": "block",
                              "effective_from": "2027-06-01", "verified": "S", "text_zh": "新规", "text_en": "new rule",
                              "source": "future measure"})
    data["terms"].append({"term": "香到爆", "category": "ABS", "severity": "block", "rules": ["NEW-01"]})
    pack = parse_pack(data)
    now = check_script("香到爆的核桃", pack=pack, day=DAY)
    assert now.findings == () and [f.text for f in now.upcoming] == ["香到爆"] and not now.has_block
    later = check_script("香到爆的核桃", pack=pack, day=date(2027, 6, 1))
    assert [f.text for f in later.findings] == ["香到爆"] and later.upcoming == ()


def test_a_term_with_one_rule_in_force_is_enforced():
    """零添加 cites LABEL-02 (2027-03-16) and AD-06 (in force): enforced now."""
    assert found("零添加") == [("零添加", "NATURAL", "block")]


def test_a_trainers_context_rule_changes_the_result():
    pack = default_pack()
    terms = tuple(replace(t, context=replace(t.context, not_before=t.context.not_before + ("的核桃",)))
                  if t.term == "最好" else t for t in pack.terms)
    custom = loads_pack(dumps_pack(replace(pack, terms=terms)))
    assert found("这是最好的核桃") == [("最好", "ABS", "block")]
    assert check_script("这是最好的核桃", pack=custom, day=DAY).findings == ()
