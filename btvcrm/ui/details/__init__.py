"""Detail pages: `create_detail_page(kind, item_id, crm, parent)`.

Every page has `open_requested = Signal(str, int)` for links to other items
(double-click or Enter on any row) and refreshes itself after each change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from btvcrm.domain.kinds import Kind
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.details.county_page import CountyPage
from btvcrm.ui.details.initiative_page import FollowUpPage, InitiativePage, LessonPage
from btvcrm.ui.details.meeting_page import MeetingPage
from btvcrm.ui.details.organisation_page import OrganisationPage
from btvcrm.ui.details.person_page import PersonPage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from btvcrm.storage.crm import Crm

PAGES: dict[Kind, type[DetailPage]] = {
    Kind.ORGANISATION: OrganisationPage,
    Kind.PERSON: PersonPage,
    Kind.COUNTY: CountyPage,
    Kind.INITIATIVE: InitiativePage,
    Kind.LESSON: LessonPage,
    Kind.FOLLOW_UP: FollowUpPage,
    Kind.MEETING: MeetingPage,
}


def create_detail_page(kind: Kind | str, item_id: int, crm: Crm, parent: QWidget | None = None) -> DetailPage:
    """The page for one item. An id that is not in the file raises NotFoundError (a
    UserError with a sentence to show); a kind without a page is a bug (ValueError)."""
    if str(kind) in OTHER_PAGES:  # pages of things that are not a Kind of record
        return OTHER_PAGES[str(kind)](crm, int(item_id), parent)  # type: ignore[return-value]
    return PAGES[Kind(kind)](crm, int(item_id), parent)


def _dialogue_page(crm: Crm, item_id: int, parent: QWidget | None) -> QWidget:
    from btvcrm.ui.details.dialogue_page import DialoguePage

    return DialoguePage(crm, item_id, parent)


#: "market_dialogue" -> the market dialogue page (ui/details/dialogue_page.py)
OTHER_PAGES = {"market_dialogue": _dialogue_page}


__all__ = ["PAGES", "create_detail_page"]
