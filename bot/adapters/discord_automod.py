"""Optional mirror of a community's keyword rules into Discord's native AutoMod.

With `[discord] automod_sync = true`, each guild gets one keyword rule named
`RULE_NAME` that blocks matching messages before anyone sees them. Discord allows 1000
keywords of up to 60 characters and 10 regexes of up to 260, compiled by Rust's `regex`
crate (no look-around, no back-references); a pattern Discord would refuse is checked
with that same engine (flpc) and skipped with a log line naming it. Whatever does not
fit stays with Hearth's own filter only, which keeps checking everything either way.
The rule is compared with what Discord has before anything is written, so a restart or a
reload that changes nothing sends nothing. AutoMod's blocks are recorded as incidents.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import discord
import flpc

from bot.rules import RuleFile

log = logging.getLogger(__name__)

RULE_NAME = "Hearth keywords"
MAX_KEYWORDS = 1000
MAX_KEYWORD_LENGTH = 60
MAX_REGEXES = 10
MAX_REGEX_LENGTH = 260


@dataclass(frozen=True, slots=True)
class AutoModPlan:
    """What goes to Discord, and how many entries stay with Hearth's filter alone."""

    keywords: tuple[str, ...]
    regexes: tuple[str, ...]
    overflow: int


def rust_regex_error(pattern: str) -> str | None:
    """Why Discord's Rust regex engine refuses `pattern`, or None when it compiles."""
    try:
        flpc.compile(pattern)
    except ValueError as error:
        return str(error).strip().splitlines()[-1]
    return None


def plan_for(rules: RuleFile) -> AutoModPlan:
    words = list(dict.fromkeys(w for rule in rules.moderation.keywords for w in rule.words))
    keywords = [word for word in words if len(word) <= MAX_KEYWORD_LENGTH][:MAX_KEYWORDS]
    regexes: list[str] = []
    skipped = 0
    for rule in rules.moderation.keywords:
        for pattern in rule.patterns:
            if pattern in regexes:
                continue
            problem = rust_regex_error(pattern)
            if problem is None and len(pattern) > MAX_REGEX_LENGTH:
                problem = f"longer than Discord's {MAX_REGEX_LENGTH} characters"
            if problem is None and len(regexes) >= MAX_REGEXES:
                problem = f"Discord takes at most {MAX_REGEXES} patterns per rule"
            if problem is not None:
                skipped += 1
                log.warning(
                    "automod: pattern %r of keyword rule %r stays in Hearth's own filter only: %s",
                    pattern,
                    rule.id,
                    problem,
                )
                continue
            regexes.append(pattern)
    overflow = len(words) - len(keywords) + skipped
    return AutoModPlan(tuple(keywords), tuple(regexes), overflow)


def _wanted(plan: AutoModPlan, exempt: list[discord.Role]) -> dict[str, Any]:
    """The parts of the rule Hearth sets, in a form comparable with Discord's copy."""
    return {
        "keywords": sorted(plan.keywords),
        "regexes": list(plan.regexes),
        "exempt": sorted(role.id for role in exempt),
        "block": True,
        "enabled": True,
    }


def _current(rule: discord.AutoModRule) -> dict[str, Any]:
    return {
        "keywords": sorted(rule.trigger.keyword_filter),
        "regexes": list(rule.trigger.regex_patterns),
        "exempt": sorted(rule.exempt_role_ids),
        "block": any(a.type is discord.AutoModRuleActionType.block_message for a in rule.actions),
        "enabled": rule.enabled,
    }


async def sync_guild(guild: discord.Guild, rules: RuleFile) -> AutoModPlan:
    """Create, update or remove the guild's Hearth keyword rule to match `rules`; write
    nothing when Discord already has exactly that."""
    plan = plan_for(rules)
    existing = next((r for r in await guild.fetch_automod_rules() if r.name == RULE_NAME), None)
    if not plan.keywords and not plan.regexes:
        if existing is not None:
            await existing.delete(reason="Hearth: no keyword rules")
        return plan
    wanted = {name.casefold() for name in rules.moderation.exempt_roles}
    exempt = [role for role in guild.roles if role.name.casefold() in wanted]
    if existing is not None and _current(existing) == _wanted(plan, exempt):
        log.debug("automod: guild %s already matches the rule file", guild.id)
        return plan
    trigger = discord.AutoModTrigger(
        type=discord.AutoModRuleTriggerType.keyword,
        keyword_filter=list(plan.keywords),
        regex_patterns=list(plan.regexes),
    )
    actions = [discord.AutoModRuleAction(type=discord.AutoModRuleActionType.block_message)]
    if existing is None:
        await guild.create_automod_rule(
            name=RULE_NAME,
            event_type=discord.AutoModRuleEventType.message_send,
            trigger=trigger,
            actions=actions,
            enabled=True,
            exempt_roles=exempt,
            reason="Hearth: keyword rules",
        )
    else:
        await existing.edit(
            trigger=trigger,
            actions=actions,
            enabled=True,
            exempt_roles=exempt,
            reason="Hearth: keyword rules",
        )
    if plan.overflow:
        log.info(
            "automod: %d entries for guild %s stay in Hearth's filter", plan.overflow, guild.id
        )
    return plan


async def record_execution(
    store: Any, community_id: str, execution: discord.AutoModAction
) -> None:
    """A block by Discord's AutoMod, recorded as an automatic incident (no excerpt)."""
    if execution.action.type is not discord.AutoModRuleActionType.block_message:
        return
    log.info("automod: blocked a message by %s in %s", execution.user_id, community_id)
    if store is None:
        return
    await store.add_incident(
        community_id,
        str(execution.user_id),
        datetime.now(UTC),
        "discord-automod",
        detector="discord-automod",
        actions=["block"],
        reason=f"automod rule {execution.rule_id}",
        channel=str(execution.channel_id) if execution.channel_id else None,
        message_id=str(execution.message_id) if execution.message_id else None,
        automatic=True,
    )
