"""The generated reference cannot drift: the committed pages are what the code generates,
every rule-file key is described, and every example in it is accepted by Hearth."""

from __future__ import annotations

import tomllib

import pytest

from bot.i18n import Localizer
from bot.reference import REFERENCE_DIR, builtin_catalog, render_all
from bot.reference.commands import builtin_specs, example_args
from bot.reference.rules import example_files, keys

CATALOG = builtin_catalog()
COMMUNITY = {"name": "Town", "languages": ["en"], "locale": "en", "timezone": "UTC"}


@pytest.mark.parametrize("name", sorted(render_all()))
def test_the_committed_reference_is_what_the_code_generates(name):
    committed = (REFERENCE_DIR / name).read_text(encoding="utf-8")
    assert committed == render_all()[name], (
        f"docs/reference/{name} is out of date: run `python -m bot.reference`"
    )


@pytest.mark.parametrize("key", [key.dotted for key in keys(CATALOG)])
def test_every_rule_file_key_is_described(key):
    (doc,) = [found for found in keys(CATALOG) if found.dotted == key]
    assert doc.description, f"{key} needs a docstring under its field (or its model)"


def _merged(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        else:
            merged[key] = value
    return merged


@pytest.mark.parametrize(("key", "example"), list(example_files(CATALOG)), ids=lambda v: v)
def test_every_rule_file_example_is_a_valid_rule_file(key, example):
    data = _merged({"community": dict(COMMUNITY)}, tomllib.loads(example))
    CATALOG.rule_model.model_validate(data)


@pytest.mark.parametrize("spec", builtin_specs(CATALOG), ids=lambda spec: spec.name)
def test_every_command_example_is_accepted_by_the_command(spec):
    spec.convert(example_args(spec))


@pytest.mark.parametrize("spec", builtin_specs(CATALOG), ids=lambda spec: spec.name)
def test_every_command_is_described_in_every_language(spec):
    i18n = Localizer()
    for locale in i18n.locales:
        assert i18n.has(locale, spec.description_id), (locale, spec.name)
        for option in spec.options:
            assert i18n.has(locale, spec.option_description_id(option)), (locale, option.name)
