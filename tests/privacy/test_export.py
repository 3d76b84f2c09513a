"""/privacy action:export sends the member everything about them, and only that, by DM."""

from __future__ import annotations

import json
import re

from bot.community import Community
from bot.engine import Engine
from cogs.privacy import export_parts
from tests.conftest import KASIA, NOW, OLA, command, message

from .conftest import INSULT, of_kind

FENCED = re.compile(r"```json\n(.*)\n```", re.DOTALL)


def reassemble(dms: list) -> dict:
    """The JSON from the fenced parts of the DMs, in order."""
    return json.loads("".join(FENCED.search(dm.text).group(1) + "\n" for dm in dms[1:]))


async def test_export_arrives_by_dm_as_json_of_the_members_own_rows(
    privacy_engine: Engine, community: Community
) -> None:
    await privacy_engine.dispatch(message(f"you {INSULT}", OLA, at=NOW))
    await privacy_engine.dispatch(message(f"no, you {INSULT}", KASIA, at=NOW))
    await privacy_engine.services.store.add_note("test", "u1", "m1", "a note about ola", NOW)
    actions = await privacy_engine.dispatch(command("privacy", {"action": "export"}, OLA))
    dms = of_kind(actions, "dm")
    assert dms and all(dm.user == "u1" for dm in dms)
    data = reassemble(dms)
    assert data["user_id"] == "u1"
    assert [row["user_id"] for row in data["incidents"]] == ["u1"]
    assert data["notes"] == [] and data["withheld"] == {"notes": 1}  # [privacy] export_notes
    assert all("u2" not in json.dumps(rows) for rows in data.values() if isinstance(rows, list))
    [reply] = of_kind(actions, "reply")
    assert reply.ephemeral and "direct message" in reply.text


async def test_export_of_a_member_with_no_record_is_still_sent(
    privacy_engine: Engine, community: Community
) -> None:
    actions = await privacy_engine.dispatch(command("privacy", {"action": "export"}, KASIA))
    data = reassemble(of_kind(actions, "dm"))
    assert data["incidents"] == [] and data["user_id"] == "u2"


def test_a_long_export_is_split_into_parts_that_fit_a_chat_message() -> None:
    data = {"incidents": [{"id": n, "excerpt": "x" * 50} for n in range(200)]}
    parts = export_parts(data, limit=1800)
    assert len(parts) > 1
    assert all(len(part) <= 1800 for part in parts)
    assert json.loads("\n".join(parts)) == data


def test_a_single_enormous_value_is_cut_too() -> None:
    parts = export_parts({"text": "y" * 5000}, limit=1000)
    assert all(len(part) <= 1000 for part in parts)
    assert "".join(parts).count("y") == 5000
