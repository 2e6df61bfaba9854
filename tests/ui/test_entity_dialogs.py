"""The new/edit forms save through services.records: typed in, saved once, fixable after an error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import btvcrm.ui.dialogs.entity_dialogs as module
from btvcrm.domain.models import Initiative, Organisation
from btvcrm.storage.crm import Crm
from btvcrm.ui.dialogs.entity_dialogs import (
    InitiativeDialog,
    LessonDialog,
    OrganisationDialog,
    PersonDialog,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(module, "show_user_error", lambda _parent, error: shown.append(str(error)))
    return shown


def _save(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.findChild(module.QDialogButtonBox).buttons()[0], Qt.MouseButton.LeftButton)


def test_new_person_at_a_new_organisation(qtbot: Any, crm: Crm, db_path: Path, errors: list[str]) -> None:
    dialog = PersonDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Kari Nordmann")
    qtbot.keyClicks(dialog.org_edit, "Tønsberg kommune")
    qtbot.keyClicks(dialog.email_edit, "kari@tonsberg.kommune.no")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save()
    assert errors == []
    assert dialog.saved is not None and dialog.saved.created_organisations
    with Crm.open(db_path, readonly=True) as fresh:
        kari = fresh.people.get(dialog.saved_id or 0)
        assert kari.email == "kari@tonsberg.kommune.no"
        org = fresh.organisations.find_by_name("Tønsberg kommune")
        assert org is not None and kari.organisation_id == org.id


def test_a_refused_save_leaves_the_form_able_to_save(qtbot: Any, crm: Crm, errors: list[str]) -> None:
    dialog = PersonDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Ola Hansen")
    qtbot.keyClicks(dialog.org_edit, "Skien kommune, Porsgrunn kommune")
    dialog.save()
    assert len(errors) == 1 and "én organisasjon" in errors[0]
    assert crm.people.count() == 0 and crm.organisations.count() == 0
    dialog.org_edit.setText("Skien kommune")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.save()
    assert crm.people.count() == 1 and crm.organisations.count() == 1


def test_edit_organisation_with_a_parent(qtbot: Any, crm: Crm, errors: list[str]) -> None:
    parent = crm.organisations.save(Organisation(name="Vestfold fylkeskommune"))
    unit = crm.organisations.save(Organisation(name="Innkjøp"))
    dialog = OrganisationDialog(crm, unit)
    qtbot.addWidget(dialog)
    dialog.parent_edit.setText("Vestfold fylkeskommune")
    dialog.key_box.setChecked(True)
    _save(qtbot, dialog)
    assert errors == []
    saved = crm.organisations.get(unit)
    assert (saved.parent_id, saved.is_key) == (parent, True)
    assert dialog.saved is not None and not dialog.saved.new


def test_initiative_with_owner_and_key_dates_and_a_lesson(qtbot: Any, crm: Crm, errors: list[str]) -> None:
    dialog = InitiativeDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Digitalt styringsverktøy")
    qtbot.keyClicks(dialog.owner_edit, "Telemark fylkeskommune")
    qtbot.keyClicks(dialog.value_edit, "2,5 mill.")
    dialog.dates_edit.setPlainText("Dialogkonferanse @ 14.06.2016")
    _save(qtbot, dialog)
    assert errors == []
    item = crm.initiatives.get(dialog.saved_id or 0)
    assert item.estimated_value_nok == 2_500_000
    assert [d.label for d in item.key_dates] == ["Dialogkonferanse"]
    assert item.owner_organisation_id is not None

    lesson = LessonDialog(crm)
    qtbot.addWidget(lesson)
    qtbot.keyClicks(lesson.title_edit, "Tidlig dialog lønner seg")
    lesson.initiatives_edit.setText("Finnes ikke")
    lesson.save()
    assert errors and "initiativet" in errors[-1]
    lesson.initiatives_edit.setText("Digitalt styringsverktøy")
    lesson.save()
    assert crm.lessons.get(lesson.saved_id or 0).initiative_ids == [item.id]


def test_initiative_dialog_refuses_a_key_date_without_date(qtbot: Any, crm: Crm, errors: list[str]) -> None:
    crm.initiatives.save(Initiative(title="Ferje"))
    dialog = InitiativeDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Førerløs ferje")
    dialog.dates_edit.setPlainText("Markedsdialog")
    dialog.save()
    assert len(errors) == 1
    assert crm.initiatives.count() == 1
