"""Optional mirror of a community's keyword rules into Discord's native AutoMod.

With `[discord] automod_sync = true`, each guild gets one keyword rule named
`RULE_NAME` that blocks matching messages before anyone sees them. Discord allows 1000
keywords of up to 60 characters and 10 regexes of up to 260; whatever does not fit
stays with Hearth's own filter only, which keeps checking everything either way.
AutoMod's blocks are recorded as incidents so they count in statistics and history.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import discord

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


def plan_for(rules: RuleFile) -> AutoModPlan:
    words = list(dict.fromkeys(w for rule in rules.moderation.keywords for w in rule.words))
    patterns = list(dict.fromkeys(p for rule in rules.moderation.keywords for p in rule.patterns))
    keywords = [word for word in words if len(word) <= MAX_KEYWORD_LENGTH][:MAX_KEYWORDS]
    regexes = [pattern for pattern in patterns if len(pattern) <= MAX_REGEX_LENGTH][:MAX_REGEXES]
    overflow = len(words) - len(keywords) + len(patterns) - len(regexes)
    return AutoModPlan(tuple(keywords), tuple(regexes), overflow)


async def sync_guild(guild: discord.Guild, rules: RuleFile) -> AutoModPlan:
    """Create, update or remove the guild's Hearth keyword rule to match `rules`."""
    plan = plan_for(rules)
    existing = next((r for r in await guild.fetch_automod_rules() if r.name == RULE_NAME), None)
    if not plan.keywords and not plan.regexes:
        if existing is not None:
            await existing.delete(reason="Hearth: no keyword rules")
        return plan
    trigger = discord.AutoModTrigger(
        type=discord.AutoModRuleTriggerType.keyword,
        keyword_filter=list(plan.keywords),
        regex_patterns=list(plan.regexes),
    )
    actions = [discord.AutoModRuleAction(type=discord.AutoModRuleActionType.block_message)]
    wanted = {name.casefold() for name in rules.moderation.exempt_roles}
    exempt = [role for role in guild.roles if role.name.casefold() in wanted]
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


async def sync_all(
    client: discord.Client,
    rules_by_community: Mapping[str, RuleFile],
    guild_ids: Mapping[str, list[int]],
) -> None:
    """Sync every community's guilds; a refusal in one guild is logged, not fatal."""
    for community_id, community_guilds in guild_ids.items():
        rules = rules_by_community.get(community_id)
        if rules is None:
            continue
        for guild_id in community_guilds:
            guild = client.get_guild(guild_id)
            if guild is None:
                continue
            try:
                await sync_guild(guild, rules)
            except discord.HTTPException as error:
                log.warning("automod: sync for guild %s failed: %s", guild_id, error)


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
