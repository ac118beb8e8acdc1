"""Geometry for the two timelines the pages draw: a story across outlets, a speaker over time.

Why here and not in a template or a JavaScript library: the pages must read
without JavaScript, and the numbers behind a picture belong in the page's JSON
too.  So the layout is worked out here, in plain Python over plain rows (no
Datasette, no SQL), into small dataclasses; the templates only turn those
into inline SVG, and Jinja escapes every label on the way.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import asdict, dataclass, field

WIDTH = 720
LEFT = 150          # room for the outlet names
RIGHT = 40
PAD = 14            # between the outlet names and the first report
TOP = 24
LANE = 26
MAX_LANES = 12
BAR_AREA = 160


@dataclass(frozen=True)
class Appearance:
    """One report of a story's statement: when, where, and how it relates to the first."""

    published: str | None
    outlet: str
    claim_id: str
    href: str | None = None
    first: bool = False
    drift: bool = False


@dataclass
class Tick:
    x: float
    label: str
    anchor: str = "middle"


@dataclass
class Lane:
    y: float
    label: str


@dataclass
class Dot:
    x: float
    y: float
    href: str | None
    title: str
    first: bool
    drift: bool


@dataclass
class StoryChart:
    width: int
    height: int
    left: int
    lanes: list[Lane] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    undated: int = 0

    def as_json(self) -> dict:
        return {"undated": self.undated, "lanes": [lane.label for lane in self.lanes],
                "dots": [asdict(d) for d in self.dots]}


def _day(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def story_timeline(appearances: list[Appearance]) -> StoryChart:
    """Reports of one statement on a time axis, one lane per outlet (earliest first)."""
    dated = [(d, a) for a in appearances if (d := _day(a.published)) is not None]
    chart = StoryChart(width=WIDTH, height=TOP + LANE, left=LEFT, undated=len(appearances) - len(dated))
    if not dated:
        return chart
    dated.sort(key=lambda p: (p[0], p[1].outlet))
    order: list[str] = []
    for _, a in dated:
        if a.outlet not in order:
            order.append(a.outlet)
    shown = order[:MAX_LANES]
    other = len(order) > MAX_LANES
    labels = shown + (["other outlets"] if other else [])
    chart.lanes = [Lane(TOP + LANE * i + LANE / 2, label) for i, label in enumerate(labels)]
    chart.height = TOP + LANE * len(labels) + 24
    lo, hi = dated[0][0], dated[-1][0]
    span = max((hi - lo).days, 1)
    inner = WIDTH - LEFT - PAD - RIGHT

    def x_of(day: datetime.date) -> float:
        if hi == lo:
            return LEFT + PAD + inner / 2
        return round(LEFT + PAD + inner * (day - lo).days / span, 1)

    lane_y = {label: lane.y for label, lane in zip(labels, chart.lanes)}
    stacked: dict[tuple, int] = {}
    for day, a in dated:
        y = lane_y.get(a.outlet, lane_y.get("other outlets"))
        # reports of one outlet on one day sit side by side, not on top of each other
        k = stacked[(day, y)] = stacked.get((day, y), -1) + 1
        title = f"{a.outlet}, {day.isoformat()}" + (" (first appearance)" if a.first else "") + (
            " (wording drifted)" if a.drift else "")
        chart.dots.append(Dot(x_of(day) + 9 * k, y, a.href, title, a.first, a.drift))
    chart.ticks = _day_ticks(lo, hi, x_of)
    return chart


def _day_ticks(lo: datetime.date, hi: datetime.date, x_of) -> list[Tick]:
    if hi == lo:
        return [Tick(x_of(lo), lo.isoformat())]
    ticks = _even_ticks(lo, hi, x_of)
    ticks[0].anchor, ticks[-1].anchor = "start", "end"
    return ticks


def _even_ticks(lo: datetime.date, hi: datetime.date, x_of) -> list[Tick]:
    days = (hi - lo).days
    steps = min(5, days)
    seen, ticks = set(), []
    for i in range(steps + 1):
        day = lo + datetime.timedelta(days=round(days * i / steps))
        x = x_of(day)
        if day not in seen and (not ticks or x - ticks[-1].x >= 110 or i == steps):
            if i == steps and ticks and x - ticks[-1].x < 110:
                ticks.pop()  # the last date wins over a crowded neighbour
            seen.add(day)
            ticks.append(Tick(x, day.isoformat()))
    return ticks


@dataclass
class Segment:
    y: float
    height: float
    sourcing: str
    count: int


@dataclass
class Bar:
    x: float
    width: float
    period: str
    total: int
    segments: list[Segment] = field(default_factory=list)


@dataclass
class SpeakerChart:
    width: int
    height: int
    baseline: float
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)
    peak: int = 0
    period: str = "month"

    def as_json(self) -> dict:
        return {"period": self.period, "peak": self.peak, "sourcing": self.legend,
                "bars": [{"period": b.period, "total": b.total,
                          "by_sourcing": {s.sourcing: s.count for s in b.segments}} for b in self.bars]}


