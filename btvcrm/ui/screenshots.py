"""`python -m btvcrm.ui.screenshots DIR`: every page at 1366×768 from the demo file, as PNGs.

Uses `btvcrm.demo.fill_demo`; `fill_sample` below is the small file the UI tests use
(written through the same Crm API as the app, no SQL).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from btvcrm.domain import clock
from btvcrm.domain.kinds import Kind

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

SIZE = (1366, 768)
QUICK_LOG_EXAMPLE = (
    "Ferjemøte med Tønsberg kommune @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune\n"
    "- Sende referat til Kari @ fredag\n"
    "- Avklare budsjett @ 1.7 + Per Hansen"
)


def fill_sample(crm: Crm, today: dt.date | None = None) -> dict[str, int]:
    """A few organisations, people, meetings and follow-ups around `today`; returns their ids."""
    from btvcrm.domain.enums import MeetingKind, OrganisationKind
    from btvcrm.domain.models import FollowUp, Initiative, Lesson, Meeting, Organisation, Person

    day = today or clock.today()
    counties = {c.name: int(c.id or 0) for c in crm.counties.all()}
    ids: dict[str, int] = {}
    ids["buskerud_fk"] = crm.organisations.save(Organisation(
        "Buskerud fylkeskommune", OrganisationKind.COUNTY_COUNCIL, county_ids=[counties["Buskerud"]], is_key=True,
        keep_in_touch_days=30))
    ids["tonsberg"] = crm.organisations.save(Organisation(
        "Tønsberg kommune", OrganisationKind.MUNICIPALITY, county_ids=[counties["Vestfold"]], is_key=True,
        keep_in_touch_days=60))
    ids["vestre_viken"] = crm.organisations.save(Organisation(
        "Vestre Viken HF", OrganisationKind.HEALTH_TRUST, county_ids=[counties["Buskerud"]]))
    ids["telemark_fk"] = crm.organisations.save(Organisation(
        "Telemark fylkeskommune", OrganisationKind.COUNTY_COUNCIL, county_ids=[counties["Telemark"]], is_key=True))
    ids["kari"] = crm.people.save(Person("Kari Nordmann", email="kari@example.no",
                                         organisation_id=ids["buskerud_fk"], title="Innkjøpssjef"))
    ids["ola"] = crm.people.save(Person("Ola Ødegård", phone="+47 912 34 567",
                                        organisation_id=ids["tonsberg"], title="Rådgiver"))

    def at(offset: int, hour: int) -> dt.datetime:
        return dt.datetime.combine(day + dt.timedelta(days=offset), dt.time(hour), tzinfo=clock.OSLO)

    ids["meeting_past"] = crm.meetings.save(Meeting(
        "Forankringsmøte med Buskerud fylkeskommune", at(-3, 10), MeetingKind.MEETING,
        place="Drammen", organisation_ids=[ids["buskerud_fk"]], county_ids=[counties["Buskerud"]],
        notes="Avklarte forventninger og rammer for samarbeidet."))
    ids["meeting_today"] = crm.meetings.save(Meeting(
        "Dialogkonferanse om digitalt styringsverktøy", at(0, 13), MeetingKind.DIALOGUE_CONFERENCE,
        place="Skien", organisation_ids=[ids["telemark_fk"]], county_ids=[counties["Telemark"]]))
    ids["meeting_next"] = crm.meetings.save(Meeting(
        "Samtale om førerløs ferje", at(2, 9), MeetingKind.PHONE,
        organisation_ids=[ids["tonsberg"]], county_ids=[counties["Vestfold"]]))
    ids["fu_overdue"] = crm.follow_ups.save(FollowUp(
        "Send referat til fylkeskommunen", day - dt.timedelta(days=2), meeting_id=ids["meeting_past"],
        organisation_id=ids["buskerud_fk"]))
    ids["fu_today"] = crm.follow_ups.save(FollowUp(
        "Ring Vestre Viken om sykehusbygget", day, organisation_id=ids["vestre_viken"]))
    ids["fu_later"] = crm.follow_ups.save(FollowUp(
        "Invitere leverandører til markedsdialog", day + dt.timedelta(days=20), county_id=counties["Telemark"]))
    ids["initiative"] = crm.initiatives.save(Initiative(
        "Digitalt styringsverktøy", owner_organisation_id=ids["telemark_fk"], county_ids=[counties["Telemark"]],
        estimated_value_nok=4_500_000))
    ids["lesson"] = crm.lessons.save(Lesson(
        "Dialogkonferanse tidlig gir bedre tilbud", "Leverandørene fikk stille spørsmål før utlysning.",
        learned_in_county_id=counties["Telemark"], relevant_county_ids=[counties["Buskerud"], counties["Vestfold"]]))
    crm.anchoring.step(county_id=counties["Buskerud"], direction=1, on=day - dt.timedelta(days=60))
    crm.anchoring.step(county_id=counties["Buskerud"], direction=1, on=day - dt.timedelta(days=3))
    crm.anchoring.step(county_id=counties["Telemark"], direction=1, on=day - dt.timedelta(days=10))
    return ids


def fill(crm: Crm) -> None:
    from btvcrm.demo import DEMO_TODAY, fill_demo

    # The demo tells a story around one day in June 2016: show the app as on that morning.
    clock.freeze(dt.datetime.combine(DEMO_TODAY, dt.time(9, 0), tzinfo=clock.OSLO))
    fill_demo(crm)


def render_all(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from btvcrm.storage.crm import Crm
    from btvcrm.ui import i18n
    from btvcrm.ui.main_window import PAGE_NAMES, MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["btvcrm-screenshots"])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        os.environ["BTVCRM_HOME"] = temp  # settings of this run only
        i18n.install("nb")
        crm = Crm.open(Path(temp) / "demo.sqlite")
        try:
            fill(crm)
            window = MainWindow(crm)
            window.resize(*SIZE)
            window.show()
            app.processEvents()
            for number, name in enumerate(PAGE_NAMES, start=1):
                window.show_page(name)
                app.processEvents()
                written.append(_save(window, out_dir / f"{number:02d}-{name}.png"))
            written.extend(_render_details(app, window, crm, out_dir))
            written.extend(_render_dialogs(app, window, crm, out_dir))
            written.extend(_render_english(app, window, out_dir))
            window.close()
        finally:
            crm.close()
            clock.freeze(None)
    del app
    return written


def _render_details(app: Any, window: Any, crm: Crm, out_dir: Path) -> list[Path]:
    """The county page (Telemark), an organisation page, search results, the trash."""
    written: list[Path] = []
    window.show_page("counties")
    county = next((c for c in crm.counties.all() if c.name == "Telemark"), None) or crm.counties.all()[0]
    window.open_item(Kind.COUNTY, county.id)
    app.processEvents()
    written.append(_save(window, out_dir / "11-county.png"))
    window.show_page("organisations")
    rows = crm.organisations.query_rows(limit=200)
    chosen = next((r for r in rows if r["name"] == "Telemark fylkeskommune"), rows[0] if rows else None)
    if chosen is not None:
        window.open_item(Kind.ORGANISATION, chosen["id"])
        app.processEvents()
        written.append(_save(window, out_dir / "12-organisation.png"))
    window.show_page("today")
    window.search_field.setFocus()
    window.search_field.setText("dialogkonferanse")
    window.search_popup.run_search()
    app.processEvents()
    written.append(_save(window, out_dir / "13-search.png"))
    window.search_field.clear()
    window.search_popup.hide()
    return written


def _type(widget: Any, text: str) -> None:
    """Type like a user, one key event per character (QtTest is not in the packaged app)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown  # Enter adds a line
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     "\r" if char == "\n" else char))


