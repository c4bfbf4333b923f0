"""The `followup` command. Thin: it parses options, calls the pipeline or a module, and prints.

Exit codes (cron mails what it prints; scripts read the code):
  0 success   1 unexpected failure   2 usage or config error   3 authorisation needed
  4 mailbox unavailable
"""

from __future__ import annotations

import errno
import json
import logging
import logging.handlers
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import IO, Any, NoReturn

import click

# Google's client libraries, the OAuth helpers, the MIME parser and the classifier are imported
# where a command needs them: `status`, `drafts` and a local `run` start without them (cron and
# the timeline checker call the command hundreds of times).
from agent import __version__
from agent import mailbox as mailboxes
from agent.config import Config, ConfigError, Paths, default_home, ensure_home, load_config, read_table, update_config
from agent.doctor import render as render_checks
from agent.doctor import run_checks
from agent.drafts import PLACEHOLDERS, STEP_TEMPLATES, TemplateError, facts, load_template, missing, render
from agent.lock import run_lock
from agent.mailbox import ADDRESS_KEY, CURSOR_KEY, LABELS_KEY, AuthNeeded, Mailbox, MailboxUnavailable, SourceError
from agent.models import KINDS, Application, DraftRecord, Email, Message, Override
from agent.pipeline import run as run_pipeline
from agent.pipeline import status as app_status
from agent.pipeline import user_known
from agent.private import harden, private_umask
from agent.progress import progress_for
from agent.report import render_report
from agent.sanitize import terminal
from agent.store import Store
from agent.tracker import rekeyed, threads_by_app

EXIT_FAILURE, EXIT_USAGE, EXIT_AUTH, EXIT_MAILBOX = 1, 2, 3, 4
DEMO_NOW = "2026-03-12T10:00:00-04:00"


class Context:
    def __init__(self, home: Path, now: datetime | None):
        self.home = home
        self._now = now

    @property
    def now(self) -> datetime:
        return self._now or datetime.now(UTC)

    def setup(self) -> tuple[Paths, Config]:
        paths = self.paths()
        try:
            cfg = load_config(paths.config)
        except ConfigError as exc:
            fail(str(exc), EXIT_USAGE)
        _logging(paths)
        return paths, cfg

    def paths(self) -> Paths:
        """HOME, created with its commented config.toml on first use, private to the user (0700/0600)."""
        try:
            private_umask()
            paths = ensure_home(self.home)
            harden(paths.home)
            return paths
        except OSError as exc:
            fail(_home_problem(self.home, exc), EXIT_USAGE)


