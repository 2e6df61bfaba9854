"""The dialogue's use cases on a file: register, check in, schedule (draw stored,
late ones appended, swap and cancel logged), questions shared, sendings, the check."""

from __future__ import annotations

import pytest
from dialogue_helpers import at, register

from btvcrm.domain import clock
from btvcrm.domain.errors import NotFoundError, UserError, ValidationError
from btvcrm.domain.exemption import ONE_TO_ONE_DEFAULT
from btvcrm.domain.market_dialogue import (
    DialogueStatus,
    FindingKind,
    QuestionPart,
    ScheduleOrder,
    ShareChannel,
)
from btvcrm.domain.models import Organisation, Person
from btvcrm.services import market_dialogue as md
from btvcrm.storage.crm import Crm


def _kinds(crm: Crm, dialogue_id: int) -> list[FindingKind]:
    return [f.kind for f in md.check(crm, dialogue_id).findings]


def test_creating_a_dialogue_takes_the_initiatives_doffin_notice_and_owner(mem_crm: Crm, dialogue_id: int) -> None:
    dialogue = mem_crm.dialogues.get(dialogue_id)
    assert dialogue.doffin_id == "2016-123456" and dialogue.status is DialogueStatus.ANNOUNCED
    assert mem_crm.organisations.get(dialogue.buyer_organisation_id or 0).name == "Telemark fylkeskommune"
    event = dialogue.conference
    assert event is not None and event.starts_at.isoformat() == "2016-06-14T10:00:00+02:00"
    assert [(p.at_time.isoformat() if p.at_time else None, p.title, p.presenter) for p in event.programme] == [
        ("10:00:00", "Velkommen", "Siri Lunde"), ("10:15:00", "Behovet", "")]


def test_a_bad_doffin_id_or_date_is_one_sentence_and_nothing_is_stored(mem_crm: Crm, dialogue_id: int) -> None:
    initiative = mem_crm.dialogues.get(dialogue_id).initiative_id
    with pytest.raises(ValidationError, match="ÅÅÅÅ-NNNNNN"):
        md.create_dialogue(mem_crm, md.CreateDialogueRequest(initiative, "X", doffin_id="123"))
    with pytest.raises(ValidationError, match="Forstår ikke"):
        md.create_dialogue(mem_crm, md.CreateDialogueRequest(initiative, "X", date_text="snart"))
    with pytest.raises(NotFoundError):
        md.create_dialogue(mem_crm, md.CreateDialogueRequest(999, "X"))
    assert len(md.dialogues(mem_crm)) == 1


def test_registering_creates_or_matches_and_a_second_registration_updates(mem_crm: Crm, dialogue_id: int) -> None:
    known = mem_crm.organisations.save(Organisation(name="Fjordvel AS", orgnr="974760673"))
    first = md.register(mem_crm, md.RegisterRequest(dialogue_id, "974 760 673", people=["Tor Eriksen"],
                                                    email="tor@fjordvel.example"))
    assert first.created_organisation is None and first.created_people[0][1] == "Tor Eriksen"
    again = md.register(mem_crm, md.RegisterRequest(dialogue_id, "fjordvel as", people=["Tor Eriksen", "Una Ur"],
                                                    wants_one_to_one=True))
    assert again.updated and again.registration_id == first.registration_id
    registration = mem_crm.dialogues.registration(first.registration_id)
    assert registration.organisation_id == known and registration.wants_one_to_one
    assert [a.name for a in registration.attendees] == ["Tor Eriksen", "Una Ur"]


def test_an_email_address_already_known_is_the_same_person(mem_crm: Crm, dialogue_id: int) -> None:
    kari = mem_crm.people.save(Person(name="Kari Vik", email="kari@vik.example"))
    result = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Vik AS", people=["K. Vik"], email="KARI@vik.example"))
    assert result.merged_people == [(kari, "Kari Vik, samme e-post")] and not result.created_people
    assert mem_crm.people.get(kari).organisation_id == mem_crm.dialogues.registration(
        result.registration_id).organisation_id


def test_an_organisation_name_with_another_orgnr_is_a_possible_duplicate(mem_crm: Crm, dialogue_id: int) -> None:
    mem_crm.organisations.save(Organisation(name="Nord AS", orgnr="974760673"))
    result = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Nord AS", orgnr="923609016"))
    assert result.created_organisation is not None
    assert "Mulig duplikat: «Nord AS»" in "\n".join(result.notes)


