"""Reading a catalogue bundle someone else made: everything is checked before anything is written.

``read_bundle`` refuses (``ExchangeError``) a damaged or hostile zip (``zipguard``), a manifest of
another format or a newer version, an entry not in the manifest or missing from the zip, any
size or SHA-256 that disagrees, malformed JSON, a value of the wrong type, an invalid product
(``validate_product``), a product naming a file the bundle lacks, and pictures too large to decode
safely (the header check of ``core.photos``). Attachments are streamed and only hashed; they are
written later by ``Bundle.write_files`` (reading the zip again and checking each hash once more).
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from .. import photos
from ..errors import PhotoError
from ..product import Product
from ..validation import validate_product
from . import zipguard
from .bundle_export import FILES_PREFIX, FORMAT_NAME, FORMAT_VERSION, MANIFEST, PRICES, PRODUCTS
from .errors import ExchangeError, ProductProblem
from .merge import Incoming
from .schema import STORED_RE, check_price_rows, file_refs, product_from_json

MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024  # products.json / prices.json unpacked
MAX_PRODUCTS = 20_000
_SHA_RE = re.compile(r"[0-9a-f]{64}")
_MAGIC = {"jpg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-"}  # as storage.files detects


@dataclass(frozen=True)
class Entry:
    """A file the manifest lists: its name in the zip, size and SHA-256."""

    name: str
    size: int
    sha256: str


@dataclass
class Bundle:
    """A checked bundle: manifest facts, products, optional price history, the attachments it lists."""

    path: Path
    format_version: int
    app_version: str
    created_at: str
    cooperative: str
    products: list[Product]
    prices: dict[str, list[tuple]] | None
    entries: dict[str, Entry] = field(default_factory=dict)
    limits: zipguard.ZipLimits = field(default_factory=zipguard.ZipLimits)
    kind = "bundle"

    @property
    def meta(self) -> dict:
        return {"format_version": self.format_version, "app_version": self.app_version,
                "created_at": self.created_at, "cooperative": self.cooperative,
                "price_history": self.prices is not None}

    def incoming(self) -> list[Incoming]:
        """Every product as it would be written: the bundle's version whole (children included)."""
        return [Incoming(p.sku, lambda _stored, p=p: p) for p in self.products]

    def write_files(self, files, rels) -> int:
        """Put the attachments ``rels`` into ``files`` (a FileStore); returns how many. Hashes are checked again.

        Content-addressed and atomic per file, so a later failure leaves only harmless unreferenced files.
        """
        wanted = [r for r in dict.fromkeys(rels) if r]
        if not wanted:
            return 0
        zf, infos = zipguard.open_checked(self.path, self.limits)
        by_name = {i.filename: i for i in infos}
        with zf:
            for rel in wanted:
                name = FILES_PREFIX + rel
                entry, info = self.entries.get(name), by_name.get(name)
                if entry is None or info is None:
                    raise ExchangeError("missing_file", sku="", file=rel)
                data = zipguard.read_all(zf, info, self.limits.max_entry_bytes)
                stored = files.put_bytes(data, rel.rsplit(".", 1)[1])
                if stored != rel:
                    raise ExchangeError("checksum_mismatch", entry=name)
        return len(wanted)


