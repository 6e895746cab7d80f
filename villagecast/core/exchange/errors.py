"""Why an exchange file is refused: codes and parameters only (villagecast/exchange_messages.py words them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import Issue, VillageCastError


class ExchangeError(VillageCastError):
    """A bundle or spreadsheet refused (nothing written), or an export that could not be made.

    ``problems`` lists the details when there are several (a product's validation issues by SKU,
    or every bad row of a spreadsheet).
    """

    code = "exchange"

    def __init__(self, code: str | None = None, problems: list | None = None, **params: Any):
        super().__init__(code, **params)
        self.problems = list(problems or [])


@dataclass(frozen=True)
class ProductProblem:
    """A product of a bundle that fails validation: its SKU (or position) and the core's issues."""

    sku: str
    issues: tuple[Issue, ...]


@dataclass(frozen=True)
class RowProblem:
    """One bad spreadsheet row: ``line`` is the row number as Excel/WPS show it (the header is row 1).

    ``column`` is the header text of the cell at fault ("" for the whole row); ``issue`` is a core
    ``Issue`` (its field is the product field) or an exchange code with parameters.
    """

    line: int
    column: str
    issue: Issue = field(compare=True)
