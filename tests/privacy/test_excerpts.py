"""Incidents keep a redacted excerpt, not the whole message, unless the community opts in."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from cogs.privacy.schema import PrivacySection
from tests.conftest import NOW, CommunityFactory, EngineFactory, message, rules_text

from .conftest import INSULT, PRIVACY_RULES

MESSAGE = f"honestly you are a {INSULT} and everyone knows it"


async def stored_excerpt(engine: Engine) -> str | None:
    await engine.dispatch(message(MESSAGE, at=NOW))
    [incident] = await engine.services.store.incidents("test")
    return incident.excerpt


async def engine_with(make_engine: EngineFactory, add: CommunityFactory, extra: str) -> Engine:
    engine = await make_engine()
    await add(engine, rules_text(PRIVACY_RULES.replace("[privacy]\n", f"[privacy]\n{extra}")))
    return engine


async def test_by_default_only_the_matched_words_are_stored(
    make_engine: EngineFactory, add_community: CommunityFactory
) -> None:
    engine = await engine_with(make_engine, add_community, "")
    excerpt = await stored_excerpt(engine)
    assert excerpt is not None and INSULT in excerpt and "everyone knows" not in excerpt


async def test_none_stores_no_text_at_all(
    make_engine: EngineFactory, add_community: CommunityFactory
) -> None:
    engine = await engine_with(make_engine, add_community, 'store_excerpts = "none"\n')
    assert await stored_excerpt(engine) is None


async def test_full_stores_the_message_when_the_community_turns_it_on(
    make_engine: EngineFactory, add_community: CommunityFactory
) -> None:
    engine = await engine_with(make_engine, add_community, 'store_excerpts = "full"\n')
    assert await stored_excerpt(engine) == MESSAGE


def test_personal_data_stays_masked_even_with_full_messages() -> None:
    policy = PrivacySection(store_excerpts="full")
    assert policy.incident_excerpt("ol••••om", "mail ola@x.com", sensitive=True) == "ol••••om"


@pytest.mark.parametrize("value", ["12h", "soon", 0])
def test_retention_shorter_than_a_day_or_unreadable_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="retention"):
        PrivacySection.model_validate({"retention": {"incidents": value}})
