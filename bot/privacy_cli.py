"""`hearth privacy export|erase`: a member's data on request, for admins at the terminal.

Both act on one community when `--rules FILE` is given, otherwise on every community in
the record that has rows about the member. `export` prints JSON to stdout (or `--out
FILE`); `erase` asks for confirmation, which `--yes` answers (without a terminal and
without `--yes` it refuses). Database selection follows every other `hearth` command:
`--db PATH`, then HEARTH_DATABASE_URL, then `database_url` from the config file.

The export is the member's copy (`bot.member_export`): other people's ids are replaced by
their role and moderator notes follow each community's `[privacy] export_notes`, read
from `--rules` or else from the rule files in the config ("count" when none says).
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from bot.member_export import NotesInExport, member_copy
from bot.terminal import json_safe

if TYPE_CHECKING:  # loaded when a command runs, so `hearth --help` stays quick
    from bot.config import HearthConfig
    from bot.storage import Store

T = TypeVar("T")

privacy_app = typer.Typer(
    name="privacy",
    help="Export or erase one member's data (GDPR access and erasure requests).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

MemberOption = Annotated[
    str, typer.Option("--member", metavar="ID", help="The member's platform id.")
]
RulesOption = Annotated[
    Path | None,
    typer.Option(
        "--rules", metavar="FILE", help="Only this community's rule file (TOML).", dir_okay=False
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option("--db", metavar="PATH", help="SQLite file for the record (kept between runs)."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", metavar="FILE", help="Settings file (see config.example.toml)."),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    print(message, file=sys.stderr)
    return typer.Exit(code)


def _settings(path: Path | None) -> HearthConfig:
    from bot.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as error:
        raise _fail(str(error)) from None


def _community(rules: Path | None) -> str | None:
    """The community id of `--rules`, or None for every community."""
    if rules is None:
        return None
    from bot.rules import RuleFileError, community_id_for, load_rules

    try:
        return community_id_for(rules, load_rules(rules))
    except RuleFileError as error:
        raise _fail("\n".join(str(problem) for problem in error.problems)) from None


def _notes_policies(rules: Path | None, settings: HearthConfig) -> dict[str, NotesInExport]:
    """Each known community's `[privacy] export_notes`: from `--rules`, else the config's."""
    from bot.app import expand_rule_paths
    from bot.rules import RuleFileError, community_id_for, load_rules

    paths = [rules] if rules is not None else expand_rule_paths(settings.rules)
    policies: dict[str, NotesInExport] = {}
    for path in paths:
        try:
            loaded = load_rules(path)
        except (RuleFileError, OSError):
            continue  # an unreadable file leaves its community on the default, "count"
        policies[community_id_for(path, loaded)] = loaded.privacy.export_notes
    return policies


def _url(db: str | None, settings: HearthConfig) -> str:
    from bot.storage import database_url_from

    return database_url_from(db, settings.database_url, default="sqlite:///hearth.db")


def _run(url: str, work: Callable[[Store], Awaitable[T]]) -> T:
    from bot.storage import Store
    from bot.storage.open_errors import missing_record

    if problem := missing_record(url):
        raise _fail(problem)

    async def main() -> T:
        store = await Store.open(url, flush_interval_s=0)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(main())


async def _communities(store: Store, member: str, community: str | None) -> list[str]:
    return [community] if community is not None else await store.member_communities(member)


@privacy_app.command("export")
def export(
    member: MemberOption,
    rules: RulesOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", metavar="FILE", help="Write the JSON here instead of stdout."),
    ] = None,
) -> None:
    """Print the member's copy of their data, as JSON (others' ids replaced by their role)."""
    settings = _settings(config)
    community = _community(rules)
    policies = _notes_policies(rules, settings)
    url = _url(db, settings)

    async def work(store: Store) -> dict[str, Any]:
        exports = [
            member_copy(
                await store.export_member(community_id, member),
                member,
                policies.get(community_id, "count"),
            )
            for community_id in await _communities(store, member, community)
        ]
        return {
            "user_id": member,
            "exported_at": datetime.now(UTC).isoformat(),
            "communities": exports,
        }

    data = _run(url, work)
    text = json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)


@privacy_app.command("erase")
def erase(
    member: MemberOption,
    rules: RulesOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
    yes: Annotated[bool, typer.Option("--yes", help="Answer the confirmation: erase.")] = False,
) -> None:
    """Erase a member: anonymize what statistics need, delete the rest. Cannot be undone."""
    settings = _settings(config)
    community = _community(rules)
    url = _url(db, settings)
    where = f"community {community}" if community else "every community in the record"
    if not yes:
        if not sys.stdin.isatty():
            raise _fail("refusing to erase without confirmation: pass --yes", 1)
        if not typer.confirm(f"Erase member {member} from {where}? This cannot be undone"):
            raise _fail("nothing erased", 1)

    async def work(store: Store) -> list[tuple[str, str]]:
        return [
            (community_id, await store.erase_member(community_id, member))
            for community_id in await _communities(store, member, community)
        ]

    erased = _run(url, work)
    if not erased:
        print(f"no rows about member {member}; nothing to erase", file=sys.stderr)
    for community_id, sentinel in erased:
        print(f"{community_id}: member {member} erased (now {sentinel})")
