"""Benchmark: start-up to first paint with 10,000 products, and search as you type.

Run: python tests/perf/bench_startup.py [--products 10000] [--runs 7]
Prints one JSON object. Targets (issue 2): app start-up <= 1.5 x a bare PySide6 window with one
label, measured in the same run; search median < 10 ms per query over 10,000 products.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROVINCES = [("陕西省", "洛川县"), ("云南省", "漾濞彝族自治县"), ("黑龙江省", "五常市"), ("福建省", "安溪县"),
             ("新疆维吾尔自治区", "阿克苏市"), ("浙江省", "庆元县"), ("宁夏回族自治区", "中宁县"),
             ("内蒙古自治区", "锡林浩特市"), ("贵州省", "湄潭县"), ("山东省", "烟台市"), ("四川省", "汉源县"),
             ("湖南省", "邵阳县"), ("河北省", "迁西县"), ("广西壮族自治区", "百色市"), ("吉林省", "抚松县")]
PRODUCE = [("苹果", "fruit"), ("核桃", "nuts"), ("大米", "grain"), ("铁观音", "tea"), ("蜂蜜", "honey"),
           ("香菇", "mushroom"), ("枸杞", "dried"), ("牛腱子", "meat"), ("土鸡蛋", "eggs"), ("樱桃", "fruit"),
           ("花椒", "dried"), ("山茶油", "oil"), ("板栗", "nuts"), ("芒果", "fruit"), ("人参", "dried"),
           ("银耳", "mushroom"), ("小米", "grain"), ("红枣", "dried"), ("猕猴桃", "fruit"), ("白茶", "tea")]
GRADES = ["精选", "特级", "一级", "家庭装", "礼盒装", "散装", "新鲜", "农家", "高山", "有机转换期"]

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

QUERIES = ["h", "ht", "het", "heta", "hetao", "核", "核桃", "p", "pi", "pin", "ping", "pingguo", "苹果",
           "陕西", "shanxi", "sx", "YN", "yunnan", "蜂", "蜂蜜", "fm", "dami", "五常", "x", "xiang", "xianggu",
           "0042", "SKU-1", "礼盒", "lihe", "zzz", "洛川 苹果", "yn ht"]


def build_db(path: Path, count: int) -> float:
    """Fill ``path`` with ``count`` products (and stock) through the real catalogue service."""
    from villagecast.core.catalogue import Catalogue
    from villagecast.core.product import Product
    from villagecast.storage import Repository, open_database

    rnd = random.Random(2)
    start = time.perf_counter()
    db = open_database(path)
    repo = Repository(db)
    cat = Catalogue(repo)
    with repo.transaction():
        for i in range(count):
            province, county = PROVINCES[i % len(PROVINCES)]
            name, category = PRODUCE[(i // len(PROVINCES)) % len(PRODUCE)]
            grade = GRADES[rnd.randrange(len(GRADES))]
            live = rnd.randrange(990, 29990, 10)
            cat.add(Product(sku=f"SKU-{i:05d}", name_zh=f"{province[:2]}{county[:2]}{grade}{name}",
                            name_en=f"{name} {i}", category=category, net_weight_g=rnd.choice([500, 1000, 2500, 5000]),
                            live_price_fen=live, list_price_fen=live + 1000, cost_fen=live // 2,
                            origin_province=province, origin_county=county, low_stock_threshold=5),
                    opening_stock=rnd.randrange(0, 200))
    db.conn.close()
    return time.perf_counter() - start


BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
class Label(QLabel):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:  # stamped like the app: right after the first paint completes
            self.painted = True
            print(f"catalogue-painted {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
label = Label("VillageCast")
label.show()
sys.exit(app.exec())
"""


def time_process(cmd: list[str], env: dict) -> tuple[float, float]:
    """(seconds from launch to the first paint with content, seconds from launch to exit)."""
    start = time.time()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    ended = time.time() - start
    if result.returncode != 0:
        raise SystemExit(f"{cmd} failed ({result.returncode}):\n{result.stderr}")
    marks = [float(line.split()[1]) for line in result.stderr.splitlines() if line.startswith("catalogue-painted ")]
    if not marks:
        raise SystemExit(f"{cmd} printed no paint time:\n{result.stderr}")
    return marks[0] - start, ended


