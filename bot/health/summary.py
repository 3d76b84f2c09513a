"""The short text summary of a `HealthReport`, in any of Hearth's languages.

Used by /stats (the member's language), the weekly digest and `hearth stats` (the
community's language). Lines are Fluent messages `stats-*`; weekday names come from CLDR.
"""

from __future__ import annotations

from collections.abc import Callable

from babel.dates import get_day_names

from bot.health.report import HealthReport

Formatter = Callable[..., str]
"""`format(message_id, **args) -> str` in one locale (for example `Context.t`)."""

LANGUAGE_NAMES_ID = "stats-language"


def weekday_name(locale: str, weekday: int) -> str:
    """The CLDR name of a weekday (0 = Monday) in `locale`."""
    return str(get_day_names("wide", locale=locale)[weekday])


def summary_lines(report: HealthReport, t: Formatter, locale: str) -> list[str]:
    """One line per topic; quiet topics are left out, a silent period says so."""
    lines = [t("stats-header", community=report.community_name, days=report.days)]
    lines.append(
        t(
            "stats-members",
            joins=report.joins,
            leaves=report.leaves,
            net=_signed(report.joins - report.leaves),
        )
    )
    if not report.messages:
        lines.append(t("stats-quiet"))
    else:
        rate = report.engagement_rate
        lines.append(
            t(
                "stats-active",
                count=report.active_members,
                week=report.active_week,
                percent=round(100 * rate) if rate is not None else 0,
                size=report.community_size,
            )
        )
        top = report.channels[0]
        lines.append(t("stats-messages", count=report.messages, channel=top.channel))
        if report.peak is not None:
            weekday, hour = report.peak
            lines.append(
                t("stats-peak", weekday=weekday_name(locale, weekday), hour=f"{hour:02d}:00")
            )
    if report.incident_count:
        top_rule = report.incidents[0]
        lines.append(t("stats-incidents", count=report.incident_count, rule=top_rule.rule))
    else:
        lines.append(t("stats-no-incidents"))
    for language, (positive, negative) in sorted(report.mood_by_language().items()):
        total = positive + negative
        lines.append(
            t(
                "stats-mood",
                language=t(f"{LANGUAGE_NAMES_ID}-{language}"),
                positive=round(100 * positive / total),
                negative=round(100 * negative / total),
                count=total,
            )
        )
    return lines


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def summary_text(report: HealthReport, t: Formatter, locale: str) -> str:
    """The summary as one message."""
    return "\n".join(summary_lines(report, t, locale))
