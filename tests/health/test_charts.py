"""PNG charts and the text summary of a health report."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from bot.health.charts import growth_chart, render_charts
from bot.health.report import build_report
from bot.health.summary import summary_lines
from bot.i18n import Localizer
from bot.storage import Store

from .conftest import COMMUNITY, NOW

PNG = b"\x89PNG\r\n\x1a\n"
I18N = Localizer()


def formatter(locale: str):  # type: ignore[no-untyped-def]
    return lambda message_id, **args: I18N.format(locale, message_id, **args)


async def busy_report(store: Store, moods=()):  # type: ignore[no-untyped-def]
    for day, language, lean in moods:
        store.count_mood(COMMUNITY, day, language, lean)
    await store.record_member_event(COMMUNITY, "u1", "join", NOW - timedelta(days=1))
    await store.record_activity(COMMUNITY, "u1", "general", NOW - timedelta(hours=1))
    await store.add_incident(COMMUNITY, "u1", NOW - timedelta(hours=1), "spam", points=1)
    return await build_report(
        store,
        COMMUNITY,
        name="Hearth Test",
        timezone="Europe/Stockholm",
        since=NOW - timedelta(days=7),
        now=NOW,
    )


async def test_every_chart_is_written_as_a_png(store: Store, tmp_path: Path) -> None:
    mood = [(date(2026, 11, 1), "pl", 1), (date(2026, 11, 1), "pl", -1)]
    paths = render_charts(await busy_report(store, mood), tmp_path, formatter("pl"), "pl")
    names = sorted(path.name for path in paths)
    assert names == [
        "active.png",
        "channels.png",
        "growth.png",
        "heatmap.png",
        "incidents.png",
        "sentiment.png",
    ]
    assert all(path.read_bytes().startswith(PNG) for path in paths)


async def test_a_chart_without_data_says_so_instead_of_failing(store: Store) -> None:
    empty = await build_report(
        store, COMMUNITY, name="X", timezone="UTC", since=NOW - timedelta(days=7), now=NOW
    )
    figure = growth_chart(empty, formatter("en"))
    assert [text.get_text() for text in figure.axes[0].texts] == ["No data in this period"]


async def test_the_summary_names_the_peak_weekday_in_the_readers_language(
    store: Store,
) -> None:
    lines = summary_lines(await busy_report(store), formatter("sv"), "sv")
    assert "Mest aktivt: måndag runt 12:00." in lines
    assert "1 incident i modereringen; oftast: spam." in lines


async def test_the_mood_line_counts_one_message_in_the_singular(store: Store) -> None:
    lines = summary_lines(
        await busy_report(store, [(date(2026, 11, 1), "en", 1)]), formatter("en"), "en"
    )
    assert "Mood in English: 100% positive, 0% negative (1 message with a clear mood)." in lines
