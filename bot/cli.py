"""The `hearth` command line: console, replay, check-rules (and the live runners).

Every command that reads or writes the record takes `--db PATH` (a SQLite file) and
otherwise uses HEARTH_DATABASE_URL or `database_url` from the config file.

Each command imports what it needs when it runs: `hearth check-rules` must not pay for
the database layer, and no command but `run` loads discord.py or python-telegram-bot
(tests/test_cli_startup.py holds this).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cogs_cli import list_cogs
from bot.privacy_cli import privacy_app

if TYPE_CHECKING:
    from bot.config import HearthConfig

app = typer.Typer(
    name="hearth",
    help="Hearth: a community moderation and care bot for Discord and Telegram.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: `--rules FILE`, flags without a type
)

RulesOption = Annotated[
    Path,
    typer.Option(
        "--rules", metavar="FILE", help="The community's rule file (TOML).", dir_okay=False
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


def _config(path: Path | None) -> HearthConfig:
    from bot.config import ConfigError, load_config

    try:
        return load_config(path)
    except ConfigError as error:
        print(error, file=sys.stderr)
        raise typer.Exit(2) from None


def _logging(level: str, json_format: bool = False) -> None:
    from bot.logging_setup import configure

    configure(level, json_format=json_format, stream=sys.stderr)


@app.command("check-rules")
def check_rules(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Rule files or folders of rule files.")
    ],
) -> None:
    """Validate rule files: print every error as FILE:LINE and exit 1, or a summary."""
    from bot.app import expand_rule_paths
    from bot.rules import RuleFileError, load_rules

    known = _known_commands()
    failed = 0
    files = expand_rule_paths(paths)
    if not files:
        print("no rule files found", file=sys.stderr)
        raise typer.Exit(1)
    for path in files:
        try:
            rules = load_rules(path, known_commands=known)
        except RuleFileError as error:
            failed += 1
            for problem in error.problems:
                print(problem, file=sys.stderr)
            continue
        community = rules.community
        print(
            f"{path}: ok — {community.name} ({', '.join(community.languages)}; "
            f"speaks {community.locale}; {community.timezone}); "
            f"{len(rules.moderation.keywords)} keyword rules, "
            f"profanity {'on' if rules.moderation.profanity.enabled else 'off'}, "
            f"anti-spam {'on' if rules.antispam.enabled else 'off'}, "
            f"welcome {'on' if rules.welcome.enabled else 'off'}"
        )
    if failed:
        raise typer.Exit(1)


def _known_commands() -> list[str]:
    from bot.app import default_cog_factories

    names: list[str] = []
    for factory in default_cog_factories():
        names.extend(spec.name for spec in factory.__commands__)  # type: ignore[attr-defined]
    return names


@app.command()
def console(
    rules: RulesOption = Path("rules/example.toml"),
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Try Hearth in the terminal: type as a member, /command as a moderator."""
    from rich.console import Console

    from bot.adapters.console import ConsoleAdapter, ConsoleSession, run_console
    from bot.app import build_engine, load_communities
    from bot.storage import database_url_from

    settings = _config(config)
    _logging("WARNING")
    out = Console(highlight=False)
    url = database_url_from(db, settings.database_url, default="sqlite:///hearth.db")

    async def main() -> None:
        engine = await build_engine(
            database_url=url,
            adapter=ConsoleAdapter(out),
            locales_dir=Path(settings.locales_dir) if settings.locales_dir else None,
        )
        try:
            report = await load_communities(engine, [rules])
            if report.errors:
                for problem in report.errors[0].problems:
                    print(problem, file=sys.stderr)
                raise typer.Exit(1)
            community_id = next(iter(report.loaded))
            await run_console(engine, ConsoleSession(community_id), out)
        finally:
            await engine.close()

    asyncio.run(main())


