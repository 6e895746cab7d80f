"""Crash safety of imports (issue 9, "Kill tests"): a process importing catalogues in a loop is killed with SIGKILL
at random moments; after each kill the file is sound and holds the state before or the state after the import
that was running — never a part of it — and no half-copied attachment is left once the next import has started.

Run as a script (``python test_kill_import.py DB INPUTS RUN``) this file is the child. It imports as
``villagecast import --on-conflict theirs FILE`` does (``read_source`` → ``merge.plan`` → ``merge.apply`` into
the attachments folder beside DB), in a loop: the run's bundle (new photos and certificate scans, so files are
copied), then the product CSV and the XLSX (their order alternating by run), again and again; it prints
``begin K`` just before applying import K and ``end K`` once it is committed. Every import changes prices, so
every import writes.

The parent kills it a random delay after one of the first three imports began, then checks the data folder:

* ``PRAGMA integrity_check`` and ``foreign_key_check`` are clean, opened the normal way (``open_database``);
* the content (``dump()``, timestamps masked) is exactly the state after the imports reported done, or — when
  the next one had begun — the state after that one as well. The parent knows those states by replaying the
  same imports on a copy of the folder taken before the run;
* the stock ledger of every product holds and its movements are those of the start (imports never move stock);
* every attachment a product refers to is in the store and hashes to its name (the store's record of its hash);
* temporary copies the kill left are removed by the sweep every import starts with (``FileStore.sweep_temporary``;
  they are aged past ``TEMP_MAX_AGE`` first, as the sweep spares younger ones another process may be writing);
  afterwards no ``*.tmp`` file and no damaged copy is left anywhere in the data folder. Complete copies that no
  product refers to (an interrupted bundle's files) are harmless and stay; they are counted, not failed.

Figures per importer (kills, imports completed / rolled back, integrity errors, ledger mismatches...) go to the
"import kill figures" table of ``conftest.py``. 20 kills in the normal run; 200 with ``VILLAGECAST_SLOW_TESTS=1``
(marked ``slow``).
"""

from __future__ import annotations

import itertools
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "villagecast.db"
STOCKED = ("KI-01", "KI-02", "KI-03", "KI-04")  # in the catalogue from the start, with stock
BUNDLED = STOCKED + ("KI-05", "KI-06")  # the bundle adds two
SHEETS = ("csv", "xlsx")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")


def source(inputs: Path, run: int, k: int) -> tuple[str, Path]:
    """The importer and the file of import ``k`` in run ``run``: bundle, both sheets, bundle, ..."""
    order = ("bundle",) + (SHEETS if run % 2 == 0 else SHEETS[::-1])
    kind = order[k % 3]
    return kind, inputs / (f"bundle-{run}.vcbundle" if kind == "bundle" else f"sheet.{kind}")


def open_folder(db_path: Path):
    """The catalogue and attachments of ``db_path``, opened as the command line opens them."""
    from villagecast import paths
    from villagecast.core.catalogue import Catalogue
    from villagecast.storage import Repository, open_database
    from villagecast.storage.files import FileStore

    db = open_database(db_path)
    return db, Catalogue(Repository(db)), FileStore(paths.attachments_dir(db_path))


def import_file(catalogue, files, path: Path, announce=None):
    """One import as ``villagecast import --on-conflict theirs`` runs it (cli_exchange.cmd_import)."""
    from villagecast.core.exchange import merge
    from villagecast.core.exchange.detect import read_source

    read = read_source(path, catalogue)
    merge.plan(catalogue, read)  # the preview the command line prints first
    if announce:
        announce()
    return merge.apply(catalogue, files, read, default="theirs")


def child(db_path: str, inputs: str, run: int) -> None:
    _db, catalogue, files = open_folder(Path(db_path))
    for k in itertools.count():
        _kind, path = source(Path(inputs), run, k)
        import_file(catalogue, files, path, lambda: print("begin", k, flush=True))
        print("end", k, flush=True)


if __name__ == "__main__":  # the child stops here: importing pytest below would cost it a tenth of a second a kill
    sys.path.insert(0, str(ROOT))
    child(sys.argv[1], sys.argv[2], int(sys.argv[3]))

import pytest  # noqa: E402  (the parent only)


# --- the inputs (parent) ---------------------------------------------------------------------------
def _jpeg(path: Path, seed: str) -> Path:
    from PIL import Image

    rnd = random.Random(seed)
    im = Image.new("RGB", (320, 240), tuple(rnd.randrange(40, 220) for _ in range(3)))
    pixels = im.load()
    for _ in range(200):
        pixels[rnd.randrange(320), rnd.randrange(240)] = tuple(rnd.randrange(256) for _ in range(3))
    im.save(path, "JPEG", quality=85)
    return path


def _catalogue(root: Path, products) -> None:
    """A catalogue at ``root`` with ``products`` (built by ``products(files)``) and no stock."""
    db, catalogue, files = open_folder(root / DB_NAME)
    for p in products(files):
        catalogue.add(p)
    db.close()