def test_check_in_by_typing_part_of_a_name(mem_crm: Crm, dialogue_id: int) -> None:
    reg = register(mem_crm, dialogue_id, "Grenland Digital AS", "Mari Dahl")
    register(mem_crm, dialogue_id, "Grenland Helse AS", "Mads Holm")
    clock.freeze(at("2016-06-14T09:55"))
    assert md.check_in(mem_crm, dialogue_id, "mari").message == "Mari Dahl (Grenland Digital AS) er registrert som møtt."
    registration = mem_crm.dialogues.registration(reg)
    assert registration.checked_in_at == at("2016-06-14T09:55") and registration.attendees[0].checked_in_at
    with pytest.raises(UserError, match="passer til flere påmeldte: Mari Dahl .*Mads Holm"):
        md.check_in(mem_crm, dialogue_id, "M")
    with pytest.raises(NotFoundError, match="Ingen påmeldt heter «Zorro»"):
        md.check_in(mem_crm, dialogue_id, "Zorro")
    md.check_in(mem_crm, dialogue_id, "Mari Dahl", undo=True)
    assert not mem_crm.dialogues.registration(reg).checked_in


def test_the_schedule_stores_its_draw_and_the_same_seed_gives_the_same_order(mem_crm: Crm, dialogue_id: int) -> None:
    for index, name in enumerate(["Alfa AS", "Beta AS", "Gamma AS", "Delta AS", "Epsilon AS"]):
        register(mem_crm, dialogue_id, name, f"Person {index}", one_to_one=True, when=f"2016-06-0{index + 1}T10:00")
    register(mem_crm, dialogue_id, "Zeta AS", "Uten Møte")  # did not ask
    clock.freeze(at("2016-06-10T12:00"))
    first = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30,
                                                         break_minutes=5, rooms=2, seed=4242))
    assert first.schedule.seed == 4242 and first.schedule.drawn_at == at("2016-06-10T12:00")
    assert "frø 4242" in first.message
    order = [s.registration_id for s in first.slots]
    assert len(order) == 5 and {s.minutes for s in first.slots} == {30}
    assert [s.starts_at.strftime("%H:%M") for s in first.slots] == ["13:00", "13:00", "13:35", "13:35", "14:10"]
    again = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30,
                                                         break_minutes=5, rooms=2, seed=4242, redraw=True))
    assert [s.registration_id for s in again.slots] == order
    log = mem_crm.dialogues.log(dialogue_id)
    assert any(e.action == "redraw" and "frø 4242" in e.detail for e in log)
    assert any(e.action == "schedule" and "Rekkefølge: " in e.detail for e in log)
    assert _kinds(mem_crm, dialogue_id) == []


def test_a_schedule_by_registration_time_is_first_come_first_served(mem_crm: Crm, dialogue_id: int) -> None:
    late = register(mem_crm, dialogue_id, "Sen AS", "S", one_to_one=True, when="2016-06-09T10:00")
    early = register(mem_crm, dialogue_id, "Tidlig AS", "T", one_to_one=True, when="2016-06-01T10:00")
    result = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=20,
                                                          order=ScheduleOrder.REGISTRATION))
    assert [s.registration_id for s in result.slots] == [early, late]
    assert result.schedule.seed is None and "etter påmeldingstidspunkt" in result.message


def test_a_late_registration_is_appended_at_once_and_logged(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A", one_to_one=True)
    register(mem_crm, dialogue_id, "Beta AS", "B", one_to_one=True)
    md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, seed=1))
    result = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Sen AS", people=["C"], wants_one_to_one=True))
    assert result.slot is not None and result.slot.late and result.slot.starts_at == at("2016-06-14T14:00")
    assert "lagt til etter de andre" in "\n".join(result.notes)
    assert any(e.action == "append" for e in mem_crm.dialogues.log(dialogue_id))
    with pytest.raises(UserError, match="Timeplanen finnes allerede"):
        md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, slot_minutes=45))
    assert md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id)).message.startswith("Alle som ba om")


def test_a_schedule_needs_a_start_and_a_length(mem_crm: Crm, dialogue_id: int) -> None:
    with pytest.raises(ValidationError, match="--start"):
        md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, slot_minutes=30))
    with pytest.raises(ValidationError, match="--slot"):
        md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00"))
    with pytest.raises(ValidationError, match="antall rom"):
        md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, rooms=0))
    assert mem_crm.dialogues.schedule(dialogue_id) is None


