"""`hearth cogs`: the installed cogs, what they own and need, and where they are on.

Reads the catalog of the `hearth.cogs` entry points, so a cog installed with pip shows up
here without any change to Hearth. With `--rules FILE` it also says, for that community,
which cogs are on (the rule file's `[cogs]` table, or each cog's default). A cog that
could not be loaded is listed with the reason, and the exit status is then 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:  # loaded when the command runs, so `hearth --help` stays quick
    from bot.plugins import Catalog


def cog_rows(catalog: Catalog, enabled: dict[str, bool] | None = None) -> list[dict[str, Any]]:
    """One JSON-ready row per installed cog, in dispatch order."""
    rows = []
    for manifest in catalog:
        row: dict[str, Any] = {
            "name": manifest.name,
            "version": manifest.version or "",
            "summary": manifest.summary,
            "tables": list(manifest.sections),
            "requires": sorted(manifest.requires),
            "order": manifest.order,
            "required": manifest.required,
            "enabled_by_default": manifest.enabled_by_default,
            "commands": sorted(spec.name for spec in manifest.cog.__commands__),
        }
        if enabled is not None:
            row["enabled"] = enabled.get(manifest.name, manifest.enabled_by_default)
        rows.append(row)
    return rows


def list_cogs(
    rules: Annotated[
        Path | None,
        typer.Option("--rules", help="Also say which cogs this community has on.", dir_okay=False),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the installed cogs (name, version, rule tables, needs) and which are on."""
    from bot.plugins import installed_catalog
    from bot.rules import RuleFileError, load_rules

    catalog = installed_catalog()
    enabled = None
    if rules is not None:
        try:
            enabled = dict(load_rules(rules, catalog=catalog).cogs)
        except RuleFileError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            raise typer.Exit(1) from None
    rows = cog_rows(catalog, enabled)
    failures = [
        {"name": failure.name, "source": failure.source, "reason": failure.reason}
        for failure in catalog.failures
    ]
    if json_output:
        print(json.dumps({"cogs": rows, "failed": failures}, ensure_ascii=False, indent=2))
    else:
        _print_table(rows, enabled is not None)
        for failure in catalog.failures:
            print(f"not loaded: {failure}", file=sys.stderr)
    if failures:
        raise typer.Exit(1)


def _print_table(rows: list[dict[str, Any]], with_state: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    if with_state:
        table.add_column("here", no_wrap=True)
    table.add_column("cog", no_wrap=True)
    table.add_column("version", no_wrap=True)
    table.add_column("rule tables", overflow="fold")
    table.add_column("needs")
    for row in rows:
        cells = [
            row["name"],
            row["version"],
            ", ".join(f"[{name}]" for name in row["tables"]) or "—",
            ", ".join(row["requires"]) or "—",
        ]
        if with_state:
            state = "on" if row["enabled"] else "off"
            cells.insert(0, f"{state} (required)" if row["required"] else state)
        table.add_row(*cells)
    Console(highlight=False, markup=False).print(table)
