"""Privacy: /privacy (what is stored, export, erase), /forget, and daily retention purges."""

from bot.plugins import CogManifest
from cogs.privacy.cog import PURGE_AUDIT, Privacy, export_parts
from cogs.privacy.schema import PrivacySection

manifest = CogManifest(
    cog=Privacy,
    sections={"privacy": PrivacySection},
    required=True,
    summary="Members see, export or erase what is kept about them; old data is purged daily.",
)

__all__ = ["PURGE_AUDIT", "Privacy", "PrivacySection", "export_parts", "manifest"]
