"""MIME -> Email: headers decoded, the best text body, quotes and signature cut, calendar read.

Parse never raises on bad input: it returns what it could read and records warnings, because
one malformed message must not stop a run over a whole mailbox.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import html as htmllib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from functools import lru_cache

from bs4 import BeautifulSoup
from lxml import etree
from lxml import html as lxml_html

from agent.addresses import is_relay, same_organisation, strict_addresses
from agent.calendar import read_calendar
from agent.evidence import REPLY
from agent.mime import Leaf, read
from agent.models import CalendarEvent, Email, Person
from agent.sanitize import header_value, message_ids, repair
from agent.struck import has_strike, is_struck, mark_plain, mark_tree, pieces
from agent.vocab import has_job_context

# Headers classify reads; the rest are dropped so nothing private is kept by accident.
KEPT_HEADERS = (
    "list-unsubscribe",
    "list-id",
    "precedence",
    "auto-submitted",
    "x-auto-response-suppress",
    "sender",
    "x-mailer",
    "x-campaign",
    "x-mailgun-tag",
    "feedback-id",
)

# Lines at which quoted history starts, in the languages the classifier reads.
QUOTE_STARTS = re.compile(
    r"""^(?:
        \s*>                                        # > quoted
      | \s*On\ .{0,200}\bwrote:\s*$                 # Gmail / Apple Mail
      | \s*Le\ .{0,200}\ a\ écrit\s*:\s*$           # French
      | \s*Am\ .{0,200}\ schrieb\ .{0,100}:\s*$      # German
      | \s*El\ .{0,200}\ escribió:\s*$              # Spanish
      | \s*Em\ .{0,200}\ escreveu:\s*$              # Portuguese
      | \s*Il\ .{0,200}\ ha\ scritto:\s*$           # Italian
      | \s*Op\ .{0,200}\ (?:schreef|geschreven)\ ?.{0,100}:\s*$  # Dutch
      | \s*W\ dniu\ .{0,200}\ napisał\(?a?\)?:\s*$   # Polish
      | \s*Den\ .{0,200}\ skrev\ ?.{0,100}:\s*$     # Swedish
      | .{0,200}\ keltezéssel,\ .{0,100}\ írta:\s*$   # Hungarian
      | \s*Στις\ .{0,200}\ έγραψε:\s*$              # Greek
      | \s*Vào\ .{0,200}\ đã\ viết:\s*$              # Vietnamese
      | \s*Dne\ .{0,200}\ napsal\(?a?\)?:\s*$         # Czech
      | .{0,200}\ (?:пише|пишет|написав|написала|написал):\s*$  # Ukrainian, Russian
      | .{0,200}\ a\ scris:\s*$                   # Romanian
      | .{0,200}\ kirjoitti:\s*$                   # Finnish
      # Gmail's "wrote" in the other languages, on a line that names the writer's address: Catalan, Persian,
      # Bangla, Hindi, Arabic, Filipino, Swahili, Indonesian and Malay, Turkish, Korean, Chinese, Japanese,
      # Hebrew, Thai, Slovak, Slovenian, Croatian and Serbian, Bulgarian, Baltic, Welsh, Afrikaans, Norwegian
      | (?=.*@).{0,200}(?:va\ escriure|نوشت|লিখেছেন|ने\ लिखा|كتب|sumulat|aliandika|menulis|yazdı|작성|写道|寫道
                       |書き込みました|כתב|כתבה|เขียนว่า|napísal|napisal|napisala|napisao|написа|написао|rašė
                       |rakstīja|kirjutas|ysgrifennodd|het\ geskryf|skrev).{0,100}[:：][\s\u200e\u200f\u202a-\u202e]*$
      | \s*-{2,}\s*(?:Original\ Message|Forwarded\ message|Message\ d'origine|Ursprüngliche\ Nachricht|Eredeti\ üzenet
                     |Původní\ e-mail|Původní\ zpráva|Alkuperäinen\ viesti)
      | \s*Begin\ forwarded\ message:\s*$          # Apple Mail
      | \s*_{10,}\s*$                               # Outlook separator
      # Outlook's (and Lotus Notes' tabbed) header block
      | \s*\*?(?:From|Von|De|De\ la|Da|Van|Från|Fra|Od|Feladó|Від|От|Lähettäjä|Từ)\ ?:\*?[\ \t].+$
      # ... as Outlook writes it in Chinese, Japanese and Korean
      | \s*\*?(?:寄件者|发件人|發件人|差出人|보낸\ 사람)\ ?[:：]\*?\s*.+$
    )""",
    re.X | re.I,
)
# How much of a reply's quoted history is kept: the message it answers, not the whole thread.
QUOTED_TEXT = 1500
SIGNATURE_START = re.compile(r"^(?:--\s*|__\s*|Sent from my \w+.*"
                             # ... and a phone's or an app's line in the other languages people write from: "Odesláno z
                             # aplikace Seznam Email", "Enviado desde mi iPhone", "Надіслано з iPhone"
                             r"|(?:Enviado desde mi|Enviado do meu|Envoyé de mon|Envoyé depuis mon|Von meinem|Verzonden met"
                             r"|Verzonden vanaf mijn|Inviato da|Wysłane z|Odesláno z|Odoslané z|Надіслано з|Отправлено с"
                             r"|Отримати Outlook для|Trimis de pe|Skickat från min|Sendt fra min) .*"
                             # (Finnish only with its device: "Lähetetty hakemus" is a sentence)
                             r"|Lähetetty (?:iPhonesta|iPadista|Androidista|puhelimesta|matkapuhelimesta)\b.*)$", re.I)
SIGN_OFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|regards|thanks|thank you|many thanks|cheers|warmly|sincerely|"
    r"all the best|talk soon|saludos|un saludo|atentamente|cordialement|bien à vous|bien cordialement|"
    r"mit freundlichen grüßen|viele grüße|beste grüße|freundliche grüße)[,.!]?\s*$",
    re.I,
)


def parse(
    raw: bytes,
    *,
    id: str | None = None,
    thread_id: str | None = None,
    labels: frozenset[str] | set[str] = frozenset(),
    me: frozenset[str] | set[str] = frozenset(),
    names: Iterable[str] = (),
    _unwrap: bool = True,
) -> Email:
    """Read one RFC 5322 message. `me` are the user's addresses; mail from them is the user's. `names` are the
    user's own names as configured (user.name). A certified mail's envelope is read as the original it carries
    (`_unwrap`: False for that original itself)."""
    warnings: list[str] = []
    try:
        head, parts = read(raw)
    except Exception:  # Irregular, or anything odd: the stdlib parser is slower but forgiving
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as exc:
            return Email(id=id or _digest(raw), message_id="", thread_id=thread_id or "", warnings=[f"unparsable: {exc}"])
        head = msg
        parts = _stdlib_leaves(msg, warnings)

    raw_headers: dict[str, str] = {}
    try:
        for name, value in head.raw_items():  # raw values: decoded below only when used
            # raw 8-bit (RFC 6532) headers arrive as lone surrogates: repaired to text here, at the edge
            raw_headers.setdefault(repair(str(name)).lower(), repair(str(value)))
    except Exception as exc:
        warnings.append(f"bad header block: {type(exc).__name__}")

    def header(name: str) -> str:
        return _decode(raw_headers.get(name.lower(), ""), warnings, name)

    message_id = _angle(header("Message-ID")) or ""
    if _unwrap and _certified_envelope(raw_headers):
        original = _certified_original(raw)
        if original is not None:
            # an Italian certified mail (PEC) arrives as its provider's envelope ("Messaggio di posta certificata ... Il
            # messaggio originale è incluso in allegato"): the message is the attached postacert.eml, its sender the
            # public body or firm that sent it; the envelope keeps its place in the mailbox (its id, thread, labels and
            # the subject a reply repeats)
            envelope_labels = frozenset(labels) | {s.strip() for s in header("X-Gmail-Labels").split(",") if s.strip()}
            inner = parse(original, labels=envelope_labels, me=me, names=names, _unwrap=False)
            return replace(inner, id=id or message_id or _digest(raw), message_id=message_id,
                           thread_id=thread_id or header("X-GM-THRID"), reply_subject=header_value(header("Subject")).strip(),
                           date=inner.date or _date(header("Date"), warnings),
                           forwarded_from=_forwarded_from(raw_headers, {a.lower() for a in me}),
                           warnings=warnings + inner.warnings)
    gm_labels = header("X-Gmail-Labels")
    all_labels = set(labels) | {s.strip() for s in gm_labels.split(",") if s.strip()}
    sender, reply_to = _sender(raw_headers, warnings)
    refs = message_ids(header("References"))
    in_reply_to = _angle(header("In-Reply-To"))
    if in_reply_to and in_reply_to not in refs:
        refs.append(in_reply_to)
    date = _date(header("Date"), warnings)
    # The subject as written (controls removed) is what a reply must repeat for Gmail to thread it;
    # the classifier reads it with whitespace collapsed.
    exact_subject = header_value(header("Subject")).strip()
    # ... and in composed form (NFC), as every phrase is written: some mail clients send "phỏng vấn" with its accents
    # as separate marks (NFD), which no phrase would match
    subject = unicodedata.normalize("NFC", re.sub(r"\s+", " ", exact_subject))
    text, calendar = _body(parts, subject)
    text = unicodedata.normalize("NFC", text)
    new_text, signature = split_text(text)
    # a reply's quoted history is its thread's context (classify reads it when the new text names no job)
    quoted = quoted_history(text) if in_reply_to or REPLY.match(subject.lower()) else ""
    mine = {a.lower() for a in me}
    from_me = bool(sender and sender.address in mine) or "Sent" in all_labels
    to = _people(raw_headers.get("to", ""), warnings, "To")
    cc = _people(raw_headers.get("cc", ""), warnings, "Cc")
    copied = bool(mine) and bool(to) and not any(p.address in mine for p in to) and any(p.address in mine for p in cc)
    return Email(
        id=id or message_id or _digest(raw),
        message_id=message_id,
        thread_id=thread_id or header("X-GM-THRID"),
        subject=subject,
        reply_subject=exact_subject,
        sender=sender,
        reply_to=reply_to,
        to=to,
        cc=cc,
        date=date,
        text=new_text,
        signature=signature,
        quoted=quoted,
        in_reply_to=in_reply_to,
        references=refs,
        headers={h: header(h) for h in KEPT_HEADERS if h in raw_headers},
        labels=frozenset(all_labels),
        calendar=calendar,
        from_me=from_me,
        copied=copied,
        forwarded_from=_forwarded_from(raw_headers, mine),
        user_name=next((p.name for p in to + cc if p.address in mine and p.name), ""),
        user_address_name=_name_of_address(to + cc, mine),
        owner_names=tuple(n for n in names if n.strip()),
        warnings=warnings,
    )


# The envelope of a certified mail (PEC) as the Italian providers deliver it: its transport header, or its subject's
# prefix ("POSTA CERTIFICATA: Convocazione prova orale"); not the sender's own receipts ("ACCETTAZIONE:", "AVVENUTA
# CONSEGNA:"), which carry the user's own message
CERTIFIED_SUBJECT = re.compile(r"\s*posta certificata\s*:", re.I)
# ... and its provider's notice, the text of the envelope ("Messaggio di posta certificata\n\nIl giorno ... il messaggio
# ... è stato inviato da ... Il messaggio originale è incluso in allegato.")
CERTIFIED_NOTICE = re.compile(r"\s*messaggio di posta certificata\b[\s\S]{0,600}?\bmessaggio originale è incluso in allegato",
                              re.I)


def _certified_envelope(raw_headers: dict[str, str]) -> bool:
    return raw_headers.get("x-trasporto", "").strip().lower() == "posta-certificata" \
        or bool(CERTIFIED_SUBJECT.match(raw_headers.get("subject", "")))


def _certified_original(raw: bytes) -> bytes | None:
    """The original message a certified mail's envelope carries (postacert.eml), as bytes; None if it has none."""
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() != "message/rfc822":
                continue
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, email.message.Message):
                return inner.as_bytes()
    except Exception:  # a broken envelope is read as it is
        return None
    return None


