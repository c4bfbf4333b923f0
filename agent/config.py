"""Configuration: HOME layout, config.toml with commented defaults, and validation.

Every cadence number lives here, so the rules in tracker.py read them instead of constants.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

DEFAULT_CONFIG = """\
# followup configuration. Every key is optional; the values shown are the defaults.

[user]
# Signs the drafts.
name = ""
# Your own addresses: mail from these counts as yours (Gmail fills this in from the profile).
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
# "gmail", "mbox" or "maildir"; for the last two, path = "..."
kind = "gmail"
path = ""

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


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse_config(data, str(path))


def parse_config(data: dict, where: str = "config") -> Config:
    cfg = Config()
    user = _table(data, "user", where)
    cfg.name = _get(user, "user.name", str, cfg.name, where)
    me = _get(user, "user.me", list, [], where)
    if not all(isinstance(a, str) and "@" in a for a in me):
        raise ConfigError(f"{where}: user.me must be a list of email addresses")
    cfg.me = [a.lower() for a in me]
    cfg.timezone = _get(user, "user.timezone", str, cfg.timezone, where)
    try:
        ZoneInfo(cfg.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"{where}: user.timezone = {cfg.timezone!r} is not an IANA zone (e.g. 'America/New_York')"
        ) from exc

    cadence = _table(data, "cadence", where)
    for name, default in vars(Cadence()).items():
        kind = bool if isinstance(default, bool) else int
        value = _get(cadence, f"cadence.{name}", kind, default, where)
        if kind is int and value < 0:
            raise ConfigError(f"{where}: cadence.{name} must be 0 or more, not {value}")
        setattr(cfg.cadence, name, value)

    drafts = _table(data, "drafts", where)
    cfg.missing_recipient = _get(drafts, "drafts.missing_recipient", str, cfg.missing_recipient, where)
    if cfg.missing_recipient not in ("empty", "wait"):
        raise ConfigError(f"{where}: drafts.missing_recipient must be 'empty' or 'wait'")
    cfg.name_other_company = _get(drafts, "drafts.name_other_company", bool, False, where)

    source = _table(data, "source", where)
    cfg.source_kind = _get(source, "source.kind", str, cfg.source_kind, where)
    if cfg.source_kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: source.kind must be one of {', '.join(SOURCE_KINDS)}")
    cfg.source_path = _get(source, "source.path", str, "", where)

    gmail = _table(data, "gmail", where)
    cfg.backfill_days = _get(gmail, "gmail.backfill_days", int, cfg.backfill_days, where)
    if cfg.backfill_days < 1:
        raise ConfigError(f"{where}: gmail.backfill_days must be 1 or more")
    cfg.api_endpoint = _get(gmail, "gmail.api_endpoint", str, "", where)
    cfg.credentials = _get(gmail, "gmail.credentials", str, cfg.credentials, where)
    return cfg


def _table(data: dict, name: str, where: str) -> dict:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{name}] must be a table")
    return value


def _get(table: dict, key: str, kind: type, default, where: str):
    value = table.get(key.split(".", 1)[1], default)
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise ConfigError(f"{where}: {key} must be {kind.__name__}, not {value!r}")
    return value
