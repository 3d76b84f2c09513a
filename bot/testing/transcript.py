"""Build a conversation step by step, play it through a `Harness` or save it for replay.

Each step is one line of the `hearth replay` transcript format of DESIGN.md, numbered
from 1, with the time of the kit's clock: `reply_to` and `edit` refer to earlier lines
by number, exactly as in a transcript file, and `jsonl()` writes the file
`hearth replay --rules FILE TRANSCRIPT.jsonl` reads. `events()` turns the lines into the
events replay would build from them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.events import Command, Edit, Event, Join, Leave, Member, Message, Reaction
from bot.testing.clock import Clock

DEFAULT_CHANNEL = "general"


class Transcript:
    """Lines of a conversation in the replay format; every method returns its line number."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock if clock is not None else Clock()
        self.lines: list[dict[str, Any]] = []
        self._members: dict[str, Member] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def wait(self, by: str | float | timedelta) -> None:
        """Let time pass before the next line ("10m", seconds or a timedelta)."""
        self.clock.advance(by)

    def say(
        self,
        who: Member,
        text: str,
        *,
        channel: str = DEFAULT_CHANNEL,
        reply_to: int | None = None,
        mentions: tuple[Member, ...] = (),
        attachments: int = 0,
    ) -> int:
        line = {**self._who("message", who), "channel": channel, "text": text}
        if reply_to is not None:
            line["reply_to"] = self._earlier(reply_to)
        if mentions:
            line["mentions"] = [member.id for member in mentions]
        if attachments:
            line["attachments"] = attachments
        return self._add(line)

    def edit(self, who: Member, line: int, text: str, *, channel: str = DEFAULT_CHANNEL) -> int:
        edited = {**self._who("edit", who), "channel": channel, "text": text}
        return self._add({**edited, "message": self._earlier(line)})

    def react(self, who: Member, line: int, emoji: str, *, channel: str = DEFAULT_CHANNEL) -> int:
        reaction = {**self._who("reaction", who), "channel": channel, "emoji": emoji}
        return self._add({**reaction, "message": self._earlier(line)})

    def join(self, who: Member) -> int:
        return self._add(self._who("join", who))

    def leave(self, who: Member) -> int:
        return self._add(self._who("leave", who))

    def command(self, who: Member, name: str, **args: str | int) -> int:
        options = {key: str(value) for key, value in args.items()}
        return self._add({**self._who("command", who), "name": name, "args": options})

    def jsonl(self) -> str:
        """The transcript file's text: one JSON object per line."""
        return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in self.lines)

    def write(self, path: Path | str) -> Path:
        path = Path(path)
        path.write_text(self.jsonl(), encoding="utf-8")
        return path

    def events(self, community_id: str) -> Iterator[tuple[int, Event]]:
        """(line number, event) pairs, as `hearth replay` builds them from the file."""
        authors: dict[int, str] = {}
        names: dict[str, str] = {}
        for number, line in enumerate(self.lines, start=1):
            # replay names a member by the `name` of their lines; a command line has none
            if line["type"] != "command":
                names[line["user"]] = line["name"]
            names.setdefault(line["user"], line["user"])
            event = self._event(line, number, community_id, authors, names[line["user"]])
            if isinstance(event, Message):
                authors[number] = event.user.id
            yield number, event

    def _who(self, kind: str, who: Member) -> dict[str, Any]:
        self._members[who.id] = who
        line: dict[str, Any] = {"type": kind, "at": self.clock.now().isoformat(), "user": who.id}
        if kind != "command":
            line["name"] = who.name
        line["roles"] = list(who.roles)
        if who.locale:
            line["locale"] = who.locale
        if who.is_bot:
            line["bot"] = True
        return line

    def _earlier(self, line: int) -> int:
        if not 0 < line <= len(self.lines):
            raise ValueError(f"line {line} is not an earlier line of this transcript")
        return line

    def _add(self, line: dict[str, Any]) -> int:
        self.lines.append(line)
        return len(self.lines)

    def _event(
        self,
        line: dict[str, Any],
        number: int,
        community_id: str,
        authors: dict[int, str],
        name: str,
    ) -> Event:
        member = self._members[line["user"]]
        common: dict[str, Any] = {
            "community_id": community_id,
            "at": datetime.fromisoformat(line["at"]),
            "user": Member(
                id=member.id,
                name=name,
                roles=member.roles,
                locale=member.locale,
                is_bot=member.is_bot,
            ),
        }
        kind = line["type"]
        if kind == "message":
            reply_to = line.get("reply_to")
            return Message(
                **common,
                channel=line["channel"],
                text=line["text"],
                message_id=str(number),
                mentions=tuple(line.get("mentions", ())),
                attachments=line.get("attachments", 0),
                reply_to=str(reply_to) if reply_to else None,
                reply_to_user=authors.get(reply_to) if reply_to else None,
            )
        if kind == "edit":
            return Edit(
                **common,
                channel=line["channel"],
                text=line["text"],
                message_id=str(line["message"]),
            )
        if kind == "reaction":
            return Reaction(
                **common,
                channel=line["channel"],
                message_id=str(line["message"]),
                emoji=line["emoji"],
                message_author=authors.get(line["message"]),
            )
        if kind == "command":
            return Command(
                **common,
                name=line["name"],
                args=line["args"],
                channel=DEFAULT_CHANNEL,
                interaction_id=str(number),
            )
        return Join(**common) if kind == "join" else Leave(**common)
