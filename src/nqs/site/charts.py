"""Statistics drawn at build time as inline SVG: no chart service, no script.

Each chart comes with its numbers as a table, so that a screen reader and a printout have
them too. Every text in an SVG is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from nqs.collation import collated
from nqs.formatting import month_name, number
from nqs.law import current
from nqs.site.labels import LABELS
from nqs.site.model import SiteModel

# Series colours with enough contrast on white (WCAG AA for large graphics).
COLOURS = ("#1a5fb4", "#c64600", "#26734d", "#7b3294", "#a51d2d", "#5e5c64")
BAR, GAP, LABEL_WIDTH, WIDTH, CHAR = 18, 6, 260, 640, 8


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    series: list[str]
    rows: list[tuple[str, list[int]]]
    svg: Markup


def _bars(title: str, series: list[str], rows: list[tuple[str, list[int]]], lang: str) -> Chart:
    """Horizontal stacked bars, one row per category, with a legend and each row's total."""
    largest = max((sum(values) for _, values in rows), default=0) or 1
    scale = (WIDTH - LABEL_WIDTH - 40) / largest
    # The legend: its entries side by side, on a new line where the next would not fit (a
    # character of 12 px text is taken as 8 px wide at most).
    legend: list[str] = []
    x, line = 0, 4
    for index, name in enumerate(series):
        width = 24 + CHAR * len(name)
        if x and x + width > WIDTH:
            x, line = 0, line + BAR
        colour = COLOURS[index % len(COLOURS)]
        legend.append(
            f'<rect x="{x}" y="{line}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{line + 10}" font-size="12">{escape(name)}</text>'
        )
        x += width
    top = line + 26
    height = top + len(rows) * (BAR + GAP) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" class="nqs-chart"><title>{escape(title)}</title>',
        *legend,
    ]
    fits = (LABEL_WIDTH - 6) // CHAR  # the characters a label may have before its left edge
    for row, (label, values) in enumerate(rows):
        y = top + row * (BAR + GAP)
        short = label if len(label) <= fits else label[: fits - 1] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR - 5}" font-size="12" '
            f'text-anchor="end">{escape(short)}</text>'
        )
        offset = float(LABEL_WIDTH)
        for index, value in enumerate(values):
            if value:
                bar = value * scale
                colour = COLOURS[index % len(COLOURS)]
                parts.append(
                    f'<rect x="{offset:.1f}" y="{y}" width="{bar:.1f}" '
                    f'height="{BAR}" fill="{colour}"/>'
                )
                offset += bar
        parts.append(
            f'<text x="{offset + 4:.1f}" y="{y + BAR - 5}" font-size="12">'
            f"{number(sum(values), lang)}</text>"
        )
    parts.append("</svg>")
    return Chart(title, series, rows, Markup("".join(parts)))


def all_charts(model: SiteModel, lang: str) -> list[Chart]:
    def t(key: str) -> str:
        return LABELS[key][lang]

    by_body: Counter[tuple[str, str]] = Counter(
        (p["body"], p["basis"]) for p in model.professions.values() if p["status"] == "included"
    )
    bodies = collated({body for body, _ in by_body}, lang, lambda b: model.body_name(b, lang))
    professions = _bars(
        t("chart-professions"),
        [t("mandatory"), t("voluntary")],
        [
            (
                model.body_name(b, lang),
                [by_body[(b, "mandatory")], by_body[(b, "voluntary")]],
            )
            for b in bodies
        ],
        lang,
    )

    states = ["active", "expiring", "expired", "renewed", "revoked", "terminated"]
    by_region: Counter[tuple[str, str]] = Counter(
        (c["region"], model.center_state[bin_]) for bin_, c in model.centers.items()
    )
    regions = collated({r for r, _ in by_region}, lang, lambda r: model.regions[r][lang])
    centers = _bars(
        t("chart-centers"),
        [t(f"state-{s}") for s in states],
        [(model.regions[r][lang], [by_region[(r, s)] for s in states]) for r in regions],
        lang,
    )

    months = [_month(model.as_of, i) for i in range(24)]
    expiring: Counter[tuple[int, int]] = Counter(
        (int(current(c)["expires"][:4]), int(current(c)["expires"][5:7]))
        for bin_, c in model.centers.items()
        if model.center_state[bin_] in ("active", "renewed", "expiring")
    )
    by_month = _bars(
        t("chart-expiring"),
        [t("count")],
        [(month_name(*m, lang), [expiring[m]]) for m in months],
        lang,
    )
    return [professions, centers, by_month]


def _month(start: dt.date, ahead: int) -> tuple[int, int]:
    """The year and month `ahead` months after start's."""
    index = start.year * 12 + start.month - 1 + ahead
    return index // 12, index % 12 + 1
