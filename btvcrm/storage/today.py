"""Everything the I dag page shows, read in one go and only from indexes.

`today_overview` is the page's one call: due follow-ups (three groups and
their counts), the coming week's meetings, the anchoring matrix, key contacts
past their interval and recent activity. Each statement walks an index in
order with a LIMIT or counts a partial index, so the page costs the same on a
file with 200 000 meetings as on a new one (`tests/storage/test_query_plans.py`
holds the plans; `bench/` the figures).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.storage.keep_in_touch import OverdueContact, overdue_key_contacts
from btvcrm.storage.timeline import RecentEntry, recent_activity

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

# The follow-up groups I dag shows (the Follow-ups page shows all of them).
TODAY_GROUPS = ("overdue", "today", "this_week")
FOLLOW_UPS_SHOWN = 200
MEETINGS_SHOWN = 50
DAYS_AHEAD = 7


@dataclass(frozen=True)
class TodayOverview:
    today: dt.date
    follow_ups: dict[str, list[dict[str, Any]]]  # TODAY_GROUPS -> rows, at most FOLLOW_UPS_SHOWN each
    follow_up_counts: dict[str, int]  # TODAY_GROUPS -> how many in all
    meetings: list[dict[str, Any]]  # from today to DAYS_AHEAD days on, by start
    anchoring: list[dict[str, Any]]  # one row per county (AnchoringRepository.matrix)
    overdue_contacts: list[OverdueContact]
    recent: list[RecentEntry]

    @property
    def due_count(self) -> int:
        """Follow-ups due today or overdue (the page's heading)."""
        return self.follow_up_counts.get("overdue", 0) + self.follow_up_counts.get("today", 0)


def today_overview(crm: Crm, today: dt.date | None = None, *, list_filter: ListFilter | None = None,
                   follow_ups_shown: int = FOLLOW_UPS_SHOWN) -> TodayOverview:
    day = today or clock.today()
    return TodayOverview(
        today=day,
        follow_ups={name: rows for name, rows in crm.follow_ups.grouped(
            list_filter, today=day, limit_per_group=follow_ups_shown, groups=TODAY_GROUPS).items()
            if name in TODAY_GROUPS},
        follow_up_counts={name: n for name, n in crm.follow_ups.group_counts(
            list_filter, today=day, groups=TODAY_GROUPS).items() if name in TODAY_GROUPS},
        meetings=crm.meetings.query(ListFilter(date_from=day, date_to=day + dt.timedelta(days=DAYS_AHEAD)),
                                    sort="date", limit=MEETINGS_SHOWN),
        anchoring=crm.anchoring.matrix(),
        overdue_contacts=overdue_key_contacts(crm, day),
        recent=recent_activity(crm),
    )
