"""Actions are frozen data whose `to_dict` is the `hearth replay --json` form."""

from __future__ import annotations

import dataclasses
import json

import pytest

from bot.actions import ACTION_TYPES, ACTIONS_BY_KIND, Ban, Delete, Reply, Send, Timeout, Warn

CONTRACT_KINDS = {
    "delete",
    "warn",
    "timeout",
    "untimeout",
    "kick",
    "ban",
    "unban",
    "send",
    "dm",
    "reply",
    "role_add",
    "role_remove",
    "slowmode",
    "lock",
    "unlock",
    "report",
}


def test_every_action_named_in_the_design_exists():
    assert set(ACTIONS_BY_KIND) >= CONTRACT_KINDS


def test_action_kinds_are_unique():
    assert len(ACTIONS_BY_KIND) == len(ACTION_TYPES)


def test_to_dict_starts_with_action_then_user_channel_rule():
    action = Delete(user="u1", channel="general", message_id="7", rule="profanity")
    assert list(action.to_dict())[:4] == ["action", "user", "channel", "rule"]
    assert action.to_dict() == {
        "action": "delete",
        "user": "u1",
        "channel": "general",
        "rule": "profanity",
        "message_id": "7",
    }


def test_to_dict_leaves_out_unset_values():
    data = Warn(user="u1", text="please stop").to_dict()
    assert data == {"action": "warn", "user": "u1", "text": "please stop"}


def test_to_dict_keeps_set_flags_and_numbers():
    data = Timeout(user="u1", duration_s=600, automatic=True).to_dict()
    assert data["duration_s"] == 600
    assert data["automatic"] is True


def test_a_permanent_ban_has_no_duration_in_its_dict():
    assert "duration_s" not in Ban(user="u1").to_dict()


def test_to_dict_is_json_with_tuples_as_lists():
    data = Send(channel="c", text="t", buttons=(("ok", "OK"),)).to_dict()
    assert json.loads(json.dumps(data))["buttons"] == [["ok", "OK"]]


def test_a_reply_without_a_user_has_no_user_key():
    assert "user" not in Reply(channel="general", text="hi").to_dict()


def test_actions_are_frozen():
    action = Warn(user="u1", text="t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        action.user = "u2"  # type: ignore[misc]
