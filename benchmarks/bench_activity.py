"""What recording activity costs: the same messages through the engine with and without
the activity cog, printed as JSON.

Two engines are built with the same cogs (the default set plus the community-care cogs)
and the same rule file; one also has `cogs.activity.Activity`. Each gets its own SQLite
file (WAL), as in production. After a warm-up, both replay the same synthetic messages
(moved a week later each round, so anti-spam never mistakes a round for a repeat), taking
turns every 5,000 messages with the order alternating, so a busy machine slows both
alike; each turn's time includes writing what the store buffered.

`overhead_pct` is the median over every pair of turns (the same 5,000 messages, one
engine right after the other) of the extra time with activity on: a burst of load from
elsewhere on the machine spoils one pair, not the result. The median rates of whole
rounds, and the overhead they give, are reported beside it.

    /work/venv/bin/python benchmarks/bench_activity.py [--messages 100000] [--rounds 5]
        [--traffic uniform|chat]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.adapters.replay import DryRunAdapter  # noqa: E402
from bot.app import build_engine, default_cog_factories, load_communities  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.events import Member, Message  # noqa: E402
from bot.storage import sqlite_file_url  # noqa: E402
from cogs.activity import Activity  # noqa: E402
from cogs.gatherings import Gatherings  # noqa: E402
from cogs.health import Health  # noqa: E402
from cogs.introductions import Introductions  # noqa: E402
from cogs.polls import Polls  # noqa: E402
from cogs.recognition import Recognition  # noqa: E402
from cogs.welcome import Welcome  # noqa: E402

RULES = ROOT / "rules" / "example.toml"
START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
TEXTS = [
    "Hej allihop, hur är läget?",
    "Det här är toppen, tack för hjälpen!",
    "Hei! Noen som skal på fjellet i helgen?",
    "Dette var kjedelig, synd.",
    "Cześć, czy ktoś gra dziś wieczorem?",
    "Świetnie, dziękuję za pomoc",
    "Does anyone know how to fix this bug?",
    "Great stream yesterday, loved it",
    "ok",
    "see you at 19:00 in #events",
]
CHUNK = 5_000
"""The engines take turns every CHUNK messages, so load on a shared machine hits both alike."""
CHANNELS = ["general", "music", "gaming", "outdoors", "help", "random", "norsk", "polski"]


def synthetic_messages(
    count: int, community_id: str, traffic: str = "uniform", seed: int = 7
) -> list[Message]:
    """Deterministic traffic from 500 members in 8 channels, four languages, one per second.

    "uniform": every message from a random member in a random channel — nearly every
    message is a new (hour, channel, member) counter row, the worst case for the store.
    "chat": members talk in turns of 1-5 messages, mostly in their own home channel.
    """
    rng = random.Random(seed)
    members = [Member(id=f"u{n}", name=f"Member {n}") for n in range(500)]
    home = {member.id: rng.choice(CHANNELS) for member in members}
    messages: list[Message] = []
    while len(messages) < count:
        member = rng.choice(members)
        if traffic == "chat":
            channel = home[member.id] if rng.random() < 0.75 else rng.choice(CHANNELS)
            turn = rng.randint(1, 5)
        else:
            channel, turn = rng.choice(CHANNELS), 1
        for _ in range(min(turn, count - len(messages))):
            index = len(messages)
            messages.append(
                Message(
                    community_id=community_id,
                    at=START + timedelta(seconds=index),
                    user=member,
                    channel=channel,
                    text=rng.choice(TEXTS),
                    message_id=str(index),
                )
            )
    return messages


def shifted(messages: list[Message], days: int) -> list[Message]:
    """The same messages later in time, so a pass never looks like a repeat of the last."""
    offset = timedelta(days=days)
    return [replace(message, at=message.at + offset) for message in messages]


def cog_factories(with_activity: bool) -> list:  # type: ignore[type-arg]
    care = [Welcome, Introductions, Gatherings, Polls, Recognition, Health]
    factories = [f for f in default_cog_factories() if f is not Activity]
    factories += [f for f in care if f not in factories]
    return [*factories, Activity] if with_activity else factories


async def open_engine(folder: Path, with_activity: bool) -> tuple[Engine, str]:
    name = "on" if with_activity else "off"
    engine = await build_engine(
        database_url=sqlite_file_url(folder / f"{name}.db"),
        adapter=DryRunAdapter(),
        cogs=cog_factories(with_activity),
    )
    report = await load_communities(engine, [RULES])
    if report.errors:
        raise SystemExit(str(report.errors[0]))
    return engine, next(iter(report.loaded))


async def timed_pass(engine: Engine, messages: list[Message]) -> float:
    """Seconds to dispatch every message and write what the store buffered."""
    adapter = engine.adapter
    started = time.perf_counter()
    for message in messages:
        await engine.dispatch(message)
    await engine.services.store.flush()
    elapsed = time.perf_counter() - started
    if isinstance(adapter, DryRunAdapter):
        adapter.performed.clear()
    return elapsed


async def main(count: int, rounds: int, warmup: int, traffic: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        off, community_id = await open_engine(folder, with_activity=False)
        on, _ = await open_engine(folder, with_activity=True)
        try:
            messages = synthetic_messages(count, community_id, traffic)
            for engine in (off, on):
                await timed_pass(engine, messages[:warmup])
            rates: dict[str, list[float]] = {"off": [], "on": []}
            pairs: list[float] = []  # on/off time of the same chunk, run back to back
            for round_number in range(rounds):
                batch = shifted(messages, days=7 * (round_number + 1))
                seconds = {"off": 0.0, "on": 0.0}
                for chunk_number, first in enumerate(range(0, count, CHUNK)):
                    chunk = batch[first : first + CHUNK]
                    order = [("off", off), ("on", on)]
                    if (round_number + chunk_number) % 2:
                        order.reverse()
                    turn = {name: await timed_pass(engine, chunk) for name, engine in order}
                    pairs.append(turn["on"] / turn["off"])
                    for name, spent in turn.items():
                        seconds[name] += spent
                for name, spent in seconds.items():
                    rates[name].append(count / spent)
        finally:
            await off.close()
            await on.close()
    off_rate, on_rate = statistics.median(rates["off"]), statistics.median(rates["on"])
    quartiles = statistics.quantiles(pairs, n=4) if len(pairs) > 1 else pairs * 3
    return {
        "benchmark": "activity recording overhead",
        "messages": count,
        "traffic": traffic,
        "rounds": rounds,
        "warmup_messages": warmup,
        "cogs_off": [f.__name__ for f in cog_factories(False)],
        "activity_off_msgs_per_s": round(off_rate, 1),
        "activity_on_msgs_per_s": round(on_rate, 1),
        "ratio_on_over_off": round(on_rate / off_rate, 4),
        "overhead_pct": round(100 * (statistics.median(pairs) - 1), 2),
        "target_overhead_pct": 20,
        "overhead_pct_quartiles": [round(100 * (q - 1), 2) for q in quartiles],
        "paired_turns": len(pairs),
        "overhead_pct_of_median_rates": round(100 * (off_rate / on_rate - 1), 2),
        "rounds_off_msgs_per_s": [round(rate, 1) for rate in rates["off"]],
        "rounds_on_msgs_per_s": [round(rate, 1) for rate in rates["on"]],
        "python": sys.version.split()[0],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=5_000)
    parser.add_argument("--traffic", choices=("uniform", "chat"), default="uniform")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    result = asyncio.run(main(args.messages, args.rounds, args.warmup, args.traffic))
    print(json.dumps(result, indent=2))
