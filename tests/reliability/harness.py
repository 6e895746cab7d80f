"""Running one fuzz case: the import either refuses cleanly (an expected error, in words, nothing written) or
succeeds soundly; anything else fails the test with the input and is counted in the figures.

"In words" means the refusal's code — and the code of every problem it lists — is one the messages modules
word (so the anchor reads a sentence, not ``bad_rows: {...}``), and wording it does not raise.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import note

from villagecast import (
    compliance_messages,
    exchange_messages,
    messages,
    shipping_messages,
)
from villagecast.core.compliance.pack import PackError
from villagecast.core.errors import Issue, ValidationError, VillageCastError
from villagecast.core.exchange.errors import ExchangeError, ProductProblem, RowProblem
from villagecast.core.shipping.csvio import RateCardFileError

from .conftest import Figures, Timer


class CaseFailed(AssertionError):
    """A refusal that was not clean, or an accepted import that left the catalogue unsound."""


def _issue_worded(issue: Issue, tables) -> list[str]:
    if not any(issue.code in table for table in tables):
        return [f"issue code {issue.code!r} (field {issue.field!r}) has no words"]
    return []


def worded(exc: BaseException) -> list[str]:
    """Why ``exc`` would not reach the anchor as sentences ([] when it would)."""
    problems: list[str] = []
    if isinstance(exc, ExchangeError):
        if exc.code not in exchange_messages.ERRORS:
            problems.append(f"exchange code {exc.code!r} has no words")
        for p in exc.problems:
            issues = [p.issue] if isinstance(p, RowProblem) else list(p.issues) if isinstance(p, ProductProblem) else []
            for issue in issues:
                problems += _issue_worded(issue, (exchange_messages.ISSUES, messages.ISSUES))
        exchange_messages.describe_error(exc)
    elif isinstance(exc, RateCardFileError):
        if exc.code not in messages.ERRORS:
            problems.append(f"rate card code {exc.code!r} has no words")
        for line, issue in exc.problems:
            problems += _issue_worded(issue, (messages.ISSUES,))
            shipping_messages.describe_file_problem(line, issue)
        messages.describe_error(exc)
    elif isinstance(exc, PackError):
        for issue in exc.issues:
            problems += _issue_worded(issue, (compliance_messages.PACK_ISSUES,))
        compliance_messages.describe_pack_error(exc)
    elif isinstance(exc, ValidationError):
        for issue in exc.issues:
            if issue.is_error:
                problems += _issue_worded(issue, (messages.ISSUES,))
        messages.describe_error(exc)
    elif isinstance(exc, VillageCastError):
        if exc.code not in messages.ERRORS:
            problems.append(f"code {exc.code!r} has no words")
        messages.describe_error(exc)
    return problems


def run_case(figures: Figures, importer: str, kind: str, attempt: Callable[[], object],
             expected: tuple[type[BaseException], ...], unchanged: Callable[[], list[str]],
             sound: Callable[[object], list[str]]):
    """Run ``attempt`` (the import); returns ("refused", exc) or ("accepted", result), or fails the test."""
    with Timer() as timer:
        try:
            try:
                result, outcome = attempt(), "accepted"
            except expected as exc:
                note(f"refused: {type(exc).__name__} {exc.code} {exc.params}"[:500])
                result, outcome = exc, "refused"
            if outcome == "refused":
                wording, writes = worded(result), unchanged()
            else:
                wording, writes = [], sound(result)
        except Exception:
            figures.record(importer, kind, "unexpected")
            raise
    if writes:
        figures.record(importer, kind, "partial" if outcome == "refused" else "unexpected", timer.seconds)
        raise CaseFailed(f"{importer} {outcome}: " + "; ".join(writes))
    if wording:
        figures.record(importer, kind, "unexpected", timer.seconds)
        raise CaseFailed(f"{importer} refusal not in words: " + "; ".join(wording))
    figures.record(importer, kind, outcome, timer.seconds)
    return outcome, result
