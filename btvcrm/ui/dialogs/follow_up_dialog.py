"""New or edit one follow-up: text, due date (Norwegian text), responsible, repeat."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, format_date_long, format_date_short, parse_due_date
from btvcrm.domain.enums import FollowUpStatus
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import FollowUp
from btvcrm.services import records
from btvcrm.ui.i18n import QT_TRANSLATE_NOOP, arg, lookup
from btvcrm.ui.widgets.common import name_accessibly, show_user_error, ui_lang
from btvcrm.ui.widgets.completer import NameListEdit
from btvcrm.ui.widgets.form_keys import FormKeys, FormState

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

REPEATS = [
    (QT_TRANSLATE_NOOP("FollowUpDialog", "Does not repeat"), None),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "Every week"), "FREQ=WEEKLY"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "Every other week"), "FREQ=WEEKLY;INTERVAL=2"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "Every month"), "FREQ=MONTHLY"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "Every quarter"), "FREQ=MONTHLY;INTERVAL=3"),
    (QT_TRANSLATE_NOOP("FollowUpDialog", "Every year"), "FREQ=YEARLY"),
]
CUSTOM = "custom"


class FollowUpDialog(QDialog):
    """`FollowUpDialog(crm, follow_up_id_or_None, parent, template=FollowUp(...))`; `saved_id` after save."""

    def __init__(self, crm: Crm, follow_up_id: int | None = None, parent: QWidget | None = None,
                 *, template: FollowUp | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.lang = ui_lang()
        self.saved_id: int | None = None
        self.item = crm.follow_ups.get(follow_up_id) if follow_up_id else replace(template or FollowUp(text=""))
        self.setWindowTitle(self.tr("Edit follow-up") if follow_up_id else self.tr("New follow-up"))
        self.setMinimumWidth(520)
        self.text_edit = QLineEdit(self.item.text)
        self.text_edit.setAccessibleName(self.tr("What"))
        self.due_edit = QLineEdit(format_date_short(self.item.due_date, "nb") if self.item.due_date else "")
        self.due_edit.setPlaceholderText(self.tr("e.g. “friday”, “in 2 weeks”, “14.06”"))
        self.due_edit.setAccessibleName(self.tr("Due"))
        self.due_preview = QLabel()
        self.responsible_edit = NameListEdit(crm.people.complete, detail_key="organisation_name")
        self.responsible_edit.setPlaceholderText(self.tr("Empty = me"))
        self.responsible_edit.setAccessibleName(self.tr("Responsible"))
        if self.item.responsible_person_id is not None:
            self.responsible_edit.set_names([crm.people.get(self.item.responsible_person_id).name])
        self.repeat_combo = QComboBox()
        self.repeat_combo.setAccessibleName(self.tr("Repeats"))
        for label, rule in REPEATS:
            self.repeat_combo.addItem(lookup("FollowUpDialog", label), rule)
        self.repeat_combo.addItem(self.tr("Custom (RRULE)…"), CUSTOM)
        self.rrule_edit = QLineEdit()
        self.rrule_edit.setPlaceholderText(self.tr("e.g. FREQ=MONTHLY;BYDAY=1MO"))
        self.rrule_edit.setAccessibleName(self.tr("Custom repeat rule (RRULE)"))
        self.rrule_edit.setToolTip(self.tr("An RFC 5545 recurrence rule, e.g. FREQ=WEEKLY;INTERVAL=3"))
        index = self.repeat_combo.findData(self.item.rrule)
        if index < 0 and self.item.rrule:
            index = self.repeat_combo.findData(CUSTOM)
            self.rrule_edit.setText(self.item.rrule)
        self.repeat_combo.setCurrentIndex(max(index, 0))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in FollowUpStatus:
            self.status_combo.addItem(status.label(self.lang), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(FollowUpStatus(self.item.status).value))
        self.notes_edit = QPlainTextEdit(self.item.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        form = QFormLayout(self)
        form.addRow(self.tr("&What"), self.text_edit)
        form.addRow(self.tr("&Due"), self.due_edit)
        form.addRow("", self.due_preview)
        form.addRow(self.tr("&Responsible"), self.responsible_edit)
        form.addRow(self.tr("Re&peats"), self.repeat_combo)
        form.addRow(self.tr("R&ule"), self.rrule_edit)
        self.rrule_label = form.labelForField(self.rrule_edit)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        self.due_edit.textChanged.connect(self._preview)
        self.repeat_combo.currentIndexChanged.connect(self._repeat_changed)
        self._preview()
        self._repeat_changed()
        name_accessibly(self)
        self.keys = FormKeys(self, self.save)  # Return moves on; Ctrl+Enter and Ctrl+S save
        self.state = FormState(self)

    def reject(self) -> None:
        if self.saved_id is None and not self.state.may_close(self):
            return
        super().reject()

    def _repeat_changed(self) -> None:
        custom = self.repeat_combo.currentData() == CUSTOM
        self.rrule_edit.setVisible(custom)
        if self.rrule_label is not None:
            self.rrule_label.setVisible(custom)

    def repeat_rule(self) -> str | None:
        """The chosen rule; a custom one is checked (a UserError names what is wrong)."""
        from btvcrm.domain.validation import clean_rrule

        rule = self.repeat_combo.currentData()
        if rule == CUSTOM:
            text = self.rrule_edit.text().strip()
            if not text:
                raise UserError(self.tr("Write a repeat rule, or choose “Does not repeat”."))
            return clean_rrule(text)
        return rule  # type: ignore[no-any-return]

    def _preview(self) -> None:
        text = self.due_edit.text().strip()
        if not text:
            self.due_preview.setText(self.tr("No due date"))
            self.due_preview.setStyleSheet("")
            return
        try:
            day = parse_due_date(text, today=clock.today())
        except DateParseError as error:
            self.due_preview.setText(error.message_for(self.lang))
            self.due_preview.setStyleSheet("color: #b91c1c;")
            return
        self.due_preview.setText(format_date_long(day, self.lang))
        self.due_preview.setStyleSheet("")

    def save(self) -> None:
        try:
            item = self.item
            item.text = self.text_edit.text()
            text = self.due_edit.text().strip()
            item.due_date = parse_due_date(text, today=clock.today()) if text else None
            names = self.responsible_edit.names()
            if len(names) > 1:
                raise UserError(self.tr("Choose one responsible person."))
            item.responsible_person_id = None
            if names:
                person_id = self.responsible_edit.known_id(names[0])
                if person_id is None:
                    found = self.crm.people.find_by_name(names[0])
                    if found is None:
                        raise UserError(arg(self.tr("There is no person called “%1”."), names[0]))
                    person_id = found.id
                item.responsible_person_id = person_id
            item.rrule = self.repeat_rule()
            item.notes = self.notes_edit.toPlainText()
            status = FollowUpStatus(self.status_combo.currentData())
            if status == FollowUpStatus.DONE and item.id is not None and item.status == FollowUpStatus.OPEN:
                item_id = records.save_follow_up(self.crm, item).id  # the edits, then complete (the next repeat)
                self.crm.follow_ups.complete(item_id)
            else:
                item.status = status
                if status != FollowUpStatus.OPEN and item.status_changed_on is None:
                    item.status_changed_on = clock.today()
                item_id = records.save_follow_up(self.crm, item).id
        except UserError as error:
            show_user_error(self, error)
            return
        self.saved_id = item_id
        self.accept()
