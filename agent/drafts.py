"""Next action -> draft text and MIME.

Templates are plain text files with {placeholders}; the user can override any of them from
HOME/templates/. Every placeholder is filled with a phrase that reads well ("Hi Dana," or
"Hello,"), or left empty when the fact is unknown, and then no draft is made: a draft never shows a
raw placeholder or a made-up fact. Days are absolute ("on Tuesday, March 10"), so a draft sent a
day late still reads right.
"""

from __future__ import annotations

import email.policy
import hashlib
import re
import string
from datetime import datetime, tzinfo
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from importlib import resources
from pathlib import Path

from agent.addresses import is_plain_address
from agent.models import Application, Draft, Person
from agent.sanitize import header_value, message_ids

REPLY_POLICY = email.policy.default.clone(max_line_length=998)
STEP_TEMPLATES = ("thank_you", "check_in", "follow_up", "follow_up_final", "time_sensitive")
PLACEHOLDERS = (
    "greeting", "name", "company", "role_phrase", "day_phrase", "talking_phrase",
    "offer_phrase", "deadline", "last_message_phrase",
)  # fmt: skip


class TemplateError(Exception):
    """A user's template names a placeholder the agent does not fill."""


def load_template(step: str, override_dir: Path | None = None) -> str:
    """The user's HOME/templates/STEP.txt if present, else the bundled one."""
    if override_dir is not None:
        path = override_dir / f"{step}.txt"
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            check_template(text, str(path))
            return text
    return resources.files("agent.templates").joinpath(f"{step}.txt").read_text(encoding="utf-8")


def check_template(text: str, where: str) -> None:
    names = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    unknown = sorted(names - set(PLACEHOLDERS))
    if unknown:
        raise TemplateError(f"{where}: unknown placeholder(s) {', '.join('{' + u + '}' for u in unknown)}; "
                            f"allowed: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}")


NOT_A_NAME = frozenset({
    "the", "team", "hiring", "recruiting", "recruitment", "talent", "careers", "career", "hr", "people", "jobs",
    "info", "no", "noreply", "dear", "mr", "mrs", "ms", "dr", "prof", "your", "our", "admin", "support", "hello",
})  # fmt: skip


def first_name(name: str | None) -> str | None:
    """The first name a person would be greeted by, or None when the display name is not a person's
    ("The Hiring Team", an address, initials)."""
    if not name or "@" in name:
        return None
    name = name.strip().strip('"')
    if "," in name:  # "Rivera, Sam"
        name = name.split(",", 1)[1]
    words = name.split()
    if not words:
        return None
    if any(w.strip(",.()").lower() in NOT_A_NAME for w in words):
        return None  # "Acme Talent", "The Hiring Team": a mailbox, not a person
    first = words[0].strip(",.")
    if len(first) < 2 or not first[0].isalpha() or not first[0].isupper() or first.lower() in NOT_A_NAME:
        return None
    if first.isupper() and len(first) > 3:
        first = first.capitalize()
    return first


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def greeting(people: list[Person]) -> str:
    """'Hi Dana,' / 'Hi Dana and Ravi,' when every recipient has a real first name; else 'Hello,'."""
    names = [first_name(p.name) for p in people]
    if not names or any(n is None for n in names) or len(names) > 3:
        return "Hello,"
    return f"Hi {_join([n for n in names if n])},"


def day_phrase(moment: datetime | None, now: datetime, tz: tzinfo) -> str:
    """'on Tuesday, March 10': an absolute day, still right when the draft is sent days later."""
    if moment is None:
        return ""
    return "on " + moment.astimezone(tz).strftime("%A, %B %-d")


def facts(app: Application, step: str, now: datetime, tz: tzinfo, user_name: str,
          other_company: str | None = None, recipients: list[Person] | None = None) -> dict[str, str]:
    """The phrases a template may use, all drawn from this one application (and, for a time-sensitive
    draft, the offer's deadline and, only when allowed, the other company's name). A fact that is not
    known is an empty string: the planner makes no draft whose template needs it."""
    if recipients is None:
        recipients = app.step_recipients.get(step) or app.recipients or ([app.contact] if app.contact else [])
    greeted = {p.name for p in recipients if p.name} | {p.address.lower() for p in recipients if p.address}
    people = []
    if app.interview:
        # the people met, less the ones the draft goes to: "Hi Dana, ... talking with Ravi"
        people = [p.name for p in app.interview.people if p.name and "@" not in p.name and p.name not in greeted
                  and p.address.lower() not in greeted and first_name(p.name)]
    talking = f"talking with {_join([first_name(p) or p for p in people[:3]])}" if people else "our conversation"
    deadline = ""
    if app.offer_deadline:
        deadline = app.offer_deadline.astimezone(tz).strftime("%A, %B %-d")
    mine = [m.date for m in app.messages if m.from_me]
    return {
        "greeting": greeting(recipients),
        "name": user_name,
        "company": app.company,
        "role_phrase": f"the {app.role} role" if app.role else "the role",
        "day_phrase": day_phrase(app.interview.start if app.interview else None, now, tz),
        "talking_phrase": talking,
        "offer_phrase": f"from {other_company}" if other_company else "from another company",
        "deadline": deadline,
        "last_message_phrase": day_phrase(max(mine), now, tz) if mine else "",
    }


