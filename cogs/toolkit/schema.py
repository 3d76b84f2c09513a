"""Rule-file sections of the moderators' toolkit: reports, appeals, escalation, lockdown.

Every key has a default, so a community that writes nothing gets working reports and
appeals, no escalation paths (they need trigger words and contacts chosen by people
who know the community) and a lockdown that refuses until channels are listed.
"""

from __future__ import annotations

import string
from typing import Literal

from pydantic import Field, field_validator, model_validator

from bot.rules.types import (
    Channel,
    Duration,
    Language,
    Locale,
    Name,
    Section,
    Slug,
    Template,
    require_unique_ids,
)

ANNOUNCEMENT_PLACEHOLDERS = frozenset({"reason", "community"})
MAX_SLOWMODE_S = 6 * 3600


def _check_placeholders(template: str | None, allowed: frozenset[str], what: str) -> None:
    if template is None:
        return
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError as error:
        raise ValueError(f"{what}: {error}") from None
    unknown = sorted(fields - allowed)
    if unknown:
        raise ValueError(
            f"{what} uses unknown placeholder {{{unknown[0]}}}; "
            f"known: {', '.join(sorted(allowed))}"
        )


class ReportsSection(Section):
    """Member reports (`/report`): where they go and how often one member may file one."""

    enabled: bool = True
    """Members may use /report (and "Report message" on Discord)."""
    channel: Channel | None = None
    """The moderators' queue; defaults to `channels.reports`, then `channels.moderator_log`."""
    cooldown: Duration = 120
    """Time one member must wait between two reports."""
    translate: bool = True
    """Show the reported message's translation into the community's language."""
    notify_reporter: bool = True
    """Tell the reporter by direct message when their report is resolved or dismissed."""


class AppealsSection(Section):
    """Appeals against cases (`/appeal`): one per case, never judged by the acting moderator."""

    enabled: bool = True
    """Members may appeal a case with /appeal."""
    channel: Channel | None = None
    """Where appeals are posted; defaults to `channels.reports`, then `moderator_log`."""
    reviewer_level: Literal["moderator", "admin"] = "moderator"
    """Who may decide an appeal ("moderator" or "admin"); the acting moderator never may."""
    window: Duration = 90 * 86400
    """How long after a case it can still be appealed."""
    lift_on_overturn: bool = True
    """An overturned timeout or ban is lifted at once."""


class CrisisContacts(Section):
    """People told at once when an escalation path triggers."""

    users: list[Name] = Field(default_factory=list, max_length=20)
    """Member ids: each gets a direct message."""
    roles: list[Name] = Field(default_factory=list, max_length=10)
    """Role names named in the alert posted to the alert channel."""


class EscalationPath(Section):
    """One named path: trigger phrases per language and what happens when one is seen."""

    id: Slug
    """A short name for the path, shown in alerts."""
    triggers: dict[Language, list[Name]] = Field(min_length=1)
    """Words or phrases per language, matched as whole words, ignoring case."""
    alert_contacts: bool = True
    """Direct-message the crisis contacts (and post the alert) at once."""
    send_resources: bool = True
    """Give the member the crisis resources in their language by direct message."""
    contacts: CrisisContacts | None = None
    """Contacts for this path only; defaults to `escalation.contacts`."""

    @field_validator("triggers")
    @classmethod
    def _bounded(cls, triggers: dict[str, list[str]]) -> dict[str, list[str]]:
        for language, words in triggers.items():
            if not words:
                raise ValueError(f"triggers for {language!r} are empty")
            if len(words) > 200:
                raise ValueError(f"at most 200 triggers per language ({language!r})")
        return triggers


class EscalationSection(Section):
    """Named escalation paths and the crisis plan. Hearth never bans automatically here."""

    enabled: bool = True
    """Watch for the escalation paths' trigger phrases."""
    alert_channel: Channel | None = None
    """Where alerts are posted for the team; defaults to `channels.moderator_log`."""
    contacts: CrisisContacts = CrisisContacts()
    """Who is alerted when a path triggers (unless the path has its own)."""
    resources: dict[Locale, Template] = Field(
        default_factory=dict, examples=[{"sv": "Ring 112 vid fara. Självmordslinjen: 90101."}]
    )
    """Crisis resources (helplines, what to do) per language, sent to the member."""
    cooldown: Duration = 1800
    """One alert per member and path within this time."""
    paths: list[EscalationPath] = Field(
        default_factory=list,
        max_length=20,
        examples=[[{"id": "self-harm", "triggers": {"en": ["want to die"], "sv": ["vill dö"]}}]],
    )
    """The named escalation paths."""

    @field_validator("paths")
    @classmethod
    def _unique_ids(cls, paths: list[EscalationPath]) -> list[EscalationPath]:
        return require_unique_ids(paths, "escalation path")


class LockdownSection(Section):
    """What `/lockdown` does to which channels, and what it announces."""

    mode: Literal["lock", "slowmode"] = "lock"
    """Lock the channels, or put them in slow mode."""
    slowmode: Duration = 60
    """Seconds between messages when `mode = "slowmode"` (at most 6h)."""
    channels: list[Name] = Field(default_factory=list, max_length=50)
    """Channels to lock or slow; `/lockdown` refuses while this is empty."""
    announcement_channel: Channel | None = None
    """Where the announcement goes; by default it is posted in each affected channel."""
    announcement: Template | None = Field(
        default=None, examples=["We are pausing {community} for a moment: {reason}"]
    )
    """Custom text; placeholders {reason} and {community}. Default: localized text."""
    end_announcement: Template | None = Field(default=None, examples=["Back to normal. {reason}"])
    """Custom text for `/unlockdown`; same placeholders."""

    @field_validator("slowmode")
    @classmethod
    def _slowmode_range(cls, seconds: int) -> int:
        if not 1 <= seconds <= MAX_SLOWMODE_S:
            raise ValueError("lockdown slowmode must be between 1s and 6h")
        return seconds

    @model_validator(mode="after")
    def _known_placeholders(self) -> LockdownSection:
        _check_placeholders(self.announcement, ANNOUNCEMENT_PLACEHOLDERS, "announcement")
        _check_placeholders(self.end_announcement, ANNOUNCEMENT_PLACEHOLDERS, "end_announcement")
        if len(set(self.channels)) != len(self.channels):
            raise ValueError("a lockdown channel is listed twice")
        return self
