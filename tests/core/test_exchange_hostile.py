"""Hostile and broken bundles are refused before anything is written: database and files folder unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from villagecast.core.catalogue import Catalogue
from villagecast.core.exchange import merge, zipguard
from villagecast.core.exchange.bundle_export import export_bundle
from villagecast.core.exchange.bundle_read import read_bundle
from villagecast.core.exchange.detect import read_source
from villagecast.core.exchange.errors import ExchangeError
from villagecast.core.photos import import_photo
from villagecast.core.product import Certificate, Photo, Product, ShopLink
from villagecast.storage import Repository, open_database
from villagecast.storage.files import FileStore

PDF = b"%PDF-1.4\n%%EOF\n"


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` with almost no pixel data."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.fixture
def source(tmp_path):
    """A good bundle of two products (one with a photo and a certificate scan) and its entries."""
    db = open_database(tmp_path / "theirs" / "villagecast.db")
    cat, files = Catalogue(Repository(db)), FileStore(tmp_path / "theirs" / "files")
    src = tmp_path / "photo.jpg"
    Image.new("RGB", (1200, 900), (200, 80, 40)).save(src, "JPEG")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    cat.add(Product(sku="WAL-001", name_zh="核桃", category="nuts", live_price_fen=3990,
                    photos=[Photo(**import_photo(src, files))],
                    certificates=[Certificate("organic", "ORG-1", file_path=files.put_file(scan).path)],
                    shop_links=[ShopLink("douyin", "https://example.com/wal")]))
    cat.add(Product(sku="HON-002", name_zh="土蜂蜜", category="honey", live_price_fen=990))
    path = export_bundle(cat, files, tmp_path / "good.vcbundle").path
    db.close()
    with zipfile.ZipFile(path) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    return path, entries


@pytest.fixture
def mine(tmp_path):
    """The anchor's own catalogue, with one product and one attached file."""
    db_path = tmp_path / "mine" / "villagecast.db"
    db = open_database(db_path)
    cat, files = Catalogue(Repository(db)), FileStore(db_path.parent / "files")
    files.put_bytes(b"%PDF-1.4 mine", "pdf")
    cat.add(Product(sku="WAL-001", name_zh="我的核桃", category="nuts"), opening_stock=5)
    yield cat, files, db_path
    db.close()


def _state(db_path: Path, files: FileStore) -> tuple[str, dict]:
    conn = sqlite3.connect(db_path)
    try:
        text = "\n".join(conn.iterdump())
    finally:
        conn.close()
    folder = {str(p): p.read_bytes() for p in sorted(files.root.rglob("*")) if p.is_file()}
    return text, folder


def _write(path: Path, entries: dict[str, bytes], infos: dict[str, zipfile.ZipInfo] | None = None,
           fix: bool = True) -> Path:
    """A zip of ``entries``; with ``fix`` the manifest lists them with true sizes and hashes."""
    entries = dict(entries)
    if fix and "manifest.json" in entries:
        manifest = json.loads(entries["manifest.json"])
        manifest["files"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                             for n, d in entries.items() if n != "manifest.json" and not n.endswith("/")]
        entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr((infos or {}).get(name, name), data)
    return path


def _manifest(entries, **changes) -> dict:
    manifest = json.loads(entries["manifest.json"])
    manifest.update(changes)
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def _products(entries, edit) -> dict:
    data = json.loads(entries["products.json"])
    edit(data["products"])
    return {**entries, "products.json": json.dumps(data, ensure_ascii=False).encode()}


def _wal(products: list[dict]) -> dict:
    return next(p for p in products if p["sku"] == "WAL-001")


def _symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _photo_name(entries) -> str:
    return next(n for n in entries if n.endswith(".jpg"))


def _with_file(entries, data: bytes, ext: str, as_photo: bool) -> dict:
    """Replace the photo (or add a certificate scan) by ``data``, manifest and products pointing at it."""
    sha = hashlib.sha256(data).hexdigest()
    rel = f"{sha[:2]}/{sha}.{ext}"
    entries = {**entries, f"files/{rel}": data}

    def edit(products):
        if as_photo:
            _wal(products)["photos"][0]["file"] = rel
        else:
            _wal(products)["certificates"][0]["file_path"] = rel

    return _products(entries, edit)


