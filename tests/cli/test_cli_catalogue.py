"""products, stock and price commands: round trips, where --db may go, JSON shapes, warnings."""

import json
from datetime import date, timedelta

from villagecast.core.product import Product


def test_full_round_trip(cli, walnut_cmd):
    WALNUT = walnut_cmd
    assert cli(*WALNUT).code == 0

    rows = json.loads(cli("products", "list", "--json").out)
    assert [r["sku"] for r in rows] == ["YN-WALNUT-1KG"]
    assert rows[0]["stock"] == 20 and rows[0]["live_price"] == "39.90"

    shown = json.loads(cli("products", "show", "YN-WALNUT-1KG", "--json").out)
    assert shown["name_zh"] == "云南漾濞核桃" and shown["live_price_fen"] == 3990 and shown["stock"] == 20

    edit = cli("products", "edit", "YN-WALNUT-1KG", "--name-en", "Walnuts from Yangbi", "--perishable",
               "--harvest-date", "2026-09-20", "--low-stock", "5")
    assert edit.code == 0, edit.err
    shown = json.loads(cli("products", "show", "YN-WALNUT-1KG", "--json").out)
    assert (shown["name_en"], shown["perishable"], shown["harvest_date"], shown["low_stock_threshold"]) == (
        "Walnuts from Yangbi", True, "2026-09-20", 5)
    assert shown["live_price"] == "39.90"  # untouched fields stay

    assert cli("stock", "receive", "YN-WALNUT-1KG", "10", "--reason", "新到货").code == 0
    sell = cli("stock", "sell", "YN-WALNUT-1KG", "4", "--session", "live-1")
    assert sell.code == 0 and "26" in sell.out
    adjust = cli("stock", "adjust", "YN-WALNUT-1KG", "-3", "--reason", "stocktake")
    assert adjust.code == 0, adjust.err
    assert cli("stock", "return", "YN-WALNUT-1KG", "1").code == 0
    assert cli("stock", "damage", "YN-WALNUT-1KG", "2").code == 0
    history = json.loads(cli("stock", "history", "YN-WALNUT-1KG", "--json").out)
    assert [(m["kind"], m["quantity"], m["balance"]) for m in history] == [
        ("receive", 20, 20), ("receive", 10, 30), ("sell", -4, 26), ("adjust", -3, 23), ("return", 1, 24),
        ("damage", -2, 22)]
    assert history[1]["reason"] == "新到货" and history[2]["session_id"] == "live-1"
    text = cli("stock", "history", "YN-WALNUT-1KG").out
    assert "Received" in text and "-3" in text and "stocktake" in text

    assert cli("price", "set", "YN-WALNUT-1KG", "35.5").code == 0
    assert cli("price", "set", "YN-WALNUT-1KG", "¥66", "--kind", "list").code == 0
    prices = json.loads(cli("price", "history", "YN-WALNUT-1KG", "--json").out)
    assert [(p["kind"], p["price"]) for p in prices if p["kind"] in ("live", "list")] == [
        ("list", "59.90"), ("live", "39.90"), ("live", "35.50"), ("list", "66.00")]
    assert "35.50" in cli("price", "history", "YN-WALNUT-1KG").out

    # Prices set today are not yet a reference price; a week on, the lowest of them is.
    today = json.loads(cli("price", "reference", "YN-WALNUT-1KG", "--json").out)
    assert today["reference_price"] is None
    assert "none" in cli("price", "reference", "YN-WALNUT-1KG").out
    later = (date.today() + timedelta(days=3)).isoformat()
    ref = json.loads(cli("price", "reference", "YN-WALNUT-1KG", "--date", later, "--json").out)
    assert ref == {"sku": "YN-WALNUT-1KG", "date": later, "reference_price": "35.50", "reference_price_fen": 3550}
    assert "35.50" in cli("price", "reference", "YN-WALNUT-1KG", "--date", later).out

    removed = cli("products", "remove", "YN-WALNUT-1KG", "--yes")
    assert removed.code == 0
    assert json.loads(cli("products", "list", "--json").out) == []
    assert "No products" in cli("products", "list").out