def test_swapping_two_slots_is_logged_and_refused_when_it_double_books_a_person(
        mem_crm: Crm, dialogue_id: int) -> None:
    alfa = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Alfa AS", people=["Konsulent Kim"],
                                                   email="kim@konsulent.example", wants_one_to_one=True,
                                                   registered_at=at("2016-06-01T10:00"))).registration_id
    beta = register(mem_crm, dialogue_id, "Beta AS", "Bo Beta", one_to_one=True, when="2016-06-02T10:00")
    gamma = register(mem_crm, dialogue_id, "Gamma AS", "Gro Gamma", one_to_one=True, when="2016-06-03T10:00")
    # the same consultant also comes for Gamma: known by the e-mail address
    md.register(mem_crm, md.RegisterRequest(dialogue_id, "Gamma AS", people=["Konsulent Kim"],
                                            email="kim@konsulent.example"))
    kim = mem_crm.people.find_by_email("kim@konsulent.example")
    assert kim is not None and kim.id in {a.person_id for a in mem_crm.dialogues.registration(gamma).attendees}
    result = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, rooms=2,
                                                          order=ScheduleOrder.REGISTRATION))
    slots = {s.registration_id: s for s in result.slots}
    assert (slots[alfa].starts_at, slots[beta].starts_at) == (at("2016-06-14T13:00"), at("2016-06-14T13:00"))
    assert slots[gamma].starts_at == at("2016-06-14T13:30")  # Kim cannot be in both rooms at 13.00
    with pytest.raises(ValidationError, match="to møter samtidig"):
        md.swap_slots(mem_crm, dialogue_id, int(slots[beta].id or 0), int(slots[gamma].id or 0))
    assert {s.registration_id: s.starts_at for s in mem_crm.dialogues.slots(dialogue_id)}[gamma] == slots[gamma].starts_at
    text = md.swap_slots(mem_crm, dialogue_id, int(slots[alfa].id or 0), int(slots[gamma].id or 0))
    assert text.startswith("Byttet tid: Gamma AS har nå 14.06.2016 kl. 13.00, rom 1")
    after = {s.registration_id: s for s in mem_crm.dialogues.slots(dialogue_id)}
    assert after[alfa].starts_at == slots[gamma].starts_at and after[gamma].starts_at == slots[alfa].starts_at
    assert [e.action for e in mem_crm.dialogues.log(dialogue_id)].count("swap") == 1
    assert md.check(mem_crm, dialogue_id).ok


def test_cancelling_a_slot_is_logged_and_shown_by_the_check_until_rescheduled(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A", one_to_one=True)
    slot = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30,
                                                        seed=3)).slots[0]
    assert "Avlyst: Alfa AS" in md.cancel_slot(mem_crm, dialogue_id, int(slot.id or 0), reason="syk")
    assert _kinds(mem_crm, dialogue_id) == [FindingKind.NO_SLOT]
    appended = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id))
    assert len(appended.slots) == 1 and _kinds(mem_crm, dialogue_id) == []
    md.cancel_slot(mem_crm, dialogue_id, int(appended.slots[0].id or 0), withdrawn=True)
    assert _kinds(mem_crm, dialogue_id) == []  # the supplier no longer wants one
    assert [e.action for e in mem_crm.dialogues.log(dialogue_id)].count("cancel") == 2
    assert len(mem_crm.dialogues.slots(dialogue_id)) == 2  # cancelled slots stay, marked


def test_an_answer_in_a_one_to_one_must_be_shared_with_all(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A", one_to_one=True)
    md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, seed=3))
    number = md.log_question(mem_crm, md.QuestionRequest(dialogue_id, "Skyløsning?", from_organisation="alfa",
                                                         answer="Ja, i EØS."))
    question = mem_crm.dialogues.question(number)
    assert question.part is QuestionPart.ONE_TO_ONE and question.answered_at is not None and not question.shared
    assert _kinds(mem_crm, dialogue_id) == [FindingKind.UNSHARED_ANSWER]
    clock.freeze(at("2016-06-16T10:00"))
    assert "delt med alle (Doffin)" in md.share_answer(mem_crm, dialogue_id, number, "doffin")
    question = mem_crm.dialogues.question(number)
    assert (question.shared_at, question.shared_how) == (at("2016-06-16T10:00"), ShareChannel.DOFFIN)
    assert _kinds(mem_crm, dialogue_id) == []


