"""County detail page: the anchoring ladder as a stepper with its dated history,
moving up or down (date + note + optional meeting), a power/interest map of the
county's organisations (drag a dot to reassess, dated), initiatives, timeline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPen
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
    QToolTip,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, format_date_long, format_date_short, parse_when
from btvcrm.domain.enums import AnchoringStage, InitiativePhase
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.formatting import format_nok
from btvcrm.domain.models import AnchoringChange, Assessment
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.widgets.common import section_label, show_user_error, ui_lang
from btvcrm.ui.widgets.pdf_export import EmailDraft, ReportExporter

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
        stages = list(AnchoringStage)
        now = crm.anchoring.current_stage(county_id=county_id, organisation_id=organisation_id)
        self.target = stages[max(0, min(len(stages) - 1, now.rung + direction))]
        if organisation_id is not None:
            name = crm.organisations.get(organisation_id).name
            meeting_filter = ListFilter(organisation_id=organisation_id)
        else:
            assert county_id is not None
            name = crm.counties.get(county_id).name
            meeting_filter = ListFilter(county_id=county_id)
        self.setWindowTitle(self.tr("Anchoring: %1").replace("%1", name))
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
        for row in crm.meetings.query(meeting_filter, sort="date", descending=True, limit=30):
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

    def accept_step(self) -> None:
        try:
            day = parse_when(self.date_edit.text(), today=clock.today()).date
            self.crm.anchoring.step(
                county_id=self.county_id, organisation_id=self.organisation_id, direction=self.direction, on=day,
                meeting_id=self.meeting_combo.currentData(), note=self.note_edit.toPlainText(),
            )
        except UserError as error:
            show_user_error(self, error)
            return
        self.accept()


class _Dot(QGraphicsEllipseItem):
    def __init__(self, view: PowerInterestMap, org_id: int, name: str, assessed: bool) -> None:
        super().__init__(-7, -7, 14, 14)
        self.view = view
        self.org_id = org_id
        self.name = name
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setBrush(QBrush(ACCENT if assessed else QColor("#ffffff")))
        self.setPen(QPen(ACCENT, 2))
        self.setToolTip(name)
        self.setZValue(2)
        self.label = QGraphicsSimpleTextItem(name, self)
        self.label.setBrush(QBrush(view.palette().text().color()))
        self.label.setPos(10, -self.label.boundingRect().height() / 2)

    def set_label_width(self, width: float) -> None:
        """Elide the name to `width` pixels (the full name stays in the tooltip)."""
        metrics = QFontMetricsF(self.label.font())
        self.label.setText(metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, max(width, 24.0)))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.view.dot_moved(self.org_id, self.pos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.view.open_requested.emit("organisation", self.org_id)


class PowerInterestMap(QGraphicsView):
    """Organisations of a county on influence (up) × interest (right), 1–5 each.

    Dragging a dot and letting go records a new dated assessment; the history is kept.
    Organisations not yet assessed wait in a tray on the left."""

    open_requested = Signal(str, int)
    assessed = Signal(int, int, int)  # organisation id, influence, interest

    CELL = 60
    LEFT = 210  # room for the "not assessed" tray and the vertical axis label
    TOP = 10
    RIGHT = 170  # room for the names of dots in the rightmost column
    SLOTS = [(0, 0), (0, -19), (0, 19), (24, -10), (24, 10)]

    def __init__(self, crm: Crm, county_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.county_id = county_id
        self.lang = ui_lang()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setAccessibleName(self.tr("Power/interest map"))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
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
        """Where a dot sits in its cell: near the left edge, stacked by slot."""
        rect = self.grid_rect()
        x = rect.left() + (interest - 1) * self.CELL + 12
        y = rect.top() + (5 - influence + 0.5) * self.CELL
        dx, dy = self.SLOTS[slot % len(self.SLOTS)]
        return QPointF(x + dx, y + dy)

    def _faint(self) -> QBrush:
        color = QColor(self.palette().text().color())
        color.setAlpha(70)
        return QBrush(color)

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
        # Quadrant names in the grid's corners, faint and behind the dots.
        corners = [
            (self.tr("Keep satisfied"), False, False), (self.tr("Manage closely"), True, False),
            (self.tr("Monitor"), False, True), (self.tr("Keep informed"), True, True),
        ]
        for label, right, bottom in corners:
            item = scene.addSimpleText(label)
            item.setBrush(self._faint())
            item.setZValue(0)
            box = item.boundingRect()
            x = rect.right() - box.width() - 3 if right else rect.left() + 3
            y = rect.bottom() - box.height() - 1 if bottom else rect.top() + 1
            item.setPos(x, y)
        x_label = scene.addSimpleText(self.tr("Interest →"))
        x_label.setBrush(QBrush(text))
        x_label.setPos(rect.center().x() - x_label.boundingRect().width() / 2, rect.bottom() + 4)
        y_label = scene.addSimpleText(self.tr("Influence →"))
        y_label.setBrush(QBrush(text))
        y_label.setRotation(-90)
        y_label.setPos(rect.left() - y_label.boundingRect().height() - 4,
                       rect.center().y() + y_label.boundingRect().width() / 2)
        tray = scene.addSimpleText(self.tr("Not assessed"))
        tray.setBrush(QBrush(text))
        tray.setPos(4, rect.top())
        tray_name_width = rect.left() - y_label.boundingRect().height() - 12 - 24
        latest = {row["organisation_id"]: row for row in self.crm.assessments.latest_for_county(self.county_id)}
        orgs = self.crm.organisations.query(ListFilter(county_id=self.county_id), limit=300)
        self.positions = {}
        used: dict[tuple[int, int], int] = {}
        tray_slot = 0
        placed: list[_Dot] = []
        for org in orgs:
            row = latest.get(org["id"])
            dot = _Dot(self, org["id"], org["name"], row is not None)
            if row is not None:
                cell = (int(row["influence"]), int(row["interest"]))
                slot = used.get(cell, 0)
                used[cell] = slot + 1
                dot.setPos(self.point_of(*cell, slot))
                dot.setToolTip(
                    f"{org['name']}\n" + self.tr("Influence %1, interest %2, assessed %3")
                    .replace("%1", str(cell[0])).replace("%2", str(cell[1]))
                    .replace("%3", format_date_short(dt.date.fromisoformat(row["assessed_on"]), self.lang))
                )
                self.positions[org["id"]] = cell
                placed.append(dot)
            else:
                dot.setPos(QPointF(12, rect.top() + 30 + tray_slot * 24))
                dot.set_label_width(tray_name_width)
                tray_slot += 1
                self.positions[org["id"]] = None
            scene.addItem(dot)
            self.dots[org["id"]] = dot
        scene_right = rect.right() + self.RIGHT
        # A name runs right until the next dot on about the same line (or the scene's edge).
        for dot in placed:
            limit = scene_right - dot.x() - 14
            for other in placed:
                if other is not dot and other.x() > dot.x() and abs(other.y() - dot.y()) < 16:
                    limit = min(limit, other.x() - dot.x() - 22)
            dot.set_label_width(limit)
        height = max(rect.bottom() + 26, rect.top() + 40 + tray_slot * 24)
        scene.setSceneRect(QRectF(0, 0, scene_right, height))
        self._fit()

    def _fit(self) -> None:
        """Show the whole map: shrink to fit when the view is smaller, never enlarge."""
        scene_rect = self.scene().sceneRect()
        viewport = self.viewport().size()
        if scene_rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(1.0, viewport.width() / scene_rect.width(), viewport.height() / scene_rect.height())
        self.resetTransform()
        self.scale(scale, scale)

    def dot_moved(self, org_id: int, point: QPointF) -> None:
        """Called when a dot is dropped: a new assessment when its cell changed."""
        cell = self.cell_of(point)
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
        self._fit()


class CountyPage(DetailPage):
    kind = "county"

    def build(self) -> None:
        self.up_button = self.add_button(self.tr("Move up the ladder"), lambda: self.move(1), "moveUp")
        self.down_button = self.add_button(self.tr("Move down"), lambda: self.move(-1), "moveDown")
        self.pdf_button = self.add_button(self.tr("County report (PDF)"), self.export_report, "pdf")
        self.email_button = self.add_button(self.tr("E-mail draft"), self.email_report, "email")
        self.email_button.setToolTip(self.tr("Make the county report and an e-mail draft with it attached"))
        self.exporter = ReportExporter(self)
        # The ladder spans the page so that every rung's name reads in full.
        self.stepper = AnchoringStepper()
        self.insert_full_width(self.stepper)
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

    # PDF and e-mail ------------------------------------------------------------
    def ask_period(self) -> tuple[dt.date, dt.date] | None:
        from btvcrm.reports.builders import default_period
        from btvcrm.ui.dialogs.report_period import ReportPeriodDialog

        dialog = ReportPeriodDialog(*default_period(clock.today()), parent=self)
        return dialog.period() if dialog.exec() else None

    def _report_job(self, with_email: bool) -> bool:
        from btvcrm.reports import render_county_report, safe_pdf_name
        from btvcrm.reports.builders import build_county_report_doc

        period = self.ask_period()
        if period is None:
            return False
        start, end = period
        name = self.crm.counties.get(self.item_id).name
        file_name = safe_pdf_name(end, self.tr("County report"), name)

        def build() -> object:
            return build_county_report_doc(self.crm, self.item_id, start, end, lang=self.lang)

        if not with_email:
            return self.exporter.pdf(file_name, build, render_county_report)
        span = f"{format_date_short(start, self.lang)}–{format_date_short(end, self.lang)}"
        people = self.crm.people.query(ListFilter(county_id=self.item_id), limit=1000)
        draft = EmailDraft(
            subject=self.tr("County report %1, %2").replace("%1", name).replace("%2", span),
            body=self.tr("Hello,\n\nAttached is the county report for %1 for %2.\n\nBest regards")
            .replace("%1", name).replace("%2", span),
            recipients=[(row["name"], row["email"]) for row in people if row.get("is_key") and row.get("email")],
        )
        return self.exporter.email(file_name, build, render_county_report, lambda: draft)

    def export_report(self) -> bool:
        return self._report_job(False)

    def email_report(self) -> bool:
        return self._report_job(True)


__all__ = ["AnchoringStepDialog", "AnchoringStepper", "CountyPage", "PowerInterestMap"]
