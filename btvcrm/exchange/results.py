"""What an import did: counts and Norwegian messages that name lines and records;
possible duplicates for the user to decide; progress reports for long imports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from btvcrm.domain.errors import UserError
from btvcrm.exchange.records import ContactRecord

#: ``progress(done, total)``: how many records are done, of how many (None: not known yet).
Progress = Callable[[int, "int | None"], None]

#: At most this many message lines in a summary; the rest are counted.
SUMMARY_LINES = 40


@dataclass
class PossibleDuplicate:
    """An imported record that matched a person only on phone or name (or with
    another e-mail): not merged; the app shows both side by side."""

    where: str  # "Linje 12 (Per Hansen)"
    record: ContactRecord
    existing_id: int
    existing_name: str
    reason: str  # "samme telefon", "samme navn, men ulik e-post", ...
    added_id: int | None = None  # the person created for the record (None: skipped)

    def message(self) -> str:
        outcome = "lagt til som ny person" if self.added_id is not None else "hoppet over"
        return (f"{self.where}: mulig duplikat av {self.existing_name} "
                f"(id {self.existing_id}, {self.reason}) – {outcome}")


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    #: Norwegian sentences for the user: skipped records, salvaged values, notes.
    messages: list[str] = field(default_factory=list)
    #: Other records created on the way (e.g. organisations named by a contact).
    organisations_added: int = 0
    organisations_updated: int = 0
    #: Records kept apart from a person they may duplicate (see duplicates.py).
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)
    #: Follow-ups (VTODO) imported from a calendar file.
    follow_ups_added: int = 0
    follow_ups_updated: int = 0

    def counts(self) -> str:
        return f"{self.added} lagt til, {self.updated} oppdatert, {self.skipped} hoppet over"

    def summary(self, what: str = "") -> str:
        head = f"{what}: {self.counts()}." if what else f"{self.counts()}."
        if self.organisations_added:
            n = self.organisations_added
            head += f" {n} {'ny organisasjon' if n == 1 else 'nye organisasjoner'} opprettet."
        if self.organisations_updated:
            n = self.organisations_updated
            head += f" {n} {'organisasjon' if n == 1 else 'organisasjoner'} oppdatert."
        if self.follow_ups_added or self.follow_ups_updated:
            head += (f" Oppfølgingspunkter: {self.follow_ups_added} lagt til, "
                     f"{self.follow_ups_updated} oppdatert.")
        if self.possible_duplicates:
            n = len(self.possible_duplicates)
            head += f" {n} {'mulig duplikat' if n == 1 else 'mulige duplikater'} (se under)."
        lines = [*(d.message() for d in self.possible_duplicates), *self.messages]
        shown = lines[:SUMMARY_LINES]
        if len(lines) > len(shown):
            shown.append(f"… og {len(lines) - len(shown)} merknader til.")
        return "\n".join([head, *shown])


class ImportAborted(UserError):
    """The import found errors and saved nothing; ``errors`` name the lines."""

    def __init__(self, errors: list[str], *, hint: str = "") -> None:
        self.errors = errors
        shown = errors[:20]
        more = len(errors) - len(shown)
        lines = ["Importen ble avbrutt, og ingenting ble lagret:", *shown]
        if more > 0:
            lines.append(f"… og {more} feil til.")
        if hint:
            lines.append(hint)
        super().__init__("\n".join(lines))


SKIP_HINT = "Rett filen, eller importer resten med --skip-invalid (hopper over linjene med feil)."


class Ticker:
    """Calls ``progress`` now and then (every `step` records), never per record."""

    def __init__(self, progress: Progress | None, total: int | None, step: int = 200) -> None:
        self.progress = progress
        self.total = total
        self.step = max(1, step)
        self.done = 0
        if progress is not None:
            progress(0, total)

    def tick(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if self.progress is not None and self.done // self.step != before // self.step:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total if self.total is not None else self.done)
