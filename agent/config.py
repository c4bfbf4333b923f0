"""Configuration: HOME layout, config.toml with commented defaults, and validation.

Every cadence number lives here, so the rules in tracker.py read them instead of constants.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from agent.private import write_private

DEFAULT_CONFIG = """\
# followup configuration. Every key is optional; the values shown are the defaults.

[user]
# Signs the drafts. `followup setup` asks for these three.
name = ""
# Your own addresses: mail from these counts as yours (Gmail adds the account's own). No drafts
# are made until followup knows at least one.
me = []
# "Same day" and "a week" are counted in this zone (an IANA name).
timezone = "UTC"

[cadence]
# Thank-you: the interview day or the next.
thank_you_within_days = 1
# Check-in a week after the interview or the company's last message.
check_in_after_days = 7
# Then a follow-up about every 10 days.
follow_up_every_days = 10
# Follow-ups in all, check-in included; then the application has gone quiet.
max_follow_ups = 3
# Days of silence from the company after which the agent backs off.
give_up_after_days = 60
# A company that put the role on hold gets one check-in after this many days.
on_hold_wait_days = 30
# Count only Monday to Friday: nothing falls due on a weekend.
business_days = false
# Length assumed for an interview whose mail gives no end time.
interview_minutes = 60

[drafts]
# With no human address known: "empty" makes the draft with an empty To; "wait" makes none.
missing_recipient = "empty"
# May a time-sensitive draft name the company that made the offer?
name_other_company = false

[source]
# Where mail comes from: "gmail" (the default), or "mbox" / "maildir" with path = "..." (absolute,
# or relative to this folder). The first `followup run --source ...` writes its choice here.
# kind = "gmail"
# path = ""

[gmail]
# Days of mail the first run reads.
backfill_days = 120
# Another root URL for the Gmail API (a local stand-in); FOLLOWUP_GMAIL_ENDPOINT overrides it.
api_endpoint = ""
# The OAuth client file `followup auth` reads (a Google Cloud "Desktop app" client).
credentials = "credentials.json"
"""

SOURCE_KINDS = ("gmail", "mbox", "maildir")


class ConfigError(Exception):
    """The config file is unreadable or a key has a value the agent cannot use."""


@dataclass
class Cadence:
    thank_you_within_days: int = 1
    check_in_after_days: int = 7
    follow_up_every_days: int = 10
    max_follow_ups: int = 3
    give_up_after_days: int = 60
    on_hold_wait_days: int = 30
    business_days: bool = False
    interview_minutes: int = 60


@dataclass
class Config:
    name: str = ""
    me: list[str] = field(default_factory=list)
    timezone: str = "UTC"
    cadence: Cadence = field(default_factory=Cadence)
    missing_recipient: str = "empty"
    name_other_company: bool = False
    source_kind: str = "gmail"
    source_path: str = ""
    backfill_days: int = 120
    api_endpoint: str = ""
    credentials: str = "credentials.json"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Paths:
    """Where one user's state lives. Everything is under one HOME so it can be moved or mounted."""

    home: Path

    @property
    def config(self) -> Path:
        return self.home / "config.toml"

    @property
    def database(self) -> Path:
        return self.home / "followup.db"

    @property
    def drafts(self) -> Path:
        return self.home / "drafts"

    @property
    def templates(self) -> Path:
        return self.home / "templates"

    @property
    def logs(self) -> Path:
        return self.home / "logs"


def default_home() -> Path:
    env = os.environ.get("FOLLOWUP_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("followup", appauthor=False))


def ensure_home(home: Path) -> Paths:
    """Create HOME and a commented config.toml on first use."""
    paths = Paths(home)
    home.mkdir(parents=True, exist_ok=True)
    if not paths.config.exists():
        paths.config.write_text(DEFAULT_CONFIG, encoding="utf-8")
    return paths


def read_table(path: Path, table: str) -> dict[str, Any]:
    """One table of the file as written (no defaults), {} when absent or unreadable."""
    try:
        value = tomllib.loads(path.read_text(encoding="utf-8")).get(table, {})
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def toml_value(value: str | bool | int | list[str]) -> str:
    """A value as TOML writes it (strings in JSON's escapes, which TOML's basic strings share)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v) for v in value) + "]"
    return json.dumps(value)


def set_keys(text: str, table: str, values: dict[str, str | bool | int | list[str]]) -> str:
    """The file's text with `values` set in `[table]`: an existing line (or a commented-out one) is
    replaced in place, a missing key goes under the table's header; comments and order are kept."""
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]\s*(#.*)?$")
    start = next((i for i, line in enumerate(lines) if header.match(line)), None)
    if start is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines.append(f"[{table}]")
        start = len(lines) - 1
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"^\s*\[", lines[i])), len(lines))
    for key, value in values.items():
        new = f"{key} = {toml_value(value)}"
        live = re.compile(rf"^\s*{re.escape(key)}\s*=")
        commented = re.compile(rf"^\s*#\s*{re.escape(key)}\s*=")
        at = next((i for i in range(start + 1, end) if live.match(lines[i])), None)
        if at is not None:
            stop = at
            if "[" in lines[at] and "]" not in lines[at].split("#", 1)[0]:  # a list over several lines
                while stop + 1 < end and "]" not in lines[stop]:
                    stop += 1
            lines[at : stop + 1] = [new]
            end -= stop - at
            continue
        at = next((i for i in range(start + 1, end) if commented.match(lines[i])), None)
        if at is not None:
            lines[at] = new
            continue
        lines.insert(start + 1, new)
        end += 1
    return "\n".join(lines) + "\n"


