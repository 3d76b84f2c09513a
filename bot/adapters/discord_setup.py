"""Is Hearth set up right in a Discord server? Permissions, role position and channels.

Checked at start-up, when the bot joins a server and when the rule file changes. What
is wrong is posted once to the moderators' log (the owner gets a DM when there is no
log), in the community's language, naming each permission as Discord's settings show it
and saying what it is for; the same list is not posted again until it changes (the last
one is kept per guild in `cog_state`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import discord

from bot.adapters.discord_destinations import missing_channels, moderator_log, resolve

if TYPE_CHECKING:
    from bot.i18n import Localizer

log = logging.getLogger(__name__)

PERMISSION_IDS: dict[str, str] = {
    "manage_messages": "discord-perm-manage-messages",
    "moderate_members": "discord-perm-moderate-members",
    "kick_members": "discord-perm-kick-members",
    "ban_members": "discord-perm-ban-members",
    "manage_channels": "discord-perm-manage-channels",
    "manage_roles": "discord-perm-manage-roles",
    "manage_guild": "discord-perm-manage-guild",
    "manage_threads": "discord-perm-manage-threads",
    "view_channel": "discord-perm-view-channel",
    "send_messages": "discord-perm-send-messages",
    "read_message_history": "discord-perm-read-message-history",
}
"""discord.py permission names -> Fluent ids of the names Discord's settings show."""
GUILD_PERMISSIONS = (
    "manage_messages",
    "moderate_members",
    "kick_members",
    "ban_members",
    "manage_channels",
    "manage_roles",
)
"""What moderation needs server-wide (deleting, timeouts, kicks, bans, slowmode, locks)."""
CHANNEL_PERMISSIONS = ("view_channel", "send_messages")
STATE_KEY = "discord:setup:{guild_id}"


def permission_name(i18n: Localizer, locale: str | None, permission: str) -> str:
    """A permission as Discord's settings name it ("Manage Messages"), in `locale`."""
    message_id = PERMISSION_IDS.get(permission)
    if message_id is None:
        return permission.replace("_", " ").title()
    return i18n.format(locale, message_id)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix: a Fluent id and its arguments; `key` identifies it across runs."""

    key: str
    message_id: str
    args: tuple[tuple[str, str], ...] = ()


def problems_in(guild: discord.Guild, rules: Any, *, automod: bool) -> list[Problem]:
    """Everything that stops Hearth from doing what the rule file asks in this guild."""
    me = guild.me
    if me is None:
        return []
    found: list[Problem] = []
    granted = me.guild_permissions
    wanted = [*GUILD_PERMISSIONS, *(["manage_guild"] if automod else [])]
    for name in wanted:
        if not getattr(granted, name):
            found.append(Problem(f"perm:{name}", "discord-setup-permission", (("perm", name),)))
    for named in missing_channels(guild, rules):
        found.append(
            Problem(
                f"channel:{named.ref}",
                "discord-setup-missing-channel",
                (("name", named.ref), ("purpose", named.purpose)),
            )
        )
    seen: set[int] = set()
    for named_ref in _posting_channels(rules):
        channel = resolve(guild, named_ref)
        if channel is None or channel.id in seen:
            continue
        seen.add(channel.id)
        allowed = channel.permissions_for(me)
        for name in CHANNEL_PERMISSIONS:
            if not getattr(allowed, name):
                found.append(
                    Problem(
                        f"chperm:{channel.id}:{name}",
                        "discord-setup-channel-permission",
                        (("channel", channel.mention), ("perm", name)),
                    )
                )
    for role_name in _roles_to_give(rules):
        role = discord.utils.find(lambda r, n=role_name: r.name.casefold() == n, guild.roles)
        if role is not None and me.id != guild.owner_id and role >= me.top_role:
            found.append(
                Problem(
                    f"role:{role.id}",
                    "discord-setup-role-position",
                    (("mine", me.top_role.name), ("role", role.name)),
                )
            )
    return found


def _posting_channels(rules: Any) -> list[str]:
    channels = rules.channels
    refs = [channels.moderator_log, channels.reports, channels.welcome]
    refs.append(getattr(rules.welcome, "channel", None))
    refs.append(getattr(getattr(rules.welcome, "gate", None), "channel", None))
    return [ref for ref in refs if isinstance(ref, str) and ref]


def _roles_to_give(rules: Any) -> list[str]:
    names = [getattr(getattr(rules.welcome, "gate", None), "role", None)]
    names += [getattr(entry, "role", None) for entry in getattr(rules.recognition, "roles", [])]
    return [name.casefold() for name in names if isinstance(name, str) and name]


def render(i18n: Localizer, locale: str, guild: discord.Guild, problems: list[Problem]) -> str:
    """The message for the moderators: a header, one line per problem, what happens next."""
    lines = [i18n.format(locale, "discord-setup-header", server=guild.name)]
    for problem in problems:
        args = dict(problem.args)
        if "perm" in args:
            args["permission"] = permission_name(i18n, locale, args["perm"])
            args["why"] = i18n.format(locale, f"discord-setup-why-{args['perm']}")
        lines.append(i18n.format(locale, problem.message_id, **args))
    lines.append(i18n.format(locale, "discord-setup-footer"))
    return "\n".join(lines)


async def report_once(
    guild: discord.Guild,
    problems: list[Problem],
    *,
    rules: Any,
    store: Any,
    community_id: str,
    i18n: Localizer,
    locale: str,
) -> bool:
    """Post the problems unless exactly these were already posted; True when posted."""
    keys = sorted(problem.key for problem in problems)
    state_key = STATE_KEY.format(guild_id=guild.id)
    previous = None
    if store is not None:
        try:
            saved = await store.load_state(community_id, state_key)
            previous = saved.get("problems") if saved else None
        except Exception:
            log.exception("discord: could not read the last set-up report of %s", guild.id)
    if keys == (previous or []):
        return False
    if store is not None:
        try:
            await store.save_state(community_id, state_key, {"problems": keys}, datetime.now(UTC))
        except Exception:
            log.exception("discord: could not keep the set-up report of %s", guild.id)
    if not problems:
        return False
    text = render(i18n, locale, guild, problems)
    log.warning("discord: %d set-up problems in guild %s: %s", len(keys), guild.id, keys)
    target: discord.abc.Messageable | None = moderator_log(guild, rules)
    try:
        if target is None or not target.permissions_for(guild.me).send_messages:
            owner = guild.owner or await guild.fetch_member(guild.owner_id)
            target = await owner.create_dm()
        for part in _chunks(text):
            await target.send(part, allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as error:
        log.warning("discord: could not post the set-up report for %s: %s", guild.id, error)
        return False
    return True


def _chunks(text: str, limit: int = 2000) -> list[str]:
    from bot.adapters.discord_interactions import chunks

    return chunks(text, limit)
