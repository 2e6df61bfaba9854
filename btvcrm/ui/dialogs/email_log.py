"""An e-mail as a contact: the quick-log dialog filled in from the message (File ▸ Import
e-mail…, or .eml/.msg files dropped on the window; one dialog per message), so she can
add follow-ups before saving. What is filled in is services.email_contacts'; the save is
its `log_email` (the new people with their addresses, the Message-ID, the attachments)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.services.email_contacts import EmailProposal, log_email, size_text
from btvcrm.ui.dialogs.quick_log import QuickLogDialog
from btvcrm.ui.i18n import translate

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm


class EmailLogDialog(QuickLogDialog):
    """`EmailLogDialog(crm, proposal, parent).exec()`; after Accepted, `saved_meeting_id` is set."""

    _initial_state: dict[str, Any] | None = None  # the dialog as filled in: closing it unchanged asks nothing

    def __init__(self, crm: Crm, proposal: EmailProposal, parent: QWidget | None = None) -> None:
        digest = hashlib.sha256(proposal.message.key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        super().__init__(crm, parent, draft_name=f"email_{digest}")  # a draft per message
        self.proposal = proposal
        self.setObjectName("emailLogDialog")
        self.setWindowTitle(self.tr("Log e-mail"))
        attachments = proposal.message.attachments
        self.email_notice = QLabel("\n".join(proposal.warnings))
        self.email_notice.setObjectName("emailNotice")
        self.email_notice.setWordWrap(True)
        self.email_notice.setVisible(bool(proposal.warnings))
        self.save_attachments = QCheckBox(
            translate("EmailLogDialog", "&Save the %n attachment(s) in the folder beside the data file", "",
                      len(attachments)))
        self.save_attachments.setObjectName("saveAttachments")
        self.save_attachments.setToolTip(", ".join(f"{a.name} ({size_text(a.size)})" for a in attachments))
        self.save_attachments.setVisible(bool(attachments) and crm.path is not None)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.email_notice)
        layout.insertWidget(layout.count() - 1, self.save_attachments)
        self._show_fields(True)  # the e-mail fills the fields, not the quick text
        if not self.restored_draft:
            self.fill_from_proposal()
            self._initial_state = self.draft_state()
            self.drafts.discard()  # the e-mail itself is the draft until she changes something
        self.title_edit.setFocus()

    def has_text(self) -> bool:
        if self._initial_state is not None:
            return self.draft_state() != self._initial_state
        return super().has_text()

    def fill_from_proposal(self) -> None:
        request = self.proposal.request
        self.title_edit.setText(request.title)
        if request.when is not None:
            self.when_edit.setText(request.when.astimezone(clock.OSLO).strftime("%d.%m.%Y %H:%M"))
        index = self.kind_combo.findData(MeetingKind.EMAIL.value)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        for edit, names, known in ((self.people_edit, request.people, request.known_people),
                                   (self.orgs_edit, request.organisations, request.known_organisations)):
            for name in names:
                if name.casefold() in known:
                    edit.set_known(name, known[name.casefold()])
            edit.set_names(names)
        self.notes_edit.setPlainText(request.notes)
        self._update_counties()
        self._update_new_names()

    def build_and_save(self) -> int:
        """Save through services.email_contacts: the dialog's quick log as she left it."""
        quick = self.build_request()
        request = self.proposal.log_request(save_attachments=self.save_attachments.isChecked(), quick=quick)
        return log_email(self.crm, request).meeting_id