def test_db_before_and_after_the_subcommand_and_from_the_environment(cli, tmp_path, monkeypatch, walnut_cmd):
    WALNUT = walnut_cmd
    first, second, third = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    assert cli("--db", first, *WALNUT, db=None).code == 0
    assert cli(*WALNUT[:3], "OTHER-1", *WALNUT[4:], db=second).code == 0
    monkeypatch.setenv("VILLAGECAST_DB", str(third))
    assert cli(*WALNUT[:3], "ENV-1", *WALNUT[4:], db=None).code == 0

    def skus(*args):
        return [r["sku"] for r in json.loads(cli(*args, db=None).out)]

    assert skus("--db", first, "products", "list", "--json") == ["YN-WALNUT-1KG"]
    assert skus("products", "list", "--json", "--db", second) == ["OTHER-1"]
    assert skus("products", "--db", first, "list", "--json") == ["YN-WALNUT-1KG"]
    assert skus("products", "list", "--json") == ["ENV-1"]
    # The last --db given wins; an option after the sub-command never loses an earlier one.
    assert skus("--db", first, "products", "list", "--json", "--db", second) == ["OTHER-1"]


def test_list_json_fields_search_and_text_table(cli, walnut):
    assert cli("products", "add", "--sku", "GZ-HONEY", "--name-zh", "贵州土蜂蜜", "--category", "honey",
               "--stock", "3").code == 0
    rows = json.loads(cli("products", "list", "--json").out)
    honey, nut = rows
    assert set(nut) >= {"sku", "name_zh", "name_en", "category", "stock", "live_price", "list_price",
                        "low_stock", "origin"}
    assert nut["live_price"] == "39.90" and nut["list_price"] == "59.90"
    assert nut["origin"] == "云南省漾濞彝族自治县" and nut["low_stock"] is False and nut["stock"] == 20
    assert honey["live_price"] is None and honey["low_stock"] is True and honey["stock"] == 3
    assert isinstance(honey["stock"], int)

    for query in ("蜂蜜", "fengmi", "tfm", "gz-honey"):
        found = json.loads(cli("products", "list", "--search", query, "--json").out)
        assert [r["sku"] for r in found] == ["GZ-HONEY"], query
    assert "No product matches" in cli("products", "list", "--search", "榴莲").out

    text = cli("products", "list").out
    assert "云南漾濞核桃" in text and "39.90" in text and "Honey" in text and "low" in text


def test_show_text_lists_certificates_points_and_nutrition(cli, walnut, tmp_path):
    product = json.loads(cli("products", "show", walnut, "--json").out)
    product.update(
        certificates=[{"kind": "geo_indication", "number": "GI-2024-01", "issuer": "农业农村部",
                       "valid_from": "2024-01-01", "valid_to": "2027-01-01", "file_path": ""}],
        talking_points=[{"kind": "origin", "text": "来自苍山脚下",
                         "evidence": [{"kind": "certificate", "ref": "GI-2024-01"}]},
                        {"kind": "taste", "text": "壳薄仁香", "evidence": []}],
        nutrition={"energy_kj": 2704, "protein": 14.9})
    source = tmp_path / "walnut.json"
    source.write_text(json.dumps(product, ensure_ascii=False), encoding="utf-8")
    assert cli("products", "edit", walnut, "--from-json", source).code == 0
    text = cli("products", "show", walnut).out
    for expected in ("云南漾濞核桃", "Geographical indication", "GI-2024-01", "来自苍山脚下", "壳薄仁香",
                     "no evidence", "Protein: 14.9 g", "Energy: 2704 kJ", "Stock on hand", "39.90"):
        assert expected in text, expected


def test_from_json_round_trip_keeps_everything(cli, walnut, tmp_path, monkeypatch):
    shown = json.loads(cli("products", "show", walnut, "--json").out)
    shown.update(certificates=[{"kind": "organic", "number": "ORG-1", "issuer": "", "valid_from": None,
                                "valid_to": None, "file_path": "", "id": None}],
                 documents=[{"title": "检测报告", "file_path": "", "id": None}],
                 talking_points=[{"kind": "nutrition", "text": "富含蛋白质", "id": None,
                                  "evidence": [{"kind": "document", "ref": "检测报告"}]}],
                 nutrition={"protein": 14.9, "fat": 58.8})
    source = tmp_path / "p.json"
    source.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    other = tmp_path / "other.db"
    added = cli("products", "add", "--from-json", source, "--sku", "COPY-1", "--stock", "7", db=other)
    assert added.code == 0, added.err
    copy = json.loads(cli("products", "show", "COPY-1", "--json", db=other).out)
    assert copy["stock"] == 7  # the JSON's stock is derived and ignored; --stock is the opening stock

    def comparable(d):
        d = {k: v for k, v in d.items() if k in Product.__dataclass_fields__}
        d["certificates"] = [{k: v for k, v in c.items() if k != "status"} for c in d["certificates"]]
        d["talking_points"] = [{k: v for k, v in t.items() if k != "support"} for t in d["talking_points"]]
        d = Product.from_dict(d)
        d = d.to_dict()
        d.update(id=None, sku=None)
        for group in ("certificates", "documents", "talking_points"):
            d[group] = [{**item, "id": None} for item in d[group]]
        return d

    assert comparable(copy) == comparable(shown)

    # '-' reads stdin; a whole-product edit can rename.
    import io

    shown.update(sku="RENAMED", live_price="41.00", live_price_fen=4100)
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(shown, ensure_ascii=False)))
    assert cli("products", "edit", walnut, "--from-json", "-").code == 0
    renamed = json.loads(cli("products", "show", "RENAMED", "--json").out)
    assert renamed["live_price"] == "41.00" and renamed["stock"] == 20