def update_config(path: Path, changes: dict[str, dict[str, str | bool | int | list[str]]]) -> Config:
    """Write `changes` ({table: {key: value}}) into config.toml, keeping the user's comments. The new
    text is validated first and replaces the file in one step: never a half-written config."""
    text = path.read_text(encoding="utf-8") if path.exists() else DEFAULT_CONFIG
    for table, values in changes.items():
        text = set_keys(text, table, values)
    cfg = parse_config(tomllib.loads(text), str(path), home=path.parent)
    write_private(path, text, suffix=".toml")
    return cfg


def load_config(path: Path) -> Config:
    """HOME/config.toml, validated. A relative source path is relative to HOME (the folder of the
    file), never to the folder a command happens to run in: cron runs elsewhere."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not a text file (UTF-8)") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or type(exc).__name__})") from exc
    return parse_config(data, str(path), home=path.parent)


# Every key the file may hold, with the type it must have: an unknown key is an error, not a silent default.
SCHEMA: dict[str, dict[str, type]] = {
    "user": {"name": str, "me": list, "timezone": str},
    "cadence": {name: type(value) for name, value in vars(Cadence()).items()},
    "drafts": {"missing_recipient": str, "name_other_company": bool},
    "source": {"kind": str, "path": str},
    "gmail": {"backfill_days": int, "api_endpoint": str, "credentials": str},
}
TYPE_NAMES = {str: "a string in quotes", int: "a whole number", bool: "true or false", list: "a list [...]"}


def _nearest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    return f"; did you mean `{close[0]}`?" if close else f"; known: {', '.join(known)}"


def check_keys(data: dict[str, Any], where: str) -> None:
    """Unknown tables and keys are errors naming the nearest known one: a typo must not pass as a default."""
    for table, value in data.items():
        if table not in SCHEMA:
            raise ConfigError(f"{where}: unknown table [{table}]{_nearest(table, list(SCHEMA))}")
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: [{table}] must be a table")
        for key, item in value.items():
            known = SCHEMA[table]
            if key not in known:
                raise ConfigError(f"{where}: unknown key {table}.{key}{_nearest(key, list(known))}")
            kind = known[key]
            if (kind is int and isinstance(item, bool)) or not isinstance(item, kind):
                raise ConfigError(f"{where}: {table}.{key} must be {TYPE_NAMES[kind]}, not {item!r}")


def parse_config(data: dict[str, Any], where: str = "config", home: Path | None = None) -> Config:
    check_keys(data, where)
    cfg = Config()
    user = data.get("user", {})
    cfg.name = user.get("name", cfg.name)
    me = user.get("me", [])
    if not all(isinstance(a, str) and "@" in a for a in me):
        raise ConfigError(f"{where}: user.me must be a list of email addresses in quotes")
    cfg.me = [a.strip().lower() for a in me]
    cfg.timezone = user.get("timezone", cfg.timezone)
    try:
        ZoneInfo(cfg.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"{where}: user.timezone = {cfg.timezone!r} is not an IANA zone (e.g. 'America/New_York')"
        ) from exc

    cadence = data.get("cadence", {})
    for name, value in cadence.items():
        if not isinstance(value, bool) and value < 0:
            raise ConfigError(f"{where}: cadence.{name} must be 0 or more, not {value}")
        setattr(cfg.cadence, name, value)

    drafts = data.get("drafts", {})
    cfg.missing_recipient = drafts.get("missing_recipient", cfg.missing_recipient)
    if cfg.missing_recipient not in ("empty", "wait"):
        raise ConfigError(f"{where}: drafts.missing_recipient must be 'empty' or 'wait'")
    cfg.name_other_company = drafts.get("name_other_company", False)

    source = data.get("source", {})
    cfg.source_kind = source.get("kind", cfg.source_kind)
    if cfg.source_kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: source.kind must be one of {', '.join(SOURCE_KINDS)}")
    cfg.source_path = source.get("path", "")
    if cfg.source_kind != "gmail" and not cfg.source_path:
        raise ConfigError(f"{where}: source.kind = {cfg.source_kind!r} needs source.path (the {cfg.source_kind}'s location)")
    if cfg.source_path:
        path = Path(cfg.source_path).expanduser()
        if not path.is_absolute() and home is not None:
            path = home / path
        cfg.source_path = str(path)

    gmail = data.get("gmail", {})
    cfg.backfill_days = gmail.get("backfill_days", cfg.backfill_days)
    if cfg.backfill_days < 1:
        raise ConfigError(f"{where}: gmail.backfill_days must be 1 or more")
    cfg.api_endpoint = gmail.get("api_endpoint", "")
    cfg.credentials = gmail.get("credentials", cfg.credentials)
    return cfg