MAX_BARS = 120
MAX_BAR = 40
SPEAKER_WIDTH = 480
_MONTH = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])")


MAX_DAYS = 62       # a speaker quoted within two months is drawn day by day
_DAY = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")


def speaker_timeline(counts: list[tuple[str, str, int]]) -> SpeakerChart:
    """Claims per day (within two months), per month, or per year over a long career, stacked by sourcing.

    ``counts`` holds (``YYYY-MM-DD`` or ``YYYY-MM``, sourcing, number of claims) rows."""
    chart = SpeakerChart(width=SPEAKER_WIDTH, height=BAR_AREA + 40, baseline=TOP + BAR_AREA)
    chart.period, periods, totals = _periods(counts)
    if not totals:
        return chart
    # most claims first, then by name: equal counts must not follow a set's order, which
    # differs from process to process (the same page's JSON and SVG would differ between runs)
    legend = sorted({k for kinds in totals.values() for k in kinds},
                    key=lambda k: (-sum(kinds.get(k, 0) for kinds in totals.values()), k or ""))
    chart.legend = legend
    chart.peak = max(sum(kinds.values()) for kinds in totals.values())
    inner = SPEAKER_WIDTH - 40 - RIGHT
    step = min(inner / len(periods), MAX_BAR + 4)
    offset = 40 + (inner - step * len(periods)) / 2   # a few bars sit in the middle
    for i, period in enumerate(periods):
        kinds = totals.get(period, {})
        bar = Bar(round(offset + i * step, 1), round(max(step - 2, 1), 1), period, sum(kinds.values()))
        y = chart.baseline
        for k in legend:
            n = kinds.get(k, 0)
            if not n:
                continue
            h = round(BAR_AREA * n / chart.peak, 1)
            y -= h
            bar.segments.append(Segment(round(y, 1), h, k, n))
        chart.bars.append(bar)
    # At most six labels, and never closer than one label's width (about 7 px a character).
    every = max(1, len(periods) // 6, math.ceil((7 * len(periods[0]) + 12) / step))
    chart.ticks = [Tick(b.x + b.width / 2, b.period) for i, b in enumerate(chart.bars) if i % every == 0]
    return chart


def _grouped(counts, width: int) -> dict[str, dict[str, int]]:
    """Counts per sourcing under each date's first ``width`` characters."""
    totals: dict[str, dict[str, int]] = {}
    for when, sourcing, n in counts:
        kinds = totals.setdefault(when[:width], {})
        kinds[sourcing or "unknown"] = kinds.get(sourcing or "unknown", 0) + n
    return totals


def _periods(counts) -> tuple[str, list[str], dict[str, dict[str, int]]]:
    """The bars' period ("day", "month" or "year"), every period from first to last, and the counts."""
    dated = [(w, s, n) for w, s, n in counts if w and _MONTH.fullmatch(w[:7])]
    if not dated:
        return "month", [], {}
    days = _grouped(dated, 10) if all(_DAY.fullmatch(w[:10]) for w, _, _ in dated) else {}
    span = _day_span(days)
    if span:
        return "day", span, days
    totals = _grouped(dated, 7)
    periods = _months(min(totals), max(totals))
    if len(periods) <= MAX_BARS:
        return "month", periods, totals
    totals = _grouped(dated, 4)
    return "year", [str(y) for y in range(int(min(totals)), int(max(totals)) + 1)], totals


def _day_span(days) -> list[str]:
    """Every day from the first to the last of ``days``; none over MAX_DAYS or for a date that is no date."""
    try:
        first, last = (datetime.date.fromisoformat(d) for d in (min(days), max(days)))
    except ValueError:
        return []
    if (last - first).days >= MAX_DAYS:
        return []
    return [(first + datetime.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) <= MAX_BARS * 12:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out