FORWARDED_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
FIRST_DOT_LAST = re.compile(r"([a-z]{2,})[._]([a-z]{2,})@")


def _name_of_address(people: list[Person], mine: set[str] | frozenset[str]) -> str:
    """The user's name as their own address spells it ('sam.rivera@' -> 'sam rivera'): an interview's calendar
    invitation may name the user so when the To header gives no name."""
    for p in people:
        m = FIRST_DOT_LAST.match(p.address) if p.address in mine else None
        if m:
            return f"{m.group(1)} {m.group(2)}"
    return ""


def _forwarded_from(raw_headers: dict[str, str], mine: set[str]) -> tuple[str, ...]:
    """The addresses an automatic forward brought the message from. Gmail's forwarding adds
    `X-Forwarded-For: <original recipient> <forwarding target>` and `X-Forwarded-To: <target>`;
    the target (and any address of the user's own) is not where the message came from."""
    value = raw_headers.get("x-forwarded-for", "")
    if not value:
        return ()
    targets = {a.lower() for a in FORWARDED_ADDRESS.findall(raw_headers.get("x-forwarded-to", ""))} | mine
    found = [a.lower() for a in FORWARDED_ADDRESS.findall(value)]
    return tuple(dict.fromkeys(a for a in found if a not in targets))