def startup(db_path: Path, runs: int) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["VILLAGECAST_CONFIG_DIR"] = tempfile.mkdtemp(prefix="vc-bench-config-")
    env["VILLAGECAST_DATA_DIR"] = tempfile.mkdtemp(prefix="vc-bench-data-")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["VILLAGECAST_TRACE_PAINT"] = "1"
    # An installed VillageCast has compiled bytecode (pip compiles on install); give the source tree the same.
    compileall.compile_dir(str(ROOT / "villagecast"), quiet=1)
    bare_cmd = [sys.executable, "-c", BARE]
    # What the installed `villagecast` console script runs (no runpy, unlike python -m).
    app_cmd = [sys.executable, "-c", "import sys; from villagecast.__main__ import main; sys.exit(main())",
               "--db", str(db_path), "--exit-after-show"]
    time_process(bare_cmd, env), time_process(app_cmd, env)  # warm the OS file cache
    bare, app = [], []
    for _ in range(runs):  # interleave so background load hits both alike
        bare.append(time_process(bare_cmd, env))
        app.append(time_process(app_cmd, env))
    b = statistics.median(t[0] for t in bare)
    a = statistics.median(t[0] for t in app)
    return {"bare_window_first_paint_s": round(b, 3), "app_10k_catalogue_painted_s": round(a, 3),
            "ratio": round(a / b, 2), "target_ratio": 1.5,
            "bare_exit_s": round(statistics.median(t[1] for t in bare), 3),
            "app_exit_s": round(statistics.median(t[1] for t in app), 3),
            "runs": runs, "platform": env["QT_QPA_PLATFORM"]}


def search(db_path: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from villagecast.core.catalogue import Catalogue
    from villagecast.core.search import SearchIndex
    from villagecast.storage import Repository, open_database

    db = open_database(db_path)
    rows = Catalogue(Repository(db)).list_rows()
    index = SearchIndex(rows)
    core_times, hits = [], {}
    for q in QUERIES * 3:
        t = time.perf_counter()
        hits[q] = len(index.matches(q))
        core_times.append((time.perf_counter() - t) * 1000)
    out = {"products": len(rows), "queries": len(core_times),
           "core_median_ms": round(statistics.median(core_times), 3),
           "core_max_ms": round(max(core_times), 3), "hits_ht": hits["ht"], "hits_hetao": hits["hetao"]}
    try:
        from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

        from villagecast.ui.context import AppContext
        from villagecast.ui.models.product_list import Column, ProductListModel
    except ImportError as exc:  # the window layer is optional for this figure
        out["model_error"] = str(exc)
        return out
    app = QApplication.instance() or QApplication([])
    context = AppContext(db, db_path)
    model = ProductListModel(context)
    view = QTableView()
    view.setModel(model)
    # Set up like the window's list (views/main_window.py): no row numbers, fixed row height, the category
    # column hidden until the user shows it.
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setColumnHidden(Column.CATEGORY, True)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    model_times = []
    for q in QUERIES * 3:
        t = time.perf_counter()
        model.set_query(q)
        app.processEvents()  # includes the view's relayout and repaint
        model_times.append((time.perf_counter() - t) * 1000)
    out.update(model_median_ms=round(statistics.median(model_times), 3),
               model_max_ms=round(max(model_times), 3), target_median_ms=10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--keep", help="keep the generated database at this path")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vc-bench-"))
    db_path = Path(args.keep) if args.keep else folder / "bench.db"
    if db_path.exists():
        build_s = 0.0
    else:
        build_s = build_db(db_path, args.products)
    result = {"build_db_s": round(build_s, 2), "startup": startup(db_path, args.runs), "search": search(db_path)}
    result["targets_met"] = (result["startup"]["ratio"] <= 1.5
                             and result["search"].get("model_median_ms", result["search"]["core_median_ms"]) < 10)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