def _home_problem(home: Path, exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return (f"cannot write to {home} ({reason}): give followup a folder it can write with --home DIR "
            "or FOLLOWUP_HOME")


def _home_here(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value is not None and isinstance(ctx.obj, Context):
        ctx.obj.home = value


class FollowupGroup(click.Group):
    """Every command also takes `--home` after its name (`followup classify --home DIR mail.eml`
    means what `followup --home DIR classify mail.eml` does). And the failures a user can cause
    anywhere (a folder it may not write, a database that is not one) become one line and exit
    code 2, instead of a traceback."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.params.append(click.Option(
            ["--home"], type=click.Path(file_okay=False, path_type=Path), expose_value=False, callback=_home_here,
            help="Same as `followup --home DIR` before the command."))
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as exc:
            if exc.filename is None and exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC):
                raise
            what = exc.filename or (ctx.obj.home if isinstance(ctx.obj, Context) else "a file")
            fail(f"cannot use {what} ({exc.strerror or type(exc).__name__}): check that the path exists and "
                 "that you may write there, or choose another HOME with --home", EXIT_USAGE)
        except sqlite3.DatabaseError as exc:
            home = ctx.obj.home if isinstance(ctx.obj, Context) else Path(".")
            text = str(exc)
            if "readonly" in text or "unable to open" in text:
                fail(_home_problem(home, OSError(errno.EACCES, "read-only or not writable")), EXIT_USAGE)
            fail(f"{Paths(home).database} is not a usable followup database ({text}): move it away to start "
                 "over (the next run reads your mail again)", EXIT_USAGE)


class Failure(click.ClickException):
    """One clear line on stderr and a documented exit code (cron mails the line)."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.exit_code = code  # type: ignore[misc]  # click declares it on the class; ours varies

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"followup: {self.message}", err=True)


def fail(message: str, code: int = EXIT_FAILURE) -> NoReturn:
    raise Failure(message, code)


def _logging(paths: Paths) -> None:
    """Rotating logs in HOME/logs. Ids and counts only: message text never reaches a log."""
    logger = logging.getLogger("followup")
    target = str(paths.logs / "followup.log")
    for old in list(logger.handlers):
        if getattr(old, "baseFilename", None) == target:
            return
        logger.removeHandler(old)
        old.close()
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def log_failure(what: str, exc: BaseException | None) -> None:
    """The exception's type and where it happened, not its message: a message could quote mail text."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__) if exc is not None else []
    where = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames)
    logging.getLogger("followup").error("%s: %s\n%s", what, type(exc).__name__ if exc else "?", where)


def _parse_now(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date-time (e.g. 2026-03-12T10:00:00-05:00)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@click.group(cls=FollowupGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", type=click.Path(file_okay=False, path_type=Path), envvar="FOLLOWUP_HOME",
              help="Where config, database, drafts and logs live. [env: FOLLOWUP_HOME]")
@click.option("--now", "now_text", envvar="FOLLOWUP_NOW", metavar="ISO8601",
              help="Pin the clock (tests, demos). [env: FOLLOWUP_NOW]")
@click.version_option(__version__, prog_name="followup")
@click.pass_context
def cli(ctx: click.Context, home: Path | None, now_text: str | None) -> None:
    """Leaves follow-up drafts after job interviews in your mailbox. Never sends mail."""
    ctx.obj = Context(home or default_home(), _parse_now(now_text))


def _open_source(spec: str | None, cfg: Config, paths: Paths, store: Store) -> Mailbox:
    state = {k: store.get_meta(k) for k in (CURSOR_KEY, LABELS_KEY, ADDRESS_KEY)}
    try:
        return mailboxes.open(cfg, paths, spec=spec, state=state, progress=progress_for(sys.stderr))
    except SourceError as exc:
        fail(str(exc), EXIT_USAGE)


def _check_source(spec: str | None, cfg: Config) -> None:
    """A wrong source is refused before anything is written for it."""
    try:
        mailboxes.check(cfg, spec)
    except SourceError as exc:
        fail(str(exc), EXIT_USAGE)
    except MailboxUnavailable as exc:
        fail(str(exc), EXIT_MAILBOX)


def _remember_source(spec: str, paths: Paths) -> str | None:
    """The first `run --source` writes its source into config.toml (an absolute path), so that the
    cron line `followup run` reads the same mail. A source the user configured is never overwritten,
    nor a Gmail source that is authorised."""
    kind, path = mailboxes.parse_spec(spec)
    if path is None:
        return None  # gmail is the default already
    written = read_table(paths.config, "source")
    if written.get("kind") in ("mbox", "maildir") and written.get("path"):
        return None
    if written.get("kind") == "gmail":
        from agent.auth import TokenStore  # Google's OAuth library: loaded only when it matters

        if TokenStore(paths.home).load():
            return None
    values: dict[str, str | bool | int | list[str]] = {"kind": kind}
    if path is not None:
        values["path"] = str(path.resolve())
    update_config(paths.config, {"source": values})
    return kind if path is None else f"{kind}:{values['path']}"


@cli.command()
@click.option("--source", metavar="gmail|mbox:PATH|maildir:PATH", help="Where to read mail (default: config).")
@click.option("--dry-run", is_flag=True, help="Show the drafts that are due without making them.")
@click.option("--verbose", "-v", is_flag=True, help="Also print the Gmail API calls and quota units spent.")
@click.pass_obj
def run(obj: Context, source: str | None, dry_run: bool, verbose: bool) -> None:
    """One pass: sync, classify, update stages, create due drafts. Quiet unless drafts were made."""
    paths, cfg = obj.setup()
    with run_lock(paths.home) as held:
        if not held:
            click.echo("followup: another run is in progress; this one stops here")
            return
        one_pass(obj, paths, cfg, source, dry_run, verbose)
    if source and not dry_run:
        remembered = _remember_source(source, paths)
        if remembered and sys.stderr.isatty():  # a person is watching; a run stays quiet otherwise
            click.echo(f"followup: {paths.config} now reads mail from {remembered}; `followup run` alone does the same",
                       err=True)


def one_pass(obj: Context, paths: Paths, cfg: Config, source: str | None, dry_run: bool = False,
             verbose: bool = False) -> None:
    _check_source(source, cfg)
    store = Store(paths.database)
    try:
        box = _open_source(source, cfg, paths, store)
        result = run_pipeline(store, box, cfg, paths, obj.now, dry_run=dry_run)
    except Failure:
        raise
    except TemplateError as exc:
        fail(str(exc), EXIT_USAGE)
    except AuthNeeded as exc:
        fail(str(exc), EXIT_AUTH)
    except MailboxUnavailable as exc:
        fail(str(exc), EXIT_MAILBOX)
    except Exception as exc:
        log_failure("run failed", exc)
        fail(f"run failed: {type(exc).__name__}: {exc}", EXIT_FAILURE)
    finally:
        store.close()
    quota = box.usage()
    if verbose and quota is not None:
        detail = ", ".join(f"{k} {v}" for k, v in sorted(quota.by_method.items()))
        click.echo(f"followup: Gmail API {quota.calls} call(s), {quota.units} quota units ({detail or 'none'})")
    if result.drafts:
        verb = "would make" if dry_run else "made"
        click.echo(f"followup: {verb} {len(result.drafts)} draft(s); review them in {box.drafts_where}")
        for d in result.drafts:
            link = box.review_link(d)
            where = f" — {link}" if link else ""
            click.echo(terminal(f"  {d.company}: {d.step.replace('_', '-')} to "
                                f"{', '.join(d.to) or '(add the recipient)'}{where}"))
    for r in result.obsoleted:
        why = "you did this step or it has passed" if r.fate == "superseded" else "they wrote first"
        click.echo(terminal(f"followup: removed an unedited {r.step.replace('_', '-')} draft for {r.company}: {why}"))
    if result.needs_me:
        click.echo("followup: drafts are due, but none is made until followup knows your address: run `followup setup`")
    if result.skipped:
        click.echo(f"followup: skipped {result.skipped} unreadable message(s); see {paths.logs}", err=True)
    held_apps = [q for q in result.quarantined if q[0] != "message"]
    if held_apps:
        click.echo(f"followup: set aside {len(held_apps)} application(s) this run (see `followup status`); "
                   "the others went on", err=True)


def _fmt_time(moment: datetime | None, cfg: Config) -> str:
    """A moment as a person reads it: the user's local time, with its offset from UTC."""
    if moment is None:
        return "-"
    local = moment.astimezone(cfg.tz)
    return f"{local:%Y-%m-%d %H:%M} {local.isoformat()[-6:]}"


def _local_iso(value: str | datetime | None, cfg: Config) -> str | None:
    """An ISO 8601 time in the user's zone with its offset (the same instant, read locally)."""
    if value is None or value == "":
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.astimezone(cfg.tz).isoformat() if moment.tzinfo else moment.isoformat()


def _localised(d: dict[str, Any], cfg: Config, keys: tuple[str, ...]) -> dict[str, Any]:
    for key in keys:
        if key in d:
            d[key] = _local_iso(d[key], cfg)
    return d


STAGE_STYLE = {"check_in_due": "red", "interviewed": "magenta", "scheduling": "yellow", "on_hold": "yellow",
               "scheduled": "blue", "in_conversation": "green", "offer": "green", "gone_quiet": "bright_black",
               "rejected": "bright_black", "withdrawn": "bright_black"}


def _table(rows: list[list[str]], headers: list[str], styled: bool | None = None) -> str:
    """Aligned columns; on a terminal the header is bold and stages are coloured, piped it is plain text."""
    styled = sys.stdout.isatty() if styled is None else styled
    rows = [[terminal(c) for c in row] for row in rows]  # mail text never drives the terminal
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    head = "  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    lines = [click.style(head, bold=True) if styled else head]
    for row in rows:
        cells = []
        for header, c, w in zip(headers, row, widths, strict=True):
            cell = str(c).ljust(w)
            if styled and header == "stage" and str(c) in STAGE_STYLE:
                cell = click.style(cell, fg=STAGE_STYLE[str(c)])
            cells.append(cell)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _standing(obj: Context) -> tuple[Paths, Config, list[Application], dict[str, str], list[DraftRecord]]:
    """Applications as they stand at `now`, the planner's notes and the drafts made: what the
    read-only commands show. Touches no mailbox."""
    paths, cfg = obj.setup()
    store = Store(paths.database)
    try:
        apps, notes = app_status(store, cfg, paths, obj.now)
        records = store.drafts()
    except TemplateError as exc:
        fail(str(exc), EXIT_USAGE)
    finally:
        store.close()
    return paths, cfg, apps, notes, records


def _user_known(paths: Paths, cfg: Config) -> bool:
    store = Store(paths.database)
    try:
        return user_known(store, cfg)
    finally:
        store.close()


CLOSED = ("rejected", "withdrawn", "gone_quiet")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--all", "show_all", is_flag=True, help="Include closed applications (rejected, withdrawn, gone quiet).")
@click.pass_obj
def status(obj: Context, as_json: bool, show_all: bool) -> None:
    """One row per application: stage, last contact, next action and its date."""
    paths, cfg, apps, notes, _ = _standing(obj)
    known = _user_known(paths, cfg)
    if not show_all and not as_json:
        apps = [a for a in apps if a.stage not in CLOSED]
    if as_json:
        out = []
        for a in apps:
            d = _localised(a.to_json(), cfg, ("last_contact_at", "next_action_at", "interview_start"))
            d["note"] = notes.get(a.id, a.note)
            out.append(d)
        click.echo(json.dumps(out, indent=2))
        return
    if not known:
        click.echo("No drafts are made until followup knows your address: run `followup setup`.\n")
    click.echo(render_status(apps, notes, cfg))
    look = needs_a_look(paths, cfg)
    if look:
        click.echo(look)
    held = _quarantined(paths)
    if held:
        click.echo(f"\nSet aside ({len(held)}): one bad item never stops a run; `followup forget APP` clears one")
        for q in held:
            click.echo(f"  {q['kind']} {terminal(q['item'])}: {q['error']} ({q['at'][:16]})")


def _quarantined(paths: Paths) -> list[dict[str, str]]:
    store = Store(paths.database)
    try:
        return store.quarantined()
    finally:
        store.close()


def render_status(apps: list[Application], notes: dict[str, str], cfg: Config) -> str:
    if not apps:
        return "No applications found yet."
    rows = [
        [a.company, a.role or "-", a.stage, _fmt_time(a.last_contact_at, cfg),
         (a.next_action or "-").replace("_", "-"), _fmt_time(a.next_action_at, cfg), notes.get(a.id, a.note)]
        for a in apps
    ]  # fmt: skip
    return _table(rows, ["company", "role", "stage", "last contact", "next", "when", "note"])


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_obj
def drafts(obj: Context, as_json: bool) -> None:
    """Drafts the agent made, and what became of each."""
    paths, cfg = obj.setup()
    store = Store(paths.database)
    try:
        records = store.drafts()
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps([_localised(r.to_json(), cfg, ("created_at",)) for r in records], indent=2))
        return
    click.echo(render_drafts(records, cfg))


