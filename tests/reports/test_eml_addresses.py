"""Address headers of the e-mail drafts: every address survives any name.

The drafts' To/Bcc/From are folded by `reports.eml.address_header`: the comma between
two addresses is never inside an encoded word (Python's own folder put it there now and
then, and readers then saw one address fewer), every encoded word is at most 75
characters and every line at most 78. Read back with Python's modern parser
(`policy=default`, what the tester used) and with a strict RFC 2047 decoder."""

from __future__ import annotations

import email
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.reports.eml import address_header, build_eml_draft, header_text

# Names as hostile as they come: æøå, quotes, commas, angle brackets, "=?", long.
ANY_NAME = st.text(
    alphabet=st.one_of(st.sampled_from(list("abcæøåÆØÅ ,\"'.-()<>@;:\\=?_")),
                       st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"])),
    max_size=200)
NORWEGIAN = ["Bjørn", "Gro", "Åse", "Øystein", "Kari", "Per", "Jon-Åge", "Ståle", "Ødegård", "Løvås", "Kjærnes",
             "Sæther", "Strøm", "Beta", "Gamma", "Hansen,", "«Pelle»", '"Pelle"', "(innkjøp)", "Jr.", "O'Brien",
             "Müller", "Ånæs-Øvrebø", "AS", "IKT-drift", "Åsgårdstrand"]
NORWEGIAN_NAME = st.lists(st.sampled_from(NORWEGIAN), max_size=4).map(" ".join)


def _draft(names: list[str], *, bcc: bool = False) -> bytes:
    message = build_eml_draft(subject="Invitasjon: Dialogkonferanse Telemark", body="Hei",
                              recipients=[(name, f"p{i}@example.no") for i, name in enumerate(names)],
                              sender=("Cecilie Møller Endresen", "cecilie@example.no"))
    if bcc:  # as the dialogue's drafts do
        to = message["To"]
        del message["To"]
        message["Bcc"] = to
    return message.as_bytes()


def _head(raw: bytes) -> list[str]:
    return raw.decode("ascii").split("\n\n", 1)[0].splitlines()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANY_NAME, min_size=1, max_size=8), st.booleans())
def test_every_address_survives_any_name(names: list[str], bcc: bool) -> None:
    raw = _draft(names, bcc=bcc)
    field = "Bcc" if bcc else "To"
    modern = email.message_from_bytes(raw, policy=policy.default)
    assert [a.addr_spec for a in modern[field].addresses] == [f"p{i}@example.no" for i in range(len(names))]
    classic: Message = email.message_from_bytes(raw)
    strict = [(str(make_header(decode_header(name))) if name else "", address)
              for name, address in getaddresses([str(classic[field])])]
    assert strict == [(header_text(name), f"p{i}@example.no") for i, name in enumerate(names)]
    head = _head(raw)
    assert all(len(line) <= 78 for line in head), max(head, key=len)
    words = [w for line in head for w in line.split() if w.startswith("=?")]
    assert all(len(w.rstrip(",")) <= 75 for w in words)


@settings(max_examples=100, deadline=None)
@given(st.lists(NORWEGIAN_NAME, min_size=1, max_size=12))
def test_norwegian_names_read_back_exactly(names: list[str]) -> None:
    """Exactly in Python's parser too while each run of words with æøå fits one encoded
    word (names of one or two words always do). A longer run is split in several encoded
    words, the space inside them as RFC 2047 says; Python's parser (3.11) then adds a space
    between the words, which mail programs do not: only the spacing may differ there."""
    modern = email.message_from_bytes(_draft(names), policy=policy.default)
    read = [(a.display_name, a.addr_spec) for a in modern["To"].addresses]
    assert [address for _, address in read] == [f"p{i}@example.no" for i in range(len(names))]
    for (shown, _), name in zip(read, names, strict=True):
        wanted = header_text(name)
        if len(wanted.split()) <= 2:
            assert shown == wanted
        else:
            assert shown.replace(" ", "") == wanted.replace(" ", "")
    assert [(a.display_name, a.addr_spec) for a in modern["From"].addresses] == [
        ("Cecilie Møller Endresen", "cecilie@example.no")]


def test_the_testers_three_suppliers_are_three_recipients() -> None:
    names = ["Bjørn Beta", "Gro Gamma", "Dag Døskeland", "Åse Ålesund Aksjeselskap"]
    raw = _draft(names, bcc=True)
    modern = email.message_from_bytes(raw, policy=policy.default)
    assert [a.display_name for a in modern["Bcc"].addresses] == names
    assert b"=?utf-8?q?=2C" not in raw.lower() and b"=2c?=" not in raw.lower()  # no comma inside a word


def test_unusable_and_repeated_addresses_are_left_out() -> None:
    value = address_header([("Åse", "ase@example.no"), ("Åse igjen", "ASE@example.no"), ("Bjørn", "bjørn@beta.no"),
                            ("Ond", "a@b.no>\r\nBcc: x@evil.example"), ("Ingen", "")])
    assert value is not None and value.count("@") == 1 and "\r" not in value
    assert address_header([("Ingen", ""), ("Bjørn", "bjørn@beta.no")]) is None
