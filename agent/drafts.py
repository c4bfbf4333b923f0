"""Next action -> draft text and MIME.

Templates are plain text files with {placeholders}; the user can override any of them from
HOME/templates/. Every placeholder is filled with a phrase that reads well whether or not the
fact is known ("Hi Dana," or "Hello,"), so a draft never shows a raw placeholder.
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
from agent.models import Application, Draft
from agent.sanitize import header_value, message_ids

REPLY_POLICY = email.policy.default.clone(max_line_length=998)
STEP_TEMPLATES = ("thank_you", "check_in", "follow_up", "time_sensitive")
PLACEHOLDERS = (
    "greeting", "name", "company", "role_phrase", "day_phrase", "talking_phrase",
    "offer_phrase", "deadline",
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


def first_name(name: str | None) -> str | None:
    if not name or "@" in name:
        return None
    return name.split()[0].strip(",") or None


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def day_phrase(moment: datetime | None, now: datetime, tz: tzinfo) -> str:
    """'today', 'yesterday', 'on Tuesday' or 'on March 3', as a person would say it on `now`."""
    if moment is None:
        return "recently"
    day = moment.astimezone(tz).date()
    today = now.astimezone(tz).date()
    gap = (today - day).days
    if gap == 0:
        return "today"
    if gap == 1:
        return "yesterday"
    if 1 < gap < 7:
        return "on " + moment.astimezone(tz).strftime("%A")
    return "on " + moment.astimezone(tz).strftime("%B %-d")


def facts(app: Application, step: str, now: datetime, tz: tzinfo, user_name: str,
          other_company: str | None = None) -> dict[str, str]:
    """The phrases a template may use, all drawn from this one application (and, for a time-sensitive
    draft, the offer's deadline and, only when allowed, the other company's name)."""
    contact = app.contact
    greet = first_name(contact.name) if contact else None
    people = []
    if app.interview:
        # the people met, less the one the draft greets: "Hi Dana, ... talking with Ravi"
        people = [p.name for p in app.interview.people
                  if p.name and "@" not in p.name and not (contact and p.name == contact.name)]
    talking = f"talking with {_join([first_name(p) or p for p in people[:3]])}" if people else "our conversation"
    deadline = ""
    if app.offer_deadline:
        local = app.offer_deadline.astimezone(tz)
        deadline = local.strftime("%A, %B %-d")
    return {
        "greeting": f"Hi {greet}," if greet else "Hello,",
        "name": user_name,
        "company": app.company,
        "role_phrase": f"the {app.role} role" if app.role else "the role",
        "day_phrase": day_phrase(app.interview.start if app.interview else None, now, tz),
        "talking_phrase": talking,
        "offer_phrase": f"from {other_company}" if other_company else "from another company",
        "deadline": deadline or "soon",
    }


def render(template: str, values: dict[str, str]) -> str:
    text = template.format_map(values)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return text.strip() + "\n"


def subject_for(original: str) -> str:
    """Gmail threads a reply only when the subject matches: 'Re: ' + the original byte for byte, once.
    No subject gives 'Re: ' alone: a made-up one would put the draft outside the thread."""
    original = header_value(original)
    return original if re.match(r"^re\s*:", original, re.I) else f"Re: {original}"


def to_mime(draft: Draft, from_address: str, from_name: str, message_id_domain: str) -> EmailMessage:
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
    msg["Message-ID"] = make_msgid(domain=message_id_domain or None)
    msg.set_content(draft.body, cte="8bit")  # readable as a file; lines stay far below 998 bytes
    return msg


def content_hash(body: str) -> str:
    """A fingerprint of the text the user would edit; whitespace at the ends does not count."""
    return hashlib.sha256(body.strip().replace("\r\n", "\n").encode()).hexdigest()[:16]


def draft_id(application_id: str, round_: int, key: str) -> str:
    """Stable for the life of the draft: the same (application, round, step) always gives the same id."""
    return "d-" + hashlib.sha1(f"{application_id}|{round_}|{key}".encode()).hexdigest()[:12]
