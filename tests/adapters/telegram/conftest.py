"""A running Hearth on the real python-telegram-bot, talking to the fake Bot API.

`bot` starts `run()` from bot.adapters.telegram_adapter against `FakeBotAPI` with the
real engine (default cogs, the gate and a small test cog) and two rule files based on
rules/example.toml: chat GROUP_ID belongs to "community", chat GATED_ID to "gated"
(which enables the captcha gate).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.adapters.telegram_adapter import TelegramAdapter, run
from bot.app import build_engine, default_cog_factories, load_communities
from bot.cog import Cog, Context, command
from bot.commands import Level, Option, OptionType
from bot.config import HearthConfig, TelegramConfig
from bot.engine import Engine
from tests.fakes.telegram_server import FakeBotAPI

ROOT = Path(__file__).resolve().parents[3]
GROUP_ID = -1001234
GATED_ID = -1005678
WAIT_S = 5.0


async def eventually(check: Callable[[], Any], timeout: float = WAIT_S) -> Any:
    """Poll `check` until it returns something truthy (and return that) or fail."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)


class StaffTools(Cog):
    """A moderator-level command, standing in for the moderator commands to come."""

    name = "stafftools"

    @command("modping", level=Level.MODERATOR)
    async def modping(self, ctx: Context) -> None:
        await ctx.reply_text("pong")

    @command("whois", Option("user", OptionType.USER), level=Level.MODERATOR)
    async def whois(self, ctx: Context, user: str) -> None:
        await ctx.reply_text(f"member {user}")


def rule_file(tmp_path: Path, name: str, chat_id: int, extra: str = "") -> Path:
    text = (ROOT / "rules" / "example.toml").read_text(encoding="utf-8")
    text = text.replace("telegram.chat_ids = []", f'telegram.chat_ids = ["{chat_id}"]')
    path = tmp_path / f"{name}.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


@dataclass
class Running:
    api: FakeBotAPI
    engine: Engine
    task: asyncio.Task[None]

    @property
    def adapter(self) -> TelegramAdapter:
        assert isinstance(self.engine.adapter, TelegramAdapter)
        return self.engine.adapter

    async def sent(self, chat_id: int, pattern: str = "") -> dict[str, Any]:
        """Wait for a sendMessage to `chat_id` whose text matches `pattern`."""
        return await eventually(lambda: self.find("sendMessage", chat_id, pattern))

    def find(self, method: str, chat_id: int, pattern: str = "") -> dict[str, Any] | None:
        for params in self.api.calls_to(method):
            text = str(params.get("text", ""))
            if int(params.get("chat_id", 0)) == chat_id and re.search(pattern, text):
                return params
        return None


async def start_bot(
    tmp_path: Path, settings: TelegramConfig | None = None
) -> AsyncIterator[Running]:
    api = FakeBotAPI()
    base_url = await api.start()
    engine = await build_engine(
        database_url="sqlite://", cogs=[*default_cog_factories(), StaffTools]
    )
    gate = '\n[welcome.gate]\nenabled = true\ntimeout = "5m"\n'
    report = await load_communities(
        engine,
        [
            rule_file(tmp_path, "community", GROUP_ID),
            rule_file(tmp_path, "gated", GATED_ID, gate),
        ],
    )
    assert not report.errors, report.errors
    config = HearthConfig(telegram=settings or TelegramConfig())
    task = asyncio.create_task(
        run(engine, config, api.token, base_url=base_url, handle_signals=False, poll_timeout_s=1)
    )
    await eventually(lambda: api.calls_to("getUpdates") or api.calls_to("setWebhook"))
    try:
        yield Running(api, engine, task)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await engine.close()
        await api.stop()


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Running]:
    async for running in start_bot(tmp_path):
        yield running


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_bot(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Running]:
    """One bot for a module whose tests only look at the calls they cause themselves."""
    async for running in start_bot(tmp_path_factory.mktemp("telegram")):
        yield running
