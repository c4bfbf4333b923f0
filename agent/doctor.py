"""`followup doctor`: each check is a function that returns what it found; the CLI prints them.

A check never raises: whatever goes wrong becomes a FAIL or WARN line with what to do about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.config import Config, ConfigError, Paths, load_config


@dataclass(frozen=True)
class Check:
    status: str  # "OK" | "WARN" | "FAIL"
    what: str
    hint: str = ""


def config_check(paths: Paths) -> tuple[Config, list[Check]]:
    try:
        cfg = load_config(paths.config)
    except ConfigError as exc:
        return Config(), [Check("FAIL", f"config: {exc}", "fix the key named above")]
    return cfg, [Check("OK", f"config {paths.config}")]


def clock_check(cfg: Config, now: datetime) -> list[Check]:
    return [Check("OK", f"time zone {cfg.timezone}, now {now.astimezone(cfg.tz):%Y-%m-%d %H:%M %Z}")]


def keyring_check(paths: Paths) -> list[Check]:
    from agent.auth import TokenStore, keyring_usable

    ok, backend = keyring_usable()
    if ok:
        return [Check("OK", f"keyring backend {backend}")]
    return [Check("WARN", f"no OS keyring ({backend}); the token is kept in {TokenStore(paths.home).file} with mode 0600",
                  "fine on a server; on a desktop install a keyring (e.g. gnome-keyring, KWallet)")]


def gmail_checks(cfg: Config, paths: Paths) -> list[Check]:
    from agent.auth import AuthNeeded, TokenStore, refresh_check

    out: list[Check] = []
    tokens = TokenStore(paths.home)
    cred = paths.home / cfg.credentials
    if cred.is_file():
        out.append(Check("OK", f"OAuth client file {cred}"))
    else:
        out.append(Check("WARN", f"no OAuth client file at {cred}", "needed only to run `followup auth`"))
    info = tokens.load()
    if not info:
        out.append(Check("FAIL", "no Gmail token",
                         "run `followup auth`; or read a local copy of your mail instead, without Google: "
                         "`followup run --source mbox:PATH` (a Takeout export) or `--source maildir:PATH`"))
        return out
    out.append(Check("OK", f"Gmail token for {info.get('account') or 'unknown account'} in {tokens.where()}"))
    if tokens.file.exists() and (tokens.file.stat().st_mode & 0o077):
        out.append(Check("FAIL", f"{tokens.file} is readable by others", f"chmod 600 {tokens.file}"))
    try:
        refresh_check(info)
        out.append(Check("OK", "token refreshes"))
    except AuthNeeded as exc:
        out.append(Check("FAIL", str(exc),
                         "run `followup auth` again; publish the OAuth app 'In production' so tokens don't expire weekly"))
    except Exception as exc:
        out.append(Check("WARN", f"could not reach the token endpoint ({type(exc).__name__})", "check the network"))
    return out


def source_checks(cfg: Config, paths: Paths) -> list[Check]:
    """The source `followup run` will really read (the config's, with its path resolved from HOME)."""
    from agent.mailbox import MailboxUnavailable, SourceError, check, source_spec

    if cfg.source_kind == "gmail":
        return gmail_checks(cfg, paths)
    spec = source_spec(cfg)
    try:
        check(cfg, spec)
    except (SourceError, MailboxUnavailable) as exc:
        return [Check("FAIL", f"source {spec}: {exc}", f"fix source.path in {paths.config}")]
    return [Check("OK", f"source {spec}")]


def database_checks(paths: Paths, now: datetime) -> list[Check]:
    from agent.store import Store

    out: list[Check] = []
    try:
        store = Store(paths.database)
        try:
            integrity = store.integrity()
            version = store.version()
            last = store.last_ok_run()
            held = store.quarantined()
        finally:
            store.close()
    except Exception as exc:
        return [Check("FAIL", f"database {paths.database}: {type(exc).__name__}: {exc}", "see the log")]
    if integrity == "ok":
        out.append(Check("OK", f"database {paths.database} (schema {version})"))
    else:
        out.append(Check("FAIL", f"database {paths.database}: {integrity}",
                         "restore it from a backup or remove it to start over"))
    if last is None:
        out.append(Check("WARN", "no successful run yet", "run `followup run`"))
    else:
        age = max(now - last, timedelta(0))  # a run under a pinned clock finishes a moment after `now`
        status = "OK" if age.total_seconds() < 2 * 86400 else "WARN"
        out.append(Check(status, f"last successful run {last.isoformat(timespec='minutes')} ({age.days} day(s) ago)",
                         "" if status == "OK" else "is cron running `followup run`?"))
    if held:
        kinds = ", ".join(f"{sum(q['kind'] == k for q in held)} {k}(s)" for k in sorted({q["kind"] for q in held}))
        out.append(Check("WARN", f"quarantined: {kinds}; runs go on without them",
                         "`followup status` lists them; `followup forget APP` clears an application"))
    else:
        out.append(Check("OK", "nothing quarantined"))
    return out


def run_checks(paths: Paths, now: datetime) -> list[Check]:
    """Every check, in the order a person fixes things: config, clock, keyring, source, database."""
    cfg, out = config_check(paths)
    out += clock_check(cfg, now)
    out += keyring_check(paths)
    out += source_checks(cfg, paths)
    out += database_checks(paths, now)
    return out


def render(checks: list[Check]) -> str:
    return "\n".join(f"{c.status:4}  {c.what}" + (f"\n      -> {c.hint}" if c.hint else "") for c in checks)
