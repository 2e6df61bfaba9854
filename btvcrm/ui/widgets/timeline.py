"""One timeline of everything about an item, from `crm.timeline.for_entity`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from btvcrm.domain.dates import format_date_short, format_time
from btvcrm.domain.enums import AnchoringStage, FollowUpStatus, MeetingKind
from btvcrm.domain.kinds import Kind
from btvcrm.storage.timeline import TimelineEntry
from btvcrm.ui.i18n import arg
from btvcrm.ui.kinds import kind_title
from btvcrm.ui.widgets.common import ItemList, ui_lang

#: Timeline entries that open a page (the others, anchoring steps and assessments, do not).
_OPENABLE = (Kind.MEETING, Kind.FOLLOW_UP, Kind.LESSON)


def _when_text(when: str, lang: str) -> str:
    if not when:
        return ""
    try:
        if "T" in when:
            moment = dt.datetime.fromisoformat(when)
            return f"{format_date_short(moment, lang)} {format_time(moment, lang)}"
        return format_date_short(dt.date.fromisoformat(when[:10]), lang)
    except ValueError:
        return when


class TimelineWidget(ItemList):
    """Date, kind, title, detail; double-click or Enter emits open_requested."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Date"), self.tr("Type"), self.tr("What"), self.tr("Details")], parent)
        self.setAccessibleName(self.tr("Timeline"))
        self.setObjectName("timeline")

    def kind_label(self, kind: str) -> str:
        if kind in _OPENABLE:
            return kind_title(kind, plural=False)
        return {"anchoring": self.tr("Anchoring"), "assessment": self.tr("Assessment")}.get(kind, kind)

    def load(self, entries: list[TimelineEntry]) -> None:
        lang = ui_lang()
        self.clear()
        for entry in entries:
            title, detail = entry.title, entry.detail
            if entry.kind == "meeting":
                detail = _label(MeetingKind, detail, lang)
            elif entry.kind == "follow_up":
                detail = _label(FollowUpStatus, detail, lang)
            elif entry.kind == "anchoring":
                title = arg(self.tr("Anchoring: %1"), _label(AnchoringStage, title, lang))
            elif entry.kind == "assessment" and lang == "en":
                title = title.replace("påvirkning", "influence").replace("interesse", "interest")
            item = self.add_row(
                [_when_text(entry.when, lang), self.kind_label(entry.kind), title, detail],
                Kind(entry.kind) if entry.kind in _OPENABLE else None,
                entry.id if entry.kind in _OPENABLE else None,
            )
            if entry.kind == Kind.FOLLOW_UP and entry.detail == "done":
                item.setForeground(2, QBrush(QColor("#6b7280")))
        self.fit_columns()
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)


def _label(enum_cls: type, code: str, lang: str) -> str:
    try:
        return str(enum_cls(code).label(lang))
    except ValueError:
        return code
