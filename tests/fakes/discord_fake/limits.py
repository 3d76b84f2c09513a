"""The rules Discord enforces beyond the schema, each citing where the API reference says so.

Every function raises `DiscordError` the way Discord answers: HTTP status, JSON error code
(Topics > Opcodes and Status Codes > JSON Error Codes) and, for 50035, the error tree.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from tests.fakes.discord_fake.spec import SpecError, form_error

DiscordError = SpecError

MESSAGE_CONTENT_MAX = 2000
"""Resources > Message > Create Message: content up to 2000 characters."""
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_FIELD_LIMITS = {"title": 256, "description": 4096}
EMBED_FIELDS_MAX = 25
"""Resources > Message > Embed Limits."""
TIMEOUT_MAX = timedelta(days=28)
"""Resources > Guild > Modify Guild Member: communication_disabled_until at most 28 days."""
BULK_DELETE_MIN, BULK_DELETE_MAX = 2, 100
BULK_DELETE_AGE = timedelta(days=14)
"""Resources > Message > Bulk Delete Messages: 2 to 100 ids, none older than two weeks."""
HISTORY_LIMIT_MAX = 100
"""Resources > Message > Get Channel Messages: limit 1 to 100 (default 50)."""
MEMBER_LIST_MAX = 1000
"""Resources > Guild > List Guild Members: limit 1 to 1000."""
COMMANDS_MAX = {1: 100, 2: 5, 3: 5}
"""Interactions > Application Commands > Registering a Command: 100 chat input, 5 user
and 5 message commands per scope."""
DAILY_CREATES_MAX = 200
"""Interactions > Application Commands: "200 application command creates per day per guild"."""
COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")
"""Interactions > Application Commands > Application Command Naming (letters, numbers,
-, _ and ')."""
AUTOMOD_KEYWORDS_MAX, AUTOMOD_KEYWORD_LENGTH = 1000, 60
AUTOMOD_REGEXES_MAX, AUTOMOD_REGEX_LENGTH = 10, 260
AUTOMOD_ALLOW_MAX = 100
AUTOMOD_RULES_PER_TYPE = {1: 6, 3: 1, 4: 1, 5: 1}
"""Resources > Auto Moderation > Trigger Metadata Field Limits and Trigger Types
(6 keyword rules; 1 spam, 1 keyword preset, 1 mention spam)."""
INTERACTION_RESPONSE_WINDOW = timedelta(seconds=3)
INTERACTION_TOKEN_LIFETIME = timedelta(minutes=15)
"""Interactions > Receiving and Responding: answer within 3 s; tokens last 15 minutes."""


def error(status: int, code: int, message: str) -> DiscordError:
    return DiscordError(status, code, message)


def unknown(kind: str) -> DiscordError:
    """JSON Error Codes: 10003 channel, 10007 member, 10008 message, 10011 role,
    10013 user, 10026 ban, 10062 interaction, 10063 application command."""
    codes = {
        "Channel": 10003,
        "Guild": 10004,
        "Member": 10007,
        "Message": 10008,
        "Role": 10011,
        "User": 10013,
        "Ban": 10026,
        "interaction": 10062,
        "Application Command": 10063,
    }
    return DiscordError(404, codes[kind], f"Unknown {kind}")


MISSING_PERMISSIONS = DiscordError(403, 50013, "Missing Permissions")
MISSING_ACCESS = DiscordError(403, 50001, "Missing Access")
CANNOT_DM = DiscordError(403, 50007, "Cannot send messages to this user")
UNAUTHORIZED = DiscordError(401, 0, "401: Unauthorized")
ALREADY_ACKNOWLEDGED = DiscordError(400, 40060, "Interaction has already been acknowledged.")
INVALID_WEBHOOK_TOKEN = DiscordError(401, 50027, "Invalid Webhook Token")


def check_message_body(body: dict[str, Any]) -> None:
    """Content length and embed limits (Resources > Message > Create Message, Embed Limits)."""
    content = body.get("content") or ""
    if len(content) > MESSAGE_CONTENT_MAX:
        raise form_error(
            ["content"],
            "BASE_TYPE_MAX_LENGTH",
            f"Must be {MESSAGE_CONTENT_MAX} or fewer in length.",
        )
    embeds = body.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        raise form_error(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for index, embed in enumerate(embeds):
        for key, limit in EMBED_FIELD_LIMITS.items():
            text = embed.get(key) or ""
            total += len(text)
            if len(text) > limit:
                raise form_error(
                    ["embeds", index, key],
                    "BASE_TYPE_MAX_LENGTH",
                    f"Must be {limit} or fewer in length.",
                )
        fields = embed.get("fields") or []
        if len(fields) > EMBED_FIELDS_MAX:
            raise form_error(
                ["embeds", index, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer."
            )
        total += sum(len(f.get("name", "")) + len(f.get("value", "")) for f in fields)
    if total > EMBED_TOTAL_MAX:
        raise form_error(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size")
    if not content and not embeds and not body.get("components") and not body.get("sticker_ids"):
        raise DiscordError(400, 50006, "Cannot send an empty message")


def check_timeout(until: str | None, now: datetime) -> datetime | None:
    """Modify Guild Member: a timeout ends in the future and at most 28 days from now."""
    if until is None:
        return None
    try:
        moment = datetime.fromisoformat(until)
    except ValueError:
        raise form_error(
            ["communication_disabled_until"], "DATE_TIME_TYPE_PARSE", "Could not parse date"
        ) from None
    if moment - now > TIMEOUT_MAX:
        raise form_error(
            ["communication_disabled_until"],
            "COMMUNICATION_DISABLED_TIMESTAMP_TOO_LARGE",
            "Timeout can only be set up to 28 days in the future.",
        )
    return moment if moment > now else None


def check_bulk_delete(ids: list[Any], created: list[datetime], now: datetime) -> None:
    """Bulk Delete Messages: 2..100 ids (50016), none older than 14 days (50034)."""
    if not BULK_DELETE_MIN <= len(ids) <= BULK_DELETE_MAX:
        raise DiscordError(
            400,
            50016,
            "Provided too few or too many messages to delete. "
            "Must provide at least 2 and fewer than 100 messages to delete.",
        )
    if any(now - moment > BULK_DELETE_AGE for moment in created):
        raise DiscordError(
            400, 50034, "You can only bulk delete messages that are under 14 days old."
        )


def check_commands(body: list[dict[str, Any]]) -> None:
    """Bulk Overwrite Guild Application Commands: names, descriptions, counts, options."""
    counts: dict[int, int] = {}
    names: set[tuple[int, str]] = set()
    for index, command in enumerate(body):
        kind = int(command.get("type") or 1)
        counts[kind] = counts.get(kind, 0) + 1
        name = str(command.get("name", ""))
        if (kind, name) in names:
            raise form_error(
                [index, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", f"Duplicate name {name}"
            )
        names.add((kind, name))
        if kind == 1:
            if not COMMAND_NAME.fullmatch(name) or name != name.lower():
                raise form_error(
                    [index, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Invalid command name"
                )
            if not 1 <= len(command.get("description") or "") <= 100:
                raise form_error(
                    [index, "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100."
                )
        options = command.get("options") or []
        seen_optional = False
        for position, option in enumerate(options):
            if option.get("required"):
                if seen_optional:
                    raise form_error(
                        [index, "options", position, "required"],
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
            else:
                seen_optional = True
    for kind, count in counts.items():
        if count > COMMANDS_MAX.get(kind, 100):
            raise DiscordError(400, 30032, "Maximum number of application commands reached")


def check_automod(body: dict[str, Any], existing: list[dict[str, Any]], regex_ok: Any) -> None:
    """Auto Moderation: trigger metadata limits, valid (Rust) regexes, rules per type."""
    metadata = body.get("trigger_metadata") or {}
    keywords = metadata.get("keyword_filter") or []
    if len(keywords) > AUTOMOD_KEYWORDS_MAX:
        raise form_error(
            ["trigger_metadata", "keyword_filter"],
            "BASE_TYPE_MAX_LENGTH",
            "Must be 1000 or fewer.",
        )
    for index, word in enumerate(keywords):
        if len(word) > AUTOMOD_KEYWORD_LENGTH:
            raise form_error(
                ["trigger_metadata", "keyword_filter", index],
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 60 in length.",
            )
    patterns = metadata.get("regex_patterns") or []
    if len(patterns) > AUTOMOD_REGEXES_MAX:
        raise form_error(
            ["trigger_metadata", "regex_patterns"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer."
        )
    for index, pattern in enumerate(patterns):
        if len(pattern) > AUTOMOD_REGEX_LENGTH:
            raise form_error(
                ["trigger_metadata", "regex_patterns", index],
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 260 in length.",
            )
        if not regex_ok(pattern):
            raise form_error(
                ["trigger_metadata", "regex_patterns", index],
                "AUTO_MODERATION_INVALID_REGEX",
                "Invalid regex",
            )
    if len(metadata.get("allow_list") or []) > AUTOMOD_ALLOW_MAX:
        raise form_error(
            ["trigger_metadata", "allow_list"], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer."
        )
    kind = body.get("trigger_type")
    if kind is not None:
        same = sum(1 for rule in existing if rule.get("trigger_type") == kind)
        if same >= AUTOMOD_RULES_PER_TYPE.get(int(kind), 1):
            raise form_error(
                ["trigger_type"],
                "AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED",
                "Maximum number of rules of this type reached",
            )
