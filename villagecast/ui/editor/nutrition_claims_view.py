"""The nutrient content claims (GB 28050 Annex C) a product's numbers allow and forbid, in words.

``core.claims.evaluate`` gives codes and numbers; this module names each claim, says why it is
allowed, forbidden or not yet decidable, and lays the claims out in three groups.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ... import messages
from ...core import claims
from ...core.claims import ClaimResult
from .. import metrics

CONTEXT = "NutritionClaims"
SHOWN_TERMS = 4  # claim words shown on the line; every word is in the tooltip

# English names of the macro claims; vitamin and mineral claims are built from the two templates below.
CLAIM_NAMES = {
    "energy_free": QT_TRANSLATE_NOOP("NutritionClaims", "Energy-free"),
    "low_energy": QT_TRANSLATE_NOOP("NutritionClaims", "Low energy"),
    "source_protein": QT_TRANSLATE_NOOP("NutritionClaims", "Source of protein"),
    "high_protein": QT_TRANSLATE_NOOP("NutritionClaims", "High in protein"),
    "fat_free": QT_TRANSLATE_NOOP("NutritionClaims", "Fat-free"),
    "low_fat": QT_TRANSLATE_NOOP("NutritionClaims", "Low fat"),
    "saturated_fat_free": QT_TRANSLATE_NOOP("NutritionClaims", "Free of saturated fat"),
    "low_saturated_fat": QT_TRANSLATE_NOOP("NutritionClaims", "Low in saturated fat"),
    "trans_fat_free": QT_TRANSLATE_NOOP("NutritionClaims", "Free of trans fat"),
    "cholesterol_free": QT_TRANSLATE_NOOP("NutritionClaims", "Cholesterol-free"),
    "low_cholesterol": QT_TRANSLATE_NOOP("NutritionClaims", "Low cholesterol"),
    "sugar_free": QT_TRANSLATE_NOOP("NutritionClaims", "Sugar-free"),
    "low_sugar": QT_TRANSLATE_NOOP("NutritionClaims", "Low sugar"),
    "source_fibre": QT_TRANSLATE_NOOP("NutritionClaims", "Source of dietary fibre"),
    "high_fibre": QT_TRANSLATE_NOOP("NutritionClaims", "High in dietary fibre"),
    "sodium_free": QT_TRANSLATE_NOOP("NutritionClaims", "Sodium-free"),
    "very_low_sodium": QT_TRANSLATE_NOOP("NutritionClaims", "Very low sodium"),
    "low_sodium": QT_TRANSLATE_NOOP("NutritionClaims", "Low sodium"),
}
MICRO_TEMPLATES = {
    "source": QT_TRANSLATE_NOOP("NutritionClaims", "Source of %1"),
    "high": QT_TRANSLATE_NOOP("NutritionClaims", "High in %1"),
}
GROUPS = (
    ("allowed", QT_TRANSLATE_NOOP("NutritionClaims", "May be said"), "\u2713", metrics.OK_COLOR),
    ("forbidden", QT_TRANSLATE_NOOP("NutritionClaims", "Must not be said"), "\u2717", metrics.DANGER_COLOR),
    ("no_data", QT_TRANSLATE_NOOP("NutritionClaims", "No data: may not be said until measured"), "?",
     metrics.MUTED_COLOR),
)


translate = QCoreApplication.translate  # literal contexts below, so lupdate sees each text


def named(text: str) -> str:
    """Translate a text declared in one of the tables above."""
    return translate(CONTEXT, text)


def number(value: float) -> str:
    """A measured value or threshold without float noise or exponent: 76.5, 0.5, 6, 2704, 43.21."""
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def basis_text(basis: str) -> str:
    if basis == "100ml":
        return translate("NutritionClaims", "100 mL")
    return translate("NutritionClaims", "100 g")


def claim_name(code: str) -> str:
    """The translated name of claim ``code`` ("Sugar-free", "High in Calcium")."""
    if code in CLAIM_NAMES:
        return named(CLAIM_NAMES[code])
    kind, _, nutrient = code.partition("_")
    if kind in MICRO_TEMPLATES and nutrient in messages.NUTRIENT_NAMES:
        return named(MICRO_TEMPLATES[kind]).replace("%1", messages.label(messages.NUTRIENT_NAMES, nutrient))
    return code


def _amount_sentence(r: ClaimResult, basis: str) -> str:
    """The threshold judged on the amount: "Sugar: 76.5 g per 100 g, more than the 0.5 g allowed."."""
    name = messages.label(messages.NUTRIENT_NAMES, r.nutrient)
    if r.amount is None:
        return translate("NutritionClaims", "%1: not measured.").replace("%1", name)
    if r.limit == "max" and r.amount <= r.threshold + claims.EPS:
        template = translate("NutritionClaims", "%1: %2 %3 per %4, within the %5 %3 allowed.")
    elif r.limit == "max":
        template = translate("NutritionClaims", "%1: %2 %3 per %4, more than the %5 %3 allowed.")
    elif r.amount >= r.threshold - claims.EPS:
        template = translate("NutritionClaims", "%1: %2 %3 per %4, at least the %5 %3 needed.")
    else:
        template = translate("NutritionClaims", "%1: %2 %3 per %4, less than the %5 %3 needed.")
    return (template.replace("%1", name).replace("%2", number(r.amount)).replace("%3", r.unit)
            .replace("%4", basis_text(basis)).replace("%5", number(r.threshold)))


def _share_sentence(part: str, values: dict, failed: bool) -> str:
    """Fat (or saturated fat) against its share of the energy, with the kJ it gives."""
    grams, energy = values.get(part), values.get("energy_kj")
    fat = part == "fat"
    if grams is None or energy is None:
        if fat:
            return translate("NutritionClaims", "Needs fat and energy: fat may give at most half of the energy.")
        return translate("NutritionClaims",
                         "Needs saturated fat and energy: it may give at most 10 % of the energy.")
    if fat and failed:
        template = translate("NutritionClaims", "Fat gives %1 kJ of the %2 kJ, more than half of the energy.")
    elif fat:
        template = translate("NutritionClaims", "Fat gives %1 kJ of the %2 kJ, at most half of the energy.")
    elif failed:
        template = translate("NutritionClaims",
                             "Saturated fat gives %1 kJ of the %2 kJ, more than 10 % of the energy.")
    else:
        template = translate("NutritionClaims",
                             "Saturated fat gives %1 kJ of the %2 kJ, at most 10 % of the energy.")
    return template.replace("%1", number(round(grams * claims.FAT_KJ_PER_G))).replace("%2", number(energy))


def condition_sentence(condition: str, r: ClaimResult, values: dict, basis: str) -> str:
    """Why condition ``condition`` (a ``ClaimResult.failed`` code) failed or could not be judged."""
    failed = r.status == "forbidden"
    if condition == "threshold":
        return _amount_sentence(r, basis)
    if condition in ("fat_energy_share", "saturated_energy_share"):
        return _share_sentence("fat" if condition == "fat_energy_share" else "saturated_fat", values, failed)
    if condition == "saturated_plus_trans":
        sat, trans = values.get("saturated_fat"), values.get("trans_fat")
        if sat is None or trans is None:
            return translate("NutritionClaims", "Needs saturated and trans fat: together at most 0.1 g.")
        return (translate("NutritionClaims", "Saturated and trans fat together are %1 g, more than 0.1 g.")
                .replace("%1", number(sat + trans)))
    if condition == "low_saturated_fat":
        if failed:
            return translate("NutritionClaims", "Also needs low saturated fat, which these values do not meet.")
        return translate("NutritionClaims", "Also needs low saturated fat, which is not yet measured.")
    if condition == "not_for_basis":
        return (translate("NutritionClaims", "This claim cannot be made for values per %1.")
                .replace("%1", basis_text(basis)))
    return condition


def reason(r: ClaimResult, values: dict, basis: str) -> str:
    """The reason for a verdict, in words (one sentence per failed or missing condition)."""
    if r.status == "allowed":
        return _amount_sentence(r, basis)
    failed = list(r.failed)
    if r.amount is None and "threshold" not in failed and "not_for_basis" not in failed:
        failed.insert(0, "threshold")  # forbidden by another condition, and not measured either
    return " ".join(condition_sentence(c, r, values, basis) for c in failed)


def claim_html(r: ClaimResult, mark: str, color: str, values: dict, basis: str) -> str:
    """One claim as rich text: mark, standard term in bold, a few synonyms, its name, the reason."""
    words = [html.escape(t) for t in r.terms]
    shown = f"<b>{words[0]}</b>" + "".join(f" / {w}" for w in words[1:SHOWN_TERMS])
    if len(words) > SHOWN_TERMS:
        shown += " \u2026"
    return (f"<span style='color:{color}'><b>{mark}</b></span> {shown} "
            f"<span style='color:{metrics.MUTED_COLOR}'>\u2014 {html.escape(claim_name(r.code))}</span>"
            f"<br>{html.escape(reason(r, values, basis))}")


class ClaimsView(QWidget):
    """Three groups of claims, each claim a wrapped label; rebuilt when the values change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("claimsView")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.headings: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}  # claim code -> its label (tests read them)
        self.results: list[ClaimResult] = []

    def show_claims(self, results: list[ClaimResult], values: dict, basis: str) -> None:
        while self.box.count():
            widget = self.box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.headings.clear()
        self.labels.clear()
        self.results = list(results)
        for status, title, mark, color in GROUPS:
            mine = [r for r in results if r.status == status]
            if not mine:
                continue
            heading = QLabel(f"{mark} {named(title)} ({len(mine)})")
            heading.setStyleSheet(f"font-weight: bold; color: {color};")
            heading.setWordWrap(True)
            self.headings[status] = heading
            self.box.addWidget(heading)
            for r in mine:
                label = QLabel(claim_html(r, mark, color, values, basis))
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setToolTip(" / ".join(r.terms))
                label.setContentsMargins(12, 0, 0, 0)
                label.setObjectName(f"claim_{r.code}")
                self.labels[r.code] = label
                self.box.addWidget(label)

    def status_of(self, code: str) -> str | None:
        """The shown verdict on claim ``code`` (None when not listed)."""
        return next((r.status for r in self.results if r.code == code), None)
