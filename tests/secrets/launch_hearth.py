"""Run the `hearth` command line with the platforms pointed at the fake servers.

Subprocess tests start this file instead of the `hearth` script, so what reaches stdout
and stderr is exactly what an operator would see, uncaught exceptions included.
HEARTH_TEST_TELEGRAM_BASE is the fake Bot API's base URL; HEARTH_TEST_DISCORD_API and
HEARTH_TEST_DISCORD_GATEWAY are the fake Discord's REST base and gateway URLs.
"""

from __future__ import annotations

import os
import sys


def point_at_fakes() -> None:
    telegram_base = os.environ.get("HEARTH_TEST_TELEGRAM_BASE")
    if telegram_base:
        from bot.adapters import telegram_adapter

        build = telegram_adapter.build_application
        telegram_adapter.build_application = lambda token, base_url=None: build(
            token, base_url or telegram_base
        )
    discord_api = os.environ.get("HEARTH_TEST_DISCORD_API")
    if discord_api:
        import discord
        import yarl

        discord.http.Route.BASE = discord_api
        gateway = yarl.URL(os.environ["HEARTH_TEST_DISCORD_GATEWAY"])
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway


if __name__ == "__main__":
    point_at_fakes()
    from bot.cli import main

    sys.argv[0] = "hearth"
    main()
