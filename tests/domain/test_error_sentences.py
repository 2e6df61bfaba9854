"""Error sentences are marked English with a Bokmål translation: `str()` is the Bokmål the
command line has always printed, `text("en")` the English the app shows."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import btvcrm
from btvcrm.domain import validation
from btvcrm.domain.errors import ByLang, NotFoundError, UserError, ValidationError
from btvcrm.domain.field_labels import FIELD_LABELS
from btvcrm.i18n import catalogue

SOURCE = Path(btvcrm.__file__).parent

# The modules whose errors a user meets in the app's forms: every sentence they raise is marked.
CONVERTED = [
    "domain/validation.py", "domain/exemption.py",
    "storage/organisations.py", "storage/people.py", "storage/counties.py", "storage/meetings.py",
    "storage/initiatives.py", "storage/follow_ups.py", "storage/repo_base.py", "storage/list_query.py",
    "services/records.py", "services/meetings.py", "services/anchoring.py", "services/quick_log.py",
]
RAISED = {"UserError": 0, "NotFoundError": 0, "ValidationError": 1}  # where the sentence is


def _marked(context: str) -> list[tuple[str, str]]:
    """(file, source) of every QT_TRANSLATE_NOOP(context, "…") in btvcrm/."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == context):
                found.append((path.relative_to(SOURCE).as_posix(), node.args[1].value))  # type: ignore[attr-defined]
    return found


ERROR_SOURCES = sorted({source for _where, source in _marked("Errors")})


def test_every_marked_error_sentence_and_field_label_has_a_bokmal_translation() -> None:
    nb = catalogue("nb")
    assert len(ERROR_SOURCES) > 60  # the walk finds the converted sites
    missing = [(where, s) for where, s in _marked("Errors") if not nb.lookup("Errors", s)]
    assert not missing
    untranslated = [s for s in ERROR_SOURCES if nb.lookup("Errors", s) == s]
    assert not untranslated  # a Bokmål sentence is never the English one
    assert not [s for s in FIELD_LABELS.values() if not nb.lookup("FieldLabel", s)]


