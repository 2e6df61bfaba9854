"""County detail page: the anchoring ladder as a stepper with its dated history,
moving up or down (date + note + optional meeting), a power/interest map of the
county's organisations (drag a dot to reassess, dated), initiatives, timeline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, format_date_long, format_date_short, parse_when
from btvcrm.domain.enums import AnchoringStage, InitiativePhase
from btvcrm.domain.errors import UserError
from btvcrm.domain.formatting import format_nok
from btvcrm.domain.models import AnchoringChange, Assessment
from btvcrm.storage.repo_base import ListFilter
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.widgets.common import section_label, show_user_error, ui_lang
from btvcrm.ui.widgets.pdf_export import export_pdf, report_functions

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

ACCENT = QColor("#1d4ed8")
MUTED = QColor("#9ca3af")


class AnchoringStepper(QWidget):
    """The ladder ikke kontaktet → … → medeier, with the date each rung was last reached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.current = AnchoringStage.NOT_CONTACTED
        self.reached: dict[AnchoringStage, dt.date] = {}
        self.setMinimumHeight(104)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Anchoring ladder"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 104)

    def set_history(self, history: list[AnchoringChange]) -> None:
        self.reached = {}
        for change in history:
            self.reached[change.stage] = change.changed_on
        self.current = history[-1].stage if history else AnchoringStage.NOT_CONTACTED
        self.setAccessibleDescription(self.current.label(self.lang))
        self.update()

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
            font = QFont(self.font())
            font.setBold(stage == self.current)
            painter.setFont(font)
            painter.setPen(text_color)
            label_rect = QRectF(cx - width / 2 + 2, y + 16, width - 4, 36)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, stage.label(self.lang))
            if stage in self.reached:
                painter.setFont(small)
                painter.setPen(MUTED.darker(130))
                painter.drawText(
                    QRectF(cx - width / 2, y + 54, width, 20), Qt.AlignmentFlag.AlignHCenter,
                    format_date_short(self.reached[stage], self.lang),
                )
        painter.end()


