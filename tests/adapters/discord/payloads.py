"""Gateway payloads as Discord sends them, for the fake to push at the client."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.fakes.discord_server import (
    APP_ID,
    BOT_ID,
    FakeGuild,
    FakeMember,
    message_payload,
    user_payload,
)


def _member_part(member: FakeMember) -> dict[str, Any]:
    part = member.payload()
    part.pop("user")
    return part


def message_create(
    guild: FakeGuild, channel_id: str, member: FakeMember, text: str, message_id: str
) -> dict[str, Any]:
    author = user_payload(member.id, member.name, bot=member.bot)
    payload = message_payload(message_id, channel_id, author, text)
    return {**payload, "guild_id": guild.id, "member": _member_part(member)}


def bot_message(message_id: str, channel_id: str, text: str) -> dict[str, Any]:
    """A message the bot sent earlier (buttons hang off these)."""
    return message_payload(message_id, channel_id, user_payload(BOT_ID, "Hearth", bot=True), text)


def message_update(
    guild: FakeGuild, channel_id: str, member: FakeMember, text: str, message_id: str
) -> dict[str, Any]:
    data = message_create(guild, channel_id, member, text, message_id)
    data["edited_timestamp"] = datetime.now(UTC).isoformat()
    return data


def member_add(guild: FakeGuild, member: FakeMember) -> dict[str, Any]:
    return {**member.payload(), "guild_id": guild.id}


def interaction(
    guild: FakeGuild,
    channel_id: str,
    member: FakeMember,
    interaction_id: str,
    *,
    kind: int,
    data: dict[str, Any],
    locale: str = "en-US",
) -> dict[str, Any]:
    return {
        "id": interaction_id,
        "application_id": APP_ID,
        "type": kind,
        "data": data,
        "guild_id": guild.id,
        "channel_id": channel_id,
        "channel": {"id": channel_id, "type": 0, "guild_id": guild.id, "name": "general"},
        "member": {**member.payload(), "permissions": "2199023255551"},
        "token": f"token-{interaction_id}",
        "version": 1,
        "locale": locale,
        "guild_locale": "en-US",
        "app_permissions": "2199023255551",
        "entitlements": [],
        "authorizing_integration_owners": {"0": guild.id},
        "context": 0,
        "attachment_size_limit": 8388608,
    }


def slash_command(
    guild: FakeGuild,
    channel_id: str,
    member: FakeMember,
    interaction_id: str,
    name: str,
    options: list[dict[str, Any]] | None = None,
    *,
    locale: str = "en-US",
    resolved: dict[str, Any] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "1",
        "name": name,
        "type": 1,
        "guild_id": guild.id,
        "options": options or [],
    }
    if resolved:
        data["resolved"] = resolved
    return interaction(guild, channel_id, member, interaction_id, kind=2, data=data, locale=locale)


def resolved_user(member: FakeMember) -> dict[str, Any]:
    return {
        "users": {member.id: user_payload(member.id, member.name)},
        "members": {member.id: {**_member_part(member), "permissions": "0"}},
    }


def button_press(
    guild: FakeGuild,
    channel_id: str,
    member: FakeMember,
    interaction_id: str,
    custom_id: str,
    message: dict[str, Any],
) -> dict[str, Any]:
    payload = interaction(
        guild,
        channel_id,
        member,
        interaction_id,
        kind=3,
        data={"custom_id": custom_id, "component_type": 2},
    )
    payload["message"] = message
    return payload
