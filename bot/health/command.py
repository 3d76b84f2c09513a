"""`hearth stats`: the health report of one community from the record, as text and charts.

Reads the same database `hearth replay --db` and the live bot write. Prints the summary
(or the report as JSON with `--json`) and, with `--out DIR`, writes the PNG charts plus
summary.txt and report.json there. Mood needs message text, which is never stored, so
the mood chart only appears in reports made by the running bot.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from bot.health.report import build_report
from bot.health.summary import summary_text
from bot.i18n import DEFAULT_LOCALES_DIR, Localizer
from bot.rules import community_id_for, load_rules
from bot.storage import Store
from bot.terminal import json_safe, plain


def parse_until(text: str | None) -> datetime:
    """`--until`: an ISO 8601 date or time (UTC unless it names a zone); default now."""
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def run_stats(
    *,
    rules_path: Path,
    database_url: str,
    since_s: int,
    until: datetime,
    out_dir: Path | None,
    as_json: bool,
    out: TextIO,
    locales_dir: Path | None = None,
) -> list[Path]:
    """Build, print and (with `out_dir`) save the report; returns the files written."""
    rules = load_rules(rules_path)
    community_id = community_id_for(rules_path, rules)
    locale = rules.community.locale
    i18n = Localizer(locales_dir or DEFAULT_LOCALES_DIR)

    def t(message_id: str, **args: object) -> str:
        return i18n.format(locale, message_id, **args)

    store = await Store.open(database_url, flush_interval_s=0)
    try:
        report = await build_report(
            store,
            community_id,
            name=rules.community.name,
            timezone=rules.community.timezone,
            since=until - timedelta(seconds=since_s),
            now=until,
        )
    finally:
        await store.close()
    text = summary_text(report, t, locale)
    data = report.to_dict()
    shown = json_safe(json.dumps(data, ensure_ascii=False, indent=2)) if as_json else plain(text)
    out.write(shown + "\n")
    if out_dir is None:
        return []
    from bot.health.charts import render_charts

    written = render_charts(report, out_dir, t, locale)
    summary_path, json_path = out_dir / "summary.txt", out_dir / "report.json"
    summary_path.write_text(text + "\n", encoding="utf-8")
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [*written, summary_path, json_path]
