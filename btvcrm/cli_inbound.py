"""`btvcrm import` for e-mails and Enhetsregisteret's files (issue 15): the options, and
the two commands behind them. cli.py registers the options and hands these files over;
the work is services.email_contacts and services.register_import.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

Opener = Callable[[argparse.Namespace], "Crm"]


def add_import_options(importer: argparse.ArgumentParser) -> None:
    importer.add_argument("--save-attachments", action="store_true",
                          help="e-post: kopier vedleggene til vedleggsmappen ved siden av datafilen "
                               "(ellers listes de bare med navn og størrelse)")
    importer.add_argument("--county", action="append", default=[], metavar="NAVN",
                          help="Enhetsregisteret: bare enheter i dette fylket (etter kommunenummeret; "
                               "kan gjentas; standard: fylkene i datafilen)")
    importer.add_argument("--form", action="append", default=[], metavar="KODE",
                          help="Enhetsregisteret: bare denne organisasjonsformen, f.eks. KOMM, FYLK, STAT, "
                               "ORGL, AS (kan gjentas)")
    importer.add_argument("--sector", action="append", default=[], metavar="KODE",
                          help="Enhetsregisteret: bare denne sektorkoden, f.eks. 6500 (kan gjentas)")
    importer.add_argument("--add-new", action="store_true",
                          help="Enhetsregisteret: legg også til enheter som ikke finnes i datafilen "
                               "(ellers fylles bare de som finnes fra før ut)")


def import_email(args: argparse.Namespace, open_crm: Opener) -> int:
    """Save the e-mail as a contact at once; the new contact's id on stdout."""
    from btvcrm.services.email_contacts import import_email_file

    with open_crm(args) as crm:
        result = import_email_file(crm, args.file, save_attachments=args.save_attachments)
    for note in result.notes:
        print(note, file=sys.stderr)
    print(result.meeting_id)
    return 0


def import_register(args: argparse.Namespace, open_crm: Opener) -> int:
    from btvcrm.cli_progress import TerminalProgress
    from btvcrm.services.register_import import RegisterImportRequest, import_register_file

    request = RegisterImportRequest(path=args.file, counties=args.county, forms=args.form, sectors=args.sector,
                                    add_new=args.add_new)
    progress = TerminalProgress()
    try:
        with open_crm(args) as crm:
            message = import_register_file(crm, request, progress=progress)
    finally:
        progress.close()
    print(message)
    return 0
