"""Every message in every locale, rendered with realistic arguments, for review and tests.

Reviewers read `locales/RENDERED.md` in one go instead of imagining how a message looks
with real names, counts and spans of time; `tests/test_locale_rendering.py` fails when
that file is stale or when any rendering goes wrong. Regenerate it with

    python -m bot.locale_review

For each message id the renderer finds its variables in the .ftl sources and builds a
few argument sets: every variant of every selector it uses, the counts 0, 1, 2, 5, 22
and 1.5 for plural selectors, and spans from seconds to weeks for the variables the
English comment declares as a span ("# $duration: accusative."), formatted by
`Localizer.duration` in that grammatical case, exactly as the code does. Free text
(reasons, titles) is written in each locale's own language; names rotate through Ola,
Kasia, Åsa and Małgorzata so declension problems show.
"""

from __future__ import annotations

import itertools
import math
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, get_day_names
from fluent.syntax import FluentParser
from fluent.syntax import ast as fl

from bot.i18n import DEFAULT_LOCALE, GRAMMATICAL_CASES, SUPPORTED_LOCALES, Localizer

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "locales" / "RENDERED.md"

NAMES = ("Ola", "Kasia", "Åsa", "Małgorzata")
COUNTS = (0, 1, 2, 5, 22, 1.5)
SPANS = (45, 90, 600, 3600, 5400, 86400, 93784, 604800, 1814400)
"""Seconds: 45 s, 1 min 30 s, 10 min, 1 h, 1 h 30 min, 1 day, 1 day 2 h, 1 week, 3 weeks."""
MAX_COMBINATIONS = 24
PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many", "other"})
_SPAN_CASE = re.compile(r"\b(" + "|".join(GRAMMATICAL_CASES) + r")\b")
_VARIABLE = re.compile(r"\$([a-z_]+)")

Sample = Callable[[Localizer, str, int], Any]
"""(localizer, locale, index) -> a realistic value for one variable."""


def _text(**by_locale: str) -> Sample:
    return lambda _i18n, locale, _index: by_locale[locale]


def _fixed(value: Any) -> Sample:
    return lambda _i18n, _locale, _index: value


def _name(offset: int = 0) -> Sample:
    return lambda _i18n, _locale, index: NAMES[(index + offset) % len(NAMES)]


def _message(message_id: str, prefix: str = "", **args: Any) -> Sample:
    return lambda i18n, locale, _index: prefix + i18n.format(locale, message_id, **args)


def _weekday(_i18n: Localizer, locale: str, _index: int) -> str:
    return str(get_day_names("wide", locale=locale)[4])


def _local_time(_i18n: Localizer, locale: str, _index: int) -> str:
    """How events show a start outside Discord (cogs/gatherings.py `local_times`)."""
    start = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    parts = []
    for zone in ("Europe/Stockholm", "UTC"):
        when = format_datetime(start, "EEE d MMM HH:mm", tzinfo=ZoneInfo(zone), locale=locale)
        parts.append(f"{when} ({zone})")
    return " · ".join(parts)


