"""Property-based fuzzing of every importer (issue 9, part 3): product CSV and XLSX, bundles, rate cards, rule packs.

For arbitrary input and for damaged exports alike: the importer either refuses with one of its own errors —
worded by the messages modules, with the catalogue (or data folder) exactly as before and no file added —
or it accepts, and then the catalogue is sound (integrity check, foreign keys, stock ledger, attachments;
``workspace.py``). Any other exception fails with the input that caused it. Imports run as the CLI runs
them: read, preview, apply (keeping mine or taking theirs) into an empty, a small or the demo catalogue.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from villagecast import compliance_messages
from villagecast.core.compliance import check_script
from villagecast.core.compliance.pack import (
    PackError,
    default_pack,
    default_pack_path,
    loads_pack,
)
from villagecast.core.errors import FileError, ValidationError
from villagecast.core.exchange import merge
from villagecast.core.exchange.bundle_read import read_bundle
from villagecast.core.exchange.detect import read_source
from villagecast.core.exchange.errors import ExchangeError
from villagecast.core.exchange.sheet_import import read_sheet
from villagecast.core.shipping import csvio
from villagecast.core.shipping.examples import example_cards
from villagecast.core.shipping.service import ShippingBook
from villagecast.storage import rule_packs
from villagecast.storage.shipping_repo import ShippingRepository

from .conftest import fuzz
from .harness import run_case
from .inputs import arbitrary, typed_cell, xlsx_bytes
from .strategies import (
    damaged_bytes,
    damaged_csv,
    damaged_json,
    damaged_rows,
    damaged_zip,
    dump_json,
    forged_bundle,
    numberish,
    read_csv,
)
from .workspace import ORIGIN, folder

PRODUCT_EXPECTED = (ExchangeError, ValidationError)
SUFFIX = {"product csv": ".csv", "product xlsx": ".xlsx", "bundle": ".vcbundle"}
READERS = {"product csv": lambda path, cat: read_sheet(path, cat, "csv"),
           "product xlsx": lambda path, cat: read_sheet(path, cat, "xlsx"),
           "bundle": lambda path, cat: read_bundle(path)}
targets = st.sampled_from(("empty", "small", "demo"))
choices = st.sampled_from(("keep", "theirs"))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "input" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    note(f"input ({len(data)} bytes): {data[:600]!r}")
    return path


def _import_products(figures, workspace, importer: str, kind: str, path: Path, data, reader) -> None:
    space = workspace.get(data.draw(targets, label="into"))
    on_conflict, with_prices = data.draw(choices, label="on conflict"), data.draw(st.booleans(), label="with prices")

    def attempt():
        source = reader(path, space.catalogue)
        merge.plan(space.catalogue, source)  # the preview, as the CLI and the window show it first
        return merge.apply(space.catalogue, space.files, source, default=on_conflict, with_prices=with_prices)

    def sound(result) -> list[str]:
        added = [sku for sku in result.added + result.replaced if not space.catalogue.exists(sku)]
        return space.sound() + ([f"imported but absent: {added}"] if added else [])

    space.dirty = True
    outcome, _ = run_case(figures, importer, kind, attempt, PRODUCT_EXPECTED, space.unchanged, sound)
    space.dirty = outcome != "refused"


@pytest.mark.parametrize("importer", list(READERS))
@fuzz(100)
@given(data=st.data())
def test_product_importers_refuse_arbitrary_input_cleanly(importer, data, workspace, figures, tmp_path):
    raw = data.draw(arbitrary(importer), label="input")
    path = _write(tmp_path, "input" + SUFFIX[importer], raw)
    _import_products(figures, workspace, importer, "arbitrary", path, data, READERS[importer])


def _damaged(importer: str, exports: dict[str, bytes]):
    if importer == "product csv":
        return st.sampled_from(("demo.csv", "small.csv")).flatmap(lambda name: damaged_csv(exports[name]))
    if importer == "product xlsx":
        xlsx, rows = exports["demo.xlsx"], read_csv(exports["demo.csv"])
        return st.one_of(damaged_rows(rows, st.one_of(typed_cell, numberish)).map(xlsx_bytes),
                         damaged_zip(xlsx, bundle=False), damaged_bytes(xlsx))
    return st.sampled_from(("demo.vcbundle", "small.vcbundle")).flatmap(
        lambda name: st.one_of(forged_bundle(exports[name]), forged_bundle(exports[name]),
                               damaged_zip(exports[name], bundle=True), damaged_bytes(exports[name])))


@pytest.mark.parametrize("importer", list(READERS))
@fuzz(100)
@given(data=st.data())
def test_damaged_exports_are_refused_cleanly_or_imported_soundly(importer, data, workspace, figures, tmp_path):
    raw = data.draw(_damaged(importer, workspace.templates.exports), label="input")
    path = _write(tmp_path, "input" + SUFFIX[importer], raw)
    _import_products(figures, workspace, importer, "damaged export", path, data, read_source)  # judged by content


# --- rate cards ------------------------------------------------------------------------------------
def _strip_ids(cards):
    return [replace(c, id=None) for c in cards]


def _import_cards(figures, workspace, kind: str, raw: bytes, target: str) -> None:
    note(f"input ({len(raw)} bytes): {raw[:600]!r}")
    space = workspace.get(target)
    book = ShippingBook(ShippingRepository(space.db))

    def attempt():
        cards = csvio.read_cards(raw)
        book.save_cards(cards)
        return cards

    def sound(cards) -> list[str]:
        problems = space.sound()
        again = csvio.read_cards(csvio.write_cards(cards))  # what we export, we import unchanged
        if _strip_ids(again) != _strip_ids(cards):
            problems.append("rate cards do not survive export and import")
        stored = {c.key: c for c in _strip_ids(book.cards())}
        if any(stored.get(c.key) != c for c in _strip_ids(cards)):
            problems.append("stored rate cards differ from the imported ones")
        return problems

    space.dirty = True
    outcome, _ = run_case(figures, "rate card", kind, attempt, (csvio.RateCardFileError, ValidationError),
                          space.unchanged, sound)
    space.dirty = outcome != "refused"


@fuzz(150)
@given(raw=arbitrary("rate card"), target=st.sampled_from(("empty", "small")))
def test_rate_card_import_refuses_arbitrary_input_cleanly(raw, target, workspace, figures):
    _import_cards(figures, workspace, "arbitrary", raw, target)


@fuzz(150)
@given(data=st.data(), target=st.sampled_from(("empty", "small")))
def test_damaged_rate_card_exports_are_refused_cleanly_or_imported_soundly(data, target, workspace, figures):
    export = csvio.write_cards(example_cards(ORIGIN), chinese_headers=data.draw(st.booleans(), label="chinese"))
    _import_cards(figures, workspace, "damaged export", data.draw(damaged_csv(export), label="input"), target)


# --- rule packs ------------------------------------------------------------------------------------
def _import_pack(figures, tmp_path: Path, kind: str, raw: bytes, with_user_pack: bool) -> None:
    """Import into a data folder with or without a user pack already in use; a refusal must leave it as it was."""
    source = _write(tmp_path, "pack.json", raw)
    data_dir = tmp_path / ("data-with-pack" if with_user_pack else "data")
    data_dir.mkdir(exist_ok=True)
    if with_user_pack and not rule_packs.user_pack_path(data_dir).exists():
        rule_packs.write_pack(default_pack(), rule_packs.user_pack_path(data_dir))
    before = folder(data_dir)

    def unchanged() -> list[str]:
        return [] if folder(data_dir) == before else ["the data folder changed"]

    def sound(pack) -> list[str]:
        problems = []
        if rule_packs.active_pack(data_dir) != pack:
            problems.append("the imported pack does not read back as imported")
        result = check_script("全网最低价，有机蜂蜜，100%纯天然", pack=pack)  # the scanner takes any sound pack
        if any(not 0 <= f.start <= f.end <= result.length for f in result.findings):
            problems.append("a finding lies outside the script")
        return problems

    outcome, _ = run_case(figures, "rule pack", kind, lambda: rule_packs.import_pack(source, data_dir),
                          (PackError, FileError), unchanged, sound)
    if outcome != "refused":  # back to the folder as it was for the next example
        rule_packs.remove_user_pack(data_dir)
        if with_user_pack:
            rule_packs.write_pack(default_pack(), rule_packs.user_pack_path(data_dir))


@fuzz(150)
@given(raw=arbitrary("rule pack"), with_user_pack=st.booleans())
def test_rule_pack_import_refuses_arbitrary_input_cleanly(raw, with_user_pack, figures, tmp_path):
    _import_pack(figures, tmp_path, "arbitrary", raw, with_user_pack)


def _damaged_pack():
    text = default_pack_path().read_text(encoding="utf-8")
    as_json = damaged_json(json.loads(text)).flatmap(
        lambda doc: st.sampled_from(("utf-8", "utf-8-sig", "gbk", "utf-16")).map(
            lambda enc: dump_json(doc).encode(enc, errors="replace")))
    return st.one_of(as_json, as_json, damaged_bytes(text.encode("utf-8")))


@fuzz(100)
@given(raw=_damaged_pack(), with_user_pack=st.booleans())
def test_damaged_rule_packs_are_refused_cleanly_or_imported_soundly(raw, with_user_pack, figures, tmp_path):
    _import_pack(figures, tmp_path, "damaged export", raw, with_user_pack)


def test_a_pack_key_with_a_bracket_is_refused_in_words():
    """Found by the fuzzing: an unknown key such as "x[y]" made wording the refusal raise ValueError (any [..]
    in a path was read as an index); now it is named as written."""
    doc = json.loads(default_pack_path().read_text(encoding="utf-8"))
    doc["terms"][0]["x[y]"] = 1
    with pytest.raises(PackError) as refused:
        loads_pack(json.dumps(doc))
    assert "x[y]" in compliance_messages.describe_pack_error(refused.value)
