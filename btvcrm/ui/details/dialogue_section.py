"""The Markedsdialog section of the initiative page: the initiative's market
dialogues (open one with double-click or Enter) and "New market dialogue"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from btvcrm.domain import dates
from btvcrm.domain.market_dialogue import DialogueStatus
from btvcrm.services import market_dialogue as md
from btvcrm.ui.details.dialogue_page import DIALOGUE
from btvcrm.ui.i18n import translate
from btvcrm.ui.widgets.common import fit_header_labels

if TYPE_CHECKING:
    from btvcrm.ui.details.base import DetailPage


class DialogueSection(QObject):
    """Built into an initiative page (`page.left`); `refresh()` after the page's own."""

    def __init__(self, page: DetailPage) -> None:
        super().__init__(page)
        self.page = page
        self.view = page.add_list(self.tr("Market dialogue"), [
            self.tr("Dialogue"), self.tr("Date"), self.tr("Status"), self.tr("Registered"), self.tr("Equal treatment")])
        self.view.setObjectName("marketDialogues")
        self.button = QPushButton(self.tr("New market dialogue…"))
        self.button.setObjectName("newMarketDialogue")
        self.button.clicked.connect(self.new_dialogue)
        page.left.addWidget(self.button)

    def refresh(self) -> None:
        lang = self.page.lang
        self.view.clear()
        for row in md.dialogues(self.page.crm, initiative_id=self.page.item_id):
            result = md.check(self.page.crm, int(row["id"]), lang)
            state = self.tr("✓ shown") if result.ok else translate(
                "DialogueSection", "%n to do", "", len(result.findings))
            when = dates.format_date_short(dates.from_iso_datetime(row["starts_at"]), lang) if row["starts_at"] else ""
            self.view.add_row([row["title"], when, DialogueStatus(row["status"]).label(lang),
                               str(row["registrations"]), state], DIALOGUE, int(row["id"]))
        self.view.fit_columns()
        fit_header_labels(self.view.header())

    def new_dialogue(self) -> None:
        from btvcrm.ui.dialogs.dialogue_dialogs import NewDialogueDialog

        dialog = NewDialogueDialog(self.page.crm, self.page.item_id, self.page)
        if dialog.exec() and dialog.result_value is not None:
            self.page.open_requested.emit(DIALOGUE, dialog.result_value.id)
