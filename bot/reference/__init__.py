"""The reference that cannot drift: docs/reference/*.md, generated from the code.

    python -m bot.reference           # write docs/reference/
    python -m bot.reference --check   # exit 1 if a committed page is out of date

The pages cover Hearth's own cogs (those in the `cogs` package), whatever else happens to
be installed, so the committed reference is the same on every machine. Hearth's test
suite regenerates them and fails when the committed files differ.
"""

from __future__ import annotations

from pathlib import Path

from bot.i18n import Localizer
from bot.plugins import Catalog, installed_catalog
from bot.reference import cogs_page, commands, rules

REFERENCE_DIR = Path(__file__).resolve().parent.parent.parent / "docs" / "reference"


def builtin_catalog(catalog: Catalog | None = None) -> Catalog:
    """The installed catalog narrowed to Hearth's own cogs."""
    catalog = catalog or installed_catalog()
    return Catalog(m for m in catalog if m.cog.__module__.split(".")[0] == "cogs")


def render_all(catalog: Catalog | None = None, i18n: Localizer | None = None) -> dict[str, str]:
    """Each reference page's file name and text."""
    catalog = builtin_catalog(catalog)
    i18n = i18n or Localizer()
    return {
        "cogs.md": cogs_page.render(catalog),
        "commands.md": commands.render(catalog, i18n),
        "rules.md": rules.render(catalog),
    }


def stale_pages(folder: Path = REFERENCE_DIR) -> list[str]:
    """The pages whose committed text differs from what the code generates now."""
    return [
        name
        for name, text in render_all().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write_all(folder: Path = REFERENCE_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_all().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
