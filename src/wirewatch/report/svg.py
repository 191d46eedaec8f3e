"""Inline SVG charts, written by hand: no JavaScript, no CDN, readable in any browser offline.

Each function takes plain numbers and labels and returns one ``<svg>`` element as a string.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date as Date
from html import escape

WIDTH, HEIGHT = 640, 200
PAD_L, PAD_R, PAD_T, PAD_B = 44, 12, 14, 34
QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fd8d3c", 4: "#d94801"}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass
class ActivityBar:
    period: Date
    observed: int
    low: int  # the baseline band: the central 90% of the count the baseline predicts
    high: int
    expected: float
    highlighted: bool  # inside the signal's period


def _frame(title: str, body: list[str], height: int = HEIGHT, label: str = "") -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-label="{escape(label or title)}">'
        f"<title>{escape(title)}</title>" + "".join(body) + "</svg>"
    )


def _nice_step(span: float, ticks: int = 4) -> float:
    raw = max(span / ticks, 1e-9)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(factor * magnitude, 1.0)  # counts: never a tick below one
    return 10 * magnitude


def _y_axis(top: float, bottom_value: float, y_of) -> list[str]:
    """Grid lines and labels at round values between ``bottom_value`` and ``top``."""
    step = _nice_step(top - bottom_value)
    v = math.ceil(bottom_value / step) * step
    out = []
    while v <= top + 1e-9:
        y = y_of(v)
        cls = "grid zero" if abs(v) < 1e-9 else "grid"
        out.append(
            f'<line x1="{PAD_L}" x2="{WIDTH - PAD_R}" y1="{y:.1f}" y2="{y:.1f}" class="{cls}"/>'
            f'<text x="{PAD_L - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick">{v:g}</text>'
        )
        v += step
    return out


def _x_labels(periods: list[Date], x_of, every: int) -> list[str]:
    return [
        f'<text x="{x_of(i):.1f}" y="{HEIGHT - PAD_B + 14}" text-anchor="middle" class="tick">'
        f"{p.strftime('%d %b')}</text>"
        for i, p in enumerate(periods)
        if i % every == 0
    ]


def activity_chart(title: str, bars: list[ActivityBar]) -> str:
    """Documents mentioning the actor per period as bars, the baseline band, the signal shaded."""
    if not bars:
        return _frame(title, [f'<text x="20" y="40">{escape("no data")}</text>'])
    n = len(bars)
    top = max(1, max(max(b.observed, b.high) for b in bars))
    plot_w = WIDTH - PAD_L - PAD_R
    step = plot_w / n

    def x_of(i: float) -> float:
        return PAD_L + step * (i + 0.5)

    def y_of(v: float) -> float:
        return PAD_T + (HEIGHT - PAD_T - PAD_B) * (1 - v / top)

    body = _y_axis(top, 0, y_of)
    for i, b in enumerate(bars):
        if b.highlighted:
            body.append(
                f'<rect x="{PAD_L + step * i:.1f}" y="{PAD_T}" width="{step:.1f}" '
                f'height="{HEIGHT - PAD_T - PAD_B}" class="signal-period"/>'
            )
    upper = " ".join(f"{x_of(i):.1f},{y_of(b.high):.1f}" for i, b in enumerate(bars))
    lower = " ".join(f"{x_of(i):.1f},{y_of(b.low):.1f}" for i, b in reversed(list(enumerate(bars))))
    body.append(f'<polygon points="{upper} {lower}" class="band"/>')
    for i, b in enumerate(bars):
        h = (HEIGHT - PAD_T - PAD_B) * b.observed / top
        body.append(
            f'<rect x="{x_of(i) - step * 0.3:.1f}" y="{y_of(b.observed):.1f}" '
            f'width="{step * 0.6:.1f}" height="{h:.1f}" class="bar">'
            f"<title>{b.period}: {b.observed} observed, {b.expected:.1f} expected</title></rect>"
        )
    line = " ".join(f"{x_of(i):.1f},{y_of(b.expected):.1f}" for i, b in enumerate(bars))
    body.append(f'<polyline points="{line}" class="expected"/>')
    body += _x_labels([b.period for b in bars], x_of, max(1, n // 8))
    body.append(
        f'<text x="{PAD_L}" y="{HEIGHT - 4}" class="legend">bars: documents naming the actor · '
        "line and band: baseline expectation (90%) · shaded: signal period</text>"
    )
    return _frame(title, body)


def dyad_chart(
    title: str, periods: list[Date], quads: list[dict[int, int]], net: list[float]
) -> str:
    """Events per period stacked by quad (cooperation up, conflict down) and the net scale line."""
    if not periods:
        return _frame(title, [f'<text x="20" y="40">{escape("no data")}</text>'])
    n = len(periods)
    up = max([1.0] + [q[1] + q[2] for q in quads] + [v for v in net])
    down = max([1.0] + [q[3] + q[4] for q in quads] + [-v for v in net])
    plot_w = WIDTH - PAD_L - PAD_R
    step = plot_w / n

    def x_of(i: float) -> float:
        return PAD_L + step * (i + 0.5)

    def y_of(v: float) -> float:
        return PAD_T + (HEIGHT - PAD_T - PAD_B) * (up - v) / (up + down)

    body = _y_axis(up, -down, y_of)
    for i, q in enumerate(quads):
        base = 0.0
        for quad in (1, 2):
            if q[quad]:
                body.append(_stack(x_of(i), step, y_of(base + q[quad]), y_of(base), quad, q[quad]))
                base += q[quad]
        base = 0.0
        for quad in (3, 4):
            if q[quad]:
                body.append(_stack(x_of(i), step, y_of(base), y_of(base - q[quad]), quad, q[quad]))
                base -= q[quad]
    line = " ".join(f"{x_of(i):.1f},{y_of(v):.1f}" for i, v in enumerate(net))
    body.append(f'<polyline points="{line}" class="net"/>')
    body += _x_labels(periods, x_of, max(1, n // 8))
    body.append(
        f'<text x="{PAD_L}" y="{HEIGHT - 4}" class="legend">'
        "bars: events by quad (blues: cooperation above zero; oranges: conflict below) · "
        "line: net scale</text>"
    )
    return _frame(title, body)


def _stack(x: float, step: float, y_top: float, y_bottom: float, quad: int, count: int) -> str:
    return (
        f'<rect x="{x - step * 0.3:.1f}" y="{y_top:.1f}" width="{step * 0.6:.1f}" '
        f'height="{max(y_bottom - y_top, 0.5):.1f}" fill="{QUAD_COLOURS[quad]}" class="quad">'
        f"<title>{QUAD_NAMES[quad]}: {count}</title></rect>"
    )


def territory_chart(title: str, rows: list[tuple[str, list[tuple[Date, str]]]]) -> str:
    """One row per place; a marker at each change of control, labelled with who took it."""
    if not rows:
        return _frame(title, [f'<text x="20" y="40">{escape("no control changes")}</text>'])
    days = [d for _, changes in rows for d, _ in changes]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    row_h = 26
    height = PAD_T + row_h * len(rows) + PAD_B
    left = 150

    def x_of(d: Date) -> float:
        return left + (WIDTH - left - PAD_R - 60) * (d - first).days / span

    body = []
    for i, (place, changes) in enumerate(rows):
        y = PAD_T + row_h * i + row_h / 2
        body.append(
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" class="place">'
            f"{escape(place[:24])}</text>"
            f'<line x1="{left}" x2="{WIDTH - PAD_R}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
        )
        for d, gainer in changes:
            body.append(
                f'<circle cx="{x_of(d):.1f}" cy="{y:.1f}" r="5" class="change">'
                f"<title>{d}: {escape(gainer)}</title></circle>"
                f'<text x="{x_of(d) + 8:.1f}" y="{y + 4:.1f}" class="tick">'
                f"{escape(gainer[:22])}</text>"
            )
    for d in (first, last):
        body.append(
            f'<text x="{x_of(d):.1f}" y="{height - PAD_B + 16}" text-anchor="middle" class="tick">'
            f"{d.isoformat()}</text>"
        )
    return _frame(title, body, height=height)
