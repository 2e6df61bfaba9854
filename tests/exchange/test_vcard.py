"""vCard import/export: every sample parses, with known values; write -> parse round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from btvcrm.exchange.records import ContactRecord, ImportFileError
from btvcrm.exchange.vcard import parse_vcards, write_vcards

LOCAL_SAMPLES = Path(__file__).parent / "samples"


def sample(name: str) -> bytes:
    return (LOCAL_SAMPLES / name).read_bytes()  # the copies in the repository: a clone runs every test


VCF_FILES = sorted(p.name for p in LOCAL_SAMPLES.glob("*.vcf"))


def test_samples_are_present() -> None:
    assert set(VCF_FILES) == set(EXPECTED)


#: (contacts, organisation cards, cards skipped with a reason) per sample.
EXPECTED = {
    "vcard21_android_utf8_qp.vcf": (6, 0, 0),
    "vcard21_outlook2003.vcf": (1, 0, 0),
    "vcard21_outlook2007.vcf": (1, 0, 0),
    "vcard21_xing_export.vcf": (1, 0, 0),
    "vcard30_apple_addressbook_group.vcf": (0, 0, 1),  # a group, not a person: the only skip
    "vcard30_apple_ios5_iphone.vcf": (1, 0, 0),
    "vcard30_apple_macos_addressbook.vcf": (1, 0, 0),
    "vcard30_apple_style_nonascii.vcf": (1, 0, 0),
    "vcard30_google_contacts_folded.vcf": (1, 0, 0),
    "vcard30_google_contacts_many_fields.vcf": (1, 0, 0),
    "vcard40_fullcontact.vcf": (1, 0, 0),
    "vcard40_thunderbird_export.vcf": (2, 0, 0),
}


@pytest.mark.parametrize("name", VCF_FILES)
def test_every_sample_parses(name: str) -> None:
    result = parse_vcards(sample(name))
    assert (len(result.contacts), len(result.organisations), len(result.skipped)) == EXPECTED[name]
    if name == "vcard30_apple_addressbook_group.vcf":
        assert result.skipped == ["Kort 1 (linje 1) er en gruppe (Apple), ikke en person – hoppet over"]
    for contact in result.contacts:
        assert contact.name
        assert contact.source_line is not None and contact.source_line >= 1
        assert "\r" not in contact.notes
    assert all(n.endswith("btvcrm lagrer ikke bilder.") for n in result.notices)  # photos only


def test_outlook2007_qp_note_and_21_params() -> None:
    [c] = parse_vcards(sample("vcard21_outlook2007.vcf")).contacts
    assert c.name == "Mr. Michael Angstadt Jr."
    assert (c.given_name, c.family_name) == ("Michael", "Angstadt")
    assert c.organisation == "TheCompany"
    assert c.title == "TheJobTitle"
    assert c.emails == ["mike.angstadt@gmail.com"]
    assert c.phones == ["(111) 555-1111", "(111) 555-2222", "(111) 555-4444"]  # no fax
    assert c.notes == (
        "This is the NOTE field\t\n"
        "I assume it encodes this text inside a NOTE vCard type.\n"
        "But I'm not sure because there's text formatting going on here.\n"
        "It does not preserve the formatting"
    )


def test_outlook2003_soft_break_inside_crlf_pair() -> None:
    [c] = parse_vcards(sample("vcard21_outlook2003.vcf")).contacts
    assert c.name == "John Doe III"
    assert c.organisation == "Company, The"
    assert c.title == "The Job Title"
    assert c.emails == ["jdoe@hotmail.com"]
    assert c.phones == ["BusinessPhone", "HomePhone", "MobilePhone"]
    assert c.notes == "This is the note field!!\nSecond line\n\nThird line is empty"


def test_android_qp_utf8_and_cards_without_name() -> None:
    result = parse_vcards(sample("vcard21_android_utf8_qp.vcf"))
    assert result.skipped == []
    names = [c.name for c in result.contacts]
    assert len(names) == 6
    assert names[:2] == ["john.doe@company.com", "jane.doe@company.com"]  # no N/FN: e-mail
    assert names[2] == "Ñ Ñ Ñ Ñ Ñ"
    assert names[3] == " ".join(["Ñ"] * 11)  # soft break split across lines
    bob = result.contacts[4]
    assert bob.given_name == "Ñ Ñ Ñ" and bob.family_name == "Ñ Ñ"
    assert bob.emails[0] == "bob@company.com"
    assert bob.organisation == "Ñ" * 12  # first ORG of two
    assert bob.phones == ["123456", "123456"]  # the fax is left out
    henry = result.contacts[5]
    assert henry.emails == ["henry@company.com"]
    assert henry.phones == ["55556666"]
    assert henry.organisation == "Ñ" * 44
    assert result.contacts[3].notes.startswith("Ñ Ñ")


def test_xing_iso_8859_1() -> None:
    [c] = parse_vcards(sample("vcard21_xing_export.vcf")).contacts
    assert c.name == "Hans-Peter Mustermann"
    assert (c.given_name, c.family_name) == ("Hans-Peter", "Mustermann")
    assert (c.organisation, c.title) == ("Example GmbH", "CTO")
    assert c.uid == "XING-UID-XXXXXXXX"
    assert c.notes.startswith("17.02.2016, 19:18 - XING - http://www.xing.com/profile/")


def test_apple_group_is_skipped() -> None:
    result = parse_vcards(sample("vcard30_apple_addressbook_group.vcf"))
    assert result.contacts == []
    assert result.skipped == ["Kort 1 (linje 1) er en gruppe (Apple), ikke en person – hoppet over"]


def test_kind_group_40_is_skipped() -> None:
    data = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Styret\r\nEND:VCARD\r\n"
    result = parse_vcards(data)
    assert result.contacts == [] and "gruppe" in result.skipped[0]


def test_ios5_cr_cr_lf_and_photo() -> None:
    [c] = parse_vcards(sample("vcard30_apple_ios5_iphone.vcf")).contacts
    assert c.name == "Mr. John Richter James Doe Sr."
    assert (c.given_name, c.family_name) == ("John", "Doe")
    assert (c.organisation, c.title) == ("IBM", "Money Counter")
    assert c.emails == ["john.doe@ibm.com"]
    assert c.phones == [
        "905-555-1234",
        "905-666-1234",
        "905-777-1234",
        "905-111-1234",
        "905-222-1234",
    ]


def test_macos_mixed_line_endings() -> None:
    [c] = parse_vcards(sample("vcard30_apple_macos_addressbook.vcf")).contacts
    assert c.name == "Mr. John Richter,James Doe Sr."
    assert c.emails == ["john.doe@ibm.com"]
    assert c.phones[0] == "905-777-1234"  # type=pref first
    assert c.notes.endswith("POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue")
    assert '"AS IS"' in c.notes


def test_apple_style_non_ascii() -> None:
    [c] = parse_vcards(sample("vcard30_apple_style_nonascii.vcf")).contacts
    # The file holds U+015A (S with acute), not S with caron
    assert c.name == "HiAscii \u015auteri"
    assert c.family_name == "\u015auteri"
    assert c.emails == ["hiascii@example.com"]
    assert c.phones == ["33-1-12345678", "33-6-12345678"]
    assert c.uid == "44EE78BF-8814-4471-899C-92280CEFB098:ABPerson"


def test_google_folded_note_with_escapes() -> None:
    [c] = parse_vcards(sample("vcard30_google_contacts_folded.vcf")).contacts
    assert c.name == "Mr. John Richter, James Doe Sr."
    assert c.emails == ["john.doe@ibm.com"]
    assert c.phones == ["905-555-1234", "905-666-1234"]
    assert c.notes.startswith(
        'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"'
    )
    assert "LIMITED TO, THE IMPLIED" in c.notes  # fold in the middle of "LIMITED"
    assert "SERVICES; LOSS OF USE" in c.notes


def test_google_many_fields_groups() -> None:
    [c] = parse_vcards(sample("vcard30_google_contacts_many_fields.vcf")).contacts
    assert c.name == "VCard Test"
    assert len(c.emails) == 5 and "customcategory@example.com" in c.emails
    assert len(c.phones) == 9  # 11 TEL minus 2 fax
    assert (c.organisation, c.title) == ("TheCompany", "TheJobTitle")
    assert c.notes == "note line 1\nnote line 2\nCustomField: field value"


def test_fullcontact_40_first_org_and_title() -> None:
    [c] = parse_vcards(sample("vcard40_fullcontact.vcf")).contacts
    assert c.name == "Prefix FirstName MiddleName LastName Suffix"
    assert (c.organisation, c.title) == ("Organization1", "Title1")
    assert c.emails[0] == "home@example.com" and len(c.emails) == 5
    assert len(c.phones) == 7
    assert c.notes == "Notes line 1\nNotes line 2"


def test_thunderbird_40_bare_cr_does_not_split() -> None:
    result = parse_vcards(sample("vcard40_thunderbird_export.vcf"))
    one, two = result.contacts
    assert one.uid == "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
    assert two.name == "contact number two"
    assert two.title == '"worker"'
    assert two.notes == "here's some unicode text\u2026"
    assert two.uid == "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy"  # after the bare-CR line
    assert two.source_line == 8


def test_norwegian_letters_in_21_charsets() -> None:
    latin1 = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Østby;Åse\r\n"
        "ORG;CHARSET=ISO-8859-1:Bjørnstad & Sønn\r\nEND:VCARD\r\n"
    ).encode("latin-1")
    qp = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85se =C3=98=\n"
        b"stby\nNOTE;QUOTED-PRINTABLE;CHARSET=ISO-8859-1:bl=E5 b=E6r=0D=0Agr=F8nn\nEND:VCARD\n"
    )
    lying = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Kåre Æsøy\r\nEND:VCARD\r\n".encode()
    )
    [a] = parse_vcards(latin1).contacts
    assert (a.name, a.organisation) == ("Åse Østby", "Bjørnstad & Sønn")
    [b] = parse_vcards(qp).contacts
    assert (b.name, b.notes) == ("Åse Østby", "blå bær\ngrønn")
    [c] = parse_vcards(lying).contacts
    assert c.name == "Kåre Æsøy"


def test_tab_folding_and_cr_only_file() -> None:
    data = "BEGIN:VCARD\rVERSION:3.0\rFN:Ola\r\t Nordmann\rEMAIL:ola@\r example.no\rEND:VCARD\r"
    [c] = parse_vcards(data.encode()).contacts
    assert c.name == "Ola Nordmann"
    assert c.emails == ["ola@example.no"]


def test_fallback_to_org_and_missing_everything() -> None:
    data = (
        "BEGIN:VCARD\nVERSION:3.0\nORG:Vestre Viken HF;Innkjøp\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nNOTE:bare et notat\nEND:VCARD\n"
    )
    result = parse_vcards(data)
    assert [c.name for c in result.contacts] == ["Vestre Viken HF"]
    assert result.skipped == [
        "Kort 2 (linje 5) har verken navn, organisasjon eller e-post – hoppet over"
    ]


def test_not_a_vcard_raises_norwegian_error() -> None:
    with pytest.raises(ImportFileError, match="ingen kontaktkort"):
        parse_vcards(b"Navn;E-post\r\nOla;ola@example.no\r\n")


# ----------------------------------------------------------------------------- writing


def _norwegian_contact() -> ContactRecord:
    return ContactRecord(
        name="Åse Bjørnstad-Ødegård",
        given_name="Åse",
        family_name="Bjørnstad-Ødegård",
        organisation="Telemark fylkeskommune; innkjøp, \\avd\\",
        title="Innkjøpssjef",
        emails=["ase@example.no", "ase.privat@example.com"],
        phones=["+47 912 34 567", "35 91 70 00"],
        notes="Linje 1\nLinje 2: «æøå»; med komma, og \\n bokstavelig. " + "ø" * 80,
        uid="urn:uuid:6a1f1f0e-0000-4000-8000-000000000001",
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_write_then_parse_round_trip(version: str) -> None:
    contacts = [_norwegian_contact(), ContactRecord(name="Ola", emails=["ola@example.no"])]
    text = write_vcards(contacts, version=version)
    assert f"VERSION:{version}\r\n" in text
    assert parse_vcards(text).contacts == contacts
    assert parse_vcards(text.encode("utf-8")).contacts == contacts


def test_written_lines_are_folded_at_75_octets_on_char_boundaries() -> None:
    data = write_vcards([_norwegian_contact()]).encode("utf-8")
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # no UTF-8 sequence split between lines
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_write_escapes() -> None:
    text = write_vcards([ContactRecord(name="a;b,c\\d\ne")])
    assert "FN:a\\;b\\,c\\\\d\\ne\r\n" in text


_text = st.text(st.characters(codec="utf-8"), max_size=120)


def _normalise(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


@settings(max_examples=200, deadline=None)
@given(
    name=_text.filter(lambda s: _normalise(s) != ""),
    notes=_text,
    org=_text,
    family=_text,
    version=st.sampled_from(["3.0", "4.0"]),
)
def test_text_survives_write_then_parse(
    name: str, notes: str, org: str, family: str, version: str
) -> None:
    contact = ContactRecord(name=name, family_name=family, organisation=org, notes=notes, uid="u-1")
    [parsed] = parse_vcards(write_vcards([contact], version=version)).contacts
    assert parsed.name == _normalise(name)
    assert parsed.notes == _normalise(notes)
    assert parsed.organisation == _normalise(org)
    assert parsed.family_name == _normalise(family)
