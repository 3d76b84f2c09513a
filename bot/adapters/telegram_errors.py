"""Bot API refusals as `ActionFailed`, with the Fluent id that explains them to moderators.

Telegram reports most refusals as a 400 "Bad Request" with a free-text description, so
the description decides: missing admin rights, a target that outranks the bot, a member
who is not there. A 403 on a private chat means the member never started the bot.
"""

from __future__ import annotations

from datetime import timedelta

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.actions import Action
from bot.errors import ActionFailed

_PERMISSION_HINTS = ("not enough rights", "have no rights", "chat_admin_required", "need admin")
_HIERARCHY_HINTS = (
    "is an administrator",
    "chat owner",
    "user_admin_invalid",
    "can't restrict self",
)
_MISSING_HINTS = (
    "user not found",
    "participant_id_invalid",
    "member not found",
    "not_participant",
)


def failure(action: Action, error: TelegramError, right: str, who: str) -> ActionFailed:
    """The Bot API's refusal as an ActionFailed with the Fluent id moderators will read."""
    text = error.message
    low = text.casefold()
    if isinstance(error, RetryAfter):
        wait = error.retry_after
        seconds = wait.total_seconds() if isinstance(wait, timedelta) else wait
        return ActionFailed(action, f"Telegram asks to wait {seconds:.0f} s (rate limit)")
    if isinstance(error, Forbidden):
        if "initiate" in low or "blocked by the user" in low or "deactivated" in low:
            return ActionFailed(action, text, "action-dm-closed", user=who)
        if "kicked" in low or "not a member" in low:
            return ActionFailed(action, f"the bot is not in that chat: {text}")
        return ActionFailed(action, text, "action-missing-permission", permission=right)
    if isinstance(error, BadRequest):
        if any(hint in low for hint in _PERMISSION_HINTS):
            return ActionFailed(action, text, "action-missing-permission", permission=right)
        if any(hint in low for hint in _HIERARCHY_HINTS):
            return ActionFailed(action, text, "action-hierarchy", user=who)
        if any(hint in low for hint in _MISSING_HINTS):
            return ActionFailed(action, text, "action-member-not-found", user=who)
        return ActionFailed(action, f"Telegram refused: {text}")
    if isinstance(error, NetworkError):
        return ActionFailed(action, f"could not reach Telegram: {text}")
    return ActionFailed(action, f"Telegram error: {text}")
