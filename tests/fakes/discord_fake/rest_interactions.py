"""The fake's AutoMod routes (Resources > Auto Moderation) and interaction responses
(Interactions > Receiving and Responding): answered once, within 3 s, tokens for 15 min."""

from __future__ import annotations

from typing import Any

from tests.fakes.discord_fake import limits
from tests.fakes.discord_fake.limits import (
    ALREADY_ACKNOWLEDGED,
    INVALID_WEBHOOK_TOKEN,
    DiscordError,
    unknown,
)
from tests.fakes.discord_fake.rest import BOT_ID, Call, PendingInteraction, RestRoutes
from tests.fakes.discord_fake.state import MANAGE_GUILD, FakeMessage, user_payload


class AutoModAndInteractionRoutes(RestRoutes):
    """Mixin of FakeDiscord."""

    # -- AutoMod ------------------------------------------------------------------------

    async def _automod_list(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        self._require(guild, None, MANAGE_GUILD)
        return 200, list(guild.automod_rules.values())

    async def _automod_create(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        self._require(guild, None, MANAGE_GUILD)
        body = call.body or {}
        limits.check_automod(body, list(guild.automod_rules.values()), self.regex_ok)
        rule = {
            "id": self.ids.mint(),
            "guild_id": guild.id,
            "creator_id": BOT_ID,
            "name": body["name"],
            "event_type": body["event_type"],
            "trigger_type": body["trigger_type"],
            "trigger_metadata": body.get("trigger_metadata") or {},
            "actions": body.get("actions") or [],
            "enabled": bool(body.get("enabled", False)),
            "exempt_roles": [str(r) for r in body.get("exempt_roles") or []],
            "exempt_channels": [str(c) for c in body.get("exempt_channels") or []],
        }
        guild.automod_rules[rule["id"]] = rule
        await self.dispatch("AUTO_MODERATION_RULE_CREATE", rule, guild_id=guild.id)
        return 200, rule

    async def _automod_edit(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        self._require(guild, None, MANAGE_GUILD)
        rule = guild.automod_rules.get(call.groups[1])
        if rule is None:
            raise DiscordError(404, 0, "404: Not Found")
        body = call.body or {}
        others = [r for r in guild.automod_rules.values() if r["id"] != rule["id"]]
        limits.check_automod(
            {k: v for k, v in body.items() if k != "trigger_type"}, others, self.regex_ok
        )
        for key in ("name", "event_type", "trigger_metadata", "actions", "enabled"):
            if key in body:
                rule[key] = body[key]
        for key in ("exempt_roles", "exempt_channels"):
            if key in body:
                rule[key] = [str(item) for item in body[key] or []]
        await self.dispatch("AUTO_MODERATION_RULE_UPDATE", rule, guild_id=guild.id)
        return 200, rule

    async def _automod_delete(self, call: Call) -> tuple[int, Any]:
        guild = self._guild(call.groups[0])
        self._require(guild, None, MANAGE_GUILD)
        rule = guild.automod_rules.pop(call.groups[1], None)
        if rule is None:
            raise DiscordError(404, 0, "404: Not Found")
        await self.dispatch("AUTO_MODERATION_RULE_DELETE", rule, guild_id=guild.id)
        return 204, None

    @staticmethod
    def regex_ok(pattern: str) -> bool:
        """Discord compiles AutoMod regexes with Rust's `regex` crate (Resources > Auto
        Moderation > Trigger Metadata: "Only Rust flavored regex is currently supported")."""
        import flpc

        try:
            flpc.compile(pattern)
        except ValueError:
            return False
        return True

    # -- interactions ------------------------------------------------------------------

    def _interaction(self, token: str) -> PendingInteraction:
        found = next((i for i in self.world.interactions.values() if i.token == token), None)
        if (
            found is None
            or self.world.clock.now() - found.created > limits.INTERACTION_TOKEN_LIFETIME
        ):
            raise INVALID_WEBHOOK_TOKEN
        return found

    async def _callback(self, call: Call) -> tuple[int, Any]:
        """Create Interaction Response: once (40060 after), within 3 s (else 10062)."""
        interaction_id, token = call.groups
        pending = self.world.interactions.get(interaction_id)
        if pending is None or pending.token != token:
            raise unknown("interaction")
        if pending.acknowledged:
            raise ALREADY_ACKNOWLEDGED
        if self.world.clock.now() - pending.created > limits.INTERACTION_RESPONSE_WINDOW:
            raise unknown("interaction")
        body = call.body or {}
        data = body.get("data") or {}
        if body.get("type") in (4, 7):
            limits.check_message_body(data)
        pending.acknowledged = True
        kind = body.get("type")
        if kind in (4, 5):
            pending.original = FakeMessage(
                id=self.ids.mint(),
                channel_id=pending.channel_id or "0",
                author=user_payload(BOT_ID, "Hearth", bot=True),
                content=data.get("content") or "",
                flags=data.get("flags") or 0,
            ).payload()
        if call.query.get("with_response", "").lower() not in ("true", "1"):
            return 204, None
        # Create Interaction Response with `with_response`: an Interaction Callback Response.
        flags = int(data.get("flags") or 0)
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_id": pending.original["id"] if pending.original else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            },
            "resource": {"type": kind},
        }
        if pending.original is not None:
            answer["resource"]["message"] = pending.original
        return 200, answer

    async def _followup(self, call: Call) -> tuple[int, Any]:
        pending = self._interaction(call.groups[0])
        if not pending.acknowledged:
            raise unknown("interaction")
        body = call.body or {}
        limits.check_message_body(body)
        message = FakeMessage(
            id=self.ids.mint(),
            channel_id=pending.channel_id or "0",
            author=user_payload(BOT_ID, "Hearth", bot=True),
            content=body.get("content") or "",
            flags=body.get("flags") or 0,
        )
        return 200, message.payload()

    async def _edit_original(self, call: Call) -> tuple[int, Any]:
        pending = self._interaction(call.groups[0])
        if pending.original is None:
            raise unknown("Message")
        body = call.body or {}
        limits.check_message_body({**pending.original, **body})
        pending.original.update({k: v for k, v in body.items() if k in ("content", "components")})
        return 200, pending.original

    async def _delete_original(self, call: Call) -> tuple[int, Any]:
        pending = self._interaction(call.groups[0])
        if pending.original is None:
            raise unknown("Message")
        pending.original = None
        return 204, None
