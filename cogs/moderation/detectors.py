"""Detectors the moderation cog runs on a message, each returning findings.

Each detector reads its own table of the rule file and returns `Finding`s; it never
acts. Compiled state (keyword alternations) is cached per rule-file version, so a
hot reload takes effect on the next message.
"""

from __future__ import annotations

from bot.cog import Context
from cogs.moderation.findings import Finding
from cogs.moderation.keywords import CompiledKeywordRule, compile_keyword_rules


def _compiled_keywords(ctx: Context) -> tuple[CompiledKeywordRule, ...]:
    cache: dict[str, object] = ctx.community.state_for("moderation.keywords", dict)
    rules = ctx.rules
    if cache.get("rules") is not rules:
        cache["rules"] = rules
        cache["compiled"] = compile_keyword_rules(rules.moderation.keywords)
    return cache["compiled"]  # type: ignore[return-value]


def keyword_findings(ctx: Context, text: str) -> list[Finding]:
    findings = []
    folded = text.casefold()
    for compiled in _compiled_keywords(ctx):
        excerpt = compiled.search(folded)
        if excerpt is None:
            continue
        rule = compiled.rule
        findings.append(
            Finding(
                rule=rule.id,
                guideline=rule.guideline,
                severity=rule.severity,
                actions=tuple(rule.actions),
                detector="keywords",
                label=rule.id,
                excerpt=excerpt,
            )
        )
    return findings


DETECTORS = (keyword_findings,)
