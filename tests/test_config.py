"""Process settings: defaults, strict keys, and errors that name FILE:LINE."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, HearthConfig, load_config


def write(tmp_path, text: str | bytes):
    path = tmp_path / "hearth.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_the_defaults(monkeypatch):
    monkeypatch.delenv("HEARTH_CONFIG", raising=False)
    config = load_config(None)
    assert config == HearthConfig()
    assert config.rules == ["rules/example.toml"]
    assert config.database_url is None


def test_hearth_config_in_the_environment_names_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("HEARTH_CONFIG", str(write(tmp_path, 'log_level = "DEBUG"\n')))
    assert load_config(None).log_level == "DEBUG"


def test_a_valid_file_is_read(tmp_path):
    config = load_config(
        write(
            tmp_path,
            'database_url = "sqlite:///x.db"\n[translation]\nbackend = "none"\ntimeout_s = 1.5\n',
        )
    )
    assert config.database_url == "sqlite:///x.db"
    assert config.translation.backend == "none"
    assert config.translation.timeout_s == 1.5


def test_an_unknown_key_is_named_with_its_line(tmp_path):
    path = write(tmp_path, 'log_level = "INFO"\n\n[translation]\nbackend = "google"\ncolour = 1\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:5: unknown key 'translation.colour'"


def test_a_wrong_type_is_named_with_its_line(tmp_path):
    path = write(tmp_path, '\n[activity]\nflush_every = "often"\n')
    with pytest.raises(ConfigError, match=rf"^{path}:3: activity\.flush_every: "):
        load_config(path)


def test_an_out_of_range_value_is_refused(tmp_path):
    path = write(tmp_path, "[telegram]\nport = 70000\n")
    with pytest.raises(ConfigError, match=rf"^{path}:2: telegram\.port: "):
        load_config(path)


def test_every_problem_is_listed(tmp_path):
    path = write(tmp_path, 'log_level = "LOUD"\nreload_interval_s = 0\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    lines = str(caught.value).splitlines()
    assert [line.split(": ")[0] for line in lines] == [f"{path}:1", f"{path}:2"]


def test_a_toml_syntax_error_names_its_line(tmp_path):
    path = write(tmp_path, 'log_level = "INFO"\n\ndatabase_url = \n')
    with pytest.raises(ConfigError, match=rf"^{path}:3: TOML syntax: "):
        load_config(path)


def test_bad_utf8_is_refused(tmp_path):
    path = write(tmp_path, b'log_level = "\xff"\n')
    with pytest.raises(ConfigError, match=rf"^{path}:1: file is not valid UTF-8"):
        load_config(path)


def test_a_missing_file_is_refused(tmp_path):
    path = tmp_path / "missing.toml"
    with pytest.raises(ConfigError, match=rf"^{path}:0: cannot read"):
        load_config(path)


def test_a_byte_order_mark_is_accepted(tmp_path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'\xef\xbb\xbflog_level = "DEBUG"\n')
    assert load_config(path).log_level == "DEBUG"
