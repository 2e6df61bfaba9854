"""Detail pages: `create_detail_page(kind, item_id, crm, parent)`.

Every page has `open_requested = Signal(str, int)` for links to other items
(double-click or Enter on any row) and refreshes itself after each change."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from btvcrm.storage.crm import Crm

PAGES = {
    "organisation": ("organisation_page", "OrganisationPage"),
    "person": ("person_page", "PersonPage"),
    "county": ("county_page", "CountyPage"),
    "initiative": ("initiative_page", "InitiativePage"),
    "lesson": ("initiative_page", "LessonPage"),
    "follow_up": ("initiative_page", "FollowUpPage"),
    "meeting": ("meeting_page", "MeetingPage"),
}


def create_detail_page(kind: str, item_id: int, crm: Crm, parent: QWidget | None = None) -> QWidget:
    """The page for one item; raises ValueError for an unknown kind and
    NotFoundError (a UserError) for an id that is not in the file."""
    if kind not in PAGES:
        raise ValueError(f"no detail page for {kind!r}")
    module_name, class_name = PAGES[kind]
    page_class = getattr(import_module(f"btvcrm.ui.details.{module_name}"), class_name)
    page: QWidget = page_class(crm, int(item_id), parent)
    return page


__all__ = ["PAGES", "create_detail_page"]
