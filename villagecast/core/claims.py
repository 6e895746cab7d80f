"""GB 28050 nutrient content claims (Annex C, table C.1) judged on a product's own numbers.

Thresholds follow reference/compliance.md D.5, per 100 g (solid) or 100 mL (liquid), in the
nutrient's unit from ``nutrition.BY_CODE``. Results carry codes only; the UI words them.
Low protein (2011 only, an energy-share rule) is not covered.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from . import nutrition
from .product import NUTRITION_BASES

EDITIONS = (2011, 2025)
FAT_KJ_PER_G = 37  # GB 28050-2025 energy factor for fat
EPS = 1e-9  # slack for float sums and products, far below any rounding interval

# Chinese names an anchor uses for each vitamin / mineral (standard name first); NUTRIENTS order.
VITAMINS: dict[str, tuple[str, ...]] = {
    "vitamin_a": ("维生素A", "维A"), "vitamin_d": ("维生素D", "维D"), "vitamin_e": ("维生素E", "维E"),
    "vitamin_k": ("维生素K", "维K"), "vitamin_b1": ("维生素B1", "维B1"), "vitamin_b2": ("维生素B2", "维B2"),
    "vitamin_b6": ("维生素B6", "维B6"), "vitamin_b12": ("维生素B12", "维B12"),
    "vitamin_c": ("维生素C", "维C"), "niacin": ("烟酸",), "folate": ("叶酸",),
    "pantothenic_acid": ("泛酸",), "biotin": ("生物素",), "choline": ("胆碱",),
}
MINERALS: dict[str, tuple[str, ...]] = {
    "calcium": ("钙",), "phosphorus": ("磷",), "potassium": ("钾",), "magnesium": ("镁",),
    "iron": ("铁",), "zinc": ("锌",), "iodine": ("碘",), "selenium": ("硒",), "copper": ("铜",),
    "fluoride": ("氟",), "manganese": ("锰",),
}
ALWAYS_SHOWN_MICRO = ("calcium",)  # evaluate() lists these micronutrient claims even without a value


@dataclass(frozen=True)
class ClaimRule:
    """One content claim: the nutrient, max/min limit, thresholds per basis, claim words, extra conditions."""

    code: str
    nutrient: str
    limit: str  # "max" | "min"
    solid: float | None
    liquid: float | None
    terms: tuple[str, ...]
    also: tuple[str, ...] = ()
    editions: tuple[int, ...] = EDITIONS


@dataclass(frozen=True)
class ClaimResult:
    """The verdict on one claim; ``failed`` names the failed conditions, or the ones lacking data."""

    code: str
    nutrient: str
    terms: tuple[str, ...]
    status: str  # "allowed" | "forbidden" | "no_data"
    amount: float | None
    threshold: float | None
    limit: str
    unit: str
    failed: tuple[str, ...] = ()


# --- claim words -------------------------------------------------------------------------------

def normalise(term: str) -> str:
    """Fold width (NFKC), ASCII case and spaces: "富含 维生素ｃ" -> "富含维生素c"."""
    return "".join(unicodedata.normalize("NFKC", term or "").lower().split())


FREE = ("无", "不含", "零", "0", "没有")
LOW = ("低", "少")


def _unique(words) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))


def _free(names: tuple[str, ...]) -> tuple[str, ...]:
    return _unique(p + n for n in names for p in FREE)


def _low(names: tuple[str, ...]) -> tuple[str, ...]:
    return _unique(p + n for n in names for p in LOW)


def _source(names: tuple[str, ...]) -> tuple[str, ...]:
    """X来源 first; 有X only for names of two or more characters (有铁 is too loose)."""
    out = []
    for n in names:
        out += [n + "来源", "含有" + n, "含" + n, "提供" + n] + (["有" + n] if len(n) > 1 else [])
    return _unique(out)


def _high(names: tuple[str, ...]) -> tuple[str, ...]:
    """高X first; 富X only for one-character names (富硒, 富钙)."""
    out = []
    for n in names:
        out += ["高" + n, "富含" + n, n + "的良好来源", n + "良好来源", "含丰富" + n, "含丰富的" + n,
                "丰富的" + n] + (["富" + n] if len(n) == 1 else [])
    return _unique(out)


ENERGY_FREE = ("无能量", "无热量", "无卡", "无千卡", "无卡路里", "不含能量", "不含热量",
               "零能量", "零热量", "零卡", "零卡路里", "0能量", "0热量", "0卡", "0千卡", "0卡路里",
               "没有热量")
ENERGY_LOW = ("低能量", "低热量", "低卡", "低千卡", "低卡路里", "少热量")
PROTEIN = ("蛋白质", "蛋白")
FAT = ("脂肪", "脂", "油")
SAT = ("饱和脂肪", "饱和脂肪酸")
TRANS = ("反式脂肪酸", "反式脂肪")
SUGAR = ("糖", "糖分")
FIBRE = ("膳食纤维", "纤维")
SODIUM = ("钠", "盐")


# --- rules ---------------------------------------------------------------------------------------

def _pct(code: str, edition: int, percent: float) -> float | None:
    """``percent`` % of the NRV, rounded so 10 % of 60 g is 6.0, not 6.000000000000001."""
    ref = nutrition.nrv(code, edition)
    return None if ref is None else round(ref * percent / 100, 9)


def _check_edition(edition: int) -> None:
    if edition not in EDITIONS:
        raise ValueError(f"unknown GB 28050 edition: {edition!r}")


@cache
def rules(edition: int = 2011) -> tuple[ClaimRule, ...]:
    """Every claim rule valid in ``edition``, in display order, thresholds computed for that edition."""
    _check_edition(edition)
    r = ClaimRule
    out = [
        r("energy_free", "energy_kj", "max", 17, 17, ENERGY_FREE),
        r("low_energy", "energy_kj", "max", 170, 80, ENERGY_LOW, ("fat_energy_share",)),
        r("source_protein", "protein", "min", _pct("protein", edition, 10), _pct("protein", edition, 5),
          _source(PROTEIN)),
        r("high_protein", "protein", "min", _pct("protein", edition, 20), _pct("protein", edition, 10),
          ("高蛋白",) + _high(PROTEIN)),
        r("fat_free", "fat", "max", 0.5, 0.5, _free(FAT)),
        r("low_fat", "fat", "max", 3, 1.5, _low(FAT) + ("低油",)),
        r("saturated_fat_free", "saturated_fat", "max", 0.1, 0.1, _free(SAT),
          ("saturated_plus_trans",) if edition == 2011 else ()),
        r("low_saturated_fat", "saturated_fat", "max", 1.5, 0.75, _low(SAT), ("saturated_energy_share",)),
        r("trans_fat_free", "trans_fat", "max", 0.3, 0.3, ("无反式脂肪酸",) + _free(TRANS)),
        r("cholesterol_free", "cholesterol", "max", 5, 5, _free(("胆固醇",)), ("low_saturated_fat",)),
        r("low_cholesterol", "cholesterol", "max", 20, 10, _low(("胆固醇",)), ("low_saturated_fat",)),
        r("sugar_free", "sugar", "max", 0.5, 0.5, ("无糖", "不含糖", "零糖", "0糖") + _free(SUGAR)),
        r("low_sugar", "sugar", "max", 5, 5, _low(SUGAR)),
        r("source_fibre", "dietary_fibre", "min", 3, 1.5, _source(FIBRE)),
        r("high_fibre", "dietary_fibre", "min", 6, 3, ("高膳食纤维",) + _high(FIBRE)),
        r("sodium_free", "sodium", "max", 5, 5, _free(SODIUM)),
        r("very_low_sodium", "sodium", "max", 40, 40, _unique(p + n for n in SODIUM for p in ("极低", "极少"))),
        r("low_sodium", "sodium", "max", 120, 120, _low(SODIUM)),
    ]
    for code, names in (VITAMINS | MINERALS).items():
        if nutrition.nrv(code, edition) is None:
            continue
        out.append(r(f"source_{code}", code, "min", _pct(code, edition, 15), _pct(code, edition, 7.5),
                     _source(names)))
        out.append(r(f"high_{code}", code, "min", _pct(code, edition, 30), _pct(code, edition, 15),
                     _high(names)))
    return tuple(_unique_terms(out))


def _unique_terms(out: list[ClaimRule]) -> list[ClaimRule]:
    """Dedupe each rule's terms (order kept); fail loudly if two rules share a claim word."""
    seen: dict[str, str] = {}
    fixed = []
    for rl in out:
        terms = _unique(rl.terms)
        for t in terms:
            key = normalise(t)
            if seen.setdefault(key, rl.code) != rl.code:
                raise AssertionError(f"claim word {t!r} used by {seen[key]} and {rl.code}")
        fixed.append(ClaimRule(rl.code, rl.nutrient, rl.limit, rl.solid, rl.liquid, terms, rl.also, rl.editions))
    return fixed