def _when_sent(email: Email) -> tuple[bool, float]:
    """Oldest first; a message without a date after the rest."""
    return (email.date is None, email.date.timestamp() if email.date else 0.0)


def render_drafts(records: list[DraftRecord], cfg: Config) -> str:
    if not records:
        return "No drafts made yet."
    rows = [[r.id, r.company, r.step.replace("_", "-"), ", ".join(r.to) or "(add the recipient)", r.subject,
             _fmt_time(r.created_at, cfg), r.fate] for r in records]
    return _table(rows, ["id", "company", "step", "to", "subject", "made", "fate"])


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON list, an object per file in the order given.")
@click.option("--alone", is_flag=True, help="Read each file by itself, as if the others were not in the mailbox.")
@click.pass_obj
def classify(obj: Context, files: tuple[Path, ...], as_json: bool, alone: bool) -> None:
    """What the agent reads in .eml messages. Several files are read as one mailbox, the way a run reads one: oldest
    first, a reply in the light of the thread it answers and of what its sender wrote before."""
    paths, cfg = obj.setup()
    results = []
    from agent.mailbox.local import thread_ids
    from agent.pipeline import parse, read_together, reader

    learned = []
    if paths.database.exists():  # the rules your corrections taught read these files too
        store = Store(paths.database)
        try:
            learned = store.learned_rules()
        finally:
            store.close()
    read = reader(cfg, obj.now, learned)
    raws = [f.read_bytes() for f in files]
    emails = [parse(raw, thread_id=thread, me=set(cfg.me), names=(cfg.name,))
              for raw, thread in zip(raws, thread_ids(raws), strict=True)]
    if alone:
        digests = [read(email, frozenset()) for email in emails]
    else:
        order = sorted(range(len(emails)), key=lambda i: _when_sent(emails[i]))
        by_file = dict(zip(order, read_together([emails[i] for i in order], read), strict=True))
        digests = [by_file[i] for i in range(len(emails))]
    for f, email, digest in zip(files, emails, digests, strict=True):
        sig = digest.signal
        d: dict[str, Any] = {"file": str(f)}
        d.update({k: v for k, v in sig.to_json().items() if k in (
            "kind", "confidence", "reasons", "company", "role", "interview_start", "interview_end", "people",
            "needs_look", "guess")})
        _localised(d, cfg, ("interview_start", "interview_end"))
        d["people"] = [{"name": p["name"], "address": p["address"] or None, "role": p["role"]} for p in d["people"]
                       if not (p["address"] and p["address"].lower() in cfg.me)]  # the user is not a contact
        d["from_me"] = email.from_me
        if email.warnings:
            d["warnings"] = email.warnings
        results.append(d)
    if as_json:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
        return
    for d in results:
        unsure = f"; needs a look: reads like {d['guess']}" if d.get("needs_look") else ""
        mine = ", written by you" if d["from_me"] else ""
        click.echo(terminal(f"{d['file']}: {d['kind']} ({d['confidence']:.2f}){mine}{unsure}"))
        for reason in d["reasons"]:
            click.echo(terminal(f"  - {reason}"))
        for key in ("company", "role", "interview_start", "interview_end"):
            if d.get(key):
                click.echo(terminal(f"  {key}: {d[key]}"))


