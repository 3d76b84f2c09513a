"""Transcript lines become events, or a `TranscriptError` saying what is wrong with the line."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.adapters.transcript import MAX_LINE_CHARS, TranscriptError, TranscriptReader
from bot.events import Command, Edit, Join, Leave, Message, Reaction

AT = "2026-11-01T12:00:00Z"


def line(**fields) -> str:
    return json.dumps({"at": AT, "user": "u1", **fields})


def parse(text: str, number: int = 1, reader: TranscriptReader | None = None):
    return (reader or TranscriptReader("c")).parse(text, number)


def refused(text: str, number: int = 1, reader: TranscriptReader | None = None) -> str:
    with pytest.raises(TranscriptError) as caught:
        parse(text, number, reader)
    return str(caught.value)


# -- good lines ---------------------------------------------------------------------


def test_a_message_line_becomes_a_message():
    event = parse(
        line(type="message", name="Ola", channel="general", text="hej", roles=["member"]), 3
    )
    assert isinstance(event, Message)
    assert (event.community_id, event.channel, event.text, event.message_id) == (
        "c",
        "general",
        "hej",
        "3",
    )
    assert (event.user.id, event.user.name, event.user.roles) == ("u1", "Ola", ("member",))
    assert event.at == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def test_optional_message_fields_are_read():
    event = parse(line(type="message", text="look", mentions=["u2", 7], attachments=2, lang="sv"))
    assert event.mentions == ("u2", "7")
    assert event.attachments == 2
    assert event.lang_hint == "sv"


def test_a_message_without_a_channel_is_in_general():
    assert parse(line(type="message", text="hej")).channel == "general"


def test_an_empty_message_text_is_allowed():
    assert parse(line(type="message", text="")).text == ""


@pytest.mark.parametrize(("kind", "event_type"), [("join", Join), ("leave", Leave)])
def test_join_and_leave_lines(kind, event_type):
    assert isinstance(parse(line(type=kind, name="Kasia")), event_type)


def test_a_command_line_becomes_a_command_with_string_args():
    event = parse(
        line(type="command", roles=["moderator"], name="/purge", args={"count": 5, "user": "u2"}),
        4,
    )
    assert isinstance(event, Command)
    assert event.name == "purge"
    assert dict(event.args) == {"count": "5", "user": "u2"}
    assert event.interaction_id == "4"


def test_an_edit_names_the_line_it_edits():
    event = parse(line(type="edit", text="changed", message=2), 5)
    assert isinstance(event, Edit)
    assert event.message_id == "2"


def test_a_reaction_knows_whose_message_it_reacts_to():
    reader = TranscriptReader("c")
    parse(line(type="message", text="nice", user="u2"), 1, reader)
    event = parse(line(type="reaction", message=1, emoji="👍"), 2, reader)
    assert isinstance(event, Reaction)
    assert (event.message_id, event.message_author, event.emoji) == ("1", "u2", "👍")


def test_seconds_are_read_as_a_unix_time():
    assert parse(line(type="join", at=1_790_000_000)).at == datetime.fromtimestamp(
        1_790_000_000, UTC
    )


def test_a_time_with_an_offset_is_converted_to_utc():
    event = parse(line(type="join", at="2026-11-01T13:00:00+01:00"))
    assert event.at == datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def test_a_member_is_remembered_by_id():
    reader = TranscriptReader("c")
    parse(line(type="join", name="Kasia", user="u2"), 1, reader)
    assert parse(line(type="message", text="hi", user="u2"), 2, reader).user.name == "Kasia"


def test_a_commands_name_is_not_taken_for_the_members_name():
    reader = TranscriptReader("c")
    parse(line(type="join", name="Mia", user="m1"), 1, reader)
    command = parse(line(type="command", name="help", user="m1"), 2, reader)
    assert command.user.name == "Mia"
    assert parse(line(type="message", text="hi", user="m1"), 3, reader).user.name == "Mia"


def test_a_numeric_user_id_becomes_a_string():
    assert parse(line(type="join", user=42)).user.id == "42"


def test_reply_to_names_an_earlier_line_and_its_author():
    reader = TranscriptReader("c")
    parse(line(type="message", text="question", user="u2"), 1, reader)
    event = parse(line(type="message", text="answer", reply_to=1), 2, reader)
    assert (event.reply_to, event.reply_to_user) == ("1", "u2")


@pytest.mark.parametrize("text", ["", "   ", "# a comment"])
def test_blank_and_comment_lines_are_skipped(text):
    assert parse(text) is None


def test_an_unknown_field_is_a_warning_not_an_error():
    reader = TranscriptReader("c")
    assert parse(line(type="join", colour="red"), 7, reader) is not None
    assert reader.warnings == ["7: ignored unknown field 'colour'"]


# -- bad lines -----------------------------------------------------------------------


def test_a_line_that_is_not_json_is_refused():
    assert refused("{not json").startswith("not valid JSON: ")


@pytest.mark.parametrize("text", ["[1, 2]", '"message"', "42", "null"])
def test_a_line_that_is_not_an_object_is_refused(text):
    assert refused(text) == "each line must be a JSON object"


def test_an_unknown_type_is_refused_and_the_known_ones_listed():
    assert refused(line(type="shout")) == (
        "unknown type 'shout' (use message, edit, join, leave, command or reaction)"
    )


def test_a_missing_type_is_refused():
    assert refused(line(text="hi")) == "`type` is required"


@pytest.mark.parametrize("user", [None, "", "  ", True, [], 1.5])
def test_a_missing_or_bad_user_is_refused(user):
    data = {"type": "join", "at": AT}
    if user is not None:
        data["user"] = user
    assert refused(json.dumps(data)) == "`user` is required (a member id)"


def test_a_missing_time_is_refused():
    assert refused(json.dumps({"type": "join", "user": "u1"})) == (
        "`at` is required (ISO 8601 time or seconds)"
    )


@pytest.mark.parametrize(
    ("at", "reason"),
    [
        ("yesterday", "`at` 'yesterday' is not an ISO 8601 time"),
        ("2026-13-01T00:00:00Z", "is not an ISO 8601 time"),
        (1e20, "is out of range"),
        (True, "`at` must be an ISO 8601 string or a number of seconds"),
        ([2026], "`at` must be an ISO 8601 string or a number of seconds"),
    ],
)
def test_a_bad_time_is_refused(at, reason):
    assert reason in refused(line(type="join", at=at))


def test_a_non_finite_time_is_refused():
    assert "out of range" in refused('{"type": "join", "user": "u1", "at": NaN}')


@pytest.mark.parametrize("reply_to", [0, 5, 9, -1, "1", True, 1.0])
def test_reply_to_must_be_an_earlier_line(reply_to):
    assert refused(line(type="message", text="x", reply_to=reply_to), 5) == (
        "`reply_to` must be the number of an earlier line"
    )


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"type": "message"}, "`text` is required"),
        ({"type": "message", "text": 5}, "`text` must be a string"),
        ({"type": "message", "text": "x", "channel": 3}, "`channel` must be a string"),
        ({"type": "message", "text": "x", "name": ["Ola"]}, "`name` must be a string"),
        ({"type": "message", "text": "x", "roles": "admin"}, "`roles` must be a list"),
        ({"type": "message", "text": "x", "roles": [1]}, "`roles` must be a list"),
        ({"type": "message", "text": "x", "bot": "yes"}, "`bot` must be true or false"),
        ({"type": "message", "text": "x", "mentions": "u2"}, "`mentions` must be a list"),
        ({"type": "message", "text": "x", "attachments": -1}, "`attachments` must be a count"),
        ({"type": "message", "text": "x", "attachments": True}, "`attachments` must be a count"),
        ({"type": "command"}, "`name` is required"),
        ({"type": "command", "name": " "}, "`name` must not be empty"),
        ({"type": "command", "name": "warn", "args": ["u1"]}, "`args` must be an object"),
        ({"type": "command", "name": "warn", "args": {"user": None}}, "option 'user' must be"),
        ({"type": "command", "name": "warn", "args": {"user": True}}, "option 'user' must be"),
        ({"type": "message", "text": "x", "mentions": [True]}, "`mentions` must be a list"),
        ({"type": "reaction", "emoji": "x"}, "a reaction needs `message`"),
        ({"type": "reaction", "emoji": "x", "message": True}, "a reaction needs `message`"),
        ({"type": "reaction", "message": 1}, "`emoji` is required"),
    ],
)
def test_wrong_types_are_refused_with_the_field_named(fields, reason):
    assert reason in refused(line(**fields), 3)


def test_an_overlong_line_is_refused():
    assert "longer than" in refused("x" * (MAX_LINE_CHARS + 1))