SAMPLES: dict[str, Sample] = {
    "a": _fixed(3),
    "action": _message("toolkit-action-timeout"),
    "actions": _fixed("delete, warn, strike"),
    "at": _fixed("2026-11-01 12:00 CET"),
    "b": _fixed(4),
    "badge": _message("badge-event-host", "🎙️ "),
    "bar": _fixed("██████░░░░"),
    "bot": _fixed("hearth_bot"),
    "cases": _fixed(3),
    "case": _fixed(42),
    "channel": _fixed("general"),
    "channels": _fixed("general, help"),
    "choices": _fixed("week, month, all"),
    "command": _fixed("ban"),
    "community": _fixed("Nordic Makers"),
    "contact": _fixed("privacy@nordicmakers.org"),
    "count": _fixed(5),
    "days": _fixed(7),
    "detail": _fixed("50"),
    "due": _fixed("2026-11-02 12:00 CET"),
    "duration": _fixed(3600),
    "example": _fixed("2026-11-20 19:00"),
    "excerpt": _text(
        en="you're all id••ts",
        sv="ni är alla id••ter",
        nb="dere er noen id••ter",
        pl="wszyscy to id••ci",
    ),
    "expires": _fixed("2026-11-01 13:30 CET"),
    "giver": _name(1),
    "going": _fixed(5),
    "guideline": _message("guideline-respect"),
    "half_life": _fixed(1209600),
    "host": _name(2),
    "hour": _fixed("19:00"),
    "id": _fixed(7),
    "incident": _fixed(118),
    "incidents": _fixed(2),
    "intro_channel": _fixed("introductions"),
    "joins": _fixed(10),
    "known": _fixed("event-host, helper, night-owl"),
    "language": _message("stats-language-sv"),
    "leaves": _fixed(2),
    "length": _fixed(7200),
    "limit": _fixed(10),
    "link": _fixed("https://discord.com/channels/1101/1102/1184467211803287654"),
    "max": _fixed(1000),
    "member": _name(1),
    "mention": _fixed("@Ola"),
    "message": _fixed("1184467211803287654"),
    "messages": _fixed(1234),
    "min": _fixed(1),
    "mine": _fixed("Hearth"),
    "minutes": _fixed(5),
    "moderator": _name(3),
    "more": _fixed(3),
    "name": _name(0),
    "names": _fixed("Ola, Kasia, Åsa"),
    "negative": _fixed(12),
    "net": _fixed("+8"),
    "note": _text(
        en="They argued in #general all evening.",
        sv="De bråkade i #general hela kvällen.",
        nb="De kranglet i #general hele kvelden.",
        pl="Kłócili się na #general cały wieczór.",
    ),
    "notes": _fixed(1),
    "number": _fixed(42),
    "option": _fixed("duration"),
    "others": _fixed("Kasia, Åsa"),
    "parts": _fixed(2),
    "path": _fixed("self-harm"),
    "percent": _fixed(64),
    "period": _message("cmd-choice-period-week"),
    "permission": _fixed("Moderate Members"),
    "platform": _fixed("telegram"),
    "points": _fixed(3.5),
    "positive": _fixed(58),
    "problem": _message("action-missing-permission", permission="Manage Messages"),
    "question": _text(
        en="Pizza or tacos on Friday?",
        sv="Pizza eller tacos på fredag?",
        nb="Pizza eller taco på fredag?",
        pl="Pizza czy tacos w piątek?",
    ),
    "quiet": _fixed(600),
    "rank": _fixed(1),
    "reason": _text(
        en="posting invite links after a warning",
        sv="lade upp inbjudningslänkar efter en varning",
        nb="la ut invitasjonslenker etter en advarsel",
        pl="wrzucanie linków z zaproszeniami mimo ostrzeżenia",
    ),
    "remaining": _fixed(5400),
    "reporter": _name(2),
    "reports": _fixed(1),
    "resources": _message("toolkit-crisis-resources"),
    "roles": _fixed("moderator, admin"),
    "role": _fixed("Helpers"),
    "rule": _fixed("profanity"),
    "seconds": _fixed(30),
    "server": _fixed("Nordic Makers"),
    "size": _fixed(340),
    "source": _fixed("pl"),
    "target": _fixed("en"),
    "text": _text(
        en="I think I was muted by mistake — I was quoting someone.",
        sv="Jag tror att jag fick timeout av misstag – jag citerade någon.",
        nb="Jeg tror jeg fikk timeout ved en feil – jeg siterte noen.",
        pl="Chyba wyciszono mnie przez pomyłkę — cytowałam kogoś.",
    ),
    "timezone": _fixed("Europe/Stockholm"),
    "title": _text(
        en="Board game night", sv="Brädspelskväll", nb="Brettspillkveld", pl="Wieczór planszówek"
    ),
    "total": _fixed(3),
    "user": _name(1),
    "users": _fixed("Kasia, Åsa"),
    "value": _fixed("ten minutes"),
    "wait": _fixed(1500),
    "week": _fixed(31),
    "weekday": _weekday,
    "when": _local_time,
    "why": _message("discord-setup-why-manage_messages"),
}
"""A realistic value per variable name; spans are seconds, formatted per message."""

