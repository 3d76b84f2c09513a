"""Choosing the database URL and connecting to each backend."""

from __future__ import annotations

from pathlib import Path

from bot.storage import ENV_VAR, MEMORY_URL, database_url_from
from bot.storage.engine import normalize_url


def test_explicit_db_path_wins_over_env_and_config(tmp_path: Path) -> None:
    env = {ENV_VAR: "postgresql://env/db"}
    url = database_url_from(str(tmp_path / "x.db"), "sqlite:///config.db", environ=env)
    assert url == f"sqlite:///{tmp_path / 'x.db'}"


def test_env_var_wins_over_config() -> None:
    env = {ENV_VAR: "postgresql://env/db"}
    assert database_url_from(None, "sqlite:///config.db", environ=env) == "postgresql://env/db"


def test_config_url_is_used_without_path_or_env() -> None:
    assert database_url_from(None, "sqlite:///config.db", environ={}) == "sqlite:///config.db"


def test_default_is_the_callers_choice() -> None:
    assert database_url_from(None, None, environ={}) == MEMORY_URL
    assert (
        database_url_from(None, None, "sqlite:///hearth.db", environ={}) == "sqlite:///hearth.db"
    )


def test_relative_db_path_becomes_absolute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_url_from("rel.db", None, environ={}) == f"sqlite:///{tmp_path / 'rel.db'}"


def test_plain_postgresql_urls_use_psycopg3() -> None:
    assert normalize_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