@cli.command()
@click.argument("app_id", metavar="APP")
@click.pass_obj
def explain(obj: Context, app_id: str) -> None:
    """The evidence behind an application's stage: messages, signals and the rule applied."""
    paths, cfg, apps, notes, _ = _standing(obj)
    app = _find_app(apps, app_id)
    def echo(text: str) -> None:
        click.echo(terminal(text))  # mail text never drives the terminal
    echo(f"{app.company} — {app.role or 'role not named'} [{app.id}]")
    echo(f"stage: {app.stage} (round {app.round}); {notes.get(app.id, app.note)}")
    echo("messages:")
    for m in app.messages:
        who = "you" if m.from_me else (m.sender.display() if m.sender else "?")
        echo(f"  {_fmt_time(m.date, cfg)}  {who}: {m.subject!r} -> {'sent by you' if m.from_me else m.signal.kind}")
        if not m.from_me:
            for reason in m.signal.reasons:
                echo(f"      because it {reason}")
    echo("how the stage was reached:")
    for line in app.evidence:
        echo(f"  {line}")
    rules = rules_for_messages(paths, app.messages)
    if rules:
        echo("learned from your corrections (`followup forget-rule N` removes one):")
        for line in rules:
            echo(f"  {line}")


def _find_app(apps: list[Application], key: str) -> Application:
    exact = [a for a in apps if a.id == key]
    if exact:
        return exact[0]
    loose = [a for a in apps if key.lower() in a.id or key.lower() in a.company.lower()]
    if len(loose) == 1:
        return loose[0]
    if not loose:
        fail(f"no application matches {key!r}; see `followup status --all`", EXIT_USAGE)
    fail(f"{key!r} matches several applications: {', '.join(a.id for a in loose)}", EXIT_USAGE)


