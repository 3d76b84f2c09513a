"""Every care command and option is described in every language, within Discord's limit."""

from __future__ import annotations

import pytest

from bot.commands import OptionType
from bot.i18n import SUPPORTED_LOCALES, Localizer

from .conftest import CARE_COGS

SPECS = [spec for cog in CARE_COGS for spec in cog.__commands__]


def description_ids() -> list[str]:
    ids = []
    for spec in SPECS:
        ids.append(spec.description_id)
        for option in spec.options:
            ids.append(spec.option_description_id(option))
            if option.type is OptionType.CHOICE:
                ids += [f"cmd-choice-{option.name}-{choice}" for choice in option.choices]
    return ids


def test_the_care_cogs_publish_short_lowercase_command_names() -> None:
    names = [spec.name for spec in SPECS]
    assert len(names) == len(set(names))
    assert all(name.isalpha() and name.islower() and len(name) <= 12 for name in names)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_command_option_and_choice_is_described(locale: str) -> None:
    i18n = Localizer()
    missing = [message_id for message_id in description_ids() if not i18n.has(locale, message_id)]
    too_long = [m for m in description_ids() if len(i18n.format(locale, m)) > 100]
    assert not missing and not too_long
