"""Quick log (Ctrl+L): log a contact in under a minute, with the keyboard alone.

The first field takes the whole contact as text (docs/quick-log.md): line 1 the
title with ` @ when`, ` + people`, ` # organisations`, ` ! kind`; `- ` lines are
follow-ups; a blank line starts the notes. It is read by
`services.quick_text` (as `btvcrm log --quick` is) while you type, shown in the
preview, and fills the other fields, which stay for those who prefer them.
Everything is saved in one transaction on Ctrl+Enter (or Ctrl+S): new people
and organisations typed in place, the meeting, and the follow-ups."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, format_date_long, format_datetime_long
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import UserError
from btvcrm.services.quick_log import QuickLogRequest, log_contact
from btvcrm.services.quick_text import QuickReading, read_quick_text
from btvcrm.ui.dialogs.draft_autosave import DraftAutosave, restored_notice
from btvcrm.ui.dialogs.logic import (
    counties_of_organisations,
    parse_follow_up_lines,
    parse_meeting_when,
)
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.common import name_accessibly, show_user_error, ui_lang
from btvcrm.ui.widgets.completer import NameListEdit
from btvcrm.ui.widgets.form_keys import FormKeys
from btvcrm.ui.widgets.quick_text_edit import QuickTextEdit

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

ERROR_STYLE = "color: #b91c1c;"
OK_STYLE = "color: palette(text);"


class QuickLogDialog(QDialog):
    """`QuickLogDialog(crm, parent).exec()`; after Accepted, `saved_meeting_id` is set."""

    def __init__(self, crm: Crm, parent: QWidget | None = None, *, draft_name: str = "quick_log") -> None:
        super().__init__(parent)
        self.crm = crm
        self.draft_name = draft_name  # another name keeps another dialog's drafts apart (e-mails)
        self.restored_draft = False
        self.lang = ui_lang()
        self.saved_meeting_id: int | None = None
        self._manual_counties: dict[int, bool] = {}
        self.setWindowTitle(self.tr("Log contact"))
        self.setObjectName("quickLogDialog")
        self.setMinimumWidth(620)
        self._fields_edited = False  # the user changed a field by hand after the text filled it
        self._mirroring = False
        self.reading: QuickReading | None = None

        self.quick_edit = QuickTextEdit({"+": crm.people.complete, "#": crm.organisations.complete})
        self.quick_edit.setObjectName("quickText")
        self.quick_edit.setPlaceholderText(self.tr(
            "Ferry meeting @ today 10:00 + Kari Vik, Per Hansen # Tønsberg kommune\n"
            "- Send the minutes @ friday\n- Clarify the budget @ 1.7 + Per Hansen\n\n"
            "Notes after a blank line"))
        self.quick_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        self.quick_label = QLabel(self.tr("&Contact"))
        self.quick_label.setBuddy(self.quick_edit)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setObjectName("quickHelp")
        self.help_button.setToolTip(self.tr("How to write the contact (F1)"))
        self.help_button.setAccessibleName(self.tr("How to write the contact"))
        self.help_button.clicked.connect(self.show_help)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("quickPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_label.setAccessibleName(self.tr("How the text was read"))
        self.fields_button = QPushButton(self.tr("Show the fiel&ds"))
        self.fields_button.setObjectName("showFields")
        self.fields_button.setCheckable(True)
        self.fields_button.setAutoDefault(False)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.quick_edit.textChanged.connect(self._preview_timer.start)
        self.quick_edit.accepted_name.connect(lambda *_: self._preview_timer.start())

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What was it about?"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.when_edit = QLineEdit(self.tr("today"))
        self.when_edit.setPlaceholderText(self.tr("e.g. “friday 10:00”, “yesterday”, “14.06”"))
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.when_preview = QLabel()
        self.when_preview.setObjectName("whenPreview")
        self.when_preview.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in MeetingKind:
            self.kind_combo.addItem(kind.label(self.lang), kind.value)
        self.people_edit = NameListEdit(crm.people.complete, detail_key="organisation_name")
        self.people_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.people_edit.setAccessibleName(self.tr("People"))
        self.orgs_edit = NameListEdit(crm.organisations.complete)
        self.orgs_edit.setPlaceholderText(self.tr("Organisations, separated by commas"))
        self.orgs_edit.setAccessibleName(self.tr("Organisations"))
        self.new_names_label = QLabel()
        self.new_names_label.setObjectName("newNames")
        self.new_names_label.setWordWrap(True)
        self.county_boxes: dict[int, QCheckBox] = {}
        county_row = QHBoxLayout()
        county_row.setContentsMargins(0, 0, 0, 0)
        for county in crm.counties.all():
            assert county.id is not None
            box = QCheckBox(county.name)
            box.clicked.connect(lambda checked, cid=county.id: self._manual_counties.__setitem__(cid, checked))
            self.county_boxes[county.id] = box
            county_row.addWidget(box)
        county_row.addStretch(1)
        counties = QWidget()
        counties.setLayout(county_row)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.follow_ups_edit = QPlainTextEdit()
        self.follow_ups_edit.setAccessibleName(self.tr("Follow-ups"))
        self.follow_ups_edit.setTabChangesFocus(True)
        self.follow_ups_edit.setPlaceholderText(self.tr("One per line, e.g. “Send invitation @ friday”"))
        self.follow_ups_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.follow_ups_preview = QLabel()
        self.follow_ups_preview.setObjectName("followUpsPreview")
        self.follow_ups_preview.setWordWrap(True)

        self.draft_notice = QLabel()
        self.draft_notice.setObjectName("draftNotice")
        self.draft_notice.setWordWrap(True)
        self.draft_notice.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&When"), self.when_edit)
        form.addRow("", self.when_preview)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&People"), self.people_edit)
        form.addRow(self.tr("&Organisations"), self.orgs_edit)
        form.addRow("", self.new_names_label)
        form.addRow(self.tr("Counties"), counties)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        form.addRow(self.tr("&Follow-ups"), self.follow_ups_edit)
        form.addRow("", self.follow_ups_preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Save (Ctrl+Enter)"))
        cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel_button.setText(self.tr("Cancel"))
        for button in (save_button, cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        quick_row = QHBoxLayout()
        quick_row.addWidget(self.quick_label)
        quick_row.addStretch(1)
        quick_row.addWidget(self.help_button)
        self.fields_box = QWidget()
        self.fields_box.setObjectName("quickFields")
        self.fields_box.setLayout(form)
        self.fields_box.setVisible(False)
        self.fields_button.toggled.connect(self._show_fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_notice)
        layout.addLayout(quick_row)
        layout.addWidget(self.quick_edit)
        # The preview scrolls rather than being cut off when the dialog cannot grow any more.
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidget(self.preview_label)
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.preview_scroll, 0)
        layout.addWidget(self.fields_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.fields_box, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

        for button in (save_button, cancel_button):
            button.setAccessibleName(button.text())
        chain = [self.quick_edit, self.fields_button, self.title_edit, self.when_edit, self.kind_combo, self.people_edit, self.orgs_edit,
                 *self.county_boxes.values(), self.notes_edit, self.follow_ups_edit, save_button, cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        name_accessibly(self)

        self.keys = FormKeys(self, self.save)  # Return moves on (adds a line in the text); Ctrl+Enter/Ctrl+S save
        self.when_edit.textChanged.connect(self._update_when)
        self.orgs_edit.names_changed.connect(self._update_counties)
        self.orgs_edit.names_changed.connect(self._update_new_names)
        self.people_edit.names_changed.connect(self._update_new_names)
        self.follow_ups_edit.textChanged.connect(self._update_follow_ups)
        self._update_when()
        self._update_follow_ups()
        self._update_new_names()
        for edit in (self.title_edit, self.when_edit, self.people_edit, self.orgs_edit):
            edit.textEdited.connect(self._field_edited)
        for plain in (self.notes_edit, self.follow_ups_edit):
            plain.textChanged.connect(self._field_edited)
        self.kind_combo.activated.connect(self._field_edited)
        for box in self.county_boxes.values():
            box.clicked.connect(self._field_edited)
        self._setup_drafts()
        self.refresh_preview()
        self.quick_edit.setFocus()

    # The quick text -------------------------------------------------------------
    def _show_fields(self, shown: bool) -> None:
        self.fields_box.setVisible(shown)
        self.fields_button.setText(self.tr("Hide the fiel&ds") if shown else self.tr("Show the fiel&ds"))
        self.adjustSize()

    def _field_edited(self, *_args: object) -> None:
        if not self._mirroring and self.quick_edit.toPlainText().strip():
            self._fields_edited = True

    def read_text(self) -> QuickReading:
        from btvcrm import settings

        return read_quick_text(self.crm, self.quick_edit.toPlainText(), now=clock.now(), lang=self.lang,
                               user_name=settings.load().user_name, known_people=self.quick_edit.known["+"],
                               known_organisations=self.quick_edit.known["#"])

    def _fit_preview(self) -> None:
        """Every line of the preview in view: the scroll area as tall as the text (up to 16
        lines), the dialog growing to hold it while the screen has room; beyond, it scrolls."""
        width = self.preview_scroll.viewport().width()
        needed = self.preview_label.heightForWidth(width) if width > 0 else self.preview_label.sizeHint().height()
        self.preview_scroll.setMinimumHeight(min(max(needed, 0), 16 * self.fontMetrics().lineSpacing()))
        wanted = self.sizeHint().height()
        if self.isVisible() and wanted > self.height():
            screen = self.screen()
            limit = screen.availableGeometry().height() - 40 if screen is not None else wanted
            self.resize(self.width(), min(wanted, limit))

    def refresh_preview(self) -> None:
        """Read the text, show how each part was read, and fill the fields from it."""
        self._preview_timer.stop()
        if not self.quick_edit.toPlainText().strip():
            self.reading = None
            self.preview_label.setText(self.tr("Type the whole contact above, or show the fields."))
            return
        self.reading = self.read_text()
        lines = []
        for line in self.reading.preview:
            text = (f"<b>{escape(line.label)}:</b> " if line.label else "") + escape(line.text)
            lines.append(f'<span style="{ERROR_STYLE}">✗ {text}</span>' if line.error else text)
        self.preview_label.setText("<br>".join(lines))
        self.preview_label.setProperty("valid", self.reading.ok)
        self._fit_preview()
        if not self._fields_edited:
            self._fill_fields(self.reading)

    def _fill_fields(self, reading: QuickReading) -> None:
        self._mirroring = True
        try:
            self.title_edit.setText(reading.title)
            self.when_edit.setText(reading.text.when_text or self.tr("today"))
            index = self.kind_combo.findData(reading.kind.value)
            if index >= 0:
                self.kind_combo.setCurrentIndex(index)
            self.people_edit.set_names([p.typed for p in reading.people])
            self.orgs_edit.set_names([o.typed for o in reading.organisations if not o.county])
            chosen = {county_id for county_id, _name, _source in reading.counties}
            for county_id, box in self.county_boxes.items():
                if county_id not in self._manual_counties:
                    box.setChecked(county_id in chosen)
            self.notes_edit.setPlainText(reading.notes)
            self.follow_ups_edit.setPlainText("\n".join(
                f.text + (f" @ {item.due_text}" if item.due_text else "")
                for f, item in zip(reading.follow_ups, reading.text.follow_ups, strict=True)))
        finally:
            self._mirroring = False

    def show_help(self) -> None:
        QMessageBox.information(self, self.tr("How to write the contact"), self.tr(
            "Line 1 is the title. Add parts to it, each with a space on both sides:\n"
            "  @ when — “today 10:00”, “friday”, “14.06.2016 10:00”\n"
            "  + people — names or e-mail addresses, separated by commas; new ones are created\n"
            "  # organisations — separated by commas; a county’s name is that county\n"
            "  ! kind — meeting, phone, e-mail, video, conference, dialogue conference\n"
            "Each following line that starts with “- ” is a follow-up, with its own “@ due” and "
            "“+ responsible” (without it: you).\n"
            "A blank line starts the notes.\n\n"
            "Enter adds a line, Tab takes a suggested name, Ctrl+Enter saves."))

    # Drafts ---------------------------------------------------------------
    def _setup_drafts(self) -> None:
        """Autosave a draft a second after each change; restore one left by a crash."""
        self.drafts = DraftAutosave(self.crm, self.draft_name, None, self.draft_state, self.has_text, self)
        draft = self.drafts.load()
        self.restored_draft = draft is not None
        if draft is not None:
            self.restore_draft(draft.state)
            self.draft_notice.setText(restored_notice(draft, self.lang, self.tr("Restored a draft from %1")))
            self.draft_notice.setVisible(True)
        for edit in (self.title_edit, self.when_edit, self.people_edit, self.orgs_edit):
            edit.textChanged.connect(self.drafts.schedule)
        for plain in (self.quick_edit, self.notes_edit, self.follow_ups_edit):
            plain.textChanged.connect(self.drafts.schedule)
        self.kind_combo.currentIndexChanged.connect(self.drafts.schedule)
        for box in self.county_boxes.values():
            box.toggled.connect(self.drafts.schedule)

    def draft_state(self) -> dict[str, Any]:
        return {
            "quick_text": self.quick_edit.toPlainText(),
            "fields_edited": self._fields_edited,
            "title": self.title_edit.text(),
            "when": self.when_edit.text(),
            "kind": self.kind_combo.currentData(),
            "people": self.people_edit.text(),
            "organisations": self.orgs_edit.text(),
            "counties": [cid for cid, box in self.county_boxes.items() if box.isChecked()],
            "manual_counties": {str(cid): checked for cid, checked in self._manual_counties.items()},
            "notes": self.notes_edit.toPlainText(),
            "follow_ups": self.follow_ups_edit.toPlainText(),
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        def text(name: str) -> str:
            value = state.get(name)
            return value if isinstance(value, str) else ""

        self.title_edit.setText(text("title"))
        if text("when"):
            self.when_edit.setText(text("when"))
        index = self.kind_combo.findData(state.get("kind"))
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        self.people_edit.setText(text("people"))
        self.orgs_edit.setText(text("organisations"))
        self._update_counties()
        self._update_new_names()
        manual = state.get("manual_counties")
        if isinstance(manual, dict):
            for key, checked in manual.items():
                if str(key).isdigit() and int(key) in self.county_boxes:
                    self._manual_counties[int(key)] = bool(checked)
        checked_ids = state.get("counties")
        if isinstance(checked_ids, list):
            for county_id, box in self.county_boxes.items():
                box.setChecked(county_id in checked_ids)
        self.notes_edit.setPlainText(text("notes"))
        self.follow_ups_edit.setPlainText(text("follow_ups"))
        self._mirroring = True  # the fields come back as they were, not read again from the text
        self.quick_edit.setPlainText(text("quick_text"))
        self._mirroring = False
        self._fields_edited = bool(state.get("fields_edited"))
        self._preview_timer.stop()
        if self._fields_edited and text("quick_text").strip():
            self.fields_button.setChecked(True)

    # Live feedback ------------------------------------------------------
    def _update_when(self) -> None:
        try:
            parsed, moment = parse_meeting_when(self.when_edit.text(), today=clock.today())
        except DateParseError as error:
            self.when_preview.setText(error.message_for(self.lang))
            self.when_preview.setStyleSheet(ERROR_STYLE)
            self.when_preview.setProperty("valid", False)
            return
        text = format_datetime_long(moment, self.lang) if parsed.time else format_date_long(parsed.date, self.lang)
        self.when_preview.setText(text)
        self.when_preview.setStyleSheet(OK_STYLE)
        self.when_preview.setProperty("valid", True)

    def _update_counties(self) -> None:
        wanted = counties_of_organisations(self.crm, self.orgs_edit.names())
        for county_id, box in self.county_boxes.items():
            if county_id in self._manual_counties:
                continue
            box.setChecked(county_id in wanted)

    def _update_new_names(self) -> None:
        new_people = [n for n in self.people_edit.names()
                      if self.people_edit.known_id(n) is None and self.crm.people.find_by_name(n) is None]
        new_orgs = [n for n in self.orgs_edit.names()
                    if self.orgs_edit.known_id(n) is None and self.crm.organisations.find_by_name(n) is None]
        parts = []
        if new_people:
            parts.append(arg(self.tr("New people: %1"), ", ".join(new_people)))
        if new_orgs:
            parts.append(arg(self.tr("New organisations: %1"), ", ".join(new_orgs)))
        self.new_names_label.setText(" · ".join(parts) + (self.tr(" (created on save)") if parts else ""))
        self.new_names_label.setVisible(bool(parts))

    def _update_follow_ups(self) -> None:
        lines = parse_follow_up_lines(self.follow_ups_edit.toPlainText(), today=clock.today(), lang=self.lang)
        if not lines:
            self.follow_ups_preview.setVisible(False)
            return
        rows = []
        bad = False
        for line in lines:
            if line.error:
                bad = True
                rows.append(f"✗ {line.text}: {line.error}")
            elif line.due:
                rows.append(arg(self.tr("• %1 — due %2"), line.text, format_date_long(line.due, self.lang)))
            else:
                rows.append(arg(self.tr("• %1 — no due date"), line.text))
        self.follow_ups_preview.setText("\n".join(rows))
        self.follow_ups_preview.setStyleSheet(ERROR_STYLE if bad else OK_STYLE)
        self.follow_ups_preview.setVisible(True)

    # Saving ---------------------------------------------------------------
    def has_text(self) -> bool:
        return any(
            (self.quick_edit.toPlainText().strip(), self.title_edit.text().strip(), self.people_edit.text().strip(), self.orgs_edit.text().strip(),
             self.notes_edit.toPlainText().strip(), self.follow_ups_edit.toPlainText().strip())
        )

    def build_and_save(self) -> int:
        """Save everything in one transaction, as `btvcrm log` does; raises UserError on bad input."""
        return log_contact(self.crm, self.build_request()).meeting_id

    def build_request(self) -> QuickLogRequest:
        """The dialog as a quick-log request; raises UserError on bad input.

        From the text (as `btvcrm log --quick`), unless the fields were changed by hand after it."""
        if self.quick_edit.toPlainText().strip() and not self._fields_edited:
            reading = self.read_text()
            request = reading.request()
            chosen = [cid for cid, box in self.county_boxes.items() if box.isChecked()]
            if self._manual_counties:  # ticked or unticked by hand: exactly those
                request.county_ids, request.counties = chosen, []
            return request
        _parsed, starts_at = parse_meeting_when(self.when_edit.text(), today=clock.today())
        lines = parse_follow_up_lines(self.follow_ups_edit.toPlainText(), today=clock.today(), lang=self.lang)
        for line in lines:
            if line.error:
                raise UserError(arg(self.tr("Follow-up “%1”: %2"), line.text, line.error))
        request = QuickLogRequest(
            title=self.title_edit.text(),
            when=starts_at,
            kind=MeetingKind(self.kind_combo.currentData()),
            organisations=self.orgs_edit.names(),
            people=self.people_edit.names(),
            county_ids=[cid for cid, box in self.county_boxes.items() if box.isChecked()],
            follow_ups=[raw.strip().lstrip("-•*").strip() for raw in self.follow_ups_edit.toPlainText().splitlines()],
            notes=self.notes_edit.toPlainText(),
            known_organisations=self.orgs_edit.known_ids(),
            known_people=self.people_edit.known_ids(),
        )
        return request

    def save(self) -> None:
        if self.saved_meeting_id is not None:
            return
        try:
            self.saved_meeting_id = self.build_and_save()
        except UserError as error:
            show_user_error(self, error)
            return
        self.drafts.discard()
        self.accept()

    def done(self, result: int) -> None:
        # A preview still pending would read a file the window may close next.
        self._preview_timer.stop()
        super().done(result)

    def reject(self) -> None:
        if self.saved_meeting_id is None and self.has_text():
            answer = QMessageBox.question(
                self,
                self.tr("Discard this log?"),
                self.tr("You have typed text that is not saved. Close and discard it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.drafts.discard()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        if event.key() == Qt.Key.Key_F1:
            self.show_help()
            return
        super().keyPressEvent(event)
