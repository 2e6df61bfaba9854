"""Errors a user can cause by what they type or choose.

A `UserError` always carries a sentence fit to show as it is; the CLI prints
it after `btvcrm: ` and the app shows it in a message box. Anything else that
escapes is a bug.

The sentence is an English source string marked for the catalogue (context
"Errors") with `%1 %2 …` filled by the values given after it:

    raise ValidationError("orgnr", QT_TRANSLATE_NOOP("Errors", "“%1” is not an organisation number"), value)

`str(error)` is the Bokmål translation (the command line is Norwegian);
`error.text(lang)` says it in "nb" or "en" (the app's language). A sentence
raised as a Norwegian literal has no entry in the catalogue and is shown as it
is in both languages. A value may itself be said per language: another
`UserError`, a `Sentence` or a `ByLang`. See docs/translation.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from btvcrm.domain.field_labels import field_label
from btvcrm.i18n import QT_TRANSLATE_NOOP, arg, normalize_lang, translate_in

ERRORS = "Errors"  # the catalogue context of every error sentence


class ByLang:
    """A value of a sentence said differently in each language (a label, a vocabulary word)."""

    def __init__(self, say: Callable[[str], str]) -> None:
        self._say = say

    def text(self, lang: str) -> str:
        return self._say(normalize_lang(lang))

    def __str__(self) -> str:
        return self.text("nb")


def say(value: object, lang: str) -> str:
    """`value` as it reads in `lang`: translatable values in that language, the rest as `str()`."""
    if isinstance(value, UserError | Sentence | ByLang):
        return value.text(lang)
    return str(value)


@dataclass(frozen=True)
class Sentence:
    """A marked source string and its `%1 %2 …` values, said in either language on demand."""

    source: str
    values: tuple[object, ...] = ()
    context: str = ERRORS

    def text(self, lang: str) -> str:
        # Looked up each time, not at raise: a literal (old style) misses and stays as it is.
        found = translate_in(lang, self.context, self.source) if self.source else ""
        return arg(found, *(say(value, lang) for value in self.values))

    def __str__(self) -> str:
        return self.text("nb")


def _sentence(message: object, values: tuple[object, ...]) -> Sentence:
    if isinstance(message, UserError) and not values:
        return Sentence("%1", (message,))  # UserError(error): the same sentence, both languages kept
    if isinstance(message, Sentence) and not values:
        return message
    return Sentence(message if isinstance(message, str) else str(message), values)


class UserError(Exception):
    """Something the user can fix; `str(error)` is a clear Norwegian sentence, `text(lang)`
    the same in the app's language."""

    def __init__(self, message: object = "", *values: object) -> None:
        super().__init__(message, *values)
        self.sentence = _sentence(message, values)

    def text(self, lang: str) -> str:
        """The sentence in `lang` ("nb" or "en"); a Norwegian literal stays Norwegian."""
        return self.sentence.text(lang)

    def __str__(self) -> str:
        return self.text("nb")


# How a validation error names its field (`where`), and the sentence after it.
_IN_FIELD = QT_TRANSLATE_NOOP("Errors", "Field “%1”: %2")
_IN_RECORD = QT_TRANSLATE_NOOP("Errors", "%1, field “%2”: %3")
_IN_RECORD_LABELLED = QT_TRANSLATE_NOOP("Errors", "%1, field “%2” (%3): %4")


class ValidationError(UserError):
    """A value that breaks a rule; names the field (and the record, when known).

    `field` is the code (an attribute or JSON key) for programs; the sentence
    names the field in the reader's language (`domain.field_labels`):
    "Feltet «frist»: …", "Field “due date”: …". In a record of a file
    (`record`, the JSON import) the sentence names the key as it is written in
    the file, which is what the user has to find and edit, with the field's
    name after it: "people nr. 3 («Kari»), feltet «email» (e-post): …".
    """

    def __init__(self, field: str, message: object, *values: object, record: str | None = None) -> None:
        super().__init__(message, *values)
        self.args = (field, message, *values)  # as it was called: copy and pickle rebuild it
        self.field = field
        self.record = record
        self.detail = self.sentence  # the part after the field's name

    @property
    def message(self) -> str:
        """The Bokmål sentence after the field's name ("må fylles ut")."""
        return self.detail.text("nb")

    def text(self, lang: str) -> str:
        detail = self.detail.text(lang)
        label = field_label(self.field, lang)
        if not self.record:
            return arg(translate_in(lang, ERRORS, _IN_FIELD), label, detail)
        if label == self.field:
            return arg(translate_in(lang, ERRORS, _IN_RECORD), self.record, self.field, detail)
        return arg(translate_in(lang, ERRORS, _IN_RECORD_LABELLED), self.record, self.field, label, detail)

    def in_record(self, record: str) -> ValidationError:
        return ValidationError(self.field, self.detail, record=record)


class NotFoundError(UserError):
    """The id or name does not match anything in the file."""