def _digest(raw: bytes) -> str:
    return "sha1:" + hashlib.sha1(raw).hexdigest()


def _angle(value: str) -> str | None:
    """The first well-formed message id; an id holding CR, LF, spaces or non-ASCII is no id at all."""
    ids = message_ids(value)
    if ids:
        return ids[0]
    if "<" in (value or "") or ">" in (value or ""):
        return None
    ids = message_ids(f"<{(value or '').strip()}>")
    return ids[0] if ids else None


def _decode(value: str, warnings: list[str], name: str = "") -> str:
    """RFC 2047 encoded words to text; undecodable pieces are replaced, never raised. Unfolding
    removes only the line break (RFC 5322 2.2.3), so the subject keeps the spacing it was sent with."""
    value = re.sub(r"\r?\n(?=[ \t])", "", value).strip()
    if "=?" not in value:
        return value
    try:
        return repair(str(make_header(decode_header(value))))
    except Exception:
        warnings.append(f"undecodable {name or 'header'}")
        return value


def _people(value: str, warnings: list[str], name: str = "address") -> list[Person]:
    """The people of an address header, parsed strictly: a malformed header yields nobody (and a
    warning), never a guess that could address a draft to someone else."""
    if not value:
        return []
    if len(value) > _CACHED_HEADER:
        people, found = _read_people(value, name)
    else:
        people, found = _read_people_cached(value, name)
    warnings.extend(found)
    return list(people)