@cli.command(name="set")
@click.argument("app_id", metavar="APP")
@click.option("--stage", type=click.Choice(["withdrawn", "rejected", "auto"]), help="Close it, or 'auto' to undo.")
@click.option("--channel", metavar="email|phone|portal|person:ADDR", help="How they asked to be followed up.")
@click.option("--pause/--resume", default=None, help="Stop or restart drafts for this application.")
@click.option("--offer-deadline", metavar="DATE", help="The offer's decision deadline (ISO 8601).")
@click.option("--kind", type=click.Choice(list(KINDS)),
              help="With a message id from 'needs a look': what that message is (learned for mail like it).")
@click.pass_obj
def set_(obj: Context, app_id: str, stage: str | None, channel: str | None, pause: bool | None,
         offer_deadline: str | None, kind: str | None = None) -> None:
    """Correct the agent for one application (or, with --kind, one message)."""
    paths, cfg = obj.setup()
    if kind:
        settle_message(paths, obj.now, app_id, kind)
        return
    if channel and not (channel in ("email", "phone", "portal") or (channel.startswith("person:") and "@" in channel)):
        fail("--channel must be email, phone, portal or person:ADDRESS", EXIT_USAGE)
    store = Store(paths.database)
    try:
        apps, _ = app_status(store, cfg, paths, obj.now)
        app = _find_app(apps, app_id)
        overrides = store.overrides()
        threads_of = threads_by_app(apps)
        moves = rekeyed(overrides, threads_of)  # its id may be new
        held = {moves.get(k, k): v for k, v in overrides.items()}
        o = replace(held.get(app.id, Override()), threads=threads_of[app.id])
        if stage:
            o.stage = None if stage == "auto" else stage
        if channel:
            o.channel = None if channel == "email" else channel
        if pause is not None:
            o.paused = pause
        if offer_deadline:
            moment = _parse_now(offer_deadline)
            assert moment is not None  # offer_deadline is not empty
            # a bare date means the end of that day where the user lives
            o.offer_deadline = moment.replace(hour=23, minute=59, tzinfo=cfg.tz) if "T" not in offer_deadline else moment
        with store.transaction():
            for old_id in [k for k, v in moves.items() if v == app.id]:
                store.move_override(old_id, app.id, o.threads)
            store.set_override(app.id, o)
        from agent.corrections import learn_from_stage

        learned = learn_from_stage(store, app, stage, obj.now) if stage else None
    finally:
        store.close()
    click.echo(f"{app.id}: saved" + (f"; {learned.removeprefix('saved; ')}" if learned else ""))


@cli.command()
@click.argument("app_id", metavar="[APP]", required=False)
@click.option("--step", type=click.Choice(list(STEP_TEMPLATES)), help="Only this template.")
@click.pass_obj
def templates(obj: Context, app_id: str | None, step: str | None) -> None:
    """List the draft templates (yours in HOME/templates override the built-in ones); with APP, print
    each rendered for that application."""
    paths, cfg = obj.setup()
    steps = [step] if step else list(STEP_TEMPLATES)
    if not app_id:
        for name in steps:
            own = paths.templates / f"{name}.txt"
            click.echo(f"{name:15} {own if own.is_file() else 'built-in (copy to ' + str(own) + ' to change it)'}")
        click.echo(f"placeholders: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}")
        return
    _, _, apps, _, _ = _standing(obj)
    app = _find_app(apps, app_id)
    for name in steps:
        try:
            template = load_template(name, paths.templates)
        except TemplateError as exc:
            fail(str(exc), EXIT_USAGE)
        values = facts(app, name.replace("_final", ""), obj.now, cfg.tz, cfg.name)
        holes = missing(template, values)
        if holes:  # the agent makes no draft with a hole in it; neither does the preview
            click.echo(f"--- {name} for {app.company}: no draft, unknown {', '.join(holes)}\n")
            continue
        click.echo(f"--- {name} for {app.company}\n{render(template, values)}")


