"""Webhook mode: Telegram's secret token is required, and a valid update is processed."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.config import TelegramConfig
from tests.adapters.telegram.conftest import GROUP_ID, Running, eventually, start_bot
from tests.fakes.telegram_server import administrator, group, message, user

SECRET = "s3cret-token_for-tests"
ADMIN = user(900, "Maja")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
async def webhook_bot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Running, str]]:
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    port = free_port()
    settings = TelegramConfig(
        mode="webhook", webhook_url="https://bot.example.org/hook", listen="127.0.0.1", port=port
    )
    async for running in start_bot(tmp_path, settings):
        await eventually(lambda: listening(port))
        yield running, f"http://127.0.0.1:{port}/hook"


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


async def post(url: str, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=json.dumps(update), headers=headers) as response,
    ):
        return response.status


async def test_the_webhook_is_registered_with_the_secret_and_all_update_kinds(
    webhook_bot: tuple[Running, str],
) -> None:
    bot, _ = webhook_bot
    registered = bot.api.calls_to("setWebhook")[0]
    assert registered["url"] == "https://bot.example.org/hook"
    assert registered["secret_token"] == SECRET
    assert "chat_member" in registered["allowed_updates"]


async def test_a_request_with_a_wrong_secret_is_refused(webhook_bot: tuple[Running, str]) -> None:
    bot, url = webhook_bot
    bot.api.set_member(GROUP_ID, administrator(ADMIN))
    update = {"update_id": 1, "message": message(group(GROUP_ID), ADMIN, "/modping")}
    assert await post(url, update, "wrong") == 403
    assert await post(url, update, None) == 403
    assert bot.find("sendMessage", GROUP_ID, "pong") is None


async def test_a_request_with_the_right_secret_is_processed(
    webhook_bot: tuple[Running, str],
) -> None:
    bot, url = webhook_bot
    bot.api.set_member(GROUP_ID, administrator(ADMIN))
    update = {"update_id": 2, "message": message(group(GROUP_ID), ADMIN, "/modping")}
    assert await post(url, update, SECRET) == 200
    await bot.sent(GROUP_ID, "^pong$")


async def test_polling_asks_for_member_updates(bot: Running) -> None:
    polls = await eventually(lambda: bot.api.calls_to("getUpdates"))
    assert "chat_member" in polls[0]["allowed_updates"]
