"""The market dialogue's small dialogs: a new dialogue, a registration, the
registration list's mapping preview, the schedule, a question, a note, a sending.

Each gathers what the user typed into a request of `services.market_dialogue`
and calls the use case; a `UserError` is shown in the dialog (red, one
sentence) and the dialog stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain.errors import UserError
from btvcrm.services import market_dialogue as md
from btvcrm.ui.i18n import QT_TRANSLATE_NOOP, arg, error_text, lookup, translate
from btvcrm.ui.widgets.common import name_accessibly

if TYPE_CHECKING:
    from btvcrm.exchange.registrations import RegistrationPreview
    from btvcrm.storage.crm import Crm


class _RequestDialog(QDialog):
    """A form with OK/Cancel and a red line for the sentence of a refused request."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("dialogueError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.result_value: Any = None

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        text = QLabel(label)
        text.setBuddy(widget)
        self.form.addRow(text, widget)
        return widget

    def finish(self) -> None:
        name_accessibly(self)

    def submit(self) -> Any:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            self.result_value = self.submit()
        except UserError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()


class NewDialogueDialog(_RequestDialog):
    """A market dialogue for an initiative, with its conference."""

    def __init__(self, crm: Crm, initiative_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New market dialogue"), self.tr("Create"), parent)
        self.crm = crm
        self.initiative_id = initiative_id
        initiative = crm.initiatives.get(initiative_id)
        self.title = QLineEdit(self.tr("Dialogue conference"))
        self.title.setObjectName("dialogueTitle")
        self.doffin = QLineEdit(initiative.doffin_id or "")
        self.doffin.setPlaceholderText(self.tr("e.g. 2016-123456"))
        self.date = QLineEdit()
        self.date.setObjectName("dialogueDate")
        self.date.setPlaceholderText(self.tr("e.g. 14.06.2016 10:00"))
        self.place = QLineEdit()
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(self.tr("e.g. 08.06.2016"))
        self.programme = QPlainTextEdit()
        self.programme.setPlaceholderText(self.tr("One item a line, e.g. «10.00 Welcome – Siri Lunde»"))
        self.programme.setMaximumHeight(110)
        self.add_row(self.tr("&Title:"), self.title)
        self.add_row(self.tr("&Doffin notice:"), self.doffin)
        self.add_row(self.tr("Conference date and ti&me:"), self.date)
        self.add_row(self.tr("&Place:"), self.place)
        self.add_row(self.tr("Registration dead&line:"), self.deadline)
        self.add_row(self.tr("P&rogramme:"), self.programme)
        self.finish()
        self.resize(560, 380)

    def submit(self) -> md.DialogueSaved:
        return md.create_dialogue(self.crm, md.CreateDialogueRequest(
            initiative_id=self.initiative_id, title=self.title.text(), doffin_id=self.doffin.text().strip() or None,
            date_text=self.date.text() or None, place=self.place.text(),
            registration_deadline=self.deadline.text() or None,
            programme=[line for line in self.programme.toPlainText().splitlines() if line.strip()],
        ))


class RegisterDialog(_RequestDialog):
    """One supplier's registration, typed in."""

    def __init__(self, crm: Crm, dialogue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Register a supplier"), self.tr("Register"), parent)
        self.crm = crm
        self.dialogue_id = dialogue_id
        self.organisation = QLineEdit()
        self.organisation.setObjectName("registerOrganisation")
        self.organisation.setPlaceholderText(self.tr("Name or organisation number"))
        self.people = QLineEdit()
        self.people.setObjectName("registerPeople")
        self.people.setPlaceholderText(self.tr("Names, separated by ;"))
        self.email = QLineEdit()
        self.one_to_one = QCheckBox(self.tr("Wants a one-to-one &meeting"))
        self.one_to_one.setObjectName("registerOneToOne")
        self.add_row(self.tr("&Organisation:"), self.organisation)
        self.add_row(self.tr("&People:"), self.people)
        self.add_row(self.tr("&E-mail:"), self.email)
        self.form.addRow("", self.one_to_one)
        self.finish()
        self.resize(520, 220)

    def submit(self) -> md.RegistrationResult:
        return md.register(self.crm, md.RegisterRequest(
            self.dialogue_id, organisation=self.organisation.text(), people=[self.people.text()],
            email=self.email.text() or None, wants_one_to_one=self.one_to_one.isChecked(),
        ))


#: What a column of a registration list can fill (the field code, its label).
FIELDS = [
    ("", QT_TRANSLATE_NOOP("RegistrationImport", "(not imported)")),
    ("organisation", QT_TRANSLATE_NOOP("RegistrationImport", "Organisation")),
    ("orgnr", QT_TRANSLATE_NOOP("RegistrationImport", "Org. no.")),
    ("name", QT_TRANSLATE_NOOP("RegistrationImport", "Name")),
    ("given_name", QT_TRANSLATE_NOOP("RegistrationImport", "First name")),
    ("family_name", QT_TRANSLATE_NOOP("RegistrationImport", "Last name")),
    ("title", QT_TRANSLATE_NOOP("RegistrationImport", "Role")),
    ("email", QT_TRANSLATE_NOOP("RegistrationImport", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("RegistrationImport", "Phone")),
    ("county", QT_TRANSLATE_NOOP("RegistrationImport", "County")),
    ("notes", QT_TRANSLATE_NOOP("RegistrationImport", "Comment")),
    ("attending", QT_TRANSLATE_NOOP("RegistrationImport", "Attending")),
    ("one_to_one", QT_TRANSLATE_NOOP("RegistrationImport", "Wants a one-to-one")),
    ("registered_at", QT_TRANSLATE_NOOP("RegistrationImport", "Registered at")),
]


def _base(target: str) -> str:
    stripped = target.rstrip("0123456789")
    return {"emails": "email", "phones": "phone", "counties": "county"}.get(stripped, stripped)


class RegistrationImportDialog(QDialog):
    """The mapping preview of a registration list: a choice of field per column,
    the first rows, the lines that would stop the import, and "skip invalid lines"."""

    PREVIEW_ROWS = 8

    def __init__(self, data: bytes, kind: str, file_name: str, parent: QWidget | None = None) -> None:
        from btvcrm.exchange.registrations import preview_registrations

        super().__init__(parent)
        self.setWindowTitle(self.tr("Import registration list"))
        self.data = data
        self.kind = kind
        self.preview: RegistrationPreview = preview_registrations(data, kind)
        table = self.preview.table
        self.intro = QLabel(arg(translate("RegistrationImportDialog",
                                          "%1: %n row(s). Choose what each column holds:", "", len(table.rows)),
                                file_name))
        self.intro.setWordWrap(True)
        self.grid = QTableWidget(min(len(table.rows), self.PREVIEW_ROWS) + 1, len(table.headers))
        self.grid.setObjectName("registrationMapping")
        self.grid.setAccessibleName(self.tr("Column mapping"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setHorizontalHeaderLabels(table.headers)
        self.grid.setVerticalHeaderLabels([self.tr("Field"), *[str(n) for n in table.row_numbers[: self.PREVIEW_ROWS]]])
        self.combos: list[QComboBox] = []
        for column, header in enumerate(table.headers):
            combo = QComboBox()
            combo.setAccessibleName(arg(self.tr("Field for the column %1"), header))
            for code, source in FIELDS:
                combo.addItem(lookup("RegistrationImport", source), code)
            target = _base(self.preview.mapping.get(header, ""))
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(self._remap)
            self.combos.append(combo)
            self.grid.setCellWidget(0, column, combo)
            for row, values in enumerate(table.rows[: self.PREVIEW_ROWS], start=1):
                self.grid.setItem(row, column, QTableWidgetItem(values[column] if column < len(values) else ""))
        self.grid.resizeColumnsToContents()
        self.problems = QListWidget()
        self.problems.setObjectName("registrationProblems")
        self.problems.setAccessibleName(self.tr("Lines that cannot be imported"))
        self.problems.setMaximumHeight(100)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.skip_invalid = QCheckBox(self.tr("&Skip invalid lines (import the rest)"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        self._show_problems()
        self.skip_invalid.toggled.connect(self._update_ok)
        self.resize(960, 560)

    def mapping(self) -> dict[str, str]:
        chosen: dict[str, str] = {}
        counters: dict[str, int] = {}
        for header, combo in zip(self.preview.table.headers, self.combos, strict=True):
            code = str(combo.currentData() or "")
            if not code:
                continue
            counters[code] = counters.get(code, 0) + 1
            chosen[header] = code if counters[code] == 1 or code not in ("email", "phone") else f"{code}{counters[code]}"
        return chosen

    def _remap(self) -> None:
        from btvcrm.exchange.registrations import registration_rows

        try:
            rows = registration_rows(self.preview.table, self.mapping())
        except UserError as error:
            self.preview.rows = []
            self.problems.clear()
            self.problems_label.setText(error_text(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.preview.rows = rows
        self.preview.mapping = self.mapping()
        self._show_problems()

    def _show_problems(self) -> None:
        self.problems.clear()
        lines = self.preview.problem_lines
        for line in lines:
            QListWidgetItem(line, self.problems)
        self.problems.setVisible(bool(lines))
        if lines:
            self.problems_label.setText(translate(
                "RegistrationImportDialog", "%n line(s) cannot be imported as they are:", "", len(lines)))
        else:
            self.problems_label.setText(self.tr("Every line can be imported."))
        self._update_ok()

    def _update_ok(self, *_args: object) -> None:
        ok = bool(self.preview.rows) and (not self.preview.problem_lines or self.skip_invalid.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class ScheduleDialog(_RequestDialog):
    """Start, slot length, break, rooms, and how the order is set."""

    def __init__(self, crm: Crm, dialogue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Make the one-to-one schedule"), self.tr("Make the schedule"), parent)
        self.crm = crm
        self.dialogue_id = dialogue_id
        existing = crm.dialogues.schedule(dialogue_id)
        self.start = QLineEdit("13:00")
        self.start.setObjectName("scheduleStart")
        self.start.setPlaceholderText(self.tr("e.g. 13:00, or 14.06.2016 13:00"))
        self.slot = QSpinBox()
        self.slot.setObjectName("scheduleSlot")
        self.slot.setRange(5, 480)
        self.slot.setValue(30)
        self.slot.setSuffix(self.tr(" min"))
        self.pause = QSpinBox()
        self.pause.setRange(0, 240)
        self.pause.setValue(5)
        self.pause.setSuffix(self.tr(" min"))
        self.rooms = QSpinBox()
        self.rooms.setRange(1, 50)
        self.draw = QRadioButton(self.tr("By random &draw (the seed is stored, so the draw can be repeated)"))
        self.draw.setChecked(True)
        self.by_time = QRadioButton(self.tr("By &registration time"))
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("(a random number)"))
        self.add_row(self.tr("&First meeting:"), self.start)
        self.add_row(self.tr("&Length of each meeting:"), self.slot)
        self.add_row(self.tr("&Break between meetings:"), self.pause)
        self.add_row(self.tr("R&ooms in parallel:"), self.rooms)
        self.form.addRow(self.tr("Order:"), self.draw)
        self.form.addRow("", self.by_time)
        self.add_row(self.tr("S&eed:"), self.seed)
        self.by_time.toggled.connect(lambda on: self.seed.setEnabled(not on))
        self.redraw = existing is not None
        if existing is not None:
            note = QLabel(self.tr("A schedule exists: it is thrown away and made again, and the old draw is "
                                  "kept in the log."))
            note.setWordWrap(True)
            self.layout_.insertWidget(0, note)
        self.finish()
        self.resize(560, 320)

    def submit(self) -> md.ScheduleResult:
        from btvcrm.domain.market_dialogue import ScheduleOrder

        seed = md.parse_seed(self.seed.text())
        return md.make_schedule(self.crm, md.ScheduleRequest(
            self.dialogue_id, start_text=self.start.text(), slot_minutes=self.slot.value(),
            break_minutes=self.pause.value(), rooms=self.rooms.value(),
            order=ScheduleOrder.REGISTRATION if self.by_time.isChecked() else ScheduleOrder.DRAW,
            seed=seed if self.draw.isChecked() else None, redraw=self.redraw,
        ))


PARTS = [
    ("plenary", QT_TRANSLATE_NOOP("QuestionDialog", "In the plenary")),
    ("one_to_one", QT_TRANSLATE_NOOP("QuestionDialog", "In a one-to-one meeting")),
    ("written", QT_TRANSLATE_NOOP("QuestionDialog", "In writing")),
]


class QuestionDialog(_RequestDialog):
    """A question (and its answer) for the log, or the answer to one already there."""

    def __init__(self, crm: Crm, dialogue_id: int, question_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("New question") if question_id is None else self.tr("Question and answer")
        super().__init__(title, self.tr("Save"), parent)
        self.crm = crm
        self.dialogue_id = dialogue_id
        self.question_id = question_id
        snap = crm.dialogues.snapshot(dialogue_id)
        self.text = QPlainTextEdit()
        self.text.setObjectName("questionText")
        self.text.setMaximumHeight(90)
        self.asker = QComboBox()
        self.asker.setObjectName("questionFrom")
        self.asker.addItem(self.tr("(not a registered supplier)"), None)
        for registration in md.ordered_registrations(snap):
            self.asker.addItem(registration.organisation_name, registration.id)
        self.part = QComboBox()
        for code, source in PARTS:
            self.part.addItem(lookup("QuestionDialog", source), code)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("questionAnswer")
        self.answer.setMaximumHeight(110)
        self.add_row(self.tr("&Question:"), self.text)
        self.add_row(self.tr("&From:"), self.asker)
        self.add_row(self.tr("&Asked:"), self.part)
        self.add_row(self.tr("A&nswer:"), self.answer)
        if question_id is not None:
            item = crm.dialogues.question(question_id)
            self.text.setPlainText(item.question)
            self.asker.setCurrentIndex(max(0, self.asker.findData(item.registration_id)))
            self.part.setCurrentIndex(max(0, self.part.findData(item.part.value)))
            self.answer.setPlainText(item.answer)
        self.finish()
        self.resize(560, 420)

    def submit(self) -> int:
        registration = self.asker.currentData()
        return md.log_question(self.crm, md.QuestionRequest(
            self.dialogue_id, text=self.text.toPlainText(), part=str(self.part.currentData()),
            registration_id=int(registration) if registration is not None else None,
            answer=self.answer.toPlainText(), question_id=self.question_id,
        ))


class NoteDialog(_RequestDialog):
    """A note from a supplier's one-to-one: confidential unless the box is cleared."""

    def __init__(self, crm: Crm, dialogue_id: int, registration_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Note from the one-to-one meeting"), self.tr("Save"), parent)
        self.crm = crm
        self.dialogue_id = dialogue_id
        self.registration_id = registration_id
        name = crm.dialogues.registration(registration_id).organisation_name
        self.layout_.insertWidget(0, QLabel(name))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.confidential = QCheckBox(self.tr("&Confidential – business secrets, exempt from public access "
                                              "(offl. § 13 jf. fvl. § 13 første ledd nr. 2)"))
        self.confidential.setObjectName("noteConfidential")
        self.confidential.setChecked(True)
        self.add_row(self.tr("&Note:"), self.text)
        self.form.addRow("", self.confidential)
        self.finish()
        self.resize(600, 320)

    def submit(self) -> int:
        return md.add_note(self.crm, md.NoteRequest(self.dialogue_id, self.text.toPlainText(),
                                                    registration_id=self.registration_id,
                                                    public=not self.confidential.isChecked()))


MATERIALS = [
    ("invitation", QT_TRANSLATE_NOOP("SendingDialog", "Invitation")),
    ("programme", QT_TRANSLATE_NOOP("SendingDialog", "Programme")),
    ("schedule", QT_TRANSLATE_NOOP("SendingDialog", "One-to-one schedule")),
    ("presentation", QT_TRANSLATE_NOOP("SendingDialog", "Presentation")),
    ("answers", QT_TRANSLATE_NOOP("SendingDialog", "Answers to all")),
    ("summary", QT_TRANSLATE_NOOP("SendingDialog", "Summary")),
    ("other", QT_TRANSLATE_NOOP("SendingDialog", "Other")),
]
CHANNELS = [
    ("email", QT_TRANSLATE_NOOP("SendingDialog", "E-mail")),
    ("doffin", QT_TRANSLATE_NOOP("SendingDialog", "Doffin")),
    ("by_hand", QT_TRANSLATE_NOOP("SendingDialog", "Handed out")),
]


class SendingDialog(_RequestDialog):
    """Log what was sent, and to whom (all registrants unless some are unticked)."""

    def __init__(self, crm: Crm, dialogue_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log a sending"), self.tr("Log"), parent)
        self.crm = crm
        self.dialogue_id = dialogue_id
        self.material = QComboBox()
        for code, source in MATERIALS:
            self.material.addItem(lookup("SendingDialog", source), code)
        self.title = QLineEdit()
        self.title.setObjectName("sendingTitle")
        self.channel = QComboBox()
        for code, source in CHANNELS:
            self.channel.addItem(lookup("SendingDialog", source), code)
        self.when = QLineEdit()
        self.when.setPlaceholderText(self.tr("(now)"))
        self.recipients = QListWidget()
        self.recipients.setObjectName("sendingRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        for registration in md.ordered_registrations(crm.dialogues.snapshot(dialogue_id)):
            item = QListWidgetItem(registration.organisation_name, self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, registration.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.add_row(self.tr("&What:"), self.material)
        self.add_row(self.tr("&Title:"), self.title)
        self.add_row(self.tr("&How:"), self.channel)
        self.add_row(self.tr("Whe&n:"), self.when)
        self.add_row(self.tr("T&o:"), self.recipients)
        self.finish()
        self.resize(520, 480)

    def submit(self) -> int:
        chosen = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return md.log_sending(self.crm, md.SendingRequest(
            self.dialogue_id, str(self.material.currentData()), self.title.text(), registration_ids=chosen,
            channel=str(self.channel.currentData()), sent_text=self.when.text() or None,
        ))


__all__ = [
    "NewDialogueDialog",
    "NoteDialog",
    "QuestionDialog",
    "RegisterDialog",
    "RegistrationImportDialog",
    "ScheduleDialog",
    "SendingDialog",
]