def missing(template: str, values: dict[str, str]) -> list[str]:
    """The placeholders the template uses that have no value: such a draft is not made."""
    used = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return sorted(u for u in used if not values.get(u, "").strip())


def template_for(step: str, rung: int, max_follow_ups: int) -> str:
    """The template of a step; the last allowed follow-up has its own, one that closes gracefully."""
    if step == "follow_up" and rung >= max_follow_ups:
        return "follow_up_final"
    return step


def render(template: str, values: dict[str, str]) -> str:
    text = template.format_map(values)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return text.strip() + "\n"


REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|antw|sv|vs|wg|fwd?|tr|rif|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def subject_for(original: str) -> str:
    """'Re: ' + the thread's subject, once: earlier reply prefixes in any language ("AW:", "SV:")
    are dropped, as mail clients do, so Gmail threads the reply and it reads as one. The rest is kept
    byte for byte (Gmail compares subjects: collapsed spaces put a draft outside the thread), only
    control characters removed; no subject gives 'Re: ' alone, never a made-up one."""
    base = REPLY_PREFIX.sub("", header_value(original)).strip()
    return f"Re: {base}"


def draft_message_id(record_id: str, domain: str) -> str:
    """The draft's own Message-ID, derived from its record id: a sent copy is recognised by it, and it
    looks like any mail client's (digits, dots, the user's domain), so it reveals nothing."""
    digest = hashlib.sha256(f"followup-draft|{record_id}".encode()).hexdigest()
    a, b, c = (int(digest[i:i + 12], 16) for i in (0, 12, 24))
    return f"<{a}.{b % 100000}.{c}@{domain or 'localhost'}>"


def is_draft_message_id(message_id: str, record_id: str) -> bool:
    """Whether `message_id` is the one `draft_message_id` gave the record (whatever the domain)."""
    return message_id.split("@", 1)[0] == draft_message_id(record_id, "").split("@", 1)[0]


def to_mime(draft: Draft, from_address: str, from_name: str, message_id_domain: str,
            record_id: str | None = None) -> EmailMessage:
    """A plain reply, as a mail client would write it: no tool headers, nothing that reveals the agent."""
    # Long Message-IDs (Outlook's run past 78 characters) must never be folded into encoded words:
    # In-Reply-To and References are how Gmail and every client thread the reply.
    # Every value is sanitised here, the one place draft headers are set: controls (CR, LF, NUL, ESC,
    # U+2028) stripped, ids kept only as <printable-ASCII> tokens, addresses checked one by one.
    msg = EmailMessage(policy=REPLY_POLICY)
    if from_address:
        name = header_value(from_name, 200)
        msg["From"] = formataddr((name, from_address)) if name else from_address
    to = [a for a in (t.strip(" ") for t in draft.to) if is_plain_address(a)]  # a control char fails the check
    msg["To"] = ", ".join(to)
    msg["Subject"] = header_value(draft.subject)
    in_reply_to = message_ids(draft.in_reply_to)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to[0]
    references = message_ids(draft.references)
    if references:
        msg["References"] = " ".join(references)
    msg["Message-ID"] = (draft_message_id(record_id, message_id_domain) if record_id
                         else make_msgid(domain=message_id_domain or None))
    msg.set_content(draft.body, cte="8bit")  # readable as a file; lines stay far below 998 bytes
    return msg


def content_hash(body: str) -> str:
    """A fingerprint of the text the user would edit; whitespace at the ends does not count."""
    return hashlib.sha256(body.strip().replace("\r\n", "\n").encode()).hexdigest()[:16]


def draft_id(application_id: str, round_: int, key: str) -> str:
    """Stable for the life of the draft: the same (application, round, step) always gives the same id."""
    return "d-" + hashlib.sha1(f"{application_id}|{round_}|{key}".encode()).hexdigest()[:12]
