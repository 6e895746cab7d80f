"""Domain errors. They carry codes and parameters; the UI and CLI turn them into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Issue:
    """One validation finding on one field: ``code`` names the rule, ``params`` fill the message."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "error"  # "error" refuses the write, "warning" is shown but allowed

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class VillageCastError(Exception):
    """Base class for every error the core raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any):
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}" if params else self.code)


class ValidationError(VillageCastError):
    """Input refused; ``issues`` lists every error (and the warnings seen with them)."""

    code = "validation"

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        super().__init__("validation")
        self.args = ("; ".join(f"{i.field}:{i.code}" for i in self.issues if i.is_error),)


class NotFound(VillageCastError):
    """A product (or other entity) named by the user does not exist."""

    code = "not_found"


class StockError(VillageCastError):
    """A stock movement that would leave stock below zero, or a bad quantity."""

    code = "stock"


class DatabaseError(VillageCastError):
    """The database file cannot be used: not a database, damaged, unwritable."""

    code = "database"


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer VillageCast; it is refused and never altered."""

    code = "newer_database"


class FileError(VillageCastError):
    """An attached file cannot be read, is refused, or cannot be stored."""

    code = "file"


class PhotoError(VillageCastError):
    """A product photo is not a usable JPEG/PNG image, is too large, or is damaged."""

    code = "photo"


def os_reason(exc: BaseException) -> str:
    """A short code for why an OS call failed: the errno name (``ENOENT``, ``EACCES``) or the exception's class."""
    import errno

    number = getattr(exc, "errno", None)
    return errno.errorcode.get(number, type(exc).__name__) if number else type(exc).__name__
