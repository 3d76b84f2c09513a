"""The store's second net: text that reaches it by another road than an event (a name
looked up on the platform) is cleaned too, so PostgreSQL never refuses a NUL."""

from __future__ import annotations

from bot.storage import Store
from tests.storage.conftest import NOW, store  # noqa: F401 - the fixture


async def test_a_nul_or_a_lone_surrogate_is_stored_cleaned(store: Store) -> None:  # noqa: F811
    await store.upsert_member("c1", "u1", "Ka\x00sia\ud800", "pl", NOW)
    await store.add_note("c1", "u1", "m1", "watch\x00 out \ud800", NOW)
    [note] = await store.notes_for("c1", "u1")
    assert note.text == "watch out \ufffd"
    exported = await store.export_member("c1", "u1")
    assert exported["members"][0]["display_name"] == "Kasia\ufffd"
