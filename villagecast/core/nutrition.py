"""GB 28050 nutrient reference values (NRV) and NRV% for the catalogue.

Numbers follow reference/compliance.md part D: the 2011 edition binds until 2027-03-16, the
2025 edition from that day. Amounts are per 100 g (solids) or per 100 mL (liquids).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

EDITION_2025_IN_FORCE = date(2027, 3, 16)


@dataclass(frozen=True)
class Nutrient:
    """One row of the NRV table: code, unit, NRV per edition (None = no NRV), rounding and "0" limit."""

    code: str
    unit: str
    nrv_2011: float | None
    nrv_2025: float | None
    interval: float
    zero_2011: float | None
    zero_2025: float | None
    core: bool = False  # one of the "1+6" items every table shows


# Order is the display order of a Chinese nutrition table.
NUTRIENTS: tuple[Nutrient, ...] = (
    Nutrient("energy_kj", "kJ", 8400, 8400, 1, 17, 17, True),
    Nutrient("protein", "g", 60, 60, 0.1, 0.5, 0.5, True),
    Nutrient("fat", "g", 60, 60, 0.1, 0.5, 0.5, True),
    Nutrient("saturated_fat", "g", 20, 20, 0.1, 0.1, 0.1, True),
    Nutrient("trans_fat", "g", None, None, 0.1, 0.3, 0.3),
    Nutrient("cholesterol", "mg", 300, None, 1, 5, 5),
    Nutrient("carbohydrate", "g", 300, 300, 0.1, 0.5, 0.5, True),
    Nutrient("sugar", "g", None, None, 0.1, 0.5, 0.5, True),
    Nutrient("dietary_fibre", "g", 25, 25, 0.1, 0.5, 0.5),
    Nutrient("sodium", "mg", 2000, 2000, 1, 5, 5, True),
    Nutrient("vitamin_a", "μg RE", 800, 800, 1, 8, 10),
    Nutrient("vitamin_d", "μg", 5, 10, 0.1, 0.1, 0.1),
    Nutrient("vitamin_e", "mg α-TE", 14, 14, 0.01, 0.28, 0.20),
    Nutrient("vitamin_k", "μg", 80, 80, 0.1, 1.6, 1.6),
    Nutrient("vitamin_b1", "mg", 1.4, 1.4, 0.01, 0.03, 0.03),
    Nutrient("vitamin_b2", "mg", 1.4, 1.4, 0.01, 0.03, 0.03),
    Nutrient("vitamin_b6", "mg", 1.4, 1.4, 0.01, 0.03, 0.03),
    Nutrient("vitamin_b12", "μg", 2.4, 2.4, 0.01, 0.05, 0.10),
    Nutrient("vitamin_c", "mg", 100, 100, 0.1, 2.0, 2.0),
    Nutrient("niacin", "mg", 14, 14, 0.01, 0.28, 0.3),
    Nutrient("folate", "μg DFE", 400, 400, 1, 8, 8),
    Nutrient("pantothenic_acid", "mg", 5, 5, 0.01, 0.10, 0.10),
    Nutrient("biotin", "μg", 30, 40, 0.1, 0.6, 0.6),
    Nutrient("choline", "mg", 450, 500, 0.1, 9.0, 9.0),
    Nutrient("calcium", "mg", 800, 800, 1, 8, 8),
    Nutrient("phosphorus", "mg", 700, 700, 1, 14, 14),
    Nutrient("potassium", "mg", 2000, 2000, 1, 20, 20),
    Nutrient("magnesium", "mg", 300, 300, 1, 6, 3),
    Nutrient("iron", "mg", 15, 15, 0.1, 0.3, 0.3),
    Nutrient("zinc", "mg", 15, 11, 0.01, 0.30, 0.10),
    Nutrient("iodine", "μg", 150, 120, 0.1, 3.0, 3.0),
    Nutrient("selenium", "μg", 50, 60, 0.1, 1.0, 1.0),
    Nutrient("copper", "mg", 1.5, 0.8, 0.01, 0.03, 0.03),
    Nutrient("fluoride", "mg", 1, 1, 0.01, 0.02, 0.02),
    Nutrient("manganese", "mg", 3, 3, 0.01, 0.06, 0.06),
)

BY_CODE: dict[str, Nutrient] = {n.code: n for n in NUTRIENTS}
CORE_CODES: tuple[str, ...] = tuple(n.code for n in NUTRIENTS if n.core)

# Sub-components that can never exceed their parent nutrient.
PARTS_OF: dict[str, str] = {"saturated_fat": "fat", "trans_fat": "fat", "sugar": "carbohydrate",
                            "dietary_fibre": "carbohydrate"}


def edition_for(day: date | None = None) -> int:
    """The GB 28050 edition in force on ``day`` (today when omitted): 2011 or 2025."""
    day = day or date.today()
    return 2025 if day >= EDITION_2025_IN_FORCE else 2011


def nrv(code: str, edition: int = 2011) -> float | None:
    """The nutrient reference value of ``code`` in ``edition``; None where it has none."""
    n = BY_CODE[code]
    return n.nrv_2025 if edition == 2025 else n.nrv_2011


def nrv_percent(code: str, amount: float | None, edition: int = 2011) -> int | None:
    """NRV% rounded half-up to a whole percent; None for unknown amounts or nutrients without NRV."""
    from decimal import ROUND_HALF_UP, Decimal  # here: decimal is not needed to open the window

    ref = nrv(code, edition)
    if amount is None or ref is None:
        return None
    pct = Decimal(str(amount)) / Decimal(str(ref)) * 100
    return int(pct.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def declared_value(code: str, amount: float, edition: int = 2011) -> float:
    """The value a label shows: 0 at or below the "0" limit, else rounded to the interval."""
    from decimal import ROUND_HALF_UP, Decimal

    n = BY_CODE[code]
    zero = n.zero_2025 if edition == 2025 else n.zero_2011
    if zero is not None and amount <= zero:
        return 0
    step = Decimal(str(n.interval))
    return float((Decimal(str(amount)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step)


def nutrition_table(values: dict[str, float], edition: int = 2011) -> list[dict]:
    """Rows for display: the core items always, others when present; each with NRV%."""
    rows = []
    for n in NUTRIENTS:
        if n.code not in values and not (n.core and (edition == 2025 or n.code not in ("saturated_fat", "sugar"))):
            continue
        amount = values.get(n.code)
        shown = None if amount is None else declared_value(n.code, amount, edition)
        rows.append({
            "code": n.code,
            "unit": n.unit,
            "amount": amount,
            "declared": shown,
            # From the declared value, so an amount declared as 0 has 0 % (honey's 0.3 g protein).
            "nrv_percent": nrv_percent(n.code, shown, edition),
        })
    return rows
