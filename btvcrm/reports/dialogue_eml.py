"""E-mail drafts (.eml) to the registrants of a market dialogue.

Built with `reports/eml.py`'s `build_eml_draft` (X-Unsent, UTF-8, attachment),
then addressed in **Bcc**, so no supplier sees the others' addresses. The
invitation, the answers and the summary go to all registrants in one draft;
the schedule is one draft per registrant with that supplier's own slot (and
a line for those without one). Bodies carry no note, no comment, and no
answer that is not being shared with all in that same message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from btvcrm.domain import dates
from btvcrm.domain.market_dialogue import DialogueSnapshot, Question, Registration, Slot
from btvcrm.reports.eml import build_eml_draft, usable_email


@dataclass
class Draft:
    file_stem: str  # e.g. "Invitasjon" or "Timeplan Fjordvel AS 912345678"
    message: Message
    registration_ids: list[int]


def addresses_of(registration: Registration) -> list[tuple[str, str]]:
    """The registration's (name, e-mail) pairs an e-mail header can carry: a registration
    counts as reached only through these."""
    return [(name, email) for name, email in registration.addresses() if usable_email(email)]


def _bcc(message: Message) -> Message:
    """Move the recipients that `build_eml_draft` put in To into Bcc (the value as
    `eml.address_header` folded it, for a header name as long as "From")."""
    to = message["To"]
    if to is not None:
        del message["To"]
        message["Bcc"] = to
    return message


def _message(subject: str, body: str, recipients: Sequence[tuple[str, str]], *,
             attachment: Path | None = None, sender: tuple[str, str] | None = None) -> Message:
    return _bcc(build_eml_draft(subject=subject, body=body, recipients=list(recipients),
                                attachment_path=attachment, sender=sender))


def _when(moment: dt.datetime) -> str:
    return f"{dates.format_date_long(moment)} {dates.format_time(moment)}"


def _conference_lines(snap: DialogueSnapshot) -> list[str]:
    event = snap.dialogue.conference
    if event is None:
        return []
    lines = [f"Tid: {_when(event.starts_at)}"]
    if event.place:
        lines.append(f"Sted: {event.place}")
    if event.video_link:
        lines.append(f"Video: {event.video_link}")
    if event.programme:
        lines += ["", "Program:"]
        lines += [f"  {p.at_time.strftime('%H.%M') if p.at_time else '':<6}{p.title}"
                  + (f" – {p.presenter}" if p.presenter else "") for p in event.programme]
    return lines


def _doffin_lines(snap: DialogueSnapshot) -> list[str]:
    d = snap.dialogue
    return [f"Kunngjøringen på Doffin: {d.doffin_url}"] if d.doffin_id else []


def _signature(sender: tuple[str, str] | None, buyer: str) -> list[str]:
    lines = ["", "Vennlig hilsen"]
    if sender and sender[0]:
        lines.append(sender[0])
    if buyer:
        lines.append(buyer)
    return lines


def _everyone(snap: DialogueSnapshot) -> tuple[list[tuple[str, str]], list[int]]:
    addresses: list[tuple[str, str]] = []
    reached: list[int] = []
    for registration in snap.registrations:
        found = addresses_of(registration)
        if found:
            addresses += found
            reached.append(int(registration.id or 0))
    return addresses, reached


def invitation_draft(snap: DialogueSnapshot, *, sender: tuple[str, str] | None = None) -> Draft:
    d = snap.dialogue
    body = [
        "Hei,",
        "",
        f"Takk for påmeldingen til {d.title}" + (f" om {snap.initiative_title}" if snap.initiative_title else "") + ".",
        "",
        *_conference_lines(snap),
        "",
        "Alle påmeldte leverandører får den samme informasjonen. Leverandører som ønsker det, får et "
        "én-til-én-møte av samme lengde som de andre; rekkefølgen trekkes tilfeldig.",
        *([""] + _doffin_lines(snap) if d.doffin_id else []),
        *_signature(sender, snap.buyer_name),
    ]
    addresses, reached = _everyone(snap)
    return Draft("Invitasjon", _message(f"Invitasjon: {d.title}", "\n".join(body), addresses, sender=sender),
                 reached)


def _slot_line(slot: Slot | None, snap: DialogueSnapshot, registration: Registration) -> str:
    """What is true about this supplier's one-to-one: its time, a cancelled time, a time
    still to come, or that it did not ask for one."""
    if slot is not None:
        return (f"Deres én-til-én-møte: {_when(slot.starts_at)}, rom {slot.room}, {slot.minutes} minutter "
                "(alle møtene er like lange).")
    cancelled = [s for s in snap.slots if s.registration_id == registration.id and not s.active]
    if cancelled:
        last = max(cancelled, key=lambda s: s.starts_at)
        if registration.wants_one_to_one:
            return (f"Én-til-én-møtet deres {_when(last.starts_at)} er avlyst. Dere får en ny tid etter de "
                    "andre, og vi sender den så snart den er satt.")
        return (f"Én-til-én-møtet deres {_when(last.starts_at)} er avlyst, siden dere ikke lenger ønsker et. "
                "Si fra snarest hvis dere likevel vil ha et, så får dere en tid etter de andre.")
    if registration.wants_one_to_one:
        return ("Dere har bedt om et én-til-én-møte, men har ikke fått en tid ennå. Dere får en tid etter "
                "de andre, og vi sender den så snart den er satt.")
    return ("Dere har ikke bedt om et én-til-én-møte. Si fra snarest hvis dere ønsker et, så får dere en "
            "tid etter de andre.")


def _file_stem(registration: Registration) -> str:
    """"Timeplan Fjordvel AS 912345678": the orgnr (or the registration's number) keeps two
    suppliers of the same name, or of names that differ only in case, apart."""
    tag = registration.orgnr or f"påmelding {registration.id}"
    return f"Timeplan {registration.organisation_name} {tag}"


def schedule_drafts(snap: DialogueSnapshot, *, sender: tuple[str, str] | None = None) -> list[Draft]:
    """One draft per registrant that has an address: its own slot, nobody else's."""
    drafts = []
    schedule = snap.schedule
    for registration in snap.registrations:
        addresses = addresses_of(registration)
        if not addresses:
            continue
        slot = snap.slot_of(registration.id)
        how = ""
        if schedule is not None and schedule.drawn_at is not None and schedule.seed is not None:
            how = (f"Rekkefølgen ble trukket tilfeldig {dates.format_date_short(schedule.drawn_at)} "
                   f"(frø {schedule.seed}).")
        body = [
            "Hei,",
            "",
            f"Her er tiden for {registration.organisation_name} på {snap.dialogue.title}.",
            "",
            _slot_line(slot, snap, registration),
            *([how] if how and slot else []),
            "",
            *_conference_lines(snap),
            *_signature(sender, snap.buyer_name),
        ]
        drafts.append(Draft(
            _file_stem(registration),
            _message(f"Én-til-én-møte: {snap.dialogue.title}", "\n".join(body), addresses, sender=sender),
            [int(registration.id or 0)],
        ))
    return drafts


def answers_draft(snap: DialogueSnapshot, questions: Sequence[Question], *,
                  sender: tuple[str, str] | None = None) -> Draft:
    """The answers given to one supplier, for all (who asked is left out)."""
    body = [
        "Hei,",
        "",
        f"For at alle leverandører skal ha den samme informasjonen, deler vi spørsmål og svar fra "
        f"{snap.dialogue.title}.",
        "",
    ]
    for number, question in enumerate(questions, start=1):
        body += [f"{number}. {' '.join(question.question.split())}", "", question.answer.strip(), ""]
    body += _doffin_lines(snap) + _signature(sender, snap.buyer_name)
    addresses, reached = _everyone(snap)
    return Draft("Svar til alle", _message(f"Spørsmål og svar: {snap.dialogue.title}", "\n".join(body), addresses,
                                           sender=sender), reached)


def summary_draft(snap: DialogueSnapshot, summary_pdf: Path, *, sender: tuple[str, str] | None = None) -> Draft:
    body = [
        "Hei,",
        "",
        f"Vedlagt er oppsummeringen fra {snap.dialogue.title}: programmet, hvem som deltok, og spørsmål og svar "
        "som er delt med alle.",
        *([""] + _doffin_lines(snap) if snap.dialogue.doffin_id else []),
        *_signature(sender, snap.buyer_name),
    ]
    addresses, reached = _everyone(snap)
    return Draft("Oppsummering", _message(f"Oppsummering: {snap.dialogue.title}", "\n".join(body), addresses,
                                          attachment=summary_pdf, sender=sender), reached)


def without_address(snap: DialogueSnapshot) -> list[Registration]:
    """Registrations no draft can reach: no address, or none an e-mail header can carry."""
    return [r for r in snap.registrations if not addresses_of(r)]
