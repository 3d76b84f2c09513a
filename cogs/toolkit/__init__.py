"""The moderators' toolkit: actions, cases, reports, appeals, crisis plan, mediation and
temporary actions, as separate cogs that share `common` and `checks`.

Register them all (order within the list does not matter; each cog sets its `order`):

    from cogs.toolkit import TOOLKIT_COGS
    cogs = [Moderation, *TOOLKIT_COGS, Welcome, Info]
"""

from cogs.toolkit.actions import ModActions
from cogs.toolkit.appeals import Appeals
from cogs.toolkit.cases import Cases
from cogs.toolkit.crisis import Crisis
from cogs.toolkit.mediation import Mediation
from cogs.toolkit.reports import Reports
from cogs.toolkit.temp import TempActions

TOOLKIT_COGS = (Crisis, TempActions, ModActions, Cases, Reports, Appeals, Mediation)
"""In dispatch order: Crisis (-110) runs before automatic moderation (-100)."""

__all__ = [
    "TOOLKIT_COGS",
    "Appeals",
    "Cases",
    "Crisis",
    "Mediation",
    "ModActions",
    "Reports",
    "TempActions",
]
