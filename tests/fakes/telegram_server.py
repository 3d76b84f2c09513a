"""A fake Telegram Bot API on 127.0.0.1 (aiohttp) for driving the real python-telegram-bot.

`FakeBotAPI` answers `/bot<token>/<method>` the way the Bot API does: getMe, long-polled
getUpdates fed by `push()`, and the methods Hearth calls, each recorded as a `Call` with
its form parameters decoded (PTB sends non-string values JSON-encoded). `fail()` makes a
method return a Bot API error once. Builders below make update payloads with every field
PTB needs (ChatMember payloads carry all fields of their status).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSON = dict[str, Any]
BOT_ID = 7000
BOT_USERNAME = "hearth_test_bot"
LONG_POLL_CAP_S = 0.05


@dataclass
class Call:
    method: str
    params: JSON


@dataclass
class Failure:
    method: str
    code: int
    description: str
    when: Callable[[JSON], bool]


@dataclass
class FakeBotAPI:
    token: str = "7000:TEST-TOKEN"
    calls: list[Call] = field(default_factory=list)
    members: dict[tuple[int, int], JSON] = field(default_factory=dict)
    chat_permissions: dict[int, JSON] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(10_000)
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ----------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{self.port}/bot"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- driving it -------------------------------------------------------------------

    def push(self, update: JSON) -> JSON:
        """Queue an update for the next getUpdates; gives it an update_id."""
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._new_update.set()
        return update

    def fail(
        self,
        method: str,
        description: str,
        code: int = 400,
        when: Callable[[JSON], bool] = lambda params: True,
    ) -> None:
        """The next matching call of `method` gets this Bot API error."""
        self.failures.append(Failure(method, code, description, when))

    def set_member(self, chat_id: int, payload: JSON) -> None:
        self.members[(chat_id, payload["user"]["id"])] = payload

    def calls_to(self, method: str) -> list[JSON]:
        return [call.params for call in self.calls if call.method == method]

    # -- the API ----------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        self.calls.append(Call(method, params))
        for failure in self.failures:
            if failure.method == method and failure.when(params):
                self.failures.remove(failure)
                return _error(failure.code, failure.description)
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        answer = getattr(self, f"_api_{method}", None)
        return _ok(answer(params) if answer is not None else True)

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if not self._updates and float(params.get("timeout") or 0) > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), LONG_POLL_CAP_S)
        updates, self._updates = self._updates, []
        return updates

    def _api_getMe(self, params: JSON) -> JSON:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Hearth",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": True,
            "supports_inline_queries": False,
        }

    def _api_sendMessage(self, params: JSON) -> JSON:
        chat_id = int(params["chat_id"])
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hearth"},
            "text": str(params.get("text", "")),
        }

    def _api_getChatMember(self, params: JSON) -> JSON:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        known = self.members.get((chat_id, user_id))
        if known is not None:
            return known
        if user_id == BOT_ID:
            return administrator(user(BOT_ID, "Hearth", username=BOT_USERNAME, is_bot=True))
        return member(user(user_id, f"User {user_id}"))

    def _api_getChat(self, params: JSON) -> JSON:
        chat_id = int(params["chat_id"])
        return {
            "id": chat_id,
            "type": "supergroup",
            "title": "Test group",
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
            "permissions": self.chat_permissions.get(chat_id, DEFAULT_PERMISSIONS),
        }


async def _params(request: web.Request) -> JSON:
    if request.content_type == "application/json":
        raw = await request.json()
    else:
        raw = dict(await request.post())
    decoded: JSON = {}
    for key, value in raw.items():
        if isinstance(value, str):
            try:
                decoded[key] = json.loads(value)
            except ValueError:
                decoded[key] = value
        else:
            decoded[key] = value
    return decoded


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(code: int, description: str) -> web.Response:
    return web.json_response(
        {"ok": False, "error_code": code, "description": description}, status=code
    )


# -- payload builders -------------------------------------------------------------------

DEFAULT_PERMISSIONS: JSON = {
    "can_send_messages": True,
    "can_send_audios": True,
    "can_send_documents": True,
    "can_send_photos": True,
    "can_send_videos": True,
    "can_send_video_notes": True,
    "can_send_voice_notes": True,
    "can_send_polls": False,
    "can_send_other_messages": True,
    "can_add_web_page_previews": True,
    "can_change_info": False,
    "can_invite_users": True,
    "can_pin_messages": False,
    "can_manage_topics": False,
}
_message_ids = itertools.count(1)


def user(
    user_id: int,
    first_name: str,
    *,
    last_name: str | None = None,
    username: str | None = None,
    language_code: str | None = None,
    is_bot: bool = False,
) -> JSON:
    data: JSON = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
    for key, value in (
        ("last_name", last_name),
        ("username", username),
        ("language_code", language_code),
    ):
        if value is not None:
            data[key] = value
    return data


def group(chat_id: int, title: str = "Test group") -> JSON:
    return {"id": chat_id, "type": "supergroup", "title": title}


def private(person: JSON) -> JSON:
    return {"id": person["id"], "type": "private", "first_name": person["first_name"]}


def message(chat: JSON, sender: JSON | None, text: str | None, **extra: Any) -> JSON:
    """A message payload; text starting with "/" gets its bot_command entity."""
    data: JSON = {"message_id": next(_message_ids), "date": int(time.time()), "chat": chat}
    if sender is not None:
        data["from"] = sender
    if text is not None:
        data["text"] = text
        if text.startswith("/"):
            data["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
    data.update(extra)
    return data


def member(person: JSON) -> JSON:
    return {"status": "member", "user": person}


def left(person: JSON) -> JSON:
    return {"status": "left", "user": person}


def owner(person: JSON) -> JSON:
    return {"status": "creator", "user": person, "is_anonymous": False}


def administrator(person: JSON) -> JSON:
    rights = [
        "can_manage_chat",
        "can_delete_messages",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_promote_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
        "can_pin_messages",
        "can_manage_topics",
    ]
    return {
        "status": "administrator",
        "user": person,
        "can_be_edited": False,
        "is_anonymous": False,
        **dict.fromkeys(rights, True),
    }


def restricted(person: JSON, *, is_member: bool = True, until_date: int = 0) -> JSON:
    send = {key: False for key in DEFAULT_PERMISSIONS}
    return {
        "status": "restricted",
        "user": person,
        "is_member": is_member,
        "can_edit_tag": False,
        "until_date": until_date,
        **send,
    }


def chat_member_update(chat: JSON, old: JSON, new: JSON, *, mine: bool = False) -> JSON:
    key = "my_chat_member" if mine else "chat_member"
    return {
        key: {
            "chat": chat,
            "from": new["user"],
            "date": int(time.time()),
            "old_chat_member": old,
            "new_chat_member": new,
        }
    }


def callback(chat: JSON, presser: JSON, data: str, message_id: int) -> JSON:
    bot = user(BOT_ID, "Hearth", username=BOT_USERNAME, is_bot=True)
    return {
        "callback_query": {
            "id": f"cb{message_id}{presser['id']}",
            "from": presser,
            "chat_instance": "ci-1",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": chat,
                "from": bot,
                "text": "challenge",
            },
        }
    }
