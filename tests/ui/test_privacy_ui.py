"""Privacy on the person page and the review list (issue 5)."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.models import Meeting, Participant, Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.ui.details import create_detail_page  # noqa: E402
from btvcrm.ui.dialogs import privacy_review  # noqa: E402
from btvcrm.ui.dialogs.privacy_review import ErasePersonDialog, PrivacyReviewDialog  # noqa: E402

pytestmark = pytest.mark.gui

CANARY = "Kanarifugl-7f3a"


@pytest.fixture
def people(tmp_path):
    clock.freeze(dt.datetime(2014, 1, 10, 9, tzinfo=clock.OSLO))
    crm = Crm.open(tmp_path / "p.sqlite")
    old = crm.people.save(Person(name="Gamle Gunnar", email="gunnar@example.no", notes=CANARY,
                                 private_notes="hemmelig"))
    clock.freeze(dt.datetime(2016, 6, 15, 9, tzinfo=clock.OSLO))
    recent = crm.people.save(Person(name="Nye Nina", email="nina@example.no"))
    crm.meetings.save(Meeting(title="Kaffe", starts_at=dt.datetime(2016, 6, 1, 10, tzinfo=clock.OSLO),
                              participants=[Participant(recent), Participant(old)]))
    clock.freeze(dt.datetime(2018, 7, 1, 9, tzinfo=clock.OSLO))
    crm.meetings.save(Meeting(title="Lunsj", starts_at=dt.datetime(2018, 6, 1, 12, tzinfo=clock.OSLO),
                              participants=[Participant(recent)]))
    yield crm, old, recent
    crm.close()


def test_erase_from_the_person_page_needs_the_typed_name(qtbot, people, monkeypatch):
    crm, old, _recent = people
    page = create_detail_page("person", old, crm)
    qtbot.addWidget(page)
    assert not page.private_box.isHidden() and page.private_text.text() == "hemmelig"

    def exec_(dialog):
        dialog.name_edit.setText("Gamle")
        assert not dialog.erase_button.isEnabled()
        dialog.name_edit.setText("gamle  gunnar")
        assert dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ErasePersonDialog, "exec", exec_)
    assert page.erase() is True
    person = crm.people.get(old)
    assert person.erased and person.email is None and CANARY not in (person.notes or "")
    assert page.title_label.text() in ("slettet person", "erased person")
    assert not page.erased_banner.isHidden()
    assert not page.erase_button.isEnabled()


def test_innsyn_export_json_and_pdf(qtbot, people, monkeypatch, tmp_path):
    crm, old, _recent = people
    page = create_detail_page("person", old, crm)
    qtbot.addWidget(page)
    for suffix in (".json", ".pdf"):
        target = tmp_path / f"innsyn{suffix}"
        monkeypatch.setattr(privacy_review.QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, t=target: (str(t), "")))
        written = page.export_innsyn()
        assert written == target and target.exists()
    data = json.loads((tmp_path / "innsyn.json").read_text(encoding="utf-8"))
    assert "Gamle Gunnar" in json.dumps(data, ensure_ascii=False)
    assert "hemmelig" not in json.dumps(data, ensure_ascii=False)
    assert (tmp_path / "innsyn.pdf").read_bytes().startswith(b"%PDF")


def test_review_list_keep_and_erase(qtbot, people, monkeypatch):
    crm, old, recent = people
    dialog = PrivacyReviewDialog(crm)
    qtbot.addWidget(dialog)
    ids = [int(item["id"]) for item in dialog.items]
    assert old in ids and recent not in ids
    assert dialog.table.item(0, 0).text() == "Gamle Gunnar"
    qtbot.mouseClick(dialog.findChild(privacy_review.QPushButton, f"keep{old}"), Qt.MouseButton.LeftButton)
    assert dialog.items == [] and dialog.table.isHidden()
    assert not crm.people.get(old).erased

    dialog2 = PrivacyReviewDialog(crm)
    qtbot.addWidget(dialog2)

    def exec_(confirm):
        confirm.name_edit.setText("Gamle Gunnar")
        confirm.erase()
        return 1

    monkeypatch.setattr(ErasePersonDialog, "exec", exec_)
    qtbot.mouseClick(dialog2.findChild(privacy_review.QPushButton, f"erase{old}"), Qt.MouseButton.LeftButton)
    assert crm.people.get(old).erased
    assert old not in [int(item["id"]) for item in dialog2.items]


def test_person_dialog_edits_legal_basis_and_objection(qtbot, people):
    from btvcrm.domain.enums import LegalBasis
    from btvcrm.ui.dialogs.entity_dialogs import PersonDialog

    crm, _old, recent = people
    dialog = PersonDialog(crm, recent)
    qtbot.addWidget(dialog)
    combo = dialog.basis_combo
    combo.setCurrentIndex(combo.findData(LegalBasis.CONSENT.value))
    dialog.objection_box.setChecked(True)
    dialog.save()
    person = crm.people.get(recent)
    assert person.legal_basis == LegalBasis.CONSENT and person.objection


@pytest.fixture
def enk_person(qapp, tmp_path):
    """Zebulon Qwertyson, three organisations with his name (ENK), one without; one backup."""
    from btvcrm.domain.models import Organisation
    from btvcrm.services import backups
    from btvcrm.ui import i18n

    i18n.install("en")  # the English plural forms (the Bokmål test installs nb after this)

    clock.freeze(dt.datetime(2026, 12, 1, 9, tzinfo=clock.OSLO))
    crm = Crm.open(tmp_path / "enk.sqlite")
    person = crm.people.save(Person(name="Zebulon Qwertyson", email="zq@example.no"))
    orgs = {
        "enk": crm.organisations.save(Organisation(name="Zebulon Qwertyson ENK", orgnr="974760673")),
        "consulting": crm.organisations.save(Organisation(name="Qwertyson Zebulon Rådgivning")),
        "holding": crm.organisations.save(Organisation(name="Zebulon Qwertyson Holding")),
        "other": crm.organisations.save(Organisation(name="Zebulon AS")),
    }
    backups.take_backup(crm)
    yield crm, person, orgs
    crm.close()


def _choose(qtbot, combo, steps: int) -> None:
    """Pick a choice with the keyboard, as a user does: focus the box, press Down."""
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_erase_dialog_asks_about_each_enk_as_the_cli_does_and_says_which_backups_keep_him(
        qtbot, enk_person, monkeypatch):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    crm, person, orgs = enk_person
    page = create_detail_page("person", person, crm)
    qtbot.addWidget(page)
    seen = {}

    def exec_(dialog):
        dialog.show()
        assert set(dialog.choices) == {orgs["enk"], orgs["consulting"], orgs["holding"]}  # not "Zebulon AS"
        combo = dialog.findChild(QComboBox, f"enkChoice{orgs['enk']}")
        seen["choices"] = [combo.itemText(i) for i in range(combo.count())]
        seen["backups"] = dialog.backups_label.text()
        assert dialog.backups_label.isVisible()
        qtbot.keyClicks(dialog.name_edit, "zebulon qwertyson")
        assert not dialog.erase_button.isEnabled()  # three choices still to make
        _choose(qtbot, combo, 1)  # erase
        _choose(qtbot, dialog.findChild(QComboBox, f"enkChoice{orgs['consulting']}"), 2)  # rename
        new_name = dialog.findChild(QLineEdit, f"enkName{orgs['consulting']}")
        assert new_name.isEnabled() and not dialog.erase_button.isEnabled()  # no new name yet
        qtbot.keyClicks(new_name, "Rådgivning Vest")
        assert not dialog.erase_button.isEnabled()
        _choose(qtbot, dialog.findChild(QComboBox, f"enkChoice{orgs['holding']}"), 3)  # keep
        assert dialog.findChild(QLineEdit, f"enkName{orgs['holding']}").isEnabled() is False
        assert dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        seen["result"] = dialog.result_info
        return dialog.result()

    monkeypatch.setattr(ErasePersonDialog, "exec", exec_)
    assert page.erase() is True
    assert seen["choices"] == ["Choose…", "Erase it", "Rename it", "Keep it as it is"]
    # 279 days after 01.12.2026 is 07.09.2027, as the CLI's message says.
    assert seen["backups"].startswith("1 older backup still holds the person. Thinning removes it by 07/09/2027")
    result = seen["result"]
    assert (result.organisations_erased, result.organisations_renamed, result.organisations_kept) == (
        [orgs["enk"]], [orgs["consulting"]], [orgs["holding"]])
    names = {key: crm.db.execute("SELECT name FROM organisations WHERE id = ?", [oid]).fetchone()[0]
             for key, oid in orgs.items()}
    assert names == {"enk": "slettet virksomhet", "consulting": "Rådgivning Vest",
                     "holding": "Zebulon Qwertyson Holding", "other": "Zebulon AS"}
    assert crm.people.get(person).erased


def test_a_new_name_that_still_names_the_person_erases_nothing(qtbot, enk_person, monkeypatch):
    crm, person, orgs = enk_person
    dialog = ErasePersonDialog(crm, person)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(privacy_review, "show_user_error", lambda parent, error: shown.append(str(error)))
    for org_id, steps in ((orgs["enk"], 2), (orgs["consulting"], 3), (orgs["holding"], 3)):
        dialog.choices[org_id][0].setCurrentIndex(steps)
    qtbot.keyClicks(dialog.choices[orgs["enk"]][1], "Qwertyson Zebulon AS")
    qtbot.keyClicks(dialog.name_edit, "Zebulon Qwertyson")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert shown and "personens navn" in shown[0]
    assert not dialog.erased and not crm.people.get(person).erased
    assert crm.organisations.get(orgs["enk"]).name == "Zebulon Qwertyson ENK"


def test_without_backups_or_enk_the_dialog_says_neither(qtbot, people):
    crm, _old, recent = people
    dialog = ErasePersonDialog(crm, recent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choices == {} and dialog.backups_label.isHidden()
    qtbot.keyClicks(dialog.name_edit, "Nye Nina")
    assert dialog.erase_button.isEnabled()


def test_erase_dialog_with_enk_reads_right_in_bokmal(qtbot, enk_person, nb):
    from test_i18n import ENGLISH, MNEMONIC_SHOWN, _visible_texts

    crm, person, _orgs = enk_person
    dialog = ErasePersonDialog(crm, person)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _visible_texts(dialog)
    combo_texts = [(f"choice {i}", box.itemText(i), False) for box, _edit in dialog.choices.values()
                   for i in range(box.count())]
    defects = [(where, text) for where, text, mnemonic in texts + combo_texts
               if ENGLISH.search(text.replace("&", "")) or (not mnemonic and MNEMONIC_SHOWN.search(text))]
    assert defects == []
    shown = " ".join(text for _where, text, _m in texts)
    assert "Én eldre sikkerhetskopi har fortsatt personen" in shown and "07.09.2027" in shown
    assert "Zebulon Qwertyson ENK (org.nr. 974760673)" in shown
    assert [box.itemText(1) for box, _edit in dialog.choices.values()] == ["Slett den"] * 3


def test_the_erase_dialog_says_where_the_saved_attachments_of_their_meetings_are(qtbot, people, monkeypatch, nb):
    import hashlib

    from btvcrm.storage.attachments import Attachment

    crm, old, _recent = people
    meeting = crm.meetings.query_rows(None, sort="date", limit=1)[0]["id"]  # Kaffe: Gunnar took part
    data = b"Gamle Gunnar skrev dette"
    relative, _ = crm.attachments.store_files("<g@example.no>", dt.date(2016, 6, 1), [("brev.txt", data)])
    with crm.write():
        crm.attachments.add_in_transaction(meeting, [Attachment("brev.txt", len(data), hashlib.sha256(data).hexdigest(),
                                                                stored_path=relative[0])])
    told: list[str] = []
    monkeypatch.setattr(privacy_review.QMessageBox, "information",
                        lambda parent, title, text: told.append(text))

    def exec_(dialog):
        dialog.name_edit.setText("Gamle Gunnar")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ErasePersonDialog, "exec", exec_)
    page = create_detail_page("person", old, crm)
    qtbot.addWidget(page)
    assert page.erase() is True
    assert len(told) == 1 and "1 lagret vedlegg" in told[0] and str(crm.attachments.folder()) in told[0]
