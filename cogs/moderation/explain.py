"""Why a message was or was not flagged: the data behind `hearth replay --explain`.

The moderation cog records what it decided for each message it checked while an
`Explainer` is attached; the explainer adds what the profanity filter saw (normalized
text, allow-list hits, matches suppressed by language scoping) and the member's strike
points after the event. Nothing here changes what the bot does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.events import Edit, Message
from bot.filters import profanity_filter
from cogs.moderation.detectors import check_settings
from cogs.moderation.findings import Finding


@dataclass(slots=True)
class Decision:
    """What the cog decided for one message."""

    event: Message | Edit
    community_id: str
    exempt: bool
    findings: list[Finding]
    acted_on: Finding | None
    rules: Any = None
    """The rules in force when the decision was made (hot reload may swap them later)."""


@dataclass(slots=True)
class Explainer:
    """Collects decisions; `explain` turns one into a JSON-ready dict."""

    decisions: list[Decision] = field(default_factory=list)

    def record(self, decision: Decision) -> None:
        self.decisions.append(decision)

    def take(self) -> list[Decision]:
        taken, self.decisions = self.decisions, []
        return taken


def _match_dict(match: Any) -> dict[str, Any]:
    return {
        "label": match.label,
        "severity": str(match.severity),
        "language": match.language,
        "span": [match.start, match.end],
        "excerpt": match.excerpt,
    }


def _profanity_explanation(rules: Any, text: str) -> Any:
    """What the community's profanity filter saw in `text` (pure, no state touched)."""
    settings = check_settings(rules)
    return profanity_filter(
        settings.languages, settings.extra, settings.allow, settings.baseline
    ).explain(text)


def normalized_text(rules: Any, text: str) -> str:
    """The text as the word lists see it (evasions undone)."""
    return _profanity_explanation(rules, text).normalized


async def explain(decision: Decision, rules: Any, store: Any) -> dict[str, Any]:
    """A readable account of one decision (profanity detail recomputed, purely)."""
    event = decision.event
    profanity = _profanity_explanation(rules, event.text)
    points = None
    if store is not None:
        points = await store.strike_points(
            decision.community_id, event.user.id, event.at, rules.strikes.half_life
        )
    acted = decision.acted_on
    return {
        "verdict": "exempt" if decision.exempt else ("flagged" if acted else "clean"),
        "user": event.user.id,
        "normalized": profanity.normalized,
        "languages": list(profanity.languages),
        "findings": [
            {
                "rule": finding.rule,
                "detector": finding.detector,
                "label": finding.label,
                "severity": finding.severity,
                "language": finding.language,
                "actions": list(finding.actions),
            }
            for finding in decision.findings
        ],
        "acted_on": acted.rule if acted else None,
        "profanity_matches": [_match_dict(match) for match in profanity.matches],
        "allow_list_hits": [_match_dict(match) for match in profanity.allowed],
        "suppressed_by_language": [_match_dict(match) for match in profanity.suppressed],
        "strike_points": None if points is None else round(points, 2),
    }


async def explain_decisions(explainer: Explainer, store: Any) -> list[dict[str, Any]]:
    """Explain (and forget) every decision recorded since the last call."""
    return [await explain(decision, decision.rules, store) for decision in explainer.take()]


def format_explanation(line: int, data: dict[str, Any]) -> str:
    """The plain-text form printed without --json."""
    lines = [f"line {line}: {data['verdict']} (user {data['user']})"]
    lines.append(f"  normalized: {data['normalized']!r}")
    for finding in data["findings"]:
        lines.append(
            f"  finding: {finding['rule']} [{finding['detector']}:{finding['label']}] "
            f"{finding['severity']} → {', '.join(finding['actions'])}"
        )
    for key, title in (("allow_list_hits", "allowed"), ("suppressed_by_language", "not judged")):
        for match in data[key]:
            lines.append(
                f"  {title}: {match['excerpt']!r} ({match['label']}, {match['language']})"
            )
    if data["acted_on"]:
        lines.append(f"  acted on: {data['acted_on']}")
    if data["strike_points"] is not None:
        lines.append(f"  strike points now: {data['strike_points']}")
    return "\n".join(lines)