@cache
def _by_code(edition: int) -> dict[str, ClaimRule]:
    return {rl.code: rl for rl in rules(edition)}


CLAIM_CODES: tuple[str, ...] = tuple(dict.fromkeys(rl.code for e in EDITIONS for rl in rules(e)))


def rule(code: str, edition: int = 2011) -> ClaimRule:
    """The rule for ``code`` in ``edition``; KeyError if there is none."""
    return _by_code(edition)[code]


# --- judgement -----------------------------------------------------------------------------------

def _share_ok(part_g: float | None, energy_kj: float | None, share: float) -> bool | None:
    """part_g × 37 kJ/g ≤ share × energy; None when a value is missing."""
    if part_g is None or energy_kj is None:
        return None
    return part_g * FAT_KJ_PER_G <= share * energy_kj + EPS


def _condition(name: str, values: dict, basis: str, edition: int) -> bool | None:
    """Extra condition ``name``: True met, False failed, None lacking data."""
    if name == "fat_energy_share":
        return _share_ok(values.get("fat"), values.get("energy_kj"), 0.5)
    if name == "saturated_energy_share":
        return _share_ok(values.get("saturated_fat"), values.get("energy_kj"), 0.10)
    if name == "saturated_plus_trans":
        sat, trans = values.get("saturated_fat"), values.get("trans_fat")
        if sat is None or trans is None:
            return None
        return sat + trans <= 0.1 + EPS
    if name == "low_saturated_fat":
        status = judge(rule("low_saturated_fat", edition), values, basis, edition).status
        return None if status == "no_data" else status == "allowed"
    raise KeyError(name)


