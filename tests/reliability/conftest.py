"""Shared pieces of the fuzz tests (issue 9, part 3): hypothesis profiles, the figures table, the workspaces.

* **Profiles.** ``villagecast-fuzz`` is what CI runs: a fixed seed (``derandomize``) so a run is
  reproducible, no example database (nothing written into the checkout), no deadline (a first
  openpyxl import is slow). ``villagecast-fuzz-slow`` (``VILLAGECAST_SLOW_TESTS=1``) runs ten times
  as many examples from a random seed, to look further; a failure prints its reproduction blob.
  The profiles are applied per test through ``fuzz(n)`` rather than ``settings.load_profile``, so the
  other hypothesis users of the suite keep their own defaults.
* **Figures.** Every case a fuzz test runs is counted (``figures`` fixture): how many ran, how many were
  refused cleanly, accepted, raised something unexpected, or wrote on a refusal. The table is printed
  at the end of the run and written as JSON to ``$VILLAGECAST_FIGURES`` when set. The kill test
  (``test_kill_import.py``) counts into a second table (``kill_figures``): kills, imports completed and
  rolled back, integrity errors, ledger mismatches, attachment errors, temporary files swept, orphan files.
* **Workspaces** (``workspace`` fixture): a copy of a template catalogue (database and attachments folder)
  that examples reuse as long as they leave it unchanged; after an accepted import (or a failure) the next
  example gets a fresh copy. ``workspace.py`` holds the comparison and invariants.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from datetime import date

import pytest
from hypothesis import HealthCheck, settings

SLOW = bool(os.environ.get("VILLAGECAST_SLOW_TESTS"))
SCALE = 10 if SLOW else 1
PROFILE = "villagecast-fuzz-slow" if SLOW else "villagecast-fuzz"
TODAY = date(2026, 11, 23)  # the demo catalogue's "today": exports are the same on every run

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
          HealthCheck.function_scoped_fixture, HealthCheck.large_base_example]
settings.register_profile("villagecast-fuzz", derandomize=True, database=None, deadline=None,
                          suppress_health_check=_QUIET, print_blob=False)
settings.register_profile("villagecast-fuzz-slow", derandomize=False, database=None, deadline=None,
                          suppress_health_check=_QUIET, print_blob=True)


def fuzz(examples: int) -> settings:
    """The settings of one fuzz test: ``examples`` cases in CI, ten times as many in the slow profile."""
    return settings(parent=settings.get_profile(PROFILE), max_examples=examples * SCALE)


# --- figures ---------------------------------------------------------------------------------------
OUTCOMES = ("refused", "accepted", "unexpected", "partial")
COLUMNS = ("importer", "input", "cases", "clean refusals", "accepted", "unexpected exceptions", "partial writes",
           "seconds")


class Figures:
    """Counts per (importer, kind of input); one instance for the whole run."""

    def __init__(self):
        self.rows: dict[tuple[str, str], dict] = defaultdict(lambda: {**{o: 0 for o in OUTCOMES}, "seconds": 0.0})

    def record(self, importer: str, kind: str, outcome: str, seconds: float = 0.0) -> None:
        assert outcome in OUTCOMES, outcome
        row = self.rows[(importer, kind)]
        row[outcome] += 1
        row["seconds"] += seconds

    def table(self) -> list[dict]:
        out = []
        for (importer, kind), row in sorted(self.rows.items()):
            out.append({"importer": importer, "input": kind, "cases": sum(row[o] for o in OUTCOMES),
                        "clean_refusals": row["refused"], "accepted": row["accepted"],
                        "unexpected_exceptions": row["unexpected"], "partial_writes": row["partial"],
                        "seconds": round(row["seconds"], 2)})
        return out


class Timer:
    """Measures one case for the figures: ``with timer: ...`` then ``timer.seconds``."""

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start
        return False


# Kills of an import midway (test_kill_import.py), per importer: key -> column heading.
KILL_COLUMNS = {"importer": "importer", "kills": "kills", "completed": "imports completed",
                "rolled_back": "imports rolled back", "between": "killed between imports",
                "half_written": "half written", "integrity_errors": "integrity errors",
                "ledger_mismatches": "ledger mismatches", "attachment_errors": "attachment errors",
                "swept": "temp files swept", "orphans": "orphan files", "unreferenced": "unreferenced copies"}


class KillFigures:
    """Counts per importer of the kill test; one instance for the whole run."""

    def __init__(self):
        self.rows: dict[str, dict] = defaultdict(lambda: dict.fromkeys(list(KILL_COLUMNS)[1:], 0))

    def record(self, importer: str, **counts: int) -> None:
        row = self.rows[importer]
        for key, n in counts.items():
            row[key] += n  # an unknown key raises: every count has a column

    def table(self) -> list[dict]:
        return [{"importer": importer, **row} for importer, row in sorted(self.rows.items())]


FIGURES = Figures()
KILLS = KillFigures()


@pytest.fixture
def figures() -> Figures:
    return FIGURES


@pytest.fixture
def kill_figures() -> KillFigures:
    return KILLS


def _write_table(terminalreporter, title: str, headings, keys, rows: list[dict], labels: int) -> dict:
    """Print ``rows`` under ``headings`` with a total line (the first ``labels`` columns are text); returns it."""
    cells = [list(headings)] + [[str(r[k]) for k in keys] for r in rows]
    total = {k: sum(r[k] for r in rows) for k in keys[labels:]}
    cells.append(["total", *[""] * (labels - 1), *(str(round(total[k], 2)) for k in keys[labels:])])
    widths = [max(len(row[i]) for row in cells) for i in range(len(keys))]
    terminalreporter.write_sep("=", title)
    for n, row in enumerate(cells):
        terminalreporter.write_line("  ".join(c.ljust(w) if i < labels else c.rjust(w)
                                              for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0 or n == len(cells) - 2:
            terminalreporter.write_line("  ".join("-" * w for w in widths))
    return total


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    rows, kills = FIGURES.table(), KILLS.table()
    data: dict = {"profile": PROFILE}
    if rows:
        keys = ("importer", "input", "cases", "clean_refusals", "accepted", "unexpected_exceptions",
                "partial_writes", "seconds")
        data.update(rows=rows, total=_write_table(terminalreporter, "reliability figures", COLUMNS, keys, rows, 2))
    if kills:
        data.update(kills=kills, kills_total=_write_table(terminalreporter, "import kill figures",
                                                          KILL_COLUMNS.values(), list(KILL_COLUMNS), kills, 1))
    target = os.environ.get("VILLAGECAST_FIGURES")
    if target and (rows or kills):
        with open(target, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        terminalreporter.write_line(f"figures written to {target}")


# --- workspaces ------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def templates(tmp_path_factory):
    """The template catalogues (empty, small with attachments, demo) and their exports, built once."""
    from .workspace import build_templates

    return build_templates(tmp_path_factory.mktemp("fuzz-templates"), TODAY)


@pytest.fixture
def workspace(templates, tmp_path):
    from .workspace import Workspaces

    spaces = Workspaces(templates, tmp_path)
    yield spaces
    spaces.close()
