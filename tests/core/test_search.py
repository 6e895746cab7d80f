"""Search as you type: name, SKU, origin, pinyin and initials."""

from villagecast.core.search import SearchIndex, haystack, normalise, pinyin_keys


def row(sku, name, province="", en=""):
    full, initials = pinyin_keys(name, province)
    return dict(sku=sku, name_zh=name, name_en=en, origin_province=province,
                search_pinyin=full, search_initials=initials)


ROWS = [row("YN-WALNUT", "漾濞核桃", "云南省", "Walnuts"), row("SX-APPLE", "洛川苹果", "陕西省", "Apples"),
        row("QL-HONEY", "秦岭土蜂蜜", "陕西省", "Honey"), row("HLJ-RICE", "五常大米", "黑龙江省", "Rice")]


def test_pinyin_keys():
    assert pinyin_keys("核桃") == ("hetao", "ht")
    full, initials = pinyin_keys("洛川苹果", "陕西省")
    assert full.startswith("luochuanpingguo") and "shanxisheng" in full
    assert initials == "lcpg"


def test_queries():
    idx = SearchIndex(ROWS)
    name = lambda q: [ROWS[i]["name_zh"] for i in idx.matches(q)]  # noqa: E731
    assert name("ht") == ["漾濞核桃"]
    assert name("hetao") == ["漾濞核桃"]
    assert name("核桃") == ["漾濞核桃"]
    assert name("HT") == ["漾濞核桃"]
    assert name("ＨＴ") == ["漾濞核桃"]  # full-width letters
    assert name("陕西") == ["洛川苹果", "秦岭土蜂蜜"]
    assert name("shanxi fengmi") == ["秦岭土蜂蜜"]
    assert name("sx-apple") == ["洛川苹果"]
    assert name("walnut") == ["漾濞核桃"]
    assert name("") == [r["name_zh"] for r in ROWS]
    assert name("榴莲") == []


def test_normalise_and_haystack():
    assert normalise(" Ｈe Tao ") == "hetao"
    assert "ht" in haystack(ROWS[0])
