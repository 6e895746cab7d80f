"""Work off the GUI thread: a ``QRunnable`` running one function, and what it may read there.

The app's SQLite connection is used only on the GUI thread. A job gets either a ``Snapshot`` (the
products, read on the GUI thread, offered with the few catalogue methods the core's exporters
call) or, for reading a spreadsheet (which looks up the stored product of each row), its own
read-only connection to the database file, opened, used and closed in the worker thread.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...core.catalogue import Catalogue
from ...core.exchange.bundle_export import select_products
from ...storage import Repository
from ...storage.db import Database


class JobSignals(QObject):
    """Made on the GUI thread, so the slots connected to it run there (queued)."""

    progress = Signal(int, int)  # done, total
    done = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised


class Job(QRunnable):
    """Run ``work(progress, cancelled)`` in the thread pool; ``progress(done, total)`` reports, ``cancelled()``
    asks whether ``cancel()`` was called. Exactly one of ``done`` / ``failed`` is emitted."""

    def __init__(self, work):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until it has finished
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread, in words there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


@contextmanager
def read_only_catalogue(db_path):
    """A ``Catalogue`` over a new read-only connection to ``db_path``, for the calling thread only."""
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        yield Catalogue(Repository(Database(conn, db_path)))
    finally:
        conn.close()


class Snapshot:
    """Products read on the GUI thread, answering what ``select_products`` and ``export_bundle`` ask."""

    def __init__(self, products, prices: dict | None = None):
        self.products = {p.sku: p for p in products}
        self.prices = dict(prices or {})

    @classmethod
    def take(cls, catalogue, skus=None, with_prices: bool = False) -> Snapshot:
        products = select_products(catalogue, skus)
        prices = {p.sku: catalogue.price_history(p.sku) for p in products} if with_prices else None
        return cls(products, prices)

    def get(self, sku: str):
        return self.products[sku]

    def list_rows(self) -> list[dict]:
        return [{"sku": sku} for sku in self.products]

    def price_history(self, sku: str) -> list[dict]:
        return list(self.prices.get(sku, []))

    def __len__(self) -> int:
        return len(self.products)
