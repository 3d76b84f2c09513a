"""Automatic moderation: detectors find rule breaches, `respond` acts on the worst one."""

from cogs.moderation.cog import Moderation

__all__ = ["Moderation"]
