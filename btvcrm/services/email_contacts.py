"""E-mails as contacts: an e-mail becomes a pre-filled quick log (`propose_email`), which
the app's quick-log dialog shows for the user to finish and `btvcrm import FILE.eml`
saves at once (`log_email`, through `services.quick_log.log_contact`).

What is filled in, one owner:

* kind e-post; the date of the message (its Date header, else its Received time, else
  now, with a warning); the subject as the title; the text body as the notes (an
  HTML-only body converted to plain text) after a `Fra:`/`Til:`/`Kopi:` header, and the
  attachments listed by name and size;
* the people: From, To and Cc, matched by e-mail address (exchange/duplicates.py's rule:
  the same e-mail is the same person); the others offered as new people with their
  display names ("Nordmann, Kari" -> "Kari Nordmann"; no name: from the address). The
  user herself (settings: her name, her addresses) and robots (noreply, mailer-daemon)
  are left out;
* the organisations: those of the matched people, and those whose website has the
  domain of an address (kari@vfk.no -> the organisation with website vfk.no); a free
  mail domain (gmail.com ...) suggests nothing;
* the same message twice: the Message-ID (else a digest of sender, date, subject and
  text) is kept with the meeting, and a second log is refused with the first one's id;
* attachments copied into the folder beside the data file only when asked
  (`save_attachments`; see storage/attachments.py, which backups mirror).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from btvcrm import settings as user_settings
from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import UserError
from btvcrm.domain.formatting import format_number
from btvcrm.domain.models import Person
from btvcrm.exchange.duplicates import PeopleIndex
from btvcrm.exchange.email_message import Address, MailAttachment, MailMessage, read_email_file
from btvcrm.services.quick_log import QuickLogRequest, QuickLogResult, log_contact
from btvcrm.storage.attachments import Attachment, digest, remove_files
from btvcrm.storage.crm import Crm

MAX_TITLE = 500
#: Notes longer than this are cut (the rest of the text stays in the original e-mail).
MAX_NOTES = 200_000

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.no", "outlook.com", "live.com", "live.no",
    "msn.com", "yahoo.com", "yahoo.no", "icloud.com", "me.com", "mac.com", "online.no", "start.no",
    "frisurf.no", "broadpark.no", "getmail.no", "c2i.net", "lyse.net", "altibox.no", "proton.me",
    "protonmail.com", "aol.com", "gmx.com", "gmx.net", "mail.com",
})
_ROBOTS = re.compile(r"^(no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?|notifications?)([+.\-_]|$)",
                     re.IGNORECASE)


@dataclass
class PersonProposal:
    """Someone in From/To/Cc: an existing person, or one offered as new."""

    address: Address
    role: str  # "from", "to" or "cc"
    name: str  # the existing person's name, or the new person's
    person_id: int | None = None  # None: offered as new
    organisation_id: int | None = None  # the existing person's, or the one the domain names
    include: bool = True


@dataclass
class OrganisationProposal:
    organisation_id: int
    name: str
    reason: str  # Norwegian: "Kari Nordmanns organisasjon", "e-postdomenet vfk.no"


@dataclass
class EmailProposal:
    """An e-mail made into a quick log the user can finish (or the CLI saves)."""

    message: MailMessage
    request: QuickLogRequest
    people: list[PersonProposal] = field(default_factory=list)
    organisations: list[OrganisationProposal] = field(default_factory=list)
    already_logged: int | None = None  # the meeting logged from this message before
    warnings: list[str] = field(default_factory=list)
    source: Path | None = None

    def log_request(self, *, save_attachments: bool = False, quick: QuickLogRequest | None = None) -> EmailLogRequest:
        """What `log_email` needs: the quick log (as the dialog left it, or as proposed),
        the new people to create with their addresses, the message's identity and files."""
        return EmailLogRequest(
            quick=quick or self.request,
            message_key=self.message.key,
            message_day=self.message.date.date() if self.message.date else None,
            new_people=[(p.name, p.address.email, p.organisation_id) for p in self.people
                        if p.person_id is None and p.include],
            attachments=list(self.message.attachments),
            save_attachments=save_attachments,
        )


@dataclass
class EmailLogRequest:
    quick: QuickLogRequest
    message_key: str  # the Message-ID (or digest): the same message is not logged twice
    message_day: dt.date | None = None
    # People to create with their e-mail addresses (name, e-mail, organisation id) when
    # the quick log still names them (by name or address).
    new_people: list[tuple[str, str, int | None]] = field(default_factory=list)
    attachments: list[MailAttachment] = field(default_factory=list)
    save_attachments: bool = False


