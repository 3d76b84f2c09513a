"""Recognition: thanks and kudos, badges, milestones, role rewards and the leaderboard."""

from bot.plugins import CogManifest
from cogs.recognition.cog import Recognition
from cogs.recognition.schema import RecognitionSection

manifest = CogManifest(
    cog=Recognition,
    sections={"recognition": RecognitionSection},
    summary="Thanks, badges, milestones, role rewards and /leaderboard.",
)

__all__ = ["Recognition", "manifest"]
