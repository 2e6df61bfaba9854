"""A form's error sentence comes in the window's language; the Bokmål one is unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from btvcrm.storage.crm import Crm
from btvcrm.ui import i18n
from btvcrm.ui.dialogs.entity_dialogs import OrganisationDialog, PersonDialog

pytestmark = pytest.mark.gui

BAD_ORGNR = "974760674"  # 974 760 673 with the check digit off by one


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown (the real show_user_error, without a modal box)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_rest: shown.append(text))
    return shown


@pytest.fixture
def en(qapp: Any) -> None:
    i18n.install("en")


def test_an_english_form_says_a_bad_organisation_number_in_english(
        qtbot: Any, crm: Crm, en: None, boxes: list[str]) -> None:
    dialog = OrganisationDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Tønsberg kommune")
    qtbot.keyClicks(dialog.orgnr_edit, BAD_ORGNR)
    dialog.save()
    assert boxes == [f"Field “organisation number”: “{BAD_ORGNR}” is not a valid organisation number "
                     "(the check digit is wrong)"]
    assert dialog.saved is None and crm.organisations.count() == 0


def test_an_english_form_says_a_bad_email_in_english(qtbot: Any, crm: Crm, en: None, boxes: list[str]) -> None:
    dialog = PersonDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Kari Nordmann")
    qtbot.keyClicks(dialog.email_edit, "kari@")
    dialog.save()
    assert boxes == ["Field “e-mail”: “kari@” is not a valid e-mail address"]
    assert dialog.saved is None and crm.people.count() == 0


def test_a_bokmal_form_says_the_same_error_as_before(qtbot: Any, crm: Crm, nb: None, boxes: list[str]) -> None:
    dialog = OrganisationDialog(crm)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Tønsberg kommune")
    qtbot.keyClicks(dialog.orgnr_edit, BAD_ORGNR)
    dialog.save()
    assert boxes == [f"Feltet «organisasjonsnummer»: «{BAD_ORGNR}» er ikke et gyldig organisasjonsnummer "
                     "(kontrollsifferet stemmer ikke)"]
    assert crm.organisations.count() == 0


def test_a_refused_step_of_the_services_is_english_too(qtbot: Any, crm: Crm, en: None, boxes: list[str]) -> None:
    """An error that names a record kind (a value said per language) from services.records."""
    from btvcrm.domain.errors import UserError
    from btvcrm.domain.kinds import Kind
    from btvcrm.domain.models import Organisation
    from btvcrm.services import records
    from btvcrm.ui import show_user_error

    org = crm.organisations.save(Organisation(name="Skien kommune"))
    records.delete(crm, Kind.ORGANISATION, org)
    with pytest.raises(UserError) as caught:
        records.delete(crm, Kind.ORGANISATION, org)
    show_user_error(None, caught.value)
    assert boxes == [f"Organisation “Skien kommune” (id {org}) is already in the trash."]
    assert str(caught.value) == f"Organisasjon «Skien kommune» (id {org}) ligger allerede i papirkurven."
