"""PNG charts of a `HealthReport` with matplotlib (Agg, no display, no global pyplot state).

`render_charts` writes growth.png, active.png, channels.png, heatmap.png, incidents.png
and, when there is mood data, sentiment.png, with titles in the given language. A chart
without data still renders, with a short "no data" note, so a report folder always has
the same files.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.health.report import HealthReport
from bot.health.summary import weekday_name

Formatter = Callable[..., str]
MAX_BARS = 15
GREEN, RED, BLUE, GREY = "#2a9d8f", "#e76f51", "#264653", "#8d99ae"


def _figure(width: float = 8, height: float = 4.5) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _no_data(axes, t: Formatter) -> None:  # type: ignore[no-untyped-def]
    axes.text(0.5, 0.5, t("chart-no-data"), ha="center", va="center", color=GREY)
    axes.set_xticks([])
    axes.set_yticks([])


def growth_chart(report: HealthReport, t: Formatter) -> Figure:
    figure = _figure()
    axes = figure.add_subplot()
    axes.set_title(t("chart-growth-title"))
    days = [day.day for day in report.growth]
    if not report.joins and not report.leaves:
        _no_data(axes, t)
        return figure
    axes.bar(days, [d.joins for d in report.growth], color=GREEN, label=t("chart-joins"))
    axes.bar(days, [-d.leaves for d in report.growth], color=RED, label=t("chart-leaves"))
    net = list(accumulate(d.joins - d.leaves for d in report.growth))
    axes.plot(days, net, color=BLUE, label=t("chart-net"))
    axes.axhline(0, color=GREY, linewidth=0.8)
    axes.legend(loc="upper left")
    figure.autofmt_xdate()
    return figure


def active_chart(report: HealthReport, t: Formatter) -> Figure:
    figure = _figure(6, 4)
    axes = figure.add_subplot()
    axes.set_title(t("chart-active-title"))
    labels = [t("chart-active-day"), t("chart-active-week"), t("chart-active-period")]
    values = [report.active_day, report.active_week, report.active_members]
    bars = axes.bar(labels, values, color=[GREY, BLUE, GREEN])
    axes.bar_label(bars)
    rate = report.engagement_rate
    if rate is not None:
        axes.set_xlabel(
            t("chart-engagement", percent=round(100 * rate), size=report.community_size)
        )
    return figure


def _horizontal(title: str, pairs: list[tuple[str, int]], color: str, t: Formatter) -> Figure:
    shown = pairs[:MAX_BARS]
    figure = _figure(7, max(2.5, 0.4 * len(shown) + 1.2))
    axes = figure.add_subplot()
    axes.set_title(title)
    if not shown:
        _no_data(axes, t)
        return figure
    labels = [label for label, _ in reversed(shown)]
    bars = axes.barh(labels, [value for _, value in reversed(shown)], color=color)
    axes.bar_label(bars, padding=2)
    return figure


def channels_chart(report: HealthReport, t: Formatter) -> Figure:
    pairs = [(f"#{c.channel}", c.messages) for c in report.channels]
    return _horizontal(t("chart-channels-title"), pairs, BLUE, t)


def incidents_chart(report: HealthReport, t: Formatter) -> Figure:
    pairs = [(r.rule, r.incidents) for r in report.incidents]
    return _horizontal(t("chart-incidents-title"), pairs, RED, t)


def heatmap_chart(report: HealthReport, t: Formatter, locale: str) -> Figure:
    figure = _figure(10, 4)
    axes = figure.add_subplot()
    axes.set_title(t("chart-heatmap-title", timezone=report.timezone))
    image = axes.imshow(report.heatmap, aspect="auto", cmap="YlGnBu", interpolation="nearest")
    axes.set_yticks(range(7), [weekday_name(locale, day) for day in range(7)])
    axes.set_xticks(range(0, 24, 2), [f"{hour:02d}" for hour in range(0, 24, 2)])
    figure.colorbar(image, ax=axes, label=t("chart-messages"))
    return figure


def sentiment_chart(report: HealthReport, t: Formatter) -> Figure:
    figure = _figure()
    axes = figure.add_subplot()
    axes.set_title(t("chart-sentiment-title"))
    languages = sorted({point.language for point in report.sentiment})
    for language in languages:
        points = [p for p in report.sentiment if p.language == language]
        axes.plot(
            [p.day for p in points],
            [p.net for p in points],
            marker="o",
            label=t(f"stats-language-{language}"),
        )
    axes.set_ylim(-1.05, 1.05)
    axes.axhline(0, color=GREY, linewidth=0.8)
    axes.set_ylabel(t("chart-sentiment-axis"))
    axes.legend(loc="lower left")
    figure.autofmt_xdate()
    return figure


def render_charts(report: HealthReport, out_dir: Path, t: Formatter, locale: str) -> list[Path]:
    """Write the report's charts as PNG files into `out_dir`; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    figures = {
        "growth": growth_chart(report, t),
        "active": active_chart(report, t),
        "channels": channels_chart(report, t),
        "heatmap": heatmap_chart(report, t, locale),
        "incidents": incidents_chart(report, t),
    }
    if report.sentiment:
        figures["sentiment"] = sentiment_chart(report, t)
    written = []
    for name, figure in figures.items():
        path = out_dir / f"{name}.png"
        figure.savefig(path)
        written.append(path)
    return written
