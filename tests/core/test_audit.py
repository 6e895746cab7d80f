"""The selection review decides 'approved for broadcast' from the ledger, and the catalogue stores it."""

from villagecast.core import audit, editing
from villagecast.core.catalogue import Catalogue
from villagecast.core.errors import ValidationError
from villagecast.core.product import AUDIT_STEPS, AuditEntry, Certificate, Document, Evidence, Product, TalkingPoint

import pytest

CERT = Evidence("certificate", "JC-1")


def product(**kw) -> Product:
    base = dict(sku="HONEY-1", name_zh="土蜂蜜", category="honey",
                certificates=[Certificate("inspection_report", "JC-1", "检测中心", "2026-01-01", "2027-01-01")],
                documents=[Document("供货合同")],
                talking_points=[TalkingPoint("origin", "秦岭山里的土蜂蜜", [CERT])])
    base.update(kw)
    return Product(**base)


def full_ledger(p: Product, day: str = "2026-11-20", **overrides) -> Product:
    """Every step passed on ``day``, recorded the way the editor does (editing.record_review)."""
    evidence = {"qualification_review": [CERT], "sample_test": [Evidence("document", "供货合同")]}
    for step in AUDIT_STEPS:
        entry = AuditEntry(step, "王主任", overrides.get(step, day), "passed", evidence.get(step, []))
        p = editing.record_review(p, entry)
    return p


def test_an_empty_ledger_is_not_approved_and_names_every_missing_step():
    result = audit.review(product())
    assert result.status == audit.NOT_APPROVED
    assert [r for r, _ in result.reasons] == ["step_missing"] * 5
    assert [s.state for s in result.steps] == ["missing"] * 5


def test_a_complete_passed_ledger_is_approved():
    result = audit.review(full_ledger(product()))
    assert result.approved and result.reasons == ()
    assert all(s.state == "passed" for s in result.steps)


def test_the_latest_line_of_a_step_decides():
    p = full_ledger(product())
    failed = AuditEntry("sample_test", "李", "2026-11-21", "failed")
    p = editing.record_review(p, failed)
    result = audit.review(p)
    assert not result.approved
    assert ("step_failed", {"step": "sample_test", "date": "2026-11-21", "reviewer": "李"}) in result.reasons
    # A later passed re-test then a new final approval makes it approved again.
    p = editing.record_review(p, AuditEntry("sample_test", "李", "2026-11-22", "passed",
                                            [Evidence("document", "供货合同")]))
    assert [r for r, _ in audit.review(p).reasons] == ["approval_before_step"]
    p = editing.record_review(p, AuditEntry("final_approval", "王主任", "2026-11-22", "passed"))
    assert audit.review(p).approved


def test_approval_dated_before_a_step_does_not_count():
    p = full_ledger(product(), final_approval="2026-11-19")
    reasons = audit.review(p).reasons
    assert len(reasons) == 4 and {r for r, _ in reasons} == {"approval_before_step"}


def test_changing_talking_points_after_the_selling_point_review_needs_a_new_review():
    p = full_ledger(product())
    changed = editing.set_item(p, "talking_points", 0, TalkingPoint("origin", "秦岭深处的野蜂蜜", [CERT]))
    assert [r for r, _ in audit.review(changed).reasons] == ["points_changed"]
    # Changing only the evidence keeps the review (the words on air are the same).
    same_words = editing.set_item(p, "talking_points", 0, TalkingPoint("origin", "秦岭山里的土蜂蜜", []))
    assert audit.review(same_words).approved


def test_ledger_lines_are_validated():
    p = product(audit=[AuditEntry("qualification_review", " ", "2026-13-01", "maybe"),
                       AuditEntry("tasting", "王", "2026-11-01", "passed", [Evidence("certificate", "NOPE")])])
    from villagecast.core.validation import validate_product

    found = {(i.field, i.code) for i in validate_product(p)}
    assert {("audit[0].reviewer", "required"), ("audit[0].date", "bad_date"), ("audit[0].result", "bad_choice"),
            ("audit[1].step", "bad_choice"), ("audit[1].evidence", "unknown_evidence")} <= found
    passed_without_proof = product(audit=[AuditEntry("qualification_review", "王", "2026-11-01", "passed")])
    assert ("audit[0].evidence", "evidence_required") in {(i.field, i.code) for i in validate_product(
        passed_without_proof)}


def test_catalogue_stores_the_review_status_for_the_list(catalogue: Catalogue):
    catalogue.add(product())
    assert catalogue.list_rows()[0]["approved"] is False
    catalogue.save("HONEY-1", full_ledger(catalogue.get("HONEY-1")))
    row = catalogue.list_rows()[0]
    assert row["approved"] is True
    back = catalogue.get("HONEY-1")
    assert [a.step for a in back.audit] == list(AUDIT_STEPS)
    assert back.audit[1].evidence == [CERT] and back.audit[3].points_digest == audit.points_digest(
        back.talking_points)
    with pytest.raises(ValidationError):
        catalogue.save("HONEY-1", editing.record_review(back, AuditEntry("final_approval", "", "", "passed")))
    assert catalogue.list_rows()[0]["approved"] is True  # the refused write changed nothing