def test_warnings_go_to_stderr_and_still_succeed(cli, walnut):
    result = cli("price", "set", walnut, "25")
    assert result.code == 0
    assert "Warning" in result.err and "below the cost" in result.err
    assert "25.00" in result.out

    low = cli("stock", "sell", walnut, "15")
    assert low.code == 0 and "Low stock" in low.err


def test_edit_can_clear_an_optional_field(cli, walnut):
    assert cli("products", "edit", walnut, "--net-weight-g", "", "--gross-weight-g", "").code == 0
    shown = json.loads(cli("products", "show", walnut, "--json").out)
    assert shown["net_weight_g"] is None and shown["gross_weight_g"] is None


def test_rename_then_edit_by_new_sku(cli, walnut, db_path, dump):
    result = cli("products", "edit", walnut, "--sku", "YN-WALNUT-2KG", "--net-weight-g", "2000",
                 "--gross-weight-g", "2200")
    assert result.code == 0 and "YN-WALNUT-2KG" in result.out
    before = dump(db_path)
    assert cli("products", "show", walnut).code == 2
    assert json.loads(cli("products", "show", "YN-WALNUT-2KG", "--json").out)["stock"] == 20
    assert dump(db_path) == before


def test_options_supply_what_the_json_leaves_out(cli, tmp_path):
    source = tmp_path / "pear.json"
    source.write_text('{"name_zh": "砀山酥梨", "category": "fruit", "nutrition": {"carbohydrate": 13.3}}',
                      encoding="utf-8")
    assert cli("products", "add", "--from-json", source, "--sku", "AH-PEAR", "--live-price", "29.9").code == 0
    shown = json.loads(cli("products", "show", "AH-PEAR", "--json").out)
    assert (shown["name_zh"], shown["live_price"], shown["nutrition"]) == ("砀山酥梨", "29.90", {"carbohydrate": 13.3})


def test_edit_from_json_without_a_sku_keeps_the_product_s(cli, walnut, tmp_path):
    source = tmp_path / "walnut.json"
    source.write_text('{"name_zh": "漾濞纸皮核桃", "category": "nuts"}', encoding="utf-8")
    assert cli("products", "edit", walnut, "--from-json", source).code == 0
    shown = json.loads(cli("products", "show", walnut, "--json").out)
    assert shown["name_zh"] == "漾濞纸皮核桃" and shown["live_price"] is None  # the whole product was replaced
    assert shown["stock"] == 20  # the ledger is not part of the product


def test_show_reports_certificate_status_and_point_support(cli, tmp_path):
    from villagecast.core.product import Certificate, Evidence, Product, TalkingPoint

    today = date.today()
    product = Product(sku="HONEY-1", name_zh="土蜂蜜", certificates=[
        Certificate("inspection_report", "OLD-1", valid_to=(today - timedelta(days=1)).isoformat()),
        Certificate("organic", "ORG-1", valid_to=(today + timedelta(days=10)).isoformat())],
        talking_points=[TalkingPoint("story", "检测过", [Evidence("certificate", "OLD-1")]),
                        TalkingPoint("origin", "有机", [Evidence("certificate", "ORG-1")]),
                        TalkingPoint("taste", "好喝")])
    source = tmp_path / "p.json"
    source.write_text(json.dumps(product.to_dict(), ensure_ascii=False), encoding="utf-8")
    assert cli("products", "add", "--from-json", str(source)).code == 0
    shown = json.loads(cli("products", "show", "HONEY-1", "--json").out)
    assert [c["status"] for c in shown["certificates"]] == ["expired", "expiring"]
    assert [t["support"] for t in shown["talking_points"]] == ["lapsed", "supported", "unsupported"]
    text = cli("products", "show", "HONEY-1").out
    assert "EXPIRED" in text and "expires in 10 days" in text and "evidence not valid today: OLD-1" in text
    # What show --json prints goes back in unchanged.
    source.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert cli("products", "edit", "HONEY-1", "--from-json", str(source)).code == 0
