"""Appeals: a member asks once per case for another look, and someone else decides.

The appeal is posted to the team's queue naming who may review it — every reviewer
except the moderator who acted — with uphold / overturn buttons. A decision by the
acting moderator is refused. The member hears the outcome in their own language, and an
overturned timeout or ban is lifted at once (when the rule file says so).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.actions import Dm, Send, Unban, Untimeout
from bot.cog import Cog, Context, command, listen
from bot.commands import Level, Option, OptionType
from bot.errors import ActionFailed, CheckFailed, UserError
from bot.events import Button
from bot.plugins import CogManifest
from bot.storage import CaseRecord
from cogs.toolkit.common import (
    SYSTEM_ID,
    case_summary,
    member_locale,
    queue_channel,
    remember_locale,
    try_perform,
)
from cogs.toolkit.schema import AppealsSection

log = logging.getLogger(__name__)

OUTCOMES = {"uphold": "upheld", "overturn": "overturned"}
APPEALABLE = ("warn", "timeout", "kick", "ban")


class Appeals(Cog):
    """`/appeal` for members, and the review buttons for the team."""

    name = "toolkit-appeals"
    order = 23
    data_statement = "data-toolkit-cases"

    @command(
        "appeal",
        Option("case", OptionType.INTEGER, min_value=1),
        Option("text", OptionType.TEXT),
        guild_only=False,
    )
    async def appeal(self, ctx: Context, case: int, text: str) -> None:
        settings = ctx.rules.appeals
        member = ctx.event.user.id
        if not settings.enabled:
            raise UserError("toolkit-appeals-off")
        found = await ctx.store.get_case(ctx.community.id, case)
        # Someone else's case looks exactly like a missing one: case numbers reveal nothing.
        if found is None or found.user_id != member or found.action not in APPEALABLE:
            raise UserError("toolkit-appeal-no-case", number=case)
        if found.appealed:
            raise UserError("toolkit-appeal-twice", number=case)
        if ctx.now() - found.at > timedelta(seconds=settings.window):
            raise UserError("toolkit-appeal-too-late", number=case)
        await remember_locale(ctx)
        appealed = await ctx.store.appeal_case(ctx.community.id, case, text, ctx.now())
        await self._post(ctx, appealed or found, text)
        await ctx.reply("toolkit-appeal-filed", number=case, ephemeral=True)

    async def _post(self, ctx: Context, case: CaseRecord, text: str) -> None:
        channel = queue_channel(ctx, ctx.rules.appeals.channel)
        if not channel:
            log.warning("community %s has no queue for appeals", ctx.community.id)
            return
        locale = ctx.community.locale
        roles = self._reviewer_roles(ctx)
        acting = case.moderator_id
        reviewers = (
            ctx.t_community("toolkit-appeal-reviewers-auto", roles=", ".join(roles))
            if acting == SYSTEM_ID
            else ctx.t_community(
                "toolkit-appeal-reviewers", roles=", ".join(roles), moderator=acting
            )
        )
        body = "\n".join(
            [
                ctx.t_community(
                    "toolkit-appeal-queue", number=case.number, user=case.user_id, text=text
                ),
                case_summary(ctx, case, locale),
                reviewers,
            ]
        )
        buttons = tuple(
            (f"appeal:{case.number}:{verb}", ctx.t_community(f"toolkit-button-{verb}"))
            for verb in OUTCOMES
        )
        await ctx.perform(Send(channel=channel, text=body, buttons=buttons))

    def _reviewer_roles(self, ctx: Context) -> list[str]:
        roles = ctx.rules.roles
        if ctx.rules.appeals.reviewer_level == "admin":
            return list(roles.admin)
        return [*roles.moderator, *roles.admin]

    @listen(Button)
    async def review_button(self, ctx: Context) -> None:
        event = ctx.event
        assert isinstance(event, Button)
        parts = event.custom_id.split(":")
        if len(parts) != 3 or parts[0] != "appeal" or parts[2] not in OUTCOMES:
            return
        try:
            await self._decide(ctx, parts[1], OUTCOMES[parts[2]])
        except UserError as error:
            await ctx.reply(error.message_id, ephemeral=True, **error.args_for_message)

    async def _decide(self, ctx: Context, raw_number: str, outcome: str) -> None:
        reviewer = ctx.event.user
        needed = Level.parse(ctx.rules.appeals.reviewer_level)
        if ctx.community.level_of(reviewer) < needed:
            raise CheckFailed("toolkit-appeal-not-reviewer")
        number = int(raw_number) if raw_number.isdigit() else 0
        case = await ctx.store.get_case(ctx.community.id, number)
        if case is None or not case.appealed:
            raise UserError("toolkit-appeal-not-found", number=raw_number)
        if case.appeal_outcome is not None:
            raise UserError("toolkit-appeal-decided", number=number, outcome=case.appeal_outcome)
        if case.moderator_id == reviewer.id:
            raise CheckFailed("toolkit-appeal-own-case", number=number)
        lifted = False
        if outcome == "overturned" and ctx.rules.appeals.lift_on_overturn:
            lifted = await self._lift(ctx, case)
        status = "overturned" if outcome == "overturned" else None
        await ctx.store.resolve_appeal(
            ctx.community.id, number, outcome, reviewer.id, ctx.now(), status=status
        )
        note = ctx.t_community(
            "toolkit-appeal-status", number=number, outcome=outcome, moderator=reviewer.id
        )
        channel = getattr(ctx.event, "channel", "") or queue_channel(ctx, None)
        if channel:
            await try_perform(ctx, Send(channel=channel, text=note))
        locale = await member_locale(ctx, case.user_id)
        text = ctx.i18n.format(
            locale,
            "toolkit-appeal-outcome",
            number=number,
            outcome=outcome,
            community=ctx.community.name,
            lifted="yes" if lifted else "no",
        )
        await try_perform(ctx, Dm(user=case.user_id, text=text))

    async def _lift(self, ctx: Context, case: CaseRecord) -> bool:
        """Undo an overturned timeout or ban that is still in force."""
        if case.action not in ("timeout", "ban"):
            return False
        active = case.expires_at is None or case.expires_at > ctx.now()
        if not active or case.status != "active":
            return False
        action = (
            Untimeout(user=case.user_id) if case.action == "timeout" else Unban(user=case.user_id)
        )
        try:
            await ctx.perform(action)
        except ActionFailed as failure:
            # Nothing is decided yet: the reviewer learns why and can try again.
            log.warning("could not lift case %s: %s", case.number, failure.reason)
            args = {"reason": failure.reason, **failure.args_for_message}
            raise UserError(failure.message_id, **args) from None
        await ctx.store.clear_temp_actions(ctx.community.id, case.user_id, case.action, ctx.now())
        return True


manifest = CogManifest(
    cog=Appeals,
    sections={"appeals": AppealsSection},
    summary="/appeal against a case, reviewed by a moderator who did not act on it.",
)
