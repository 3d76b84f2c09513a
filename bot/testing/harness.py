"""One community on the real engine, for a cog's behaviour tests.

`Harness` loads the cogs under test on Hearth's engine, with an in-memory store (the real
`Store` on SQLite in memory), a `FakePlatform` that records what the bot does, a `Clock`
the test moves, and a community whose rule file is the text the test gives. A test then
speaks as members and reads what the bot did:

    async def test_a_question_is_answered_in_the_askers_language():
        async with Harness(manifest, rules=FAQ_RULES) as hearth:
            ola = hearth.member("Ola", locale="sv")
            done = await hearth.say(ola, "Var finns reglerna?")
            assert done.replies == [hearth.t("faq-auto-answer", "sv", answer="...")]

(from examples/hearth-faq/tests/test_faq.py).

Only the cogs named are loaded; the rule file is still checked against every installed
cog's tables plus those of the cogs under test, so a cog that is not installed (a test
run from a source checkout) works too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import timedelta
from types import TracebackType
from typing import Any

from bot.actions import Action, Dm, Reply, Report, Send
from bot.cog import Cog, Services
from bot.community import Community
from bot.engine import Engine
from bot.events import SYSTEM, Button, Command, Event, Join, Leave, Member, Message, Tick
from bot.i18n import DEFAULT_LOCALES_DIR, Localizer
from bot.plugins import Catalog, CogManifest, installed_catalog
from bot.rules import parse_rules
from bot.storage import Store
from bot.testing.clock import Clock
from bot.testing.platform import FakePlatform
from bot.testing.transcript import Transcript

RULES_NAME = "<harness rules>"


class Outcome(list[Action]):
    """What the bot did in answer to one event, in order, with readable shortcuts."""

    @property
    def kinds(self) -> list[str]:
        return [action.kind for action in self]

    @property
    def replies(self) -> list[str]:
        return [action.text for action in self if isinstance(action, Reply)]

    @property
    def sent(self) -> list[str]:
        return [action.text for action in self if isinstance(action, Send)]

    @property
    def dms(self) -> list[str]:
        return [action.text for action in self if isinstance(action, Dm)]

    @property
    def reports(self) -> list[str]:
        return [action.text for action in self if isinstance(action, Report)]

    def of(self, action_type: type[Action]) -> list[Any]:
        return [action for action in self if isinstance(action, action_type)]


def community_table(community_id: str, languages: Iterable[str], locale: str, tz: str) -> str:
    quoted = ", ".join(f'"{language}"' for language in languages)
    return (
        f'[community]\nname = "Test Community"\nid = "{community_id}"\n'
        f'languages = [{quoted}]\nlocale = "{locale}"\ntimezone = "{tz}"\n\n'
    )


class Harness:
    """The cogs under test, one community, a fake platform and a clock."""

    def __init__(
        self,
        *cogs: type[Cog] | CogManifest,
        rules: str = "",
        languages: Iterable[str] = ("en", "sv", "nb", "pl"),
        locale: str = "en",
        timezone: str = "UTC",
        platform: FakePlatform | None = None,
        clock: Clock | None = None,
        database_url: str = "sqlite://",
        community_id: str = "test",
    ) -> None:
        if not cogs:
            raise ValueError("name the cogs to test: Harness(MyCog, ...)")
        self.catalog, self.manifests = _catalog_with(cogs)
        header = (
            ""
            if "[community]" in rules
            else community_table(community_id, languages, locale, timezone)
        )
        self.rules_text = header + rules
        self.platform = platform if platform is not None else FakePlatform()
        self.clock = clock if clock is not None else Clock()
        self.community_id = community_id
        self._database_url = database_url
        self._ids = itertools.count(1)
        self.engine: Engine
        self.community: Community

    # -- set-up -----------------------------------------------------------------

    async def __aenter__(self) -> Harness:
        store = await Store.open(self._database_url, flush_interval_s=0)
        folders = [manifest.locales for manifest in self.catalog if manifest.locales]
        services = Services(
            i18n=Localizer(DEFAULT_LOCALES_DIR, extra_dirs=folders),
            store=store,
            clock=self.clock,
        )
        self.engine = Engine(services, self.platform, self.catalog)
        try:
            for manifest in self.manifests:
                await self.engine.add_cog(manifest.cog(services), manifest)
            rules = self.check_rules()
        except BaseException:
            await self.engine.close()
            raise
        self.community = Community(id=self.community_id, rules=rules)
        self.engine.add_community(self.community)
        await store.ensure_community(self.community_id, rules.community.name)
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.engine.close()

    def check_rules(self, text: str | None = None) -> Any:
        """Validate the rule text (this harness's by default); raises RuleFileError."""
        return parse_rules(text or self.rules_text, RULES_NAME, catalog=self.catalog)

    @property
    def store(self) -> Store:
        return self.engine.services.store

    @property
    def rules(self) -> Any:
        return self.community.rules

    def reload(self, rules: str) -> None:
        """Swap in new rule text as hot reload does (the community keeps its state)."""
        header = self.rules_text[: self.rules_text.index("\n\n") + 2]
        text = rules if "[community]" in rules else header + rules
        self.community.replace_rules(self.check_rules(text))

    def t(self, message_id: str, locale: str = "en", **args: Any) -> str:
        """A Fluent message as the bot would write it, for expected values."""
        return self.engine.i18n.format(locale, message_id, **args)

    # -- people -----------------------------------------------------------------

    def member(
        self,
        name: str,
        *,
        roles: Iterable[str] = (),
        locale: str | None = None,
        top_role_position: int = 1,
        is_owner: bool = False,
        member_id: str | None = None,
    ) -> Member:
        """A member the platform knows (ids u1, u2 ... unless `member_id` is given)."""
        member = Member(
            id=member_id or f"u{next(self._ids)}",
            name=name,
            roles=tuple(roles),
            locale=locale,
            top_role_position=top_role_position,
            is_owner=is_owner,
        )
        return self.platform.add_member(member)

    def moderator(self, name: str = "Mia", **fields: Any) -> Member:
        return self.member(name, roles=("moderator",), top_role_position=5, **fields)

    def admin(self, name: str = "Ada", **fields: Any) -> Member:
        return self.member(name, roles=("admin",), top_role_position=9, **fields)

    # -- events -----------------------------------------------------------------

    async def dispatch(self, event: Event) -> Outcome:
        return Outcome(await self.engine.dispatch(event))

    async def say(
        self,
        who: Member,
        text: str,
        *,
        channel: str = "general",
        reply_to: Message | None = None,
        mentions: Iterable[Member] = (),
    ) -> Outcome:
        """`who` posts `text`; returns what the bot did."""
        return await self.dispatch(self.message(who, text, channel, reply_to, mentions))

    async def said(self, who: Member, text: str, *, channel: str = "general") -> Message:
        """`who` posts `text`; returns the message (to reply to, edit or react to)."""
        event = self.message(who, text, channel)
        await self.dispatch(event)
        return event

    def message(
        self,
        who: Member,
        text: str,
        channel: str = "general",
        reply_to: Message | None = None,
        mentions: Iterable[Member] = (),
    ) -> Message:
        return Message(
            community_id=self.community_id,
            at=self.clock.now(),
            user=who,
            channel=channel,
            text=text,
            message_id=f"m{next(self._ids)}",
            mentions=tuple(member.id for member in mentions),
            reply_to=reply_to.message_id if reply_to else None,
            reply_to_user=reply_to.user.id if reply_to else None,
        )

    async def command(self, who: Member, name: str, **args: str | int) -> Outcome:
        """`who` runs /name with these options (values as a member would type them)."""
        return await self.dispatch(
            Command(
                community_id=self.community_id,
                at=self.clock.now(),
                user=who,
                name=name,
                args={key: str(value) for key, value in args.items()},
                channel="general",
                interaction_id=f"i{next(self._ids)}",
            )
        )

    async def join(self, who: Member) -> Outcome:
        return await self.dispatch(Join(community_id=self.community_id, at=self.clock(), user=who))

    async def leave(self, who: Member) -> Outcome:
        return await self.dispatch(
            Leave(community_id=self.community_id, at=self.clock(), user=who)
        )

    async def press(self, who: Member, custom_id: str, *, channel: str = "general") -> Outcome:
        """`who` presses the button whose custom id is `custom_id`."""
        return await self.dispatch(
            Button(
                community_id=self.community_id,
                at=self.clock.now(),
                user=who,
                channel=channel,
                custom_id=custom_id,
                interaction_id=f"i{next(self._ids)}",
            )
        )

    async def tick(self) -> Outcome:
        """One clock tick now, as the scheduler sends every 30 seconds."""
        return await self.dispatch(
            Tick(community_id=self.community_id, at=self.clock(), user=SYSTEM)
        )

    async def advance(self, by: str | float | timedelta, *, tick: bool = True) -> Outcome:
        """Let time pass, then (by default) tick once so timed work that fell due runs."""
        self.clock.advance(by)
        return await self.tick() if tick else Outcome()

    def transcript(self) -> Transcript:
        """A transcript starting now, on its own clock (playing it moves the harness's)."""
        return Transcript(Clock(self.clock.now()))

    async def play(self, transcript: Transcript) -> list[Outcome]:
        """Run a transcript's lines in order; before a line later than the last, tick once.

        Returns one Outcome per line (the tick's actions, if any, come first in it).
        """
        outcomes = []
        for _, event in transcript.events(self.community_id):
            ticked = Outcome()
            if event.at > self.clock.now():
                self.clock.set(event.at)
                ticked = await self.tick()
            outcomes.append(Outcome([*ticked, *await self.dispatch(event)]))
        return outcomes


def _catalog_with(
    cogs: Iterable[type[Cog] | CogManifest],
) -> tuple[Catalog, list[CogManifest]]:
    """The installed catalog plus the cogs under test that are not installed."""
    installed = installed_catalog()
    catalog = Catalog(list(installed), installed.failures)
    chosen = []
    for cog in cogs:
        manifest = cog if isinstance(cog, CogManifest) else installed.for_class(cog)
        manifest = manifest or CogManifest(cog=cog)  # type: ignore[arg-type]
        known = catalog.get(manifest.name)
        if known is None:
            catalog.add(manifest)
        elif known.cog is not manifest.cog:
            raise ValueError(
                f"a different cog named {manifest.name!r} is installed ({known.cog.__module__})"
            )
        chosen.append(catalog.get(manifest.name))
    return catalog, chosen  # type: ignore[return-value]