OVERRIDES: dict[tuple[str, str], Sample] = {
    ("error-internal", "incident"): _fixed("a1b2c3d4"),
    ("moderation-step-failed-header", "channel"): _fixed("#general"),
    ("moderation-raid-started", "channels"): _fixed("#welcome, #introductions"),
    ("moderation-raid-ended", "channels"): _fixed("#welcome, #introductions"),
    ("toolkit-report-wrong-author", "user"): _name(2),
    ("action-unsupported", "action"): _fixed("slowmode"),
    ("privacy-retention", "excerpts"): _message("duration-days", count=30, case="nominative"),
    ("privacy-retention", "incidents"): _message("privacy-years", count=1),
    ("privacy-retention", "cases"): _message("privacy-years", count=2),
    ("privacy-retention", "reports"): _message("duration-weeks", count=12, case="nominative"),
    ("privacy-retention", "activity"): _message("privacy-forever"),
    ("privacy-export-part", "number"): _fixed(1),
    ("toolkit-history-active", "expires"): _fixed("2026-11-01T12:30"),
    ("toolkit-temp-lift-failed", "reason"): _message(
        "action-missing-permission", permission="Ban Members"
    ),
    ("action-failed", "reason"): _fixed("Telegram refused: not enough rights to restrict members"),
    ("intro-thanks-suggest", "channels"): _fixed("#games, #music"),
    ("poll-voted", "option"): _text(en="Tacos", sv="Tacos", nb="Taco", pl="Tacos"),
    ("poll-vote-removed", "option"): _text(en="Tacos", sv="Tacos", nb="Taco", pl="Tacos"),
    ("poll-results-line", "option"): _text(en="Tacos", sv="Tacos", nb="Taco", pl="Tacos"),
    ("error-bad-number", "value"): _fixed("lots"),
    ("error-number-range", "value"): _fixed(5000),
    ("error-number-too-big", "value"): _fixed(5000),
    ("error-number-too-small", "value"): _fixed(0),
    ("error-bad-choice", "value"): _fixed("year"),
    ("error-bad-choice", "option"): _fixed("period"),
}
"""Where one message needs a different value than the variable usually carries."""


@dataclass(frozen=True)
class MessageShape:
    """What the sources say about one message: its variables and how it selects on them."""

    message_id: str
    file: str
    variables: tuple[str, ...]
    string_keys: dict[str, tuple[str, ...]]
    plural: frozenset[str]
    spans: dict[str, str]


@dataclass(frozen=True)
class Rendering:
    """One argument set and the message it gives in each locale."""

    args: dict[str, Any]
    texts: dict[str, str]


@dataclass(frozen=True)
class Problem:
    locale: str
    message_id: str
    args: dict[str, Any]
    detail: str

    def __str__(self) -> str:
        return f"{self.locale} {self.message_id} {self.args}: {self.detail}"


def _walk(node: fl.BaseNode) -> Iterator[fl.BaseNode]:
    yield node
    for value in vars(node).values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, fl.BaseNode):
                yield from _walk(child)


def _parse(path: Path) -> list[fl.Message]:
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    return [entry for entry in resource.body if isinstance(entry, fl.Message)]


def message_shapes(locales_dir: Path) -> dict[str, MessageShape]:
    """Every message id of every locale with its variables, selector keys and span cases."""
    found: dict[str, dict[str, Any]] = {}
    for locale in SUPPORTED_LOCALES:
        for path in sorted((locales_dir / locale).glob("*.ftl")):
            for message in _parse(path):
                entry = found.setdefault(
                    message.id.name,
                    {"file": path.name, "variables": [], "keys": {}, "plural": set(), "spans": {}},
                )
                if locale == DEFAULT_LOCALE:
                    entry["file"] = path.name
                    entry["spans"] = _span_cases(message)
                _collect(message, entry)
    return {
        message_id: MessageShape(
            message_id,
            entry["file"],
            tuple(entry["variables"]),
            {name: tuple(keys) for name, keys in entry["keys"].items()},
            frozenset(entry["plural"]),
            entry["spans"],
        )
        for message_id, entry in found.items()
    }


