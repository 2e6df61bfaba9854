"""The sidebar's pages: I dag, the lists of each kind, Oppfølging, Fylker.

`create_page(name, crm)` makes one; every page has `open_requested(kind, id)`
and `reload()`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from btvcrm.domain.kinds import Kind
from btvcrm.ui.i18n import translate
from btvcrm.ui.kinds import kind_title

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from btvcrm.storage.crm import Crm

PAGE_NAMES = ("today", "meetings", "follow_ups", "counties", "organisations", "people", "initiatives", "lessons")
#: The sidebar pages that list one kind of record.
LIST_PAGES = {kind.list_name: kind for kind in (Kind.MEETING, Kind.ORGANISATION, Kind.PERSON, Kind.INITIATIVE,
                                                 Kind.LESSON)}
PAGE_KINDS = {**LIST_PAGES, "follow_ups": Kind.FOLLOW_UP, "counties": Kind.COUNTY}


def page_title(name: str) -> str:
    return translate("Pages", "Today") if name == "today" else kind_title(PAGE_KINDS[name])


def create_page(name: str, crm: Crm) -> QWidget:
    page: QWidget
    if name == "today":
        from btvcrm.ui.pages.today import TodayPage

        page = TodayPage(crm)
    elif name == "follow_ups":
        from btvcrm.ui.pages.follow_ups import FollowUpsPage

        page = FollowUpsPage(crm)
    elif name == "counties":
        from btvcrm.ui.pages.counties_list import CountiesPage

        page = CountiesPage(crm)
    else:
        from btvcrm.ui.pages.lists import ListPage

        page = ListPage(crm, LIST_PAGES[name])
    page.setObjectName(f"page_{name}")
    return page


__all__ = ["LIST_PAGES", "PAGE_KINDS", "PAGE_NAMES", "create_page", "page_title"]
