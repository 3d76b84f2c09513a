"""Fixtures for the privacy specification: an engine with the privacy cog and a community
whose rule file has a keyword rule (so incidents are recorded) and a privacy contact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import pytest

from bot.actions import Action
from bot.community import Community
from bot.engine import Engine
from bot.events import Button, Member, Tick
from cogs.info import Info
from cogs.moderation import Moderation
from cogs.privacy import Privacy
from cogs.welcome import Welcome
from tests.conftest import NOW, OLA, CommunityFactory, EngineFactory, rules_text

INSULT = "nincompoop"
PRIVACY_RULES = f"""
[channels]
moderator_log = "mod-log"

[[moderation.keywords]]
id = "insults"
words = ["{INSULT}"]
guideline = "respect"
severity = "mild"
actions = ["delete", "warn", "strike"]

[privacy]
contact = "privacy@example.org"
"""


@pytest.fixture
async def privacy_engine(make_engine: EngineFactory) -> Engine:
    return await make_engine(cogs=[Moderation, Welcome, Info, Privacy])


@pytest.fixture
async def community(privacy_engine: Engine, add_community: CommunityFactory) -> Community:
    return await add_community(privacy_engine, rules_text(PRIVACY_RULES))


def button(custom_id: str, user: Member = OLA, *, at: datetime = NOW) -> Button:
    return Button(
        community_id="test",
        at=at,
        user=user,
        channel="general",
        custom_id=custom_id,
        message_id="prompt-1",
    )


def tick(at: datetime) -> Tick:
    from bot.events import SYSTEM

    return Tick(community_id="test", at=at, user=SYSTEM)


def of_kind(actions: Iterable[Action], kind: str) -> list[Action]:
    return [action for action in actions if action.kind == kind]
