"""Catalogue bundles: the demo round trip, the preview, keep mine / take theirs, all or nothing."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import ValidationError
from villagecast.core.exchange import merge
from villagecast.core.exchange.bundle_export import FORMAT_NAME, FORMAT_VERSION, export_bundle
from villagecast.core.exchange.bundle_read import read_bundle
from villagecast.core.exchange.errors import ExchangeError
from villagecast.core.exchange.schema import file_refs, product_json
from villagecast.core.photos import import_photo
from villagecast.core.product import Certificate, Document, Photo
from villagecast.storage import Repository, open_database
from villagecast.storage.demo_file import reset_demo
from villagecast.storage.files import FileStore

from ..helpers import dump

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _jpeg(path: Path, seed: int, size=(2400, 1800)) -> Path:
    rnd = random.Random(seed)
    im = Image.new("RGB", size, (rnd.randint(90, 200), rnd.randint(120, 200), 80))
    draw = ImageDraw.Draw(im)
    for _ in range(30):
        x, y, r = rnd.randint(0, size[0]), rnd.randint(0, size[1]), rnd.randint(30, 200)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rnd.randint(150, 255), rnd.randint(20, 120), 40))
    im.save(path, "JPEG", quality=80)
    return path


def listing(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256 (empty when the folder does not exist)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo catalogue on disk with photos, certificate scans and document files attached."""
    base = tmp_path_factory.mktemp("demo")
    db_path = base / "villagecast.db"
    reset_demo(db_path)
    db = open_database(db_path)
    cat, files = Catalogue(Repository(db)), FileStore(base / "files")
    pdf = base / "scan.pdf"
    pdf.write_bytes(PDF)
    for i, row in enumerate(cat.list_rows()):
        p = cat.get(row["sku"])
        new_photos = [Photo(**import_photo(_jpeg(base / f"p{i}-{k}.jpg", i * 10 + k), files)) for k in range(i % 3)]
        certs = list(p.certificates)
        if certs:
            stored = files.put_file(pdf if i % 2 else _jpeg(base / f"c{i}.jpg", 900 + i, (800, 600)))
            certs[0] = replace(certs[0], file_path=stored.path, file_name=f"证书{i}.pdf")
        docs = list(p.documents)
        if docs:
            stored = files.put_file(_jpeg(base / f"d{i}.jpg", 500 + i, (640, 480)))
            docs[0] = replace(docs[0], file_path=stored.path, file_name=f"记录{i}.jpg")
        cat.save(p.sku, replace(p, photos=new_photos, certificates=certs, documents=docs))
    db.close()
    return db_path


def _open(db_path: Path):
    db = open_database(db_path)
    return Catalogue(Repository(db)), FileStore(db_path.parent / "files"), db


@pytest.fixture
def demo_cat(demo):
    cat, files, db = _open(demo)
    yield cat, files
    db.close()


@pytest.fixture
def bundle(demo_cat, tmp_path):
    cat, files = demo_cat
    return export_bundle(cat, files, tmp_path / "demo.vcbundle", cooperative="云岭山货联合社").path


@pytest.fixture
def empty(tmp_path):
    db_path = tmp_path / "mine" / "villagecast.db"
    cat, files, db = _open(db_path)
    yield cat, files, db_path
    db.close()


def test_demo_bundle_imports_into_an_empty_database_with_every_field_and_file_equal(demo_cat, bundle, empty):
    cat, files = demo_cat
    mine, mine_files, _ = empty
    originals = {r["sku"]: cat.get(r["sku"]) for r in cat.list_rows()}
    assert sum(len(p.photos) for p in originals.values()) >= 10  # the test is about something
    assert any(c.file_path for p in originals.values() for c in p.certificates)

    result = merge.apply(mine, mine_files, read_bundle(bundle))

    assert sorted(result.added) == sorted(originals) and result.replaced == result.kept == []
    for sku, original in originals.items():
        imported = mine.get(sku)
        assert product_json(imported) == product_json(original), sku  # every field, children included
        for rel in file_refs(original):
            copy = mine_files.path(rel).read_bytes()
            assert hashlib.sha256(copy).hexdigest() == rel[3:67]
            assert copy == files.path(rel).read_bytes(), rel
        assert mine.on_hand(sku) == 0  # stock is the anchor's own: never imported
    assert merge.plan(mine, read_bundle(bundle)).count("unchanged") == len(originals)


