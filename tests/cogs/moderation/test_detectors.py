"""The moderation cog runs every detector on a message and acts on the worst finding:
profanity per language, personal data, links and invites, mass mentions, shouting."""

from __future__ import annotations

import pytest

from bot.actions import Delete, Report, Warn
from bot.events import Message
from tests.conftest import COMMUNITY, MIA, NOW, OLA, kinds, message, rules_text

RULES = rules_text(
    '[channels]\nmoderator_log = "mod-log"\n'
    "[strikes]\nenabled = false\n"
    "[antispam]\nflood = { enabled = false }\nduplicates = { enabled = false }\n"
)


@pytest.fixture
async def community(engine, add_community):
    return await add_community(engine, RULES)


def rules_of(actions, kind=Delete) -> list[str]:
    return [action.rule for action in actions if isinstance(action, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "you are a f u c k i n g idiot",
        "what a fuuuuck",
        "f.u.c.k this",
        "ＦＵＣＫ you",
        "fu\u200bck you",
        "din jävla idiot",
        "jävlar vad dåligt",
    ],
)
async def test_profanity_and_its_evasions_are_deleted_with_a_warning(engine, community, text):
    actions = await engine.dispatch(message(text))

    assert kinds(actions)[:2] == ["delete", "warn"]
    assert rules_of(actions) == ["profanity"]


@pytest.mark.parametrize(
    "text",
    [
        "slutet av filmen var bra",
        "det fanns mycket folk där",
        "I live near Scunthorpe",
        "a cocktail for the assassin in class",
        "she passed the exam with honours",
    ],
)
async def test_innocent_words_that_contain_a_bad_substring_are_left_alone(engine, community, text):
    assert await engine.dispatch(message(text)) == []


async def test_a_word_is_judged_only_in_the_communitys_languages(engine, add_community):
    await add_community(engine, RULES.replace('["en", "sv"]', '["en"]'))

    assert await engine.dispatch(message("kurwa mać")) == []


async def test_the_same_word_is_caught_when_the_language_is_listed(engine, add_community):
    await add_community(engine, RULES.replace('["en", "sv"]', '["en", "pl"]'))

    assert rules_of(await engine.dispatch(message("ty kurwo"))) == ["profanity"]


async def test_a_threat_is_reported_to_the_moderators_as_a_safety_breach(engine, community):
    actions = await engine.dispatch(message("I will kill you"))

    assert "report" in kinds(actions)
    (report,) = [action for action in actions if isinstance(action, Report)]
    assert report.channel == "mod-log" and "threat" in report.text


async def test_the_community_allow_list_wins_over_the_word_lists(engine, add_community):
    text = RULES + '[moderation.profanity]\nallow = ["damn"]\nmin_severity = "mild"\n'
    await add_community(engine, text)

    assert await engine.dispatch(message("damn, that was close")) == []


async def test_community_additions_are_caught(engine, add_community):
    await add_community(engine, RULES + '[moderation.profanity]\nadd.abusive = ["blorf"]\n')

    assert rules_of(await engine.dispatch(message("you blorf"))) == ["profanity"]


async def test_personal_data_is_removed_and_explained_privately(engine, community):
    actions = await engine.dispatch(message("call me on +46 70 123 45 67"))

    assert rules_of(actions) == ["privacy"]
    (warning,) = [action for action in actions if isinstance(action, Warn)]
    assert warning.user == OLA.id


async def test_a_valid_swedish_personal_number_is_caught_but_a_random_one_is_not(
    engine, community
):
    assert rules_of(await engine.dispatch(message("mitt pnr 811228-9874"))) == ["privacy"]
    assert await engine.dispatch(message("order 811228-9875 shipped", user=MIA)) == []


async def test_invites_to_other_servers_are_removed(engine, community):
    assert rules_of(await engine.dispatch(message("join discord.gg/abc123 now"))) == ["invite"]


async def test_invites_are_allowed_when_the_community_says_so(engine, add_community):
    await add_community(engine, RULES + "[antispam.links]\ninvites = true\n")

    assert await engine.dispatch(message("join discord.gg/abc123 now")) == []


async def test_a_denied_domain_is_removed(engine, add_community):
    await add_community(engine, RULES + '[antispam.links]\ndeny = ["scam.example"]\n')

    actions = await engine.dispatch(message("see https://free.scam.example/win"))

    assert rules_of(actions) == ["links"]


async def test_mass_mentions_are_removed(engine, community):
    mentions = tuple(f"u{n}" for n in range(10, 20))
    event = Message(
        community_id=COMMUNITY,
        at=NOW,
        user=OLA,
        channel="general",
        text="hey all",
        message_id="mm",
        mentions=mentions,
    )

    assert rules_of(await engine.dispatch(event)) == ["mentions"]


async def test_shouting_in_a_long_message_is_removed(engine, community):
    actions = await engine.dispatch(message("THIS IS THE BEST SERVER EVER I LOVE IT"))

    assert rules_of(actions) == ["caps"]


async def test_moderators_are_not_filtered(engine, community):
    assert await engine.dispatch(message("what the fuck", user=MIA)) == []


async def test_a_deleted_message_stops_later_cogs(engine, community):
    actions = await engine.dispatch(message("you are a fucking idiot"))

    assert kinds(actions) == ["delete", "warn"]


async def test_moderators_can_ask_why_a_text_would_be_flagged(engine, community):
    from tests.conftest import command

    (reply,) = await engine.dispatch(command("explain", {"text": "f.u.c.k off"}))

    assert "would be flagged" in reply.text and "profanity" in reply.text


async def test_explaining_a_text_touches_no_flood_memory(engine, community):
    from tests.conftest import command

    for _ in range(10):
        await engine.dispatch(command("explain", {"text": "hello there"}))

    assert await engine.dispatch(message("hello there")) == []


async def test_members_cannot_use_explain(engine, community):
    from tests.conftest import command

    (reply,) = await engine.dispatch(command("explain", {"text": "x"}, user=OLA))

    assert "moderator" in reply.text.lower()