def _read_people(value: str, name: str) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """The people of one address header and the warnings reading them gave: a pure function of
    the header's text, so the same From or To (a mailbox repeats a few hundred of them) is read once."""
    warnings: list[str] = []
    try:
        pairs = strict_addresses(value)
    except Exception:
        pairs = None
    if pairs is None:
        return (), (f"malformed {name} header",)
    out = []
    for display, address in pairs:
        display = header_value(_decode(display, warnings)).strip().strip('"') if display else ""
        out.append(Person(address=address, name=display or None))
    return tuple(out), tuple(warnings)


# Address headers up to this length are remembered (Person is immutable, lists are copied out);
# a longer one is rare and read afresh, so the cache's memory stays bounded.
_CACHED_HEADER = 1000
_read_people_cached = lru_cache(maxsize=2048)(_read_people)


def _sender(raw_headers: dict[str, str], warnings: list[str]) -> tuple[Person | None, list[Person]]:
    """From and Reply-To as the agent trusts them: exactly one From address, and a Reply-To only at
    the sender's own organisation, or any Reply-To when a known relay (an ATS) sends for a company."""
    people = _people(raw_headers.get("from", ""), warnings, "From")
    if len(people) > 1:
        warnings.append("From holds several addresses")
        people = []
    sender = _first(people)
    reply_to = _people(raw_headers.get("reply-to", ""), warnings, "Reply-To")
    if reply_to and (sender is None or not (is_relay(sender.address)
                                             or all(same_organisation(p.address, sender.address) for p in reply_to))):
        warnings.append("Reply-To outside the sender's organisation ignored")
        reply_to = []
    return sender, reply_to


def _first(people: list[Person]) -> Person | None:
    return people[0] if people else None


def _date(value: str, warnings: list[str]) -> datetime | None:
    if not value:
        warnings.append("no Date header")
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        warnings.append("unreadable Date header")
        return None
    if parsed is None:
        warnings.append("unreadable Date header")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if not 1970 <= parsed.year <= 2199:  # year 9999 or 0001 overflows at the first zone change
        warnings.append("Date header out of range")
        return None
    return parsed


def _part_text(part: EmailMessage, warnings: list[str]) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError, ValueError) as exc:
        warnings.append(f"undecodable {part.get_content_type()} part: {type(exc).__name__}")
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload)
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    return content if isinstance(content, str) else ""


def _stdlib_leaves(msg: EmailMessage, warnings: list[str]) -> list[Leaf]:
    try:
        parts = list(msg.walk())
    except Exception as exc:
        warnings.append(f"broken MIME structure: {type(exc).__name__}")
        parts = [msg]
    out = []
    for part in parts:
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        wanted = ctype in ("text/plain", "text/html", "text/calendar", "application/ics")
        out.append(Leaf(ctype, (part.get_content_disposition() or "").lower(),
                        _part_text(part, warnings) if wanted else ""))
    return out


