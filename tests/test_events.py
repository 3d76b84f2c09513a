"""Events are plain frozen data: aware UTC times, string ids, immutable command args."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.events import EVENT_TYPES, SYSTEM, Command, Join, Member, Message, Tick, utc
from tests.conftest import NOW, OLA


def test_utc_takes_a_naive_time_to_be_utc():
    assert utc(datetime(2026, 1, 1, 12, 0)) == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_utc_converts_an_aware_time_to_utc():
    oslo_winter = timezone(timedelta(hours=1))
    moment = utc(datetime(2026, 1, 1, 13, 0, tzinfo=oslo_winter))
    assert moment.tzinfo is UTC
    assert moment.hour == 12


def test_events_are_frozen():
    event = Message(community_id="c", at=NOW, user=OLA, channel="general", text="hi")
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.text = "changed"  # type: ignore[misc]


def test_event_kind_is_the_lowercase_class_name():
    assert Join(community_id="c", at=NOW, user=OLA).kind == "join"
    assert Tick(community_id="c", at=NOW, user=SYSTEM).kind == "tick"


def test_every_event_type_requires_keyword_arguments():
    for event_type in EVENT_TYPES:
        with pytest.raises(TypeError):
            event_type("c", NOW, OLA)  # type: ignore[call-arg]


def test_command_args_are_an_immutable_copy():
    raw = {"user": "u1"}
    event = Command(community_id="c", at=NOW, user=OLA, name="warn", args=raw)
    raw["user"] = "u2"
    assert event.args["user"] == "u1"
    with pytest.raises(TypeError):
        event.args["user"] = "u3"  # type: ignore[index]


def test_command_args_default_to_empty():
    assert dict(Command(community_id="c", at=NOW, user=OLA, name="help").args) == {}


def test_member_roles_match_case_insensitively():
    member = Member(id="m1", name="Mia", roles=("Moderator",))
    assert member.has_any_role(["moderator"])
    assert not member.has_any_role(("admin",))


def test_the_system_member_is_a_bot():
    assert SYSTEM.is_bot
