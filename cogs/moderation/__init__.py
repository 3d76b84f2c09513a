"""Automatic moderation: detectors find rule breaches, `respond` acts on the worst one."""

from bot.plugins import CogManifest
from cogs.moderation.cog import Moderation
from cogs.moderation.schema import AntispamSection, ModerationSection, StrikesSection

manifest = CogManifest(
    cog=Moderation,
    sections={
        "moderation": ModerationSection,
        "antispam": AntispamSection,
        "strikes": StrikesSection,
    },
    requires=frozenset({"delete"}),
    summary="Profanity, personal data, keyword rules, spam and raids; strikes that climb.",
)

__all__ = ["Moderation", "manifest"]
