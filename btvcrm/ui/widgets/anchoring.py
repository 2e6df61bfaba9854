"""The anchoring ladder as a widget (the stepper with the date each rung was reached)
and the dialog that moves a county or an organisation one rung (through
`services.anchoring`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, format_date_long, format_date_short, parse_when
from btvcrm.domain.enums import AnchoringStage
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import AnchoringChange
from btvcrm.services import anchoring
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.common import show_user_error, ui_lang

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

ACCENT = QColor("#1d4ed8")
MUTED = QColor("#9ca3af")

def wrap_words(text: str, metrics: QFontMetricsF, width: float, max_lines: int = 2) -> tuple[list[str], bool]:
    """Greedy word wrap into at most `max_lines` lines of `width`; True when something was elided."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    elided = len(lines) > max_lines
    if elided:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    out = []
    for line in lines:
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            elided = True
        out.append(line)
    return out, elided


class AnchoringStepper(QWidget):
    """The ladder ikke kontaktet → … → medeier, with the date each rung was last reached.

    Labels wrap onto two lines and shrink a little when a word is too wide;
    only on a very narrow widget are they elided (the tooltip has the full text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.current = AnchoringStage.NOT_CONTACTED
        self.reached: dict[AnchoringStage, dt.date] = {}
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Anchoring ladder"))
        self.elided: list[bool] = [False] * len(AnchoringStage)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(720, 84)

    def set_history(self, history: list[AnchoringChange]) -> None:
        self.reached = {}
        for change in history:
            self.reached[change.stage] = change.changed_on
        self.current = history[-1].stage if history else AnchoringStage.NOT_CONTACTED
        self.setAccessibleDescription(self.current.label(self.lang))
        self.update()

    def rung_text(self, stage: AnchoringStage) -> str:
        text = stage.label(self.lang)
        if stage in self.reached:
            text += " – " + format_date_long(self.reached[stage], self.lang)
        return text

    def label_lines(self, stage: AnchoringStage, width: float) -> tuple[QFont, list[str], bool]:
        """The font and lines for one rung's label in `width` pixels."""
        font = QFont(self.font())
        font.setBold(stage == self.current)
        base = font.pointSizeF()
        text = stage.label(self.lang)
        for scale in (1.0, 0.92, 0.85, 0.8):
            font.setPointSizeF(base * scale)
            metrics = QFontMetricsF(font)
            if all(metrics.horizontalAdvance(word) <= width for word in text.split()):
                lines, elided = wrap_words(text, metrics, width)
                return font, lines, elided
        lines, elided = wrap_words(text, QFontMetricsF(font), width)
        return font, lines, elided

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            stages = list(AnchoringStage)
            index = min(len(stages) - 1, max(0, int(event.pos().x() // (self.width() / len(stages)))))
            QToolTip.showText(event.globalPos(), self.rung_text(stages[index]), self)
            return True
        return super().event(event)

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        stages = list(AnchoringStage)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() / len(stages)
        y = 18
        radius = 9
        text_color = self.palette().text().color()
        painter.setPen(QPen(MUTED, 3))
        painter.drawLine(QPointF(width / 2, y), QPointF(self.width() - width / 2, y))
        painter.setPen(QPen(ACCENT, 3))
        painter.drawLine(QPointF(width / 2, y), QPointF(width / 2 + width * self.current.rung, y))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        for index, stage in enumerate(stages):
            cx = width / 2 + width * index
            done = index <= self.current.rung
            painter.setPen(QPen(ACCENT if done else MUTED, 2))
            painter.setBrush(QBrush(ACCENT if done else self.palette().base().color()))
            r = radius + (3 if stage == self.current else 0)
            painter.drawEllipse(QPointF(cx, y), r, r)
            font, lines, elided = self.label_lines(stage, width - 6)
            self.elided[index] = elided
            painter.setFont(font)
            painter.setPen(text_color)
            line_height = QFontMetricsF(font).lineSpacing()
            for number, line in enumerate(lines):
                painter.drawText(
                    QRectF(cx - width / 2, y + 16 + number * line_height, width, line_height),
                    Qt.AlignmentFlag.AlignHCenter, line,
                )
            if stage in self.reached:
                painter.setFont(small)
                painter.setPen(MUTED.darker(130))
                painter.drawText(
                    QRectF(cx - width / 2, y + 18 + 2 * line_height, width, 20), Qt.AlignmentFlag.AlignHCenter,
                    format_date_short(self.reached[stage], self.lang),
                )
        painter.end()


class AnchoringStepDialog(QDialog):
    """Move one rung up or down: date (Norwegian text), note, optional meeting.

    For a county (`county_id`) or, with `organisation_id=`, a key organisation."""

    def __init__(self, crm: Crm, county_id: int | None, direction: int, parent: QWidget | None = None,
                 *, organisation_id: int | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.county_id = county_id
        self.organisation_id = organisation_id
        self.direction = direction
        self.lang = ui_lang()
        now, self.target = anchoring.next_stage(crm, direction, county_id=county_id, organisation_id=organisation_id)
        if organisation_id is not None:
            name = crm.organisations.get(organisation_id).name
            meeting_filter = ListFilter(organisation_id=organisation_id)
        else:
            assert county_id is not None
            name = crm.counties.get(county_id).name
            meeting_filter = ListFilter(county_id=county_id)
        self.setWindowTitle(arg(self.tr("Anchoring: %1"), name))
        self.setMinimumWidth(480)
        self.date_edit = QLineEdit(self.tr("today"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_preview = QLabel()
        self.date_preview.setAccessibleName(self.tr("Date as understood"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.addItem(self.tr("(no meeting)"), None)
        for row in crm.meetings.query_rows(meeting_filter, sort="date", descending=True, limit=30):
            when = row["starts_at"]
            self.meeting_combo.addItem(f"{format_date_short(when, self.lang)} – {row['title']}", row["id"])
        form = QFormLayout(self)
        form.addRow(self.tr("From"), QLabel(now.label(self.lang)))
        form.addRow(self.tr("To"), QLabel(f"<b>{self.target.label(self.lang)}</b>"))
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow("", self.date_preview)
        form.addRow(self.tr("&Note"), self.note_edit)
        form.addRow(self.tr("&Because of meeting"), self.meeting_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Move up") if direction > 0 else self.tr("Move down"))
        ok.setAccessibleName(ok.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.accept_step)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.date_edit.textChanged.connect(self._preview)
        self._preview()

    def _preview(self) -> None:
        try:
            day = parse_when(self.date_edit.text(), today=clock.today()).date
        except DateParseError as error:
            self.date_preview.setText(error.message_for(self.lang))
            self.date_preview.setStyleSheet("color: #b91c1c;")
            return
        self.date_preview.setStyleSheet("")
        self.date_preview.setText(format_date_long(day, self.lang))

    def request(self) -> anchoring.AnchoringStepRequest:
        return anchoring.AnchoringStepRequest(
            self.direction, county_id=self.county_id, organisation_id=self.organisation_id,
            on_text=self.date_edit.text(), meeting_id=self.meeting_combo.currentData(),
            note=self.note_edit.toPlainText(),
        )

    def accept_step(self) -> None:
        try:
            self.moved = anchoring.step(self.crm, self.request())
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()


__all__ = ["ACCENT", "MUTED", "AnchoringStepDialog", "AnchoringStepper", "wrap_words"]
