"""quote, plan and ratecard on the command line: worked examples to the fen, GBK files, exit codes."""

import csv
import io
import json

import pytest

# Card A of shared/reference/shipping.md (prices marked [E] there), typed in Excel and saved as GBK.
CARD_A = """快递公司,服务,始发省,区域,目的省份,计价方式,起始重量,截止重量,首重,首重价格,续重步长,续重价格,面单费,每公斤价格,一口价,最低收费,取整,抛比,生效日期
通达A,电商件,陕西,Z1,陕西,首重续重,0,,1,3.5,1,0.8,,,,,向上取整,8000,2026/3/1
通达A,电商件,陕西,Z2,四川、河南、湖北、重庆、山西,首重续重,0,,1,4,1,1.5,,,,,向上取整,8000,2026/3/1
通达A,电商件,陕西,Z3,北京、天津、河北、辽宁、吉林、黑龙江、上海、江苏、浙江、安徽、福建、江西、山东、湖南、广东、广西、贵州、云南,首重续重,0,,1,4.5,1,2,,,,,向上取整,8000,2026/3/1
通达A,电商件,陕西,Z4,甘肃、青海、宁夏、内蒙古、海南,首重续重,0,,1,8,1,5,,,,,向上取整,8000,2026/3/1
通达A,电商件,陕西,Z5,新疆、西藏,首重续重,0,,1,15,1,12,,,,,向上取整,8000,2026/3/1
"""
CARD_B = """carrier,origin_province,zone,provinces,pricing_model,waybill_fee,per_kg_price,divisor
B,黑龙江,琼,海南,waybill_per_kg,2.50,2.20,8000
B,黑龙江,省内,黑龙江,waybill_per_kg,2.00,0.60,8000
"""


@pytest.fixture
def card_a(tmp_path):
    path = tmp_path / "网点报价.csv"
    path.write_bytes(CARD_A.replace("\n", "\r\n").encode("gb18030"))
    return path


def quote_json(cli, *args):
    result = cli("quote", *args, "--json", db=None)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_ex1_on_the_command_line_without_a_database(cli, card_a, db_path):
    [q] = quote_json(cli, "--rate-card", card_a, "--origin", "陕西", "--to", "广东", "--weight-kg", "5.6",
                     "--dims", "40x30x25", "--price", "39.90", "--cost", "16", "--packaging-cost", "3.50",
                     "--fees-pct", "3.6")
    assert {k: q[k] for k in ("carrier", "zone", "actual_kg", "volumetric_kg", "chargeable_kg", "freight",
                              "insurance", "total", "margin")} == {
        "carrier": "通达A", "zone": "Z3", "actual_kg": "5.600", "volumetric_kg": "3.750", "chargeable_kg": "6.000",
        "freight": "14.50", "insurance": "0.00", "total": "14.50", "margin": "4.46"}
    [xj] = quote_json(cli, "--rate-card", card_a, "--to", "新疆", "--weight-kg", "5.6", "--price", "39.90",
                      "--cost", "16", "--packaging-cost", "3.5", "--fees-pct", "3.6")
    assert (xj["zone"], xj["freight"], xj["margin"], xj["volumetric_kg"]) == ("Z5", "75.00", "-56.04", None)
    assert not db_path.exists()


@pytest.mark.parametrize("weight, chargeable, freight", [("3.00", "3.000", "8.50"), ("3.01", "4.000", "10.50")])
def test_band_edge_on_the_command_line(cli, card_a, weight, chargeable, freight):
    [q] = quote_json(cli, "--rate-card", card_a, "--to", "北京", "--weight-kg", weight)
    assert (q["chargeable_kg"], q["freight"]) == (chargeable, freight)


@pytest.mark.parametrize("dims, freight", [("35x25x15", "6.50"), ("25×18×12", "4.50")])
def test_ex4_dims_on_the_command_line(cli, card_a, dims, freight):
    [q] = quote_json(cli, "--rate-card", card_a, "--to", "北京", "--weight-kg", "0.9", "--dims", dims)
    assert q["freight"] == freight


def test_insurance_on_the_command_line(cli, card_a):
    [q] = quote_json(cli, "--rate-card", card_a, "--to", "北京", "--weight-kg", "1", "--declared-value", "500",
                     "--insurance-pct", "0.5", "--insurance-min", "1")
    assert (q["freight"], q["insurance"], q["total"]) == ("4.50", "2.50", "7.00")


