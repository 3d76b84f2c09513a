"""Cogs as plugins: manifests, discovery through the `hearth.cogs` entry points, the catalog.

A cog package, built in or installed with pip, registers one entry point per cog:

    [project.entry-points."hearth.cogs"]
    karma = "hearth_karma:manifest"

and the entry point leads to a `CogManifest`. Nothing else in Hearth names the cog.
"""

from bot.plugins.catalog import Catalog, discover, installed_catalog
from bot.plugins.manifest import (
    CORE_TABLES,
    ENTRY_POINT_GROUP,
    CogManifest,
    ManifestError,
    PluginFailure,
)

__all__ = [
    "CORE_TABLES",
    "ENTRY_POINT_GROUP",
    "Catalog",
    "CogManifest",
    "ManifestError",
    "PluginFailure",
    "discover",
    "installed_catalog",
]
