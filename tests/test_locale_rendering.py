"""Every message renders in every locale with realistic arguments, and the review file is current.

`bot.locale_review` renders each message id with real names, the counts 0, 1, 2, 5, 22
and 1.5, spans from seconds to weeks in the grammatical case the English comment
declares, and every variant of every selector. These tests fail on Fluent errors (a
missing variable or reference), leftover selector syntax or placeables, a message
rendered as its raw id, Python reprs, an id missing from a locale, and a stale
`locales/RENDERED.md` (regenerate it with `python -m bot.locale_review`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import locale_review
from bot.locale_review import OUTPUT, check_text, markdown, message_shapes, render_all


@pytest.fixture(scope="module")
def shipped() -> tuple[list, list]:
    return render_all()


def test_every_message_renders_cleanly_in_every_locale(shipped) -> None:
    _, problems = shipped
    assert not problems, "\n".join(str(problem) for problem in problems)


def test_every_locale_renders_every_argument_set(shipped) -> None:
    rendered, _ = shipped
    incomplete = [
        shape.message_id
        for shape, renderings in rendered
        for rendering in renderings
        if set(rendering.texts) != {"en", "sv", "nb", "pl"}
    ]
    assert not incomplete


def test_the_review_file_matches_the_messages(shipped) -> None:
    rendered, _ = shipped
    assert OUTPUT.read_text(encoding="utf-8") == markdown(rendered), (
        "locales/RENDERED.md is stale: run `python -m bot.locale_review`"
    )


def test_plural_messages_are_rendered_with_every_sample_count(shipped) -> None:
    rendered, _ = shipped
    (renderings,) = [r for shape, r in rendered if shape.message_id == "badges-header"]
    assert {rendering.args["count"] for rendering in renderings} >= {0, 1, 2, 5, 22, 1.5}


def test_spans_are_rendered_in_the_case_the_english_comment_declares(shipped) -> None:
    rendered, _ = shipped
    (renderings,) = [r for shape, r in rendered if shape.message_id == "toolkit-timed-out"]
    hour = next(r for r in renderings if r.args["duration"] == "3600s (accusative)")
    assert "na 1 godzinę" in hour.texts["pl"]


# -- the checks catch what they promise to catch -------------------------------------------


def write_locales(root: Path, files: dict[str, str]) -> Path:
    locales = root / "locales"
    for locale in ("en", "sv", "nb", "pl"):
        (locales / locale).mkdir(parents=True, exist_ok=True)
    for relative, text in files.items():
        (locales / relative).write_text(text, encoding="utf-8")
    return locales


def problems_in(tmp_path: Path, files: dict[str, str]) -> list[str]:
    return [str(problem) for problem in render_all(write_locales(tmp_path, files))[1]]


GOOD = "hello = Hello, { $name }!\n"


def test_a_message_missing_from_one_locale_is_a_problem(tmp_path: Path) -> None:
    files = {f"{locale}/core.ftl": GOOD for locale in ("en", "sv", "nb")}
    assert any("no message hello in pl" in problem for problem in problems_in(tmp_path, files))


def test_a_reference_fluent_cannot_resolve_is_a_problem(tmp_path: Path) -> None:
    files = {f"{locale}/core.ftl": GOOD for locale in ("en", "sv", "nb")}
    files["pl/core.ftl"] = "hello = Cześć, { $name }! { -brand }\n"
    assert any(problem.startswith("pl hello") for problem in problems_in(tmp_path, files))


def test_selector_syntax_left_in_the_text_is_a_problem(tmp_path: Path) -> None:
    files = {f"{locale}/core.ftl": GOOD for locale in ("en", "sv", "nb")}
    files["pl/core.ftl"] = "hello = Cześć, { $name }! [one] jedna\n"
    assert any("leftover '[one]'" in problem for problem in problems_in(tmp_path, files))


def test_a_variable_without_a_realistic_sample_is_a_problem(tmp_path: Path) -> None:
    files = {f"{locale}/core.ftl": "odd = { $flux }\n" for locale in ("en", "sv", "nb", "pl")}
    assert any("no sample for $flux" in problem for problem in problems_in(tmp_path, files))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("hello", "rendered as its id"),
        ("Hi { $name }", "leftover '{'"),
        ("Hi $name", "leftover '$n'"),
        ("3 *[other] apples", "leftover '*['"),
        ("Reason: None", "leftover 'None'"),
        ("Hi \u2068Ola\u2069", "leftover '\\u2068'"),
    ],
)
def test_check_text_names_what_is_wrong(text: str, found: str) -> None:
    assert found in (check_text("hello", text) or "")


def test_check_text_accepts_square_brackets_that_are_not_plural_keys() -> None:
    assert check_text("x", "Add them under [lockdown] channels in the rule file.") is None


def test_span_cases_come_from_the_english_comment(tmp_path: Path) -> None:
    english = "# $wait: how long is left, in the accusative.\nwait = Wait { $wait }.\n"
    locales = write_locales(tmp_path, {"en/core.ftl": english})
    assert message_shapes(locales)["wait"].spans == {"wait": "accusative"}


def test_the_review_script_writes_the_file_it_is_given(tmp_path: Path, capsys) -> None:
    target = tmp_path / "RENDERED.md"
    assert locale_review.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Every message, rendered")
