"""Bad input of every kind: exit 2, the reason on stderr, no traceback, the database unchanged."""

import sqlite3

import pytest

from villagecast.storage import open_database


def _json_file(tmp_path, text):
    path = tmp_path / "product.json"
    path.write_text(text, encoding="utf-8")
    return path


BAD = [
    # (arguments, words the message must contain)
    (["products", "show", "NOPE"], "No product with SKU “NOPE”"),
    (["products", "edit", "NOPE", "--name-en", "x"], "No product with SKU"),
    (["products", "remove", "NOPE", "--yes"], "No product with SKU"),
    (["stock", "receive", "NOPE", "3"], "No product with SKU"),
    (["stock", "history", "NOPE"], "No product with SKU"),
    (["price", "set", "NOPE", "10"], "No product with SKU"),
    (["price", "reference", "NOPE"], "No product with SKU"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--net-weight-g", "-5"], "cannot be negative"),
    (["products", "edit", "YN-WALNUT-1KG", "--net-weight-g", "-5"], "cannot be negative"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--live-price", "abc"], "“abc” is not a number"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--list-price", "1.234"], "more than two decimals"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--net-weight-g", "1.5"], "not a whole number"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--length-cm", "inf"], "is not a number"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--category", "toys"], "is not one of"),
    (["products", "add", "--sku", "X-1", "--name-zh", "苹果", "--stock", "-4"], "positive whole number"),
    (["products", "add", "--sku", "has space", "--name-zh", "苹果"], "is not valid (letters, digits"),
    (["products", "add", "--name-en", "no names"], "Chinese name: required"),
    (["products", "add", "--sku", "YN-WALNUT-1KG", "--name-zh", "重复"], "already exists"),
    (["products", "edit", "YN-WALNUT-1KG", "--harvest-date", "2026-9-1"], "is not a date"),
    (["products", "edit", "YN-WALNUT-1KG"], "Nothing to change"),
    (["products", "remove", "YN-WALNUT-1KG"], "--yes"),
    (["price", "set", "YN-WALNUT-1KG", "abc"], "“abc” is not a number"),
    (["price", "set", "YN-WALNUT-1KG", "39.999"], "more than two decimals"),
    (["price", "set", "YN-WALNUT-1KG", "-1"], "cannot be negative"),
    (["price", "reference", "YN-WALNUT-1KG", "--date", "2026-02-30"], "is not a date"),
    (["price", "reference", "YN-WALNUT-1KG", "--date", "tomorrow"], "is not a date"),
    (["stock", "sell", "YN-WALNUT-1KG", "21"], "Not enough stock: 20 on hand, 21 requested"),
    (["stock", "damage", "YN-WALNUT-1KG", "21"], "Not enough stock"),
    (["stock", "adjust", "YN-WALNUT-1KG", "-21"], "Not enough stock"),
    (["stock", "adjust", "YN-WALNUT-1KG", "0"], "changes nothing"),
    (["stock", "receive", "YN-WALNUT-1KG", "abc"], "“abc” is not a whole number"),
    (["stock", "receive", "YN-WALNUT-1KG", "2.5"], "not a whole number"),
    (["stock", "receive", "YN-WALNUT-1KG", "-3"], "positive whole number"),
    (["stock", "receive", "YN-WALNUT-1KG", "0"], "positive whole number"),
    (["stock", "receive", "YN-WALNUT-1KG", "2000000"], "larger than"),
    (["products", "add", "--from-json", "/no/such/file.json"], "Cannot read “/no/such/file.json”"),
    (["backup", "restore", "1", "--yes"], "no backup number 1"),
    (["backup", "restore", "one", "--yes"], "not a whole number"),
]


@pytest.mark.parametrize("args,words", BAD, ids=[" ".join(a) for a, _ in BAD])
def test_refused_with_a_reason_and_nothing_written(cli, walnut, db_path, dump, args, words):
    before = dump(db_path)
    result = cli(*args)
    assert result.code == 2
    assert words in result.err
    assert "Traceback" not in result.err and result.out == ""
    assert dump(db_path) == before


