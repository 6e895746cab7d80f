"""Rule packs: the shipped pack, validation (refused whole, every reason), export and import."""

import copy
import json
from datetime import date

import pytest

from villagecast.core import claims
from villagecast.core.compliance import PackError, default_pack, dumps_pack, loads_pack, pack_to_data, parse_pack
from villagecast.core.compliance.pack import CATEGORIES, default_pack_path
from villagecast.core.compliance.pack_check import validate_pack
from villagecast.core.errors import FileError
from villagecast.storage import rule_packs


@pytest.fixture
def data():
    return json.loads(default_pack_path().read_text(encoding="utf-8"))


def codes(issues):
    return {(i.field, i.code) for i in issues}


def test_shipped_pack_is_valid_and_complete():
    pack = default_pack()
    assert len(pack.checklist) >= 50 and len(pack.terms) >= 300
    ids = {i.id for i in pack.checklist}
    assert {"AD-01", "AD-04", "CERT-01", "PRICE-02", "PRICE-05", "NUTR-02", "AFTER-01", "SEL-06"} <= ids
    assert {t.category for t in pack.terms} == set(CATEGORIES)
    for item in pack.checklist:
        assert item.text_zh and item.text_en and item.source and item.phases
    for term in pack.terms:
        assert set(term.rules) <= ids
    english = [t for t in pack.terms if t.term.isascii() and t.term.isalpha()]
    assert len(english) >= 10


def test_every_legal_source_is_also_written_entirely_in_chinese():
    """The Chinese UI shows ``source_zh``: no English word in it (standard codes such as GB 7718, SC, MCN and
    an annex letter are allowed), every article number of the cited ``source`` in it."""
    import re

    allowed = re.compile(r"GB|SC|MCN|C")
    for item in default_pack().checklist:
        assert item.source_zh, item.id
        words = [w for w in re.findall(r"[A-Za-z]+", item.source_zh) if not allowed.fullmatch(w)]
        assert not words, (item.id, words)
        articles = {n for run in re.findall(r"Art\. ([\d, –]+)", item.source) for n in re.findall(r"\d+", run)}
        assert articles <= set(re.findall(r"\d+", item.source_zh)), item.id


def test_shipped_pack_file_is_its_own_export():
    """Export writes exactly the format import reads: the shipped file round-trips byte for byte."""
    text = default_pack_path().read_text(encoding="utf-8")
    assert dumps_pack(loads_pack(text)) == text


def test_upcoming_rules_are_not_in_force_yet():
    pack = default_pack()
    upcoming = {i.id for i in pack.upcoming(date(2026, 12, 1))}
    assert upcoming == {"LABEL-02", "NUTR-03"}
    assert pack.upcoming(date(2027, 3, 16)) == []
    assert pack.item("NUTR-03").in_phase("before") and not pack.item("NUTR-03").in_phase("during")
    assert pack.item("SEL-04").in_phase("during")  # "always"


def test_cert_terms_name_their_certificate_kind():
    by_term = {t.term: t for t in default_pack().terms}
    assert (by_term["有机"].check, by_term["有机"].certificate) == ("certificate", "organic")
    assert by_term["绿色食品"].certificate == "green_food"
    assert by_term["地理标志"].certificate == "geo_indication"
    assert by_term["国家级"].check == ""  # no certificate can make it lawful


def test_nutrition_terms_resolve_to_gb28050_claims():
    for term in default_pack().terms:
        if term.category == "NUTR":
            assert term.claim or claims.claim_for_term(term.term), term.term


def test_a_bad_pack_is_refused_with_every_reason(data):
    bad = copy.deepcopy(data)
    bad["version"] = 7
    bad["checklist"][0]["phases"] = ["before", "sometimes"]
    bad["checklist"][1]["id"] = bad["checklist"][0]["id"]  # duplicate
    bad["checklist"][2]["effective_from"] = "2026-13-01"
    bad["terms"][0]["severity"] = "maybe"
    bad["terms"][1]["rules"] = ["NOPE-01"]
    bad["terms"][2]["context"] = {"allow": ["完全无关"], "unless": ["x"]}
    bad["terms"][3]["term"] = "**"
    bad["terms"][4]["term"] = bad["terms"][0]["term"]
    bad["terms"][5]["colour"] = "red"
    with pytest.raises(PackError) as caught:
        parse_pack(bad)
    found = codes(caught.value.issues)
    assert {("version", "bad_version"), ("checklist[0].phases[1]", "bad_choice"),
            ("checklist[2].effective_from", "bad_date"), ("terms[0].severity", "bad_choice"),
            ("terms[1].rules[0]", "unknown_rule"), ("terms[2].context.allow[0]", "allow_without_term"),
            ("terms[2].context.unless", "unknown_key"), ("terms[3].term", "empty_term"),
            ("terms[4].term", "duplicate"), ("terms[5].colour", "unknown_key")} <= found
    assert ("checklist[1].id", "duplicate") in found
    for issue in caught.value.issues:  # codes and parameters, no sentences
        assert " " not in issue.code and isinstance(issue.params, dict)


