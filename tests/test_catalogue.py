"""The one catalogue: in step with the sources, complete, consistent, read without Qt."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from btvcrm import i18n
from btvcrm.domain import enums
from btvcrm.domain.kinds import Kind
from btvcrm.i18n import Catalogue, arg
from btvcrm.reports import labels

ALL_TS = sorted(i18n.translations_dir().glob("*.ts"))
NB = i18n.catalogue("nb")
EN = i18n.catalogue("en")

needs_lupdate = pytest.mark.skipif(i18n.qt_tool("lupdate") is None, reason="PySide6's lupdate is missing")


# ---------------------------------------------------------------- %1 and %n


def test_arg_fills_placeholders_by_number() -> None:
    assert arg("Moved %1 to %2", "Kari", "Telemark") == "Moved Kari to Telemark"
    assert arg("%2 før %1", "a", "b") == "b før a"
    assert arg("%1 and %1", 7) == "7 and 7"
    assert arg("only %1, not %3", "x") == "only x, not %3"
    assert arg("no values %1") == "no values %1"
    assert arg("%10 ten", *range(1, 11)) == "10 ten"


@given(st.lists(st.text(max_size=12), min_size=1, max_size=4))
def test_arg_never_reads_a_value_twice(values: list[str]) -> None:
    """A value that itself contains '%2' stays as typed (user text is data)."""
    template = " | ".join(f"%{i}" for i in range(1, len(values) + 1))
    assert arg(template, *values) == " | ".join(values)


def test_upper_first_keeps_month_capitals() -> None:
    from btvcrm.domain.dates import format_date_long

    day = format_date_long(dt.date(2016, 6, 20), "en")
    assert day == "Monday 20 June 2016"
    assert i18n.upper_first(day) == day
    assert i18n.upper_first(format_date_long(dt.date(2016, 6, 20), "nb")) == "Mandag 20. juni 2016"
    assert i18n.upper_first("KS og NAV") == "KS og NAV"
    assert i18n.upper_first("") == ""


def test_plural_forms_follow_qt_rules() -> None:
    table = {("C", "%n follow-up(s)", ""): ("%n oppfølgingspunkt", "%n oppfølgingspunkter")}
    nb = Catalogue("nb", table)
    shown = [nb.translate("C", "%n follow-up(s)", "", n) for n in (0, 1, 2, 21)]
    assert shown == ["0 oppfølgingspunkter", "1 oppfølgingspunkt", "2 oppfølgingspunkter", "21 oppfølgingspunkter"]
    # not in the catalogue: the source, with %n filled in, as Qt does
    assert nb.translate("C", "%n other(s)", "", 3) == "3 other(s)"
    assert nb.lookup("C", "%n other(s)", "", 3) is None


def test_disambiguation_falls_back_like_qt() -> None:
    nb = Catalogue("nb", {("QFileDialog", "Folder", ""): ("Mappe",), ("C", "Open", "verb"): ("Åpne",)})
    assert nb.translate("QFileDialog", "Folder", "All other platforms") == "Mappe"
    assert nb.translate("C", "Open", "verb") == "Åpne"
    assert nb.translate("C", "Open") == "Open"


def test_reader_skips_unfinished_and_empty(tmp_path: Path) -> None:
    ts = tmp_path / "btvcrm_nb_x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context><name>C</name>
<message><source>Done</source><translation>Utført</translation></message>
<message><source>Todo</source><translation type="unfinished">Gjør</translation></message>
<message><source>Gone</source><translation type="vanished">Borte</translation></message>
<message><source>Empty</source><translation></translation></message>
<message numerus="yes"><source>%n item(s)</source><translation>
<numerusform>%n ting</numerusform><numerusform></numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    assert i18n.read_ts(ts) == {("C", "Done", ""): ("Utført",)}
    assert sorted(source for _c, source in i18n.unfinished(ts)) == ["%n item(s)", "Empty", "Todo"]


# ---------------------------------------------------------------- the files in git


@needs_lupdate
def test_catalogue_is_in_step_with_the_sources(tmp_path: Path) -> None:
    """`make ts` on a clean clone changes nothing: every marked string is in the .ts, no stale one."""
    for name, _flags in i18n.TS_TARGETS.values():
        shutil.copy(i18n.translations_dir() / name, tmp_path / name)
    for path in i18n.update_ts(tmp_path):
        committed = (i18n.translations_dir() / path.name).read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == committed, f"run `make ts`: {path.name} is out of step"


@pytest.mark.parametrize("path", ALL_TS, ids=lambda p: p.name)
def test_no_unfinished_messages(path: Path) -> None:
    missing = i18n.unfinished(path)
    assert not missing, f"{len(missing)} unfinished in {path.name}: {missing[:10]}"


def _messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            found.append((context.findtext("name") or "", message.findtext("source") or "", forms,
                          message.get("numerus") == "yes"))
    return found


@pytest.mark.parametrize("path", ALL_TS, ids=lambda p: p.name)
def test_translations_keep_placeholders_mnemonics_and_plural_forms(path: Path) -> None:
    problems = []
    for context, source, forms, numerus in _messages(path):
        if numerus and len(forms) != 2:
            problems.append((context, source, "needs two numerus forms (1 / other)"))
        for index, form in enumerate(forms):
            if i18n.placeholders(form) - {"%n"} != i18n.placeholders(source) - {"%n"}:
                problems.append((context, source, form))
            # the singular may say the number in words ("hver dag"), the plural must show it
            if numerus and index > 0 and "%n" not in form and "%n" in source:
                problems.append((context, source, form))
            if set(re.findall(r"\{\w+\}", form)) != set(re.findall(r"\{\w+\}", source)):
                problems.append((context, source, form))
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")) and not source.startswith("<"):
                problems.append((context, source, f"mnemonic: {form}"))
    assert not problems, problems[:10]


def test_no_message_is_translated_twice_differently() -> None:
    seen: dict[tuple[str, str, str], tuple[str, ...]] = {}
    clashes = []
    for path in i18n.ts_files("nb"):
        for key, forms in i18n.read_ts(path).items():
            if key in seen and seen[key] != forms:
                clashes.append((key, seen[key], forms))
            seen[key] = forms
    assert not clashes


# The glossary of docs/translation.md: one word each. Rejected words must not come back.
REJECTED = {
    "fullført": "utført",
    "nøkkelperson": "nøkkelkontakt",
    "leverandørutviklingsprogram": "leverandørutviklingsprosjektet",
    "innovasjonsprosjekt": "initiativ",
    "backup": "sikkerhetskopi",
    "epost": "e-post",
    "preferanse": "innstillinger",
    "hentet tilbake": "gjenopprettet",
    "henter det tilbake": "gjenoppretter",
    "dublett": "duplikat",
    "hente det tilbake": "gjenopprette",
}


def test_bokmal_follows_the_glossary() -> None:
    offenders = []
    for path in i18n.ts_files("nb"):
        for (context, source, _c), forms in i18n.read_ts(path).items():
            for form in forms:
                for word, instead in REJECTED.items():
                    if word in form.casefold():
                        offenders.append(f"[{context}] {source!r} -> {form!r}: say «{instead}»")
    assert not offenders, offenders


def test_glossary_is_documented() -> None:
    doc = (i18n.source_root().parent / "docs" / "translation.md").read_text(encoding="utf-8").casefold()
    for word, instead in REJECTED.items():
        assert word in doc and instead in doc, word


# ---------------------------------------------------------------- the Qt-free users


def test_every_enum_label_has_bokmal() -> None:
    missing = []
    for name in dir(enums):
        cls = getattr(enums, name)
        if isinstance(cls, type) and issubclass(cls, enums.LabelledEnum) and cls is not enums.LabelledEnum:
            for member in cls:
                if NB.lookup(cls.__name__, member.en) is None:  # type: ignore[attr-defined]
                    missing.append(f"{cls.__name__}.{member.name}")
    assert not missing


def test_enum_labels_in_both_languages() -> None:
    assert enums.AnchoringStage.CO_OWNER.label("nb") == "medeier"
    assert enums.AnchoringStage.CO_OWNER.label("en") == "co-owner"
    assert enums.FollowUpStatus.DONE.nb == "utført"
    # the same English word in two vocabularies keeps two Norwegian words
    assert enums.InitiativePhase.CONTRACT.label("nb") == "kontrakt"
    assert enums.LegalBasis.CONTRACT.label("nb") == "avtale"
    assert enums.OrganisationKind.parse("Leverandør") is enums.OrganisationKind.SUPPLIER
    assert enums.OrganisationKind.parse("health trust") is enums.OrganisationKind.HEALTH_TRUST


def test_kind_nouns_in_both_languages() -> None:
    for kind in Kind:
        for plural in (False, True):
            english = kind.label("en", plural=plural)
            assert NB.lookup("Kind", english) is not None, english
    assert Kind.FOLLOW_UP.label("nb", plural=True) == "oppfølgingspunkter"
    assert Kind.PERSON.label("en", plural=True) == "people"
    assert Kind.parse("Læringspunkter") is Kind.LESSON


def test_every_report_label_has_bokmal() -> None:
    for key, source in labels._LABELS.items():
        assert NB.lookup("Reports", source) is not None, key
    assert labels.label("page_x_of_y", "nb", page=2, pages=5) == "Side 2 av 5"
    assert labels.label("page_x_of_y", "en", page=2, pages=5) == "Page 2 of 5"
    assert labels.label("learned_in", "nb", county="Vestfold") == "Lært i Vestfold"
    assert labels.label("more", "nb", n=1) == "… og 1 til"
    assert labels.label("more", "en", n=3) == "… and 3 more"


def test_english_plurals_are_complete() -> None:
    """btvcrm_en.ts holds exactly the %n messages, with an English singular and plural."""
    english = {key for path in i18n.ts_files("en") for key in i18n.read_ts(path)}
    bokmal_plural = {
        (context, source, "")
        for path in i18n.ts_files("nb")
        for context, source, _forms, numerus in _messages(path)
        if numerus
    }
    assert bokmal_plural <= english
    assert len(EN) == len(english)


def test_each_language_is_read_once() -> None:
    assert i18n.catalogue("nb") is i18n.catalogue("nb_NO") is NB
    assert i18n.catalogue("en_GB") is EN
    assert i18n.normalize_lang(None) == "nb"


def test_compile_writes_qm_files_for_qt(tmp_path: Path) -> None:
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("PySide6's lrelease is missing")
    built = i18n.compile_all(tmp_path, force=True)
    assert sorted(p.name for p in built) == ["btvcrm_en.qm", "btvcrm_nb.qm"]
    assert all(p.stat().st_size > 0 for p in built)
    assert not i18n.qm_is_stale("nb", tmp_path)
    assert i18n.compile_all(tmp_path) == []  # nothing stale: nothing done
