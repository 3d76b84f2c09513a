"""Fixtures for the moderators' toolkit: the toolkit cogs on the real engine, an
in-memory store, and test platforms that record every action.

`HierarchyAdapter` knows its members (roles, top role, owner) like Discord does, so
hierarchy checks can refuse; `MissingPermissionAdapter` refuses chosen action kinds
the way a platform does when the bot lacks a permission. `FakeTranslator` stands in
for bot.translate without any network.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.actions import Action, Reply
from bot.adapters.replay import DryRunAdapter
from bot.app import build_engine, load_communities
from bot.community import Community
from bot.engine import Engine
from bot.errors import ActionFailed
from bot.events import SYSTEM, Button, Command, Join, Member, Message, Tick
from cogs.toolkit import TOOLKIT_COGS

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
COMMUNITY = "toolkit"

OLA = Member(id="u1", name="Ola", top_role_position=1)
KASIA = Member(id="u2", name="Kasia", top_role_position=1)
MIA = Member(id="m1", name="Mia", roles=("moderator",), top_role_position=5)
MAX = Member(id="m2", name="Max", roles=("moderator",), top_role_position=5)
ADA = Member(id="a1", name="Ada", roles=("admin",), top_role_position=9)
OWNER = Member(id="o1", name="Olga", roles=("admin",), is_owner=True, top_role_position=10)
BOT = Member(id="bot", name="Hearth", is_bot=True, top_role_position=8)
CRISIS_CONTACT = "c1"

RULES = f"""\
[community]
name = "Toolkit Test"
languages = ["en", "sv", "nb", "pl"]
locale = "en"
timezone = "UTC"
id = "{COMMUNITY}"

[channels]
moderator_log = "mod-log"
reports = "reports"

[moderation]
enabled = false

[antispam]
enabled = false

[welcome]
enabled = false

[escalation]
contacts = {{ users = ["{CRISIS_CONTACT}"], roles = ["crisis-team"] }}
resources.sv = "Ring Självmordslinjen 90101."

[[escalation.paths]]
id = "self-harm"
triggers.en = ["want to die"]
triggers.sv = ["vill dö"]

[[escalation.paths]]
id = "violence"
send_resources = false
triggers.en = ["i will hurt you"]