def test_ex5_card_b(cli, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(CARD_B, encoding="utf-8-sig")
    [hainan] = quote_json(cli, "--rate-card", path, "--to", "琼", "--weight-kg", "10.4", "--dims", "40x28x12",
                          "--price", "59.90", "--cost", "40", "--packaging-cost", "1.50", "--fees-pct", "6.1")
    assert (hainan["chargeable_kg"], hainan["freight"], hainan["margin"]) == ("11.000", "26.70", "-11.95")


@pytest.mark.parametrize("args, text", [
    (["--to", "火星", "--weight-kg", "5"], "火星"),
    (["--to", "广东", "--weight-kg", "5", "--dims", "40x30"], "40x30"),
    (["--to", "广东", "--weight-kg", "abc"], "abc"),
    (["--to", "广东"], "--weight-kg"),
    (["--to", "广东", "--weight-kg", "5", "--carrier", "顺丰"], "顺丰"),
])
def test_bad_input_exits_2_with_the_reason(cli, card_a, args, text):
    result = cli("--lang", "en", "quote", "--rate-card", card_a, *args, db=None)
    assert result.code == 2 and text in result.err, result.err


def test_a_destination_no_card_covers_exits_2(cli, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(CARD_B, encoding="utf-8")
    result = cli("--lang", "en", "quote", "--rate-card", path, "--to", "广东", "--weight-kg", "2", db=None)
    assert result.code == 2 and "Guangdong" in result.err  # English output: English province names


def test_a_bad_card_file_names_every_line(cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(CARD_A.replace(",3.5,", ",三块五,").replace("Z5,新疆", "Z5,火星").encode("gb18030"))
    result = cli("--lang", "en", "ratecard", "import", path)
    assert result.code == 2
    assert "Line 2" in result.err and "Line 6" in result.err and "nothing was imported" in result.err
    assert json.loads(cli("ratecard", "list", "--json").out) == []


def test_import_list_export_and_import_again_replaces(cli, card_a, tmp_path):
    assert cli("ratecard", "import", card_a).code == 0
    [card] = json.loads(cli("ratecard", "list", "--json").out)
    assert (card["carrier"], card["origin"], card["valid_from"], card["zones"]) == ("通达A", "陕西省", "2026-03-01", 5)
    out = tmp_path / "out.csv"
    assert cli("ratecard", "export", out, "--chinese-headers").code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "快递公司" in out.read_text("utf-8-sig")
    again = cli("--lang", "en", "ratecard", "import", out)
    assert again.code == 0 and "Replaced" in again.out
    assert len(json.loads(cli("ratecard", "list", "--json").out)) == 1


def test_quote_and_plan_a_demo_product(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("VILLAGECAST_DATA_DIR", str(tmp_path / "data"))
    run = lambda *a: cli("--demo", *a, db=None)  # noqa: E731
    quotes = json.loads(run("quote", "--sku", "SX-APPLE-5KG", "--to", "广东", "--packaging",
                            "示例·5斤/10斤水果双层纸箱", "--carrier", "示例快递A", "--json").out)
    assert [(q["carrier"], q["freight"], q["chargeable_kg"]) for q in quotes] == [
        ("示例快递A（通达系县城网点）", "14.50", "6.000")]
    result = run("plan", "--sku", "SX-APPLE-5KG", "--price", "39.90", "--target-margin", "3", "--packaging",
                 "示例·5斤/10斤水果双层纸箱", "--fees", "示例·抖音生鲜果蔬", "--date", "2026-07-01", "--json",
                 "--csv", tmp_path / "policy.csv")
    assert result.code == 0, result.err
    plan = json.loads(result.out)
    assert len(plan["provinces"]) == 31 and plan["price"] == "39.90"
    rows = {p["province"]: p for p in plan["provinces"]}
    # 陕西 in-province, card B: above 3 kg it is waybill fee + kg × rate: 2.00 + 6 × 0.60 = 5.60
    assert (rows["陕西省"]["carrier"], rows["陕西省"]["shipping"]) == ("示例快递B（面单+重量）", "5.60")
    # margin = 39.90 − 28.00 − 3.50 − 5.60 − round(39.90 × 3.6%) = 1.36 < 3 → the buyer pays 2 yuan
    assert (rows["陕西省"]["margin"], rows["陕西省"]["policy"], rows["陕西省"]["charge"]) == ("1.36", "charge", "2.00")
    table = list(csv.reader(io.StringIO((tmp_path / "policy.csv").read_text("utf-8-sig"))))
    assert len(table) == 32 and table[1][0] == "110000"
    winter = json.loads(run("plan", "--sku", "SX-APPLE-5KG", "--date", "2026-12-01", "--json").out)
    assert {p["province"]: p["policy"] for p in winter["provinces"]}["黑龙江省"] == "not_delivered"


def test_plan_refuses_unknown_products_and_presets(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("VILLAGECAST_DATA_DIR", str(tmp_path / "data"))
    assert cli("--demo", "plan", "--sku", "NOPE", db=None).code == 2
    result = cli("--demo", "--lang", "en", "plan", "--sku", "SX-APPLE-5KG", "--packaging", "铁箱", db=None)
    assert result.code == 2 and "铁箱" in result.err
