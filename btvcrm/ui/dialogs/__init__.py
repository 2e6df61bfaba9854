"""Dialogs: quick log, meeting editor, follow-ups, and the new/edit forms.

Names are imported lazily, so opening one dialog does not load them all."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "QuickLogDialog": "quick_log",
    "MeetingEditor": "meeting_editor",
    "FollowUpDialog": "follow_up_dialog",
    "OrganisationDialog": "entity_dialogs",
    "PersonDialog": "entity_dialogs",
    "InitiativeDialog": "entity_dialogs",
    "LessonDialog": "entity_dialogs",
    "PrivacyReviewDialog": "privacy_review",
    "ErasePersonDialog": "privacy_review",
    "ReportPeriodDialog": "report_period",
}

__all__ = list(_WHERE)


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"btvcrm.ui.dialogs.{_WHERE[name]}"), name)
    raise AttributeError(name)
