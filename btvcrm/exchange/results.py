"""What an import did: counts and Norwegian messages that name lines and records."""

from __future__ import annotations

from dataclasses import dataclass, field

from btvcrm.domain.errors import UserError


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    #: Norwegian sentences for the user: skipped records, salvaged values, notes.
    messages: list[str] = field(default_factory=list)
    #: Other records created on the way (e.g. organisations named by a contact).
    organisations_added: int = 0

    def counts(self) -> str:
        return f"{self.added} lagt til, {self.updated} oppdatert, {self.skipped} hoppet over"

    def summary(self, what: str = "") -> str:
        head = f"{what}: {self.counts()}." if what else f"{self.counts()}."
        if self.organisations_added:
            n = self.organisations_added
            head += f" {n} {'ny organisasjon' if n == 1 else 'nye organisasjoner'} opprettet."
        return "\n".join([head, *self.messages])


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