@pytest.mark.parametrize("module", CONVERTED)
def test_the_converted_modules_raise_no_literal_sentence(module: str) -> None:
    """A literal or an f-string would be Norwegian in the English app: mark it instead."""
    literal = []
    for node in ast.walk(ast.parse((SOURCE / module).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RAISED:
            index = RAISED[node.func.id]
            message = node.args[index] if len(node.args) > index else None
            if isinstance(message, ast.Constant | ast.JoinedStr):
                literal.append(f"{module}:{node.lineno}")
    assert not literal


@pytest.mark.parametrize(("raise_it", "bokmal", "english"), [
    (lambda: validation.clean_orgnr("974760674"),
     "Feltet «organisasjonsnummer»: «974760674» er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke)",
     "Field “organisation number”: “974760674” is not a valid organisation number (the check digit is wrong)"),
    (lambda: validation.clean_email("kari@"),
     "Feltet «e-post»: «kari@» er ikke en gyldig e-postadresse",
     "Field “e-mail”: “kari@” is not a valid e-mail address"),
    (lambda: validation.clean_text("", "due_date", required=True),
     "Feltet «frist»: må fylles ut", "Field “due date”: must be filled in"),
    (lambda: validation.clean_rrule("FREQ=WEEKLY\nDTSTART=1"),
     "Feltet «gjentakelse»: skriv regelen på én linje, uten DTSTART (f.eks. FREQ=WEEKLY;INTERVAL=2)",
     "Field “repeats”: write the rule on one line, without DTSTART (e.g. FREQ=WEEKLY;INTERVAL=2)"),
    (lambda: validation.clean_rrule("FREQ=DAILY;BYHOUR=24"),
     "Feltet «gjentakelse»: BYHOUR må være tall fra 0 til 23, ikke «24»",
     "Field “repeats”: BYHOUR must be numbers from 0 to 23, not “24”"),
])
def test_str_is_the_unchanged_bokmal_and_text_en_is_english(raise_it: object, bokmal: str, english: str) -> None:
    with pytest.raises(ValidationError) as caught:
        raise_it()  # type: ignore[operator]
    assert str(caught.value) == bokmal == caught.value.text("nb")
    assert caught.value.text("en") == english


def test_a_storage_error_that_names_a_kind_says_it_in_either_language() -> None:
    from btvcrm.storage.crm import Crm

    with Crm.open(None) as crm:
        with pytest.raises(NotFoundError) as caught:
            crm.meetings.get(99)
        assert str(caught.value) == "Fant ikke noe møte med id 99."
        assert caught.value.text("en") == "Found no meeting with id 99."
        with pytest.raises(ValidationError) as linked:
            crm.counties.require("people", 123, "person_id", "person")
        assert str(linked.value) == "Feltet «person»: finner ingen person med id 123"
        assert linked.value.text("en") == "Field “person”: there is no person with id 123"


def test_an_error_raised_the_old_way_stays_as_it_is() -> None:
    error = UserError("Noe gikk galt.")
    assert str(error) == error.text("en") == error.text("nb") == "Noe gikk galt."
    old = ValidationError("due_date", "må fylles ut")
    assert str(old) == "Feltet «frist»: må fylles ut" and old.message == "må fylles ut"
    assert old.text("en") == "Field “due date”: må fylles ut"  # the label is English, the literal is not


def test_an_error_inside_another_is_said_in_the_same_language() -> None:
    from btvcrm.domain import dates

    with pytest.raises(dates.DateParseError) as caught:
        dates.parse_due_date("blåmandag", today=dt.date(2016, 6, 15))
    inner = caught.value
    outer = UserError("The follow-up “%1”: %2", "Ring Kari", inner)  # as services.meetings raises it
    assert str(outer) == f"Oppfølgingspunktet «Ring Kari»: {inner.message_for('nb')}"
    assert outer.text("en") == f"The follow-up “Ring Kari”: {inner.message_for('en')}"
    wrapped = UserError(outer)
    assert wrapped.text("en") == outer.text("en") and str(wrapped) == str(outer)
    in_file = ValidationError("rrule", "x").in_record("follow_ups nr. 3")
    assert in_file.text("en") == "follow_ups nr. 3, field “rrule” (repeats): x"
    assert str(in_file) == "follow_ups nr. 3, feltet «rrule» (gjentakelse): x"


def test_a_value_is_read_once_even_when_it_looks_like_a_placeholder() -> None:
    error = ValidationError("email", "“%1” is not a valid e-mail address", "%1%2")
    assert str(error) == "Feltet «e-post»: «%1%2» er ikke en gyldig e-postadresse"


values = st.one_of(st.text(max_size=30), st.integers(), st.just(ByLang(lambda lang: lang * 2)))


@given(source=st.sampled_from(ERROR_SOURCES), field=st.sampled_from([*FIELD_LABELS, "no_such_field"]),
       given_values=st.lists(values, max_size=4), lang=st.sampled_from(["nb", "en", "en_GB", "", "de"]),
       record=st.one_of(st.none(), st.text(min_size=1, max_size=20)))
def test_text_never_raises_and_is_never_empty(source: str, field: str, given_values: list[object], lang: str,
                                              record: str | None) -> None:
    error = ValidationError(field, source, *given_values, record=record)
    assert error.text(lang) and str(error)
    plain = UserError(source, *given_values)
    assert plain.text(lang) and str(plain)


@given(literal=st.text(min_size=1, max_size=60), lang=st.sampled_from(["nb", "en"]))
def test_an_old_literal_is_shown_as_it_is_in_both_languages(literal: str, lang: str) -> None:
    assert UserError(literal).text(lang) == literal == str(UserError(literal))
