"""hearth-faq: an example third-party cog for Hearth, installed with pip.

The entry point in pyproject.toml (`faq = "hearth_faq:manifest"`) leads here; the
manifest tells Hearth the cog class, the [faq] table it owns, what it needs from the
platform, and where its messages are.
"""

from pathlib import Path

from bot.plugins import CogManifest
from hearth_faq.cog import Faq
from hearth_faq.schema import FaqEntry, FaqSection

manifest = CogManifest(
    cog=Faq,
    sections={"faq": FaqSection},
    requires=frozenset({"reply"}),
    summary="Answers to frequently asked questions, by /faq and when someone asks.",
    locales=Path(__file__).parent / "locales",
)

__all__ = ["Faq", "FaqEntry", "FaqSection", "manifest"]
