"""Shared fixtures for the core's specification tests.

An engine runs on an in-memory SQLite store with the dry-run adapter, so every action
a test causes is recorded in order and nothing leaves the process. Communities come
from `rules/example.toml` or from rule text written to `tmp_path`; the event helpers
build plain events with a fixed clock.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.actions import Action
from bot.adapters.replay import DryRunAdapter
from bot.app import CogFactory, build_engine, load_communities
from bot.community import Community
from bot.engine import Engine
from bot.errors import ActionFailed
from bot.events import Command, Edit, Join, Leave, Member, Message
from bot.i18n import Localizer
from bot.platform import Adapter
from bot.plugins import Catalog, installed_catalog

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_RULES = ROOT / "rules" / "example.toml"
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
COMMUNITY = "test"

OLA = Member(id="u1", name="Ola")
KASIA = Member(id="u2", name="Kasia")
MIA = Member(id="m1", name="Mia", roles=("moderator",))
ADA = Member(id="a1", name="Ada", roles=("admin",))

MINIMAL_COMMUNITY = """\
[community]
name = "Test Community"
languages = ["en", "sv"]
locale = "en"
timezone = "Europe/Stockholm"
id = "test"
"""


def rules_text(extra: str = "") -> str:
    """A valid rule file (community `test`) followed by `extra` TOML."""
    return MINIMAL_COMMUNITY + extra


_ids = itertools.count(1)


def message(
    text: str,
    user: Member = OLA,
    *,
    at: datetime = NOW,
    channel: str = "general",
    community_id: str = COMMUNITY,
    message_id: str | None = None,
) -> Message:
    return Message(
        community_id=community_id,
        at=at,
        user=user,
        channel=channel,
        text=text,
        message_id=message_id or str(next(_ids)),
    )


def edit(text: str, user: Member = OLA, *, at: datetime = NOW, message_id: str = "e1") -> Edit:
    return Edit(
        community_id=COMMUNITY,
        at=at,
        user=user,
        channel="general",
        text=text,
        message_id=message_id,
    )


def join(user: Member = KASIA, *, at: datetime = NOW, community_id: str = COMMUNITY) -> Join:
    return Join(community_id=community_id, at=at, user=user)


def leave(user: Member = KASIA, *, at: datetime = NOW) -> Leave:
    return Leave(community_id=COMMUNITY, at=at, user=user)


def command(
    name: str,
    args: dict[str, str] | None = None,
    user: Member = MIA,
    *,
    at: datetime = NOW,
    community_id: str = COMMUNITY,
) -> Command:
    return Command(
        community_id=community_id,
        at=at,
        user=user,
        name=name,
        args=args or {},
        channel="general",
        interaction_id=f"i{next(_ids)}",
    )


def seconds_later(seconds: float, start: datetime = NOW) -> datetime:
    return start + timedelta(seconds=seconds)


def kinds(actions: Iterable[Action]) -> list[str]:
    return [action.kind for action in actions]


class FailingAdapter(DryRunAdapter):
    """Records like the dry run, but refuses the action kinds in `refuse`."""

    platform = "failing"

    def __init__(self, refuse: Iterable[str] = ()) -> None:
        super().__init__()
        self.refuse = set(refuse)

    async def perform(self, community_id: str, action: Action) -> None:
        if action.kind in self.refuse:
            raise ActionFailed(action, f"{action.kind} refused by the test platform")
        await super().perform(community_id, action)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to run on an install whose entry points predate the cogs' registration."""
    catalog = installed_catalog()
    if "moderation" not in catalog:
        problems = "; ".join(str(failure) for failure in catalog.failures)
        pytest.exit(
            "Hearth's built-in cogs are not registered in this environment "
            "(the `hearth.cogs` entry points are written at install time): "
            f'run `pip install -e ".[dev]"` again. {problems}',
            returncode=3,
        )


EngineFactory = Callable[..., Awaitable[Engine]]
CommunityFactory = Callable[..., Awaitable[Community]]


@pytest.fixture(scope="session")
def localizer() -> Localizer:
    """The shipped locales (Localizer parses each .ftl once per process)."""
    return Localizer()


@pytest.fixture
async def make_engine() -> AsyncIterator[EngineFactory]:
    """Build engines (in-memory store, dry run by default); all are closed afterwards."""
    built: list[Engine] = []

    async def factory(
        cogs: Iterable[CogFactory] | None = None,
        adapter: Adapter | None = None,
        catalog: Catalog | None = None,
    ) -> Engine:
        engine = await build_engine(
            database_url="sqlite://",
            adapter=adapter if adapter is not None else DryRunAdapter(),
            cogs=cogs,
            catalog=catalog,
            flush_seconds=0,
        )
        built.append(engine)
        return engine

    yield factory
    for engine in built:
        await engine.close()


@pytest.fixture
async def engine(make_engine: EngineFactory) -> Engine:
    """The default cogs on an in-memory store with the dry-run adapter."""
    return await make_engine()


@pytest.fixture
def write_rules(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write rule text to `tmp_path/<name>` and return the path."""

    def write(text: str, name: str = "test.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def add_community(write_rules: Callable[[str, str], Path]) -> CommunityFactory:
    """Load rule text (or the example file) into an engine and return the community."""

    async def add(engine: Engine, text: str | None = None, name: str = "test.toml") -> Community:
        path = EXAMPLE_RULES if text is None else write_rules(text, name)
        report = await load_communities(engine, [path])
        assert not report.errors, "\n".join(str(error) for error in report.errors)
        (community_id,) = report.loaded
        return engine.communities[community_id]

    return add


@pytest.fixture
async def example(engine: Engine, add_community: CommunityFactory) -> Community:
    """The example community (id `example`) on the default engine."""
    return await add_community(engine)
