"""One message, one judgement: which messages Hearth has judged, by what text, and which
it has already acted on.

Discord sends MESSAGE_UPDATE for much more than edits: a link preview (embed) arriving,
a pin, a thread being attached. Those carry the message with its text unchanged, and
judging them again deletes and strikes the same message twice. `JudgedMessages` keeps a
short digest of the text each message was last judged on (bounded, least recently used
dropped), so an update is only judged when the text really changed, and remembers the
messages a moderation action was taken on, so no message is ever actioned twice.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from bot.actions import Action

MODERATION_KINDS = frozenset({"delete", "warn", "timeout", "kick", "ban", "report"})


def digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()


class JudgedMessages:
    """Bounded memory of judged texts and actioned messages, by message id."""

    def __init__(self, size: int = 50_000) -> None:
        self._size = size
        self._texts: OrderedDict[int, bytes] = OrderedDict()
        self._actioned: OrderedDict[int, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._texts)

    def judge_new(self, message_id: int, text: str) -> bool:
        """True the first time a message is seen (a replayed create is not judged again)."""
        if message_id in self._texts:
            return False
        self._remember(message_id, text)
        return True

    def judge_update(self, message_id: int, text: str, before: str | None = None) -> bool:
        """True when an update changes the text the message was last judged on.

        `before` (discord.py's cached copy, when it has one) stands in for a message this
        memory never saw; an update of a message nobody saw before is judged.
        """
        if message_id in self._actioned:
            return False
        known = self._texts.get(message_id)
        if known is None and before is not None:
            known = digest(before)
        new = digest(text)
        self._remember(message_id, text, new)
        return known != new

    def mark_actioned(self, message_id: int) -> None:
        self._actioned[message_id] = None
        self._actioned.move_to_end(message_id)
        while len(self._actioned) > self._size:
            self._actioned.popitem(last=False)

    def actioned(self, message_id: int) -> bool:
        return message_id in self._actioned

    def note_actions(self, message_id: int, performed: list[Action]) -> None:
        """After a judgement: if moderation acted on the message, it is settled for good."""
        if any(a.automatic and a.kind in MODERATION_KINDS for a in performed):
            self.mark_actioned(message_id)

    def _remember(self, message_id: int, text: str, value: bytes | None = None) -> None:
        self._texts[message_id] = value if value is not None else digest(text)
        self._texts.move_to_end(message_id)
        while len(self._texts) > self._size:
            self._texts.popitem(last=False)