def _body(parts: list[Leaf], subject: str = "") -> tuple[str, CalendarEvent | None]:
    plain: str | None = None
    html: str | None = None
    calendar: CalendarEvent | None = None
    for part in parts:
        if part.ctype in ("text/calendar", "application/ics"):
            if calendar is None:
                calendar = read_calendar(part.text)
        elif part.ctype == "text/plain" and part.disposition != "attachment" and plain is None:
            plain = part.text[:MAX_TEXT]
        elif part.ctype == "text/plain" and part.disposition != "attachment" and CERTIFIED_NOTICE.match(plain or ""):
            # a certified mail's provider that sends the original's text as a second part beside its notice, not as an
            # attached postacert.eml (session 50: "Messaggio di posta certificata ... Il messaggio originale è incluso
            # in allegato", then the school's summons): the original is the message
            plain = part.text[:MAX_TEXT]
        elif part.ctype == "text/html" and part.disposition != "attachment" and html is None:
            html = part.text[:MAX_HTML]
    if plain and _plain_is_enough(plain):
        if html and has_job_context(subject + "\n" + plain[:6000]) and has_strike(html):
            # the plain part lost the line through the old slot: mark it as the HTML part does
            plain = mark_plain(plain, pieces(html_to_text(html)))
        return plain, calendar
    if html:
        # A full HTML parse costs ~10 ms; most HTML mail is newsletters and receipts. Read it
        # cheaply first and parse it properly only when it talks about a hiring process.
        quick = quick_text(html)
        if len(quick) > PERSONAL_TEXT and not has_job_context(subject + "\n" + quick[:6000]):
            return quick, calendar
        from_html = html_to_text(html)
        if len(from_html) >= 100 or len(from_html) > len((plain or "").strip()):
            return from_html, calendar
    return plain or "", calendar


# A person's HTML mail (Gmail's <div>s, Outlook's reply block) is short and often never says
# "interview" ("could you come in Thursday to meet James?"): it gets the proper parse too, with
# its lines, quotes and signature, since the words around a time are read sentence by sentence.
PERSONAL_TEXT = 2000


def _plain_is_enough(plain: str) -> bool:
    """Some senders ship a text/plain part that is only a footer; then the HTML part has the message."""
    body = plain.strip()
    return len(body) >= 200 and not body.startswith("-----")


# Work per message is bounded: text past these sizes is never a hiring conversation's new text, and
# every step after this point (regexes, the HTML parser, when.py) is then bounded too.
MAX_TEXT = 100_000  # characters of a text/plain part
MAX_HTML = 300_000  # characters of a text/html part
_SKIP_TO_CLOSE = {"script": "</script", "style": "</style", "head": "</head"}


# Ordinary text and ordinary tags, consumed in C without backtracking (possessive quantifiers): it
# stops at a '<' that may open a comment or a script/style/head block, or at a '<' never closed.
# The lookahead may also stop at look-alikes ("<scripts>"); quick_text then decides exactly.
_ORDINARY = re.compile(r"(?:[^<]++|<(?!!--|\s*+(?:script|style|head))[^>]*+>)*+", re.I)
_TAG = re.compile(r"<[^>]*>")
_TAG_NAME = re.compile(r"<\s*([a-zA-Z]+)")


def quick_text(html: str) -> str:
    """Text of an HTML body by stripping tags: good enough to tell that a newsletter is one.

    Same output as quick_text_careful (tests hold it to that), ~10x faster: one regex runs over
    ordinary text and tags in C, and Python steps in only at comments, script/style/head blocks
    and an unclosed tag. Linear on hostile input: the regex never backtracks, each stop moves
    forward, and whatever follows an unclosed tag or comment is dropped, as a browser would hide it."""
    html = html[:MAX_HTML]
    lower: str | None = None
    out: list[str] = []
    i, n = 0, len(html)
    while i < n:
        match = _ORDINARY.match(html, i)
        end = match.end() if match else i
        if end > i:
            out.append(_TAG.sub(" ", html[i:end]))
        if end >= n:
            break
        lt = end  # a '<': a comment, a block to skip, a look-alike, or never closed
        if html.startswith("<!--", lt):
            close_at = html.find("-->", lt + 4)
            i = n if close_at < 0 else close_at + 3
        else:
            gt = html.find(">", lt + 1)
            if gt < 0:
                break
            name = _TAG_NAME.match(html[lt : min(gt, lt + 20)])
            close = _SKIP_TO_CLOSE.get(name.group(1).lower()) if name else None
            if close:
                if lower is None:
                    lower = html.lower()  # as the reference does, indices into the lowered text
                close_at = lower.find(close, gt + 1)
                if close_at < 0:
                    break
                gt2 = html.find(">", close_at)
                i = n if gt2 < 0 else gt2 + 1
            else:
                i = gt + 1
        out.append(" ")
    return " ".join(htmllib.unescape("".join(out)).split())


