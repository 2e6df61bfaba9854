"""Public or exempt (offentleglova): what may go into a public document.

Documents held by a county council are public unless an exemption applies. A
meeting as a whole, its general notes, each agenda item and each decision can be
marked *unntatt offentlighet* with a legal basis from a short list and a free
text. ``None`` means public (the default everywhere).

The market dialogue's one-to-one notes hold suppliers' business secrets and are
exempt by default: :data:`ONE_TO_ONE_DEFAULT`.
"""

from __future__ import annotations

from dataclasses import dataclass

from btvcrm.domain.enums import LabelledEnum
from btvcrm.domain.errors import ValidationError
from btvcrm.i18n import QT_TRANSLATE_NOOP

MAX_EXEMPTION_NOTE = 1000


class ExemptionBasis(LabelledEnum):
    """The legal basis for keeping something out of public access (stored as the code)."""

    OFFL_13_FVL_13_1 = ("offl_13_fvl_13_1", QT_TRANSLATE_NOOP("ExemptionBasis", "personal matters"))
    OFFL_13_FVL_13_2 = ("offl_13_fvl_13_2", QT_TRANSLATE_NOOP("ExemptionBasis", "business secrets"))
    OFFL_14 = ("offl_14", QT_TRANSLATE_NOOP("ExemptionBasis", "internal documents"))
    OFFL_15 = ("offl_15", QT_TRANSLATE_NOOP("ExemptionBasis", "documents for internal preparation"))
    OFFL_23 = ("offl_23", QT_TRANSLATE_NOOP("ExemptionBasis", "negotiating position"))
    OTHER = ("other", QT_TRANSLATE_NOOP("ExemptionBasis", "other legal basis"))

    @property
    def citation(self) -> str:
        """The short legal citation, the same in both languages."""
        return _CITATIONS[self.value]


_CITATIONS = {
    "offl_13_fvl_13_1": "offl. § 13 jf. fvl. § 13 første ledd nr. 1",
    "offl_13_fvl_13_2": "offl. § 13 jf. fvl. § 13 første ledd nr. 2",
    "offl_14": "offl. § 14",
    "offl_15": "offl. § 15",
    "offl_23": "offl. § 23 første ledd",
    "other": "",
}

EXEMPTION_CODES = tuple(member.value for member in ExemptionBasis)


@dataclass(frozen=True)
class Exemption:
    """Unntatt offentlighet, with its legal basis and an optional free text."""

    basis: ExemptionBasis
    note: str = ""

    @property
    def citation(self) -> str:
        """What a header prints after "Unntatt offentlighet, ": the paragraph, or the free text."""
        return self.basis.citation or " ".join(self.note.split()) or self.basis.label("nb")

    def describe(self, lang: str = "nb") -> str:
        """Citation, what it protects, and the free text: for lists of what was left out."""
        parts = [self.basis.citation] if self.basis.citation else []
        parts.append(self.basis.label(lang))
        note = " ".join(self.note.split())
        text = " – ".join(parts)
        return f"{text}: {note}" if note else text


def clean_exemption(value: Exemption | None, field: str = "exemption") -> Exemption | None:
    """A valid exemption (basis from the list, note at most 1000 characters) or None."""
    if value is None:
        return None
    from btvcrm.domain import validation

    try:
        basis = ExemptionBasis(value.basis)
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "“%1” is not a legal basis for exemption"), value.basis
        )
    note = validation.clean_text(value.note, field, max_length=MAX_EXEMPTION_NOTE)
    if basis == ExemptionBasis.OTHER and not note.strip():
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Errors", "“other legal basis” needs the basis written in the note")
        )
    return Exemption(basis, note)


def exemption_from_columns(basis: str | None, note: str | None) -> Exemption | None:
    """The stored pair of columns (code or NULL, text) as an Exemption."""
    if not basis:
        return None
    return Exemption(ExemptionBasis(basis), note or "")


def exemption_columns(value: Exemption | None) -> tuple[str | None, str]:
    """An Exemption as the stored pair of columns."""
    if value is None:
        return None, ""
    return ExemptionBasis(value.basis).value, value.note


# The market dialogue's one-to-one notes: suppliers' input is a business secret.
ONE_TO_ONE_DEFAULT = Exemption(
    ExemptionBasis.OFFL_13_FVL_13_2, "Leverandørens innspill i én-til-én-møte i markedsdialogen"
)

__all__ = [
    "EXEMPTION_CODES",
    "ONE_TO_ONE_DEFAULT",
    "Exemption",
    "ExemptionBasis",
    "clean_exemption",
    "exemption_columns",
    "exemption_from_columns",
]