class AnchoringStepDialog(QDialog):
    """Move one rung up or down: date (Norwegian text), note, optional meeting."""

    def __init__(self, crm: Crm, county_id: int, direction: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.county_id = county_id
        self.direction = direction
        self.lang = ui_lang()
        stages = list(AnchoringStage)
        now = crm.anchoring.current_stage(county_id=county_id)
        self.target = stages[max(0, min(len(stages) - 1, now.rung + direction))]
        county = crm.counties.get(county_id).name
        self.setWindowTitle(self.tr("Anchoring: %1").replace("%1", county))
        self.setMinimumWidth(480)
        self.date_edit = QLineEdit(self.tr("today"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_preview = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.addItem(self.tr("(no meeting)"), None)
        for row in crm.meetings.query(ListFilter(county_id=county_id), sort="date", descending=True, limit=30):
            when = dt.datetime.fromisoformat(row["starts_at"])
            self.meeting_combo.addItem(f"{format_date_short(when, self.lang)} – {row['title']}", row["id"])
        form = QFormLayout(self)
        form.addRow(self.tr("From"), QLabel(now.label(self.lang)))
        form.addRow(self.tr("To"), QLabel(f"<b>{self.target.label(self.lang)}</b>"))
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow("", self.date_preview)
        form.addRow(self.tr("&Note"), self.note_edit)
        form.addRow(self.tr("&Because of meeting"), self.meeting_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Move up") if direction > 0 else self.tr("Move down")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
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

    def accept_step(self) -> None:
        try:
            day = parse_when(self.date_edit.text(), today=clock.today()).date
            self.crm.anchoring.step(
                county_id=self.county_id, direction=self.direction, on=day,
                meeting_id=self.meeting_combo.currentData(), note=self.note_edit.toPlainText(),
            )
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()


class _Dot(QGraphicsEllipseItem):
    def __init__(self, view: PowerInterestMap, org_id: int, name: str, assessed: bool) -> None:
        super().__init__(-8, -8, 16, 16)
        self.view = view
        self.org_id = org_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setBrush(QBrush(ACCENT if assessed else QColor("#ffffff")))
        self.setPen(QPen(ACCENT, 2))
        self.setToolTip(name)
        self.setZValue(2)
        label = QGraphicsSimpleTextItem(name if len(name) <= 22 else name[:21] + "…", self)
        label.setPos(11, -9)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.view.dot_moved(self.org_id, self.pos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.view.open_requested.emit("organisation", self.org_id)


class PowerInterestMap(QGraphicsView):
    """Organisations of a county on influence (up) × interest (right), 1–5 each.

    Dragging a dot and letting go records a new dated assessment; the history is kept."""

    open_requested = Signal(str, int)
    assessed = Signal(int, int, int)  # organisation id, influence, interest

    CELL = 64
    LEFT = 150  # room for the "not assessed" tray
    TOP = 10

    def __init__(self, crm: Crm, county_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.county_id = county_id
        self.lang = ui_lang()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(self.tr("Power/interest map"))
        self.positions: dict[int, tuple[int, int] | None] = {}
        self.dots: dict[int, _Dot] = {}

    def grid_rect(self) -> QRectF:
        return QRectF(self.LEFT, self.TOP, self.CELL * 5, self.CELL * 5)

    def cell_of(self, point: QPointF) -> tuple[int, int] | None:
        """(influence, interest) for a scene point inside the grid, else None."""
        rect = self.grid_rect()
        if not rect.adjusted(-12, -12, 12, 12).contains(point):
            return None
        interest = int((point.x() - rect.left()) // self.CELL) + 1
        influence = 5 - int((point.y() - rect.top()) // self.CELL)
        return max(1, min(5, influence)), max(1, min(5, interest))

    def point_of(self, influence: int, interest: int, slot: int = 0) -> QPointF:
        rect = self.grid_rect()
        x = rect.left() + (interest - 0.5) * self.CELL
        y = rect.top() + (5 - influence + 0.5) * self.CELL
        offsets = [(0, 0), (0, 18), (0, -18), (0, 9), (0, -9)]
        dx, dy = offsets[slot % len(offsets)]
        return QPointF(x - 22 + dx, y + dy)

    def reload(self) -> None:
        scene = self.scene()
        scene.clear()
        self.dots = {}
        rect = self.grid_rect()
        text = self.palette().text().color()
        grid_pen = QPen(MUTED, 1)
        for i in range(6):
            scene.addLine(rect.left() + i * self.CELL, rect.top(), rect.left() + i * self.CELL, rect.bottom(), grid_pen)
            scene.addLine(rect.left(), rect.top() + i * self.CELL, rect.right(), rect.top() + i * self.CELL, grid_pen)
        half = self.CELL * 2.5
        quadrants = [
            (self.tr("Keep satisfied"), 0, 0), (self.tr("Manage closely"), half, 0),
            (self.tr("Monitor"), 0, half), (self.tr("Keep informed"), half, half),
        ]
        for label, dx, dy in quadrants:
            item = scene.addSimpleText(label)
            item.setBrush(QBrush(MUTED))
            item.setPos(rect.left() + dx + 4, rect.top() + dy + 2)
        x_label = scene.addSimpleText(self.tr("Interest →"))
        x_label.setBrush(QBrush(text))
        x_label.setPos(rect.center().x() - x_label.boundingRect().width() / 2, rect.bottom() + 4)
        y_label = scene.addSimpleText(self.tr("Influence →"))
        y_label.setBrush(QBrush(text))
        y_label.setRotation(-90)
        y_label.setPos(rect.left() - 20, rect.center().y() + y_label.boundingRect().width() / 2)
        tray = scene.addSimpleText(self.tr("Not assessed"))
        tray.setBrush(QBrush(text))
        tray.setPos(4, rect.top())
        latest = {row["organisation_id"]: row for row in self.crm.assessments.latest_for_county(self.county_id)}
        orgs = self.crm.organisations.query(ListFilter(county_id=self.county_id), limit=300)
        self.positions = {}
        used: dict[tuple[int, int], int] = {}
        tray_slot = 0
        for org in orgs:
            row = latest.get(org["id"])
            dot = _Dot(self, org["id"], org["name"], row is not None)
            if row is not None:
                cell = (int(row["influence"]), int(row["interest"]))
                slot = used.get(cell, 0)
                used[cell] = slot + 1
                dot.setPos(self.point_of(*cell, slot) + QPointF(0, 0))
                dot.setToolTip(
                    f"{org['name']}\n" + self.tr("Influence %1, interest %2, assessed %3")
                    .replace("%1", str(cell[0])).replace("%2", str(cell[1]))
                    .replace("%3", format_date_short(dt.date.fromisoformat(row["assessed_on"]), self.lang))
                )
                self.positions[org["id"]] = cell
            else:
                dot.setPos(QPointF(12, rect.top() + 30 + tray_slot * 24))
                tray_slot += 1
                self.positions[org["id"]] = None
            scene.addItem(dot)
            self.dots[org["id"]] = dot
        height = max(rect.bottom() + 30, rect.top() + 40 + tray_slot * 24)
        scene.setSceneRect(QRectF(0, 0, rect.right() + 150, height))

    def dot_moved(self, org_id: int, point: QPointF) -> None:
        """Called when a dot is dropped: a new assessment when its cell changed."""
        cell = self.cell_of(point + QPointF(22, 0))
        if cell is None or cell == self.positions.get(org_id):
            self.reload()
            return
        try:
            self.crm.assessments.record(
                Assessment(influence=cell[0], interest=cell[1], assessed_on=clock.today(), organisation_id=org_id)
            )
        except UserError as error:
            show_user_error(self, error)
        self.assessed.emit(org_id, cell[0], cell[1])
        self.reload()

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio) if self.width() < 560 else None


class CountyPage(DetailPage):
    kind = "county"

    def build(self) -> None:
        self.up_button = self.add_button(self.tr("Move up the ladder"), lambda: self.move(1), "moveUp")
        self.down_button = self.add_button(self.tr("Move down"), lambda: self.move(-1), "moveDown")
        self.pdf_button = self.add_button(self.tr("County report (PDF)"), self.export_report, "pdf")
        self.pdf_button.setVisible(report_functions("county") is not None)
        self.left.insertWidget(0, section_label(self.tr("Anchoring")))
        self.stepper = AnchoringStepper()
        self.left.insertWidget(1, self.stepper)
        self.history_view = self.add_list(
            self.tr("Anchoring history"), [self.tr("Date"), self.tr("Stage"), self.tr("Note"), self.tr("Meeting")]
        )
        self.initiative_view = self.add_list(
            self.tr("Initiatives in the county"), [self.tr("Initiative"), self.tr("Phase"), self.tr("Value")]
        )
        self.follow_up_view = self.add_list(
            self.tr("Open follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")]
        )
        self.right.addWidget(section_label(self.tr("Power and interest")))
        hint = QLabel(self.tr("Drag a dot to reassess an organisation; each move is dated and kept."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.right.addWidget(hint)
        self.map = PowerInterestMap(self.crm, self.item_id)
        self.map.open_requested.connect(self.open_requested)
        self.right.addWidget(self.map, 2)

    def refresh(self) -> None:
        county = self.crm.counties.get(self.item_id)
        self.title_label.setText(county.name)
        history = self.crm.anchoring.history(county_id=self.item_id)
        self.stepper.set_history(history)
        current = history[-1] if history else None
        self.subtitle_label.setText(
            self.tr("Anchoring: %1").replace("%1", current.stage.label(self.lang)) + (
                " " + self.tr("since %1").replace("%1", format_date_long(current.changed_on, self.lang))
                if current else ""
            )
        )
        stage = current.stage if current else AnchoringStage.NOT_CONTACTED
        self.up_button.setEnabled(stage != AnchoringStage.CO_OWNER)
        self.down_button.setEnabled(stage != AnchoringStage.NOT_CONTACTED)
        self.set_facts([
            (self.tr("Organisations"), str(self.crm.organisations.query_count(ListFilter(county_id=self.item_id)))),
            (self.tr("Meetings"), str(self.crm.meetings.query_count(ListFilter(county_id=self.item_id)))),
        ])
        self.history_view.clear()
        for change in reversed(history):
            meeting = ""
            if change.meeting_id is not None:
                meeting = self.crm.meetings.get(change.meeting_id).title
            self.history_view.add_row(
                [self.date_text(change.changed_on), change.stage.label(self.lang), change.note, meeting],
                "meeting" if change.meeting_id else None, change.meeting_id,
            )
        self.history_view.fit_columns()
        self.initiative_view.clear()
        for row in self.crm.initiatives.query(ListFilter(county_id=self.item_id), limit=200):
            value = format_nok(row["estimated_value_nok"], self.lang, short=True) if row["estimated_value_nok"] else ""
            self.initiative_view.add_row(
                [row["title"], InitiativePhase(row["phase"]).label(self.lang), value], "initiative", row["id"]
            )
        self.initiative_view.fit_columns()
        self.fill_follow_ups(
            self.follow_up_view,
            self.crm.follow_ups.query(ListFilter(county_id=self.item_id, status="open"), sort="due", limit=200),
        )
        self.map.reload()
        self.timeline.load(self.crm.timeline.for_entity("county", self.item_id))

    def make_step_dialog(self, direction: int) -> AnchoringStepDialog:
        return AnchoringStepDialog(self.crm, self.item_id, direction, self)

    def move(self, direction: int) -> None:
        self.make_step_dialog(direction).exec()

    def export_report(self) -> None:
        today = clock.today()
        start = today.replace(day=1) - dt.timedelta(days=1)
        start = start.replace(day=1)
        name = self.crm.counties.get(self.item_id).name
        export_pdf(self, "county", f"Rapport {name}.pdf", self.crm, self.item_id, start, today)


__all__ = ["AnchoringStepDialog", "AnchoringStepper", "CountyPage", "PowerInterestMap"]