@app.command()
def replay(
    transcript: Annotated[
        Path, typer.Argument(metavar="TRANSCRIPT", help="JSONL transcript ('-' for stdin).")
    ],
    rules: RulesOption,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON object per action.")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Also say why each message was or was not flagged."),
    ] = False,
) -> None:
    """Dry-run a transcript through the rules; print what the bot would do, line by line.

    Exit status: 0, or 1 when a line could not be read or a handler failed (the output
    may then be incomplete), or 2 when the rule file is invalid.
    """
    from bot.adapters.replay import DryRunAdapter, ReplayRun, read_transcript
    from bot.adapters.replay_output import JsonLines, TableRows
    from bot.app import build_engine, load_communities
    from bot.cog import Explains
    from bot.storage import database_url_from

    settings = _config(config)
    _logging("WARNING")
    url = database_url_from(db, settings.database_url)
    try:
        lines = read_transcript(transcript)
    except OSError as error:
        print(f"{transcript}:0: cannot read: {error.strerror}", file=sys.stderr)
        raise typer.Exit(1) from None
    out = JsonLines() if json_output else TableRows()

    async def main() -> int:
        engine = await build_engine(
            database_url=url,
            adapter=DryRunAdapter(),
            locales_dir=Path(settings.locales_dir) if settings.locales_dir else None,
        )
        try:
            report = await load_communities(engine, [rules])
            if report.errors:
                for problem in report.errors[0].problems:
                    print(problem, file=sys.stderr)
                return 2
            community_id = next(iter(report.loaded))
            explainers: list[Explains] = []
            if explain:
                explainers = [cog for cog in engine.cogs if isinstance(cog, Explains)]
                for explainer in explainers:
                    explainer.start_explaining()
            run = ReplayRun(engine, community_id, str(transcript), sys.stderr)
            async for number, results in run.stream(lines):
                out.actions(results)
                for explainer in explainers:
                    for data in await explainer.take_explanations():
                        out.explanation(number, data, explainer.format_explanation)
                out.flush()
        finally:
            await engine.close()
        if run.failures:
            print(
                f"{transcript}: {run.failures} handler failure(s), logged above: the actions "
                "shown may be incomplete",
                file=sys.stderr,
            )
        return 1 if run.bad or run.failures else 0

    raise typer.Exit(asyncio.run(main()))


