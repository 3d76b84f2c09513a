"""The shipped locales are complete and consistent, and every id the code uses exists.

These checks read every `locales/<lang>/*.ftl` present, including files other features
add (moderation.ftl, welcome.ftl, ...):

- each file parses without Junk, and no message id is defined twice in one locale;
- every message id in any locale exists in all of en, sv, nb and pl, with the same
  attributes as English;
- a translation references no variable that the English message doesn't (it may leave
  one out: variables the English uses are always passed, so they are "accepted"); the one
  exception is `$case` in the `duration-*` messages, which bot/i18n.py always passes so
  that languages with grammatical cases can select on it;
- plural selectors use exactly the CLDR categories of their locale (en/sv/nb: one,
  other; pl: one, few, many, other) and, where English selects a plural on a variable,
  Polish does too;
- command descriptions (`cmd-*`) fit Discord's 100-character limit, and every command
  and option of the DESIGN.md contract has one;
- every guidelines.md has a one-line intro and exactly the sections of GUIDELINE_IDS.

Message ids used by the code are found by parsing bot/ and cogs/ with `ast` (nothing
is imported, so a module that fails to import cannot hide an id). A string literal
counts as a message id when it looks like one (lowercase words joined by "-") and is:

- the first positional argument of a call to `t`, `t_community`, `reply`, `UserError`
  or `CheckFailed` (a plain name or an attribute, as in `ctx.reply("...")`);
- the second positional argument of `format` (`i18n.format(locale, "...")`; calls on a
  literal such as `"{}".format(...)` are ignored) or of `_safe_reply(ctx, "...")`;
- the third positional argument of `ActionFailed(action, reason, "...")`;
- the value of a `message_id=` keyword in any call, or the default of a parameter named
  `message_id`.

Both branches of `"a" if x else "b"` count. Ids built at run time (f-strings, `cmd-`
ids derived from the command registry) are not seen here; the registry's own tests
check those, and the contract table below pins the core commands.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser
from fluent.syntax import ast as fl

from bot.i18n import DEFAULT_LOCALE, SUPPORTED_LOCALES, Localizer
from bot.rules.types import GUIDELINE_IDS

ROOT = Path(__file__).resolve().parent.parent
LOCALES_DIR = ROOT / "locales"
CODE_DIRS = (ROOT / "bot", ROOT / "cogs")
TRANSLATIONS = tuple(locale for locale in SUPPORTED_LOCALES if locale != DEFAULT_LOCALE)
DISCORD_DESCRIPTION_LIMIT = 100
PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many"})
GRAMMAR_VARIABLES = {"duration-": frozenset({"case"})}
"""Variables the code passes to every message with the prefix, whether English uses them or not."""

CONTRACT: dict[str, tuple[str, ...]] = {
    "warn": ("user", "reason"),
    "timeout": ("user", "duration", "reason"),
    "untimeout": ("user",),
    "kick": ("user", "reason"),
    "ban": ("user", "reason", "duration", "delete_messages"),
    "unban": ("user",),
    "purge": ("count", "user"),
    "slowmode": ("duration", "channel"),
    "lock": ("channel",),
    "unlock": ("channel",),
    "lockdown": ("reason",),
    "unlockdown": ("reason",),
    "case": ("number",),
    "cases": ("user",),
    "note": ("user", "text"),
    "reason": ("case", "text"),
    "report": ("user", "reason", "message"),
    "appeal": ("case", "text"),
    "thanks": ("user",),
    "leaderboard": ("period",),
    "guidelines": (),
    "privacy": (),
    "stats": (),
    "help": (),
    "explain": ("text",),
}
CHOICES = ("cmd-choice-period-week", "cmd-choice-period-month", "cmd-choice-period-all")


# -- reading the locale files ---------------------------------------------------------


def ftl_files() -> list[Path]:
    return sorted(
        path for locale in SUPPORTED_LOCALES for path in (LOCALES_DIR / locale).glob("*.ftl")
    )


@cache
def parse(path: Path) -> fl.Resource:
    return FluentParser().parse(path.read_text(encoding="utf-8"))


@cache
def definitions(locale: str) -> tuple[tuple[str, Path, fl.Message], ...]:
    """Every message defined in `locale`, in file order, duplicates included."""
    return tuple(
        (entry.id.name, path, entry)
        for path in sorted((LOCALES_DIR / locale).glob("*.ftl"))
        for entry in parse(path).body
        if isinstance(entry, fl.Message)
    )


def messages(locale: str) -> dict[str, fl.Message]:
    return {message_id: message for message_id, _, message in definitions(locale)}


def walk(node: fl.BaseNode) -> Iterator[fl.BaseNode]:
    yield node
    for value in vars(node).values():
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, fl.BaseNode):
                yield from walk(child)


def variables(message: fl.Message) -> set[str]:
    return {node.id.name for node in walk(message) if isinstance(node, fl.VariableReference)}


@dataclass(frozen=True)
class PluralSelector:
    variable: str
    keys: frozenset[str]


def plural_selectors(message: fl.Message) -> list[PluralSelector]:
    """Selectors on `$var` or `NUMBER($var)` whose keys name plural categories."""
    found = []
    for node in walk(message):
        if not isinstance(node, fl.SelectExpression):
            continue
        selector = node.selector
        if isinstance(selector, fl.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        if not isinstance(selector, fl.VariableReference):
            continue
        keys = frozenset(v.key.name for v in node.variants if isinstance(v.key, fl.Identifier))
        if keys & PLURAL_KEYS:
            found.append(PluralSelector(selector.id.name, keys))
    return found


def plural_categories(locale: str) -> frozenset[str]:
    return frozenset(Locale.parse(locale).plural_form.tags | {"other"})


# -- finding message ids in the code --------------------------------------------------

ID_SHAPE = re.compile(r"[a-z][a-z0-9_]*(?:-[a-z0-9_]+)+")
ID_ARGUMENT = {
    "t": 0,
    "t_community": 0,
    "reply": 0,
    "UserError": 0,
    "CheckFailed": 0,
    "format": 1,
    "_safe_reply": 1,
    "ActionFailed": 2,
}


@dataclass(frozen=True)
class IdUse:
    message_id: str
    where: str


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and not isinstance(func.value, ast.Constant):
        return func.attr
    return None


def _literals(node: ast.expr) -> Iterator[ast.Constant]:
    if isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node


def _id_expressions(tree: ast.AST) -> Iterator[ast.expr]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            position = ID_ARGUMENT.get(_call_name(node) or "")
            if position is not None and len(node.args) > position:
                yield node.args[position]
            yield from (kw.value for kw in node.keywords if kw.arg == "message_id")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            args = node.args
            positional = [*args.posonlyargs, *args.args]
            with_defaults = positional[len(positional) - len(args.defaults) :]
            pairs = [
                *zip(with_defaults, args.defaults, strict=True),
                *zip(args.kwonlyargs, args.kw_defaults, strict=True),
            ]
            yield from (default for arg, default in pairs if arg.arg == "message_id" and default)


def ids_in_source(source: str, filename: str = "<source>") -> list[IdUse]:
    tree = ast.parse(source, filename=filename)
    return [
        IdUse(literal.value, f"{filename}:{literal.lineno}")
        for expression in _id_expressions(tree)
        for literal in _literals(expression)
        if ID_SHAPE.fullmatch(literal.value)
    ]


def ids_in_code() -> list[IdUse]:
    uses = []
    for directory in CODE_DIRS:
        for path in sorted(directory.rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            uses.extend(ids_in_source(path.read_text(encoding="utf-8"), relative))
    return uses


# -- the files themselves -------------------------------------------------------------


@pytest.mark.parametrize("path", ftl_files(), ids=lambda p: p.relative_to(LOCALES_DIR).as_posix())
def test_ftl_file_parses_without_junk(path: Path) -> None:
    junk = [entry for entry in parse(path).body if isinstance(entry, fl.Junk)]
    problems = [
        f"{annotation.message}: {entry.content.strip()[:80]!r}"
        for entry in junk
        for annotation in entry.annotations
    ]
    assert not junk, "\n".join(problems) or f"{len(junk)} junk entries"


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_no_message_id_is_defined_twice_in_a_locale(locale: str) -> None:
    seen: dict[str, Path] = {}
    duplicates = []
    for message_id, path, _ in definitions(locale):
        if message_id in seen:
            duplicates.append(f"{message_id}: {seen[message_id].name} and {path.name}")
        seen.setdefault(message_id, path)
    assert not duplicates


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_message_id_exists_in_every_locale(locale: str) -> None:
    everywhere = set().union(*(messages(other) for other in SUPPORTED_LOCALES))
    missing = sorted(everywhere - set(messages(locale)))
    assert not missing, f"{locale} lacks {len(missing)} ids: {', '.join(missing)}"


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_translations_have_the_shape_of_english(locale: str) -> None:
    english = messages(DEFAULT_LOCALE)
    problems = []
    for message_id, message in messages(locale).items():
        source = english.get(message_id)
        if source is None:
            continue
        if (source.value is None) != (message.value is None):
            problems.append(f"{message_id}: value present in one locale only")
        source_attributes = {attribute.id.name for attribute in source.attributes}
        attributes = {attribute.id.name for attribute in message.attributes}
        if attributes != source_attributes:
            problems.append(f"{message_id}: attributes {attributes} != {source_attributes}")
    assert not problems


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_translations_use_no_variable_the_english_lacks(locale: str) -> None:
    english = messages(DEFAULT_LOCALE)
    problems = []
    for message_id, message in messages(locale).items():
        if message_id not in english:
            continue
        extra = variables(message) - variables(english[message_id])
        for prefix, always_passed in GRAMMAR_VARIABLES.items():
            if message_id.startswith(prefix):
                extra -= always_passed
        if extra:
            problems.append(f"{message_id}: ${', $'.join(sorted(extra))}")
    assert not problems, f"{locale} references variables English never passes: {problems}"


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_plural_selectors_use_the_cldr_categories_of_their_locale(locale: str) -> None:
    expected = plural_categories(locale)
    problems = [
        f"{message_id}: ${selector.variable} has {sorted(selector.keys)}"
        for message_id, message in messages(locale).items()
        for selector in plural_selectors(message)
        if selector.keys != expected
    ]
    assert not problems, f"{locale} plural keys should be {sorted(expected)}: {problems}"


def test_polish_has_a_plural_selector_wherever_english_has_one() -> None:
    polish = messages("pl")
    problems = []
    for message_id, message in messages(DEFAULT_LOCALE).items():
        if message_id not in polish:
            continue
        wanted = {selector.variable for selector in plural_selectors(message)}
        have = {selector.variable for selector in plural_selectors(polish[message_id])}
        if wanted - have:
            problems.append(f"{message_id}: ${', $'.join(sorted(wanted - have))}")
    assert not problems, f"pl needs one/few/many/other selectors for: {problems}"


# -- commands -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def localizer() -> Localizer:
    return Localizer(LOCALES_DIR)


def test_every_contract_command_and_option_has_a_description() -> None:
    english = messages(DEFAULT_LOCALE)
    wanted = [f"cmd-{name}" for name in CONTRACT]
    wanted += [f"cmd-{name}-{option}" for name, options in CONTRACT.items() for option in options]
    missing = [message_id for message_id in [*wanted, *CHOICES] if message_id not in english]
    assert not missing


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_command_descriptions_fit_discords_limit(localizer: Localizer, locale: str) -> None:
    too_long = {}
    for message_id in messages(locale):
        if message_id.startswith("cmd-"):
            text = localizer.format(locale, message_id)
            if not 0 < len(text) <= DISCORD_DESCRIPTION_LIMIT:
                too_long[message_id] = len(text)
    assert not too_long


# -- ids used by the code -------------------------------------------------------------


def test_code_scan_recognizes_every_documented_form() -> None:
    source = """