@cli.command()
@click.option("--html", "html_file", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the page.")
@click.pass_obj
def report(obj: Context, html_file: Path) -> None:
    """Write one self-contained HTML page: every application as a timeline, stages at a glance."""
    paths, cfg, apps, notes, records = _standing(obj)
    html_file.write_text(render_report(apps, records, notes, cfg.tz, obj.now, cfg.name), encoding="utf-8")
    click.echo(f"followup: wrote {html_file} ({len(apps)} applications)")


@cli.command()
@click.option("--credentials", "credentials_file", type=click.Path(dir_okay=False, path_type=Path),
              help="The Desktop-app OAuth client file (default: gmail.credentials in config, under HOME).")
@click.option("--no-browser", is_flag=True, help="Print the URL instead of opening a browser (headless servers).")
@click.option("--port", type=int, default=8080, show_default=True,
              help="Loopback port for Google's redirect; forward it with `ssh -L PORT:localhost:PORT` when remote.")
@click.option("--import", "import_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Store a token exported with --export on another machine instead of asking for consent.")
@click.option("--export", "export_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the stored token to FILE (mode 0600) to move it to another machine.")
@click.pass_obj
def auth(obj: Context, credentials_file: Path | None, no_browser: bool, port: int, import_file: Path | None,
         export_file: Path | None) -> None:
    """One-time consent: lets followup read mail and make drafts. Prints the account."""
    from agent.auth import ClientFileError, TokenStore, check_client_file, consent, info_from, write_private
    from agent.mailbox.gmail import profile_address

    paths, cfg = obj.setup()
    tokens = TokenStore(paths.home)
    if export_file:
        info = tokens.load()
        if not info:
            fail("no token to export: run `followup auth` first", EXIT_AUTH)
        write_private(export_file, json.dumps(info))
        click.echo(f"Token written to {export_file} (mode 0600). Move it over a safe channel, then delete it.")
        return
    try:
        if import_file:
            data = json.loads(import_file.read_text(encoding="utf-8"))
            info = {k: data.get(k) for k in ("refresh_token", "client_id", "client_secret", "token_uri", "scopes",
                                              "account")}
            if not info["refresh_token"]:
                fail(f"{import_file} holds no refresh_token", EXIT_USAGE)
        else:
            path = credentials_file or (paths.home / cfg.credentials)
            try:
                check_client_file(path)
            except ClientFileError as exc:
                fail(str(exc), EXIT_USAGE)
            info = info_from(consent(path, open_browser=not no_browser, port=port), None)
        account = profile_address(mailboxes.gmail_endpoint(cfg), tokens, info)
        info["account"] = account
        where = tokens.save(info)
    except AuthNeeded as exc:
        fail(str(exc), EXIT_AUTH)
    except MailboxUnavailable as exc:
        fail(str(exc), EXIT_MAILBOX)
    click.echo(f"Authorised as {account}. Token stored in {where}.")
    click.echo("Next: `followup setup`, then `followup run` (the first run reads the last "
               f"{cfg.backfill_days} days), then add it to cron (README, 'Run it unattended').")


@cli.command()
@click.pass_obj
def doctor(obj: Context) -> None:
    """Checks config, credentials, token, keyring backend, database; non-zero exit when one fails."""
    checks = run_checks(obj.paths(), obj.now)
    click.echo(render_checks(checks))
    if any(c.status == "FAIL" for c in checks):
        sys.exit(EXIT_FAILURE)


def parse_every(text: str) -> int:
    """'90s', '30m', '1h', '2h30m' -> seconds."""
    import re

    parts = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text.strip())
    if not parts or not any(parts.groups()):
        raise click.BadParameter(f"{text!r}: use a duration like 30m, 1h or 2h30m")
    h, m, sec = (int(g or 0) for g in parts.groups())
    seconds = h * 3600 + m * 60 + sec
    if seconds < 60:
        raise click.BadParameter("run at most once a minute")
    return seconds


