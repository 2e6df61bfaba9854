"""The county report's two charts, drawn with reportlab's own graphics.

* :func:`contacts_bar_chart`: contacts per month, one bar a month.
* :func:`stage_step_chart`: the anchoring stage over time, as a step line
  over the rungs of the ladder, with the report period shaded.

Both return a ``Drawing`` (a flowable), sized in points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from btvcrm.domain.dates import month_name
from btvcrm.reports import fonts
from btvcrm.reports.labels import label
from btvcrm.reports.model import MonthCount, StageChangeLine
from btvcrm.reports.styles import (
    ACCENT,
    ACCENT_LIGHT,
    CHART_BAR,
    CHART_LINE,
    GRID,
    INK,
    MUTED,
    clean,
)

TICK_FONT_SIZE = 7


def month_abbr(d: date, lang: str) -> str:
    """ "jun" / "Jun": the month name's first three letters."""
    return month_name(d.month, lang)[:3]


def _nice_step(max_value: float, max_ticks: int = 5) -> int:
    """A tick step of 1, 2, 5, 10, 20, 50 ... giving at most ``max_ticks`` ticks."""
    if max_value <= max_ticks:
        return 1
    raw = max_value / max_ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return int(m * power)
    return int(10 * power)  # pragma: no cover


def _fit(text: str, size: float, width: float) -> str:
    if stringWidth(text, fonts.FAMILY, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.FAMILY, size) > width:
        text = text[:-1]
    return text + "…"


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose default font is ours (else Helvetica is referenced)."""
    d = Drawing(width, height)
    d.initialFontName = fonts.FAMILY  # read by reportlab's renderer as the start state
    return d


def _no_data(d: Drawing, lang: str) -> Drawing:
    d.add(
        String(
            d.width / 2,
            d.height / 2,
            label("no_data", lang),
            fontName=fonts.FAMILY,
            fontSize=9,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return d


def contacts_bar_chart(
    months: Sequence[MonthCount], lang: str, width: float, height: float
) -> Drawing:
    """One bar per month; counts printed above the bars while they fit."""
    fonts.register_fonts()
    d = _drawing(width, height)
    data = sorted(months, key=lambda m: m.month)
    if not data:
        return _no_data(d, lang)
    top = max(max(m.count for m in data), 1)
    step = _nice_step(top)
    y_max = step * math.ceil(top / step)
    if y_max == top and len(data) <= 24:
        y_max += step  # leave room for the count above the tallest bar
    left = 8 + stringWidth(str(y_max), fonts.FAMILY, TICK_FONT_SIZE)
    bottom, top_pad, right = 26, 6, 4
    pw, ph = width - left - right, height - bottom - top_pad
    # grid and y labels
    v = 0
    while v <= y_max:
        y = bottom + ph * v / y_max
        d.add(Line(left, y, left + pw, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(
            String(
                left - 4,
                y - 2.5,
                str(v),
                fontName=fonts.FAMILY,
                fontSize=TICK_FONT_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        v += step
    n = len(data)
    slot = pw / n
    bar_w = slot * 0.7
    label_every = max(1, math.ceil(n / 14))
    show_counts = slot >= stringWidth("000", fonts.FAMILY, TICK_FONT_SIZE)
    for i, m in enumerate(data):
        x = left + i * slot + (slot - bar_w) / 2
        h = ph * max(m.count, 0) / y_max
        if h > 0:
            d.add(Rect(x, bottom, bar_w, h, fillColor=CHART_BAR, strokeColor=None))
        if show_counts and m.count:
            d.add(
                String(
                    x + bar_w / 2,
                    bottom + h + 2,
                    str(m.count),
                    fontName=fonts.FAMILY,
                    fontSize=TICK_FONT_SIZE,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
        cx = left + i * slot + slot / 2
        if i % label_every == 0:
            d.add(
                String(
                    cx,
                    bottom - 10,
                    month_abbr(m.month, lang),
                    fontName=fonts.FAMILY,
                    fontSize=TICK_FONT_SIZE,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        if i == 0 or m.month.month == 1:
            d.add(
                String(
                    cx,
                    bottom - 20,
                    str(m.month.year),
                    fontName=fonts.BOLD,
                    fontSize=TICK_FONT_SIZE,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=MUTED, strokeWidth=0.6))
    return d


def _month_ticks(start: date, end: date, max_labels: int = 8) -> list[date]:
    """First days of months between start and end, thinned to at most max_labels."""
    months: list[date] = []
    y, m = start.year, start.month
    while True:
        d = date(y, m, 1)
        if d > end:
            break
        if d >= start:
            months.append(d)
        m += 1
        if m > 12:
            y, m = y + 1, 1
    if len(months) <= max_labels:
        return months
    for every in (2, 3, 6, 12, 24, 60, 120):
        picked = [d for d in months if (d.month - 1) % every == 0]
        if len(picked) <= max_labels:
            return picked
    return [d for d in months if d.month == 1][:: max(1, len(months) // 12 // max_labels + 1)]


def stage_step_chart(
    history: Sequence[StageChangeLine],
    ladder: Sequence[str],
    period_start: date,
    period_end: date,
    lang: str,
    width: float,
    height: float,
) -> Drawing:
    """The stage as a step line over time; the report period is shaded.

    A change whose label is not on ``ladder`` is left out of the line.
    """
    fonts.register_fonts()
    d = _drawing(width, height)
    rungs = [" ".join(clean(r).split()) for r in ladder]
    if not rungs:
        return _no_data(d, lang)
    index = {r.casefold(): i for i, r in enumerate(rungs)}
    changes = sorted(
        (c for c in history if " ".join(clean(c.to_label).split()).casefold() in index),
        key=lambda c: c.on,
    )
    x_start = min([period_start, *(c.on for c in changes[:1])])
    x_end = max([period_end, *(c.on for c in changes[-1:])])
    if x_end <= x_start:
        x_end = date.fromordinal(x_start.toordinal() + 30)
    label_w = min(max(stringWidth(r, fonts.FAMILY, TICK_FONT_SIZE) for r in rungs), width * 0.35)
    left = label_w + 10
    bottom, top_pad, right = 16, 6, 8
    pw, ph = width - left - right, height - bottom - top_pad
    span = x_end.toordinal() - x_start.toordinal()

    def xpos(day: date) -> float:
        return left + pw * (day.toordinal() - x_start.toordinal()) / span

    n = len(rungs)

    def ypos(rung: int) -> float:
        return bottom + ph * (rung + 0.5) / n

    # the report period
    px0, px1 = xpos(max(period_start, x_start)), xpos(min(period_end, x_end))
    if px1 > px0:
        d.add(Rect(px0, bottom, px1 - px0, ph, fillColor=ACCENT_LIGHT, strokeColor=None))
    for i, r in enumerate(rungs):
        y = ypos(i)
        d.add(Line(left, y, left + pw, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(
            String(
                left - 5,
                y - 2.5,
                _fit(r, TICK_FONT_SIZE, label_w),
                fontName=fonts.FAMILY,
                fontSize=TICK_FONT_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    d.add(Line(left, bottom, left + pw, bottom, strokeColor=MUTED, strokeWidth=0.6))
    for t in _month_ticks(x_start, x_end):
        x = xpos(t)
        d.add(Line(x, bottom, x, bottom - 3, strokeColor=MUTED, strokeWidth=0.5))
        text = f"{month_abbr(t, lang)} {t.year % 100:02d}"
        d.add(
            String(
                x,
                bottom - 11,
                text,
                fontName=fonts.FAMILY,
                fontSize=TICK_FONT_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    if not changes:
        return d
    points: list[float] = []
    first = changes[0]
    before = index.get(" ".join(clean(first.from_label).split()).casefold())
    if before is not None and first.on > x_start:
        points += [xpos(x_start), ypos(before)]
    level: int | None = before
    for c in changes:
        x = xpos(c.on)
        if level is not None:
            points += [x, ypos(level)]
        level = index[" ".join(clean(c.to_label).split()).casefold()]
        points += [x, ypos(level)]
    if level is not None:
        points += [xpos(x_end), ypos(level)]
    d.add(PolyLine(points, strokeColor=CHART_LINE, strokeWidth=1.8))
    for c in changes:
        y = ypos(index[" ".join(clean(c.to_label).split()).casefold()])
        d.add(Circle(xpos(c.on), y, 2.2, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1))
    return d
