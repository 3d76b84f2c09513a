"""Recognition: thanks and kudos, badges, milestones, role rewards and the leaderboard."""

from cogs.recognition.cog import Recognition

__all__ = ["Recognition"]
