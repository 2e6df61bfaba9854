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