[lockdown]
mode = "lock"
channels = ["general", "memes"]
"""


class HierarchyAdapter(DryRunAdapter):
    """A platform with member lookups (like Discord) and a 28-day timeout limit."""

    platform = "hierarchy"
    max_timeout_s = 28 * 86400

    def __init__(self, members: Iterable[Member] = (), bot: Member = BOT) -> None:
        super().__init__()
        self.members = {member.id: member for member in members}
        self.bot = bot

    async def fetch_member(self, community_id: str, user_id: str) -> Member | None:
        return self.members.get(user_id)

    async def bot_member(self, community_id: str) -> Member | None:
        return self.bot


class MissingPermissionAdapter(HierarchyAdapter):
    """Refuses the listed action kinds as a platform does when the bot lacks a permission."""

    platform = "no-perms"

    def __init__(self, refuse: Iterable[str], members: Iterable[Member] = ()) -> None:
        super().__init__(members)
        self.refuse = set(refuse)

    async def perform(self, community_id: str, action: Action) -> None:
        if action.kind in self.refuse:
            raise ActionFailed(
                action,
                f"missing permission for {action.kind}",
                "action-missing-permission",
                permission="Ban Members",
            )
        await super().perform(community_id, action)


@dataclass(frozen=True)
class FakeTranslation:
    text: str
    source: str | None
    target: str
    translated: bool
    note: str = ""


@dataclass
class FakeTranslator:
    """Translates by table; anything else comes back untranslated as "offline"."""

    table: dict[str, str] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)

    async def translate(self, text: str, target: str, source: str | None = None) -> Any:
        self.calls.append((text, target))
        if text in self.table:
            return FakeTranslation(self.table[text], "sv", target, True)
        return FakeTranslation(text, None, target, False, "offline")


@dataclass
class Toolkit:
    """One engine with the toolkit cogs and one community; helpers build events."""

    engine: Engine
    adapter: DryRunAdapter
    community: Community

    @property
    def store(self) -> Any:
        return self.engine.services.store

    async def dispatch(self, event: Any) -> list[Action]:
        return await self.engine.dispatch(event)

    async def command(
        self, name: str, args: dict[str, str] | None = None, user: Member = MIA, at: datetime = NOW
    ) -> list[Action]:
        return await self.dispatch(
            Command(
                community_id=COMMUNITY,
                at=at,
                user=user,
                name=name,
                args=args or {},
                channel="general",
                interaction_id="i1",
            )
        )

    async def message(
        self, text: str, user: Member = OLA, message_id: str = "100", at: datetime = NOW
    ) -> list[Action]:
        return await self.dispatch(
            Message(
                community_id=COMMUNITY,
                at=at,
                user=user,
                channel="general",
                text=text,
                message_id=message_id,
            )
        )

    async def press(self, custom_id: str, user: Member = MIA, at: datetime = NOW) -> list[Action]:
        return await self.dispatch(
            Button(
                community_id=COMMUNITY, at=at, user=user, channel="reports", custom_id=custom_id
            )
        )

    async def tick(self, at: datetime) -> list[Action]:
        return await self.dispatch(Tick(community_id=COMMUNITY, at=at, user=SYSTEM))

    async def join(self, user: Member, at: datetime = NOW) -> list[Action]:
        return await self.dispatch(Join(community_id=COMMUNITY, at=at, user=user))


async def open_toolkit(
    rules_path: Path,
    adapter: DryRunAdapter | None = None,
    translator: Any = None,
    database_url: str = "sqlite://",
    cogs: Iterable[Any] = TOOLKIT_COGS,
) -> Toolkit:
    adapter = adapter if adapter is not None else DryRunAdapter()
    engine = await build_engine(
        database_url=database_url,
        adapter=adapter,
        translator=translator,
        cogs=list(cogs),
        flush_seconds=0,
    )
    report = await load_communities(engine, [rules_path])
    assert not report.errors, report.errors
    return Toolkit(engine, adapter, engine.communities[COMMUNITY])


@pytest.fixture
def rules_path(tmp_path: Path) -> Path:
    path = tmp_path / "toolkit.toml"
    path.write_text(RULES, encoding="utf-8")
    return path


@pytest.fixture
async def opened() -> AsyncIterator[list[Toolkit]]:
    """Every toolkit a test opens is closed afterwards."""
    toolkits: list[Toolkit] = []
    yield toolkits
    for toolkit in toolkits:
        await toolkit.engine.close()


@pytest.fixture
async def make_toolkit(rules_path: Path, opened: list[Toolkit]) -> Any:
    async def make(**kwargs: Any) -> Toolkit:
        toolkit = await open_toolkit(kwargs.pop("rules", rules_path), **kwargs)
        opened.append(toolkit)
        return toolkit

    return make


@pytest.fixture
async def toolkit(make_toolkit: Any) -> Toolkit:
    """The toolkit on a platform that knows Ola, Kasia, the moderators, admin and owner."""
    return await make_toolkit(adapter=HierarchyAdapter([OLA, KASIA, MIA, MAX, ADA, OWNER]))


@pytest.fixture
async def dry(make_toolkit: Any) -> Toolkit:
    """The toolkit on the dry-run platform (no member lookups, like replay)."""
    return await make_toolkit()


def only(actions: list[Action], kind: type[Action]) -> list[Any]:
    return [action for action in actions if isinstance(action, kind)]


def reply_text(actions: list[Action]) -> str:
    replies = only(actions, Reply)
    assert replies, f"no reply among {[action.kind for action in actions]}"
    return "\n".join(reply.text for reply in replies)


def later(seconds: float) -> datetime:
    return NOW + timedelta(seconds=seconds)