def _render_dialogs(app: Any, window: Any, crm: Crm, out_dir: Path) -> list[Path]:
    """Quick log (with typed text), the meeting editor, the backups dialog: at their natural size ≥ 900×640."""
    from PySide6.QtWidgets import QAbstractItemView

    from btvcrm.ui.dialogs.meeting_editor import MeetingEditor
    from btvcrm.ui.dialogs.quick_log import QuickLogDialog

    written: list[Path] = []
    dialog = QuickLogDialog(crm, window)
    dialog.show()
    app.processEvents()
    # Issue 12's example, typed as a user would: the text, two Enters, and the preview below it.
    _type(dialog.quick_edit, QUICK_LOG_EXAMPLE)
    dialog.refresh_preview()
    for popup in dialog.findChildren(QAbstractItemView):
        if popup.isWindow():
            popup.hide()  # completion lists: a screenshot shows the form
    app.processEvents()
    dialog.resize(900, dialog.sizeHint().height())
    app.processEvents()
    written.append(_save(dialog, out_dir / "14-quick-log.png"))
    dialog.hide()  # not reject(): that would ask whether to discard the typed text
    dialog.deleteLater()
    meetings = crm.meetings.query_rows(limit=500)
    meeting = next((m for m in meetings if m["title"] == "Dialogkonferanse Telemark"), meetings[0] if meetings else None)
    if meeting is not None:
        editor = MeetingEditor(crm, meeting["id"], window)
        _natural_size(editor)
        editor.show()
        app.processEvents()
        written.append(_save(editor, out_dir / "15-meeting-editor.png"))
        editor.hide()
        editor.deleteLater()
    from btvcrm.storage import backup
    from btvcrm.ui.dialogs.backups_dialog import BackupsDialog

    if crm.path is not None:
        backup.backup_now(crm, reason="dagens")
        backup.backup_now(crm, reason="manuell")
    backups = BackupsDialog(crm, window)
    _natural_size(backups)
    backups.show()
    app.processEvents()
    written.append(_save(backups, out_dir / "16-backups.png"))
    backups.hide()
    from btvcrm.ui.dialogs.entity_dialogs import OrganisationDialog

    organisation = OrganisationDialog(crm, None, window)
    _type(organisation.name_edit, "Færder kommune")
    organisation.kind_combo.setCurrentIndex(organisation.kind_combo.findData("municipality"))
    _type(organisation.orgnr_edit, "817 920 632")
    _type(organisation.website_edit, "www.faerder.kommune.no")
    for county_id, box in organisation.counties.boxes.items():
        box.setChecked(crm.counties.get(county_id).name == "Vestfold")
    _natural_size(organisation)
    organisation.resize(organisation.width(), organisation.sizeHint().height())
    organisation.show()
    app.processEvents()
    written.append(_save(organisation, out_dir / "18-new-organisation.png"))
    organisation.hide()
    organisation.deleteLater()
    lessons = crm.lessons.query_rows(limit=1)
    if lessons:  # something in the trash to show
        window.deletions.delete(Kind.LESSON, lessons[0]["id"], confirm=False)
    window.open_trash()
    app.processEvents()
    written.append(_save(window, out_dir / "17-trash.png"))
    return written


def _render_english(app: Any, window: Any, out_dir: Path) -> list[Path]:
    """Two pages in English (Settings → Language), to show the other language is whole."""
    from btvcrm.ui import i18n

    written: list[Path] = []
    while window.detail_depth():
        window.go_back()
    i18n.install("en")
    try:
        window.retranslate()
        for name in ("today", "meetings"):
            window.show_page(name)
            app.processEvents()
            written.append(_save(window, out_dir / f"{20 + len(written):02d}-{name}-en.png"))
    finally:
        i18n.install("nb")
        window.retranslate()
    return written


def _natural_size(dialog: Any) -> None:
    hint = dialog.sizeHint()
    dialog.resize(max(900, hint.width(), dialog.width()), max(640, hint.height(), dialog.height()))


def _save(widget: Any, path: Path) -> Path:
    """A PNG with the highest zlib compression (the pictures live in git)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # deferred layout (list columns fitted to their width)
    widget.grab().save(str(path), "PNG", 0)
    return path


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for written_path in render_all(target):
        print(written_path)