def test_manifest_lists_format_versions_time_cooperative_and_every_file_with_hash(bundle):
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
        assert manifest["format"] == FORMAT_NAME and manifest["version"] == FORMAT_VERSION
        assert manifest["cooperative"] == "云岭山货联合社" and manifest["created_at"].endswith("+00:00")
        assert manifest["app_version"] and manifest["price_history"] is True
        listed = {f["name"]: f for f in manifest["files"]}
        assert set(listed) == names - {"manifest.json"}
        for name, entry in listed.items():
            data = zf.read(name)
            assert entry["size"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest()
        photo = next(n for n in names if n.endswith(".jpg"))
        assert zf.getinfo(photo).compress_type == zipfile.ZIP_STORED  # JPEG is not packed again


def test_selected_skus_export_only_those_and_their_files(demo_cat, tmp_path):
    cat, files = demo_cat
    skus = [r["sku"] for r in cat.list_rows()][:2]
    result = export_bundle(cat, files, tmp_path / "two.vcbundle", skus=[skus[1], skus[0], skus[1]])
    read = read_bundle(result.path)
    assert [p.sku for p in read.products] == [skus[1], skus[0]]
    wanted = {f"files/{rel}" for sku in skus for rel in file_refs(cat.get(sku))}
    assert {n for n in read.entries if n.startswith("files/")} == wanted
    assert set(read.prices) == set(skus)


def test_price_history_is_imported_only_when_asked_and_only_for_new_products(demo_cat, bundle, empty):
    cat, _ = demo_cat
    mine, mine_files, _ = empty
    sku = "SX-APPLE-5KG"
    merge.apply(mine, mine_files, read_bundle(bundle))
    assert len(mine.price_history(sku)) == 4  # the four prices, recorded when added here
    other = Catalogue(Repository(open_database(":memory:")))
    merge.apply(other, mine_files, read_bundle(bundle), with_prices=True)
    theirs = [(r["kind"], r["price_fen"], r["at"]) for r in cat.price_history(sku)]
    mine_rows = [(r["kind"], r["price_fen"], r["at"]) for r in other.price_history(sku)]
    assert len(theirs) > 4 and all(row in mine_rows for row in theirs)
    assert other.reference_price(sku) == cat.reference_price(sku)


def _changed(mine: Catalogue, sku: str) -> None:
    p = mine.get(sku)
    mine.save(sku, replace(p, live_price_fen=p.live_price_fen - 100, name_en="mine",
                           talking_points=p.talking_points[:1]))


def test_preview_lists_new_changed_and_unchanged_field_by_field(bundle, empty):
    mine, mine_files, _ = empty
    merge.apply(mine, mine_files, read_bundle(bundle))
    _changed(mine, "YN-WALNUT-1KG")
    mine.remove("GZ-EGG-30")
    stored = mine.get("YN-WALNUT-1KG")
    preview = merge.plan(mine, read_bundle(bundle))
    by_sku = {p.sku: p for p in preview.plans}
    assert by_sku["GZ-EGG-30"].status == "new"
    walnut = by_sku["YN-WALNUT-1KG"]
    assert walnut.status == "changed"
    changes = {c.field: c for c in walnut.changes}
    assert set(changes) == {"live_price_fen", "name_en", "talking_points"}
    assert (changes["live_price_fen"].mine, changes["live_price_fen"].theirs) == (
        stored.live_price_fen, stored.live_price_fen + 100)
    assert changes["talking_points"].summary and changes["talking_points"].mine == 1
    assert changes["talking_points"].theirs > 1
    assert preview.count("unchanged") == len(preview.plans) - 2
    assert preview.meta["cooperative"] == "云岭山货联合社"


def test_keep_mine_is_the_default_and_take_theirs_replaces_per_sku(demo_cat, bundle, empty):
    cat, _ = demo_cat
    mine, mine_files, _ = empty
    merge.apply(mine, mine_files, read_bundle(bundle))
    for sku in ("YN-WALNUT-1KG", "SX-APPLE-5KG"):
        _changed(mine, sku)
    kept = {sku: product_json(mine.get(sku)) for sku in ("YN-WALNUT-1KG", "SX-APPLE-5KG")}

    result = merge.apply(mine, mine_files, read_bundle(bundle))
    assert sorted(result.kept) == ["SX-APPLE-5KG", "YN-WALNUT-1KG"] and result.added == result.replaced == []
    assert {sku: product_json(mine.get(sku)) for sku in kept} == kept

    result = merge.apply(mine, mine_files, read_bundle(bundle), choices={"SX-APPLE-5KG": "theirs"})
    assert result.replaced == ["SX-APPLE-5KG"] and result.kept == ["YN-WALNUT-1KG"]
    assert product_json(mine.get("SX-APPLE-5KG")) == product_json(cat.get("SX-APPLE-5KG"))
    assert product_json(mine.get("YN-WALNUT-1KG")) == kept["YN-WALNUT-1KG"]

    result = merge.apply(mine, mine_files, read_bundle(bundle), default="theirs")
    assert result.replaced == ["YN-WALNUT-1KG"]
    with pytest.raises(ExchangeError) as refused:
        merge.apply(mine, mine_files, read_bundle(bundle), default="mine")
    assert refused.value.code == "bad_choice"


def test_a_failure_while_applying_rolls_every_product_back(bundle, empty, monkeypatch):
    mine, mine_files, db_path = empty
    before = dump(db_path)
    real_add, calls = Catalogue.add, []

    def failing_add(self, p, opening_stock=0):
        calls.append(p.sku)
        if len(calls) == 5:
            raise ValidationError([])
        return real_add(self, p, opening_stock)

    monkeypatch.setattr(Catalogue, "add", failing_add)
    with pytest.raises(ValidationError):
        merge.apply(mine, mine_files, read_bundle(bundle))
    assert len(calls) == 5 and dump(db_path) == before and mine.count() == 0
    assert listing(mine_files.root)  # files were written first: content-addressed, harmless, unreferenced


def test_a_bundle_swapped_after_reading_is_caught_when_its_files_are_stored(bundle, empty, tmp_path):
    mine, mine_files, db_path = empty
    read = read_bundle(bundle)
    before = dump(db_path)
    with zipfile.ZipFile(bundle) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    photo = next(n for n in entries if n.endswith(".jpg"))
    entries[photo] = entries[photo][:-10] + b"0123456789"
    with zipfile.ZipFile(bundle, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    with pytest.raises(ExchangeError) as refused:
        merge.apply(mine, mine_files, read)
    assert refused.value.code == "checksum_mismatch"
    assert dump(db_path) == before


def test_export_never_leaves_a_half_file_under_the_target_name(demo_cat, tmp_path):
    cat, files = demo_cat
    out = tmp_path / "out" / "demo.vcbundle"
    out.parent.mkdir()
    out.write_bytes(b"the previous bundle")
    sku = next(r["sku"] for r in cat.list_rows() if cat.get(r["sku"]).photos)
    gone = cat.get(sku).photos[0].file
    broken = FileStore(tmp_path / "broken")
    for rel in {rel for r in cat.list_rows() for rel in file_refs(cat.get(r["sku"]))} - {gone}:
        target = broken.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files.path(rel).read_bytes())
    with pytest.raises(ExchangeError) as refused:
        export_bundle(cat, broken, out)
    assert (refused.value.code, refused.value.params["sku"]) == ("missing_attachment", sku)
    assert out.read_bytes() == b"the previous bundle"
    assert sorted(p.name for p in out.parent.iterdir()) == ["demo.vcbundle"]  # no temporary file left

    damaged = broken.path(gone)
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"not the photo")
    with pytest.raises(ExchangeError) as refused:
        export_bundle(cat, broken, out)
    assert refused.value.code == "damaged_attachment"
    assert out.read_bytes() == b"the previous bundle"


