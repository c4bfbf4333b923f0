"""What became of our drafts, read from the mail: sent, fulfilled by the user's own words, or passed.

A draft's step is done when the user writes to the company after the draft was made, in any thread
of the application, sent draft or hand-written. Which of the two it was decides the fate: our own
draft is recognised by its Message-ID, else by the message it answers plus its text. Pure: the
caller supplies the mail, the draft texts it can still read, and `now`.
"""

from __future__ import annotations

import re

from agent.drafts import is_draft_message_id
from agent.models import Application, DraftRecord, Message


def sent_copy(record: DraftRecord, messages: list[Message], draft_text: str | None = None,
              texts: dict[str, str] | None = None) -> Message | None:
    """The user's message that is this draft, sent: its Message-ID, else a reply in the draft's thread
    to the same message with the same text (when either text can no longer be read, the headers do)."""
    texts = texts or {}
    for m in messages:
        if m.from_me and m.message_id and is_draft_message_id(m.message_id, record.id):
            return m
    for m in messages:
        if not (m.from_me and m.thread_id == record.thread_id and m.date >= record.created_at):
            continue
        parent = m.references[-1] if m.references else None
        if record.in_reply_to and parent != record.in_reply_to:
            continue
        text = texts.get(m.id)
        if draft_text is None or text is None or same_text(draft_text, text):
            return m
    return None


def sent_as(record: DraftRecord, state: str, mine: list[Message], draft_text: str | None,
            texts: dict[str, str] | None = None) -> Message | None:
    """The user's message that is this draft, sent, given the draft's state in the mailbox
    ('present' | 'edited' | 'missing'). Its own Message-ID always tells. A draft gone from Drafts
    with a reply to the same message in its thread was sent. A draft still there was sent only if
    the reply carries its text (a mail client that sent a local draft file leaves the file behind);
    when its text cannot be read (Gmail removes a draft it sends), it was not."""
    own = next((m for m in mine if m.message_id and is_draft_message_id(m.message_id, record.id)), None)
    if own is not None:
        return own
    if state == "missing":
        return sent_copy(record, mine)
    if state == "present" and draft_text is not None:
        return sent_copy(record, mine, draft_text, texts)
    return None


def fulfilled_by(record: DraftRecord, app: Application) -> Message | None:
    """The user's first message to the company after the draft was made, in any thread of the application."""
    return next((m for m in app.messages if m.from_me and m.date >= record.created_at), None)


def passed(record: DraftRecord, app: Application) -> bool:
    """The ladder has moved past the draft's step: the thank-you window closed, the next step is due,
    the application closed or went quiet. A time-sensitive interlude does not move the ladder."""
    if record.step == "time_sensitive":
        return app.step_key != record.key
    return app.ladder_step[2] != record.key or app.ladder_step[0] is None


def same_text(draft: str, sent: str) -> bool:
    """Most of the draft's sentences appear in the sent text (the user may have touched a word or two)."""
    ours = _sentences(draft)
    if not ours:
        return False
    theirs = " ".join(_words(sent))
    return sum(1 for s in ours if s in theirs) >= 0.6 * len(ours)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _sentences(text: str) -> list[str]:
    out = []
    for chunk in re.split(r"[.!?\n]+", text):
        words = _words(chunk)
        if len(words) >= 4:
            out.append(" ".join(words))
    return out
