"""The power/interest map of a county's organisations: drag a dot to reassess (dated, kept)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from btvcrm.domain.dates import format_date_short
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.services import anchoring
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.anchoring import ACCENT, MUTED
from btvcrm.ui.widgets.common import show_user_error, ui_lang

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

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
        self.view.open_requested.emit(Kind.ORGANISATION, self.org_id)


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
        self.current_org: int | None = None  # the dot the arrow keys move
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Page Up/Down: choose an organisation · arrow keys: move it · Enter: open"))

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
        orgs = self.crm.organisations.query_rows(ListFilter(county_id=self.county_id), limit=300)
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
                    f"{org['name']}\n" + arg(self.tr("Influence %1, interest %2, assessed %3"), str(cell[0]), str(cell[1]), format_date_short(dt.date.fromisoformat(row["assessed_on"]), self.lang))
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
        if self.current_org not in self.dots:
            self.current_org = next(iter(self.dots), None)
        if self.current_org is not None:
            self.dots[self.current_org].setSelected(True)
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
            anchoring.assess(self.crm, org_id, cell[0], cell[1])
        except UserError as error:
            show_user_error(self, error)
        self.assessed.emit(org_id, cell[0], cell[1])
        self.reload()

    def choose(self, step: int) -> None:
        """The next or previous organisation becomes the one the arrow keys move."""
        ids = list(self.dots)
        if not ids:
            return
        index = ids.index(self.current_org) if self.current_org in ids else -1
        self.current_org = ids[(index + step) % len(ids)]
        self.scene().clearSelection()
        self.dots[self.current_org].setSelected(True)
        self.ensureVisible(self.dots[self.current_org])

    def move_current(self, d_influence: int, d_interest: int) -> None:
        """One step on the map by keyboard: a new dated assessment (a dot from the tray starts in the middle)."""
        if self.current_org is None:
            return
        influence, interest = self.positions.get(self.current_org) or (3, 3)
        cell = (max(1, min(5, influence + d_influence)), max(1, min(5, interest + d_interest)))
        if cell == self.positions.get(self.current_org):
            return
        try:
            anchoring.assess(self.crm, self.current_org, cell[0], cell[1])
        except UserError as error:
            show_user_error(self, error)
            return
        self.assessed.emit(self.current_org, cell[0], cell[1])
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        steps: dict[Qt.Key, tuple[int, int]] = {
            Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Left: (0, -1)}
        key = Qt.Key(event.key())
        if key in steps and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.move_current(*steps[key])
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.choose(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_org is not None:
            self.open_requested.emit(Kind.ORGANISATION, self.current_org)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()


__all__ = ["PowerInterestMap"]
