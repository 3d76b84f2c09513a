"""Community health: pure computation from the Store, a text summary and PNG charts.

report = await build_report(store, community_id, name=..., timezone=..., since=..., now=...)
text = summary_text(report, t, locale)          # t(message_id, **args) -> str
paths = render_charts(report, out_dir, t, locale)  # needs matplotlib (imported lazily)
"""

from bot.health.report import HealthReport, build_report
from bot.health.sentiment import Mood, SentimentPoint, score
from bot.health.summary import summary_lines, summary_text

__all__ = [
    "HealthReport",
    "Mood",
    "SentimentPoint",
    "build_report",
    "score",
    "summary_lines",
    "summary_text",
]
