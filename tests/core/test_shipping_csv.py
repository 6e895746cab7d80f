"""Rate-card CSV: Chinese and English headers, UTF-8/BOM/GB18030, every bad line named, round trips."""

from decimal import Decimal as D

import pytest

from villagecast.core.shipping import csvio, provinces
from villagecast.core.shipping.engine import Shipment, quote
from villagecast.core.shipping.examples import example_cards

# Card A of shared/reference/shipping.md as a county outlet would type it in Excel (Chinese headers).
CARD_A_ZH = """快递公司,服务,始发省,区域,目的省份,计价方式,起始重量,截止重量,首重,首重价格,续重步长,续重价格,面单费,每公斤价格,一口价,最低收费,取整,抛比,生效日期
示例通达,电商件,陕西,Z1,陕西,首重续重,0,,1,3.5,1,0.8,,,,,向上取整,8000,2026/3/1
示例通达,电商件,陕西,Z3,广东、广西,首重续重,0,,1,4.5,1,2,,,,,向上取整,8000,2026/3/1
示例通达,电商件,陕西,Z5,新疆;西藏,首重续重,0,,1,15,1,12,,,,,向上取整,8000,2026/3/1
"""


def test_a_gb18030_file_saved_by_excel_imports():
    data = CARD_A_ZH.replace("\n", "\r\n").encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    [card] = csvio.read_cards(data)
    assert (card.carrier, card.origin, card.valid_from, card.divisor) == ("示例通达", "610000", "2026-03-01", 8000)
    assert [z.provinces for z in card.zones] == [["610000"], ["440000", "450000"], ["650000", "540000"]]
    q = quote(card, "广东", Shipment(5000, 1, 600, (D(40), D(30), D(25))))
    assert (q.chargeable_g, q.freight_fen) == (6000, 1450)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_every_encoding_reads_the_same(encoding):
    [card] = csvio.read_cards(CARD_A_ZH.encode(encoding))
    assert card.zones[2].bands[0].first_price == 1500


def test_english_headers_bracketed_headers_and_semicolons():
    text = ("carrier;origin_province;zone;provinces;pricing_model;per_kg_price;waybill_fee;min_charge\n"
            "B;Heilongjiang;琼;Hainan;waybill_per_kg;2.20;2.50;\n")
    [card] = csvio.read_cards(text.encode())
    assert card.pricing_model == "waybill_per_kg" and card.zones[0].bands[0].per_kg_price == 220
    text = "carrier (快递公司),始发省,区域,目的省份,计价方式(pricing_model),一口价\nX,陕西,z,北京,fixed_tiers,5\n"
    assert csvio.read_cards(text.encode())[0].zones[0].bands[0].flat_price == 500


def test_a_file_with_bad_rows_is_refused_whole_with_every_line():
    text = CARD_A_ZH.splitlines()
    text[1] = text[1].replace(",3.5,", ",三块五,")
    text[2] = text[2].replace("广东、广西", "广东、火星")
    text.append("示例通达,电商件,陕西,Z9,北京,首重续重,0,,1,4.5,2,2,,,,,向上取整,8000,2026/3/1")  # step differs
    with pytest.raises(csvio.RateCardFileError) as err:
        csvio.read_cards("\n".join(text).encode("gb18030"))
    found = {(line, issue.field, issue.code) for line, issue in err.value.problems}
    assert {(2, "first_price", "not_a_number"), (3, "provinces", "unknown_province")} <= found
    assert err.value.code == "bad_rows"


def test_card_level_columns_must_agree():
    text = CARD_A_ZH.splitlines()
    text.append("示例通达,电商件,陕西,Z9,北京,首重续重,0,,1,4.5,2,2,,,,,向上取整,8000,2026/3/1")
    with pytest.raises(csvio.RateCardFileError) as err:
        csvio.read_cards("\n".join(text).encode())
    assert (5, "step_kg", "differs_within_card") in {(ln, i.field, i.code) for ln, i in err.value.problems}


def test_card_rules_are_reported_on_the_line_of_the_band():
    text = ("carrier,origin_province,zone,provinces,pricing_model,band_min_kg,band_max_kg,flat_price\n"
            "X,陕西,z,北京,fixed_tiers,0,3,5\n"
            "X,陕西,z,北京,fixed_tiers,4,,8\n"
            "X,陕西,y,北京,fixed_tiers,0,,9\n")
    with pytest.raises(csvio.RateCardFileError) as err:
        csvio.read_cards(text.encode())
    found = {(ln, i.field, i.code) for ln, i in err.value.problems}
    assert (3, "zones[0].bands[1].min_g", "band_gap") in found
    assert (4, "zones[1].provinces", "province_in_two_zones") in found


@pytest.mark.parametrize("data, code", [
    (b"", "empty_file"), (b"carrier,origin_province,zone,provinces,pricing_model\n", "no_rows"),
    (b"\xff\xfe\x00\x00garbage\x81", "undecodable"), (b"carrier,zone\nX,z\n", "bad_rows"),
    (b"carrier,origin_province,zone,provinces,pricing_model,colour\nX,a,b,c,d,red\n", "bad_rows"),
])
def test_broken_files(data, code):
    with pytest.raises(csvio.RateCardFileError) as err:
        csvio.read_cards(data)
    assert err.value.code == code


def test_export_reads_back_to_the_same_cards_in_either_header_language():
    cards = example_cards("陕西") + example_cards("黑龙江")
    for chinese in (False, True):
        data = csvio.write_cards(cards, chinese_headers=chinese)
        assert data.startswith(b"\xef\xbb\xbf")
        assert csvio.read_cards(data) == cards


def test_export_writes_the_issue_columns_first():
    header = csvio.write_cards(example_cards("陕西")).decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:19] == ["carrier", "service", "origin_province", "zone", "provinces", "pricing_model",
                           "band_min_kg", "band_max_kg", "first_kg", "first_price", "step_kg", "additional_price",
                           "waybill_fee", "per_kg_price", "flat_price", "min_charge", "rounding", "divisor",
                           "valid_from"]
    assert provinces.resolve("陕西省").code == example_cards("陕西")[0].origin
