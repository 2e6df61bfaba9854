"""The dialogue's rules without a file: Doffin ids, Norwegian order, and the
equal-treatment check's five findings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from btvcrm.domain import clock
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.market_dialogue import (
    Attendee,
    DialogueSnapshot,
    FindingKind,
    MarketDialogue,
    Material,
    Question,
    QuestionPart,
    Registration,
    Sending,
    ShareChannel,
    Slot,
    clean_dialogue,
    clean_schedule_numbers,
    doffin_link,
    equal_treatment_findings,
    parse_choice,
    sort_key,
    split_names,
)

T = dt.datetime(2016, 6, 14, 13, 0, tzinfo=clock.OSLO)


def test_a_doffin_notice_id_is_year_dash_six_digits_and_links_to_doffin() -> None:
    item = clean_dialogue(MarketDialogue(initiative_id=1, title="  Dialog ", doffin_id=" 2016-123456 "))
    assert item.doffin_id == "2016-123456" and item.title == "Dialog"
    assert item.doffin_url == "https://www.doffin.no/notices/2016-123456" == doffin_link("2016-123456")
    for bad in ("2016-12345", "16-123456", "2016/123456", "abcd-123456", "2016-1234567"):
        with pytest.raises(ValidationError, match="Doffin"):
            clean_dialogue(MarketDialogue(initiative_id=1, title="Dialog", doffin_id=bad))


def test_the_deadline_cannot_come_before_the_announcement() -> None:
    with pytest.raises(ValidationError, match="påmeldingsfristen"):
        clean_dialogue(MarketDialogue(initiative_id=1, title="D", announced_on=dt.date(2016, 6, 1),
                                      registration_deadline=dt.date(2016, 5, 1)))


@pytest.mark.parametrize(("slot", "pause", "rooms"), [(0, 0, 1), (30, -1, 1), (30, 5, 0), (True, 5, 1), (481, 0, 1)])
def test_schedule_numbers_out_of_range_are_refused_with_a_sentence(slot: int, pause: int, rooms: int) -> None:
    with pytest.raises(ValidationError) as raised:
        clean_schedule_numbers(slot, pause, rooms)
    assert "må være et helt tall" in str(raised.value)


def test_norwegian_order_puts_ae_oe_aa_after_z() -> None:
    names = ["Åsgårdstrand AS", "Øvre Eiker AS", "Ærlig AS", "Zeta AS", "alfa AS", "Éclair AS", "Bø AS"]
    assert sorted(names, key=sort_key) == ["alfa AS", "Bø AS", "Éclair AS", "Zeta AS", "Ærlig AS", "Øvre Eiker AS",
                                           "Åsgårdstrand AS"]


@given(st.lists(st.text(max_size=12), max_size=8))
def test_sort_key_never_fails_and_is_a_total_order(names: list[str]) -> None:
    assert sorted(sorted(names, key=sort_key), key=sort_key) == sorted(names, key=sort_key)


def test_names_split_on_semicolons_and_lines_without_duplicates() -> None:
    assert split_names(["Kari Vik; Per  Ås", "kari vik", "", "Ola\nNora"]) == ["Kari Vik", "Per Ås", "Ola", "Nora"]


def test_choices_accept_codes_labels_and_short_aliases() -> None:
    assert parse_choice(QuestionPart, "én-til-én", "part") is QuestionPart.ONE_TO_ONE
    assert parse_choice(QuestionPart, "Plenum", "part") is QuestionPart.PLENARY
    assert parse_choice(ShareChannel, "e-post", "shared") is ShareChannel.EMAIL
    assert parse_choice(Material, "timeplan", "material") is Material.SCHEDULE
    with pytest.raises(ValidationError, match="ikke en gyldig verdi"):
        parse_choice(ShareChannel, "brevdue", "shared")


def _registration(reg_id: int, name: str, *, one_to_one: bool = False, people: tuple[int, ...] = ()) -> Registration:
    return Registration(dialogue_id=1, organisation_id=reg_id, registered_at=T, organisation_name=name, id=reg_id,
                        wants_one_to_one=one_to_one,
                        attendees=[Attendee(person_id=p, name=f"Person {p}") for p in people])


def _snapshot(**parts: object) -> DialogueSnapshot:
    return DialogueSnapshot(dialogue=MarketDialogue(initiative_id=1, title="D", id=1), **parts)  # type: ignore[arg-type]


def test_a_clean_dialogue_has_no_findings() -> None:
    regs = [_registration(1, "A AS", one_to_one=True), _registration(2, "B AS")]
    snap = _snapshot(
        registrations=regs,
        slots=[Slot(1, T, 30, id=1)],
        questions=[Question(1, "Q?", T, 1, QuestionPart.ONE_TO_ONE, "A.", T, T, ShareChannel.EMAIL, id=1),
                   Question(1, "Plenum?", T, 2, QuestionPart.PLENARY, "Svar.", T, id=2),
                   Question(1, "Ubesvart?", T, 2, QuestionPart.ONE_TO_ONE, id=3)],
        sendings=[Sending(1, Material.PROGRAMME, "Program", T, [1]), Sending(1, Material.PROGRAMME, "program", T, [2])],
    )
    assert equal_treatment_findings(snap) == []


def test_each_kind_of_unequal_treatment_is_found_and_named() -> None:
    regs = [_registration(1, "Alfa AS", one_to_one=True, people=(1, 9)),
            _registration(2, "Beta AS", one_to_one=True, people=(2, 9)),
            _registration(3, "Gamma AS", one_to_one=True)]
    snap = _snapshot(
        registrations=regs,
        slots=[Slot(1, T, 30, room=1, id=1), Slot(2, T, 45, room=2, id=2)],
        questions=[Question(1, "Kan vi levere i skyen?", T, 1, QuestionPart.ONE_TO_ONE, "Ja.", T, id=7),
                   Question(1, "Skriftlig?", T, 2, QuestionPart.WRITTEN, "Nei.", T, id=8)],
        sendings=[Sending(1, Material.PRESENTATION, "Presentasjoner", T, [1, 2], id=4)],
    )
    found = equal_treatment_findings(snap)
    kinds = [f.kind for f in found]
    assert kinds.count(FindingKind.UNSHARED_ANSWER) == 2
    assert FindingKind.NO_SLOT in kinds and FindingKind.UNEQUAL_SLOTS in kinds
    assert FindingKind.DOUBLE_BOOKED in kinds and FindingKind.PARTIAL_SENDING in kinds
    text = "\n".join(f.message for f in found)
    assert "Svaret til Alfa AS (én-til-én-møte) på «Kan vi levere i skyen?» er ikke delt med alle påmeldte." in text
    assert "Gamma AS ba om et én-til-én-møte, men har ikke fått tid." in text
    assert "ulik lengde (30, 45 minutter)" in text
    assert "Person 9 er satt opp i to møter samtidig kl. 13.00 (Alfa AS og Beta AS)." in text
    assert "«Presentasjoner» (presentasjon) er sendt til 2 av 3 påmeldte; mangler: Gamma AS." in text


def test_findings_and_labels_come_from_the_catalogue_in_both_languages() -> None:
    from btvcrm.domain import market_dialogue
    from btvcrm.domain.enums import LabelledEnum
    from btvcrm.i18n import catalogue

    for value in vars(market_dialogue).values():
        if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum:
            for member in value:
                assert catalogue("nb").lookup(value.__name__, member.en) is not None, member  # type: ignore[attr-defined]
    snap = _snapshot(registrations=[_registration(1, "Alfa AS", one_to_one=True)])
    (finding,) = equal_treatment_findings(snap, "en")
    assert finding.message == "Alfa AS asked for a one-to-one meeting but has no slot."
    assert QuestionPart.ONE_TO_ONE.label("en") == "one-to-one meeting" and QuestionPart.ONE_TO_ONE.nb == "én-til-én-møte"
    many = _snapshot(registrations=[_registration(i, f"Org {i}") for i in range(1, 8)],
                     sendings=[Sending(1, Material.OTHER, "X", T, [1])])
    assert "mangler: Org 2, Org 3, Org 4, Org 5 og 2 til." in equal_treatment_findings(many)[0].message