@cli.command()
@click.option("--every", default="1h", show_default=True, help="How often to run (30m, 1h, 2h30m).")
@click.option("--source", metavar="gmail|mbox:PATH|maildir:PATH", help="Where to read mail (default: config).")
@click.pass_obj
def daemon(obj: Context, every: str, source: str | None) -> None:
    """Run again and again, for hosts without cron. Stops cleanly on SIGTERM or Ctrl-C."""
    import signal
    import threading

    import schedule

    seconds = parse_every(every)
    paths, cfg = obj.setup()
    log = logging.getLogger("followup")
    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        log.info("daemon: signal %s, stopping after the current pass", signum)
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)

    def tick() -> None:
        if stop.is_set():
            return
        try:
            with run_lock(paths.home) as held:
                if held:
                    one_pass(obj, paths, cfg, source)
        except Failure as exc:  # logged, and tried again at the next tick: never a dead loop
            log.error("daemon: pass failed (exit %s): %s", exc.exit_code, exc.message)
            click.echo(f"followup: {exc.message}", err=True)
        except Exception:
            log_failure("daemon: pass failed", sys.exc_info()[1])

    # Jitter: each interval is drawn between the period and 10% more, so runs don't pile up on the hour.
    job = schedule.every(seconds).to(seconds + max(1, seconds // 10)).seconds.do(tick)
    click.echo(f"followup daemon: a pass every {every}; stop with Ctrl-C or SIGTERM")
    tick()
    while not stop.is_set():
        schedule.run_pending()
        stop.wait(min(30.0, max(0.2, schedule.idle_seconds() or 1.0)))
    schedule.cancel_job(job)
    click.echo("followup daemon: stopped")


@cli.command()
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the demo's HOME in this folder instead of a temporary one.")
@click.pass_obj
def demo(obj: Context, keep: Path | None) -> None:
    """The whole pipeline on a bundled mailbox at a fixed date; no Google account needed."""
    now = obj._now or datetime.fromisoformat(DEMO_NOW)
    home = keep or Path(tempfile.mkdtemp(prefix="followup-demo-"))
    paths = Context(home, now).paths()
    demo_files = resources.files("agent.demo")
    paths.config.write_text(demo_files.joinpath("config.toml").read_text(encoding="utf-8"), encoding="utf-8")
    mbox = home / "demo.mbox"
    mbox.write_bytes(demo_files.joinpath("mailbox.mbox").read_bytes())
    cfg = load_config(paths.config)
    _logging(paths)
    box = mailboxes.open(cfg, paths)
    store = Store(paths.database)
    try:
        result = run_pipeline(store, box, cfg, paths, now)
        apps, notes = app_status(store, cfg, paths, now)
        records = store.drafts()
    finally:
        store.close()
    local = now.astimezone(cfg.tz)
    click.echo(f"followup demo — the mailbox of {cfg.name}, as of {local:%A %B} {local.day} {local:%Y, %H:%M %Z}\n")
    click.echo(f"Read {result.messages_new} messages; {len(apps)} applications.\n")
    click.echo(render_status(apps, notes, cfg))
    click.echo(f"\nDrafts made ({len(records)}), never sent:\n")
    for r in records:
        click.echo(f"--- {r.company}: {r.step.replace('_', '-')} — To: {', '.join(r.to) or '(add the recipient)'}")
        click.echo(f"Subject: {r.subject}")
        click.echo(box.draft_text(r.location) or "")
    if keep:
        click.echo(f"The demo's files are kept in {home}. It is pinned to the demo's date; look around with\n"
                   f"  followup --home {home} --now {now.isoformat()} status")
    else:
        click.echo("The demo ran in a temporary folder, now removed; `followup demo --keep DIR` keeps its files.")
    click.echo("Next, with your own mail: `followup setup`, then `followup run` (README, 'Your own mail').")
    if not keep:
        shutil.rmtree(home, ignore_errors=True)


# --------------------------------------------------------------------------- corrections that teach


def needs_a_look(paths: Paths, cfg: Config) -> str:
    """The "needs a look" section of `status`: messages read without confidence, which lead to no
    draft until settled with `followup set MESSAGE --kind KIND` (or a followup/... label)."""
    from agent.corrections import needs_look

    store = Store(paths.database)
    try:
        unsure = needs_look(store.messages())
    finally:
        store.close()
    if not unsure:
        return ""
    lines = [f"\nNeeds a look ({len(unsure)}): no draft comes from these until you say what they are"]
    for m in unsure:
        who = m.sender.display() if m.sender else "?"
        lines.append(f"  {m.id}  {_fmt_time(m.date, cfg)}  {who}: {m.subject!r}")
        lines.append(f"      {m.signal.reasons[0] if m.signal.reasons else 'unsure'}")
    lines.append("  settle one: followup set ID --kind KIND (e.g. --kind rejection, --kind not_relevant)")
    return "\n".join(lines)


def settle_message(paths: Paths, now: datetime, key: str, kind: str) -> None:
    from agent.corrections import find_message, settle

    store = Store(paths.database)
    try:
        m = find_message(store.messages(), key)
        if m is None:
            fail(f"no message {key!r}; `followup status` lists the ones that need a look", EXIT_USAGE)
        said = settle(store, m, kind, now)
    finally:
        store.close()
    click.echo(f"{m.id}: {said}")


def rules_for_messages(paths: Paths, messages: list[Message]) -> list[str]:
    from agent.learned import match_message

    store = Store(paths.database)
    try:
        rules = store.learned_rules()
    finally:
        store.close()
    return [r.describe() for r in rules if any(match_message(r, m) for m in messages if not m.from_me)]


@cli.command(name="forget-rule")
@click.argument("rule_id", metavar="[N]", required=False, type=int)
@click.pass_obj
def forget_rule(obj: Context, rule_id: int | None) -> None:
    """Forget a rule learned from a correction; without N, list them."""
    paths, _ = obj.setup()
    store = Store(paths.database)
    try:
        if rule_id is None:
            rules = store.learned_rules()
            click.echo("\n".join(r.describe() for r in rules) if rules else "No learned rules.")
            return
        with store.transaction():
            gone = store.forget_rule(rule_id)
    finally:
        store.close()
    if not gone:
        fail(f"no learned rule {rule_id}; `followup forget-rule` lists them", EXIT_USAGE)
    click.echo(f"rule {rule_id} forgotten: mail like that is read on its own merits again")


@cli.command()
@click.option("--name", help="Your name, as the drafts are signed.")
@click.option("--me", "addresses", multiple=True, metavar="ADDRESS", help="Your address; repeat it for several.")
@click.option("--timezone", metavar="ZONE", help="Your IANA time zone, e.g. Europe/Berlin.")
@click.option("--source", metavar="gmail|mbox:PATH|maildir:PATH", help="Where your mail is (default: config).")
@click.option("--yes", "-y", is_flag=True, help="Take the suggested values without asking.")
@click.pass_obj
def setup(obj: Context, name: str | None, addresses: tuple[str, ...], timezone: str | None, source: str | None,
          yes: bool) -> None:
    """Tell followup who you are and where your mail is: asks your name, addresses and time zone
    (suggesting them from your mailbox and this computer) and writes config.toml."""
    from agent.identity import system_zone

    paths, cfg = obj.setup()
    if source:
        _check_source(source, cfg)
    spec = source or mailboxes.source_spec(cfg)
    guess_name, guess_me = ("", "") if (addresses or cfg.me) else _guess_identity(spec, cfg, paths)

    def ask(question: str, given: str | None, suggestion: str) -> str:
        if given is not None:
            return given
        if yes:
            return suggestion
        try:
            return str(click.prompt(question, default=suggestion or None, show_default=bool(suggestion)))
        except click.Abort:
            fail("setup needs answers it could not ask for here: run it in a terminal, or give --name, --me "
                 "and --timezone (or --yes to take the suggestions)", EXIT_USAGE)

    name = ask("Your name (it signs the drafts)", name, cfg.name or guess_name)
    me_text = ask("Your email address(es), separated by commas", ", ".join(addresses) if addresses else None,
                  ", ".join(cfg.me) or guess_me)
    me = [a.strip().lower() for a in me_text.replace(";", ",").split(",") if a.strip()]
    if not me or not all("@" in a for a in me):
        fail(f"{me_text!r} is not an email address: followup needs yours to tell your mail from theirs", EXIT_USAGE)
    zone = ask("Your time zone", timezone, cfg.timezone if cfg.timezone != "UTC" else system_zone())
    changes: dict[str, dict[str, str | bool | int | list[str]]] = {"user": {"name": name, "me": me, "timezone": zone}}
    if source:
        kind, path = mailboxes.parse_spec(source)
        changes["source"] = {"kind": kind, "path": str(path.resolve()) if path else ""}
    try:
        cfg = update_config(paths.config, changes)
    except ConfigError as exc:
        fail(str(exc), EXIT_USAGE)
    click.echo(f"Saved in {paths.config}: {name or '(no name)'} <{', '.join(cfg.me)}>, {cfg.timezone}, "
               f"mail from {mailboxes.source_spec(cfg)}.")
    click.echo("Next: `followup run` (then add it to cron; README, 'Run it unattended').")


def _guess_identity(spec: str, cfg: Config, paths: Paths) -> tuple[str, str]:
    """(name, address) as the mailbox suggests them; ("", "") when it cannot tell."""
    try:
        return mailboxes.open(cfg, paths, spec=spec).owner()
    except (SourceError, AuthNeeded, MailboxUnavailable):
        return "", ""


@cli.command()
@click.argument("app_id", metavar="APP")
@click.pass_obj
def forget(obj: Context, app_id: str) -> None:
    """Erase one application from HOME: its messages' subjects and people, its drafts' records and
    files, its corrections. Drafts already in Gmail stay yours to keep or delete."""
    paths, cfg = obj.setup()
    store = Store(paths.database)
    try:
        apps, _ = app_status(store, cfg, paths, obj.now)
        held = {q["item"] for q in store.quarantined() if q["kind"] == "application"}
        app = next((a for a in apps if a.id == app_id), None) if app_id in held else _find_app(apps, app_id)
        target = app.id if app else app_id
        files = [Path(r.location) for r in store.drafts() if r.application_id == target and r.location
                 and Path(r.location).parent == paths.drafts]
        from agent.learned import match_message

        # rules learned from its mail name its people and subjects: they go too
        rules = [r.id for r in store.learned_rules()
                 if app and any(match_message(r, m) for m in app.messages if not m.from_me)]
        with store.transaction():
            store.forget(target, {m.id for m in app.messages} if app else set())
            for rule_id in rules:
                store.forget_rule(rule_id)
        store.compact()
    finally:
        store.close()
    for f in files:
        f.unlink(missing_ok=True)
    click.echo(f"followup: forgot {terminal(target)}: {len(app.messages) if app else 0} message(s) reduced to ids, "
               f"{len(files)} draft file(s) removed")


@cli.command()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts).")
@click.option("--token", "with_token", is_flag=True, help="Also remove the Gmail token (keyring and token.json).")
@click.pass_obj
def reset(obj: Context, yes: bool, with_token: bool) -> None:
    """Remove everything followup stored in HOME: database, drafts folder, logs (and with --token the
    Gmail token). config.toml and your templates stay. The next run starts afresh."""
    paths = Paths(obj.home)
    if not yes:
        click.confirm(f"Remove the database, drafts and logs in {paths.home}?", abort=True)
    with run_lock(paths.home) as held:
        if not held:
            fail("a run is in progress; try again when it has finished", EXIT_USAGE)
        removed = []
        for suffix in ("", "-wal", "-shm", "-journal"):
            f = Path(str(paths.database) + suffix)
            if f.exists():
                f.unlink()
                removed.append(f.name)
        for folder in (paths.drafts, paths.logs):
            if folder.exists():
                shutil.rmtree(folder)
                removed.append(folder.name + "/")
        if with_token:
            from agent.auth import TokenStore

            TokenStore(paths.home).delete()
            removed.append("token")
    click.echo(f"followup: removed {', '.join(removed) or 'nothing (already empty)'} from {paths.home}")


def main() -> None:
    try:
        cli(prog_name="followup")
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()


