"""hearth-faq's behaviour, written with Hearth's test kit (bot.testing)."""

from __future__ import annotations

import pytest
from hearth_faq import manifest

from bot.rules import RuleFileError
from bot.testing import Harness

RULES = """
[faq]
cooldown = "10m"

[[faq.entries]]
id = "rules"
questions.en = ["where are the rules"]
questions.sv = ["var finns reglerna"]
answer.en = "The rules are pinned in #rules."
answer.sv = "Reglerna finns fästa i #rules."
"""


# --8<-- [start:kit]
async def test_a_question_asked_in_chat_is_answered_in_the_askers_language():
    async with Harness(manifest, rules=RULES) as hearth:
        done = await hearth.say(hearth.member("Ola", locale="sv"), "Hej! Var finns reglerna?")
        assert done.replies == [
            hearth.t("faq-auto-answer", "sv", answer="Reglerna finns fästa i #rules.")
        ]


# --8<-- [end:kit]


async def test_the_same_question_is_answered_once_per_cooldown():
    async with Harness(manifest, rules=RULES) as hearth:
        ola, kasia = hearth.member("Ola"), hearth.member("Kasia")
        assert (await hearth.say(ola, "where are the rules?")).replies
        assert not (await hearth.say(kasia, "where are the rules??")).replies
        await hearth.advance("11m")
        assert (await hearth.say(kasia, "where are the rules?")).replies


async def test_faq_lists_the_topics_and_answers_one():
    async with Harness(manifest, rules=RULES) as hearth:
        ola = hearth.member("Ola")
        assert (await hearth.command(ola, "faq")).replies == [
            hearth.t("faq-topics", topics="rules")
        ]
        assert (await hearth.command(ola, "faq", topic="rules")).replies == [
            "The rules are pinned in #rules."
        ]


async def test_an_unknown_topic_gets_a_kind_pointer_to_the_list():
    async with Harness(manifest, rules=RULES) as hearth:
        done = await hearth.command(hearth.member("Ola", locale="pl"), "faq", topic="memes")
        assert done.replies == [hearth.t("faq-unknown-topic", "pl", topic="memes")]


async def test_a_community_can_switch_the_cog_off():
    async with Harness(manifest, rules=RULES + "\n[cogs]\nfaq = false\n") as hearth:
        ola = hearth.member("Ola")
        assert not await hearth.say(ola, "where are the rules?")
        done = await hearth.command(ola, "faq")
        assert done.replies == [hearth.t("error-cog-disabled", command="faq")]


def test_a_mistake_in_the_faq_table_is_reported_with_its_line():
    with pytest.raises(RuleFileError) as caught:
        Harness(manifest, rules='[[faq.entries]]\nid = "Rules!"\nanswer.en = "x"\n').check_rules()
    (problem,) = caught.value.problems
    assert problem.line == 9 and "faq.entries[0].id" in problem.message


@pytest.mark.parametrize("locale", ["en", "sv", "nb", "pl"])
def test_every_message_exists_in_every_language(locale):
    from bot.i18n import Localizer

    localizer = Localizer(manifest.locales)
    assert localizer.message_ids[locale] == localizer.message_ids["en"]