@app.command()
def run(
    platform: Annotated[
        str,
        typer.Option(
            "--platform",
            metavar="discord|telegram",
            help="Where to run (the token comes from the environment).",
        ),
    ],
    config: ConfigOption = None,
    db: DbOption = None,
    webhook: Annotated[
        str | None, typer.Option("--webhook", metavar="URL", help="Telegram: public webhook URL.")
    ] = None,
) -> None:
    """Run the live bot on Discord (DISCORD_TOKEN) or Telegram (TELEGRAM_TOKEN)."""
    import importlib
    import os

    from bot.app import build_engine, expand_rule_paths, load_communities, watch_rules
    from bot.scheduler import tick_forever
    from bot.storage import database_url_from
    from bot.translate import translator_from_settings

    settings = _config(config)
    _logging(settings.log_level, settings.log_format == "json")
    if platform not in PLATFORMS:
        print(f"--platform must be one of {', '.join(PLATFORMS)}", file=sys.stderr)
        raise typer.Exit(2)
    token_var = PLATFORMS[platform]
    token = os.environ.get(token_var, "").strip()
    if not token:
        print(f"set {token_var} in the environment to run on {platform}", file=sys.stderr)
        raise typer.Exit(2)
    from bot.startup import Backoff, StartupFailure, run_with_retries, token_problem

    if problem := token_problem(platform, token):
        print(problem, file=sys.stderr)
        raise typer.Exit(2)
    if webhook:
        settings = settings.model_copy(
            update={
                "telegram": settings.telegram.model_copy(
                    update={"mode": "webhook", "webhook_url": webhook}
                )
            }
        )
    url = database_url_from(db, settings.database_url, default="sqlite:///hearth.db")
    module = importlib.import_module(f"bot.adapters.{platform}_adapter")
    startup = importlib.import_module(f"bot.adapters.{platform}_startup")
    connect = settings.connect
    backoff = Backoff(connect.attempts, connect.first_delay_s, connect.max_delay_s)

    async def main() -> None:
        translation = settings.translation
        engine = await build_engine(
            database_url=url,
            locales_dir=Path(settings.locales_dir) if settings.locales_dir else None,
            translator=translator_from_settings(
                translation.backend,
                translation.timeout_s,
                translation.cache_size,
                translation.libre_url,
            ),
            flush_every=settings.activity.flush_every,
            flush_seconds=settings.activity.flush_seconds,
        )
        from bot.metrics import start_metrics
        from bot.ratelimit import CommandLimiter

        limit = settings.command_limit
        if limit.enabled:
            engine.command_limiter = CommandLimiter(limit.commands, limit.per_s)
        metrics = await start_metrics(engine, settings.metrics)  # None unless enabled
        try:
            report = await load_communities(engine, expand_rule_paths(settings.rules))
            for error in report.errors:
                logging.getLogger("hearth").error("rule file rejected:\n%s", error)
            if not report.loaded:
                print("no valid rule file: nothing to run", file=sys.stderr)
                raise typer.Exit(1)
            watcher = watch_rules(engine, report, settings.reload_interval_s)
            watcher.start()
            ticker = asyncio.create_task(tick_forever(engine), name="hearth-ticks")
            try:
                await run_with_retries(
                    lambda: module.run(engine, settings, token), startup.classify, backoff
                )
            finally:
                ticker.cancel()
                await watcher.stop()
        finally:
            if metrics is not None:
                await metrics.stop()
            await engine.close()

    try:
        asyncio.run(main())
    except StartupFailure as failure:
        print(failure.message, file=sys.stderr)
        raise typer.Exit(failure.exit_code) from None


@app.command()
def stats(
    rules: RulesOption,
    db: DbOption = None,
    config: ConfigOption = None,
    since: Annotated[
        str, typer.Option("--since", metavar="DURATION", help="How far back: 7d, 30d, 12w.")
    ] = "30d",
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="TIME", help="End of the period (ISO 8601); default now."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", metavar="DIR", help="Folder for PNG charts, summary and JSON."),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Community health from the record: growth, activity, peak hours, incidents (+ charts)."""
    from bot.durations import DurationError, parse_duration
    from bot.health.command import parse_until, run_stats
    from bot.rules import RuleFileError
    from bot.storage import database_url_from

    settings = _config(config)
    _logging("WARNING")
    try:
        since_s, end = parse_duration(since), parse_until(until)
    except (DurationError, ValueError) as error:
        print(f"bad --since or --until: {error}", file=sys.stderr)
        raise typer.Exit(2) from None
    from bot.storage.open_errors import missing_record

    url = database_url_from(db, settings.database_url, default="sqlite:///hearth.db")
    if problem := missing_record(url):
        print(problem, file=sys.stderr)
        raise typer.Exit(2)
    try:
        written = asyncio.run(
            run_stats(
                rules_path=rules,
                database_url=url,
                since_s=since_s,
                until=end,
                out_dir=out,
                as_json=json_output,
                out=sys.stdout,
                locales_dir=Path(settings.locales_dir) if settings.locales_dir else None,
            )
        )
    except RuleFileError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        raise typer.Exit(1) from None
    for path in written:
        print(f"wrote {path}", file=sys.stderr)


PLATFORMS = {"discord": "DISCORD_TOKEN", "telegram": "TELEGRAM_TOKEN"}


app.add_typer(privacy_app, name="privacy")
app.command("cogs")(list_cogs)


def main() -> None:
    from bot.cli_errors import guarded

    guarded(app)


if __name__ == "__main__":
    main()