ctx.t("a-one"); ctx.t_community("a-two"); ctx.reply("a-three", ephemeral=True)
raise UserError("a-four", option="x")
raise CheckFailed("a-five" if strict else "a-six")
i18n.format(locale, "a-seven"); await self._safe_reply(ctx, "a-eight")
ActionFailed(action, "plain reason", "a-nine"); Report(message_id="a-ten")
def fail(action, reason, message_id="a-eleven"): ...
def later(*, message_id: str = "a-twelve"): ...
"""
    found = {use.message_id for use in ids_in_source(source)}
    numbers = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
    assert found == {f"a-{number}" for number in numbers}


def test_code_scan_ignores_text_that_is_not_a_message_id() -> None:
    source = """
"{}-{}".format("x-y", "not-an-id"); ctx.reply(text); ctx.t(f"cmd-{name}")
ctx.reply("Plain words"); ActionFailed(action, "no-adapter reason here")
"""
    assert ids_in_source(source) == []


def test_code_scan_finds_the_cores_own_ids() -> None:
    found = {use.message_id for use in ids_in_code()}
    assert {"error-internal", "error-unknown-command", "action-no-adapter"} <= found
    assert "action-failed" in found  # the default of ActionFailed(message_id=...)


def test_every_message_id_used_in_code_exists_in_english() -> None:
    english = messages(DEFAULT_LOCALE)
    missing = [
        f"{use.where}: {use.message_id}" for use in ids_in_code() if use.message_id not in english
    ]
    assert not missing, "ids used in code but not in locales/en:\n" + "\n".join(missing)


# -- guidelines -----------------------------------------------------------------------

HEADING = re.compile(r"^## (?P<title>\S.*?) \{#(?P<id>[a-z0-9-]+)\}$")


def guidelines_text(locale: str) -> str:
    return (LOCALES_DIR / locale / "guidelines.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_guidelines_define_exactly_the_guideline_ids_in_order(locale: str) -> None:
    headings = [line for line in guidelines_text(locale).splitlines() if line.startswith("##")]
    malformed = [line for line in headings if not HEADING.match(line)]
    assert not malformed
    assert [HEADING.match(line)["id"] for line in headings] == list(GUIDELINE_IDS)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_guidelines_open_with_a_one_line_intro_that_mentions_appeals(locale: str) -> None:
    intro = guidelines_text(locale).split("\n## ", 1)[0].strip()
    assert intro and "\n" not in intro
    assert "/appeal" in intro


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_guideline_section_has_text(localizer: Localizer, locale: str) -> None:
    sections = localizer.guideline_sections(locale)
    assert set(sections) == set(GUIDELINE_IDS)
    for guideline_id, section in sections.items():
        title, _, body = section.partition("\n")
        assert title and body.strip(), guideline_id


@pytest.mark.parametrize("locale", TRANSLATIONS)
def test_guideline_titles_are_translated(localizer: Localizer, locale: str) -> None:
    english = [localizer.guideline_title(DEFAULT_LOCALE, gid) for gid in GUIDELINE_IDS]
    translated = [localizer.guideline_title(locale, gid) for gid in GUIDELINE_IDS]
    assert all(a != b for a, b in zip(english, translated, strict=True))


def test_every_registered_command_and_option_has_a_description_in_every_locale():
    """Discord and Telegram publish these; a missing one would show a raw Fluent id.

    Hearth's own cogs only: a cog installed beside Hearth brings (and tests) its own.
    """
    from bot.reference import builtin_catalog

    defined = {locale: set(messages(locale)) for locale in SUPPORTED_LOCALES}
    missing = []
    for manifest in builtin_catalog():
        for spec in manifest.cog.__commands__:
            wanted = [spec.description_id, *(spec.option_description_id(o) for o in spec.options)]
            for locale, ids in defined.items():
                missing += [
                    f"{locale}: {fluent_id}" for fluent_id in wanted if fluent_id not in ids
                ]
    assert not missing
