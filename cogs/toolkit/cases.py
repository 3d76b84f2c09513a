"""The record, for moderators: one case, a member's cases with their strike points,
private notes, corrected reasons, and a full export of a member's moderation history.

Everything here is read-only on the platform and answers ephemerally, in the
moderator's language; changes (notes, reasons) go to the audit trail.
"""

from __future__ import annotations

import json
from typing import Any

from bot.cog import Cog, Context, command
from bot.commands import Level, Option, OptionType
from bot.errors import UserError
from bot.plugins import CogManifest
from cogs.toolkit.common import action_name, case_summary, human_duration, post_log, when

LIST_LIMIT = 15
NOTES_SHOWN = 5
HISTORY_FORMATS = ("text", "json")


class Cases(Cog):
    """`/case`, `/cases`, `/note`, `/reason` and `/history`."""

    name = "toolkit-cases"
    order = 21
    data_statement = "data-toolkit-cases"

    @command("case", Option("number", OptionType.INTEGER, min_value=1), level=Level.MODERATOR)
    async def case(self, ctx: Context, number: int) -> None:
        found = await ctx.store.get_case(ctx.community.id, number)
        if found is None:
            raise UserError("toolkit-case-not-found", number=number)
        await ctx.reply_text(case_summary(ctx, found, ctx.locale), ephemeral=True)

    @command("cases", Option("user", OptionType.USER), level=Level.MODERATOR)
    async def cases(self, ctx: Context, user: str) -> None:
        store = ctx.store
        strikes = ctx.rules.strikes
        found = await store.cases_for(ctx.community.id, user)
        points = await store.strike_points(ctx.community.id, user, ctx.now(), strikes.half_life)
        notes = await store.notes_for(ctx.community.id, user)
        lines = [
            ctx.t("toolkit-cases-header", user=user, count=len(found)),
            ctx.t(
                "toolkit-cases-points",
                points=round(points, 1),
                half_life=human_duration(ctx, ctx.locale, strikes.half_life, "accusative"),
            ),
        ]
        for case in found[-LIST_LIMIT:]:
            lines.append(
                ctx.t(
                    "toolkit-cases-line",
                    number=case.number,
                    action=action_name(ctx, ctx.locale, case.action),
                    at=when(ctx, case.at),
                    moderator=case.moderator_id,
                    reason=case.reason or ctx.t("toolkit-no-reason"),
                    status=case.status,
                )
            )
        if len(found) > LIST_LIMIT:
            lines.append(ctx.t("toolkit-cases-more", count=len(found) - LIST_LIMIT))
        if notes:
            lines.append(ctx.t("toolkit-notes-header", count=len(notes)))
            for note in notes[-NOTES_SHOWN:]:
                lines.append(f"• {when(ctx, note.at)} {note.author_id}: {note.text}")
        await ctx.reply_text("\n".join(lines), ephemeral=True)

    @command(
        "note",
        Option("user", OptionType.USER),
        Option("text", OptionType.TEXT),
        level=Level.MODERATOR,
    )
    async def note(self, ctx: Context, user: str, text: str) -> None:
        moderator = ctx.event.user.id
        await ctx.store.add_note(ctx.community.id, user, moderator, text, ctx.now())
        await ctx.store.add_audit(ctx.community.id, moderator, "note", ctx.now(), target_id=user)
        shared = ctx.rules.privacy.export_notes == "full"
        reply = "toolkit-note-added-shared" if shared else "toolkit-note-added"
        await ctx.reply(reply, user=user, ephemeral=True)

    @command(
        "reason",
        Option("case", OptionType.INTEGER, min_value=1),
        Option("text", OptionType.TEXT),
        level=Level.MODERATOR,
    )
    async def reason(self, ctx: Context, case: int, text: str) -> None:
        moderator = ctx.event.user.id
        changed = await ctx.store.update_case_reason(
            ctx.community.id, case, text, moderator, ctx.now()
        )
        if changed is None:
            raise UserError("toolkit-case-not-found", number=case)
        log_text = ctx.t_community(
            "toolkit-log-reason", number=case, moderator=moderator, reason=text
        )
        await post_log(ctx, log_text, user=changed.user_id)
        await ctx.reply("toolkit-reason-changed", number=case, ephemeral=True)

    @command(
        "history",
        Option("user", OptionType.USER),
        Option("format", OptionType.CHOICE, required=False, choices=HISTORY_FORMATS),
        level=Level.MODERATOR,
    )
    async def history(self, ctx: Context, user: str, format: str | None) -> None:
        data = await moderation_history(ctx, user)
        await ctx.store.add_audit(
            ctx.community.id, ctx.event.user.id, "history_export", ctx.now(), target_id=user
        )
        if format == "json":
            await ctx.reply_text(json.dumps(data, ensure_ascii=False, indent=1), ephemeral=True)
            return
        await ctx.reply_text(history_text(ctx, data), ephemeral=True)


