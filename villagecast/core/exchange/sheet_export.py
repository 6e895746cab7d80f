"""Exporting the catalogue as a spreadsheet: CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX.

One row per product, the columns of ``sheet_columns.COLUMNS`` in order under their Chinese
headers. Written to a temporary file beside the target and renamed when complete. Text that
Excel would run as a formula (= + - @ first) is written as text (CSV: a leading '; XLSX: a string
cell), and the import reads it back unchanged.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..atomic import atomic_output
from .bundle_export import select_products
from .sheet_columns import COLUMNS
from .sheet_values import cell_text

# Column widths in the XLSX (characters), by kind; long text columns wrap.
_WIDTHS = {"text": 16, "points": 60, "links": 48, "yuan": 12, "int": 10, "float": 9, "date": 13}
_WIDE_TEXT = {"name_zh": 30, "name_en": 26, "producer": 26, "supplier": 26, "after_sales": 40}


def rows_for(products) -> list[list[str]]:
    return [[cell_text(p, c) for c in COLUMNS] for p in products]


def export_csv(catalogue, out: Path, skus=None) -> int:
    """Write the products (all, or ``skus``) to ``out`` as CSV; returns how many."""
    products = select_products(catalogue, skus)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    writer.writerows(rows_for(products))
    data = buf.getvalue().encode("utf-8-sig")
    atomic_output(Path(out), lambda fh: fh.write(data))
    return len(products)


def export_xlsx(catalogue, out: Path, skus=None) -> int:
    """Write the products (all, or ``skus``) to ``out`` as an XLSX workbook; returns how many."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    products = select_products(catalogue, skus)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("商品")
    ws.freeze_panes = "B2"
    for i, c in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _WIDE_TEXT.get(c.key, _WIDTHS.get(c.kind, 10))
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def cell(value: str, **style):
        item = WriteOnlyCell(ws, value=value)
        item.data_type = "s"  # never a formula, whatever the text starts with
        for key, val in style.items():
            setattr(item, key, val)
        return item

    ws.append([cell(c.header, font=bold) for c in COLUMNS])
    for row in rows_for(products):
        ws.append([cell(_unguarded(text), alignment=wrap) for text in row])

    def write(fh) -> None:
        wb.save(fh)

    atomic_output(Path(out), write)
    return len(products)


def _unguarded(text: str) -> str:
    """XLSX string cells are never formulas, so the CSV guard is not needed there."""
    from .sheet_values import unguard

    return unguard(text)
