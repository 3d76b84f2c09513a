"""What a discord.py failure at start-up means for the operator (see bot.startup).

A rejected token and missing privileged intents are final; a network that is not there
(yet), a gateway that cannot be found and Discord's own 5xx errors are retried with
backoff.
"""

from __future__ import annotations

import aiohttp
import discord

from bot.redact import redact
from bot.startup import EXIT_CONFIG, EXIT_UNAVAILABLE, StartupFailure


def classify(error: BaseException) -> StartupFailure | None:
    """The start-up failure `error` stands for, or None when it is not one we know."""
    if isinstance(error, discord.LoginFailure):
        return StartupFailure(
            "Discord rejected the token in DISCORD_TOKEN: reset it in the Developer Portal "
            "(your application → Bot → Reset Token) and set the new one",
            EXIT_CONFIG,
        )
    if isinstance(error, discord.PrivilegedIntentsRequired):
        return StartupFailure(
            "Discord refused the Server Members and Message Content intents: turn them on "
            "in the Developer Portal (your application → Bot → Privileged Gateway Intents)",
            EXIT_CONFIG,
        )
    if isinstance(error, discord.DiscordServerError | discord.GatewayNotFound):
        return StartupFailure(
            f"Discord is not answering ({redact(str(error))})", EXIT_UNAVAILABLE, retry=True
        )
    if isinstance(error, discord.HTTPException):
        return StartupFailure(f"Discord refused to start the bot: {redact(str(error))}")
    if isinstance(error, aiohttp.ClientError | OSError | TimeoutError):
        return StartupFailure(
            f"cannot reach Discord ({redact(str(error)) or type(error).__name__}): check the "
            "network, DNS and any proxy",
            EXIT_UNAVAILABLE,
            retry=True,
        )
    return None