def _span_cases(message: fl.Message) -> dict[str, str]:
    """Variables the English comment declares as spans, with their grammatical case."""
    spans: dict[str, str] = {}
    comment = message.comment.content if message.comment else ""
    for line in comment.splitlines():
        case = _SPAN_CASE.search(line)
        if case:
            spans.update(dict.fromkeys(_VARIABLE.findall(line), case.group(1)))
    return spans


def _collect(message: fl.Message, entry: dict[str, Any]) -> None:
    for node in _walk(message):
        if isinstance(node, fl.VariableReference) and node.id.name not in entry["variables"]:
            entry["variables"].append(node.id.name)
        if not isinstance(node, fl.SelectExpression):
            continue
        selector = node.selector
        if isinstance(selector, fl.FunctionReference) and selector.arguments.positional:
            selector = selector.arguments.positional[0]
        if not isinstance(selector, fl.VariableReference):
            continue
        name = selector.id.name
        keys = [v.key.name for v in node.variants if isinstance(v.key, fl.Identifier)]
        if set(keys) & (PLURAL_KEYS - {"other"}) or any(
            isinstance(v.key, fl.NumberLiteral) for v in node.variants
        ):
            entry["plural"].add(name)
        elif keys:
            known = entry["keys"].setdefault(name, [])
            known.extend(key for key in keys if key not in known)


def argument_sets(shape: MessageShape) -> list[dict[str, Any]]:
    """Base values, every combination of string variants, then each count and each span."""
    if shape.message_id.startswith("duration-"):
        return [{"count": count, "case": case} for case in GRAMMATICAL_CASES for count in COUNTS]
    string_vars = [name for name in shape.variables if name in shape.string_keys]
    key_lists = [shape.string_keys[name] for name in string_vars]
    if math.prod(len(keys) for keys in key_lists) <= MAX_COMBINATIONS:
        combos = list(itertools.product(*key_lists))
    else:  # too many to show all: every key of every selector at least once
        longest = max(len(keys) for keys in key_lists)
        combos = [tuple(keys[i % len(keys)] for keys in key_lists) for i in range(longest)]
    sets: list[dict[str, Any]] = [dict(zip(string_vars, combo, strict=True)) for combo in combos]
    first = dict(sets[0]) if sets else {}
    spans_shown = False
    for name in shape.variables:
        if name in shape.plural:
            sets += [{**first, name: count} for count in COUNTS]
        elif name in shape.spans and not spans_shown:
            # One span variable is enough to see a message's spans; the rest keep samples.
            spans_shown = True
            sets += [{**first, name: seconds} for seconds in SPANS]
    if len(sets) > 1 and sets[0] == {}:
        sets = sets[1:]  # the counts and spans already show the base values
    unique: list[dict[str, Any]] = []
    for args in sets:
        if args not in unique:
            unique.append(args)
    return unique


def _value(i18n: Localizer, shape: MessageShape, name: str, locale: str, index: int) -> Any:
    sample = OVERRIDES.get((shape.message_id, name)) or SAMPLES.get(name)
    if sample is None:
        raise KeyError(
            f"no sample for ${name} in {shape.message_id}: add one to SAMPLES in "
            "bot/locale_review.py, or declare it a span in the English comment"
        )
    return sample(i18n, locale, index)


def concrete_args(
    i18n: Localizer, shape: MessageShape, chosen: dict[str, Any], locale: str, index: int
) -> dict[str, Any]:
    """The arguments for one locale: chosen values, samples for the rest, spans in words."""
    args: dict[str, Any] = {}
    for name in shape.variables:
        value = chosen[name] if name in chosen else _value(i18n, shape, name, locale, index)
        if value == "other" and name in shape.string_keys:
            value = f"unexpected-{name}"  # what reaches the catch-all variant in practice
        if name in shape.spans and isinstance(value, int | float):
            value = i18n.duration(locale, value, case=shape.spans[name])
        args[name] = value
    return args