def test_export_reports_a_full_disk_without_touching_the_target(demo_cat, tmp_path, monkeypatch):
    import errno
    import os

    from villagecast.core.errors import FileError

    cat, files = demo_cat
    out = tmp_path / "demo.vcbundle"

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileError) as refused:
        export_bundle(cat, files, out)
    assert refused.value.code == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_photo_records_survive_with_their_sizes_and_names(bundle, empty):
    mine, mine_files, _ = empty
    merge.apply(mine, mine_files, read_bundle(bundle))
    photos = [ph for r in mine.list_rows() for ph in mine.get(r["sku"]).photos]
    assert photos and all(ph.source_name.endswith(".jpg") and max(ph.width, ph.height) == 1600 for ph in photos)
    for ph in photos:
        with Image.open(io.BytesIO(mine_files.path(ph.file).read_bytes())) as im:
            assert im.size == (ph.width, ph.height)
    certs = [c for r in mine.list_rows() for c in mine.get(r["sku"]).certificates if c.file_path]
    assert certs and all(isinstance(c, Certificate) and c.file_name for c in certs)
    docs = [d for r in mine.list_rows() for d in mine.get(r["sku"]).documents if d.file_path]
    assert docs and all(isinstance(d, Document) and d.file_name.startswith("记录") for d in docs)