async def moderation_history(ctx: Context, user: str) -> dict[str, Any]:
    """A member's moderation record as JSON-ready data: cases, incidents, notes, expiries."""
    store = ctx.store
    community = ctx.community.id
    points = await store.strike_points(community, user, ctx.now(), ctx.rules.strikes.half_life)
    cases = await store.cases_for(community, user)
    incidents = await store.incidents(community, user)
    notes = await store.notes_for(community, user)
    active = await store.active_temp_actions(community, user, ctx.now())
    return {
        "community": community,
        "user": user,
        "exported_at": ctx.now().isoformat(),
        "strike_points": round(points, 2),
        "half_life_s": ctx.rules.strikes.half_life,
        "cases": [
            {
                "number": case.number,
                "action": case.action,
                "at": case.at.isoformat(),
                "moderator": case.moderator_id,
                "reason": case.reason,
                "duration_s": case.duration_s,
                "expires_at": case.expires_at.isoformat() if case.expires_at else None,
                "status": case.status,
                "incident": case.incident_id,
                "appealed": case.appealed,
                "appeal_outcome": case.appeal_outcome,
            }
            for case in cases
        ],
        "incidents": [
            {
                "id": incident.id,
                "at": incident.at.isoformat(),
                "rule": incident.rule,
                "severity": incident.severity,
                "points": incident.points,
                "actions": list(incident.actions),
                "automatic": incident.automatic,
                "case": incident.case_number,
            }
            for incident in incidents
        ],
        "notes": [
            {"at": note.at.isoformat(), "author": note.author_id, "text": note.text}
            for note in notes
        ],
        "active_temp_actions": [
            {"kind": row.kind, "expires_at": row.expires_at.isoformat(), "case": row.case_number}
            for row in active
        ],
    }


def history_text(ctx: Context, data: dict[str, Any]) -> str:
    """The export as plain lines in the moderator's language."""
    lines = [
        ctx.t(
            "toolkit-history-header",
            user=data["user"],
            cases=len(data["cases"]),
            incidents=len(data["incidents"]),
            notes=len(data["notes"]),
        ),
        ctx.t(
            "toolkit-cases-points",
            points=data["strike_points"],
            half_life=human_duration(ctx, ctx.locale, data["half_life_s"], "accusative"),
        ),
    ]
    for case in data["cases"]:
        lines.append(
            f"#{case['number']} {case['at'][:16]} {case['action']} "
            f"({case['moderator']}): {case['reason'] or '—'} [{case['status']}]"
        )
    for incident in data["incidents"]:
        lines.append(
            f"! {incident['at'][:16]} {incident['rule']} {incident['severity']} "
            f"+{incident['points']}"
        )
    for note in data["notes"]:
        lines.append(f"✎ {note['at'][:16]} {note['author']}: {note['text']}")
    for row in data["active_temp_actions"]:
        lines.append(
            ctx.t("toolkit-history-active", kind=row["kind"], expires=row["expires_at"][:16])
        )
    return "\n".join(lines)


manifest = CogManifest(
    cog=Cases,
    summary="/case, /cases, /note, /reason and /history: the moderation record.",
)