_LEFTOVER = re.compile(
    r"[{}]|\$[a-z_]|\*\[|\[(?:zero|one|two|few|many|other)\]|\b(?:None|True|False)\b"
    r"|[\u2068\u2069]"
)


def check_text(message_id: str, text: str) -> str | None:
    """Why a rendered text is wrong, or None: raw ids, leftover syntax, Python reprs."""
    if text == message_id or not text.strip():
        return "rendered as its id or empty"
    leftover = _LEFTOVER.search(text)
    if leftover:
        return f"leftover {leftover.group(0)!r}"
    return None


def render_all(locales_dir: Path = ROOT / "locales") -> tuple[list, list[Problem]]:
    """Every message rendered in every locale, and every problem found doing it."""
    i18n = Localizer(locales_dir)
    shapes = message_shapes(locales_dir)
    problems: list[Problem] = []
    rendered: list[tuple[MessageShape, list[Rendering]]] = []
    for message_id in sorted(shapes, key=lambda key: (shapes[key].file, key)):
        shape = shapes[message_id]
        renderings = []
        for index, chosen in enumerate(argument_sets(shape)):
            try:
                example = concrete_args(i18n, shape, chosen, DEFAULT_LOCALE, index)
            except KeyError as missing:
                problems.append(Problem(DEFAULT_LOCALE, message_id, chosen, str(missing)))
                break
            texts = {}
            for locale in SUPPORTED_LOCALES:
                args = concrete_args(i18n, shape, chosen, locale, index)
                text, errors = i18n.render(locale, message_id, args)
                problems += [Problem(locale, message_id, chosen, error) for error in errors]
                bad = check_text(message_id, text)
                if bad:
                    problems.append(Problem(locale, message_id, chosen, f"{bad} in {text!r}"))
                texts[locale] = text
            renderings.append(Rendering(_shown(shape, chosen, example, index), texts))
        rendered.append((shape, renderings))
    return rendered, problems


def _shown(
    shape: MessageShape, chosen: dict[str, Any], example: dict[str, Any], index: int
) -> dict[str, Any]:
    """The arguments as the review shows them: spans as seconds plus their case."""
    shown: dict[str, Any] = {}
    for name, value in example.items():
        if name in shape.spans:
            sample = OVERRIDES.get((shape.message_id, name)) or SAMPLES[name]
            seconds = chosen.get(name, sample(None, DEFAULT_LOCALE, index))  # type: ignore[arg-type]
            shown[name] = f"{seconds}s ({shape.spans[name]})"
        else:
            shown[name] = value
    return shown


def markdown(rendered: list[tuple[MessageShape, list[Rendering]]]) -> str:
    lines = [
        "# Every message, rendered",
        "",
        "Generated by `python -m bot.locale_review` from `locales/*/*.ftl`; do not edit.",
        "Each block shows one set of arguments (as passed in English: free text such as",
        "reasons and titles is written in each language's own words) and the message in en,",
        "sv, nb and pl. Spans of time are given in seconds with the grammatical case the",
        "code asks for. Review notes and the glossary live in `locales/README.md`.",
    ]
    current = None
    for shape, renderings in rendered:
        if shape.file != current:
            current = shape.file
            lines += ["", f"## {current}"]
        lines += ["", f"### `{shape.message_id}`"]
        for rendering in renderings:
            args = ", ".join(f"{name}={value}" for name, value in rendering.args.items())
            lines += ["", f"*{args}*" if args else "*(no arguments)*", ""]
            for locale in SUPPORTED_LOCALES:
                text = rendering.texts.get(locale, "(not rendered)")
                body = text.replace("\n", "<br>")
                lines.append(f"- **{locale}**: {body}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write locales/RENDERED.md; exit status 1 (and the list) when anything is wrong."""
    argv = sys.argv[1:] if argv is None else argv
    rendered, problems = render_all()
    for problem in problems:
        print(problem, file=sys.stderr)
    target = Path(argv[0]) if argv else OUTPUT
    target.write_text(markdown(rendered), encoding="utf-8")
    print(f"wrote {target} ({sum(len(r) for _, r in rendered)} argument sets)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
