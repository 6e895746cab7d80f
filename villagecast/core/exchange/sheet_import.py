"""Importing a CSV or XLSX spreadsheet: every row checked, every bad row reported, nothing written unless all pass.

The header row is the first of the top five rows that names a SKU column (a title row above it
is allowed). Headers are matched in Chinese or English in any width (``sheet_columns``); unknown
columns are ignored and named in the preview. A row changes only the columns the sheet has:
for a stored product everything else — nutrition, certificates, documents, photos, the review
ledger, talking points — stays as it is. Talking points are taken from the sheet only for new
products (the stored ones carry their evidence); a non-empty shop-link cell replaces the links.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import Issue, ValidationError
from ..product import Product
from ..validation import validate_product
from . import sheet_columns as cols
from .errors import ExchangeError, RowProblem
from .merge import Incoming
from .schema import MAX_TEXT
from .sheet_tables import csv_rows, xlsx_rows
from .sheet_values import parse_cell, raw_text

HEADER_SEARCH_ROWS = 5


@dataclass
class Row:
    """One data row: its number and the parsed values by column key."""

    line: int
    values: dict


@dataclass
class Sheet:
    """A checked spreadsheet, ready for ``merge.plan`` / ``merge.apply``."""

    kind: str  # csv | xlsx
    path: Path
    headers: dict[str, str]  # column key -> the header text as written in the file
    rows: list[Row]
    encoding: str | None = None
    ignored: list[str] = field(default_factory=list)  # headers that name no column
    header_line: int = 1

    @property
    def meta(self) -> dict:
        return {"encoding": self.encoding, "ignored_columns": list(self.ignored), "rows": len(self.rows),
                "header_line": self.header_line}

    def incoming(self) -> list[Incoming]:
        return [Incoming(row.values["sku"], lambda stored, row=row: build(stored, row.values), row.line, _notes(row))
                for row in self.rows]

    def write_files(self, files, rels) -> int:
        return 0  # a spreadsheet carries no attachments


def build(stored: Product | None, values: dict) -> Product:
    """The product a row makes: the stored one (or a new one) with the row's columns applied."""
    scalars = {k: v for k, v in values.items() if k not in ("talking_points", "shop_links")}
    base = stored if stored is not None else Product(sku=values["sku"], name_zh="")
    product = replace(base, **scalars)
    if stored is None and values.get("talking_points"):
        product.talking_points = list(values["talking_points"])
    if values.get("shop_links"):
        product.shop_links = list(values["shop_links"])
    return product


def _notes(row: Row):
    def notes(stored: Product | None, _theirs: Product) -> list[Issue]:
        points = row.values.get("talking_points")
        if stored is None or points is None:
            return []
        if [(t.kind, t.text) for t in points] != [(t.kind, t.text) for t in stored.talking_points]:
            return [Issue("talking_points", "points_not_updated", {}, "warning")]
        return []

    return notes


def _header(rows) -> tuple[int, dict[int, str], dict[str, str], list[str], list[RowProblem]]:
    for index, (line, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [cols.match_header(raw_text(c)) if raw_text(c).strip() else None for c in cells]
        if "sku" not in keys:
            continue
        by_index, headers, ignored, problems = {}, {}, [], []
        for i, (cell, key) in enumerate(zip(cells, keys)):
            text = raw_text(cell).strip()
            if key is None:
                if text:
                    ignored.append(text)
            elif key in headers:
                problems.append(RowProblem(line, text, Issue(key, "duplicate_column", {"value": text,
                                                                                       "first": headers[key]})))
            else:
                by_index[i], headers[key] = key, text
        return index, by_index, headers, ignored, problems
    raise ExchangeError("no_sku_column")


def _parse_rows(data_rows, by_index, headers):
    """(good rows, problems, rows with faults as (line, the values that parsed, fields at fault))."""
    rows, problems, first_line, partial = [], [], {}, []
    for line, cells in data_rows:
        if all(not raw_text(c).strip() for c in cells):
            continue
        values, bad = {}, []
        for i, key in by_index.items():
            cell = cells[i] if i < len(cells) else None
            text = raw_text(cell)
            if len(text) > MAX_TEXT:
                bad.append(RowProblem(line, headers[key], Issue(key, "too_long", {"limit": MAX_TEXT})))
                continue
            try:
                values[key] = parse_cell(cols.BY_KEY[key], cell)
            except ValidationError as exc:
                bad.extend(RowProblem(line, headers[key], issue) for issue in exc.issues)
        sku = values.get("sku")
        if not sku and not any(p.issue.field == "sku" for p in bad):
            bad.append(RowProblem(line, headers["sku"], Issue("sku", "required")))
        elif sku in first_line:
            bad.append(RowProblem(line, headers["sku"], Issue("sku", "duplicate_row",
                                                              {"value": sku, "first": first_line[sku]})))
        elif sku:
            first_line[sku] = line
        problems.extend(bad)
        if not bad:
            rows.append(Row(line, values))
        elif sku:
            partial.append((line, values, {p.issue.field.split("[")[0] for p in bad}))
    return rows, problems, partial


def _column_of(issue: Issue, headers: dict[str, str]) -> str:
    top = issue.field.split(".")[0].split("[")[0]
    return headers.get(top, "")


def read_sheet(path, catalogue, kind: str | None = None) -> Sheet:
    """Read and check the CSV or XLSX at ``path`` against ``catalogue`` as it is now.

    Raises ``ExchangeError("bad_rows", problems=[RowProblem...])`` listing every bad row (line numbers as
    Excel shows them) when any row is wrong; then nothing may be written.
    """
    path = Path(path)
    kind = kind or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
    if kind == "xlsx":
        table, encoding = xlsx_rows(path), None
    else:
        table, encoding = csv_rows(path)
    index, by_index, headers, ignored, problems = _header(table)
    rows, row_problems, partial = _parse_rows(table[index + 1:], by_index, headers)
    problems += row_problems
    checks = [(row.line, row.values, set()) for row in rows] + partial
    for line, values, faulty in checks:  # rows with faults too: every fault of a row at once
        stored = catalogue.repo.load_product(values["sku"])
        for issue in validate_product(build(stored, values)):
            if issue.is_error and issue.field.split("[")[0].split(".")[0] not in faulty:
                problems.append(RowProblem(line, _column_of(issue, headers), issue))
    if problems:
        problems.sort(key=lambda p: p.line)
        raise ExchangeError("bad_rows", problems=problems, count=len({p.line for p in problems}))
    if not rows:
        raise ExchangeError("no_rows")
    return Sheet(kind, path, headers, rows, encoding, ignored, table[index][0])
