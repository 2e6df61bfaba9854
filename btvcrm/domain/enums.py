"""The fixed vocabularies of the domain, with Norwegian and English labels.

The stored value is the English code; labels are for display only, so a
translation never changes what is in the file.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Bokmål and an English label."""

    def __new__(cls, value: str, nb: str = "", en: str = "") -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.nb = nb  # type: ignore[attr-defined]
        member.en = en  # type: ignore[attr-defined]
        return member

    def label(self, lang: str = "nb") -> str:
        return self.en if lang == "en" else self.nb  # type: ignore[attr-defined, no-any-return]

    @classmethod
    def parse(cls, text: str, field: str = "type") -> Self:
        """Accept the code or either label, ignoring case; raise ValidationError otherwise."""
        from btvcrm.domain.errors import ValidationError

        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.nb.casefold(), member.en.casefold()):  # type: ignore[attr-defined]
                return member
        choices = ", ".join(m.nb for m in cls)  # type: ignore[attr-defined]
        raise ValidationError(field, f"«{text}» er ikke en gyldig verdi; velg en av: {choices}")


class OrganisationKind(LabelledEnum):
    COUNTY_COUNCIL = ("county_council", "fylkeskommune", "county council")
    MUNICIPALITY = ("municipality", "kommune", "municipality")
    HEALTH_TRUST = ("health_trust", "helseforetak", "health trust")
    STATE_AGENCY = ("state_agency", "statlig virksomhet", "state agency")
    KS = ("ks", "KS", "KS")
    SUPPLIER = ("supplier", "leverandør", "supplier")
    CLUSTER = ("cluster", "klynge/nettverk", "cluster/network")
    OTHER = ("other", "annet", "other")


class MeetingKind(LabelledEnum):
    MEETING = ("meeting", "møte", "meeting")
    PHONE = ("phone", "telefon", "phone call")
    EMAIL = ("email", "e-post", "e-mail")
    VIDEO = ("video", "video", "video call")
    CONFERENCE = ("conference", "konferanse", "conference")
    DIALOGUE_CONFERENCE = ("dialogue_conference", "dialogkonferanse", "dialogue conference")


class Attendance(LabelledEnum):
    PRESENT = ("present", "til stede", "present")
    ABSENT = ("absent", "forfall", "absent")
    COPY = ("copy", "kopi til", "copy to")


class AgendaMark(LabelledEnum):
    ORIENTATION = ("O", "orientering", "information")
    DISCUSSION = ("D", "diskusjon", "discussion")
    DECISION = ("V", "vedtak", "decision")


class MinutesStatus(LabelledEnum):
    DRAFT = ("draft", "utkast", "draft")
    APPROVED = ("approved", "godkjent", "approved")


class FollowUpStatus(LabelledEnum):
    OPEN = ("open", "åpen", "open")
    DONE = ("done", "utført", "done")
    CANCELLED = ("cancelled", "avbrutt", "cancelled")


class AnchoringStage(LabelledEnum):
    """The anchoring ladder, in order: the position is the rung."""

    NOT_CONTACTED = ("not_contacted", "ikke kontaktet", "not contacted")
    FIRST_CONTACT = ("first_contact", "første kontakt", "first contact")
    INFORMED = ("informed", "informert", "informed")
    EXPECTATIONS_CLARIFIED = (
        "expectations_clarified",
        "forventninger avklart",
        "expectations clarified",
    )
    COMMITTED = ("committed", "forpliktet", "committed")
    CO_OWNER = ("co_owner", "medeier", "co-owner")

    @property
    def rung(self) -> int:
        return list(AnchoringStage).index(self)


class InitiativePhase(LabelledEnum):
    NEEDS = ("needs", "behovsavklaring", "needs assessment")
    MARKET_DIALOGUE = ("market_dialogue", "markedsdialog", "market dialogue")
    COMPETITION = ("competition", "konkurranse", "competition")
    CONTRACT = ("contract", "kontrakt", "contract")
    FOLLOW_UP = ("follow_up", "oppfølging", "follow-up")

    @property
    def rung(self) -> int:
        return list(InitiativePhase).index(self)


class LegalBasis(LabelledEnum):
    LEGITIMATE_INTEREST = ("legitimate_interest", "berettiget interesse", "legitimate interest")
    CONSENT = ("consent", "samtykke", "consent")
    CONTRACT = ("contract", "avtale", "contract")
    PUBLIC_TASK = ("public_task", "offentlig oppgave", "public task")


def codes(enum_cls: type[LabelledEnum]) -> list[str]:
    return [m.value for m in enum_cls]
