"""Who may act on whom: the role hierarchy every moderator command checks first.

Nobody acts on themselves, the community owner, the bot, or a member whose top role is
equal to or higher than their own; the bot cannot act above its own top role either.
Each refusal is a `CheckFailed` with a localized message, raised before any action.
Platforms without member lookups (replay, console) only get the checks that need no
lookup, and a target the record has never seen (`/warn NoSuchPerson`) is refused there
instead of getting a case: the engine's level check has already run.
"""

from __future__ import annotations

import logging

from bot.cog import Context
from bot.errors import CheckFailed
from bot.events import Member
from cogs.toolkit.common import SYSTEM_ID, display

log = logging.getLogger(__name__)


async def check_target(
    ctx: Context, user_id: str, *, must_be_member: bool = True
) -> Member | None:
    """The target as the platform knows them, after refusing anything out of rank.

    `must_be_member=False` allows acting on someone who is not (or no longer) in the
    community, as ban and unban do; there is then no hierarchy to compare.
    """
    actor = ctx.event.user
    if user_id == actor.id:
        raise CheckFailed("toolkit-refuse-self")
    if user_id == SYSTEM_ID:
        raise CheckFailed("toolkit-refuse-bot")
    bot = await ctx.fetch_member(None)
    if bot is None:  # no member lookups here: the record says who exists
        if must_be_member and not await _seen(ctx, user_id):
            raise CheckFailed("toolkit-no-such-member", user=user_id)
        return None
    if user_id == bot.id:
        raise CheckFailed("toolkit-refuse-bot")
    target = await ctx.fetch_member(user_id)
    if target is None:
        if must_be_member:
            raise CheckFailed("action-member-not-found", user=user_id)
        return None
    name = display(user_id, target)
    if target.is_owner:
        raise CheckFailed("toolkit-refuse-owner", user=name)
    acting = await ctx.fetch_member(actor.id) or actor
    if not acting.is_owner and acting.top_role_position <= target.top_role_position:
        raise CheckFailed("toolkit-refuse-hierarchy", user=name)
    if bot.top_role_position <= target.top_role_position:
        raise CheckFailed("action-hierarchy", user=name)
    return target


async def _seen(ctx: Context, user_id: str) -> bool:
    """Whether the community's record knows this member; True when it cannot tell."""
    if ctx.store is None:
        return True
    try:
        return await ctx.store.knows_member(ctx.community.id, user_id)
    except Exception as error:  # the database is away: don't refuse on a guess
        log.warning("could not check member %s in the record: %s", user_id, error)
        return True
