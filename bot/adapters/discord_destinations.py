"""The channels a rule file names, resolved in each Discord server, and what to do when
one is missing.

A rule file names channels by purpose ([channels], and a `channel` key in many sections).
`named_channels` lists them all; `resolve` finds each in a guild (by id, `<#id>`, `#name`
or name). A post meant for a channel the server does not have goes to the moderators'
log instead, with a line saying where it was meant to go, so a report or an alert is
never dropped. Mentions (`<#id>`, `<@id>`) and message links are made here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import discord

Channel = discord.TextChannel | discord.VoiceChannel | discord.StageChannel | discord.Thread

SINGLE_PATHS: tuple[tuple[str, str], ...] = (
    ("channels.moderator_log", "moderator_log"),
    ("channels.reports", "reports"),
    ("channels.welcome", "welcome"),
    ("channels.introductions", "introductions"),
    ("channels.rules", "rules"),
    ("welcome.channel", "welcome"),
    ("welcome.gate.channel", "gate"),
    ("introductions.channel", "introductions"),
    ("reports.channel", "reports"),
    ("appeals.channel", "appeals"),
    ("escalation.alert_channel", "alerts"),
    ("polls.feedback.channel", "feedback"),
    ("stats.digest.channel", "digest"),
    ("events.channel", "events"),
    ("polls.channel", "polls"),
    ("recognition.milestones.channel", "milestones"),
    ("lockdown.announcement_channel", "lockdown"),
)
"""Rule-file keys that name one channel, and the purpose shown to admins."""


@dataclass(frozen=True, slots=True)
class Named:
    """One channel the rule file names: the key it came from, its purpose, the reference."""

    key: str
    purpose: str
    ref: str


def _lookup(rules: Any, dotted: str) -> Any:
    node = rules
    for part in dotted.split("."):
        node = getattr(node, part, None)
        if node is None:
            return None
    return node


def named_channels(rules: Any) -> list[Named]:
    """Every channel reference in a rule file, each reference once (first key wins)."""
    found: dict[str, Named] = {}

    def add(key: str, purpose: str, ref: object) -> None:
        if isinstance(ref, str) and ref.strip() and normalize(ref) not in found:
            found[normalize(ref)] = Named(key, purpose, ref.strip())

    for key, purpose in SINGLE_PATHS:
        add(key, purpose, _lookup(rules, key))
    for index, ref in enumerate(_lookup(rules, "lockdown.channels") or []):
        add(f"lockdown.channels[{index}]", "lockdown", ref)
    for index, entry in enumerate(_lookup(rules, "introductions.channels") or []):
        add(f"introductions.channels[{index}]", "suggested", getattr(entry, "channel", None))
    return list(found.values())


def normalize(ref: str) -> str:
    key = ref.strip()
    if key.startswith("<#") and key.endswith(">"):
        key = key[2:-1]
    return key.removeprefix("#").casefold()


def resolve(guild: discord.Guild, ref: str) -> Channel | None:
    """A channel people can post in, by id, `<#id>`, `#name` or name (first by position)."""
    key = normalize(ref)
    found: object = None
    if key.isdigit():
        found = guild.get_channel_or_thread(int(key))
    else:
        candidates: Iterator[Any] = iter(
            [*guild.text_channels, *guild.voice_channels, *guild.stage_channels, *guild.threads]
        )
        found = next((item for item in candidates if item.name.casefold() == key), None)
    return found if isinstance(found, Channel) else None


def missing_channels(guild: discord.Guild, rules: Any) -> list[Named]:
    return [named for named in named_channels(rules) if resolve(guild, named.ref) is None]


def moderator_log(guild: discord.Guild, rules: Any) -> Channel | None:
    ref = _lookup(rules, "channels.moderator_log")
    return resolve(guild, ref) if isinstance(ref, str) and ref else None


def channel_mention(guild: discord.Guild, ref: str) -> str | None:
    channel = resolve(guild, ref)
    return channel.mention if channel is not None else None


def message_link(guild: discord.Guild, channel_ref: str, message_id: str) -> str | None:
    """The jump link Discord's "Copy Message Link" gives."""
    channel = resolve(guild, channel_ref)
    if channel is None or not message_id.isdigit():
        return None
    return f"https://discord.com/channels/{guild.id}/{channel.id}/{message_id}"