JSON_BAD = [
    ("{not json", "is not valid JSON (line 1, column 2)"),
    ("[1, 2]", "does not describe a product"),
    ('{"sku": "J-1", "name_zh": "梨", "colour": "red"}', "unknown field colour"),
    ('{"sku": "J-1"}', "Chinese name: required"),
    ('{"sku": "J-1", "name_zh": "梨", "certificates": [{"number": "C-1"}]}', "does not describe a product"),
    ('{"sku": "J-1", "name_zh": 5}', "Chinese name: “5” is not text"),
    ('{"sku": "J-1", "name_zh": "梨", "perishable": "yes"}', "is not true or false"),
    ('{"sku": "J-1", "name_zh": "梨", "talking_points": [{"kind": "taste", "text": 3}]}', "is not text"),
    ('{"sku": "J-1", "name_zh": "梨", "live_price": "1.234"}', "more than two decimals"),
    ('{"sku": "J-1", "name_zh": "梨", "live_price": "12.00", "live_price_fen": 1100}', "disagree"),
    ('{"sku": "J-1", "name_zh": "梨", "net_weight_g": -1}', "cannot be negative"),
    ('{"sku": "J-1", "name_zh": "梨", "nutrition": {"protein": "lots"}}', "is not a number"),
]


@pytest.mark.parametrize("text,words", JSON_BAD, ids=[t for t, _ in JSON_BAD])
@pytest.mark.parametrize("command", ["add", "edit"])
def test_bad_product_json_is_refused(cli, walnut, db_path, dump, tmp_path, text, words, command):
    source = _json_file(tmp_path, text)
    args = ["products", "add"] if command == "add" else ["products", "edit", walnut]
    before = dump(db_path)
    result = cli(*args, "--from-json", source)
    assert (result.code, result.out) == (2, ""), result.err
    assert words in result.err and "Traceback" not in result.err
    assert dump(db_path) == before


def test_all_bad_fields_are_reported_at_once(cli, walnut):
    result = cli("products", "add", "--sku", "X-1", "--name-zh", "苹果", "--live-price", "abc", "--list-price",
                 "1.234", "--net-weight-g", "x")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 3


def test_a_newer_database_is_refused_and_left_alone(cli, tmp_path):
    path = tmp_path / "newer.db"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
               ["villagecast", "9999_from_the_future", "2030-01-01"])
    db.conn.close()
    before = path.read_bytes()
    for args in (["products", "list"], ["stock", "receive", "A", "1"], ["backup", "now"]):
        result = cli(*args, db=path)
        assert result.code == 2 and "newer VillageCast" in result.err, args
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(cli, tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my shopping notes, not a database" * 50)
    before = path.read_bytes()
    result = cli("products", "list", db=path)
    assert result.code == 2 and "is not a VillageCast database" in result.err
    assert path.read_bytes() == before


def test_a_folder_as_database_is_refused(cli, tmp_path):
    result = cli("products", "list", db=tmp_path)
    assert result.code == 2 and "is a folder" in result.err


def test_usage_errors_exit_2(cli, walnut):
    assert cli("products", "frobnicate").code == 2
    assert cli("price", "set", walnut, "10", "--kind", "wholesale").code == 2
    assert cli("stock", "sell", walnut).code == 2


def test_bad_values_are_refused_before_the_database_is_even_created(cli, tmp_path):
    path = tmp_path / "fresh.db"
    assert cli("products", "add", "--sku", "X-1", "--name-zh", "苹果", "--live-price", "abc", db=path).code == 2
    assert not path.exists()
    assert cli("products", "add", "--sku", "X-1", "--name-zh", "苹果", "--net-weight-g", "-1", db=path).code == 2
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0


def test_from_json_stdin_malformed(cli, walnut, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("{"))
    result = cli("products", "add", "--from-json", "-")
    assert result.code == 2 and "“stdin” is not valid JSON" in result.err


def test_help_and_version_exit_0(cli):
    assert cli("--help", db=None).code == 0
    assert cli("--version", db=None).code == 0
    assert cli("products", "add", "--help", db=None).code == 0


def test_a_bad_review_step_lists_the_steps_by_name():
    from villagecast import messages
    from villagecast.core.errors import Issue

    text = messages.describe_issue(Issue("audit[0].step", "bad_choice",
                                         {"value": "tasting", "choices": ("supplier_review", "final_approval")}))
    assert "supplier_review (Supplier preliminary review)" in text and "final_approval (Final approval)" in text
