"""Pure text detectors: normalization, profanity per language, links, privacy, spam, shape.

No I/O beyond reading the word lists in rules/wordlists once, no platform imports, no
database. See rules/wordlists/README.md for the word-list format.
"""

from bot.filters.check import CheckSettings, TextChecker, TextReport, text_checker
from bot.filters.language import guess_language
from bot.filters.links import Link, find_links, link_matches
from bot.filters.offsets import NormalizedText
from bot.filters.privacy import find_personal_data
from bot.filters.profanity import Explanation, ProfanityFilter, profanity_filter
from bot.filters.shape import caps_ratio, count_mentions, is_excessive_caps, is_zalgo, zalgo_ratio
from bot.filters.spam import DuplicateResult, DuplicateTracker, FloodTracker, RaidTracker
from bot.filters.types import Match, Severity

__all__ = [
    "CheckSettings",
    "DuplicateResult",
    "DuplicateTracker",
    "Explanation",
    "FloodTracker",
    "Link",
    "Match",
    "NormalizedText",
    "ProfanityFilter",
    "RaidTracker",
    "Severity",
    "TextChecker",
    "TextReport",
    "caps_ratio",
    "count_mentions",
    "find_links",
    "find_personal_data",
    "guess_language",
    "is_excessive_caps",
    "is_zalgo",
    "link_matches",
    "profanity_filter",
    "text_checker",
    "zalgo_ratio",
]