def test_a_question_without_an_answer_cannot_be_shared(mem_crm: Crm, dialogue_id: int) -> None:
    number = md.log_question(mem_crm, md.QuestionRequest(dialogue_id, "Hva med pris?", part="plenum"))
    with pytest.raises(ValidationError, match="ikke noe svar"):
        md.share_answer(mem_crm, dialogue_id, number)
    with pytest.raises(ValidationError, match="uten svar kan ikke deles"):
        md.log_question(mem_crm, md.QuestionRequest(dialogue_id, "Q?", shared="email"))
    md.log_question(mem_crm, md.QuestionRequest(dialogue_id, question_id=number, answer="Senere.", shared="oppsummering"))
    assert mem_crm.dialogues.question(number).shared_how is ShareChannel.SUMMARY


def test_notes_are_confidential_by_default_with_their_legal_basis(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A")
    md.add_note(mem_crm, md.NoteRequest(dialogue_id, "Prisnivå 2 MNOK", organisation="Alfa AS"))
    md.add_note(mem_crm, md.NoteRequest(dialogue_id, "Anbefaler funksjonskrav", organisation="Alfa", public=True))
    secret, public = mem_crm.dialogues.notes(dialogue_id)
    assert secret.confidential and secret.exemption == ONE_TO_ONE_DEFAULT
    assert secret.exemption.citation == "offl. § 13 jf. fvl. § 13 første ledd nr. 2"  # documents' own model
    assert not public.confidential and public.exemption is None
    with pytest.raises(NotFoundError, match="er ikke påmeldt"):
        md.add_note(mem_crm, md.NoteRequest(dialogue_id, "x", organisation="Ukjent AS"))


def test_material_sent_to_some_but_not_all_is_found_until_the_rest_get_it(mem_crm: Crm, dialogue_id: int) -> None:
    a = register(mem_crm, dialogue_id, "Alfa AS", "A")
    b = register(mem_crm, dialogue_id, "Beta AS", "B")
    md.log_sending(mem_crm, md.SendingRequest(dialogue_id, "presentasjon", "Presentasjonene", registration_ids=[a]))
    findings = md.check(mem_crm, dialogue_id).findings
    assert [f.kind for f in findings] == [FindingKind.PARTIAL_SENDING] and "mangler: Beta AS" in findings[0].message
    md.log_sending(mem_crm, md.SendingRequest(dialogue_id, "presentation", "presentasjonene", registration_ids=[b]))
    assert md.check(mem_crm, dialogue_id).ok


def test_editing_the_status_is_logged(mem_crm: Crm, dialogue_id: int) -> None:
    md.edit_dialogue(mem_crm, md.EditDialogueRequest(dialogue_id, status="gjennomført"))
    assert mem_crm.dialogues.get(dialogue_id).status is DialogueStatus.HELD
    assert any(e.detail == "Status: kunngjort → gjennomført." for e in mem_crm.dialogues.log(dialogue_id))


def test_the_json_view_has_what_show_promises(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A", one_to_one=True)
    md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, seed=3))
    view = md.dialogue_json(mem_crm.dialogues.snapshot(dialogue_id))
    assert {"registrations", "slots", "questions", "sent"} <= set(view)
    assert view["slots"][0] == {"id": 1, "organisation": "Alfa AS", "registration_id": 1,
                                "starts_at": "2016-06-14T13:00:00+02:00", "minutes": 30, "room": 1,
                                "status": "scheduled", "late": False}
    assert view["doffin_url"] == "https://www.doffin.no/notices/2016-123456"


# ------------------------------------------------------------------ the tester's findings (dialogue2)


