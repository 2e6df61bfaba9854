"""argparse in Norwegian: "bruk:", "posisjonsargumenter", "valg", "vis denne
hjelpeteksten og avslutt" and the error messages.

argparse looks its strings up through the module globals `_` and `ngettext`
(gettext) when it builds a parser, prints help or reports an error. `norwegian()`
points them at the table below for as long as the CLI parses, and puts them
back afterwards, so nothing else in the process is affected. A string argparse
has that is not in the table stays English (a test scans every `--help`).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

MESSAGES = {
    "usage: ": "bruk: ",
    "positional arguments": "posisjonsargumenter",
    "options": "valg",
    "optional arguments": "valg",  # Python < 3.10
    "show this help message and exit": "vis denne hjelpeteksten og avslutt",
    "show program's version number and exit": "vis versjonsnummeret og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "one of the arguments %s is required": "ett av argumentene %s må være med",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "ignored explicit argument %r": "ignorerte verdien %r",
    "expected one argument": "mangler en verdi",
    "expected at most one argument": "tar høyst én verdi",
    "expected at least one argument": "trenger minst én verdi",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig valg: %(option)s kan bety %(matches)s",
    "unexpected option string: %s": "uventet valg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg en av %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ukjent kommando %(parser_name)r (velg en av %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan ikke åpne «%(filename)s»: %(error)s",
    "argument \"-\" with mode %r": "argumentet «-» med modus %r",
    "%(prog)s: error: ": "%(prog)s: feil: ",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("trenger %s verdi", "trenger %s verdier"),
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    nb_singular, nb_plural = PLURALS.get((singular, plural), (singular, plural))
    return nb_singular if count == 1 else nb_plural


@contextlib.contextmanager
def norwegian() -> Iterator[None]:
    """argparse speaks Norwegian inside this block (build the parser and parse in it)."""
    saved = argparse.__dict__.get("_"), argparse.__dict__.get("ngettext")
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the descriptions' line breaks (lists of fields and examples)."""


class Parser(argparse.ArgumentParser):
    """`add_argument_group` titles and the -h text come from the table above."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
