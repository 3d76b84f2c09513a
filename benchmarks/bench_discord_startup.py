"""Does a 100,000-member guild's start-up block the event loop? Prints JSON.

Starts the real DiscordAdapter (discord.py) against the fake Discord (served from its own
thread and event loop, so its request validation is not counted) twice in the same
process: a small guild (baseline) and a guild of `members` members, each run from login
until Hearth has synced and checked its guilds. A sampler task asks to wake every 5 ms
and records how late it wakes: the longest delay is the longest the loop was blocked.
Reported: each run's start-up time and worst stall, and their ratio to the baseline.

    python benchmarks/bench_discord_startup.py [--members 100000] [--real 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import discord.gateway  # noqa: E402
import discord.http  # noqa: E402
import yarl  # noqa: E402

from bot.adapters.discord_adapter import DiscordAdapter  # noqa: E402
from bot.app import build_engine, load_communities  # noqa: E402
from bot.config import DiscordConfig  # noqa: E402
from tests.adapters.discord.conftest import GUILD_ID, build_world, rule_file  # noqa: E402
from tests.fakes.discord_server import TOKEN, FakeDiscord, FakeMember  # noqa: E402

SAMPLE_S = 0.005


async def _sampler(stop: asyncio.Event, worst: list[float]) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        started = loop.time()
        await asyncio.sleep(SAMPLE_S)
        worst[0] = max(worst[0], loop.time() - started - SAMPLE_S)


class FakeInThread:
    """The fake server on its own loop in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        self.fake = FakeDiscord()
        asyncio.run_coroutine_threadsafe(self.fake.start(), self.loop).result()

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.close(), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)


async def one_run(members: int, real: int) -> dict[str, Any]:
    server = FakeInThread()
    fake = server.fake
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    guild = build_world(fake)
    for index in range(real):
        fake.add_member(guild, FakeMember(str(710_000_000_000_000_000 + index), f"m{index}"))
    guild.extra_member_count = max(0, members - real)
    with tempfile.TemporaryDirectory() as folder:
        engine = await build_engine(database_url="sqlite://")
        await load_communities(engine, [rule_file(Path(folder), [GUILD_ID])])
        adapter = DiscordAdapter(engine, DiscordConfig(guild_ready_timeout_s=0.05), TOKEN)
        engine.adapter = adapter
        stop, worst = asyncio.Event(), [0.0]
        sampler = asyncio.create_task(_sampler(stop, worst))
        started = time.perf_counter()
        try:
            await adapter.start()
            while not adapter.synced.is_set():
                await asyncio.sleep(0.001)
            elapsed = time.perf_counter() - started
        finally:
            stop.set()
            await sampler
            await adapter.stop()
            await engine.close()
            server.close()
    return {
        "members": guild.member_count,
        "startup_s": round(elapsed, 3),
        "worst_stall_ms": round(worst[0] * 1000, 2),
        "member_requests": len(fake.member_requests),
        "member_fetches": len(fake.seen("GET", r"/guilds/\d+/members")),
    }


async def main(members: int = 100_000, real: int = 2000) -> dict[str, Any]:
    await one_run(10, 0)  # warm-up: imports, caches and the first connection are not counted
    baseline = await one_run(10, 0)
    large = await one_run(members, real)
    return {
        "benchmark": "discord_startup",
        "baseline": baseline,
        "large": large,
        "startup_ratio": round(large["startup_s"] / max(baseline["startup_s"], 1e-6), 2),
        "stall_ratio": round(large["worst_stall_ms"] / max(baseline["worst_stall_ms"], 1e-3), 2),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--real", type=int, default=2000, help="members the fake keeps whole")
    options = parser.parse_args()
    print(json.dumps(asyncio.run(main(options.members, options.real)), indent=2))