@dataclass
class EmailLogResult:
    meeting_id: int
    quick: QuickLogResult
    created_people: list[tuple[int, str]] = field(default_factory=list)
    stored: list[Path] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        lines = [f"Ny person opprettet: {name} (id {i})" for i, name in self.created_people]
        lines += self.quick.notes
        if self.stored:
            lines.append(f"{len(self.stored)} vedlegg lagret i {self.stored[0].parent}")
        return lines


# Names and addresses ----------------------------------------------------------------

def person_name(address: Address) -> str:
    """A person's name from a display name ("Nordmann, Kari" -> "Kari Nordmann") or, with
    none, from the address ("kari.nordmann@vfk.no" -> "Kari Nordmann")."""
    name = " ".join(address.name.strip().strip("'\"").split())
    if name and "@" not in name:
        if name.count(",") == 1:
            last, first = (part.strip() for part in name.split(","))
            if last and first:
                name = f"{first} {last}"
        return name[:MAX_TITLE]
    local = address.email.split("@", 1)[0]
    words = [w for w in re.split(r"[._\-+]+", local) if w and not w.isdigit()]
    return " ".join(w[:1].upper() + w[1:] for w in words)[:MAX_TITLE] or address.email


def _domain(email_address: str) -> str:
    return email_address.rsplit("@", 1)[-1].strip().strip(".").casefold()


def _host(website: str) -> str:
    host = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", website.strip(), flags=re.IGNORECASE).split("/", 1)[0]
    host = host.split("@")[-1].split(":")[0].strip(".").casefold()
    return host[4:] if host.startswith("www.") else host


def _matches_domain(domain: str, host: str) -> bool:
    return bool(host) and "." in host and (domain == host or domain.endswith("." + host))


def size_text(size: int) -> str:
    """"35 kB", "1,2 MB" (Norwegian number format)."""
    if size < 1024:
        return f"{size} byte"
    if size < 1024 * 1024:
        return f"{format_number(round(size / 1024))} kB"
    return f"{format_number(size / (1024 * 1024), decimals=1)} MB"


def attachments_line(attachments: list[MailAttachment]) -> str:
    return "Vedlegg: " + ", ".join(f"{a.name} ({size_text(a.size)})" for a in attachments) if attachments else ""


def _user_addresses(chosen: user_settings.Settings) -> set[str]:
    return {a.strip().casefold() for a in re.split(r"[,;\s]+", chosen.user_email) if "@" in a}


def _notes(message: MailMessage) -> str:
    header = []
    if message.sender:
        header.append(f"Fra: {message.sender.label()}")
    if message.to:
        header.append("Til: " + ", ".join(a.label() for a in message.to))
    if message.cc:
        header.append("Kopi: " + ", ".join(a.label() for a in message.cc))
    text = message.text
    if len(text) > MAX_NOTES:
        text = text[:MAX_NOTES].rstrip() + "\n… (teksten er forkortet; resten står i e-posten)"
    parts = ["\n".join(header), text, attachments_line(message.attachments)]
    return "\n\n".join(part for part in parts if part.strip())


# Use cases --------------------------------------------------------------------------

def propose_email(crm: Crm, message: MailMessage, *, source: Path | None = None,
                  user: user_settings.Settings | None = None, now: dt.datetime | None = None) -> EmailProposal:
    """The quick log an e-mail suggests (nothing is saved)."""
    chosen = user if user is not None else user_settings.load()
    own = _user_addresses(chosen)
    own_name = " ".join(chosen.user_name.split()).casefold()
    own_domains = {_domain(a) for a in own}
    people_index = PeopleIndex.load(crm)
    websites = [(int(r["id"]), r["name"], _host(r["website"] or "")) for r in crm.organisations.websites()]
    warnings = list(message.warnings)
    moment = message.date
    if moment is None:
        moment = (now or clock.now()).replace(second=0, microsecond=0)
        warnings.append("E-posten har ingen dato; kontakten er satt til nå.")
    proposal_people: list[PersonProposal] = []
    organisations: dict[int, OrganisationProposal] = {}
    roles = [("from", [message.sender] if message.sender else []), ("to", message.to), ("cc", message.cc)]
    seen: set[str] = set()
    for role, addresses in roles:
        for address in addresses:
            folded = address.email.casefold()
            if folded in seen or folded in own or _ROBOTS.match(folded.split("@", 1)[0]):
                continue
            seen.add(folded)
            if own_name and " ".join(address.name.split()).casefold() == own_name:
                continue
            domain = _domain(folded)
            domain_orgs = [] if domain in FREE_MAIL_DOMAINS or domain in own_domains else [
                (org_id, name) for org_id, name, host in websites if _matches_domain(domain, host)]
            for org_id, name in domain_orgs:
                organisations.setdefault(org_id, OrganisationProposal(org_id, name, f"e-postdomenet {domain}"))
            person_id = people_index.by_email(address.email)
            if person_id is not None:
                person = crm.people.get(person_id)
                proposal_people.append(PersonProposal(address, role, person.name, person_id, person.organisation_id))
                works_at = person.organisation_id
                if works_at is not None and works_at not in organisations and not _deleted(crm, works_at):
                    organisations[works_at] = OrganisationProposal(
                        works_at, crm.organisations.get(works_at).name, f"{person.name}s organisasjon")
            else:
                organisation_id = domain_orgs[0][0] if len(domain_orgs) == 1 else None
                proposal_people.append(PersonProposal(address, role, person_name(address), None, organisation_id))
    already = crm.meetings.find_by_message_id(message.key)
    if already is not None:
        warnings.append(f"Denne e-posten er allerede logget (kontakt {already}).")
    request = QuickLogRequest(
        title=(" ".join(message.subject.split()) or "E-post uten emne")[:MAX_TITLE],
        when=moment,
        kind=MeetingKind.EMAIL,
        organisations=[o.name for o in organisations.values()],
        known_organisations={o.name.casefold(): o.organisation_id for o in organisations.values()},
        people=[p.name for p in proposal_people],
        known_people={p.name.casefold(): p.person_id for p in proposal_people if p.person_id is not None},
        notes=_notes(message),
    )
    return EmailProposal(message, request, proposal_people, list(organisations.values()), already, warnings, source)