def quick_text_careful(html: str) -> str:
    """The reference for quick_text: one Python step per tag, kept so tests can hold the fast
    version to exactly its output.

    A scan with str.find, not a regex: an unclosed `<script` or `<!--` once made the regex retry from
    every later '<' (quadratic). Here each character is looked at a bounded number of times, and
    whatever follows an unclosed tag or comment is dropped, as a browser would hide it."""
    html = html[:MAX_HTML]
    lower = html.lower()
    out: list[str] = []
    i, n = 0, len(html)
    while i < n:
        lt = html.find("<", i)
        if lt < 0:
            out.append(html[i:])
            break
        out.append(html[i:lt])
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            i = n if end < 0 else end + 3
        else:
            gt = html.find(">", lt + 1)
            if gt < 0:
                break
            name = re.match(r"<\s*([a-zA-Z]+)", html[lt : min(gt, lt + 20)])
            close = _SKIP_TO_CLOSE.get(name.group(1).lower()) if name else None
            if close:
                end = lower.find(close, gt + 1)
                if end < 0:
                    break
                gt2 = html.find(">", end)
                i = n if gt2 < 0 else gt2 + 1
            else:
                i = gt + 1
        out.append(" ")
    return re.sub(r"\s+", " ", htmllib.unescape("".join(out))).strip()


HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0|font-size\s*:\s*0", re.I)


_SPACES = re.compile(r"\s+")


def collapse(text: str) -> str:
    """_SPACES.sub(" ", text): every run of whitespace as one space. By str.split, which splits on
    the same characters as the regex's \\s (Py_UNICODE_ISSPACE): a substitution per space took 2 ms
    of a 4 ms newsletter parse."""
    words = text.split()
    if not words:
        return " " if text else ""
    out = " ".join(words)
    if text[0].isspace():
        out = " " + out
    if text[-1].isspace():
        out += " "
    return out

BLOCKS = ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol")
_LXML_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)


def html_to_text(html: str) -> str:
    """Readable text from HTML: scripts, styles and hidden preheaders dropped, blocks on their own lines.

    lxml does this in well under a millisecond for a typical mail, BeautifulSoup in 20-40 ms (both
    measured with bench/throughput.py); BeautifulSoup stays as the fallback for markup lxml refuses."""
    try:
        return _lxml_text(html)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return _soup_text(html)


def _lxml_text(html: str) -> str:
    doc = lxml_html.document_fromstring(html.encode("utf-8", errors="replace"), parser=_LXML_PARSER)
    for el in doc.xpath("//script|//style|//head|//title|//meta|//noscript"):
        el.drop_tree()
    for el in doc.xpath("//*[@style]"):
        if HIDDEN.search(el.get("style", "")):
            el.drop_tree()
    if has_strike(html):
        mark_tree(doc)  # "~~Tue 3pm~~": the crossed-out slot is kept, marked as struck
    for el in doc.iter():
        # source line breaks in HTML are spaces; the blocks and <br>s below make the lines
        if el.tag != "pre":
            if el.text:
                el.text = collapse(el.text)
            if el.tail:
                el.tail = collapse(el.tail)
    for el in doc.xpath("//blockquote"):
        tail = el.tail
        el.clear()
        el.text = "\n> [quoted]\n"
        el.tail = tail
    for el in doc.iter("br"):
        el.tail = "\n" + (el.tail or "")
    for el in doc.iter(*BLOCKS):
        el.tail = "\n" + (el.tail or "")
    for el in doc.iter("td", "th"):
        el.tail = " " + (el.tail or "")
    return _tidy(doc.text_content())


def _soup_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "meta", "noscript"]):
        tag.decompose()
    for tag in soup.find_all(style=HIDDEN):
        tag.decompose()
    if has_strike(html):
        for tag in soup.find_all(lambda t: is_struck(t.name.lower(), str(t.get("style") or ""))):
            if not any(is_struck(a.name.lower(), str(a.get("style") or "")) for a in tag.parents if a.name):
                tag.insert(0, "~~")
                tag.append("~~")
    for node in soup.find_all(string=True):
        if node.parent is not None and node.parent.name != "pre" and "\n" in node:
            node.replace_with(_SPACES.sub(" ", str(node)))
    for tag in soup.find_all("blockquote"):
        tag.replace_with("\n> [quoted]\n")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(list(BLOCKS)):
        tag.insert_after("\n")
    for tag in soup.find_all(["td", "th"]):
        tag.insert_after(" ")
    return _tidy(soup.get_text())