def _json(zf, info, cap: int, entry: Entry | None):
    data = zipguard.read_all(zf, info, cap)
    if entry is not None:
        _check_sum(info.filename, data, entry)
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ExchangeError("bad_json", entry=info.filename, line=0, column=0, reason=str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ExchangeError("bad_json", entry=info.filename, line=exc.lineno, column=exc.colno,
                            reason=exc.msg) from None
    except ValueError as exc:  # an integer of more than 4,300 digits (sys.get_int_max_str_digits)
        raise ExchangeError("bad_json", entry=info.filename, line=0, column=0, reason=str(exc)[:80]) from None
    except RecursionError:
        raise ExchangeError("bad_json", entry=info.filename, line=0, column=0, reason="nested too deeply") from None


def _check_sum(name: str, data: bytes, entry: Entry) -> None:
    if len(data) != entry.size:
        raise ExchangeError("size_mismatch", entry=name, size=len(data), declared=entry.size)
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise ExchangeError("checksum_mismatch", entry=name)


def _manifest(zf, by_name) -> dict:
    info = by_name.get(MANIFEST)
    if info is None:
        raise ExchangeError("not_a_bundle", reason="no manifest.json")
    manifest = _json(zf, info, MAX_MANIFEST_BYTES, None)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise ExchangeError("not_a_bundle", reason=f"format {found!r}"[:80])
    version = manifest.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExchangeError("bad_schema", where="manifest.version", expected="a format version", value=repr(version))
    if version > FORMAT_VERSION:
        raise ExchangeError("newer_format", found=version, known=FORMAT_VERSION,
                            app_version=str(manifest.get("app_version", "?"))[:40])
    for key in ("app_version", "created_at", "cooperative"):
        if not isinstance(manifest.get(key, ""), str):
            raise ExchangeError("bad_schema", where=f"manifest.{key}", expected="text", value=repr(manifest[key])[:60])
    return manifest


def _entries(manifest: dict, by_name) -> dict[str, Entry]:
    listed = manifest.get("files")
    if not isinstance(listed, list):
        raise ExchangeError("bad_schema", where="manifest.files", expected="a list", value=repr(listed)[:60])
    entries: dict[str, Entry] = {}
    for i, item in enumerate(listed):
        where = f"manifest.files[{i}]"
        if not isinstance(item, dict) or set(item) != {"name", "size", "sha256"}:
            raise ExchangeError("bad_schema", where=where, expected="name, size and sha256", value=repr(item)[:60])
        name, size, sha = item["name"], item["size"], item["sha256"]
        if not isinstance(name, str) or name in entries or name == MANIFEST:
            raise ExchangeError("bad_schema", where=f"{where}.name", expected="a new entry name", value=repr(name)[:60])
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ExchangeError("bad_schema", where=f"{where}.size", expected="a size in bytes", value=repr(size)[:60])
        if not isinstance(sha, str) or not _SHA_RE.fullmatch(sha):
            raise ExchangeError("bad_schema", where=f"{where}.sha256", expected="a SHA-256", value=repr(sha)[:60])
        if name not in (PRODUCTS, PRICES):
            match = STORED_RE.fullmatch(name.removeprefix(FILES_PREFIX)) if name.startswith(FILES_PREFIX) else None
            if not match or match.group(1) != match.group(2)[:2] or match.group(2) != sha:
                raise ExchangeError("unexpected_entry", entry=name)
        info = by_name.get(name)
        if info is None:
            raise ExchangeError("missing_entry", entry=name)
        if info.file_size != size:
            raise ExchangeError("size_mismatch", entry=name, size=info.file_size, declared=size)
        entries[name] = Entry(name, size, sha)
    for name in by_name:
        if name != MANIFEST and name not in entries:
            raise ExchangeError("unexpected_entry", entry=name)
    if PRODUCTS not in entries:
        raise ExchangeError("missing_entry", entry=PRODUCTS)
    return entries


def _products(raw) -> list[Product]:
    if not isinstance(raw, dict) or set(raw) != {"products"} or not isinstance(raw["products"], list):
        raise ExchangeError("bad_schema", where="products.json", expected='{"products": [...]}', value="")
    if len(raw["products"]) > MAX_PRODUCTS:
        raise ExchangeError("too_many_products", count=len(raw["products"]), limit=MAX_PRODUCTS)
    products = [product_from_json(item, f"products[{i}]") for i, item in enumerate(raw["products"])]
    problems, seen = [], set()
    for i, p in enumerate(products):
        errors = tuple(issue for issue in validate_product(p) if issue.is_error)
        if errors:
            problems.append(ProductProblem(p.sku or f"#{i + 1}", errors))
        if p.sku in seen:
            problems.append(ProductProblem(p.sku, ()))  # an empty list of issues: the SKU appears twice
        seen.add(p.sku)
    if problems:
        raise ExchangeError("invalid_products", problems=problems, count=len(problems))
    return products


def _prices(raw, skus: set[str]) -> dict[str, list[tuple]]:
    if not isinstance(raw, dict) or set(raw) != {"prices"} or not isinstance(raw["prices"], dict):
        raise ExchangeError("bad_schema", where="prices.json", expected='{"prices": {...}}', value="")
    out = {}
    for sku, rows in raw["prices"].items():
        if sku not in skus:
            raise ExchangeError("bad_schema", where=f"prices.{sku}"[:80], expected="a SKU of the bundle", value="")
        out[sku] = check_price_rows(rows, f"prices.{sku}")
    return out


def _check_attachment(zf, info, entry: Entry, edge: int | None, limits: zipguard.ZipLimits) -> None:
    """Hash the whole entry; for pictures run the header check (format, 80 MP) and the edge of a photo."""
    ext = entry.name.rsplit(".", 1)[1]
    digest, size, head, keep = hashlib.sha256(), 0, b"", ext in ("jpg", "png")
    chunks = []
    for chunk in zipguard.stream(zf, info, limits.max_entry_bytes):
        digest.update(chunk)
        size += len(chunk)
        if not head:
            head = chunk[:16]
        if keep:
            chunks.append(chunk)
    if size != entry.size:
        raise ExchangeError("size_mismatch", entry=entry.name, size=size, declared=entry.size)
    if digest.hexdigest() != entry.sha256:
        raise ExchangeError("checksum_mismatch", entry=entry.name)
    if not head.startswith(_MAGIC[ext]):
        raise ExchangeError("wrong_file_kind", entry=entry.name, kind=ext)
    if keep:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                im = photos._open_checked(b"".join(chunks))  # the photo import's header check
        except PhotoError as exc:
            raise ExchangeError("bad_image", entry=entry.name, problem=exc.code, **exc.params) from None
        if edge is not None and max(im.size) > edge:
            raise ExchangeError("bad_image", entry=entry.name, problem="too_many_pixels", width=im.width,
                                height=im.height, limit=edge * edge)


def read_bundle(path, limits: zipguard.ZipLimits = zipguard.DEFAULT_LIMITS) -> Bundle:
    """Open and check the bundle at ``path`` entirely; returns it, or raises ``ExchangeError``."""
    path = Path(path)
    zf, infos = zipguard.open_checked(path, limits)
    with zf:
        by_name = {i.filename: i for i in infos}
        manifest = _manifest(zf, by_name)
        entries = _entries(manifest, by_name)
        products = _products(_json(zf, by_name[PRODUCTS], MAX_JSON_BYTES, entries[PRODUCTS]))
        prices = None
        if PRICES in entries:
            prices = _prices(_json(zf, by_name[PRICES], MAX_JSON_BYTES, entries[PRICES]), {p.sku for p in products})
        photo_files = {ph.file for p in products for ph in p.photos} | {ph.thumb for p in products for ph in p.photos}
        for p in products:
            for rel in file_refs(p):
                if FILES_PREFIX + rel not in entries:
                    raise ExchangeError("missing_file", sku=p.sku, file=rel)
        for name, entry in entries.items():
            if name.startswith(FILES_PREFIX):
                edge = photos.MAX_EDGE if name.removeprefix(FILES_PREFIX) in photo_files else None
                _check_attachment(zf, by_name[name], entry, edge, limits)
    return Bundle(path, manifest["version"], manifest.get("app_version", ""), manifest.get("created_at", ""),
                  manifest.get("cooperative", ""), products, prices, entries, limits)


def is_bundle(zf: zipfile.ZipFile) -> bool:
    """Whether an (already checked) zip looks like a bundle: it has a manifest.json."""
    try:
        zf.getinfo(MANIFEST)
    except KeyError:
        return False
    return True

