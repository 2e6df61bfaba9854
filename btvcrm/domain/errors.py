"""Errors a user can cause by what they type or choose.

A `UserError` always carries a sentence fit to show as it is; the CLI prints
it after `btvcrm: ` and the app shows it in a message box. Anything else that
escapes is a bug.
"""

from __future__ import annotations

from btvcrm.domain.field_labels import field_label


class UserError(Exception):
    """Something the user can fix; `str(error)` is a clear Norwegian sentence."""


class ValidationError(UserError):
    """A value that breaks a rule; names the field (and the record, when known).

    `field` is the code (an attribute or JSON key) for programs; the sentence
    names the field in Bokmål (`domain.field_labels`): "Feltet «frist»: …".
    In a record of a file (`record`, the JSON import) the sentence names the key
    as it is written in the file, which is what the user has to find and edit,
    with the Bokmål name after it: "people nr. 3 («Kari»), feltet «email»
    (e-post): …".
    """

    def __init__(self, field: str, message: str, *, record: str | None = None) -> None:
        self.field = field
        self.message = message
        self.record = record
        label = field_label(field)
        if record:
            where = f"{record}, feltet «{field}»" + (f" ({label})" if label != field else "")
        else:
            where = f"Feltet «{label}»"
        super().__init__(f"{where}: {message}")

    def in_record(self, record: str) -> ValidationError:
        return ValidationError(self.field, self.message, record=record)


class NotFoundError(UserError):
    """The id or name does not match anything in the file."""
