"""A harness for the community-care cogs: the real engine, the dry-run adapter, an
in-memory store and fixed event times. Each test writes only the rule keys it is about.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.actions import Action
from bot.adapters.replay import DryRunAdapter
from bot.app import CogFactory, load_communities
from bot.cog import Cog, Context, Services, listen
from bot.community import Community
from bot.engine import Engine
from bot.events import SYSTEM, Button, Command, Join, Leave, Member, Message, Tick
from bot.i18n import Localizer
from bot.storage import Store
from cogs.activity import Activity
from cogs.gatherings import Gatherings
from cogs.health import Health
from cogs.introductions import Introductions
from cogs.polls import Polls
from cogs.recognition import Recognition
from cogs.welcome import Welcome

T0 = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # a Monday, 13:00 in Stockholm
COMMUNITY = "care"
OLA = Member(id="u1", name="Ola", locale="nb")
KASIA = Member(id="u2", name="Kasia", locale="pl")
ERIK = Member(id="u3", name="Erik", locale="sv")
SAM = Member(id="u4", name="Sam", locale="en")
MIA = Member(id="m1", name="Mia", roles=("moderator",), locale="en")
BOT = Member(id="b1", name="Botty", is_bot=True)

BASE_RULES = """\
[community]
name = "Hearth Test"
languages = ["en", "sv", "nb", "pl"]
locale = "en"
timezone = "Europe/Stockholm"
id = "care"

[channels]
welcome = "welcome"
introductions = "introductions"
moderator_log = "mod-log"
"""
DIGEST_OFF = "\n[stats.digest]\nenabled = false\n"


class StopWhenFlagged(Cog):
    """Stands in for moderation: deletes (stops) any message containing FLAGGED."""

    name = "fake-moderation"
    order = -100

    @listen(Message)
    async def check(self, ctx: Context) -> None:
        if "FLAGGED" in ctx.event.text:
            ctx.stop()


CARE_COGS: list[CogFactory] = [
    StopWhenFlagged,
    Welcome,
    Introductions,
    Gatherings,
    Polls,
    Recognition,
    Health,
    Activity,
]
_ids = itertools.count(1)


def later(start: datetime = T0, **delta: float) -> datetime:
    return start + timedelta(**delta)


@dataclass
class Care:
    """One community on one engine, with short helpers for the events tests need."""

    engine: Engine
    adapter: DryRunAdapter
    community: Community

    @property
    def store(self):  # type: ignore[no-untyped-def]
        return self.engine.services.store

    async def dispatch(self, event) -> list[Action]:  # type: ignore[no-untyped-def]
        return await self.engine.dispatch(event)

    async def message(
        self,
        text: str,
        user: Member = OLA,
        *,
        at: datetime = T0,
        channel: str = "general",
        reply_to: Member | None = None,
        mentions: Iterable[str] = (),
        lang: str | None = None,
    ) -> list[Action]:
        return await self.dispatch(
            Message(
                community_id=COMMUNITY,
                at=at,
                user=user,
                channel=channel,
                text=text,
                message_id=f"msg{next(_ids)}",
                reply_to="msg0" if reply_to else None,
                reply_to_user=reply_to.id if reply_to else None,
                mentions=tuple(mentions),
                lang_hint=lang,
            )
        )

    async def command(
        self, name: str, by: Member = OLA, *, at: datetime = T0, **args: str
    ) -> list[Action]:
        return await self.dispatch(
            Command(
                community_id=COMMUNITY,
                at=at,
                user=by,
                name=name,
                args=args,
                channel="general",
                interaction_id=f"i{next(_ids)}",
            )
        )

    async def join(self, user: Member = OLA, *, at: datetime = T0) -> list[Action]:
        return await self.dispatch(Join(community_id=COMMUNITY, at=at, user=user))

    async def leave(self, user: Member = OLA, *, at: datetime = T0) -> list[Action]:
        return await self.dispatch(Leave(community_id=COMMUNITY, at=at, user=user))

    async def tick(self, at: datetime) -> list[Action]:
        return await self.dispatch(Tick(community_id=COMMUNITY, at=at, user=SYSTEM))

    async def press(self, custom_id: str, user: Member = OLA, *, at: datetime = T0):  # type: ignore[no-untyped-def]
        return await self.dispatch(
            Button(
                community_id=COMMUNITY, at=at, user=user, channel="general", custom_id=custom_id
            )
        )

    def restart(self) -> None:
        """Forget what the cogs hold in memory, as a new process would; the store remains."""
        self.community.state.clear()

    async def meet(self, *members: Member, at: datetime = T0) -> None:
        """Make members known to the record (as if they had joined a while ago)."""
        for member in members:
            await self.store.upsert_member(
                COMMUNITY, member.id, display_name=member.name, at=at - timedelta(days=30)
            )


MakeCare = Callable[..., Awaitable[Care]]


@pytest.fixture
async def make_care(tmp_path: Path) -> AsyncIterator[MakeCare]:
    """Build a care community from extra rule text (and optionally another adapter)."""
    engines: list[Engine] = []

    async def build(
        extra: str = "",
        adapter: DryRunAdapter | None = None,
        digest: bool = False,
        more_cogs: Iterable[CogFactory] = (),
    ) -> Care:
        adapter = adapter if adapter is not None else DryRunAdapter()
        store = await Store.open("sqlite://", flush_interval_s=0)
        engine = Engine(Services(i18n=Localizer(), store=store), adapter)
        factories = [*CARE_COGS, *more_cogs]
        await engine.add_cogs(factory(engine.services) for factory in factories)
        engines.append(engine)
        path = tmp_path / f"care{len(engines)}.toml"
        path.write_text(BASE_RULES + extra + ("" if digest else DIGEST_OFF), encoding="utf-8")
        report = await load_communities(engine, [path])
        assert not report.errors, "\n".join(str(error) for error in report.errors)
        return Care(engine, adapter, engine.communities[COMMUNITY])

    yield build
    for engine in engines:
        await engine.close()


@pytest.fixture
async def care(make_care: MakeCare) -> Care:
    return await make_care()


def texts(actions: Iterable[Action]) -> list[str]:
    return [getattr(action, "text", "") for action in actions]


def of_kind(actions: Iterable[Action], kind: str) -> list[Action]:
    return [action for action in actions if action.kind == kind]
