"""The TOML path -> line scanner behind every `FILE:LINE` in rule and config errors."""

from __future__ import annotations

import tomllib

import pytest

from bot.rules.locate import line_index, line_of, toml_error_line

SAMPLE = """\
# a comment [not a table]
title = "x # not a comment"

[community]
name = "Example"
languages = [
  "en",   # first
  "sv",
]

[moderation.profanity]
add.mild = ["a"]
"quoted.key" = 1

[[moderation.keywords]]
id = "one"
patterns = ['a\\s+b', "c]d"]

[[moderation.keywords]]
id = "two"
words = ["x"]

[moderation.keywords.extra]
note = \"\"\"
line one
line two\"\"\"
after = 1

[antispam]
flood = { messages = 6, per = "10s" }
ladder = [
  { at = 3, action = "timeout" },
  { at = 6, action = "kick" },
]
"""


@pytest.fixture(scope="module")
def lines():
    tomllib.loads(SAMPLE)  # the sample itself is valid TOML
    return line_index(SAMPLE)


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("title",), 2),
        (("community",), 4),
        (("community", "name"), 5),
        (("community", "languages"), 6),
        (("community", "languages", 0), 7),
        (("community", "languages", 1), 8),
        (("moderation", "profanity"), 11),
        (("moderation", "profanity", "add", "mild"), 12),
        (("moderation", "profanity", "add", "mild", 0), 12),
        (("moderation", "profanity", "quoted.key"), 13),
        (("moderation", "keywords"), 15),
        (("moderation", "keywords", 0), 15),
        (("moderation", "keywords", 0, "patterns", 1), 17),
        (("moderation", "keywords", 1), 19),
        (("moderation", "keywords", 1, "words"), 21),
        (("moderation", "keywords", 1, "extra"), 23),
        (("moderation", "keywords", 1, "extra", "note"), 24),
        (("moderation", "keywords", 1, "extra", "after"), 27),
        (("antispam", "flood", "per"), 30),
        (("antispam", "ladder", 1), 33),
        (("antispam", "ladder", 1, "action"), 33),
    ],
)
def test_each_path_is_found_on_its_line(lines, path, line):
    assert line_of(lines, path) == line


def test_an_unknown_path_falls_back_to_its_nearest_known_parent(lines):
    assert line_of(lines, ("antispam", "flood", "nope", 3)) == 30
    assert line_of(lines, ("community", "missing")) == 4


def test_a_path_with_no_known_parent_is_line_one(lines):
    assert line_of(lines, ("nowhere", "at", "all")) == 1
    assert line_of(lines, ()) == 1


def test_windows_line_endings_count_the_same():
    crlf = SAMPLE.replace("\n", "\r\n")
    assert line_of(line_index(crlf), ("antispam", "ladder", 1)) == 33


def test_the_scanner_tolerates_text_that_is_not_valid_toml():
    index = line_index('[a\nkey = "unterminated\n[b]\nx = 1\n')
    assert isinstance(index, dict)


def test_toml_error_line_reads_the_line_and_strips_the_position():
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads("a = 1\nb = \n")
    line, message = toml_error_line(caught.value)
    assert line == 2
    assert "(at line" not in message
    assert message
