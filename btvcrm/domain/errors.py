"""Errors a user can cause by what they type or choose.

A `UserError` always carries a sentence fit to show as it is; the CLI prints
it after `btvcrm: ` and the app shows it in a message box. Anything else that
escapes is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; `str(error)` is a clear Norwegian sentence."""


class ValidationError(UserError):
    """A value that breaks a rule; names the field (and the record, when known)."""

    def __init__(self, field: str, message: str, *, record: str | None = None) -> None:
        self.field = field
        self.message = message
        self.record = record
        where = f"{record}, felt «{field}»" if record else f"Felt «{field}»"
        super().__init__(f"{where}: {message}")

    def in_record(self, record: str) -> ValidationError:
        return ValidationError(self.field, self.message, record=record)


class NotFoundError(UserError):
    """The id or name does not match anything in the file."""
