"""The platform protocol's old address, kept so adapter code written against it still
imports. The protocol itself lives in the core, in `bot.platform`: new code imports
from there."""

from bot.platform import ActionFailed, Adapter, Capabilities, UnsupportedAction, supports

__all__ = ["ActionFailed", "Adapter", "Capabilities", "UnsupportedAction", "supports"]
