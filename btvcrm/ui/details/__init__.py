"""Detail pages: `create_detail_page(kind, item_id, crm, parent)`.

Every page has `open_requested = Signal(str, int)` for links to other items
(double-click or Enter on any row) and refreshes itself after each change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

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
        return OTHER_PAGES[str(kind)].make(crm, int(item_id), parent)  # type: ignore[return-value]
    return PAGES[Kind(kind)](crm, int(item_id), parent)


def is_record_page(kind: Kind | str) -> bool:
    """A record's page (edited and deleted as that record), not a page of its own."""
    return str(kind) not in OTHER_PAGES


def sidebar_page(kind: Kind | str) -> str:
    """The list page in the sidebar a detail page belongs to (shown while it is open)."""
    if str(kind) in OTHER_PAGES:
        return OTHER_PAGES[str(kind)].sidebar
    record = Kind(kind)
    return {Kind.FOLLOW_UP: "follow_ups", Kind.COUNTY: "counties"}.get(record, record.list_name)


def _dialogue_page(crm: Crm, item_id: int, parent: QWidget | None) -> QWidget:
    from btvcrm.ui.details.dialogue_page import DialoguePage

    return DialoguePage(crm, item_id, parent)


class OtherPage(NamedTuple):
    make: Callable[[Crm, int, QWidget | None], QWidget]
    sidebar: str  # the list page it belongs to


#: Pages of things that are not a Kind of record: the market dialogue (ui/details/dialogue_page.py)
OTHER_PAGES = {"market_dialogue": OtherPage(_dialogue_page, "initiatives")}


__all__ = ["OTHER_PAGES", "PAGES", "create_detail_page", "is_record_page", "sidebar_page"]