def _deleted(crm: Crm, org_id: int) -> bool:
    return crm.organisations.deleted_at(org_id) is not None


def log_email(crm: Crm, request: EmailLogRequest, *, now: dt.datetime | None = None) -> EmailLogResult:
    """Save the contact in one transaction: the new people with their addresses, the
    meeting (through quick_log.log_contact), its Message-ID and its attachments (copied
    into the attachments folder when asked). The same message twice is refused."""
    quick = request.quick
    stored: list[Path] = []
    with crm.write():
        earlier = crm.meetings.find_by_message_id(request.message_key)
        if earlier is not None:
            raise UserError(f"Denne e-posten er allerede logget (kontakt {earlier}); den ble ikke logget på nytt.")
        named = {n.strip().casefold() for n in quick.people if n.strip()}
        known = dict(quick.known_people)
        created: list[tuple[int, str]] = []
        for name, address, organisation_id in request.new_people:
            keys = {name.strip().casefold(), address.strip().casefold()}
            if not keys & named or any(k in known for k in keys):
                continue  # the user took them out, or chose an existing person
            existing = crm.people.find_by_email(address)
            if existing is not None and existing.id is not None:
                person_id = existing.id
            else:
                if organisation_id is not None and not crm.organisations.exists(organisation_id):
                    organisation_id = None
                person_id = crm.people.save_in_transaction(
                    Person(name=name, email=address, organisation_id=organisation_id))
                created.append((person_id, name))
            for key in keys:
                known[key] = person_id
        quick.known_people = known
        result = log_contact(crm, quick, now=now)
        crm.meetings.set_message_id(result.meeting_id, request.message_key)
        files: list[Attachment] = []
        relative: list[str | None] = [None] * len(request.attachments)
        if request.save_attachments and request.attachments:
            paths, stored = crm.attachments.store_files(
                request.message_key, request.message_day, [(a.name, a.data) for a in request.attachments])
            relative = list(paths)
        try:
            for item, stored_path in zip(request.attachments, relative, strict=True):
                files.append(Attachment(name=item.name[:500] or "vedlegg", size=item.size,
                                        sha256=digest(item.data), content_type=item.content_type[:200],
                                        stored_path=stored_path))
            crm.attachments.add_in_transaction(result.meeting_id, files)
        except BaseException:
            remove_files(stored)
            raise
    return EmailLogResult(result.meeting_id, result, created, stored)


def import_email_file(crm: Crm, path: Path | str, *, save_attachments: bool = False,
                      now: dt.datetime | None = None) -> EmailLogResult:
    """`btvcrm import FILE.eml|FILE.msg`: read, propose and save in one go. A message
    logged before is refused before anything is written; otherwise a copy of the data
    file is kept first, as for every import."""
    message = read_email_file(path)
    proposal = propose_email(crm, message, source=Path(path), now=now)
    if proposal.already_logged is not None:
        raise UserError(f"Denne e-posten er allerede logget (kontakt {proposal.already_logged}); "
                        "den ble ikke logget på nytt.")
    if crm.path is not None:
        from btvcrm.storage.backup import backup_before

        backup_before(crm.db.conn, crm.path, reason="import")
    return log_email(crm, proposal.log_request(save_attachments=save_attachments), now=now)
