"""Slash commands per guild, who sees them by default, and syncing them only when needed.

Discord lets a bot create 200 application commands per guild per day, so Hearth never
publishes on every start: it hashes the exact payload a sync would send (names,
translations, options, default permissions) and stores the hash per guild in
`cog_state`; a sync happens when the bot joins a guild, when the hash changed (a
new version, or a rule-file reload that changed [permissions] or [roles]) and never
otherwise. Each guild is synced by the process whose shard owns it.

`default_member_permissions` is what makes a moderator command invisible to members.
Discord can only express it as a permission, so Hearth picks one that every role the
rule file calls moderator (or admin) has and @everyone lacks, such as Timeout Members;
when the roles share none, it falls back to Timeout Members (or Administrator) and
says so in the log: members still never see the commands.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.adapters.discord_commands import build_command, build_report_menu
from bot.commands import Level

if TYPE_CHECKING:
    from bot.adapters.discord_commands import CommandHost
    from bot.community import Community

log = logging.getLogger(__name__)

STATE_KEY = "discord:commands:{guild_id}"
MODERATOR_FLAGS = (
    "moderate_members",
    "manage_messages",
    "kick_members",
    "ban_members",
    "manage_roles",
    "manage_channels",
    "manage_guild",
)
ADMIN_FLAGS = ("administrator", "manage_guild", "ban_members", "manage_roles")


def _roles(guild: discord.Guild, names: list[str]) -> list[discord.Role]:
    wanted = {name.casefold() for name in names}
    return [role for role in guild.roles if role.name.casefold() in wanted]


def _shared_flag(
    flags: tuple[str, ...], holders: list[discord.Role], others: list[discord.Role]
) -> str | None:
    """The first flag every holder grants (administrator counts as all) and no other has."""
    if not holders:
        return None
    for flag in flags:
        held = all(r.permissions.administrator or getattr(r.permissions, flag) for r in holders)
        if held and not any(getattr(role.permissions, flag) for role in others):
            return flag
    return None


def level_permissions(
    guild: discord.Guild, community: Community
) -> dict[Level, discord.Permissions | None]:
    """`default_member_permissions` per command level, from the rule file's [roles]."""
    roles = community.rules.roles
    moderators, admins = _roles(guild, roles.moderator), _roles(guild, roles.admin)
    everyone = [guild.default_role]
    moderator = _shared_flag(MODERATOR_FLAGS, moderators + admins, everyone)
    if moderator is None:
        moderator = "moderate_members"
        log.warning(
            "discord: the moderator roles of guild %s share no moderation permission; "
            "moderator commands are shown to members with Timeout Members",
            guild.id,
        )
    admin = _shared_flag(ADMIN_FLAGS, admins, everyone + moderators) or "administrator"
    return {
        Level.EVERYONE: None,
        Level.MODERATOR: discord.Permissions(**{moderator: True}),
        Level.ADMIN: discord.Permissions(**{admin: True}),
    }


def install_guild(
    tree: app_commands.CommandTree[Any],
    host: CommandHost,
    guild: discord.Guild,
    community: Community,
) -> None:
    """Put every registry command (and "Report message") on this guild's tree."""
    target = discord.Object(guild.id)
    tree.clear_commands(guild=target)
    permissions = level_permissions(guild, community)
    for spec in host.engine.registry:
        level = community.level_for(spec)
        command = build_command(host, spec, level)
        command.default_permissions = permissions[level]
        tree.add_command(command, guild=target, override=True)
    if "report" in host.engine.registry:
        tree.add_command(build_report_menu(host), guild=target, override=True)


async def tree_payload(tree: app_commands.CommandTree[Any], guild_id: int) -> list[Any]:
    """What `tree.sync(guild=...)` would send, translations included."""
    commands = tree._get_all_commands(guild=discord.Object(guild_id))
    translator = tree.translator
    if translator is None:
        return [command.to_dict(tree) for command in commands]
    return [await command.get_translated_payload(tree, translator) for command in commands]


def payload_hash(payload: list[Any]) -> str:
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


async def sync_guild(
    tree: app_commands.CommandTree[Any],
    store: Any,
    community_id: str,
    guild_id: int,
    *,
    force: bool = False,
) -> bool:
    """Publish this guild's commands if they changed since the last sync (or `force`)."""
    digest = payload_hash(await tree_payload(tree, guild_id))
    key = STATE_KEY.format(guild_id=guild_id)
    saved = None
    if store is not None:
        try:
            saved = await store.load_state(community_id, key)
        except Exception:
            log.exception("discord: could not read the command hash of guild %s", guild_id)
    if not force and saved is not None and saved.get("hash") == digest:
        log.info("discord: commands of guild %s unchanged; not synced", guild_id)
        return False
    await tree.sync(guild=discord.Object(guild_id))
    log.info("discord: commands of guild %s synced", guild_id)
    if store is not None:
        try:
            await store.save_state(community_id, key, {"hash": digest}, datetime.now(UTC))
        except Exception:
            log.exception("discord: could not keep the command hash of guild %s", guild_id)
    return True