def test_an_answer_changed_after_it_was_shared_must_be_shared_again(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A", one_to_one=True)
    register(mem_crm, dialogue_id, "Beta AS", "B")
    number = md.log_question(mem_crm, md.QuestionRequest(dialogue_id, "Kan vi levere i skyen?",
                                                         from_organisation="Alfa", part="én-til-én", answer="Nei."))
    md.share_answer(mem_crm, dialogue_id, number, "email")
    assert not [k for k in _kinds(mem_crm, dialogue_id) if k is not FindingKind.NO_SLOT]
    clock.freeze(at("2016-06-20T09:00"))
    md.log_question(mem_crm, md.QuestionRequest(dialogue_id, question_id=number, answer="Ja, likevel, innenfor EØS."))
    question = mem_crm.dialogues.question(number)
    assert not question.shared and question.changed_since_shared
    check = md.check(mem_crm, dialogue_id)
    assert FindingKind.CHANGED_ANSWER in [f.kind for f in check.findings]
    assert "ble endret etter at det ble delt 17.05.2016; del det nye svaret med alle" in check.text()
    log = mem_crm.dialogues.log(dialogue_id)[-1].detail
    assert "delt med alle 17.05.2016 (e-post til alle påmeldte)" in log and "Det forrige svaret: «Nei.»" in log
    snap = md.snapshot(mem_crm, dialogue_id)
    from btvcrm.cli_dialogue import show_text
    from btvcrm.reports.dialogue_builders import build_public_summary

    assert "ENDRET etter at det ble delt 17.05.2016" in show_text(snap) and "IKKE DELT" in show_text(snap)
    assert md.dialogue_json(snap)["questions"][0]["shared"] is False
    assert build_public_summary(snap).questions == []  # the new answer is not public until it is shared
    md.log_question(mem_crm, md.QuestionRequest(dialogue_id, question_id=number, shared="doffin"))
    again = mem_crm.dialogues.question(number)
    assert again.shared and again.shared_at == at("2016-06-20T09:00") and again.shared_how is ShareChannel.DOFFIN
    assert FindingKind.CHANGED_ANSWER not in _kinds(mem_crm, dialogue_id)
    # the same text again is no change
    md.log_question(mem_crm, md.QuestionRequest(dialogue_id, question_id=number, answer=" Ja, likevel, innenfor EØS. "))
    assert mem_crm.dialogues.question(number).shared


def test_a_plenary_answer_changed_after_sharing_is_found_too(mem_crm: Crm, dialogue_id: int) -> None:
    number = md.log_question(mem_crm, md.QuestionRequest(dialogue_id, "Hvor lang er kontrakten?", part="plenum",
                                                         answer="To år.", shared="summary"))
    clock.freeze(at("2016-06-15T12:00"))
    md.log_question(mem_crm, md.QuestionRequest(dialogue_id, question_id=number, answer="Fire år."))
    assert _kinds(mem_crm, dialogue_id) == [FindingKind.CHANGED_ANSWER]


def test_word_forms_for_one_and_many(mem_crm: Crm, dialogue_id: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register(mem_crm, dialogue_id, "Alfa AS", "Anne", one_to_one=True, email="a@alfa.no")
    schedule = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30,
                                                            break_minutes=1, seed=1))
    assert "Timeplan for 1 én-til-én-møte à 30 minutter, 1 minutts pause" in schedule.message
    drafts = md.write_drafts(mem_crm, md.DraftRequest(dialogue_id, "invitation", tmp_path))
    assert "til 1 påmeldt:" in drafts.message
    assert mem_crm.dialogues.log(dialogue_id)[-1].detail == "E-postutkast (invitasjon) til 1 påmeldt."
    with mem_crm.write():  # two who asked, registered before the schedule existed: appended together
        for name in ("Beta AS", "Gamma AS"):
            registration = mem_crm.dialogues.registration(register(mem_crm, dialogue_id, name, name[0]))
            registration.wants_one_to_one = True
            mem_crm.dialogues.save_registration_in_transaction(registration)
    late = md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id))
    assert late.message.startswith("2 sene påmeldinger lagt til etter de andre:")
    register(mem_crm, dialogue_id, "Delta AS", "D")
    with mem_crm.write():
        registration = mem_crm.dialogues.registration(mem_crm.dialogues.registrations(dialogue_id)[-1].id or 0)
        registration.wants_one_to_one = True
        mem_crm.dialogues.save_registration_in_transaction(registration)
    assert md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id)).message.startswith(
        "1 sen påmelding lagt til etter de andre:")


