"""Writing a catalogue bundle (``.vcbundle``): a zip of products, their attachments and a manifest.

Layout (docs/exchange.md)::

    manifest.json          format, version, app version, UTC time, cooperative, every other entry
                           with its size and SHA-256
    products.json          {"products": [<product>, ...]} (every field, no database ids)
    prices.json            {"prices": {SKU: [{"kind", "price_fen", "at"}, ...]}} (price history)
    files/ab/<sha256>.jpg  attachments under their content hash, as in the attachments folder

The bundle is written to a temporary file beside ``out`` and renamed when complete; attachments
are streamed one by one (never all in memory) and checked against their hash on the way.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ... import __version__
from ..atomic import atomic_output
from ..errors import FileError
from .errors import ExchangeError
from .schema import file_refs, product_json

FORMAT_NAME = "villagecast-bundle"
FORMAT_VERSION = 1
SUFFIX = ".vcbundle"
MANIFEST, PRODUCTS, PRICES = "manifest.json", "products.json", "prices.json"
FILES_PREFIX = "files/"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, how many products and attachments, and its size in bytes."""

    path: Path
    products: int
    files: int
    size: int


def select_products(catalogue, skus=None) -> list:
    """The products to export: all by SKU, or those named (an unknown SKU raises NotFound)."""
    if skus:
        seen = []
        for sku in skus:
            if sku not in seen:
                seen.append(sku)
        return [catalogue.get(sku) for sku in seen]
    return [catalogue.get(row["sku"]) for row in catalogue.list_rows()]


def refuse_own_files(db_path, target) -> None:
    """Never write an export over the database, its journal files or its attachments folder."""
    from ... import paths

    target = Path(target).resolve()
    db = Path(db_path).resolve()
    own = {db, *(Path(f"{db}{s}") for s in ("-wal", "-shm", "-journal"))}
    files = paths.attachments_dir(db).resolve()
    if target in own or target == files or files in target.parents:
        raise ExchangeError("out_is_database", path=str(target))


def shared_producer(producers) -> str:
    """The one producer all the products name (the default cooperative of an export), else ""."""
    names = {name for name in producers if name}
    return names.pop() if len(names) == 1 else ""


def export_bundle(catalogue, files, out: Path, skus=None, cooperative: str = "", with_prices: bool = True,
                  clock=lambda: datetime.now(timezone.utc)) -> ExportResult:
    """Write the products (all, or ``skus``) with their attachments from ``files`` (a FileStore) to ``out``."""
    products = select_products(catalogue, skus)
    refs: dict[str, str] = {}  # attachment -> the first SKU using it (named when it is missing)
    for p in products:
        for rel in file_refs(p):
            refs.setdefault(rel, p.sku)
    listed: list[dict] = []

    def write(fh) -> None:
        with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
            for rel, sku in refs.items():
                listed.append(_copy_file(zf, files, rel, sku))
            body = {"products": [product_json(p) for p in products]}
            listed.append(_put_json(zf, PRODUCTS, body))
            if with_prices:
                prices = {p.sku: [{"kind": r["kind"], "price_fen": r["price_fen"], "at": r["at"]}
                                  for r in catalogue.price_history(p.sku)] for p in products}
                listed.append(_put_json(zf, PRICES, {"prices": prices}))
            manifest = {
                "format": FORMAT_NAME, "version": FORMAT_VERSION, "app_version": __version__,
                "created_at": clock().astimezone(timezone.utc).isoformat(timespec="seconds"),
                "cooperative": cooperative, "product_count": len(products), "price_history": with_prices,
                "files": listed,
            }
            _put_json(zf, MANIFEST, manifest)

    size = atomic_output(out, write)
    return ExportResult(Path(out), len(products), len(refs), size)


def _put_json(zf: zipfile.ZipFile, name: str, value) -> dict:
    data = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o100644 << 16
    zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _copy_file(zf: zipfile.ZipFile, files, rel: str, sku: str) -> dict:
    """Stream one stored attachment into the zip (stored, not deflated: JPEG, PNG and PDF are compressed)."""
    try:
        src = files.path(rel)
        fh = open(src, "rb")
    except FileError:
        raise ExchangeError("missing_attachment", sku=sku, file=rel) from None
    except OSError:
        raise ExchangeError("missing_attachment", sku=sku, file=rel) from None
    digest, size = hashlib.sha256(), 0
    info = zipfile.ZipInfo(FILES_PREFIX + rel, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16
    with fh, zf.open(info, "w", force_zip64=os.fstat(fh.fileno()).st_size > 0x7FFFFFFF) as dst:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    if digest.hexdigest() != rel[3:67]:
        raise ExchangeError("damaged_attachment", sku=sku, file=rel)
    return {"name": FILES_PREFIX + rel, "size": size, "sha256": digest.hexdigest()}