def build_bundle(maker, inputs: Path, run: int) -> None:
    """``bundle-RUN.vcbundle``: the six products with a photo and a certificate scan new to this run, made in
    ``maker`` (the open source catalogue: a new database per run would cost its migrations each time)."""
    from villagecast.core.exchange.bundle_export import export_bundle
    from villagecast.core.photos import import_photo
    from villagecast.core.product import Certificate, Photo, Product

    _db, catalogue, files = maker
    for i, sku in enumerate(BUNDLED):
        scan = inputs / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4\n%% " + f"{run} {sku}".encode() + b"\n%%EOF\n")
        p = Product(sku=sku, name_zh=f"核桃{sku}第{run}批", category="nuts", live_price_fen=2000 + 10 * run + i,
                    cost_fen=1000, photos=[Photo(**import_photo(_jpeg(inputs / "photo.jpg", f"{run}/{sku}"), files))],
                    certificates=[Certificate("organic", f"ORG-{run}-{i}", file_path=files.put_file(scan).path)])
        if catalogue.exists(sku):
            catalogue.save(sku, p)
        else:
            catalogue.add(p)
    export_bundle(catalogue, files, inputs / f"bundle-{run}.vcbundle", cooperative="Kill test")


def build_inputs(tmp_path: Path) -> tuple[Path, Path]:
    """The data folder (four products with stock and sales) and the sheets; returns (db path, inputs folder)."""
    from villagecast.core.exchange.sheet_export import export_csv, export_xlsx
    from villagecast.core.product import Product

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for kind, base, extra in (("csv", 3000, "KI-07"), ("xlsx", 4000, "KI-08")):
        root = tmp_path / "scratch" / kind
        _catalogue(root, lambda _files, base=base, extra=extra: [
            Product(sku=sku, name_zh=f"核桃{sku}表{base}", category="nuts", live_price_fen=base + i, cost_fen=900)
            for i, sku in enumerate(BUNDLED + (extra,))])
        db, catalogue, _files = open_folder(root / DB_NAME)
        (export_csv if kind == "csv" else export_xlsx)(catalogue, inputs / f"sheet.{kind}")
        db.close()
    db_path = tmp_path / "data" / DB_NAME
    db, catalogue, _files = open_folder(db_path)
    for i, sku in enumerate(STOCKED):
        catalogue.add(Product(sku=sku, name_zh=f"核桃{sku}", category="nuts", live_price_fen=1500 + i),
                      opening_stock=20 + i)
        catalogue.move_stock(sku, "sell", 1 + i % 2)
    db.close()
    return db_path, inputs


# --- the checks (parent) ---------------------------------------------------------------------------
def masked(db_path: Path) -> str:
    """``dump()`` with every timestamp masked: a replay writes the same rows at other moments."""
    from ..helpers import dump

    return _STAMP.sub("<time>", dump(db_path))


def replay(ref: Path, inputs: Path, run: int, count: int) -> list[str]:
    """The states of the database copy in ``ref`` before and after each of the run's first ``count`` imports."""
    states = [masked(ref / DB_NAME)]
    db, catalogue, files = open_folder(ref / DB_NAME)
    try:
        for k in range(count):
            import_file(catalogue, files, source(inputs, run, k)[1])
            states.append(masked(ref / DB_NAME))
    finally:
        db.close()
    return states


def stored_files(store: Path) -> set[str]:
    return {p.relative_to(store).as_posix() for p in store.rglob("*") if p.is_file()} if store.is_dir() else set()


def check(db_path: Path, ref: Path, inputs: Path, run: int, begun: int, ended: int, start: dict, figures) -> dict:
    """Every property after the kill of run ``run``; records the figures and returns the outcome."""
    from villagecast.core.exchange.schema import file_refs
    from villagecast.storage.files import TEMP_MAX_AGE, FileStore

    from .workspace import attachment_problems, integrity_problems, ledger_problems, moves

    data, store = db_path.parent, db_path.parent / "files"
    states = replay(ref, inputs, run, ended + 1 + (begun > ended))
    before, after = states[ended + 1], states[ended + 2] if begun > ended else None
    db, catalogue, files = open_folder(db_path)  # the next normal open
    try:
        integrity = integrity_problems(db.conn)
        content = masked(db_path)
        ledger = ledger_problems(catalogue)
        if moves(db_path) != start["moves"]:
            ledger.append("the stock movements changed")
        attachments = attachment_problems(catalogue, files, verify=True)
        referenced = {rel for row in catalogue.list_rows() for rel in file_refs(catalogue.get(row["sku"]))}
    finally:
        db.close()
    left = sorted(data.rglob("*.tmp"))
    stale = time.time() - 2 * TEMP_MAX_AGE
    for tmp in left:
        os.utime(tmp, (stale, stale))  # as if the next import started the next day
    swept = FileStore(store).sweep_temporary()  # what that import does first (merge.apply)
    orphans = [str(p.relative_to(data)) for p in data.rglob("*.tmp")]
    orphans += [rel for rel in stored_files(store) - start["files"] if not FileStore(store).verify(rel)]
    unreferenced = stored_files(store) - start["files"] - referenced
    start["files"] = stored_files(store)
    if content == after:
        outcome = "after"  # committed; killed before it could say so
    elif content == before:
        outcome = "before" if begun > ended else "between"  # rolled back, or killed before applying began
    else:
        outcome = "neither"
    kind = source(inputs, run, ended + 1)[0]  # the import that was running (or about to)
    for k in range(ended + 1):
        figures.record(source(inputs, run, k)[0], completed=1)
    figures.record(kind, kills=1, completed=int(outcome == "after"), rolled_back=int(outcome == "before"),
                   between=int(outcome == "between"), half_written=int(outcome == "neither"),
                   integrity_errors=len(integrity), ledger_mismatches=len(ledger), attachment_errors=len(attachments), swept=swept,
                   orphans=len(orphans), unreferenced=len(unreferenced))
    problems = integrity + ledger + attachments + [f"left behind: {o}" for o in orphans]
    if outcome == "neither":
        problems.append(f"the {kind} import {ended + 1} was half written")
    assert not problems, f"run {run} (killed in import {ended + 1}, {kind}): {problems}"
    assert len(left) == swept
    return {"run": run, "kind": kind, "outcome": outcome, "swept": swept}


