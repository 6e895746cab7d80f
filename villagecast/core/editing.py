"""Edits of a product's lists that keep it consistent: the editor builds the next state with these.

Each function returns a new ``Product`` and never changes its argument, so an undo command can keep
both states. Evidence cites certificates by number and documents by title: renaming one rewrites
the citations, removing one drops them (the points they supported then show as unsupported).
"""

from __future__ import annotations

import copy
from dataclasses import replace

from .audit import points_digest
from .product import AuditEntry, Certificate, Document, Evidence, Product


def clone(p: Product) -> Product:
    """A deep copy, safe to change."""
    return copy.deepcopy(p)


def _retarget(p: Product, kind: str, old: str, new: str | None) -> None:
    """Point every citation of (kind, old) at ``new``, or drop it when ``new`` is None (in place)."""
    for owner in (*p.talking_points, *p.audit):
        cited = []
        for e in owner.evidence:
            if e.kind == kind and e.ref == old:
                if new is not None:
                    cited.append(Evidence(kind, new))
            else:
                cited.append(e)
        owner.evidence = cited


# Evidence kind -> (the product's list of it, the attribute citations name it by).
_EVIDENCE = {"certificate": ("certificates", "number"), "document": ("documents", "title")}


def _set_evidence(p: Product, kind: str, index: int | None, item) -> Product:
    field_name, key = _EVIDENCE[kind]
    out = clone(p)
    items = getattr(out, field_name)
    item = copy.deepcopy(item)
    if index is None:
        items.append(item)
    else:
        old = getattr(items[index], key)
        items[index] = item
        if old != getattr(item, key):
            _retarget(out, kind, old, getattr(item, key))
    return out


def _remove_evidence(p: Product, kind: str, index: int) -> Product:
    field_name, key = _EVIDENCE[kind]
    out = clone(p)
    gone = getattr(out, field_name).pop(index)
    _retarget(out, kind, getattr(gone, key), None)
    return out


def set_certificate(p: Product, index: int | None, cert: Certificate) -> Product:
    """Replace certificate ``index`` (append when None); citations follow a changed number."""
    return _set_evidence(p, "certificate", index, cert)


def remove_certificate(p: Product, index: int) -> Product:
    return _remove_evidence(p, "certificate", index)


def set_document(p: Product, index: int | None, doc: Document) -> Product:
    """Replace document ``index`` (append when None); citations follow a changed title."""
    return _set_evidence(p, "document", index, doc)


def remove_document(p: Product, index: int) -> Product:
    return _remove_evidence(p, "document", index)


def set_item(p: Product, field_name: str, index: int | None, item) -> Product:
    """Replace item ``index`` of a plain list field (talking_points, photos, audit); append when None."""
    out = clone(p)
    items = getattr(out, field_name)
    if index is None:
        items.append(copy.deepcopy(item))
    else:
        items[index] = copy.deepcopy(item)
    return out


def remove_item(p: Product, field_name: str, index: int) -> Product:
    out = clone(p)
    getattr(out, field_name).pop(index)
    return out


def move_item(p: Product, field_name: str, index: int, delta: int) -> Product:
    """Move item ``index`` of a list field by ``delta`` places (clamped to the list)."""
    out = clone(p)
    items = getattr(out, field_name)
    target = max(0, min(len(items) - 1, index + delta))
    items.insert(target, items.pop(index))
    return out


def record_review(p: Product, entry: AuditEntry) -> Product:
    """Append a ledger line; a selling-point review keeps the fingerprint of the points it saw."""
    entry = replace(entry, evidence=list(entry.evidence), id=None)
    if entry.step == "selling_point_review":
        entry.points_digest = points_digest(p.talking_points)
    return set_item(p, "audit", None, entry)


def set_nutrient(p: Product, code: str, amount: float | None) -> Product:
    """Set (or clear, with None) one per-100 g / 100 mL value."""
    out = clone(p)
    if amount is None:
        out.nutrition.pop(code, None)
    else:
        out.nutrition[code] = amount
    return out
