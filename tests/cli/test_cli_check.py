"""``villagecast check FILE|- [--sku SKU] [--json]`` as a new user tries it: hidden violations, a clean script,
the product-aware checks against the demo catalogue, and bad input."""

import argparse
import io
import json

import pytest

from villagecast import cli as cli_module
from villagecast import cli_check
from villagecast.storage import Repository, open_database
from villagecast.storage.demo_file import reset_demo
from villagecast.storage.rule_packs import user_pack_path

HIDDEN = "家人们，这是我们村最*好的核桃，絕對正宗，１００％新鲜！收到后最好放阴凉处。\n第一次来的朋友先关注，最 最 好的福利马上来。"
CLEAN = "最近好多老顾客回来问核桃，第一次来的朋友先关注。唯一的缺点是外壳有点斑，极少数颜色深，顶部有个小尖。最后一单下午五点发货。"


@pytest.fixture(autouse=True)
def check_registered(monkeypatch):
    """Until cli.py registers ``check`` (the lead's change), add it the same way cli_products is added."""
    if "check" in cli_module.COMMANDS:
        return
    build = cli_module.build_parser

    def build_parser():
        parser = build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        common = argparse.ArgumentParser(add_help=False)
        cli_module._database_options(common, suppress=True)
        cli_check.register(sub, common)
        return parser

    monkeypatch.setattr(cli_module, "COMMANDS", cli_module.COMMANDS + ("check",))
    monkeypatch.setattr(cli_module, "build_parser", build_parser)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """The demo catalogue on disk, the walnuts restocked to 200."""
    path = tmp_path_factory.mktemp("demo") / "villagecast-demo.db"
    reset_demo(path)
    db = open_database(path)
    from villagecast.core.catalogue import Catalogue

    cat = Catalogue(Repository(db))
    cat.move_stock("YN-WALNUT-1KG", "receive", 200 - cat.on_hand("YN-WALNUT-1KG"), "新到一批")
    db.close()
    return path


def script(tmp_path, text, name="script.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_hidden_violations_are_found_with_offsets(cli, tmp_path):
    result = cli("check", script(tmp_path, HIDDEN), "--json", db=None)
    assert result.code == 1, result.err
    data = json.loads(result.out)
    found = [(f["text"], f["severity"]) for f in data["findings"]]
    assert found == [("最*好", "block"), ("絕對", "block"), ("１００％", "warn"), ("最 最 好", "block")]
    for f in data["findings"]:
        assert HIDDEN[f["start"]:f["end"]] == f["text"]
        assert set(f) == {"start", "end", "text", "category", "severity", "rule", "suggestion"}
    assert data["findings"][0] == {"start": 9, "end": 12, "text": "最*好", "category": "ABS", "severity": "block",
                                   "rule": "AD-01", "suggestion": "品质很不错"}
    assert data["summary"]["product_checks"] == "skipped" and data["summary"]["block"] == 3


def test_a_clean_script_stays_quiet(cli, tmp_path):
    result = cli("check", script(tmp_path, CLEAN), db=None)
    assert result.code == 0, result.out
    assert "No risky wording found" in result.out and "Product-aware checks skipped" in result.out


def test_human_output_gives_position_words_and_alternative(cli, tmp_path):
    result = cli("check", script(tmp_path, HIDDEN), db=None)
    assert result.code == 1
    assert "1:10  \u201c最*好\u201d  Must change \u00b7 Absolute claim \u00b7 AD-01" in result.out
    assert "Instead: 品质很不错" in result.out
    assert "2:12  \u201c最 最 好\u201d" in result.out
    assert "3 must change, 1 to check" in result.out


def test_only_warnings_exit_zero(cli, tmp_path):
    result = cli("check", script(tmp_path, "这批苹果纯天然，限时优惠。"), "--json", db=None)
    assert result.code == 0 and json.loads(result.out)["summary"]["warn"] == 2


def test_product_checks_fire_against_the_demo_catalogue(cli, tmp_path, demo_db):
    text = "我们的有机核桃，只剩3件了！原价45.9元，今天{价格}元。"
    result = cli("check", script(tmp_path, text), "--sku", "YN-WALNUT-1KG", "--json", db=demo_db)
    assert result.code == 1, result.err
    data = json.loads(result.out)
    assert [(f["text"], f["category"], f["severity"], f["rule"]) for f in data["findings"]] == [
        ("有机", "CERT", "block", "CERT-01"), ("只剩3件", "SCARCE", "block", "PRICE-05"),
        ("原价45.9元", "PRICE", "block", "PRICE-02")]
    assert data["findings"][1]["suggestion"] == "现在库存还有200件"
    assert data["findings"][2]["suggestion"] == "原价32.90元"
    assert data["summary"]["product_checks"] == "done" and data["summary"]["sku"] == "YN-WALNUT-1KG"


def test_sugar_free_honey_and_human_product_line(cli, tmp_path, demo_db):
    result = cli("check", script(tmp_path, "秦岭百花蜜，无糖，老人孩子都能喝。"), "--sku", "SX-HONEY-500G", db=demo_db)
    assert result.code == 1
    assert "\u201c无糖\u201d is never true for Honey" in result.out
    assert "Checked against \u201cSX-HONEY-500G\u201d" in result.out and "37 in stock" in result.out


def test_stdin_is_read_with_a_dash(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("这是最好的蜂蜜".encode()), encoding="utf-8"))
    result = cli("check", "-", "--json", db=None)
    assert result.code == 1 and json.loads(result.out)["findings"][0]["text"] == "最好"


def test_bad_input_exits_2(cli, tmp_path, demo_db):
    missing = cli("check", tmp_path / "nope.txt", db=None)
    assert missing.code == 2 and "Cannot read" in missing.err
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9 \xff\xfe")
    assert cli("check", latin, db=None).code == 2
    unknown = cli("check", script(tmp_path, "最好"), "--sku", "NO-SUCH", db=demo_db)
    assert unknown.code == 2 and "NO-SUCH" in unknown.err
    assert cli("check", db=None).code == 2  # FILE is required


def test_a_damaged_user_pack_is_refused_with_its_reasons(cli, tmp_path):
    from villagecast import paths

    pack = user_pack_path(paths.data_dir())
    pack.parent.mkdir(parents=True)
    pack.write_text('{"format": "villagecast-rule-pack", "version": 9}', encoding="utf-8")
    result = cli("check", script(tmp_path, "最好"), db=None)
    assert result.code == 2
    assert "rule pack version 9 is not supported" in result.err and "Id: required" in result.err


def test_without_sku_the_database_is_not_touched(cli, tmp_path):
    db = tmp_path / "never" / "villagecast.db"
    assert cli("check", script(tmp_path, CLEAN), db=db).code == 0
    assert not db.exists()
