"""config.toml: typos and wrong types are errors that name the key; paths are relative to HOME."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from agent.cli import cli
from agent.config import DEFAULT_CONFIG, ConfigError, load_config, parse_config


def test_the_commented_defaults_are_valid():
    import tomllib

    cfg = parse_config(tomllib.loads(DEFAULT_CONFIG))
    assert cfg.cadence.check_in_after_days == 7 and cfg.source_kind == "gmail"


def test_an_unknown_key_names_the_nearest_known_one():
    with pytest.raises(ConfigError, match=r"unknown key cadence\.chek_in_after_days; did you mean `check_in_after_days`\?"):
        parse_config({"cadence": {"chek_in_after_days": 3}})


def test_an_unknown_table_names_the_nearest_known_one():
    with pytest.raises(ConfigError, match=r"unknown table \[cadance\]; did you mean `cadence`\?"):
        parse_config({"cadance": {"check_in_after_days": 3}})


def test_a_key_far_from_any_lists_the_known_ones():
    with pytest.raises(ConfigError, match=r"unknown key user\.favourite_colour; known: name, me, timezone"):
        parse_config({"user": {"favourite_colour": "green"}})


@pytest.mark.parametrize(("table", "key", "value", "expected"), [
    ("cadence", "check_in_after_days", "7", "a whole number"),
    ("cadence", "check_in_after_days", True, "a whole number"),
    ("cadence", "business_days", 1, "true or false"),
    ("user", "name", 3, "a string in quotes"),
    ("user", "me", "jordan@example.com", "a list"),
    ("gmail", "backfill_days", 1.5, "a whole number"),
])
def test_a_wrong_type_says_which_key_and_what_was_expected(table, key, value, expected):
    with pytest.raises(ConfigError, match=rf"{table}\.{key} must be {expected}"):
        parse_config({table: {key: value}})


def test_a_relative_source_path_is_relative_to_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[source]\nkind = "mbox"\npath = "mail/inbox.mbox"\n')
    monkeypatch.chdir(tmp_path)  # anywhere but HOME, as under cron
    cfg = load_config(home / "config.toml")
    assert Path(cfg.source_path) == home / "mail" / "inbox.mbox"


def test_a_home_relative_path_with_a_tilde_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = parse_config({"source": {"kind": "maildir", "path": "~/Mail"}}, home=tmp_path / "elsewhere")
    assert Path(cfg.source_path) == tmp_path / "Mail"


def test_a_typo_stops_every_command_with_exit_2(tmp_path):
    home = tmp_path / "h"
    home.mkdir()
    (home / "config.toml").write_text("[cadence]\nchek_in_after_days = 3\n")
    result = CliRunner().invoke(cli, ["--home", str(home), "status"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"followup: {home / 'config.toml'}: unknown key cadence.chek_in_after_days; did you mean `check_in_after_days`?"]
