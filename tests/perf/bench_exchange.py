"""Benchmark: export and re-import of a catalogue bundle of 1,000 products with one 1600-px photo each.

Run: python tests/perf/bench_exchange.py [--products 1000] [--keep]
Prints one JSON object:
* ``export``: ``villagecast export bundle`` of the whole catalogue (seconds, peak RSS in MB of that process);
* ``import``: the bundle read and checked entirely, then applied into an empty database in one transaction
  (``read_s``, ``apply_s``, ``seconds`` in all, peak RSS);
* ``bundle_mb``, ``photo_kb`` (average JPEG size), ``fields_equal`` (every product identical after the trip).
Each phase runs in a child process so its peak memory is its own. Targets (issue 7): each way under 30 s on
this 2-core machine, peak memory under 500 MB. The photos (noisy 1600×1200 JPEGs, about 0.5 MB each, so
they do not compress) are generated once and cached in the temp folder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CACHE = Path(tempfile.gettempdir()) / "vc-bench-exchange-photos"


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def photos(count: int) -> list[Path]:
    """``count`` distinct 1600×1200 JPEGs with noise and colour (cached between runs)."""
    from PIL import Image

    CACHE.mkdir(exist_ok=True)
    paths = [CACHE / f"photo-{i:05d}.jpg" for i in range(count)]
    for i, path in enumerate(paths):
        if path.exists():
            continue
        noise = Image.effect_noise((1600, 1200), 40).convert("RGB")
        tint = Image.new("RGB", (1600, 1200), ((i * 37) % 200 + 30, (i * 91) % 200 + 30, (i * 53) % 200 + 30))
        Image.blend(noise, tint, 0.6).save(path, "JPEG", quality=85)
    return paths


def build(db_path: Path, count: int) -> float:
    """A catalogue of ``count`` products, each with one photo (and its thumbnail) in the attachments folder."""
    from PIL import Image

    from villagecast.core.catalogue import Catalogue
    from villagecast.core.product import Photo, Product, ShopLink, TalkingPoint
    from villagecast.storage import Repository, open_database
    from villagecast.storage.files import FileStore

    db = open_database(db_path)
    cat, files = Catalogue(Repository(db)), FileStore(db_path.parent / "files")
    sizes = []
    with cat.repo.transaction():
        for i, src in enumerate(photos(count)):
            data = src.read_bytes()
            sizes.append(len(data))
            with Image.open(src) as im:
                im.thumbnail((320, 320))
                thumb = db_path.parent / "thumb.jpg"
                im.save(thumb, "JPEG")
            photo = Photo(files.put_bytes(data, "jpg"), files.put_bytes(thumb.read_bytes(), "jpg"), 1600, 1200,
                          src.name)
            cat.add(Product(sku=f"SKU-{i:05d}", name_zh=f"云南高山核桃 第{i}批", category="nuts", live_price_fen=3990 + i,
                            origin_province="云南省", origin_county="漾濞彝族自治县", producer="光明合作社",
                            talking_points=[TalkingPoint("taste", "一捏就开，香脆不涩")], photos=[photo],
                            shop_links=[ShopLink("douyin", f"https://example.com/p/{i}")]))
    db.close()
    return sum(sizes) / len(sizes) / 1024


def phase_export(db_path: Path, out: Path) -> dict:
    from villagecast.core.catalogue import Catalogue
    from villagecast.core.exchange.bundle_export import export_bundle
    from villagecast.storage import Repository, open_database
    from villagecast.storage.files import FileStore

    db = open_database(db_path)
    t = time.perf_counter()
    result = export_bundle(Catalogue(Repository(db)), FileStore(db_path.parent / "files"), out)
    seconds = time.perf_counter() - t
    return {"seconds": round(seconds, 2), "peak_rss_mb": _peak_mb(), "products": result.products,
            "files": result.files}


def phase_import(bundle: Path, db_path: Path, source_db: Path) -> dict:
    from villagecast.core.catalogue import Catalogue
    from villagecast.core.exchange import merge
    from villagecast.core.exchange.bundle_read import read_bundle
    from villagecast.core.exchange.schema import product_json
    from villagecast.storage import Repository, open_database
    from villagecast.storage.files import FileStore

    db = open_database(db_path)
    cat = Catalogue(Repository(db))
    t = time.perf_counter()
    read = read_bundle(bundle)
    read_s = time.perf_counter() - t
    result = merge.apply(cat, FileStore(db_path.parent / "files"), read)
    seconds = time.perf_counter() - t
    peak = _peak_mb()
    original = Catalogue(Repository(open_database(source_db)))
    equal = all(product_json(cat.get(sku)) == product_json(original.get(sku)) for sku in result.added)
    return {"seconds": round(seconds, 2), "read_s": round(read_s, 2), "apply_s": round(seconds - read_s, 2),
            "peak_rss_mb": peak, "added": len(result.added), "files": result.files, "fields_equal": equal}


def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--phase", choices=("export", "import"), help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "export":
        print(json.dumps(phase_export(Path(args.paths[0]), Path(args.paths[1]))))
        return
    if args.phase == "import":
        print(json.dumps(phase_import(*map(Path, args.paths))))
        return
    folder = Path(tempfile.mkdtemp(prefix="vc-bench-exchange-"))
    try:
        source, target, bundle = folder / "a" / "villagecast.db", folder / "b" / "villagecast.db", folder / "x.vcbundle"
        t = time.perf_counter()
        photo_kb = build(source, args.products)
        setup_s = time.perf_counter() - t
        export = _child("--phase", "export", str(source), str(bundle))
        imported = _child("--phase", "import", str(bundle), str(target), str(source))
        result = {"products": args.products, "cpus": os.cpu_count(), "setup_s": round(setup_s, 1),
                  "photo_kb": round(photo_kb), "bundle_mb": round(bundle.stat().st_size / 2**20, 1),
                  "export": export, "import": imported}
        result["targets_met"] = (export["seconds"] < 30 and imported["seconds"] < 30 and imported["fields_equal"]
                                 and max(export["peak_rss_mb"], imported["peak_rss_mb"]) < 500)
        print(json.dumps(result, ensure_ascii=False, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