@pytest.mark.parametrize("change,expected", [
    (lambda d: d.update(format="something-else"), ("format", "bad_format")),
    (lambda d: d.update(id="Has Spaces"), ("id", "bad_pack_id")),
    (lambda d: d.update(terms=[]), ("terms", "no_items")),
    (lambda d: d.update(checklist="x"), ("checklist", "not_a_list")),
    (lambda d: d.pop("updated"), ("updated", "required")),
    (lambda d: d["checklist"][0].update(phases=["always", "before"]), ("checklist[0].phases", "always_alone")),
    (lambda d: d["checklist"][0].update(source_zh=["not", "text"]), ("checklist[0].source_zh", "not_text")),
    (lambda d: d["terms"][0].update(check="certificate"), ("terms[0].certificate", "required")),
    (lambda d: d["terms"][0].update(certificate="organic"), ("terms[0].certificate", "certificate_without_check")),
    (lambda d: d["terms"][0].update(claim="very_tasty"), ("terms[0].claim", "unknown_claim")),
    (lambda d: d["terms"].append({"term": "好吃", "category": "NUTR", "severity": "warn", "rules": ["NUTR-02"]}),
     ("terms[{last}].claim", "unknown_claim")),
    (lambda d: d["terms"][0].update(alt_zh="not a list"), ("terms[0].alt_zh", "not_a_list")),
    (lambda d: d["terms"][0].update(category="FUN"), ("terms[0].category", "bad_choice")),
])
def test_each_rule_of_the_validator(data, change, expected):
    change(data)
    field, code = expected
    assert (field.replace("{last}", str(len(data["terms"]) - 1)), code) in codes(validate_pack(data))


def test_not_an_object_and_bad_json():
    assert codes(validate_pack([1, 2])) == {("", "not_an_object")}
    with pytest.raises(PackError) as caught:
        loads_pack('{"format": ')
    assert caught.value.issues[0].code == "bad_json" and caught.value.issues[0].params["line"] == 1


def test_export_then_import_gives_the_same_pack(tmp_path):
    pack = default_pack()
    out = rule_packs.write_pack(pack, tmp_path / "export" / "my_pack.json")
    assert rule_packs.read_pack(out) == pack
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_trainer_edits_an_exported_pack_and_imports_it(tmp_path):
    data_dir = tmp_path / "data"
    exported = rule_packs.write_pack(default_pack(), tmp_path / "pack.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["id"] = "trainer-2027"
    data["terms"].append({"term": "香到爆", "category": "ABS", "severity": "warn", "rules": ["AD-01"],
                          "alt_zh": ["很香"]})
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    pack = rule_packs.import_pack(exported, data_dir)
    assert pack.id == "trainer-2027" and pack.terms[-1].term == "香到爆"
    assert rule_packs.active_pack(data_dir) == pack
    assert rule_packs.user_pack_path(data_dir).read_text(encoding="utf-8") == dumps_pack(pack)
    assert rule_packs.remove_user_pack(data_dir) and rule_packs.active_pack(data_dir) is default_pack()


def test_a_refused_import_changes_nothing(tmp_path):
    data_dir = tmp_path / "data"
    good = rule_packs.write_pack(default_pack(), tmp_path / "good.json")
    rule_packs.import_pack(good, data_dir)
    before = rule_packs.user_pack_path(data_dir).read_bytes()
    bad = tmp_path / "bad.json"
    data = pack_to_data(default_pack())
    data["terms"][0]["severity"] = "maybe"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PackError):
        rule_packs.import_pack(bad, data_dir)
    assert rule_packs.user_pack_path(data_dir).read_bytes() == before


def test_unreadable_files_are_file_errors(tmp_path):
    with pytest.raises(FileError) as caught:
        rule_packs.read_pack(tmp_path / "missing.json")
    assert caught.value.code == "file_unreadable" and caught.value.params["reason"] == "ENOENT"
    latin = tmp_path / "latin1.json"
    latin.write_bytes("{\"id\": \"caf\xe9\"}".encode("latin-1"))
    with pytest.raises(FileError):
        rule_packs.read_pack(latin)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "pack.json"
    target.write_text("old", encoding="utf-8")

    def boom(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rule_packs.os, "replace", boom)
    with pytest.raises(FileError) as caught:
        rule_packs.write_pack(default_pack(), target)
    assert caught.value.code == "disk_full"
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["pack.json"]