def judge(rl: ClaimRule, values: dict[str, float], basis: str = "100g", edition: int = 2011) -> ClaimResult:
    """Judge one rule on measured values. A definite failure wins over missing data."""
    if basis not in NUTRITION_BASES:
        raise ValueError(f"unknown nutrition basis: {basis!r}")
    _check_edition(edition)
    threshold = rl.solid if basis == "100g" else rl.liquid
    amount = values.get(rl.nutrient)
    unit = nutrition.BY_CODE[rl.nutrient].unit

    def result(status: str, failed: tuple[str, ...] = ()) -> ClaimResult:
        return ClaimResult(rl.code, rl.nutrient, rl.terms, status, amount, threshold, rl.limit, unit, failed)

    if threshold is None:
        return result("forbidden", ("not_for_basis",))
    outcomes: dict[str, bool | None] = {}
    if amount is None:
        outcomes["threshold"] = None
    elif rl.limit == "max":
        outcomes["threshold"] = amount <= threshold
    else:
        outcomes["threshold"] = amount >= threshold
    for name in rl.also:
        outcomes[name] = _condition(name, values, basis, edition)
    failed = tuple(k for k, ok in outcomes.items() if ok is False)
    if failed:
        return result("forbidden", failed)
    missing = tuple(k for k, ok in outcomes.items() if ok is None)
    if missing:
        return result("no_data", missing)
    return result("allowed")


def check(code: str, values: dict[str, float], basis: str = "100g", edition: int = 2011) -> ClaimResult:
    """Judge claim ``code``; KeyError for unknown codes, ValueError for a bad basis or edition."""
    _check_edition(edition)
    return judge(rule(code, edition), values, basis, edition)


def evaluate(values: dict[str, float], basis: str = "100g", edition: int = 2011) -> list[ClaimResult]:
    """All macro claims and the calcium claims; other vitamin/mineral claims only when valued."""
    micro = VITAMINS.keys() | MINERALS.keys()
    return [judge(rl, values, basis, edition) for rl in rules(edition)
            if rl.nutrient not in micro or rl.nutrient in ALWAYS_SHOWN_MICRO
            or values.get(rl.nutrient) is not None]


# --- claim words lookup ----------------------------------------------------------------------------

@cache
def term_index() -> dict[str, str]:
    """Normalised claim word -> claim code, over both editions (for the script scanner)."""
    index: dict[str, str] = {}
    for e in EDITIONS:
        for rl in rules(e):
            for t in rl.terms:
                index.setdefault(normalise(t), rl.code)
    return index


def claim_for_term(term: str) -> str | None:
    """The claim code a word makes ("低脂" -> "low_fat"); None if it is not a claim word."""
    return term_index().get(normalise(term))