def kill_runs(tmp_path: Path, runs: int, seed: int, figures) -> list[dict]:
    from .workspace import moves

    rng = random.Random(seed)
    db_path, inputs = build_inputs(tmp_path)
    maker = open_folder(tmp_path / "scratch" / "bundles" / DB_NAME)
    start = {"moves": moves(db_path), "files": set()}
    took = {"bundle": 0.3, "csv": 0.1, "xlsx": 0.2}  # seconds an apply takes; measured as the runs go
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results = []
    for run in range(runs):
        build_bundle(maker, inputs, run)
        ref = tmp_path / "scratch" / "ref"  # the database as the run starts (the states are the database's)
        shutil.rmtree(ref, ignore_errors=True)
        ref.mkdir(parents=True)
        for part in db_path.parent.glob(DB_NAME + "*"):  # closed: no process has it open now
            shutil.copy2(part, ref / part.name)
        target = rng.choice((0, 0, 1, 2))  # half of the kills in a bundle import, the others in a sheet's
        proc = subprocess.Popen([sys.executable, __file__, str(db_path), str(inputs), str(run)],
                                stdout=subprocess.PIPE, text=True, env=env)
        begun, ended, began_at = -1, -1, 0.0
        while begun < target:
            line = proc.stdout.readline()
            assert line, f"run {run}: the child stopped"
            word, k = line.split()
            if word == "begin":
                begun, began_at = int(k), time.monotonic()
            else:
                ended = int(k)
                took[source(inputs, run, ended)[0]] = time.monotonic() - began_at
        time.sleep(rng.random() * 1.25 * took[source(inputs, run, target)[0]])  # anywhere in the apply, or just after
        os.kill(proc.pid, signal.SIGKILL)
        rest = proc.stdout.read().split()
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        for word, k in zip(rest[::2], rest[1::2]):
            if word == "begin":
                begun = int(k)
            else:
                ended = int(k)
        results.append(check(db_path, ref, inputs, run, begun, ended, start, figures))
    maker[0].close()
    return results


def test_an_import_killed_midway_leaves_the_state_before_or_after_it(tmp_path, kill_figures):
    results = kill_runs(tmp_path, 20, seed=9, figures=kill_figures)
    assert {r["kind"] for r in results} == {"bundle", "csv", "xlsx"}
    assert any(r["outcome"] == "before" for r in results)  # some kills did land inside an apply


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("VILLAGECAST_SLOW_TESTS"), reason="set VILLAGECAST_SLOW_TESTS=1")
def test_imports_killed_two_hundred_times(tmp_path, kill_figures):
    results = kill_runs(tmp_path, 200, seed=90, figures=kill_figures)
    assert {"before", "between"} <= {r["outcome"] for r in results}


def test_an_import_sweeps_stale_temporary_copies_only(tmp_path):
    """``merge.apply`` starts with ``FileStore.sweep_temporary``: a stale temporary copy goes; a fresh one (another
    process may be writing it) and a complete copy no product refers to stay."""
    from villagecast.storage.files import TEMP_MAX_AGE

    db_path, inputs = build_inputs(tmp_path)
    db, catalogue, files = open_folder(db_path)
    try:
        complete = files.put_bytes(b"%PDF-1.4\n%%EOF\n", "pdf")
        folder = files.path(complete).parent
        stale, fresh = folder / f".{Path(complete).name}.abc123.tmp", folder / f".{Path(complete).name}.def456.tmp"
        stale.write_bytes(b"%PDF-1.4\n half")
        fresh.write_bytes(b"%PDF-1.4\n half")
        old = time.time() - TEMP_MAX_AGE - 5
        os.utime(stale, (old, old))
        result = import_file(catalogue, files, inputs / "sheet.csv")
    finally:
        db.close()
    assert len(result.added) == 3 and not stale.exists()
    assert fresh.exists() and files.verify(complete)
    assert files.sweep_temporary(max_age=0) == 1 and not fresh.exists()
