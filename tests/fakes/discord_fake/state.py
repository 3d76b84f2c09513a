"""The fake Discord's world: a clock, snowflakes, guilds with roles, members, channels,
overwrites, bans, messages, AutoMod rules and commands, and Discord's permission maths.

Everything here is plain data a test can build and assert on. Payloads are shaped as the
API reference's object pages describe them (Resources > Guild, Channel, Message, User).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
"""Reference > Snowflakes: milliseconds since the first second of 2015."""

# Topics > Permissions > Bitwise Permission Flags (only those Hearth's calls involve).
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
SEND_MESSAGES_IN_THREADS = 1 << 38
MODERATE_MEMBERS = 1 << 40
ALL_PERMISSIONS = (1 << 53) - 1

EVERYONE_DEFAULT = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | SEND_MESSAGES_IN_THREADS
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | EMBED_LINKS
    | USE_EXTERNAL_EMOJIS
    | USE_APPLICATION_COMMANDS
)
"""What @everyone gets in a new server (close to Discord's default set)."""
BOT_DEFAULT = (
    MANAGE_MESSAGES
    | MODERATE_MEMBERS
    | KICK_MEMBERS
    | BAN_MEMBERS
    | MANAGE_CHANNELS
    | MANAGE_ROLES
    | MANAGE_GUILD
    | MANAGE_THREADS
)
"""What the invite link in Hearth's README asks for."""
MODERATOR_DEFAULT = MANAGE_MESSAGES | MODERATE_MEMBERS | KICK_MEMBERS

TIMED_OUT_ALLOWED = VIEW_CHANNEL | READ_MESSAGE_HISTORY
"""Topics > Permissions: a member in timeout keeps only these (unless admin or owner)."""


class Clock:
    """Real time, which a test may move forward (expired tokens, old messages)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


class Snowflakes:
    """Ids as Discord mints them: timestamp, worker, process and an increment."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._increment = itertools.count()

    def mint(self, at: datetime | None = None) -> str:
        moment = at or self.clock.now()
        millis = int(moment.timestamp() * 1000) - DISCORD_EPOCH_MS
        return str((millis << 22) | (1 << 17) | (1 << 12) | (next(self._increment) & 0xFFF))


def snowflake_time(snowflake: str | int) -> datetime:
    millis = (int(snowflake) >> 22) + DISCORD_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, UTC)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def user_payload(user_id: str, name: str, *, bot: bool = False) -> dict[str, Any]:
    """Resources > User > User Object."""
    return {
        "id": user_id,
        "username": name.lower(),
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


@dataclass
class FakeRole:
    id: str
    name: str
    position: int
    permissions: int = 0
    managed: bool = False

    def payload(self) -> dict[str, Any]:
        """Topics > Permissions > Role Object (permissions as a string)."""
        return {
            "id": self.id,
            "name": self.name,
            "position": self.position,
            "permissions": str(self.permissions),
            "color": 0,
            "hoist": False,
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }


@dataclass
class FakeMember:
    id: str
    name: str
    roles: list[str] = field(default_factory=list)
    bot: bool = False
    joined_at: datetime | None = None
    """Set by the guild when the member is added (each member their own moment)."""
    pending: bool = False
    """Membership Screening: True until the member accepts the server's rules."""
    communication_disabled_until: datetime | None = None
    nick: str | None = None

    def payload(self) -> dict[str, Any]:
        """Resources > Guild > Guild Member Object."""
        return {
            "user": user_payload(self.id, self.name, bot=self.bot),
            "roles": list(self.roles),
            "joined_at": iso(self.joined_at or datetime.now(UTC)),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": self.nick,
            "avatar": None,
            "pending": self.pending,
            "communication_disabled_until": iso(self.communication_disabled_until),
        }


@dataclass
class Overwrite:
    id: str
    type: int
    """0 role, 1 member (Resources > Channel > Overwrite Object)."""
    allow: int = 0
    deny: int = 0

    def payload(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "allow": str(self.allow), "deny": str(self.deny)}


@dataclass
class FakeChannel:
    id: str
    name: str
    type: int = 0
    position: int = 0
    overwrites: dict[str, Overwrite] = field(default_factory=dict)
    rate_limit_per_user: int = 0
    parent_id: str | None = None

    def payload(self, guild_id: str) -> dict[str, Any]:
        """Resources > Channel > Channel Object (a guild text channel)."""
        return {
            "id": self.id,
            "guild_id": guild_id,
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [o.payload() for o in self.overwrites.values()],
            "nsfw": False,
            "parent_id": self.parent_id,
            "topic": None,
            "rate_limit_per_user": self.rate_limit_per_user,
            "last_message_id": None,
        }


@dataclass
class FakeMessage:
    id: str
    channel_id: str
    author: dict[str, Any]
    content: str
    guild_id: str | None = None
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[Any] = field(default_factory=list)
    flags: int = 0
    edited_at: datetime | None = None
    mentions: list[dict[str, Any]] = field(default_factory=list)
    reference: dict[str, Any] | None = None
    deleted: bool = False

    @property
    def created_at(self) -> datetime:
        return snowflake_time(self.id)

    def payload(self) -> dict[str, Any]:
        """Resources > Message > Message Object."""
        data: dict[str, Any] = {
            "id": self.id,
            "channel_id": self.channel_id,
            "author": self.author,
            "content": self.content,
            "timestamp": iso(self.created_at),
            "edited_timestamp": iso(self.edited_at),
            "tts": False,
            "mention_everyone": False,
            "mentions": list(self.mentions),
            "mention_roles": [],
            "attachments": [],
            "embeds": list(self.embeds),
            "components": list(self.components),
            "pinned": False,
            "type": 19 if self.reference else 0,
            "flags": self.flags,
        }
        if self.reference:
            data["message_reference"] = self.reference
        if self.guild_id:
            data["guild_id"] = self.guild_id
        return data


@dataclass
class FakeGuild:
    id: str
    name: str
    owner_id: str
    roles: dict[str, FakeRole] = field(default_factory=dict)
    channels: dict[str, FakeChannel] = field(default_factory=dict)
    members: dict[str, FakeMember] = field(default_factory=dict)
    bans: dict[str, dict[str, Any]] = field(default_factory=dict)
    automod_rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    commands: list[dict[str, Any]] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    system_channel_id: str | None = None
    extra_member_count: int = 0
    """Members that exist only as a count (a 100,000-member guild without 100,000 objects)."""

    # -- lookups ---------------------------------------------------------------------

    @property
    def everyone(self) -> FakeRole:
        return self.roles[self.id]

    def role_id(self, name: str) -> str:
        return next(role.id for role in self.roles.values() if role.name == name)

    def role_named(self, name: str) -> FakeRole:
        return self.roles[self.role_id(name)]

    def channel_id(self, name: str) -> str:
        return next(channel.id for channel in self.channels.values() if channel.name == name)

    def channel_named(self, name: str) -> FakeChannel:
        return self.channels[self.channel_id(name)]

    @property
    def member_count(self) -> int:
        return len(self.members) + self.extra_member_count

    # -- permissions (Topics > Permissions > Permission Overwrites) ------------------

    def top_position(self, member: FakeMember) -> int:
        return max((self.roles[r].position for r in member.roles if r in self.roles), default=0)

    def base_permissions(self, member: FakeMember) -> int:
        if member.id == self.owner_id:
            return ALL_PERMISSIONS
        permissions = self.everyone.permissions
        for role_id in member.roles:
            role = self.roles.get(role_id)
            if role is not None:
                permissions |= role.permissions
        return ALL_PERMISSIONS if permissions & ADMINISTRATOR else permissions

    def permissions_in(self, member: FakeMember, channel: FakeChannel | None) -> int:
        permissions = self.base_permissions(member)
        if permissions & ADMINISTRATOR or member.id == self.owner_id:
            return ALL_PERMISSIONS
        if channel is not None:
            everyone = channel.overwrites.get(self.id)
            if everyone is not None:
                permissions = (permissions & ~everyone.deny) | everyone.allow
            allow = deny = 0
            for role_id in member.roles:
                overwrite = channel.overwrites.get(role_id)
                if overwrite is not None:
                    allow |= overwrite.allow
                    deny |= overwrite.deny
            permissions = (permissions & ~deny) | allow
            own = channel.overwrites.get(member.id)
            if own is not None:
                permissions = (permissions & ~own.deny) | own.allow
        return permissions

    def outranks(self, actor: FakeMember, target: FakeMember) -> bool:
        """Topics > Permissions > Permission Hierarchy: strictly higher top role, never
        over the owner (the owner outranks everyone)."""
        if target.id == self.owner_id:
            return False
        if actor.id == self.owner_id:
            return True
        return self.top_position(actor) > self.top_position(target)

    # -- payloads ----------------------------------------------------------------------

    def payload(self, *, member_limit: int | None = None) -> dict[str, Any]:
        """Topics > Gateway Events > Guild Create: the guild and (for small guilds) its
        members; a `large` guild (over 250 members) sends only a few of them."""
        members = list(self.members.values())
        large = self.member_count > 250
        if large:
            members = [m for m in members if m.bot][: member_limit or 50]
        return {
            "id": self.id,
            "name": self.name,
            "owner_id": self.owner_id,
            "icon": None,
            "features": list(self.features),
            "emojis": [],
            "stickers": [],
            "roles": [role.payload() for role in self.roles.values()],
            "channels": [channel.payload(self.id) for channel in self.channels.values()],
            "members": [member.payload() for member in members],
            "member_count": self.member_count,
            "threads": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "large": large,
            "unavailable": False,
            "preferred_locale": "en-US",
            "premium_tier": 0,
            "system_channel_id": self.system_channel_id,
            "mfa_level": 0,
            "verification_level": 0,
            "explicit_content_filter": 0,
            "default_message_notifications": 0,
            "joined_at": iso(datetime.now(UTC)),
        }