_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space, each line stripped, at most one
    blank line in a row. With str.replace rather than a regex substitution per run: the same
    text (a run never holds a line break), a millisecond less per newsletter."""
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    joined = "\n".join(line.strip() for line in text.splitlines())
    if "\n\n\n" in joined:
        joined = _BLANK_LINES.sub("\n\n", joined)
    return joined.strip()


FORWARDED = re.compile(r"^\s*(?:-{2,}\s*(?:Forwarded message|Message transféré|Weitergeleitete Nachricht|Mensaje reenviado)"
                       r"|Begin forwarded message:"
                       # ... and Apple Mail's in the phone's language (session 42: an agency's "Początek przekazywanej
                       # wiadomości:" above its client's WhatsApp lines)
                       r"|Początek przekazywanej wiadomości:|Anfang der weitergeleiteten Nachricht:"
                       r"|Début du message réexpédié\s?:|Inicio del mensaje reenviado:|Início da mensagem reencaminhada:"
                       r"|Inizio messaggio inoltrato:|Begin doorgestuurd bericht:)", re.I)
FORWARD_HEADER = re.compile(r"^\s*\*?(?:from|date|sent|subject|to|cc|de|von|envoyé|objet|à|an|betreff|datum|gesendet|para"
                            r"|asunto|fecha|enviado|od|temat|data|do|wysłano|da|oggetto|inviato|a|van|onderwerp|aan"
                            r"|verzonden|assunto)\*?\s*:", re.I)
# Apple Mail quotes what it forwards: "Begin forwarded message:", a blank line, then "> From: ..." and "> " before every line
APPLE_QUOTE = re.compile(r"^\s*> ?")
# A forward with a line or two on top ("see below from the client") is about what it forwards.
SHORT_NOTE = 400


RULE = re.compile(r"^\s*[-=_*]{20,}\s*$")
# A sign-off more than this many lines above the end is not where the signature starts.
SIGNATURE_LINES = 12


def _last_sign_off(body: list[str]) -> int | None:
    """The last line that starts a signature or signs off, if it is among the last
    SIGNATURE_LINES + 1 lines: only those are read, from the end (a newsletter has hundreds)."""
    for i in range(len(body) - 1, max(-1, len(body) - SIGNATURE_LINES - 1), -1):
        if SIGNATURE_START.match(body[i].strip()) or SIGN_OFF.match(body[i]):
            return i
    return None


def quoted_history(text: str) -> str:
    """The start of a reply's quoted history, quote marks taken off: what the thread was about
    when the new text only says "Perfect - Thursday at 2 it is". At most QUOTED_TEXT characters."""
    lines = _lines(text)
    inline = _inline_answer(lines)
    if inline is not None:
        lines = inline[1]
    cut = 0 if inline is not None else _quote_start(lines)
    if cut == len(lines):
        return ""
    out: list[str] = []
    size = 0
    for line in lines[cut:]:
        line = line.lstrip("> ").rstrip()
        out.append(line)
        size += len(line) + 1
        if size >= QUOTED_TEXT:
            break
    return "\n".join(out)[:QUOTED_TEXT].strip()


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _inline_answer(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """A reply written under the lines it answers ("> Would there be any flexibility on base?" then the answer), as
    people answer a question point by point: (the answer's lines, the quoted lines). None when the message does not
    open with a quoted line, or has no answer of its own before the history its mailer quotes below
    ("On ... wrote:"). Cutting at the first ">" would leave such a reply with no text at all."""
    first = next((line for line in lines if line.strip()), "")
    if not _quoted(first):
        return None
    answer: list[str] = []
    quoted: list[str] = []
    for line in lines:
        if _quoted(line):
            quoted.append(line)
        elif QUOTE_STARTS.match(line) and answer and any(a.strip() for a in answer):
            break
        else:
            answer.append(line)
    if not any(line.strip() for line in answer):
        return None
    return answer, quoted


# Outlook's block of the message answered: "From:/Sent:/To:/Subject:", "Von:/Gesendet:/An:/Betreff:",
# "De:/Envoyé:/À:/Objet:", "De:/Enviado:/Para:/Asunto:", "Da:/Inviato:/A:/Oggetto:", "Van:/Verzonden:/Aan:/Onderwerp:".
# (and "Fra:/Sendt:/Til:/Emne:", "寄件者:/寄件日期:/收件者:/主旨:", "发件人:/发送时间:/收件人:/主题:", "差出人:/送信日時:/件名:",
# and Vietnamese "Từ:/Đã gửi:/Đến:/Chủ đề:", session 54: only its "Đã gửi" or "Chủ đề" below, as a letter's "Từ: 9h00"
# over "Đến: 11h00" is a time span)
OUTLOOK_FROM = re.compile(r"^(?:from|von|de|da|van|från|fra|od|feladó|từ|寄件者|发件人|發件人|差出人|보낸 사람) ?[:：]")
OUTLOOK_NEXT = re.compile(r"^\*?(?:sent|date|to|subject|envoyé|gesendet|betreff|enviado|asunto|assunto|objet|inviato"
                          r"|oggetto|verzonden|onderwerp|skickat|ämne|sendt|emne|wysłano|temat|data|elküldve|címzett|tárgy"
                          r"|寄件日期|傳送時間|收件者|收件人|主旨|发送时间|發送時間|主题|送信日時|宛先|件名"
                          r"|보낸 날짜|받는 사람|제목|đã gửi|chủ đề)"
                          r"\*? ?[:：]", re.M)


def _quote_start(lines: list[str]) -> int:
    """The index of the line where quoted history starts (len(lines) when there is none)."""
    for i, line in enumerate(lines):
        if QUOTE_STARTS.match(line):
            stripped = line.strip().lstrip("*").lower()
            if OUTLOOK_FROM.match(stripped):
                window = "\n".join(lines[i + 1 : i + 5]).lower()
                if not OUTLOOK_NEXT.search(window):
                    continue
            elif stripped.startswith("___"):
                window = "\n".join(lines[i + 1 : i + 4]).lower()
                if not any(OUTLOOK_FROM.match(w.lstrip("*")) for w in window.splitlines()):
                    continue
            return i
    return len(lines)


# A rule ends the message and starts its footer only after this much prose: a job board's
# relayed update opens with a card of short lines (the job, the company, "Applied on ...", a
# link) and a rule, and the employer's own words come below it.
PROSE_BEFORE_FOOTER = 60


def _prose(lines: list[str]) -> int:
    """Characters in lines that read as sentences (six words or more), not titles or links."""
    return sum(len(line) for line in lines if len(line.split()) >= 6)


# A board's line that announces the message it relays between rules: "You have a new message from Gulf Horizon
# Contracting LLC regarding your application for ...", "Dana Whitcombe sent you a message:"
RELAY_ANNOUNCED = re.compile(r"\b(?:(?:have|'ve got|got|received) (?:a |one )?new (?:message|reply)|sent you (?:a|the following)"
                             r" (?:new )?message|(?:just )?messaged you|(?:wrote|writes|replied)\s*:?\s*$)", re.I)


def _opens_a_relayed_message(above: list[str]) -> bool:
    """Whether a rule below these lines opens a message a board relays, not the board's footer: the last line above it
    announces the message."""
    last = next((line for line in reversed(above) if line.strip()), "")
    return RELAY_ANNOUNCED.search(last) is not None


def split_text(text: str, _forward: bool = True) -> tuple[str, str]:
    """Cut quoted history off the new text, then split off the signature: (new text, signature).
    A forward with only a short note on top keeps the forwarded message (without its header
    block) as part of the new text: the note alone ("see below") says nothing."""
    lines = _lines(text)
    inline = _inline_answer(lines)
    if inline is not None:
        lines = inline[0]
    cut = _quote_start(lines)
    if _forward and cut < len(lines) and not FORWARDED.match(lines[cut]):
        above = cut - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above >= 0 and FORWARDED.match(lines[above]):  # Apple Mail's: the quote starts below its forward line
            cut = above
    forward = _forward and cut < len(lines) and FORWARDED.match(lines[cut]) is not None
    # the note without its signature
    note = split_text("\n".join(lines[:cut]), _forward=False)[0] if forward else ""
    if forward and len(note) < SHORT_NOTE:
        rest = lines[cut + 1 :]
        if next((line for line in rest if line.strip()), "").lstrip().startswith(">"):  # Apple Mail quotes it
            rest = [APPLE_QUOTE.sub("", line, count=1) for line in rest]
        while rest and (not rest[0].strip() or FORWARD_HEADER.match(rest[0])):
            rest = rest[1:]
        forwarded, forwarded_sig = split_text("\n".join(rest), _forward=False)
        return (note + "\n\n" + forwarded).strip(), forwarded_sig
    body = lines[:cut]
    for i, line in enumerate(body):
        # a long rule after some text starts a footer of links and "similar jobs"
        if RULE.match(line) and _prose(body[:i]) >= PROSE_BEFORE_FOOTER and not _opens_a_relayed_message(body[:i]):
            body = body[:i]
            break
    sig_at = _last_sign_off(body)
    if sig_at is not None:
        new, signature = body[: sig_at + 1], body[sig_at + 1 :]
    else:
        new, signature = body, []
    return "\n".join(new).strip(), "\n".join(signature).strip()
