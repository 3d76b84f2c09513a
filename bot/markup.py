"""How a cog names a member, a channel or a message in text, the way each platform shows it.

On Discord a channel is `<#id>` (a link anyone can click) and a message has a jump link;
in the console, replay and on platforms without such markup the plain `#name` stays.
An adapter offers `channel_mention`, `member_mention` and `message_link`; anything it
does not offer falls back to plain text, so cogs never need to know the platform.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.cog import Context


def channel_ref(ctx: Context, channel: str) -> str:
    """`<#id>` on Discord, else `#name` (a channel id stays as it is, behind a #)."""
    render = getattr(ctx.adapter, "channel_mention", None)
    if render is not None and channel:
        shown = render(ctx.community.id, channel)
        if shown:
            return str(shown)
    return "#" + channel.removeprefix("#") if channel else ""


def member_ref(ctx: Context, user_id: str, name: str) -> str:
    """A mention where the platform has one (it does not ping by itself), else the name."""
    render = getattr(ctx.adapter, "member_mention", None)
    if render is not None:
        shown = render(ctx.community.id, user_id, name)
        if shown:
            return str(shown)
    return name


def message_link(ctx: Context, channel: str, message_id: str | None) -> str:
    """A link that opens the message, or "" where the platform has none."""
    render = getattr(ctx.adapter, "message_link", None)
    if render is None or not message_id:
        return ""
    return str(render(ctx.community.id, channel, message_id) or "")
