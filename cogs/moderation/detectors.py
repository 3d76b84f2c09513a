"""Detectors the moderation cog runs on a message, each returning findings.

Each detector reads its own table of the rule file and returns `Finding`s; it never
acts. Compiled state (keyword alternations, the shared text checker) is cached per
rule-file version, so a hot reload takes effect on the next message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.cog import Context
from bot.events import Edit, Message
from bot.filters import CheckSettings, Match, Severity, TextReport, text_checker
from bot.rules import RuleFile
from cogs.moderation.findings import SEVERITY_RANK, Finding
from cogs.moderation.keywords import CompiledKeywordRule, compile_keyword_rules


@dataclass(frozen=True, slots=True)
class _Compiled:
    rules: RuleFile
    keywords: tuple[CompiledKeywordRule, ...]
    checker: Any


def check_settings(rules: RuleFile) -> CheckSettings:
    """The filter settings a rule file asks for (equal files share one checker)."""
    profanity = rules.moderation.profanity
    spam = rules.antispam
    extra = tuple(
        (word, Severity(severity))
        for severity in ("mild", "abusive", "slur", "threat")
        for word in getattr(profanity.add, severity)
    )
    return CheckSettings(
        languages=tuple(sorted(set(rules.community.languages))),
        extra=tuple(sorted(set(extra))),
        allow=tuple(sorted(set(profanity.allow))),
        baseline=profanity.baseline,
        allow_domains=tuple(spam.links.allow),
        deny_domains=tuple(spam.links.deny),
        block_invites=not spam.links.invites,
        caps_ratio=spam.caps.ratio,
        caps_min_length=spam.caps.min_length,
        zalgo_ratio=spam.zalgo.ratio,
        max_mentions=spam.mentions.max,
        privacy=rules.moderation.privacy.enabled,
    )


def compiled(ctx: Context) -> _Compiled:
    cache: dict[str, _Compiled] = ctx.community.state_for("moderation.compiled", dict)
    current = cache.get("current")
    if current is None or current.rules is not ctx.rules:
        rules = ctx.rules
        current = _Compiled(
            rules=rules,
            keywords=compile_keyword_rules(rules.moderation.keywords),
            checker=text_checker(check_settings(rules)),
        )
        cache["current"] = current
    return current


def scan(ctx: Context) -> TextReport:
    """Run every text detector once on the event's text."""
    event = ctx.event
    assert isinstance(event, Message | Edit)
    mentions = len(set(event.mentions)) if isinstance(event, Message) and event.mentions else None
    return check_text(ctx, event.text, mentions)


def check_text(ctx: Context, text: str, mentions: int | None = None) -> TextReport:
    """Run every text detector on any text with this community's settings."""
    return compiled(ctx).checker.check(text, mentions)


def keyword_findings(ctx: Context, text: str, report: TextReport) -> list[Finding]:
    findings = []
    folded = text.casefold()
    for rule_set in compiled(ctx).keywords:
        excerpt = rule_set.search(folded)
        if excerpt is None:
            continue
        rule = rule_set.rule
        findings.append(
            Finding(
                rule=rule.id,
                guideline=rule.guideline,
                severity=rule.severity,
                actions=tuple(rule.actions),
                detector="keywords",
                label=rule.id,
                excerpt=excerpt,
                language=report.language,
            )
        )
    return findings


def profanity_findings(ctx: Context, text: str, report: TextReport) -> list[Finding]:
    settings = ctx.rules.moderation.profanity
    if not settings.enabled:
        return []
    floor = SEVERITY_RANK[settings.min_severity]
    return [
        _from_match(
            match,
            rule="profanity",
            guideline="safety" if match.severity == "threat" else "respect",
            actions=tuple(getattr(settings.actions, str(match.severity))),
            language=match.language or report.language,
        )
        for match in report.profanity
        if SEVERITY_RANK[str(match.severity)] >= floor
    ]


def privacy_findings(ctx: Context, text: str, report: TextReport) -> list[Finding]:
    settings = ctx.rules.moderation.privacy
    if not settings.enabled:
        return []
    return [
        _from_match(
            match,
            rule="privacy",
            guideline="privacy",
            actions=tuple(settings.actions),
            language=report.language,
            sensitive=True,
        )
        for match in report.personal_data
        if match.label in settings.kinds
    ]


def shape_findings(ctx: Context, text: str, report: TextReport) -> list[Finding]:
    """Links, mass mentions, shouting and zalgo: the anti-spam checks that need no memory."""
    spam = ctx.rules.antispam
    if not spam.enabled:
        return []
    findings = []
    if spam.links.enabled:
        findings.extend(
            spam_finding(
                ctx,
                "invite" if match.label == "invite" else "links",
                match.label,
                match.excerpt,
                report.language,
            )
            for match in report.links
        )
    if spam.mentions.enabled and report.mass_mention:
        findings.append(spam_finding(ctx, "mentions", str(report.mentions), "", report.language))
    if spam.caps.enabled and report.excessive_caps:
        findings.append(spam_finding(ctx, "caps", "caps", text[:80], report.language))
    if spam.zalgo.enabled and report.zalgo:
        findings.append(spam_finding(ctx, "zalgo", "zalgo", "", report.language))
    return findings


def spam_finding(
    ctx: Context, rule: str, label: str, excerpt: str, language: str | None = None
) -> Finding:
    """A breach of the no-spam guideline, acted on as [antispam] says."""
    spam = ctx.rules.antispam
    return Finding(
        rule=rule,
        guideline="no-spam",
        severity=spam.severity,
        actions=tuple(spam.actions),
        detector="antispam",
        label=label,
        excerpt=excerpt,
        language=language,
    )


def _from_match(
    match: Match,
    *,
    rule: str,
    guideline: str,
    actions: tuple[str, ...],
    language: str | None,
    sensitive: bool = False,
) -> Finding:
    return Finding(
        rule=rule,
        guideline=guideline,
        severity=str(match.severity),
        actions=actions,
        detector=match.detector,
        label=match.label,
        excerpt=match.excerpt,
        language=language,
        sensitive=sensitive,
    )


TEXT_DETECTORS = (keyword_findings, profanity_findings, privacy_findings, shape_findings)
