"""What a member receives when they ask for their data: their own, not other people's.

`Store.export_member` returns every row that names the member, as the record holds it. A
copy for the member (`/privacy action:export`, `hearth privacy export`) goes through
`member_copy` first, because the right of access must not adversely affect the rights and
freedoms of others (GDPR Art. 15(4)):

- other people's ids (moderators, reporters, note authors, whoever thanked or was
  thanked) are replaced by their role, so a reported member never learns who reported
  them and a reporter never gets the reported member's data;
- what other people wrote in the member's rows is withheld where it could reveal them
  (a report's reason, the message excerpt in a report the member filed, another member's
  appeal of a case the member decided); moderators' case reasons stay, because they
  explain a decision about the member;
- private moderator notes follow the rule file's `[privacy] export_notes`: "count" (the
  default) gives only how many there are, "full" gives the notes with their authors
  redacted.

Ids of the bot itself stay. A redacted id that also appears in free text (a moderator's
reason "swearing at <@123>") is replaced there too. The withheld parts are counted under
"withheld", so the copy says plainly what it leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

NotesInExport = Literal["count", "full"]

BOT_IDS = frozenset({"hearth", "system"})
"""Actor ids of the bot itself (`bot.events.SYSTEM` and the scheduler)."""

MODERATOR = "(a moderator)"
MEMBER = "(another member)"
REPORTER = "(the reporter)"

Row = dict[str, Any]


def _is_other(value: Any, user_id: str) -> bool:
    return value is not None and value != user_id and value not in BOT_IDS


class _Copy:
    """One community's export being turned into the member's copy."""

    def __init__(self, raw: dict[str, Any], user_id: str, notes: NotesInExport) -> None:
        self.raw, self.user_id, self.notes = raw, user_id, notes
        self.withheld: dict[str, int] = {}
        self.redacted: dict[str, str] = {}  # other person's id -> the label it became

    def withhold(self, what: str) -> None:
        self.withheld[what] = self.withheld.get(what, 0) + 1

    def label(self, row: Row, column: str, label: str) -> None:
        value = row.get(column)
        if _is_other(value, self.user_id):
            self.redacted.setdefault(str(value), label)
            row[column] = label

    def scrub(self, tables: dict[str, list[Row]]) -> None:
        """Replace the redacted ids where they also occur inside free text."""
        ids = sorted(self.redacted, key=len, reverse=True)
        if not ids:
            return
        pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ids)) + r")(?!\w)")
        for rows in tables.values():
            for row in rows:
                for column, value in row.items():
                    if isinstance(value, str) and value not in self.redacted.values():
                        row[column] = pattern.sub(lambda m: self.redacted[m.group(1)], value)

    def rows(self, table: str, rewrite: Callable[[Row], Row | None]) -> list[Row]:
        kept = []
        for original in self.raw.get(table, []):
            row = rewrite(dict(original))
            if row is not None:
                kept.append(row)
        return kept

    def case(self, row: Row) -> Row:
        self.label(row, "moderator_id", MODERATOR)
        if row.get("user_id") != self.user_id:  # a case the member decided as a moderator
            self.label(row, "user_id", MEMBER)
            if row.get("appeal_text"):
                row["appeal_text"] = None
                self.withhold("appeal_texts")
        return row

    def audit(self, row: Row) -> Row:
        if row.get("target_id") == self.user_id:  # done to the member, by someone
            self.label(row, "actor_id", REPORTER if row.get("action") == "report" else MODERATOR)
        else:  # done by the member, to someone else
            self.label(row, "target_id", MEMBER)
        return row

    def note(self, row: Row) -> Row | None:
        if row.get("user_id") == self.user_id:
            if self.notes == "count":
                self.withhold("notes")
                return None
            self.label(row, "author_id", MODERATOR)
            return row
        self.label(row, "user_id", MEMBER)  # a note the member wrote as a moderator
        return row

    def kudos(self, row: Row) -> Row:
        self.label(row, "giver_id", MEMBER)
        self.label(row, "receiver_id", MEMBER)
        return row

    def report(self, row: Row) -> Row:
        if row.get("target_id") == self.user_id and row.get("reporter_id") != self.user_id:
            self.label(row, "reporter_id", REPORTER)
            if row.get("reason"):
                row["reason"] = None
                self.withhold("report_reasons")
        else:  # a report the member filed: their words, someone else's message
            self.label(row, "target_id", MEMBER)
            if row.get("excerpt"):
                row["excerpt"] = None
                self.withhold("report_excerpts")
        self.label(row, "handled_by", MODERATOR)
        return row

    def build(self) -> dict[str, Any]:
        rewritten = {
            "cases": self.rows("cases", self.case),
            "audit_entries": self.rows("audit_entries", self.audit),
            "notes": self.rows("notes", self.note),
            "kudos": self.rows("kudos", self.kudos),
            "reports": self.rows("reports", self.report),
        }
        self.scrub(rewritten)
        return {**self.raw, **rewritten, "withheld": dict(sorted(self.withheld.items()))}


def member_copy(
    raw: dict[str, Any], user_id: str, notes: NotesInExport = "count"
) -> dict[str, Any]:
    """The member's copy of one community's export (see the module docstring)."""
    return _Copy(raw, user_id, notes).build()


def withheld_notes(copy: dict[str, Any]) -> int:
    """How many private moderator notes a copy leaves out."""
    return int(copy.get("withheld", {}).get("notes", 0))