def _truncated(tmp_path, source):
    data = source[0].read_bytes()
    return _raw(tmp_path, data[:len(data) // 2])


def _raw(tmp_path, data: bytes) -> Path:
    path = tmp_path / "hostile.vcbundle"
    path.write_bytes(data)
    return path


def _claims_many_entries(tmp_path, source):
    data = bytearray(source[0].read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8:at + 12] = struct.pack("<HH", 0xFFFE, 0xFFFE)  # entries on this disk / in total
    return _raw(tmp_path, bytes(data))


def _bomb(tmp_path, source):
    entries = {**source[1], "files/padding.bin": b"\0" * (40 * 1024 * 1024)}
    return _write(tmp_path / "hostile.vcbundle", entries)


HOSTILE = {
    # name: (builder(tmp_path, source) -> path, expected code)
    "absolute path": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "/etc/cron.d/evil": b"x"}), "unsafe_path"),
    "dot dot": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "files/../../evil.sh": b"x"}), "unsafe_path"),
    "backslash": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "files\\..\\evil": b"x"}), "unsafe_path"),
    "windows drive": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "C:/evil.txt": b"x"}), "unsafe_path"),
    "symlink": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "files/link": b"/etc/passwd"},
                                    {"files/link": _symlink_info("files/link")}), "link_in_zip"),
    "too many entries (end record)": (_claims_many_entries, "too_many_entries"),
    "zip bomb": (_bomb, "zip_bomb"),
    "entry too large": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "files/big.bin": os.urandom(51 << 20)}),
                        "entry_too_large"),
    "duplicate entry": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "products.json": b"{}"}), None),
    "image too large to decode": (lambda t, s: _write(t / "hostile.vcbundle", _with_file(
        s[1], _png_header_only(30_000, 30_000), "png", as_photo=False)), "bad_image"),
    "photo larger than a kept copy": (lambda t, s: _write(t / "hostile.vcbundle", _with_file(
        s[1], _png_header_only(4000, 3000), "png", as_photo=True)), "bad_image"),
    "checksum mismatch": (lambda t, s: _write(t / "hostile.vcbundle", {
        **s[1], _photo_name(s[1]): s[1][_photo_name(s[1])][:-4] + b"\xff\xd9\0\0"}, fix=False), "checksum_mismatch"),
    "size mismatch": (lambda t, s: _write(t / "hostile.vcbundle", {
        **s[1], _photo_name(s[1]): s[1][_photo_name(s[1])] + b"\0"}, fix=False), "size_mismatch"),
    "truncated zip": (_truncated, "damaged_zip"),
    "not a zip at all": (lambda t, s: _raw(t, b"PK\x03\x04" + b"\x00" * 200), "damaged_zip"),
    "malformed json": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "products.json": b'{"products": [ {'}),
                       "bad_json"),
    "malformed manifest": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "manifest.json": b"{"}, fix=False),
                           "bad_json"),
    "newer format": (lambda t, s: _write(t / "hostile.vcbundle", _manifest(s[1], version=2)), "newer_format"),
    "other format": (lambda t, s: _write(t / "hostile.vcbundle", _manifest(s[1], format="other")), "not_a_bundle"),
    "entry not in manifest": (lambda t, s: _write(t / "hostile.vcbundle", {**s[1], "notes.txt": b"hi"}, fix=False),
                              "unexpected_entry"),
    "file not in bundle": (lambda t, s: _write(t / "hostile.vcbundle", {
        k: v for k, v in s[1].items() if not k.endswith(".pdf")}), "missing_file"),
    "wrong type": (lambda t, s: _write(t / "hostile.vcbundle", _products(
        s[1], lambda ps: ps[0].update(live_price_fen="39.90"))), "bad_schema"),
    "bool as number": (lambda t, s: _write(t / "hostile.vcbundle", _products(
        s[1], lambda ps: ps[0].update(net_weight_g=True))), "bad_schema"),
    "unknown field": (lambda t, s: _write(t / "hostile.vcbundle", _products(
        s[1], lambda ps: ps[0].update(secret="x"))), "bad_schema"),
    "path outside the store": (lambda t, s: _write(t / "hostile.vcbundle", _products(
        s[1], lambda ps: _wal(ps)["photos"][0].update(file="../../../etc/passwd"))), "bad_schema"),
    "invalid product": (lambda t, s: _write(t / "hostile.vcbundle", _products(
        s[1], lambda ps: ps[1].update(category="weapons", sku="bad sku!"))), "invalid_products"),
    "same sku twice": (lambda t, s: _write(t / "hostile.vcbundle", _products(
        s[1], lambda ps: ps.append(dict(ps[1])))), "invalid_products"),
    "pdf that is not one": (lambda t, s: _write(t / "hostile.vcbundle", _with_file(
        s[1], b"MZ\x90\x00 an executable", "pdf", as_photo=False)), "wrong_file_kind"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_bundle_is_refused_with_database_and_files_unchanged(kind, source, mine, tmp_path):
    build, code = HOSTILE[kind]
    cat, files, db_path = mine
    before = _state(db_path, files)
    if kind == "duplicate entry":
        path = tmp_path / "hostile.vcbundle"
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in source[1].items():
                zf.writestr(name, data)
            with pytest.warns(UserWarning):
                zf.writestr("products.json", b'{"products": []}')
        code = "duplicate_entry"
    else:
        path = build(tmp_path, source)
    with pytest.raises(ExchangeError) as refused:
        merge.apply(cat, files, read_source(path, cat), default="theirs")
    assert refused.value.code == code, (kind, refused.value.code, refused.value.params)
    assert _state(db_path, files) == before


def test_the_good_bundle_itself_imports(source, mine):
    cat, files, _ = mine
    result = merge.apply(cat, files, read_source(source[0], cat), default="theirs")
    assert result.replaced == ["WAL-001"] and result.added == ["HON-002"] and result.files == 3


def test_invalid_products_name_every_sku_and_issue(source, tmp_path):
    path = _write(tmp_path / "bad.vcbundle", _products(
        source[1], lambda ps: (_wal(ps).update(category="weapons"), ps[0].update(name_zh=""))))
    with pytest.raises(ExchangeError) as refused:
        read_bundle(path)
    found = {(p.sku, i.field, i.code) for p in refused.value.problems for i in p.issues}
    assert found == {("WAL-001", "category", "bad_choice"), ("HON-002", "name_zh", "required")}


def test_limits_on_entries_and_total_size_apply_to_the_real_entries(source):
    with pytest.raises(ExchangeError) as refused:
        read_bundle(source[0], zipguard.ZipLimits(max_entries=3))
    assert refused.value.code == "too_many_entries"
    with pytest.raises(ExchangeError) as refused:
        read_bundle(source[0], zipguard.ZipLimits(max_total_bytes=1000))
    assert refused.value.code == "too_large_unpacked"


def test_an_entry_whose_header_understates_its_size_is_refused(source, tmp_path):
    """The deflate stream holds more than the header declares: reading stops at the declared size."""
    path = tmp_path / "lying.vcbundle"
    big = b"A" * 3_000_000
    _write(path, {**source[1], "products.json": big}, fix=False)
    data = bytearray(path.read_bytes())
    size = struct.pack("<I", len(big))
    small = struct.pack("<I", 1000)
    assert data.count(size) == 2  # local header and central directory
    path.write_bytes(bytes(data).replace(size, small))
    zf = zipfile.ZipFile(path)
    info = zf.getinfo("products.json")
    assert info.file_size == 1000
    with pytest.raises(ExchangeError) as refused:
        zipguard.read_all(zf, info, 10_000)
    assert refused.value.code in ("damaged_zip", "zip_bomb")
    with pytest.raises(ExchangeError):
        read_bundle(path)


def test_a_photo_header_is_checked_before_any_decoding(source, tmp_path):
    """A 30,000 × 30,000 PNG would need 900 MP of memory; it is refused from its header in milliseconds."""
    data = _png_header_only(30_000, 30_000)
    path = _write(tmp_path / "bomb.vcbundle", _with_file(source[1], data, "png", as_photo=True))
    with pytest.raises(ExchangeError) as refused:
        read_bundle(path)
    assert refused.value.params["problem"] == "too_many_pixels"
    assert refused.value.params["width"] == 30_000


def test_unsafe_names_are_recognised():
    for name in ("/abs", "a/../b", "..", "a\\b", "C:/x", "a//b", "./a", "a\x00b"):
        assert zipguard.unsafe_name(name), name
    for name in ("manifest.json", "files/ab/abc.jpg", "xl/_rels/.rels", "[Content_Types].xml"):
        assert zipguard.unsafe_name(name) is None, name


def test_reading_an_image_bundle_does_not_need_the_whole_zip_in_memory(source):
    """Entries are streamed: ``stream`` yields chunks no larger than 1 MiB."""
    with zipfile.ZipFile(source[0]) as zf:
        info = zf.getinfo(_photo_name(source[1]))
        chunks = list(zipguard.stream(zf, info, 10 << 20))
    assert b"".join(chunks) == source[1][info.filename]
    assert all(len(c) <= 1 << 20 for c in chunks)
    assert io.BytesIO(b"".join(chunks)).getvalue()[:3] == b"\xff\xd8\xff"
