"""Process settings (not community rules): where the record lives, which rule files to
load, logging and translation. Read from a TOML file and the environment; secrets
(DISCORD_TOKEN, TELEGRAM_TOKEN) only ever come from the environment.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.rules.locate import line_index, line_of, toml_error_line


class ConfigError(ValueError):
    """A config file that cannot be used; the message names file and line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TranslationConfig(_Strict):
    backend: Literal["google", "mymemory", "libre", "none"] = "google"
    timeout_s: float = Field(default=3.0, gt=0, le=30)
    cache_size: int = Field(default=2048, ge=0, le=1_000_000)
    libre_url: str | None = None


class ActivityConfig(_Strict):
    flush_every: int = Field(default=5000, ge=1, le=100_000)
    flush_seconds: float = Field(default=5.0, gt=0, le=3600)


class DiscordConfig(_Strict):
    shard_count: int | None = Field(default=None, ge=1, le=10_000)
    """Total shards for a large bot; None lets Discord recommend a count."""
    shard_ids: list[int] | None = None
    """The shards this process runs (several processes can share one PostgreSQL)."""
    sync_commands: bool = True
    """Publish slash commands at start-up (per guild, so changes show at once)."""
    guild_ready_timeout_s: float = Field(default=2.0, ge=0, le=60)
    automod_sync: bool = False
    """Mirror each community's keyword list into Discord's native AutoMod."""

    @model_validator(mode="after")
    def _shards_make_sense(self) -> DiscordConfig:
        if self.shard_ids is None:
            return self
        if self.shard_count is None:
            raise ValueError(
                "shard_ids needs shard_count: every process must agree on the total "
                "number of shards (set shard_count, or drop shard_ids to run them all)"
            )
        wrong = [shard for shard in self.shard_ids if not 0 <= shard < self.shard_count]
        if wrong or not self.shard_ids or len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError(
                f"shard_ids must be distinct numbers from 0 to {self.shard_count - 1}"
            )
        return self


class TelegramConfig(_Strict):
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    """Public https URL Telegram posts updates to (webhook mode)."""
    listen: str = "127.0.0.1"
    port: int = Field(default=8443, ge=1, le=65535)
    drop_pending_updates: bool = False
    delete_service_messages: bool = False
    """Remove "X joined the group" / "X left" service messages."""
    admin_cache_s: float = Field(default=60.0, ge=0, le=3600)
    """How long chat administrator lookups are cached."""


class MetricsConfig(_Strict):
    """The optional Prometheus /metrics and /health endpoint (bot/metrics.py)."""

    enabled: bool = False
    listen: str = "127.0.0.1"
    port: int = Field(default=9108, ge=0, le=65535)


class CommandLimitConfig(_Strict):
    """Per-member command rate limit (moderators and admins are never limited)."""

    enabled: bool = True
    commands: int = Field(default=8, ge=1, le=1000)
    per_s: float = Field(default=60.0, gt=0, le=3600)


class ConnectConfig(_Strict):
    """How `hearth run` retries a platform it cannot reach (bot.startup.Backoff)."""

    attempts: int = Field(default=8, ge=1, le=1000)
    first_delay_s: float = Field(default=1.0, gt=0, le=3600)
    max_delay_s: float = Field(default=60.0, gt=0, le=3600)


class HearthConfig(_Strict):
    database_url: str | None = None
    rules: list[str] = Field(default_factory=lambda: ["rules/example.toml"])
    """Rule files or folders of rule files (*.toml) to load, one per community."""
    locales_dir: str | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    """"json": one JSON object per log line, for log collectors."""
    reload_interval_s: float = Field(default=2.0, gt=0, le=3600)
    translation: TranslationConfig = TranslationConfig()
    activity: ActivityConfig = ActivityConfig()
    discord: DiscordConfig = DiscordConfig()
    telegram: TelegramConfig = TelegramConfig()
    metrics: MetricsConfig = MetricsConfig()
    command_limit: CommandLimitConfig = CommandLimitConfig()
    connect: ConnectConfig = ConnectConfig()


def load_config(path: Path | str | None) -> HearthConfig:
    """Read the config file (or defaults when `path` is None); errors name file:line."""
    if path is None:
        env_path = os.environ.get("HEARTH_CONFIG")
        if not env_path:
            return HearthConfig()
        path = env_path
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")  # a BOM is harmless
        data = tomllib.loads(text)
    except OSError as error:
        raise ConfigError(f"{path}:0: cannot read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:1: file is not valid UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        line, message = toml_error_line(error)
        raise ConfigError(f"{path}:{line}: TOML syntax: {message}") from None
    try:
        return HearthConfig.model_validate(data)
    except ValidationError as error:
        lines = line_index(text)
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item["loc"])
            message = str(item["msg"]).removeprefix("Value error, ")
            if item["type"] == "extra_forbidden":
                message = f"unknown key {where!r}"
            else:
                message = f"{where}: {message}"
            problems.append(f"{path}:{line_of(lines, tuple(item['loc']))}: {message}")
        raise ConfigError("\n".join(problems)) from None