def test_possible_duplicates_use_the_glossary_word(mem_crm: Crm, dialogue_id: int) -> None:
    mem_crm.organisations.save(Organisation(name="Fjordvel AS", orgnr="923456783"))
    result = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Fjordvel AS", orgnr="987654325"))
    mem_crm.people.save(Person(name="Kari Nordmann", phone="+4791234567"))
    person = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Beta AS", people=["Kari Nordmann"]))
    lines = result.notes + person.notes
    assert any(line.startswith("Mulig duplikat: «Fjordvel AS»") for line in lines)
    assert any("Kari Nordmann: mulig duplikat av" in line for line in lines)
    assert not any("dublett" in line.casefold() for line in lines)


def test_registering_the_same_again_changes_nothing_and_says_so(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "Anne", email="anne@alfa.no")
    log = len(mem_crm.dialogues.log(dialogue_id))
    again = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Alfa AS", people=["Anne"], email="anne@alfa.no"))
    assert again.updated and not again.changed and "ingenting er endret" in again.notes[0]
    assert len(mem_crm.dialogues.log(dialogue_id)) == log
    changed = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Alfa AS", people=["Anne"], wants_one_to_one=True))
    assert changed.changed and "påmeldingen er oppdatert" in changed.notes[0]


def test_a_schedule_past_midnight_is_refused_and_a_late_one_past_it_warned(mem_crm: Crm, dialogue_id: int) -> None:
    for name in ("Alfa AS", "Beta AS", "Gamma AS"):
        register(mem_crm, dialogue_id, name, name[0], one_to_one=True)
    with pytest.raises(UserError, match="Timeplanen går over midnatt: 3 møter fra kl. 23.30 ville slutte "
                                        "onsdag 15. juni 2016 kl. 01.00"):
        md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="23:30", slot_minutes=30, seed=1))
    assert mem_crm.dialogues.schedule(dialogue_id) is None  # nothing stored
    md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="22:30", slot_minutes=30, seed=1))  # ends 24.00
    late = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Delta AS", people=["D"], wants_one_to_one=True))
    assert late.slot is not None and any(line.startswith("Obs: timeplanen går nå over midnatt") for line in late.notes)


def test_editing_the_conference_date_moves_it_and_its_schedule(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "A", one_to_one=True)
    md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, seed=1))
    saved = md.edit_dialogue(mem_crm, md.EditDialogueRequest(dialogue_id, date_text="16.06.2016", place="Bø"))
    event = mem_crm.dialogues.get(dialogue_id).conference
    assert event is not None and event.starts_at == at("2016-06-16T10:00") and event.place == "Bø"  # the time kept
    assert [s.starts_at for s in mem_crm.dialogues.slots(dialogue_id)] == [at("2016-06-16T13:00")]
    assert mem_crm.dialogues.schedule(dialogue_id).starts_at == at("2016-06-16T13:00")  # type: ignore[union-attr]
    assert "Timeplanen for én-til-én-møtene er flyttet med til torsdag 16. juni 2016 (1 tid" in saved.message
    assert "Konferansen er flyttet fra tirsdag 14. juni 2016 kl. 10.00" in mem_crm.dialogues.log(dialogue_id)[-1].detail
    md.edit_dialogue(mem_crm, md.EditDialogueRequest(dialogue_id, date_text="16.06.2016 09:00"))
    assert mem_crm.dialogues.get(dialogue_id).conference.starts_at == at("2016-06-16T09:00")  # type: ignore[union-attr]
    assert [s.starts_at for s in mem_crm.dialogues.slots(dialogue_id)] == [at("2016-06-16T13:00")]  # same day: stays


def test_a_dialogue_made_from_a_logged_meeting_takes_its_time(mem_crm: Crm, dialogue_id: int) -> None:
    from btvcrm.domain.models import Meeting

    meeting = mem_crm.meetings.save(Meeting(title="Dialogkonferanse", starts_at=at("2016-09-01T10:00"),
                                            place="Skien fritidspark", participants=[]))
    initiative = mem_crm.dialogues.get(dialogue_id).initiative_id
    made = md.create_dialogue(mem_crm, md.CreateDialogueRequest(initiative, "Runde 2", meeting_id=meeting)).id
    event = mem_crm.dialogues.get(made).conference
    assert event is not None and (event.starts_at, event.place, event.meeting_id) == (
        at("2016-09-01T10:00"), "Skien fritidspark", meeting)
    with pytest.raises(NotFoundError):
        md.create_dialogue(mem_crm, md.CreateDialogueRequest(initiative, "Runde 3", meeting_id=99999))
